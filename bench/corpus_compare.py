#!/usr/bin/env python3
"""bench/corpus_compare.py: figures of built corpora, side by side (issue 14, goal 5).

    corpus_compare.py stats NAME SEEDS_DIR PUBLIC_DIR "WALL USER SYS" > NAME.json
    corpus_compare.py table REAL.json GEN.json [MORE.json ...]

`stats` measures one corpus: words per article, distinct words (vocabulary) and how it grows
with the number of articles (Heaps' law, V = K * T^beta over T running words), entity names per
article and distinct entities (from the built site's data/entities.json), output bytes and
files per article by kind, and the build's wall and CPU (user + system) time. `table` prints Markdown: the first file is
the reference (real news), the second is compared with it (ratio, within 25%?), the rest are
further columns. Standard library only.
"""
import json
import math
import os
import re
import sys

WORD = re.compile(r"[^\W\d_]+")
CHECKPOINTS = (25, 50, 100, 200, 300, 500, 1000, 2000, 3000, 5000, 10000, 30000)


def body(path):
    """The article text of a seeds file: front matter and the date marker left out."""
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    if text.startswith("---\n"):
        end = text.find("\n---", 4)
        title = re.search(r"^title:\s*(.*)$", text[:end], re.M)
        text = (title.group(1).strip('"') + "\n" if title else "") + text[end + 4:]
    return re.sub(r"^\s*date \S+", "", text, count=1)


def text_stats(seeds):
    files = sorted(
        os.path.join(root, f)
        for root, _, fs in os.walk(seeds, followlinks=True)
        for f in fs
        if f.endswith((".txt", ".md"))
    )
    vocab, words, curve = set(), 0, []
    for i, path in enumerate(files, 1):
        text = body(path)
        words += len(text.split())
        vocab.update(w.lower() for w in WORD.findall(text))
        if i in CHECKPOINTS or i == len(files):
            curve.append((i, words, len(vocab)))
    # Heaps' law fitted on the checkpoints from 25 articles on: log V = log K + beta log T.
    pts = [(math.log(t), math.log(v)) for n, t, v in curve if n >= 25]
    beta = k = None
    if len(pts) >= 2:
        mx = sum(x for x, _ in pts) / len(pts)
        my = sum(y for _, y in pts) / len(pts)
        beta = sum((x - mx) * (y - my) for x, y in pts) / sum((x - mx) ** 2 for x, _ in pts)
        k = math.exp(my - beta * mx)
    return {
        "articles": len(files),
        "words": words,
        "vocabulary": len(vocab),
        "curve": curve,
        "heaps_beta": beta,
        "heaps_k": k,
    }


def kind(rel):
    top = rel.split("/", 1)[0] if "/" in rel else ""
    if top in ("articles", "entities", "relations", "topics", "search", "data", "static"):
        return top
    return "search" if rel == "search_index.js" else "site pages"


def site_stats(public):
    kinds = {}
    for root, _, files in os.walk(public):
        for f in files:
            path = os.path.join(root, f)
            k = kind(os.path.relpath(path, public))
            n, b = kinds.get(k, (0, 0))
            kinds[k] = (n + 1, b + os.path.getsize(path))
    with open(os.path.join(public, "data", "entities.json"), encoding="utf-8") as f:
        entities = json.load(f)
    return {
        "kinds": kinds,
        "bytes": sum(b for _, b in kinds.values()),
        "files": sum(n for n, _ in kinds.values()),
        "entities": len(entities),
        "entity_pages": sum(1 for e in entities if e.get("url")),
        "mentions": sum(e.get("mentions", 0) for e in entities),
        "entity_article_pairs": sum(len(e.get("articles", [])) for e in entities),
    }


def stats(name, seeds, public, times):
    wall, user, system = (float(x) for x in times.split())
    s = {"name": name, **text_stats(seeds), **site_stats(public), "build_s": wall,
         "build_cpu_s": user + system}
    json.dump(s, sys.stdout)
    print()


