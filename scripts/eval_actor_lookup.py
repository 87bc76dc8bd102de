#!/usr/bin/env python3
"""Country accuracy of the plain dictionary lookup on the PLOVER GSR actors.

Reads ../shared/data/gold/plover_gsr/PLOVER_GSR_CAMEO.txt (never copied into
the project), sends each gold actor text with a country code to
`herodotus dict match --date DATE`, and takes the country of the first actor
the lookup finds in it (plain longest match over the tokens; no parse, no
agent composition). Prints counts and the accuracy; --show lists misses.

  python3 scripts/eval_actor_lookup.py --herodotus build/src/cli/herodotus [--dict dict] [--show]

Python 3 stdlib only.
"""
import argparse
import json
import os
import re
import subprocess
import sys

INTERNATIONAL = set("IGO NGO NGM IMG MNC INT UIS AFR ASA BLK BAL CAF CAS CAU CRB EAF EEU EIN EUR LAM "
                    "MDT MEA NAF NMR PGS SAF SAM SAS SCN SEA SOC WAF WST".split())


def gold_actors(path):
    with open(path, encoding="utf-8") as f:
        records = json.load(f)
    for r in records:
        for side in ("source", "target"):
            actors = r.get(side)
            if not isinstance(actors, list):
                continue
            for a in actors:
                if not isinstance(a, dict):
                    continue
                text, code = (a.get("actorText") or "").strip(), (a.get("code") or "").strip()
                if text and re.fullmatch(r"[A-Z]{3}", code) and code not in INTERNATIONAL:
                    yield r.get("id", ""), text, code, r.get("date") or "2000-01-01"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--shared", default=os.environ.get("HERODOTUS_SHARED_DATA",
                                                       os.path.join(here, "../../shared/data")))
    ap.add_argument("--herodotus", default=os.path.join(here, "../build/src/cli/herodotus"))
    ap.add_argument("--dict", default=os.path.join(here, "../dict"))
    ap.add_argument("--show", action="store_true", help="print every miss")
    args = ap.parse_args()
    path = os.path.join(args.shared, "gold/plover_gsr/PLOVER_GSR_CAMEO.txt")
    if not os.path.exists(path):
        print("skip: %s not found" % path, file=sys.stderr)
        return 0
    actors = list(gold_actors(path))
    by_date = {}
    for i, (_, _, _, date) in enumerate(actors):
        by_date.setdefault(date, []).append(i)
    predicted = [None] * len(actors)
    for date, idx in by_date.items():
        text = "".join(actors[i][1].replace("\n", " ") + "\n" for i in idx)
        out = subprocess.run([args.herodotus, "dict", "match", "--dir", args.dict, "--date", date],
                             input=text, capture_output=True, text=True, check=True).stdout.split("\n")
        for k, i in enumerate(idx):
            for field in out[k].split("\t") if k < len(out) else []:
                if field.startswith("actor:"):
                    code = field.rsplit("=", 1)[1].split("/")[0]
                    predicted[i] = "" if code[:3] in INTERNATIONAL else code[:3]
                    if predicted[i]:
                        break
    correct = sum(1 for a, p in zip(actors, predicted) if p == a[2])
    found = sum(1 for p in predicted if p)
    wrong = found - correct
    print("gold actors with a country: %d" % len(actors))
    print("lookup found a country:     %d (%.1f%%)" % (found, 100.0 * found / max(1, len(actors))))
    print("country correct:            %d (%.1f%% of all; %.1f%% of found)" % (
        correct, 100.0 * correct / max(1, len(actors)), 100.0 * correct / max(1, found)))
    print("country wrong:              %d" % wrong)
    # Gold codes that are not ISO 3166-1 (e.g. JAP, ITL in this set) cannot match.
    iso = set()
    gen = os.path.join(args.dict, "generated/countries.txt")
    if os.path.exists(gen):
        with open(gen, encoding="utf-8") as f:
            iso = {l.split()[1] for l in f if l.startswith("actor ")}
    if iso:
        valid = [(a, p) for a, p in zip(actors, predicted) if a[2] in iso]
        ok = sum(1 for a, p in valid if p == a[2])
        print("gold with an ISO3 code:     %d; correct %d (%.1f%%)" % (len(valid), ok, 100.0 * ok / max(1, len(valid))))
    if args.show:
        for a, p in zip(actors, predicted):
            if p != a[2]:
                print("%s\t%s\tgold=%s\tgot=%s" % (a[0], a[1], a[2], p or "-"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
