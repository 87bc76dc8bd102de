#!/usr/bin/env python3
"""Turns the unlabeled bench texts into JSON Lines articles for `herodotus analyze`.

  scripts/uptrain_articles.py OUT.jsonl [DATA_DIR]

DATA_DIR defaults to ../shared/data. The VOA sentences (one a line) become
articles of 100 lines, one paragraph per line, so the segmenter never joins
two lines; each Wikinews article loses its "### date | title | url" header and
dateline. Used for uptraining the parser (docs/syntax.md, "Third round"); the
output is third-party text: keep it outside the repository.
"""
import json
import os
import sys


def main():
    out = sys.argv[1]
    data = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data")
    arts = []
    with open(os.path.join(data, "bench/voa_gmb/gmb_sentences_detok.txt"), encoding="utf-8") as f:
        lines = [l.strip() for l in f if l.strip()]
    for i in range(0, len(lines), 100):
        arts.append({"id": "voa-%d" % (i // 100 + 1), "text": "\n\n".join(lines[i:i + 100])})
    with open(os.path.join(data, "bench/wikinews/wikinews_2019_2020_articles.txt"), encoding="utf-8") as f:
        cur, date, n = [], None, 0
        def flush():
            if cur:
                arts.append({"id": "wikinews-%d" % n, "date": date, "text": "\n\n".join(cur)})
        for line in f:
            line = line.strip()
            if line.startswith("### "):
                flush()
                cur, n = [], n + 1
                date = line[4:14]
                skip_dateline = True
                continue
            if not line:
                continue
            if cur == [] and skip_dateline:  # "Friday, January 4, 2019"
                skip_dateline = False
                continue
            cur.append(line)
        flush()
    with open(out, "w", encoding="utf-8") as f:
        for a in arts:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    print("%d articles" % len(arts), file=sys.stderr)


if __name__ == "__main__":
    main()
