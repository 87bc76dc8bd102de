#!/usr/bin/env python3
"""Compiles dated leader and minister roles into dict/generated/leaders.txt.

Plain facts (names, countries, dates) from two reference sets:
  - reference/leaders_wikidata/leaders_{history,current}.csv (Wikidata, CC0):
    heads of state and government; terms overlapping 1945-01-01..2025-12-31;
  - reference/countryinfo/CountryInfo.120116.txt (Schrodt, CC BY-SA 3.0):
    the <Government> blocks, ministers 2003-2011 with CAMEO role codes.
Output: the herodotus-actors format (dict/README.md). Python 3 stdlib only.

  python3 scripts/compile_leaders.py [--shared ../shared/data] [--out dict/generated/leaders.txt]

Cleaning (documented in dict/README.md): Portuguese Wikidata labels of
monarchs and a few others are mapped to English; labels that are bare QIDs,
and non-person rows are dropped; duplicate and overlapping terms of one person
in one role are merged; CountryInfo's "<DATE" (in office in Jan 2003) starts on
2003-01-01 and ">DATE" (in office in Feb 2011) ends on 2011-02-28; impossible
days (e.g. 20040931) become the last day of the month.
"""
import argparse
import calendar
import csv
import os
import re
import sys
import unicodedata
from collections import defaultdict

FIRST, LAST = "1945-01-01", "2025-12-31"

# Portuguese (or otherwise non-English) labels → English names.
LABELS = {
    "Isabel II": "Elizabeth II", "Carlos III": "Charles III", "Carlos XVI Gustavo": "Carl XVI Gustaf",
    "Guilherme Alexandre": "Willem-Alexander", "Beatriz": "Beatrix", "Filipe VI": "Felipe VI",
    "Alberto II": "Albert II", "Balduíno I": "Baudouin", "Frederico X": "Frederik X",
    "Margarida II": "Margrethe II", "Olavo V": "Olav V", "João Carlos I": "Juan Carlos I",
    "Simeão II": "Simeon II", "Abdallah": "Abdullah", "Abdul Halim": "Abdul Halim of Kedah",
    "Muhammad V": "Muhammad V of Kelantan", "João": "Jean of Luxembourg",
    "Guilherme, grão-duque herdeiro de Luxemburgo": "Guillaume of Luxembourg",
    "Naruhito, Príncipe Herdeiro do Japão": "Naruhito", "Papa João Paulo II": "Pope John Paul II",
    "Leão XIV": "Pope Leo XIV", "Maomé bin Zayed Al Nahyan": "Mohamed bin Zayed Al Nahyan",
    "Boris Iéltsin": "Boris Yeltsin", "Iúlia Timochenko": "Yulia Tymoshenko",
    "Andréas Papandréu": "Andreas Papandreou", "Geórgios Papandréu": "George Papandreou",
    "Hussein": "Hussein of Jordan", "Fahd": "Fahd of Saudi Arabia",
    "Papa Bento XVI": "Pope Benedict XVI", "Papa Francisco": "Pope Francis",
    "Papa João Paulo I": "Pope John Paul I", "Papa João XXIII": "Pope John XXIII",
    "Papa Pio XI": "Pope Pius XI", "Papa Pio XII": "Pope Pius XII",
}
# Not people, or rows known to be wrong in the source.
DROP_NAMES = {"Conselho Presidencial de Transição"}
DROP_QIDS = {"Q107054330"}  # listed as US head of state from 2018: not one
PARTICLES = {"do", "da", "dos", "das", "de"}
REGNAL = re.compile(r"^[IVXL]+$")
ROLE_TITLES = {"head_of_state": "head of state", "head_of_government": "head of government"}


def fold(s):
    """The lookup key of a name (src/lexicon/actor_normalize.h): accents and
    punctuation dropped, the article al-/el- ignored."""
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


