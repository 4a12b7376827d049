#!/usr/bin/env python3
"""Regenerates surnames.txt (see surnames.README): the most common US
surnames of the US Census Bureau's 1990 name frequency file dist.all.last
(public domain), as shipped in the PyPI package `names` 0.3.0 (MIT), less
ordinary English words ("Baker", "Young": a capital alone must not make a
person).

Usage: surnames.py NAMES_DIR ENGLISH_WORDS [COUNT] > surnames.txt
       surnames.py --words NAMES_DIR ENGLISH_WORDS [COUNT] > word-surnames.txt

With --words, the opposite: the common surnames that are ordinary English
words ("Woods", "Ford"), which only a name's shape may show to be surnames.
"""
import sys


def main():
    args = sys.argv[1:]
    words_only = args[:1] == ["--words"]
    if words_only:
        args = args[1:]
    names_dir, english = args[:2]
    count = int(args[2]) if len(args) > 2 else 15000
    with open(english) as f:
        words = {w.strip() for w in f}
    kept = []
    with open(f"{names_dir}/dist.all.last") as f:
        for rank, line in enumerate(f):
            if rank >= count:
                break
            name = line.split()[0].capitalize()
            if name.isalpha() and len(name) > 2 and (name.lower() in words) == words_only:
                kept.append(name)
    print("\n".join(sorted(kept)))


if __name__ == "__main__":
    main()
