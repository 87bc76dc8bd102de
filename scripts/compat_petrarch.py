#!/usr/bin/env python3
"""PETRARCH-2 unit-test suite through herodotus (docs/compat.md).

usage: compat_petrarch.py HERODOTUS_BINARY [REPO_ROOT] [--frames]
Reads ../shared/data/gold/petrarch_unittests at run time (never committed);
prints the summary, every failing record and the pass count. The records
are coded by the legacy pattern engine (`herodotus compat code --petrarch
FILES`) from their text; with --frames, through `herodotus dict import` +
`herodotus code` instead.
"""
import os
import re
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import compat_common as cc  # noqa: E402


# <Config> settings the engine applies (as "NAME = VALUE" option lines).
CONFIG = {"require_dyad", "comma_min", "comma_max", "comma_emin", "comma_emax", "comma_bmin", "comma_bmax"}


def load_records(path):
    """Returns records (id, date, text, config lines in force), expected."""
    root = ET.parse(path).getroot()
    records, expected = [], {}
    config = {}
    for s in root.iter():
        if s.tag == "Config":
            name = (s.get("option") or "").lower()
            if name in CONFIG:
                config[name] = s.get("value") or ""
            continue
        if s.tag != "Sentence":
            continue
        rid = s.get("id") or ""
        date = s.get("date") or ""
        text_el = s.find("Text")
        if not rid or text_el is None or not re.fullmatch(r"\d{8}", date):
            continue
        codings = s.findall("EventCoding")
        if any(c.get("error") for c in codings):
            continue  # expected discards / parse errors: not coding tests
        want = []
        for c in codings:
            if c.get("sourcecode") is not None:
                want.append((c.get("sourcecode"), c.get("targetcode") or "", c.get("eventcode") or ""))
        records.append((rid, "%s-%s-%s" % (date[:4], date[4:6], date[6:]), " ".join(text_el.text.split()),
                        tuple("%s = %s" % kv for kv in sorted(config.items()))))
        expected[rid] = want
    return records, expected


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    args = [a for a in sys.argv[1:] if a != "--frames"]
    herodotus = os.path.abspath(args[0])
    repo = os.path.abspath(args[1] if len(args) > 1 else os.path.join(os.path.dirname(__file__), ".."))
    suite = os.path.join(cc.shared_data(repo), "gold", "petrarch_unittests")
    if not os.path.isdir(suite):
        print("skipped: %s is absent (shared data not available)" % suite)
        sys.exit(cc.SKIP)
    files = [os.path.join(suite, f) for f in ("PETR.Validate.verbs.txt", "PETR.Validate.actors.txt",
                                               "PETR.Validate.agents.txt", "PETR.Validate.discards.txt")]
    records, expected = load_records(os.path.join(suite, "PETR.UnitTest.records.xml"))
    with cc.tempdir() as work:
        if "--frames" in sys.argv:
            out = os.path.join(work, "dict")
            summary, diags = cc.import_dicts(herodotus, repo, "petrarch", files, out)
            got, secs, _ = cc.code_records(herodotus, out, [r[:3] for r in records], work)
        else:
            # One run per <Config> state (require_dyad, comma_*), in file order.
            got, secs, summary, diags = cc.code_records_in_batches(
                herodotus, repo, ["--petrarch"] + files, records, work)
        cc.report("PETRARCH unit tests", [r[:3] for r in records], expected, got, summary, diags, secs)


if __name__ == "__main__":
    main()
