#!/usr/bin/env bash
# Installs the Debian 12 packages lagebild builds and runs with. Idempotent: packages already
# present are left alone and apt is only called when something is missing.
set -euo pipefail
packages=(
  build-essential cmake pkg-config ninja-build
  libicu-dev libstemmer-dev libsqlite3-dev zlib1g-dev
  libcli11-dev libfmt-dev nlohmann-json3-dev libsimdjson-dev libcpp-httplib-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  clang-format time sqlite3
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}" >&2
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
