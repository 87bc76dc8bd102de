#!/usr/bin/env python3
"""Compiles the gazetteer dict/geo/gazetteer.tsv.gz (GENERATED: never edit it).

Plain facts (names, codes, coordinates, populations) from GeoNames
(reference/geonames: cities15000.txt, countryInfo.tsv, regionInfo.tsv;
CC BY 4.0, credited in NOTICE). Python 3 stdlib only; the output is
deterministic (sorted, gzip mtime 0).

  python3 scripts/compile_gazetteer.py [--shared ../shared/data] [--out dict/geo/gazetteer.tsv.gz]

Output: gzip'd UTF-8 TSV. Line 1: "#herodotus-gazetteer<TAB>1<TAB><records>".
Then one record per line, 9 fields:
  kind  geonameid  name  admin1  country(ISO3)  lat  lon  population  aliases
kind: C country, A first-level region, P populated place (feature code is
appended to the kind: "P:PPLC"). lat/lon empty when unknown: countryInfo has
no coordinates, so a country's point is its capital's (when the capital is in
cities15000); regions have no point at all. aliases: "|"-separated ASCII
alternate names (English usage: they start with a capital letter and hold a
lower-case one; codes such as "ALV" and romanizations in lower case are
dropped), at most MAX_ALIASES per place, plus the hand-written country
short forms below.
TOWN_ALIASES adds a few short forms for towns ("New York").
"""
import argparse
import gzip
import io
import os
import sys

MAX_ALIASES = 20
FORMAT_VERSION = 1

# Short forms news uses for countries (facts of usage, written here).
COUNTRY_ALIASES = {
    "USA": ["U.S.", "U.S", "US", "USA", "U.S.A.", "United States of America", "America"],
    "GBR": ["U.K.", "UK", "Britain", "Great Britain"],
    "ARE": ["UAE", "U.A.E.", "Emirates"],
    "KOR": ["Republic of Korea"],
    "PRK": ["DPRK"],
    "RUS": ["Russian Federation"],
    "COD": ["DR Congo", "DRC", "Congo-Kinshasa"],
    "COG": ["Congo-Brazzaville", "Congo"],
    "CIV": ["Cote d'Ivoire"],
    "CZE": ["Czech Republic"],
    "MMR": ["Burma"],
    "NLD": ["Netherlands", "Holland"],
    "PSE": ["Palestine", "Palestinian Territories"],
    "VAT": ["Vatican"],
    "MKD": ["Macedonia"],
    "TUR": ["Turkiye"],
    "SWZ": ["Swaziland"],
    "CPV": ["Cape Verde"],
    "TLS": ["East Timor"],
    "GMB": ["The Gambia"],
    "BHS": ["The Bahamas"],
}

# Short forms news uses for towns whose GeoNames name is longer (geonameid → names).
TOWN_ALIASES = {
    5128581: ["New York", "NYC"],  # New York City
}


def clean(s):
    return s.replace("\t", " ").replace("|", " ").replace("\n", " ").strip()


