#!/usr/bin/env bash
# Installs the Debian 12 packages herodotus needs (idempotent; run as root or with sudo).
set -euo pipefail
pkgs=(build-essential cmake ninja-build pkg-config
      libsimdjson-dev libcli11-dev libfmt-dev libutf8proc-dev libgumbo-dev
      libxxhash-dev libtbb-dev libzstd-dev zlib1g-dev libsqlite3-dev
      libgtest-dev libgmock-dev libbenchmark-dev python3)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "setup: installing ${missing[*]}" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
