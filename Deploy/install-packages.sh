#!/usr/bin/env bash
# Installs those of the Debian/Ubuntu packages named as arguments that are missing, as root or
# through sudo. install-build-deps.sh and install-test-deps.sh say what they need and call this.
set -euo pipefail
missing=()
for package in "$@"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq "${missing[@]}"