# Old CountryInfo codes → ISO 3166-1 alpha-3.
OLD_CODES = {"TMP": "TLS", "ROM": "ROU", "ZAR": "COD", "YUG": "SRB"}
REGIONS = {"EUR", "WST", "AFR", "ASA", "MEA", "LAM", "SAM", "EEU", "CAS", "SEA", "NAF", "SAF", "WAF", "EAF"}
SECTORS = set("AGR BUS COP CRM CVL DEV EDU ELI ENV GOV HLH HRI INS JUD LAB LEG MED MIL MOD OPP PTY "
              "RAD REB REF SEP SPY UAF PKO ATH BAH BUD CHR CON HIN JAN JEW MOS PAG REL SHA SIK TAO ZRO".split())
# Surnames that are also common capitalized words: never a bare-surname match.
SURNAME_STOP = set("""January February March April May June July August September October November
December Monday Tuesday Wednesday Thursday Friday Saturday Sunday Will Long Little Young King
Hope Grace Good Best Bush-whacker Love Rich Strong White Black Green Gray Grey North South East West
Church Hall Street House Court Prince Duke Lord Sun Moon Star Bank Fox Wolf Bird Field Rock Stone
Wood Forest Lake Rivers Hill Mountain Sultan Sheikh Emir Khan Ali Said Mohammed Muhammad Ahmed Ahmad
Hassan Hussein Abdullah Abdallah Omar Ibrahim Mahmoud Mustafa Kamal Rahman Singh Kumar Das Reddy
Lee Kim Park Wang Li Zhang Liu Chen Yang Nguyen Tran Christian Catholic Muslim Jewish English French
German Irish Scott Lewis James John Thomas George Paul Martin Francis Joseph Peter Michael David Daniel
Samuel Henry Charles Edward Robert William Richard Arthur Albert Frank Jordan Israel Georgia Chad
Victoria Douglas Grant Howard Stanley Nelson""".split())


def fix_code(code):
    """CountryInfo codes with regions or old country codes → codes the dictionary knows."""
    groups = [code[i:i + 3] for i in range(0, len(code), 3)]
    groups[0] = OLD_CODES.get(groups[0], groups[0])
    if groups[0] == "IGO":
        groups = [g for g in groups[1:] if g not in REGIONS]
        groups = ["IGO"] + groups[:1] + [g for g in groups[1:] if g in SECTORS]
    else:
        groups = [groups[0]] + [g for g in groups[1:] if g in SECTORS]
    return "".join(groups)


def english_name(label, country_label):
    label = label.strip()
    if label in DROP_NAMES or re.fullmatch(r"Q\d+", label):
        return None
    if label in LABELS:
        return LABELS[label]
    words = label.split(" ")
    # "Isabel II do Reino Unido", "Hassan II de Marrocos": drop "do <country>".
    for k in range(1, len(words)):
        if words[k] in PARTICLES and k + 1 < len(words):
            tail = " ".join(words[k + 1:])
            if fold(tail) == fold(country_label) or (k > 0 and REGNAL.match(words[k - 1])) or tail in (
                    "Reino Unido", "Países Baixos", "Espanha", "Luxemburgo"):
                head = " ".join(words[:k])
                return LABELS.get(head, head)
    if label.startswith("Papa "):
        return "Pope " + label[5:]
    return label


def surname_of(name):
    words = [w for w in name.replace(",", " ").split() if w]
    if len(words) < 2 or REGNAL.match(words[-1]) or words[0] == "Pope":
        return None
    if " of " in name or " bin " in name:
        return None
    last = words[-1]
    if last.rstrip(".") in ("Jr", "Sr") and len(words) > 2:
        last = words[-2].rstrip(",")
    if len(last) <= 2 or not last[0].isalpha() or last in SURNAME_STOP:
        return None
    return last


def day(d):
    return d[:10] if d else ""


