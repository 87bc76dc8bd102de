#!/usr/bin/env bash
# One command for a fresh Debian 12 machine: install what is missing, build with
# tests, run every test. Tests that need ../shared/data skip with a reason when
# it is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
HERODOTUS_DEVELOPER=ON bash scripts/build.sh
cd build
ctest --output-on-failure -j "$(nproc)" --timeout 1500
