#!/bin/sh
# Regenerates the golden files after an intended change, then shows the diff
# to review before committing:  scripts/update_golden.sh [BUILD_DIR]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DHERODOTUS_DEVELOPER=ON >/dev/null
fi
cmake --build "$build" --target golden_text
ex=$root/examples
"$build/tests/golden/golden_text" --update "$root/tests/golden/text.golden" \
  "$ex/articles.jsonl" "$ex/ex01-consulate-rockets.txt" "$ex/ex03-sanctions-threat.html" \
  "$ex/ex07-border-clash.txt" "$ex/ex08-court-ruling.txt"
git -C "$root" diff --stat -- tests/golden || true