def merge_terms(terms):
    """Union of overlapping or touching [from, to] ranges ('' = open)."""
    key = lambda t: (t[0] or "0000", t[1] or "9999")
    out = []
    for f, t in sorted(terms, key=key):
        if out and (not out[-1][1] or f <= out[-1][1]):
            if not out[-1][1] or (t and t <= out[-1][1]):
                continue
            out[-1] = (out[-1][0], t)
        else:
            out.append((f, t))
    return out


def load_wikidata(shared, independent, area):
    people = {}  # qid → dict(name, roles{(code,title): [(f,t)]}, countries counter)
    for fn in ("leaders_history.csv", "leaders_current.csv"):
        with open(os.path.join(shared, "reference/leaders_wikidata", fn), encoding="utf-8") as f:
            for row in csv.DictReader(f):
                qid, iso3 = row["person_qid"].strip(), row["iso3"].strip()
                start, end = day(row["start"]), day(row["end"])
                if not start or qid in DROP_QIDS or not re.fullmatch(r"[A-Z]{3}", iso3):
                    continue
                if (end and end < FIRST) or start > LAST or (end and end < start):
                    continue
                name = english_name(row["person"], row["country"])
                if not name:
                    continue
                title = ROLE_TITLES.get(row["role"].strip())
                if not title:
                    continue
                p = people.setdefault(qid, {"name": name, "roles": defaultdict(list),
                                            "rows": defaultdict(int), "suffix": None})
                p["roles"][(iso3 + "GOV", title)].append((start, end))
                p["rows"][iso3] += 1
                raw = row["person"]
                if raw != name and re.search(r" (do|da|dos|de) ", raw) and fold(raw.split(" ")[-1]) == fold(row["country"].split(" ")[-1]):
                    p["suffix"] = iso3
    for p in people.values():
        def rank(c):
            return (c == p["suffix"], p["rows"][c], c in independent, area.get(c, 0))
        p["country"] = max(p["rows"], key=rank)
    return people


def clamp(d):
    y, m, dd = int(d[:4]), int(d[4:6]), int(d[6:8])
    m = min(max(m, 1), 12)
    dd = min(max(dd, 1), calendar.monthrange(y, m)[1])
    return "%04d-%02d-%02d" % (y, m, dd)


def title_case(raw):
    words = [w for w in raw.strip("_").split("_") if w]
    out = []
    for w in words:
        lw = w.lower()
        out.append(lw if lw in ("al", "el", "bin", "ibn", "de", "da", "van", "von", "der", "du") and out else
                   "-".join(x[:1].upper() + x[1:] for x in lw.split("-")))
    return " ".join(out)


