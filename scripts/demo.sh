#!/usr/bin/env bash
# One command for a fresh Debian 12 machine: install what is missing, build,
# and code the bundled example articles (events as JSONL on stdout, quotes in
# build/demo-quotes.jsonl, everything also stored in build/demo.db), then show
# a query against the store.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh >/dev/null
bin=build/src/cli/herodotus
rm -f build/demo.db build/demo.db-wal build/demo.db-shm
rc=0
"$bin" code examples/articles.jsonl examples/*.txt examples/*.html \
  --quotes build/demo-quotes.jsonl --db build/demo.db || rc=$?
echo
echo "# Stored events that claim something happened, by root:" >&2
"$bin" stats --db build/demo.db --by root
echo "# Accusations (CAMEO 112) in the store:" >&2
"$bin" query --db build/demo.db --code 112 --format tsv
exit $rc
