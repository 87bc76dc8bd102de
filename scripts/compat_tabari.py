#!/usr/bin/env python3
"""TABARI validation suite through herodotus (docs/compat.md).

usage: compat_tabari.py HERODOTUS_BINARY [REPO_ROOT] [--frames]
Reads ../shared/data/gold/tabari_validation at run time (never committed):
Validate.project names the dictionaries; Validate.text holds the records up
to "end of the standard validation records", each expected event written
as "{ SRC / TGT / CODE }" in the record's comment. The records are coded by
the legacy pattern engine (`herodotus compat code --tabari Validate.project`),
which reads the TABARI dictionaries as they are; a record "{ OPTION: ... }"
changes the options for the records after it, as in TABARI.
With --frames, the records go through `herodotus dict import` + `herodotus
code` instead (the dictionaries converted to the project's frames).
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import compat_common as cc  # noqa: E402

HEAD = re.compile(r"^(\d{6})\s+(\S+)\s*$")
EVENT = re.compile(r"^(?:\\n)+\s*\{\s*([^/{}]*?)\s*/\s*([^/{}]*?)\s*/\s*([^/{}]*?)\s*\}")


def load_records(path):
    """Returns records (id, date, text, options in force), expected."""
    records, expected = [], {}
    options = []
    with open(path, encoding="latin-1") as f:
        lines = f.read().splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if "end of the standard validation records" in line:
            break
        m = HEAD.match(line)
        if not m:
            i += 1
            continue
        date, rid = m.group(1), m.group(2)
        text, comment = [], []
        i += 1
        while i < len(lines) and "/*" not in lines[i]:
            text.append(lines[i])
            i += 1
        if i < len(lines):
            text.append(lines[i].split("/*")[0])  # the text may end on the comment's line
        while i < len(lines):
            comment.append(lines[i])
            if "*/" in lines[i]:
                break
            i += 1
        i += 1
        opt = [c for c in comment if "OPTION:" in c]
        if opt:
            for c in opt:
                m = re.search(r"OPTION:\s*(.*?)\s*(\}|\*/|$)", c)
                if m:
                    line = m.group(1)
                    key = line.split("=")[0].split(":")[0].strip() if line.startswith(("COMMA", "DEFAULT", "COMPLEX")) \
                        else line.split("=")[0].strip()
                    options = [o for o in options if o.split("=")[0].split(":")[0].strip() != key
                               and o.split("=")[0].strip() != key] + [line]
            continue
        if "end of the standard" in " ".join(text):
            continue
        want = []
        for c in comment:
            e = EVENT.match(c.strip())
            if e and e.group(3):
                want.append((e.group(1).upper(), e.group(2).upper(), e.group(3).upper()))
        yy = int(date[:2])
        year = ("20" if yy <= 30 else "19") + date[:2]
        rid_unique = rid
        n = 2
        while rid_unique in expected:
            rid_unique = "%s#%d" % (rid, n)
            n += 1
        records.append((rid_unique, "%s-%s-%s" % (year, date[2:4], date[4:6]), " ".join(" ".join(text).split()),
                        tuple(options)))
        expected[rid_unique] = want
    return records, expected


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    args = [a for a in sys.argv[1:] if a != "--frames"]
    herodotus = os.path.abspath(args[0])
    repo = os.path.abspath(args[1] if len(args) > 1 else os.path.join(os.path.dirname(__file__), ".."))
    suite = os.path.join(cc.shared_data(repo), "gold", "tabari_validation")
    if not os.path.isdir(suite):
        print("skipped: %s is absent (shared data not available)" % suite)
        sys.exit(cc.SKIP)
    frames = "--frames" in sys.argv
    records, expected = load_records(os.path.join(suite, "Validate.text"))
    project = os.path.join(suite, "Validate.project")
    with cc.tempdir() as work:
        if frames:
            out = os.path.join(work, "dict")
            summary, diags = cc.import_dicts(herodotus, repo, "tabari", [project], out)
            got, secs, _ = cc.code_records(herodotus, out, [r[:3] for r in records], work)
        else:
            # One run per set of options in force (OPTION records change them).
            got, secs, summary, diags = cc.code_records_in_batches(
                herodotus, repo, ["--tabari", project], records, work)
        cc.report("TABARI validation", [r[:3] for r in records], expected, got, summary, diags, secs)


if __name__ == "__main__":
    main()