def load_countryinfo(shared):
    path = os.path.join(shared, "reference/countryinfo/CountryInfo.120116.txt")
    ministers = []  # (country, name, [(code, from, to, title)])
    country, in_gov = None, False
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            s = line.strip()
            m = re.match(r"<CountryCode>([A-Z]{3})</CountryCode>", s)
            if m:
                country = m.group(1)
            if s.startswith("<Government>"):
                in_gov = True
                continue
            if s.startswith("</Government>"):
                in_gov = False
                continue
            if not in_gov or not s or s.startswith("<"):
                continue
            m = re.match(r"([A-Z][A-Z0-9_.'\-]*_)\s+(\[[^#]*)(?:#\s*(.*))?$", s)
            if not m:
                continue
            raw, brackets, comment = m.group(1), m.group(2), (m.group(3) or "").strip()
            if any(w in raw for w in ("MINISTER", "ACTING", "PRESIDENT_", "GENERAL_", "_SEC_", "_OF_")):
                continue
            roles = []
            for b in re.findall(r"\[([^\]]*)\]", brackets):
                b = b.strip()
                if b.startswith(("B:", "D:")):
                    continue
                bm = re.match(r"([A-Z]{3,15})\s+(?:<(\d{8})|>(\d{8})|(\d{8})\s*-\s*(\d{8}))$", b)
                if not bm or len(bm.group(1)) % 3:
                    continue
                code = bm.group(1)
                if bm.group(2):
                    fr, to = "2003-01-01", clamp(bm.group(2))
                elif bm.group(3):
                    fr, to = clamp(bm.group(3)), "2011-02-28"
                else:
                    fr, to = clamp(bm.group(4)), clamp(bm.group(5))
                if fr > to:
                    continue
                roles.append([code, fr, to])
            titles = [t.strip().strip('"').strip() for t in comment.split("&")] if comment else []
            for i, r in enumerate(roles):
                t = titles[i] if len(titles) == len(roles) else (titles[0] if len(titles) == 1 else "")
                r.append(re.sub(r"\s+", " ", t.replace('"', "")).strip().lower())
            for r in roles:
                r[0] = fix_code(r[0])
            if roles and country:
                ministers.append((OLD_CODES.get(country, country), title_case(raw), roles))
    return ministers


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--shared", default=os.environ.get("HERODOTUS_SHARED_DATA",
                                                       os.path.join(here, "../../shared/data")))
    ap.add_argument("--out", default=os.path.join(here, "../dict/generated/leaders.txt"))
    args = ap.parse_args()
    import json
    with open(os.path.join(args.shared, "reference/countries_mledoze/countries.json"), encoding="utf-8") as f:
        cj = json.load(f)
    independent = {c["cca3"] for c in cj if c.get("independent")}
    area = {c["cca3"]: c.get("area", 0) for c in cj}
    people = load_wikidata(args.shared, independent, area)
    # People merged by (country, folded name): ministers join their leader entry.
    by_name = {}
    for qid, p in people.items():
        by_name.setdefault((p["country"], fold(p["name"])), qid)
    for country, name, roles in load_countryinfo(args.shared):
        key = (country, fold(name))
        pid = by_name.get(key)
        if pid is None:
            pid = "ci:" + country + ":" + re.sub(r"[^A-Za-z0-9]+", "-", name).strip("-").lower()
            people[pid] = {"name": name, "roles": defaultdict(list), "country": country}
            by_name[key] = pid
        for code, fr, to, title in roles:
            people[pid]["roles"][(code, title or "minister")].append((fr, to))
    # Identical full names of different people: keep the name on the one with
    # the most recent role only, so a full name never resolves two ways.
    by_full = defaultdict(list)
    for pid, p in people.items():
        by_full[fold(p["name"])].append(pid)
    dropped = 0
    out = ["# herodotus-actors 1",
           "# GENERATED BY scripts/compile_leaders.py from reference/leaders_wikidata (Wikidata, CC0)",
           "# and reference/countryinfo (CountryInfo.120116, Schrodt, CC BY-SA 3.0). DO NOT EDIT.",
           "# Heads of state and government 1945-2025 and ministers 2003-2011 with dated CAMEO roles.",
           ""]
    n_people = n_roles = 0
    for pid in sorted(people, key=lambda k: (people[k]["country"], people[k]["name"], k)):
        p = people[pid]
        homonyms = by_full[fold(p["name"])]
        if len(homonyms) > 1:
            latest = max(homonyms, key=lambda k: max(f for terms in people[k]["roles"].values() for f, _ in terms))
            if pid != latest:
                dropped += 1
                continue
        lines = ["actor " + pid, "  type person", "  country " + p["country"], "  name " + p["name"]]
        sn = surname_of(p["name"])
        if sn and fold(sn) != fold(p["name"]):
            lines.append("  surname " + sn)
        roles = []
        for (code, title), terms in p["roles"].items():
            for f, t in merge_terms(terms):
                roles.append((f, t, code, title))
        for f, t, code, title in sorted(roles):
            lines.append("  role %s %s..%s %s" % (code, f, t, title))
            n_roles += 1
        out.extend(lines)
        out.append("")
        n_people += 1
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print("%s: %d people, %d roles (%d homonym entries dropped)" % (args.out, n_people, n_roles, dropped),
          file=sys.stderr)


if __name__ == "__main__":
    main()
