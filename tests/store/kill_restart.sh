#!/usr/bin/env bash
# SIGKILL/restart test of the event store (issue 7 acceptance):
#   kill `herodotus code --db` with SIGKILL at random points, restart it, and
#   check every article is stored exactly once, with the same events as an
#   uninterrupted run, and the file passes PRAGMA integrity_check.
# Usage: kill_restart.sh HERODOTUS_BINARY SOURCE_DIR [ROUNDS]
# Exit 0 pass, 1 fail, 77 skipped (reason on stdout) — ctest SKIP_RETURN_CODE.
set -u
bin=${1:?herodotus binary}
src=${2:?source dir}
rounds=${3:-8}
work=$(mktemp -d "${TMPDIR:-/tmp}/herodotus_kill_XXXXXX")
trap 'rm -rf "$work"' EXIT

if ! "$bin" code --help >/dev/null 2>&1; then
  echo "SKIP: this build has no 'herodotus code' command yet"
  exit 77
fi

# A larger input: the example articles repeated under distinct ids, so a run
# lasts long enough to be killed in the middle.
python3 - "$src/examples/articles.jsonl" "$work/in.jsonl" <<'PY'
import json, sys
src, dst = sys.argv[1], sys.argv[2]
records = []
for line in open(src, encoding="utf-8"):
    line = line.strip()
    if not line:
        continue
    try:
        records.append(json.loads(line))
    except ValueError:
        pass
with open(dst, "w", encoding="utf-8") as out:
    for copy in range(200):
        for r in records:
            r = dict(r)
            r["id"] = "%s-%03d" % (r.get("id", "x"), copy)
            out.write(json.dumps(r) + "\n")
PY

# Reference: one uninterrupted run.
"$bin" code "$work/in.jsonl" --db "$work/ref.db" -o /dev/null 2>"$work/ref.err"
rc=$?
if [ $rc -ne 0 ] && [ $rc -ne 3 ]; then
  # A pipeline that cannot start (no event coder or model yet) is not a store failure.
  if grep -qiE "unsupported|not found: .*model|no syntax model" "$work/ref.err"; then
    echo "SKIP: 'herodotus code' cannot code events here yet: $(grep -iE 'unsupported|model' "$work/ref.err" | head -n1)"
    exit 77
  fi
  echo "FAIL: reference run exited $rc: $(tail -n3 "$work/ref.err")"
  exit 1
fi

# Killed runs, then one run to completion.
for i in $(seq 1 "$rounds"); do
  "$bin" code "$work/in.jsonl" --db "$work/test.db" -o /dev/null 2>>"$work/test.err" &
  pid=$!
  sleep "$(python3 -c 'import random; print(round(random.uniform(0.2, 4.0), 3))')"
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
done
"$bin" code "$work/in.jsonl" --db "$work/test.db" -o /dev/null 2>>"$work/test.err"
rc=$?
if [ $rc -ne 0 ] && [ $rc -ne 3 ]; then
  echo "FAIL: final run exited $rc: $(tail -n3 "$work/test.err")"
  exit 1
fi

python3 - "$work/ref.db" "$work/test.db" <<'PY'
import sqlite3, sys
ref, test = (sqlite3.connect(p) for p in sys.argv[1:3])
ok = True
def check(cond, msg):
    global ok
    if not cond:
        ok = False
        print("FAIL:", msg)
check(test.execute("PRAGMA integrity_check").fetchone()[0] == "ok", "integrity_check")
# The full-text index holds exactly the stored sentences (it is filled at each commit).
try:
    test.execute("INSERT INTO sentences_fts(sentences_fts, rank) VALUES ('integrity-check', 1)")
    test.commit()
except sqlite3.DatabaseError as e:
    check(False, "full-text index integrity-check: %s" % e)
check(test.execute("SELECT count(*) FROM sentences_unindexed").fetchone()[0] == 0,
      "sentences left unindexed")
dups = test.execute("SELECT id, count(*) FROM articles GROUP BY id HAVING count(*) > 1").fetchall()
check(not dups, "articles stored twice: %r" % dups[:5])
q = "SELECT a.id, count(e.eid) FROM articles a LEFT JOIN events e ON e.aid = a.aid GROUP BY a.id"
want, got = dict(ref.execute(q).fetchall()), dict(test.execute(q).fetchall())
check(set(want) == set(got), "article ids differ: %d missing, %d extra" %
      (len(set(want) - set(got)), len(set(got) - set(want))))
diff = [k for k in want if k in got and want[k] != got[k]]
check(not diff, "event counts differ for %d articles, e.g. %r" % (len(diff), diff[:3]))
dup_events = test.execute("SELECT event_id FROM events GROUP BY event_id HAVING count(*) > 1").fetchall()
check(not dup_events, "events stored twice: %r" % dup_events[:5])
runs = test.execute("SELECT count(*) FROM runs").fetchone()[0]
print("articles %d, events %d, runs %d (killed ones unfinished)" %
      (len(got), sum(got.values()), runs))
sys.exit(0 if ok else 1)
PY