def good_alias(a, name):
    if not a or a == name or len(a) < 3 or len(a) > 60:
        return False
    if not a.isascii() or not a[0].isupper() or not any(c.islower() for c in a):
        return False
    # Nicknames made of "The" and one word ("The Bank" for Portsmouth, NH;
    # "The Hub") match ordinary words of news text ("the West Bank").
    words = a.split()
    if len(words) == 2 and words[0] == "The" and a != name:
        return False
    return not any(c.isdigit() for c in a)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data"))
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "dict", "geo", "gazetteer.tsv.gz"))
    args = ap.parse_args()
    geo = os.path.join(args.shared, "reference", "geonames")

    countries = {}  # ISO2 -> dict
    with open(os.path.join(geo, "countryInfo.tsv"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.startswith("#") or not line.strip():
                continue
            c = line.rstrip("\n").split("\t")
            if len(c) < 17 or len(c[0]) != 2 or len(c[1]) != 3:
                print(f"countryInfo.tsv:{n}: skipped (bad fields)", file=sys.stderr)
                continue
            name = clean(c[4])
            if name.startswith("The "):
                name = name[4:]
            # Kosovo has no ISO 3166-1 code; GeoNames uses the user-assigned
            # XKX, the actor dictionaries (countries.txt) UNK: one code for both.
            iso3 = {"XKX": "UNK"}.get(c[1], c[1])
            countries[c[0]] = {"iso3": iso3, "name": name, "capital": clean(c[5]),
                               "pop": c[7] or "0", "id": c[16] or "0"}

    regions = {}  # "CC.code" -> name
    region_ids = {}
    with open(os.path.join(geo, "regionInfo.tsv"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.startswith("#") or not line.strip():
                continue
            c = line.rstrip("\n").split("\t")
            if len(c) < 4:
                print(f"regionInfo.tsv:{n}: skipped (bad fields)", file=sys.stderr)
                continue
            regions[c[0]] = (clean(c[1]), clean(c[2]))
            region_ids[c[0]] = c[3]

    records = []
    capital_point = {}
    region_pop = {}
    with open(os.path.join(geo, "cities15000.txt"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            c = line.rstrip("\n").split("\t")
            if len(c) < 15 or c[8] not in countries:
                print(f"cities15000.txt:{n}: skipped (bad fields or country)", file=sys.stderr)
                continue
            try:
                lat, lon, pop = float(c[4]), float(c[5]), int(c[14] or 0)
            except ValueError:
                print(f"cities15000.txt:{n}: skipped (bad number)", file=sys.stderr)
                continue
            cc = countries[c[8]]
            rkey = c[8] + "." + c[10]
            admin1 = regions.get(rkey, ("", ""))[0]
            region_pop[rkey] = region_pop.get(rkey, 0) + pop
            name = clean(c[1])
            aliases = []
            for a in [clean(c[2])] + [clean(x) for x in c[3].split(",")]:
                if good_alias(a, name) and a not in aliases:
                    aliases.append(a)
                if len(aliases) >= MAX_ALIASES:
                    break
            for a in TOWN_ALIASES.get(int(c[0]), []):
                if a not in aliases:
                    aliases.append(a)
            records.append(("P:" + c[7], int(c[0]), name, admin1, cc["iso3"],
                            f"{lat:.4f}", f"{lon:.4f}", pop, "|".join(aliases)))
            if cc["capital"] and (c[7] == "PPLC" or name == cc["capital"] or c[2] == cc["capital"]):
                prev = capital_point.get(c[8])
                if prev is None or c[7] == "PPLC" and prev[2] != "PPLC":
                    capital_point[c[8]] = (f"{lat:.4f}", f"{lon:.4f}", c[7])

    for iso2, cc in countries.items():
        lat, lon, _ = capital_point.get(iso2, ("", "", ""))
        aliases = [a for a in COUNTRY_ALIASES.get(cc["iso3"], []) if a != cc["name"]]
        records.append(("C", int(cc["id"]), cc["name"], "", cc["iso3"], lat, lon,
                        int(cc["pop"]), "|".join(aliases)))
    for key, (name, ascii_name) in regions.items():
        iso2 = key.split(".")[0]
        if iso2 not in countries:
            continue
        aliases = [ascii_name] if good_alias(ascii_name, name) else []
        records.append(("A", int(region_ids[key] or 0), name, name, countries[iso2]["iso3"], "", "",
                        region_pop.get(key, 0), "|".join(aliases)))

    records.sort(key=lambda r: (r[0][0], r[1]))
    buf = io.StringIO()
    buf.write(f"#herodotus-gazetteer\t{FORMAT_VERSION}\t{len(records)}\n")
    for r in records:
        buf.write("\t".join(str(x) for x in r) + "\n")
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    tmp = args.out + ".tmp"
    with open(tmp, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as gz:
            gz.write(buf.getvalue().encode("utf-8"))
    os.replace(tmp, args.out)
    print(f"{args.out}: {len(records)} records", file=sys.stderr)


if __name__ == "__main__":
    main()
