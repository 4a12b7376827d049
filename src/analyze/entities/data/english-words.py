#!/usr/bin/env python3
"""Regenerates english-words.txt (see english-words.README) from the SCOWL
word lists Debian packages as wamerican-small, wbritish-small (size 35),
wamerican and wbritish (size 50), unpacked into DICT_DIR.

Every lower-case entry of size 35 is kept. Of the entries size 50 adds,
those that are also written with a capital in the lists ("john", "chad",
"amazon") or that are given names or surnames ("tony", "bates") are left
out: a capital must still make such a word a name.

Usage: english-words.py DICT_DIR GIVEN_NAMES SURNAMES > english-words.txt
"""
import sys


def entries(path):
    with open(path, encoding="utf-8") as f:
        return [w.strip() for w in f if w.strip()]


def lower_entries(words):
    return {w for w in words if "'" not in w and "a" <= w[:1] <= "z"}


def main():
    dict_dir, given, surnames = sys.argv[1:4]
    small = lower_entries(
        entries(f"{dict_dir}/american-english-small")
        + entries(f"{dict_dir}/british-english-small")
    )
    medium_all = entries(f"{dict_dir}/american-english") + entries(
        f"{dict_dir}/british-english"
    )
    capitalised = {w.lower() for w in medium_all if w[:1].isupper()}
    names = {w.lower() for w in entries(given) + entries(surnames)}
    medium = {
        w
        for w in lower_entries(medium_all) - small
        if w not in capitalised and w not in names
    }
    out = sorted(small | medium, key=lambda w: w.encode("utf-8"))
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
