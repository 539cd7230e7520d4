#!/usr/bin/env bash
# Installs the C libraries Tally builds against, if any is missing (Debian/Ubuntu).
set -euo pipefail
exec "$(dirname "$0")/install-packages.sh" libcurl4-openssl-dev libxml2-dev libsqlite3-dev pkg-config
