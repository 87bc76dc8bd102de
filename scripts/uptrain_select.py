#!/usr/bin/env python3
"""Selects auto-parsed sentences for uptraining the parser (docs/syntax.md, "Third round").

  scripts/uptrain_select.py TEACHER.conllu OUT.conllu [--other OTHER.conllu --agree 0.9]
                            [--min-tokens 5] [--max-tokens 50] [--seed 1]

TEACHER.conllu is `herodotus analyze --format conllu` output. Keeps sentences of
min..max tokens; with --other (a second parse of the same text, same order),
only sentences where at least --agree of the tokens have the same head and
label in both. Writes them in a seeded random order, so `train syntax
--extra-limit N` takes a random sample of N.
"""
import argparse
import random


def read(path):
    sents, cur = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip() == "":
                if cur:
                    sents.append(cur)
                cur = []
            else:
                cur.append(line)
    if cur:
        sents.append(cur)
    return sents


def arcs(sent):
    out = []
    for line in sent:
        if line.startswith("#"):
            continue
        c = line.rstrip("\n").split("\t")
        if "-" in c[0] or "." in c[0]:
            continue
        out.append((c[1], c[6], c[7]))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("teacher")
    ap.add_argument("out")
    ap.add_argument("--other")
    ap.add_argument("--agree", type=float, default=1.0)
    ap.add_argument("--min-tokens", type=int, default=5)
    ap.add_argument("--max-tokens", type=int, default=50)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    t = read(a.teacher)
    o = read(a.other) if a.other else None
    if o is not None and len(o) != len(t):
        raise SystemExit("%s and %s differ in sentence count" % (a.teacher, a.other))
    keep, tokens, disagree = [], 0, 0
    for i, s in enumerate(t):
        x = arcs(s)
        if not a.min_tokens <= len(x) <= a.max_tokens:
            continue
        if o is not None:
            y = arcs(o[i])
            if [w for w, _, _ in x] != [w for w, _, _ in y]:
                raise SystemExit("sentence %d: different tokens" % (i + 1))
            same = sum(p[1:] == q[1:] for p, q in zip(x, y))
            if same < a.agree * len(x):
                disagree += 1
                continue
        keep.append(s)
        tokens += len(x)
    random.Random(a.seed).shuffle(keep)
    with open(a.out, "w", encoding="utf-8") as f:
        for s in keep:
            f.write("".join(s) + "\n")
    print("%d of %d sentences kept (%d tokens); %d dropped for disagreement" % (len(keep), len(t), tokens, disagree))


if __name__ == "__main__":
    main()
