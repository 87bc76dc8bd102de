#!/bin/bash
# Two builds of one benchmark side by side: A on one core and B on the other
# at the same moment, cores swapped every round. Both see the same machine
# state, so the ratio B/A holds still where alternating runs on one core drift
# by a third (the cores themselves differ; swapping cancels that out).
#
#   scripts/bench_pair.sh ROUNDS BENCH_A BENCH_B ARGS...
#
# BENCH_A and BENCH_B are two builds of the same benchmark binary (copy the
# old one aside before rebuilding), run with ARGS. The figure compared is the
# first "N tokens/s" of the output, or with FULL=1 the end-to-end sentences/s
# of pipeline_bench. Prints each round, then the median ratio, the geometric
# mean, and the geometric mean of each swapped pair. Needs two cores.
#
#   scripts/bench_pair.sh 8 /tmp/old_syntax_bench build/bench/syntax_bench \
#     models/en_ewt.syntax.hdm ../shared/data/ud/ewt/en_ewt-ud-dev.conllu 2
#   FULL=1 scripts/bench_pair.sh 6 /tmp/old_pipeline_bench build/bench/pipeline_bench ../shared/data 10000
set -euo pipefail
rounds=$1 a=$2 b=$3
shift 3
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
figure() {
  if [ -n "${FULL:-}" ]; then awk '/^full/{print $3}' "$1"; else grep -o "[0-9]* tokens/s" "$1" | head -1 | cut -d' ' -f1; fi
}
ratios=()
for r in $(seq 1 "$rounds"); do
  ca=$(((r + 1) % 2)) cb=$((r % 2))
  taskset -c "$ca" "$a" "$@" >"$out/a" 2>&1 &
  pa=$!
  taskset -c "$cb" "$b" "$@" >"$out/b" 2>&1 &
  pb=$!
  wait "$pa" "$pb"
  fa=$(figure "$out/a") fb=$(figure "$out/b")
  ratios+=("$(python3 -c "print(f'{$fb / $fa:.3f}')")")
  echo "round $r: A $fa (core $ca)  B $fb (core $cb)  B/A ${ratios[-1]}"
done
python3 - "${ratios[@]}" <<'PY'
import math, statistics, sys
r = [float(x) for x in sys.argv[1:]]
pairs = [math.sqrt(r[i] * r[i + 1]) for i in range(0, len(r) - 1, 2)]
geo = math.exp(sum(map(math.log, r)) / len(r))
print(f"median {statistics.median(r):.3f}  geomean {geo:.3f}  pairs " + " ".join(f"{p:.3f}" for p in pairs))
PY
