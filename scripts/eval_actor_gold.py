#!/usr/bin/env python3
"""Convert the actor annotations of the PLOVER gold standard
(PLOVER_GSR_CAMEO.txt) to the project's actor gold format
(src/eval/actor_gold.h), JSON Lines, for `herodotus eval --actors`.

    python3 scripts/eval_actor_gold.py [--input PLOVER_GSR_CAMEO.txt] [OUT.jsonl]

Defaults: input from ../shared/data/gold/plover_gsr (or $HERODOTUS_SHARED_DATA),
output build/actor_gold.jsonl. Exit status 77 when the input is absent. The
output is a conversion of third-party gold data: it is never committed
(build*/ is ignored). Mapping:
  - every source/target actor of a record with an "actorText" becomes one
    mention; the same text with the same code twice in a record counts once;
  - "code": ISO3 -> "country" (non-ISO codes in the file: JAP -> JPN,
    ITL -> ITA, VTN -> VNM); international or group codes (IGO, NGO, ...) ->
    "country": "" (they count for sector only);
  - "sector": the first three letters, upper case ("CVLalb" -> CVL, ethnic or
    religious suffixes dropped); "***" or none -> ""; the GSR's JRN -> MED and
    CIV -> CVL (CAMEO's names for the same sectors).
Python 3 standard library only.
"""
import argparse
import json
import os
import re
import sys

# The GSR location and its non-ISO country codes are the event converter's.
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from convert_plover_gsr import CODE_FIXES, default_input  # noqa: E402

INTERNATIONAL = set("IGO NGO NGM IMG MNC INT UIS AFR ASA BLK BAL CAF CAS CAU CRB EAF EEU EIN EUR LAM "
                    "MDT MEA NAF NMR PGS SAF SAM SAS SCN SEA SOC WAF WST".split())
SECTOR_FIXES = {"JRN": "MED", "CIV": "CVL"}


def convert(records):
    for r in records:
        text = r.get("text")
        if not isinstance(text, str) or not text.strip():
            continue
        seen = set()
        actors = []
        for side in ("source", "target"):
            for a in r.get(side) or []:
                if not isinstance(a, dict):
                    continue
                at = " ".join((a.get("actorText") or "").split())
                code = (a.get("code") or "").strip().upper()
                if not at or not code:
                    continue
                code = CODE_FIXES.get(code, code)
                sector = (a.get("sector") or "").strip()[:3].upper()
                sector = SECTOR_FIXES.get(sector, sector)
                if not re.fullmatch(r"[A-Z]{3}", sector):
                    sector = ""
                country = code if re.fullmatch(r"[A-Z]{3}", code) and code not in INTERNATIONAL else ""
                key = (at, code)
                if key in seen:
                    continue
                seen.add(key)
                actors.append({"text": at, "country": country, "sector": sector, "code": code})
        if actors:
            yield {"id": r.get("id", ""), "date": r.get("date") or "2000-01-01",
                   "text": " ".join(text.split()), "actors": actors}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--input", default=default_input())
    ap.add_argument("output", nargs="?", default=os.path.join(here, "..", "build", "actor_gold.jsonl"))
    args = ap.parse_args()
    if not os.path.exists(args.input):
        print("skip: %s not found" % args.input, file=sys.stderr)
        return 77
    with open(args.input, encoding="utf-8") as f:
        records = json.load(f)
    os.makedirs(os.path.dirname(os.path.abspath(args.output)), exist_ok=True)
    n = m = 0
    with open(args.output, "w", encoding="utf-8") as out:
        for rec in convert(records):
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
            m += len(rec["actors"])
    print("wrote %s: %d records, %d actor mentions" % (args.output, n, m))
    return 0


if __name__ == "__main__":
    sys.exit(main())
