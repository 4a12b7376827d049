#!/usr/bin/env bash
# bench/corpus_compare.sh: the benchmark corpus against real news, side by side (issue 14, goal 5).
#
#   bench/corpus_compare.sh      real wikinews-2019-2021; the corpus bench/run.sh generates, at the
#                                same article count and at each of SIZES; the synthetic one
#
# Each corpus is built by the release binary as a site with only a title (the articles linked in
# as seeds/), one run, and measured by bench/corpus_compare.py: words per article, distinct words
# and their growth with N (Heaps' law), entity mentions and distinct entities per article (from
# data/entities.json), output kB and files per article by kind of output, build wall and CPU time.
# The generated corpora are bench/run.sh's (work/corpus-N, recombined from REAL with --from).
# Environment: REAL (default ../shared/corpora/wikinews-2019-2021/articles), SIZES (default
# "1000 10000"), SEED (default 7), DOSSIER_BIN, SYNTHETIC (1: also the template corpus at the
# real article count; default 1). Table printed and saved to work/compare/results.md.
set -euo pipefail
BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=bench/run.sh
source "$BENCH/run.sh"
REAL="${REAL:-$ROOT/../shared/corpora/wikinews-2019-2021/articles}"
SIZES="${SIZES:-1000 10000}"
if [ ! -d "$REAL" ]; then
    echo "note: no real corpus at $REAL (../shared absent?): nothing to compare with" >&2
    exit 0
fi
REAL="$(cd "$REAL" && pwd)"
OUT="$WORK/compare"
mkdir -p "$OUT"
need_time
dossier_bin

# stats NAME SEEDS_DIR: build SEEDS_DIR as a title-only site, then write $OUT/NAME.json.
stats() {
    local name="$1" seeds="$2" site slug
    slug="$(printf '%s' "$name" | tr -c 'a-zA-Z0-9' '-')"
    site="$(mktemp -d)"
    ln -s "$seeds" "$site/seeds"
    printf 'title = "Corpus comparison"\n' >"$site/site.toml"
    if ! /usr/bin/time -f "%e %U %S" -o "$OUT/$slug.time" "$DOSSIER" build --root "$site" --quiet \
        >"$OUT/$slug.log" 2>&1; then
        echo "build of $seeds failed: see $OUT/$slug.log" >&2
        rm -rf "$site"
        exit 1
    fi
    python3 "$BENCH/corpus_compare.py" stats "$name" "$seeds" "$site/public" \
        "$(tail -n 1 "$OUT/$slug.time")" >"$OUT/$slug.json"
    echo "  $name: built in $(tail -n 1 "$OUT/$slug.time") (wall user sys s)" >&2
    rm -rf "$site"
    JSONS+=("$OUT/$slug.json")
}

JSONS=()
n_real=$(find "$REAL" -type f \( -name '*.txt' -o -name '*.md' \) | wc -l)
stats "real: $(basename "$(dirname "$REAL")")" "$REAL"
GEN_FROM="$REAL" gen "$n_real"
stats "generated, $n_real" "$WORK/corpus-$n_real/seeds"
for n in $SIZES; do
    GEN_FROM="$REAL" gen "$n"
    stats "generated, $n" "$WORK/corpus-$n/seeds"
done
if [ "${SYNTHETIC:-1}" = 1 ]; then
    # bench/run.sh's cache holds one corpus per N: regenerated the next time it is asked for.
    GEN_FROM=none gen "$n_real"
    stats "synthetic templates, $n_real" "$WORK/corpus-$n_real/seeds"
fi
{
    echo "Seed $SEED; dossier $("$DOSSIER" --version 2>/dev/null | head -n 1); $(date -u +%Y-%m-%d)."
    echo
    python3 "$BENCH/corpus_compare.py" table "${JSONS[@]}"
} | tee "$OUT/results.md"
