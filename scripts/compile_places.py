#!/usr/bin/env python3
"""Compiles major cities into dict/generated/places.txt (type place).

Plain facts from reference/geonames (cities15000.txt and countryInfo.tsv,
CC BY 4.0): a city's name and its country. A place names where something
happens; the actor resolver decides whether "Tokyo agreed" means the
government (CAMEO: capitals as subject/object → GOV) or the location.
Python 3 stdlib only.

  python3 scripts/compile_places.py [--shared ../shared/data] [--min-population 100000]

Rules: cities with at least --min-population inhabitants; the GeoNames name
and its ASCII form; a name shared by cities of several countries is kept for
the most populous only when it has three times the people of the next one;
names that any other dictionary file already gives (countries, capitals,
metonyms, organisations, people's names, surnames of heads of state and
government), or that are common
English words, are left out.
"""
import argparse
import os
import sys
import unicodedata
from collections import defaultdict

# City names that are ordinary words (or people's names) in English news.
STOP = set("""Mobile Reading Bath Split Nice Of Van Bar Male Mandi Orange Florence Victoria Alexandria
Hamilton Lincoln Jackson Columbus Buffalo Phoenix Aurora Independence Gary Irving Garland Surprise
Temple Sandy Clinton Franklin Jordan Marion Troy Salem Concord Wilson Lawrence Miller Warren Kent
Hope Union Liberty Eugene Santa Rosa Jose Paul Charlotte Madison Fremont Vista Oxford Cambridge
Bristol Preston Chester Derby Durham Norwich Gloucester Worcester Winchester Cork Limerick Galway
Cuba Georgia Guinea Chad Niger Panama Kuwait Djibouti Singapore Monaco Luxembourg Andorra
Batman Siirt Ordu Bolu Mersin Ise Ota Ube Aba Ede Oyo Ife Iwo Ilesa Owo Ondo Akure Gombe Bauchi
Kano Kaduna Jos Zaria Sokoto Katsina Maiduguri Said Kota Bhiwandi Aurangabad Mau Bally Navi
Central General Mission Mexicali Tijuana Leon Most Bor Kita Sale Bat Tai Bo Lo Wa Bu Ho Da Ba Ku
Sur Tyre Kut Hit Ur Kish Gaza Deal Dover Poole Derry Newport Perth Wellington Brisbane""".split())


def fold(s):
    out = []
    for w in s.split():
        lw = w.lower()
        if lw in ("al", "el"):
            continue
        if lw[:3] in ("al-", "el-") and len(lw) > 3:
            w = w[3:]
        w = unicodedata.normalize("NFKD", w)
        out.append("".join(c for c in w if c.isalnum()).lower())
    return "".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--shared", default=os.environ.get("HERODOTUS_SHARED_DATA",
                                                       os.path.join(here, "../../shared/data")))
    ap.add_argument("--out", default=os.path.join(here, "../dict/generated/places.txt"))
    ap.add_argument("--countries", default=os.path.join(here, "../dict/generated/countries.txt"))
    ap.add_argument("--min-population", type=int, default=100000)
    args = ap.parse_args()
    geo = os.path.join(args.shared, "reference/geonames")
    iso2to3 = {}
    with open(os.path.join(geo, "countryInfo.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            p = line.rstrip("\n").split("\t")
            if len(p) > 2:
                iso2to3[p[0]] = {"XKX": "UNK"}.get(p[1], p[1])  # Kosovo as in countries.txt
    # Names any other dictionary file already gives (countries, capitals,
    # metonyms, organisations, people): the place is left out for them.
    taken = set()
    dict_dir = os.path.dirname(os.path.dirname(os.path.abspath(args.countries)))
    paths = []
    for root, _, files in os.walk(dict_dir):
        paths += [os.path.join(root, fn) for fn in files
                  if fn.endswith(".txt") and os.path.abspath(os.path.join(root, fn)) != os.path.abspath(args.out)]
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                for kw in ("name ", "adj ", "metonym "):
                    if line.startswith(kw):
                        body = line[len(kw):].split("->")[0]
                        taken.update(fold(x) for x in body.split("|"))
    # Surnames of heads of state and government (Wikidata entries): "Bush"
    # in the news is a president, not the Egyptian town.
    leaders = os.path.join(dict_dir, "generated", "leaders.txt")
    if os.path.exists(leaders):
        with open(leaders, encoding="utf-8") as f:
            wikidata_entry = False
            for line in f:
                if line.startswith("actor "):
                    wikidata_entry = line.split()[1].startswith("Q")
                elif wikidata_entry and line.strip().startswith("surname "):
                    taken.add(fold(line.strip()[len("surname "):]))
    by_key = defaultdict(list)  # key → [(population, iso3, name, geonameid)]
    with open(os.path.join(geo, "cities15000.txt"), encoding="utf-8") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            if len(p) < 15:
                continue
            try:
                pop = int(p[14] or 0)
            except ValueError:
                continue
            iso3 = iso2to3.get(p[8])
            if pop < args.min_population or not iso3:
                continue
            for name in sorted({p[1].strip(), p[2].strip()}):
                if not name or "|" in name or "#" in name or "->" in name or "," in name:
                    continue
                by_key[fold(name)].append((pop, iso3, name, p[0]))
    cities = {}  # geonameid → (iso3, pop, [names])
    dropped = 0
    for key, hits in by_key.items():
        if not key or key in taken:
            continue
        hits.sort(reverse=True)
        best = hits[0]
        if best[2] in STOP or any(best[2] == h[2] and False for h in hits):
            dropped += 1
            continue
        others = [h for h in hits if h[1] != best[1]]
        if others and best[0] < 3 * others[0][0]:
            dropped += 1
            continue
        c = cities.setdefault(best[3], [best[1], best[0], []])
        # All spellings of this key that belong to the chosen city.
        for h in hits:
            if h[3] == best[3] and h[2] not in c[2]:
                c[2].append(h[2])
    out = ["# herodotus-actors 1",
           "# GENERATED BY scripts/compile_places.py from reference/geonames (CC BY 4.0). DO NOT EDIT.",
           "# Cities of at least %d inhabitants; code = country (ISO3)." % args.min_population, ""]
    n = 0
    for gid, (iso3, pop, names) in sorted(cities.items(), key=lambda kv: (kv[1][0], -kv[1][1], kv[0])):
        # Several keys of one city (name and ASCII name) may map here separately.
        seen, uniq = set(), []
        for nm in names:
            if nm not in seen:
                seen.add(nm)
                uniq.append(nm)
        out += ["actor geo:%s" % gid, "  type place", "  code %s" % iso3, "  name %s" % " | ".join(uniq), ""]
        n += 1
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print("%s: %d places (%d ambiguous or stop-listed names left out)" % (args.out, n, dropped), file=sys.stderr)


if __name__ == "__main__":
    main()
