#!/bin/sh
# Tokenization and sentence splitting (and, when a syntax model is loaded,
# tagging and parsing) scored CoNLL 2018-style against UD English:
# EWT dev and test, PUD (news + Wikipedia, out of domain).
#
#   scripts/eval_ud.sh [BUILD_DIR]        # default: build
#
# Needs ../shared/data/ud (or $HERODOTUS_SHARED_DATA/ud); skips without it.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
data=${HERODOTUS_SHARED_DATA:-$root/../shared/data}
bin=$build/src/cli/herodotus
if [ ! -d "$data/ud" ]; then
  echo "skipped: $data/ud not found (set HERODOTUS_SHARED_DATA)"
  exit 0
fi
if [ ! -x "$bin" ]; then
  echo "$bin not found: build first (scripts/build.sh)" >&2
  exit 1
fi
for gold in "$data/ud/ewt/en_ewt-ud-dev.conllu" "$data/ud/ewt/en_ewt-ud-test.conllu" \
            "$data/ud/pud/en_pud-ud-test.conllu"; do
  echo "== $(basename "$gold")"
  "$bin" eval --conllu "$gold"
done
