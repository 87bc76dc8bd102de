"""Shared plumbing of the PETRARCH/TABARI compatibility harnesses.

Runs `herodotus dict import` on a suite's own dictionaries, codes the suite's
records with `herodotus code --dict-dir`, and compares (source, target, code)
triples. Python 3 standard library only. Exit codes: 0 ran (whatever the
score), 1 the engine failed (crash or error exit), 77 shared data absent.
"""
import json
import os
import subprocess
import sys
import tempfile
import time

SKIP = 77


def shared_data(repo):
    d = os.environ.get("HERODOTUS_SHARED_DATA") or os.path.join(repo, "..", "shared", "data")
    return os.path.abspath(d)


def run(cmd, what):
    t0 = time.time()
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode < 0 or p.returncode not in (0, 3):
        sys.stderr.write("%s failed (exit %d): %s\n%s\n" % (what, p.returncode, " ".join(cmd), p.stderr[-4000:]))
        sys.exit(1)
    return p, time.time() - t0


def import_dicts(herodotus, repo, dialect, files, out_dir):
    p, _ = run([herodotus, "dict", "import", "--from", dialect, "--out", out_dir, "--quiet",
                "--cameo", os.path.join(repo, "dict", "cameo", "cameo.tsv")] + files, "dict import")
    diags = [l for l in p.stderr.splitlines() if l.strip()]
    return p.stdout, diags


def code_records(herodotus, dict_dir, records, work):
    """records: list of (id, 'YYYY-MM-DD', text). Returns id -> set of triples."""
    src = write_records(os.path.join(work, "records.jsonl"), records)
    out = os.path.join(work, "events.jsonl")
    p, secs = run([herodotus, "code", "--dict-dir", dict_dir, "--output", out, src], "code")
    return read_triples(out), secs, p.stderr


def write_records(path, records):
    """Writes (id, date, text) records as article JSON Lines; returns path."""
    with open(path, "w", encoding="utf-8") as f:
        for rid, date, text in records:
            f.write(json.dumps({"id": rid, "date": date, "text": text}) + "\n")
    return path


def read_triples(path):
    """Event JSON Lines -> article id -> set of (source, target, code)."""
    got = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            e = json.loads(line)
            s = (e.get("source") or {}).get("code") or ""
            t = (e.get("target") or {}).get("code") or ""
            got.setdefault(e["article_id"], set()).add((s, t, e.get("code") or ""))
    return got


def code_records_legacy(herodotus, repo, dict_args, records, work, options=(), tag="records"):
    """The legacy pattern engine (`herodotus compat code`): dict_args are the
    dictionary options (["--tabari", "Validate.project"]), options extra
    .options lines. Returns id -> set of triples, seconds, stderr."""
    src = write_records(os.path.join(work, tag + ".jsonl"), records)
    out = os.path.join(work, tag + ".events.jsonl")
    cmd = [herodotus, "compat", "code", "--cameo", os.path.join(repo, "dict", "cameo", "cameo.tsv"),
           "--output", out] + list(dict_args)
    for o in options:
        cmd += ["--option", o]
    p, secs = run(cmd + [src], "compat code")
    return read_triples(out), secs, p.stderr


def code_records_in_batches(herodotus, repo, dict_args, records, work):
    """records: (id, date, text, options) in file order; one legacy-engine
    run per stretch of records with the same options in force (a suite's
    OPTION records or <Config> lines change them). Returns id -> set of
    triples, seconds, the engine's summary lines and its other stderr lines."""
    got, secs, summary, diags = {}, 0.0, "", []
    batches = []
    for r in records:
        if not batches or batches[-1][0] != r[3]:
            batches.append((r[3], []))
        batches[-1][1].append(r[:3])
    for i, (opts, recs) in enumerate(batches):
        g, t, err = code_records_legacy(herodotus, repo, dict_args, recs, work, opts, "batch%d" % i)
        got.update(g)
        secs += t
        lines = err.splitlines()
        summary = "\n".join(l for l in lines if l.startswith("compat code:"))
        diags = [l for l in lines if not l.startswith("compat code:")]
    return got, secs, summary, diags


def report(suite, records, expected, got, import_summary, diags, secs):
    """expected: id -> list of triples ([] = no event expected)."""
    passed = failed = 0
    lines = []
    with_events = sum(1 for r in records if expected[r[0]])
    ev_pass = 0
    for rid, _, text in records:
        want = set(expected[rid])
        have = got.get(rid, set())
        ok = want <= have if want else not have
        if ok:
            passed += 1
            ev_pass += 1 if want else 0
        else:
            failed += 1
            lines.append("FAIL %s: expected %s got %s | %s" % (
                rid, sorted(want) or "no event", sorted(have) or "no event", " ".join(text.split())[:120]))
    print("== %s suite ==" % suite)
    print(import_summary.rstrip())
    print("import diagnostics: %d lines on stderr" % len(diags))
    for d in diags[:40]:
        print("  " + d)
    for l in lines:
        print(l)
    print("%s: %d/%d records pass (%d/%d with expected events, %d/%d expecting none); coding took %.1f s" % (
        suite, passed, len(records), ev_pass, with_events, passed - ev_pass, len(records) - with_events, secs))
    return passed, len(records)


def tempdir():
    return tempfile.TemporaryDirectory(prefix="herodotus-compat-")
