#!/usr/bin/env python3
"""Combines several parses of the same sentences by weighted arc voting (docs/syntax.md, "Fourth round").

  scripts/parse_vote.py SYSTEM.conllu[=WEIGHT] ... --out OUT.conllu
  herodotus eval --conllu GOLD.conllu --system OUT.conllu      # its scores

Every system gives each of its arcs (head -> word) its weight (default 1); the
tree with the largest total weight is found with Eisner's projective
algorithm, and each word takes the label with the most weight among the
systems that chose its head (Sagae & Lavie 2006 reparsing). The systems must
parse the same words in the same order (e.g. `herodotus eval --conllu GOLD
--gold-tokenization --output SYSTEM.conllu` for each model). OUT is the first
system's file with the voted HEAD and DEPREL.
"""
import argparse
import collections


def read(path):
    """Sentences as lists of lines; word lines split into columns, other lines kept as text."""
    sents, cur = [], []
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line:
                if cur:
                    sents.append(cur)
                cur = []
                continue
            cols = line.split("\t")
            if line.startswith("#") or "-" in cols[0] or "." in cols[0]:
                cur.append(line)
                continue
            if len(cols) != 10:
                raise SystemExit(f"{path}:{lineno}: expected 10 tab-separated columns")
            if not cols[6].isdigit():
                raise SystemExit(f"{path}:{lineno}: HEAD must be a number")
            cur.append(cols)
    if cur:
        sents.append(cur)
    return sents


def words(sent):
    return [x for x in sent if isinstance(x, list)]


def eisner(score):
    """Heads of the best projective tree; score[h][m] for nodes 0 (root) .. n."""
    n = len(score)
    neg = float("-inf")
    # complete[s][t][d], incomplete[s][t][d]: d = 0 head at t, d = 1 head at s.
    comp = [[[neg, neg] for _ in range(n)] for _ in range(n)]
    inc = [[[neg, neg] for _ in range(n)] for _ in range(n)]
    comp_b = [[[0, 0] for _ in range(n)] for _ in range(n)]
    inc_b = [[[0, 0] for _ in range(n)] for _ in range(n)]
    for s in range(n):
        comp[s][s] = [0.0, 0.0]
    for k in range(1, n):
        for s in range(n - k):
            t = s + k
            best, arg = neg, s
            for r in range(s, t):
                v = comp[s][r][1] + comp[r + 1][t][0]
                if v > best:
                    best, arg = v, r
            inc[s][t] = [best + score[t][s], best + score[s][t]]
            inc_b[s][t] = [arg, arg]
            best, arg = neg, s
            for r in range(s, t):
                v = comp[s][r][0] + inc[r][t][0]
                if v > best:
                    best, arg = v, r
            comp[s][t][0], comp_b[s][t][0] = best, arg
            best, arg = neg, s + 1
            for r in range(s + 1, t + 1):
                v = inc[s][r][1] + comp[r][t][1]
                if v > best:
                    best, arg = v, r
            comp[s][t][1], comp_b[s][t][1] = best, arg
    heads = [-1] * n
    stack = [("c", 0, n - 1, 1)]  # iterative backtrack: long sentences need no deep recursion
    while stack:
        kind, s, t, d = stack.pop()
        if s == t:
            continue
        if kind == "c":
            r = comp_b[s][t][d]
            stack += [("c", s, r, 0), ("i", r, t, 0)] if d == 0 else [("i", s, r, 1), ("c", r, t, 1)]
        else:
            r = inc_b[s][t][d]
            if d == 0:
                heads[s] = t
            else:
                heads[t] = s
            stack += [("c", s, r, 1), ("c", r + 1, t, 0)]
    return heads


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("systems", nargs="+", help="SYSTEM.conllu or SYSTEM.conllu=WEIGHT")
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    systems, weights = [], []
    for spec in a.systems:
        path, _, w = spec.partition("=")
        sents = read(path)
        if systems and (len(sents) != len(systems[0]) or
                        any(len(words(x)) != len(words(y)) for x, y in zip(sents, systems[0]))):
            raise SystemExit(f"{path}: sentences or words differ from {a.systems[0].partition('=')[0]}")
        systems.append(sents)
        weights.append(float(w) if w else 1.0)
    with open(a.out, "w", encoding="utf-8") as out:
        for i, first in enumerate(systems[0]):
            n = len(words(first))
            arc = [[0.0] * (n + 1) for _ in range(n + 1)]
            labels = collections.defaultdict(collections.Counter)
            for sents, w in zip(systems, weights):
                for m, c in enumerate(words(sents[i]), 1):
                    h = int(c[6])
                    arc[h][m] += w
                    labels[h, m][c[7]] += w
            heads = eisner(arc)
            m = 0
            for x in first:
                if not isinstance(x, list):
                    out.write(x + "\n")
                    continue
                m += 1
                h = heads[m]
                c = list(x)
                c[6] = str(h)
                c[7] = "root" if h == 0 else labels[h, m].most_common(1)[0][0] if labels[h, m] else "dep"
                c[8] = "_"
                out.write("\t".join(c) + "\n")
            out.write("\n")


if __name__ == "__main__":
    main()
