#!/usr/bin/env python3
"""Peak memory of `herodotus code --db` against input size (issue 7: memory
flat in input size).

Builds a large JSON Lines input from examples/articles.jsonl (the articles
repeated under distinct ids) under /tmp, runs `herodotus code INPUT --db DB`
on it, and samples every few seconds: the input read position (from
/proc/PID/fdinfo), articles committed to the store (read through a second,
read-only connection while the run writes) and resident memory (VmRSS).
Prints the samples and the peak (VmHWM). With --time-limit the run is
stopped (SIGTERM) after that many seconds: the samples then show whether
memory stays flat while the input is read.

  tests/store/memory_flat.py --bin build/src/cli/herodotus --size-mb 200
  tests/store/memory_flat.py --bin build/src/cli/herodotus --size-mb 1000 --time-limit 900
  tests/store/memory_flat.py --bin build/src/cli/herodotus --size-mb 1000 --distinct 250

The generated files are not part of the project; --keep keeps them.
"""
import argparse
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time


def build_input(src, dst, size_mb, distinct):
    records = [json.loads(l) for l in open(src, encoding="utf-8") if l.strip()]
    target = size_mb * 1_000_000
    written = 0
    copy = 0
    with open(dst, "w", encoding="utf-8") as out:
        while written < target:
            for r in records:
                r = dict(r)
                r["id"] = "%s-%07d" % (r["id"], copy % distinct if distinct else copy)
                line = json.dumps(r) + "\n"
                out.write(line)
                written += len(line.encode("utf-8"))
            copy += 1
    return written, copy * len(records)


def proc_status(pid, key):
    try:
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                if line.startswith(key + ":"):
                    return int(line.split()[1]) / 1024.0  # kB -> MB
    except OSError:
        pass
    return None


def read_position(pid, path):
    """Bytes of `path` read so far by process `pid` (0 when unknown)."""
    try:
        for fd in os.listdir("/proc/%d/fd" % pid):
            try:
                if os.readlink("/proc/%d/fd/%s" % (pid, fd)) == path:
                    with open("/proc/%d/fdinfo/%s" % (pid, fd)) as f:
                        for line in f:
                            if line.startswith("pos:"):
                                return int(line.split()[1])
            except OSError:
                continue
    except OSError:
        pass
    return 0


def stored_articles(db):
    try:
        con = sqlite3.connect("file:%s?mode=ro" % db, uri=True, timeout=1)
        n = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        con.close()
        return n
    except sqlite3.Error:
        return -1


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", required=True, help="the herodotus binary")
    ap.add_argument("--source", default=os.path.join(os.path.dirname(__file__), "..", ".."))
    ap.add_argument("--size-mb", type=int, default=200)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--distinct", type=int, default=0,
                    help="ids repeat after this many copies of the examples (0 = all distinct): "
                         "a repeated id with the same content is found in the store and skipped, "
                         "so the whole input is read while only the distinct articles are coded")
    ap.add_argument("--time-limit", type=float, default=0, help="stop the run after this many seconds")
    ap.add_argument("--interval", type=float, default=10)
    ap.add_argument("--workdir", default="/tmp")
    ap.add_argument("--keep", action="store_true")
    args = ap.parse_args()

    src = os.path.join(args.source, "examples", "articles.jsonl")
    name = "herodotus_mem_%dmb_%d" % (args.size_mb, args.distinct)
    inp = os.path.abspath(os.path.join(args.workdir, name + ".jsonl"))
    db = os.path.join(args.workdir, name + ".db")
    if not os.path.exists(inp) or os.path.getsize(inp) < args.size_mb * 1_000_000:
        size, n = build_input(src, inp, args.size_mb, args.distinct)
        print("input %s: %.1f MB, %d articles" % (inp, size / 1e6, n), flush=True)
    total = os.path.getsize(inp)
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)

    t0 = time.time()
    errfile = db + ".stderr"
    with open(errfile, "w") as errf:
        # stderr is a file: no live progress line, one summary line at the end.
        p = subprocess.Popen([args.bin, "code", inp, "--db", db, "-o", "/dev/null",
                              "--threads", str(args.threads)], stderr=errf)
    print("   time s   read MB   read %   stored articles   VmRSS MB", flush=True)
    stopped = False
    status, usage = None, None
    next_sample = time.time() + 2
    while status is None:
        time.sleep(0.2)
        pid, st, ru = os.wait4(p.pid, os.WNOHANG)
        if pid == p.pid:
            status, usage = st, ru
            break
        if time.time() < next_sample:
            continue
        next_sample = time.time() + (2 if time.time() - t0 < 10 else args.interval)
        rss = proc_status(p.pid, "VmRSS") or 0
        pos = read_position(p.pid, inp)
        print("%9.0f %9.1f %8.1f %17d %10.1f" % (time.time() - t0, pos / 1e6, 100.0 * pos / total,
                                                  stored_articles(db), rss), flush=True)
        if args.time_limit and not stopped and time.time() - t0 > args.time_limit:
            p.send_signal(signal.SIGTERM)
            stopped = True
    code = os.waitstatus_to_exitcode(status)
    print("exit %d%s after %.0f s; stored articles %d; peak RSS (ru_maxrss) %.1f MB" %
          (code, " (stopped by --time-limit)" if stopped else "", time.time() - t0,
           stored_articles(db), usage.ru_maxrss / 1024.0))
    with open(errfile) as f:
        lines = f.read().strip().splitlines()
    if lines:
        print("stderr: " + lines[-1])
    os.remove(errfile)
    if not args.keep:
        for f in (inp, db, db + "-wal", db + "-shm"):
            if os.path.exists(f):
                os.remove(f)
    return 0


if __name__ == "__main__":
    sys.exit(main())
