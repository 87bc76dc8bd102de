#!/usr/bin/env python3
"""Reverses the word order of every sentence in a CoNLL-U file (docs/syntax.md, "Fourth round").

  scripts/conllu_reverse.py IN.conllu OUT.conllu

Word k of n becomes word n + 1 - k and heads are renumbered the same way, so a
treebank reversed this way trains a right-to-left parser with the unchanged
trainer (`herodotus train syntax --train REVERSED ...`), and reversing that
parser's output again gives trees over the original word order. Multiword-token
and empty-node lines, `# text` lines and the DEPS column are dropped (the
reversed text is not the sentence's text; DEPS would need renumbering too).
Applying the script twice gives back the words, heads and labels.
"""
import sys


def reverse(words):
    n = len(words)
    out = []
    for cols in reversed(words):
        cols = list(cols)
        cols[0] = str(n + 1 - int(cols[0]))
        if cols[6] not in ("_", "0"):
            cols[6] = str(n + 1 - int(cols[6]))
        cols[8] = "_"
        out.append(cols)
    return out


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    comments, words = [], []
    with open(sys.argv[1], encoding="utf-8") as f, open(sys.argv[2], "w", encoding="utf-8") as out:
        def flush():
            if words:
                for c in comments:
                    out.write(c + "\n")
                for cols in reverse(words):
                    out.write("\t".join(cols) + "\n")
                out.write("\n")
            comments.clear()
            words.clear()

        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line:
                flush()
            elif line.startswith("#"):
                if not line.startswith("# text"):
                    comments.append(line)
            else:
                cols = line.split("\t")
                if len(cols) != 10:
                    sys.exit(f"{sys.argv[1]}:{lineno}: expected 10 tab-separated columns")
                if "-" in cols[0] or "." in cols[0]:
                    continue
                if not cols[0].isdigit() or not (cols[6] == "_" or cols[6].isdigit()):
                    sys.exit(f"{sys.argv[1]}:{lineno}: ID and HEAD must be numbers")
                words.append(cols)
        flush()


if __name__ == "__main__":
    main()