def rows(s):
    """(label, value, format) for one corpus; value None when not measured."""
    n = s["articles"] or 1
    per = lambda x: x / n  # noqa: E731
    return [
        ("articles", s["articles"], "{:,.0f}"),
        ("words per article", per(s["words"]), "{:,.0f}"),
        ("distinct words (vocabulary)", s["vocabulary"], "{:,.0f}"),
        ("Heaps' beta (V = K·T^beta, T = running words)", s["heaps_beta"], "{:.3f}"),
        ("entity mentions per article", per(s["mentions"]), "{:.1f}"),
        ("distinct entities per article (entity, article pairs / articles)",
         per(s["entity_article_pairs"]), "{:.1f}"),
        ("distinct entities", s["entities"], "{:,.0f}"),
        ("distinct entities / articles", per(s["entities"]), "{:.2f}"),
        ("entity pages / articles", per(s["entity_pages"]), "{:.2f}"),
        ("output kB per article", per(s["bytes"]) / 1e3, "{:.1f}"),
        ("output files per article", per(s["files"]), "{:.2f}"),
        ("build wall ms per article (one run)", 1e3 * per(s["build_s"]), "{:.1f}"),
        ("build CPU ms per article (user + sys, one run)", 1e3 * per(s["build_cpu_s"]), "{:.1f}"),
    ]


def heaps_at(s, articles):
    """Vocabulary the fitted Heaps' law of `s` predicts at `articles` articles."""
    t = s["words"] / s["articles"] * articles
    return s["heaps_k"] * t ** s["heaps_beta"]


def table(paths):
    cs = []
    for p in paths:
        with open(p, encoding="utf-8") as f:
            cs.append(json.load(f))
    ref, gen, more = cs[0], cs[1], cs[2:]
    head = f"| metric | {ref['name']} | {gen['name']} | ratio | within 25% |"
    head += "".join(f" {m['name']} |" for m in more)
    print(head)
    print("|---|---:|---:|---:|:---:|" + "---:|" * len(more))
    compared = {"words per article", "distinct words (vocabulary)", "entity mentions per article",
                "distinct entities per article (entity, article pairs / articles)",
                "distinct entities", "output kB per article", "output files per article"}
    for (label, a, fmt), (_, b, _), *others in zip(*(rows(c) for c in cs)):
        line = f"| {label} | {fmt.format(a) if a is not None else '–'} | "
        line += f"{fmt.format(b) if b is not None else '–'} | "
        if a and b is not None and label != "articles":
            r = b / a
            ok = ("yes" if abs(r - 1) <= 0.25 else "**no**") if label in compared else ""
            line += f"{r:.2f} | {ok} |"
        else:
            line += " | |"
        line += "".join(f" {fmt.format(o[1]) if o[1] is not None else '–'} |" for o in others)
        print(line)
    # Heaps: what the real corpus's fitted law predicts at each size, against what was generated.
    print()
    print("| vocabulary at N articles | " + " | ".join(
        f"{c['name']}" for c in cs) + f" | {ref['name']}, Heaps' law extrapolated |")
    print("|---:|" + "---:|" * (len(cs) + 1))
    sizes = sorted({n for c in cs for n, _, _ in c["curve"]})
    for n in sizes:
        vals = []
        for c in cs:
            v = next((v for m, _, v in c["curve"] if m == n), None)
            vals.append(f"{v:,}" if v is not None else "")
        print(f"| {n:,} | " + " | ".join(vals) + f" | {heaps_at(ref, n):,.0f} |")
    # Bytes by kind of output, per article.
    print()
    print("| kB per article by output | " + " | ".join(c["name"] for c in cs) + " |")
    print("|---|" + "---:|" * len(cs))
    kinds = sorted({k for c in cs for k in c["kinds"]}, key=lambda k: -ref["kinds"].get(k, (0, 0))[1])
    for k in kinds:
        cells = []
        for c in cs:
            n, b = c["kinds"].get(k, (0, 0))
            cells.append(f"{b / 1e3 / c['articles']:.1f} ({n / c['articles']:.2f} files)")
        print(f"| {k} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    if len(sys.argv) == 6 and sys.argv[1] == "stats":
        stats(*sys.argv[2:])
    elif len(sys.argv) >= 4 and sys.argv[1] == "table":
        table(sys.argv[2:])
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
