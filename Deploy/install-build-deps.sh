#!/usr/bin/env bash
# Installs the C libraries Tally builds against, if any is missing (Debian/Ubuntu).
set -euo pipefail
packages=(libcurl4-openssl-dev libxml2-dev libsqlite3-dev pkg-config)
missing=()
for package in "${packages[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq "${missing[@]}"
