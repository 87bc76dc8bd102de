#!/usr/bin/env python3
"""End-to-end check of `herodotus merge` on tests/timeplace/merge_*.jsonl.

Usage: merge_cli_check.py HERODOTUS_BINARY
Exits 1 with a message on the first failed expectation.
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def run(binary, *args):
    p = subprocess.run([binary, "merge", *args], capture_output=True, text=True)
    lines = [json.loads(l) for l in p.stdout.splitlines() if l.strip()]
    return p.returncode, lines, p.stderr


def expect(cond, what):
    if not cond:
        print("FAIL:", what)
        sys.exit(1)


def main():
    binary = sys.argv[1]
    events = os.path.join(HERE, "merge_events.jsonl")
    code, out, err = run(binary, events)
    expect(code == 0, f"exit 0, got {code}: {err}")
    # wire1+wire2 rocket attack (same week, one without a place); the
    # accusation on the 2nd and 3rd in wire2/wire3 (x2); the denial alone.
    expect(len(out) == 3, f"3 merged events, got {len(out)}")
    attack, accuse, denied = out
    expect(attack["event_id"] == "wire1-0-0", "the asserted attack represents its group")
    expect(attack["num_mentions"] == 2 and attack["num_articles"] == 2, "attack: 2 mentions, 2 articles")
    expect(attack["mentions"][1]["source_of_claim"]["code"] == "IRQGOV", "the claimant is kept")
    expect(attack["mentions"][1]["status"] == "alleged", "each mention keeps its status")
    expect(accuse["num_mentions"] == 3 and accuse["num_articles"] == 2, "accusation: 3 mentions in 2 articles")
    expect(accuse["location"]["name"] == "Washington", "the location comes from a member")
    expect(denied["status"] == "denied" and denied["num_mentions"] == 1, "a denial is never merged")
    for e in out:  # the contract's keys are all still there
        for k in ("article_id", "sentence", "event_id", "date", "code", "root", "quad_class",
                  "goldstein", "plover", "source", "target", "status", "source_of_claim",
                  "location", "claim_group", "sentence_text", "evidence"):
            expect(k in e, f"key {k} kept")

    code, out, err = run(binary, "--one-a-day", events)
    expect(code == 0 and len(out) == 3, "--one-a-day: 3 merged events")
    expect(out[1]["num_mentions"] == 2, "--one-a-day drops wire3's second same-day accusation")

    code, out, err = run(binary, "--max-day-gap", "0", events)
    expect(len(out) == 4, "--max-day-gap 0 keeps the 2nd and the 3rd apart")

    code, out, err = run(binary, os.path.join(HERE, "merge_bad.jsonl"), "/nonexistent/x.jsonl")
    expect(code == 3, f"bad lines: exit 3, got {code}")
    expect(len(out) == 1 and out[0]["article_id"] == "ok1", "good lines still merged")
    expect("merge_bad.jsonl:1: field \"date\"" in err and "merge_bad.jsonl:2: invalid JSON" in err,
           f"file:line: reason on stderr, got {err!r}")
    print("merge CLI: all expectations met")


if __name__ == "__main__":
    main()
