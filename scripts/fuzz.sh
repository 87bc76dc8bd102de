#!/usr/bin/env bash
# Builds every libFuzzer target with clang in build-fuzz/ and runs each for a
# bounded time, seeded from examples/. Fails when any target finds a crash,
# leak, sanitizer error or timeout (the input is kept under build-fuzz/fuzz/artifacts/).
#
#   scripts/fuzz.sh [seconds-per-target] [target...]     (default 30 s, all targets)
set -euo pipefail
seconds=${1:-30}
shift || true
root=$(cd "$(dirname "$0")/.." && pwd)
build=${HERODOTUS_FUZZ_BUILD:-$root/build-fuzz}
if ! command -v clang++ >/dev/null; then
  echo "fuzz: clang++ not found; install it with: apt-get install clang" >&2
  exit 2
fi

CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DHERODOTUS_FUZZ=ON \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
list="$build/fuzz/fuzzers.txt"
if [ $# -gt 0 ]; then
  targets=("$@")
else
  mapfile -t targets < <(cut -d' ' -f1 "$list")
fi
cmake --build "$build" --target "${targets[@]}" -j"${HERODOTUS_FUZZ_JOBS:-2}"

failed=()
for t in "${targets[@]}"; do
  read -r -a fields < <(grep "^$t " "$list")
  dict=${fields[1]}
  corpus="$build/fuzz/corpus/$t"
  artifacts="$build/fuzz/artifacts/$t"
  mkdir -p "$corpus" "$artifacts"
  for seed in "${fields[@]:2}"; do  # seeds are copied once; the corpus then grows in place
    if [ -d "$seed" ]; then cp -n "$seed"/* "$corpus"/ 2>/dev/null || true; else cp -n "$seed" "$corpus"/; fi
  done
  args=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536
        -artifact_prefix="$artifacts/" -print_final_stats=1)
  [ "$dict" != "--" ] && args+=(-dict="$dict")
  log="$build/fuzz/$t.log"
  printf 'fuzz: %-22s %4ss ... ' "$t" "$seconds"
  if "$build/fuzz/$t" "${args[@]}" "$corpus" >"$log" 2>&1; then
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
    echo "ok ($runs runs, corpus $(ls "$corpus" | wc -l))"
  else
    echo "FAILED (log: $log)"
    grep -E "ERROR|SUMMARY|Test unit written" "$log" | head -5 || true
    failed+=("$t")
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: failures in ${failed[*]}" >&2
  exit 1
fi
echo "fuzz: all ${#targets[@]} targets ran ${seconds}s without a finding"
