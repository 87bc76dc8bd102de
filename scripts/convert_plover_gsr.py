#!/usr/bin/env python3
"""Convert the PLOVER gold standard records (PLOVER_GSR_CAMEO.txt) to the
herodotus gold contract (DESIGN.md "Gold for herodotus eval"), JSON Lines.

    python3 scripts/convert_plover_gsr.py [--input PLOVER_GSR_CAMEO.txt] [OUT.jsonl]

Defaults: input from ../shared/data/gold/plover_gsr (or $HERODOTUS_SHARED_DATA),
output build/plover_gsr_gold.jsonl. Exit status 77 when the input is absent. The output is a conversion of third-party
gold data: it is never committed (build*/ is ignored). Mapping choices are
documented in docs/evaluation.md; in short:
  - one gold event per (source, target) pair of the record's actor lists;
    reciprocal compound actors ("SRC/TAR:" markup, no target) give one event
    per member with an open target; other "SRC/TAR:" pairs are symmetric;
  - actor codes -> accepted prefixes ("IGO" accepts any IGO code); a few
    non-ISO codes in the file are mapped to ISO 3166-1 alpha-3 (JAP -> JPN,
    ITL -> ITA, VTN -> VNM); a missing or empty actor -> "*";
  - the PLOVER event -> `plover`; types renamed since the GSR's PLOVER 0.5b1
    (DEMAND, DISAPPROVE, INVESTIGATE, FIGHT) accept both the old name and the
    current one (REQUEST, ACCUSE, ACCUSE, ASSAULT);
  - the GSR carries no CAMEO code, so no `root` is written;
  - no `status`: the records are coded as events that happened (the scorer
    then accepts asserted, attributed or alleged).
Python 3 standard library only.
"""
import argparse
import collections
import json
import os
import sys

RENAMED = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
CODE_FIXES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}


def default_input():
    base = os.environ.get("HERODOTUS_SHARED_DATA")
    if not base:
        here = os.path.dirname(os.path.abspath(__file__))
        base = os.path.join(here, "..", "..", "shared", "data")
    return os.path.join(base, "gold", "plover_gsr", "PLOVER_GSR_CAMEO.txt")


def actor_codes(value):
    """List of accepted prefixes for a GSR source/target field; ["*"] if none."""
    if not isinstance(value, list):
        return ["*"]
    codes = []
    for actor in value:
        code = actor.get("code", "") if isinstance(actor, dict) else ""
        code = CODE_FIXES.get(code, code)
        if code and code not in codes:
            codes.append(code)
    return codes or ["*"]


def convert(record, stats):
    text = record.get("text")
    event = record.get("event")
    if not text or not event or event == "DOCUMENT":
        stats["skipped (no text or documentation record)"] += 1
        return None
    plover = [event]
    if event in RENAMED:
        plover = [RENAMED[event], event]
        stats["renamed PLOVER type " + event] += 1
    markup = record.get("textInfo", {})
    markup = markup.get("markup", "") if isinstance(markup, dict) else ""
    sources = actor_codes(record.get("source"))
    targets = actor_codes(record.get("target"))
    reciprocal = "SRC/TAR" in markup
    events = []
    if reciprocal and targets == ["*"] and len(sources) >= 2:
        # "A and B agreed": PLOVER lists every member as actor and no recipient
        # (manual, "Compound and Reciprocal Actors"). Each member must be the
        # source of an event; the target is open, so both PLOVER's "A, no
        # recipient" and CAMEO's "A -> B" and "B -> A" are accepted.
        for s in sources:
            events.append({"source": [s], "target": ["*"], "plover": plover})
        stats["reciprocal compound actors (one event per member)"] += 1
    else:
        for s in sources:
            for t in targets:
                ev = {"source": [s], "target": [t], "plover": plover}
                if reciprocal:
                    ev["symmetric"] = True
                events.append(ev)
    for ev in events:
        for side in ("source", "target"):
            if ev[side] == ["*"]:
                stats["actor slots left open (*)"] += 1
    out = {"id": record.get("id", ""), "date": record.get("date") or "2000-01-01",
           "text": text, "events": events}
    stats["records written"] += 1
    stats["gold events written"] += len(events)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("output", nargs="?", default=os.path.join("build", "plover_gsr_gold.jsonl"))
    ap.add_argument("--input", default=default_input())
    args = ap.parse_args()
    if not os.path.exists(args.input):
        # 77: "skipped" for CTest (SKIP_RETURN_CODE), as when ../shared/data is absent.
        print(f"{args.input}: not found (set HERODOTUS_SHARED_DATA); nothing converted", file=sys.stderr)
        return 77
    try:
        with open(args.input, encoding="utf-8") as f:
            records = json.load(f)
    except (OSError, ValueError) as e:
        print(f"{args.input}: cannot read: {e}", file=sys.stderr)
        return 1
    stats = collections.Counter()
    os.makedirs(os.path.dirname(os.path.abspath(args.output)), exist_ok=True)
    tmp = args.output + ".tmp"
    with open(tmp, "w", encoding="utf-8") as out:
        for i, record in enumerate(records):
            if not isinstance(record, dict):
                print(f"{args.input}: record {i}: not an object, skipped", file=sys.stderr)
                stats["skipped (malformed)"] += 1
                continue
            converted = convert(record, stats)
            if converted is not None:
                out.write(json.dumps(converted, ensure_ascii=False) + "\n")
    os.replace(tmp, args.output)
    print(f"read {len(records)} records from {args.input}")
    for key in sorted(stats):
        print(f"  {key}: {stats[key]}")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
