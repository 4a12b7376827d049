#!/usr/bin/env bash
# bench/extract.sh: how fast entity extraction runs, beside the whole build (issue 13).
#
#   bench/extract.sh            the real corpora in ../shared/corpora together, and a generated corpus
#   bench/extract.sh DIR...     these content folders (each a folder of articles) instead of the real ones
#
# Environment: RUNS (runs per measure, median kept; default 3), GEN_N (articles in the generated
# corpus, default 10000; 0 skips it), SEED (generator seed, default 7), DOSSIER_BIN (use this binary
# instead of `cargo build --release`), CORPORA (where the real corpora live).
#
# For each corpus it prints one row: articles; the wall time of `dossier entities` (load + extract,
# nothing written) and its articles/s; the analyse stage of `dossier build -v` (entities, topics,
# relations, key terms) and its articles/s; the whole build's wall time and articles/s; and the
# share of the whole build that extraction takes. Work files go under bench/work/ (git-ignored).
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH")"
WORK="$BENCH/work/extract"
RUNS="${RUNS:-3}"
GEN_N="${GEN_N:-10000}"
SEED="${SEED:-7}"
CORPORA="${CORPORA:-$ROOT/../shared/corpora}"
mkdir -p "$WORK/bin"

src="${DOSSIER_BIN:-}"
if [ -z "$src" ]; then
    (cd "$ROOT" && cargo build --release --quiet --bin dossier)
    src="$ROOT/target/release/dossier"
fi
cp "$src" "$WORK/bin/dossier.$$" && mv -f "$WORK/bin/dossier.$$" "$WORK/bin/dossier"
DOSSIER="$WORK/bin/dossier"

median() { sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
now() { date +%s.%N; }

# site NAME DIR...: a site folder whose seeds/ links every article of the given folders.
site() {
    local name="$1"; shift
    local s="$WORK/$name"
    rm -rf "$s"; mkdir -p "$s/seeds"
    printf 'title = "Extraction benchmark"\n' >"$s/site.toml"
    local d f
    for d in "$@"; do
        for f in "$d"/*; do
            [ -f "$f" ] && ln -s "$(cd "$(dirname "$f")" && pwd)/$(basename "$f")" "$s/seeds/$(basename "$d")-$(basename "$f")"
        done
    done
    echo "$s"
}

# measure NAME SITE: one row of the table.
measure() {
    local name="$1" s="$2" n i t0 t1
    n=$(find "$s/seeds/" -type f -o -type l | wc -l)
    local ents=() analyse=() whole=()
    for ((i = 0; i < RUNS; i++)); do
        t0=$(now); "$DOSSIER" entities --root "$s" -q --limit 1 >/dev/null; t1=$(now)
        ents+=("$(echo "$t1 - $t0" | bc -l)")
        rm -rf "$s/public"
        t0=$(now)
        local stage
        stage=$("$DOSSIER" build --root "$s" -v 2>&1 | awk '/finding entities/ {for (i = 1; i <= NF; i++) if ($i ~ /^[0-9.]+s$/) {sub("s$", "", $i); print $i; exit}}')
        t1=$(now)
        whole+=("$(echo "$t1 - $t0" | bc -l)")
        analyse+=("${stage:-0}")
    done
    rm -rf "$s/public"   # a large corpus's site takes gigabytes: not kept
    local e a w
    e=$(printf '%s\n' "${ents[@]}" | median)
    a=$(printf '%s\n' "${analyse[@]}" | median)
    w=$(printf '%s\n' "${whole[@]}" | median)
    awk -v name="$name" -v n="$n" -v e="$e" -v a="$a" -v w="$w" 'BEGIN {
        printf "| %-22s | %7d | %8.3f s | %9.0f/s | %8.3f s | %9.0f/s | %8.3f s | %7.0f/s | %5.1f%% |\n",
            name, n, e, n / e, a, (a > 0 ? n / a : 0), w, n / w, 100 * e / w }'
}

echo "| corpus                 | articles | entities cmd | articles/s | analyse stage | articles/s | whole build | articles/s | entities/build |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
if [ $# -gt 0 ]; then
    measure "given" "$(site given "$@")"
elif [ -d "$CORPORA" ]; then
    measure "real corpora together" "$(site real "$CORPORA"/*/articles)"
else
    echo "(no real corpora at $CORPORA: skipped)" >&2
fi
if [ "$GEN_N" -gt 0 ]; then
    gen_bin="$WORK/bin/gen_corpus"
    if [ ! -x "$gen_bin" ] || [ "$ROOT/examples/gen_corpus.rs" -nt "$gen_bin" ]; then
        rustc --edition 2021 -O "$ROOT/examples/gen_corpus.rs" -o "$gen_bin"
    fi
    g="$WORK/gen-$GEN_N"
    if [ ! -f "$g/.seed-$SEED" ]; then
        rm -rf "$g"; "$gen_bin" --n "$GEN_N" --seed "$SEED" --out "$g" >/dev/null; touch "$g/.seed-$SEED"
    fi
    rm -rf "$g/public"
    measure "generated ($GEN_N)" "$g"
fi
echo
echo "entities cmd: \`dossier entities\` wall time (load + extraction, median of $RUNS); analyse stage: as"
echo "printed by \`dossier build -v\`; whole build: \`dossier build\` wall time; last column: entities cmd / whole build."
