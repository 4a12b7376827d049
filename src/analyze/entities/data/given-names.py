#!/usr/bin/env python3
"""Regenerates given-names.txt (see given-names.README) from two openly
licensed lists of first names:

  - the US Census Bureau's 1990 name frequency files (public domain), as
    shipped in the PyPI package `names` 0.3.0 (MIT): dist.male.first,
    dist.female.first and, for the surname test, dist.all.last;
  - the first names of every locale of the npm package @faker-js/faker
    10.6.0 (MIT), dumped to JSON by dump-faker.mjs beside this script.

Usage: given-names.py NAMES_DIR FAKER_JSON ENGLISH_WORDS > given-names.txt

A name is kept when it is written in Latin letters, is not an ordinary
English word ("Will", "Grant", "Rose": a capital alone must not make a
person) and is not more common as a US surname than as a first name
("Morgan", "Stanley": they must not make a firm a person).
"""
import json
import sys
import unicodedata


def census(path):
    freq = {}
    with open(path) as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2:
                freq[parts[0].capitalize()] = float(parts[1])
    return freq


def latin_name(name):
    if len(name) < 3 or not name[0].isupper() or not name[1:].islower():
        return False
    for ch in name:
        if ch in "-'":
            continue
        if not ch.isalpha() or "LATIN" not in unicodedata.name(ch, ""):
            return False
    return True


def main():
    names_dir, faker_json, english = sys.argv[1:4]
    first = census(f"{names_dir}/dist.male.first")
    for name, f in census(f"{names_dir}/dist.female.first").items():
        first[name] = max(f, first.get(name, 0.0))
    last = census(f"{names_dir}/dist.all.last")
    with open(english) as f:
        words = {w.strip() for w in f}
    with open(faker_json) as f:
        faker = json.load(f)
    candidates = set(first)
    for names in faker.values():
        candidates.update(n.strip() for n in names)
    kept = sorted(
        n
        for n in candidates
        if latin_name(n)
        and n.lower() not in words
        and last.get(n, 0.0) < max(first.get(n, 0.0), 0.001)
    )
    print("\n".join(kept))


if __name__ == "__main__":
    main()
