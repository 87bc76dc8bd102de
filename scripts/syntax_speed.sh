#!/bin/bash
# Alternating syntax_bench runs of several models (the machine is shared and
# noisy: only ratios measured in the same run mean much).
#
#   scripts/syntax_speed.sh GOLD.conllu RUNS SECONDS MODEL[:BEAM] MODEL[:BEAM] ...
#
# Each round runs every model once (in the order given) for SECONDS of thread
# CPU time; prints every run's tokens/s per core and the median per model.
# BEAM overrides the model's stored beam width. Run from the source tree after
# building bench/syntax_bench (HERODOTUS_DEVELOPER=ON), under `nice -n 19` when
# others benchmark on the machine.
set -euo pipefail
cd "$(dirname "$0")/.."
gold=$1 runs=$2 seconds=$3
shift 3
declare -A res
for _ in $(seq 1 "$runs"); do
  for m in "$@"; do
    file=${m%%:*} beam=0
    [[ $m == *:* ]] && beam=${m##*:}
    v=$(build/bench/syntax_bench "$file" "$gold" "$seconds" "$beam" | grep -o "[0-9]* tokens/s" | cut -d' ' -f1)
    res[$m]="${res[$m]:-} $v"
  done
done
for m in "$@"; do
  med=$(echo ${res[$m]} | tr ' ' '\n' | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}')
  echo "$m: runs${res[$m]} median $med"
done
