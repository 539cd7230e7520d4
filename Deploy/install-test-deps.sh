#!/usr/bin/env bash
# Installs what the tests need beyond the build (install-build-deps.sh), if any is missing
# (Debian/Ubuntu). One package a line, with the tests that need it.
set -euo pipefail
packages=(
  chromium  # the headless browser of WebViewInBrowserTests
  postgresql  # the throwaway server the store's tests also run against (Deploy/with-postgres.sh)
)
exec "$(dirname "$0")/install-packages.sh" "${packages[@]}"
