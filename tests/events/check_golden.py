#!/usr/bin/env python3
"""Check the project's golden event files and print what they cover.

    python3 tests/events/check_golden.py [tests/events/golden.jsonl ...]

Each line must be a JSON object in the gold contract (DESIGN.md "Gold for
herodotus eval"); the script checks the keys and values, that every CAMEO root
01-20 and every status appears among the expected events, and prints counts
per root, per status and per record category (the id's first part; "trap-x" for traps).
Exit status 1 on any problem. Python 3 standard library only.
"""
import collections
import json
import os
import sys

STATUSES = ["asserted", "attributed", "alleged", "denied", "negated", "hypothetical"]
ROOTS = [f"{i:02d}" for i in range(1, 21)]
RECORD_KEYS = {"id", "date", "text", "events", "forbidden", "note", "title", "url", "source",
               "claim_groups", "quotes"}
EVENT_KEYS = {"source", "target", "root", "plover", "symmetric", "status", "source_of_claim", "note"}


def as_list(v):
    return [v] if isinstance(v, str) else v


def check_event(ev, where, problems):
    if not isinstance(ev, dict):
        problems.append(f"{where}: not an object")
        return
    for k in ev:
        if k not in EVENT_KEYS:
            problems.append(f"{where}: unknown key {k!r}")
    if "root" not in ev and "plover" not in ev:
        problems.append(f"{where}: needs root or plover")
    for r in as_list(ev.get("root", [])):
        if r not in ROOTS:
            problems.append(f"{where}: bad root {r!r}")
    for s in as_list(ev.get("status", [])):
        if s not in STATUSES:
            problems.append(f"{where}: bad status {s!r}")
    for k in ("source", "target", "source_of_claim"):
        if k in ev and not all(isinstance(c, str) and c for c in as_list(ev[k])):
            problems.append(f"{where}: {k} must list non-empty code prefixes")


def main(paths):
    here = os.path.dirname(os.path.abspath(__file__))
    paths = paths or [os.path.join(here, "golden.jsonl"), os.path.join(here, "article_blame.jsonl")]
    problems = []
    roots, statuses, categories = collections.Counter(), collections.Counter(), collections.Counter()
    records = traps = events = 0
    ids = set()
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                where = f"{path}:{n}"
                try:
                    rec = json.loads(line)
                except ValueError as e:
                    problems.append(f"{where}: bad JSON: {e}")
                    continue
                if not isinstance(rec, dict) or not rec.get("id") or not rec.get("text"):
                    problems.append(f"{where}: needs an object with id and text")
                    continue
                for k in rec:
                    if k not in RECORD_KEYS:
                        problems.append(f"{where}: unknown key {k!r}")
                if rec["id"] in ids:
                    problems.append(f"{where}: duplicate id {rec['id']}")
                ids.add(rec["id"])
                records += 1
                parts = rec["id"].split("-")
                categories["-".join(parts[:2]) if parts[0] == "trap" else parts[0]] += 1
                rec_roots, rec_status = set(), set()
                for i, ev in enumerate(rec.get("events", [])):
                    check_event(ev, f"{where}: events[{i}]", problems)
                    events += 1
                    rec_roots.update(as_list(ev.get("root", [])))
                    rec_status.update(as_list(ev.get("status", [])) or ["(occurred)"])
                for i, ev in enumerate(rec.get("forbidden", [])):
                    check_event(ev, f"{where}: forbidden[{i}]", problems)
                    traps += 1
                roots.update(rec_roots)
                statuses.update(rec_status)
    for r in ROOTS:
        if not roots[r]:
            problems.append(f"root {r} never appears among expected events")
    for s in STATUSES:
        if not statuses[s]:
            problems.append(f"status {s} never appears among expected events")
    print(f"records: {records}  expected events: {events}  forbidden entries: {traps}")
    print("records per root (a record counts once per root it expects):")
    print("  " + "  ".join(f"{r}:{roots[r]}" for r in ROOTS))
    print("records per status:")
    print("  " + "  ".join(f"{s}:{statuses[s]}" for s in STATUSES + ["(occurred)"]))
    print("records per category:")
    print("  " + "  ".join(f"{c}:{n}" for c, n in sorted(categories.items())))
    for p in problems:
        print("PROBLEM:", p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
