#!/usr/bin/env bash
# Configures and builds herodotus into build/ (developer build with tests when
# HERODOTUS_DEVELOPER=ON is passed through the environment).
set -euo pipefail
cd "$(dirname "$0")/.."
dev=${HERODOTUS_DEVELOPER:-OFF}
dir=${HERODOTUS_BUILD_DIR:-build}
gen=()
command -v ninja >/dev/null && gen=(-G Ninja)
if [ ! -f "$dir/CMakeCache.txt" ]; then
  cmake -S . -B "$dir" "${gen[@]}" -DCMAKE_BUILD_TYPE=Release -DHERODOTUS_DEVELOPER="$dev" >/dev/null
else
  cmake -S . -B "$dir" -DHERODOTUS_DEVELOPER="$dev" >/dev/null
fi
cmake --build "$dir" -j "$(nproc)"
