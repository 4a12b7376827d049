#!/usr/bin/env bash
# bench/output.sh [DIR…]: what a built site weighs, per kind of output and per article (issue 14).
#
# Builds each content folder DIR with the release binary into a temp site and prints, per kind of
# output (article pages, entity pages, relation and topic pages, search index, data exports,
# static assets, site pages), its files and bytes, per article. Default: every article folder of
# ../shared/corpora (real, openly licensed news) built together as one site, then the synthetic
# corpus of bench/run.sh (N=$N, default 1000) for comparison. Goal: ≤ 30 kB and ≤ 5 files per
# article. Environment: DOSSIER_BIN (use this binary), N, SEED (synthetic corpus).
set -euo pipefail
BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=bench/run.sh
source "$BENCH/run.sh"
N="${N:-1000}"
dossier_bin

# weigh NAME CONTENT_DIR: build CONTENT_DIR (a folder of articles) and print the table.
weigh() {
    local name="$1" content="$2" site log
    site="$(mktemp -d)"
    log="$WORK/logs/output-$(printf '%s' "$name" | tr -c 'a-zA-Z0-9' '-').log"
    ln -s "$content" "$site/seeds"
    printf 'title = "Output benchmark"\n' >"$site/site.toml"
    "$DOSSIER" build --root "$site" --quiet >"$log" 2>&1 || {
        echo "build of $content failed: see $log" >&2
        return 1
    }
    python3 - "$site/public" "$name" <<'PY'
import os, sys
out, name = sys.argv[1], sys.argv[2]
kinds = {}
def kind(rel):
    top = rel.split("/", 1)[0] if "/" in rel else ""
    if top in ("articles", "entities", "relations", "topics", "search", "data", "static"):
        return top
    if rel == "search_index.js":
        return "search"
    return "site pages"
for root, _, files in os.walk(out):
    for f in files:
        path = os.path.join(root, f)
        k = kind(os.path.relpath(path, out))
        n, b = kinds.get(k, (0, 0))
        kinds[k] = (n + 1, b + os.path.getsize(path))
articles = kinds.get("articles", (0, 0))[0] or 1
print(f"\n{name}: {articles} articles")
print(f"| output | files | MB | files / article | kB / article |")
print(f"|---|---:|---:|---:|---:|")
tf = tb = 0
for k, (n, b) in sorted(kinds.items(), key=lambda kv: -kv[1][1]):
    tf += n; tb += b
    print(f"| {k} | {n:,} | {b/1e6:.2f} | {n/articles:.2f} | {b/1e3/articles:.1f} |")
print(f"| **total** | {tf:,} | {tb/1e6:.2f} | {tf/articles:.2f} | {tb/1e3/articles:.1f} |")
print(f"{tb:,} bytes in all: {tb/articles:,.0f} bytes per article")
PY
    rm -rf "$site"
}

if [ $# -gt 0 ]; then
    for dir in "$@"; do weigh "$(basename "$dir")" "$(cd "$dir" && pwd)"; done
    exit 0
fi
if real="$(real_news)"; then
    weigh "real news (../shared/corpora, all sets)" "$real"
    rm -rf "$real"
else
    echo "note: ../shared/corpora is absent; real-news figures skipped" >&2
fi
gen "$N"
weigh "synthetic corpus (gen_corpus, N=$N, seed $SEED)" "$WORK/corpus-$N/seeds"
