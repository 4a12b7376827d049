#!/usr/bin/env bash
# bench/stress.sh: dossier on real corpora, laced corpora and a pathological 5 MB article.
#
#   bench/stress.sh           every case below; exits 1 if any case failed
#   SEEDS="1" bench/stress.sh one hazard seed per corpus (quicker while iterating)
#
# Cases, each built once in its own scratch site (site.toml with only `title = "Stress"`,
# articles in seeds/) under a temporary folder; nothing is written into the repo or ../shared:
#   CORPUS              ../shared/corpora/CORPUS/articles as is;
#   CORPUS+hazards-N    the same, laced by ../shared/tools/inject_hazards.py --seed N (each seed
#                       in SEEDS);
#   all-corpora         every corpus together (one subfolder each), as is;
#   names-5mb           the repo's seeds/ beside a generated ~5 MB .txt article: one paragraph of
#                       3,000 made-up two-part names joined by "said", "met", "of the",
#                       "University of"… and now and then a "quoted words" said, no full stop.
# A case fails on: a non-zero exit, "panicked" in the log, wall time over its budget, or peak
# RSS over its budget. Every build runs under `timeout` at TIMEOUT_FACTOR x its time budget; the
# names case also under `ulimit -v` (NAMES_VMEM_MB), so a runaway allocation dies early.
#
# Environment (defaults in brackets):
#   SEEDS ["1 2 3"]                 inject_hazards.py seeds; "" builds the corpora as is only
#   CORPUS_TIME_BUDGET [60] s       CORPUS_MEM_BUDGET [1024] MB     each corpus case
#   ALL_TIME_BUDGET [corpus] s      ALL_MEM_BUDGET [corpus] MB      all-corpora case
#   NAMES_TIME_BUDGET [10] s        NAMES_MEM_BUDGET [500] MB       names-5mb case
#   NAMES_MB [5]                    size of the generated article
#   NAMES_VMEM_MB [4096]            ulimit -v of the names case (0: none)
#   TIMEOUT_FACTOR [3]              kill a build at this many times its time budget
#   ONLY [all]                      extended regex: run only the cases whose name matches
#   DOSSIER_BIN                     use this binary instead of `cargo build --release`
#   SHARED [repo/../shared]         where corpora/ and tools/inject_hazards.py are
#   KEEP [0]                        1: keep the scratch folder (sites, outputs, logs)
#   TIME_BIN [/usr/bin/time]        GNU time; if missing, python3 (resource.getrusage) measures
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH")"
SHARED="${SHARED:-$ROOT/../shared}"
SEEDS="${SEEDS-1 2 3}"
CORPUS_TIME_BUDGET="${CORPUS_TIME_BUDGET:-60}"
CORPUS_MEM_BUDGET="${CORPUS_MEM_BUDGET:-1024}"
ALL_TIME_BUDGET="${ALL_TIME_BUDGET:-$CORPUS_TIME_BUDGET}"
ALL_MEM_BUDGET="${ALL_MEM_BUDGET:-$CORPUS_MEM_BUDGET}"
NAMES_TIME_BUDGET="${NAMES_TIME_BUDGET:-10}"
NAMES_MEM_BUDGET="${NAMES_MEM_BUDGET:-500}"
NAMES_MB="${NAMES_MB:-5}"
NAMES_VMEM_MB="${NAMES_VMEM_MB:-4096}"
TIMEOUT_FACTOR="${TIMEOUT_FACTOR:-3}"
ONLY="${ONLY:-}"
KEEP="${KEEP:-0}"
TIME_BIN="${TIME_BIN:-/usr/bin/time}"

case "${1:-}" in
    '') ;;
    *) sed -n '2,32p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac

if ! compgen -G "$SHARED/corpora/*/articles" >/dev/null; then
    echo "stress.sh: no corpora in $SHARED/corpora/*/articles; nothing to do" >&2
    exit 0
fi
HAZARDS="$SHARED/tools/inject_hazards.py"
if [ -n "$SEEDS" ] && [ ! -f "$HAZARDS" ]; then
    echo "stress.sh: $HAZARDS missing; laced cases skipped" >&2
    SEEDS=""
fi

TMP="$(mktemp -d "${TMPDIR:-/tmp}/dossier-stress.XXXXXX")"
FAILED=0
cleanup() {
    if [ "$KEEP" = 1 ]; then
        echo "scratch kept: $TMP" >&2
    elif [ "$FAILED" != 0 ] && [ -d "$TMP/logs" ]; then
        find "$TMP" -mindepth 1 -maxdepth 1 ! -name logs -exec rm -rf {} +
        echo "logs kept: $TMP/logs" >&2
    else
        rm -rf "$TMP"
    fi
}
trap cleanup EXIT
trap 'FAILED=1; exit 130' INT TERM
mkdir -p "$TMP/logs" "$TMP/bin"

# The binary: built once, copied so that a concurrent `cargo build` cannot swap it mid-run.
src="${DOSSIER_BIN:-}"
if [ -z "$src" ]; then
    echo "cargo build --release" >&2
    (cd "$ROOT" && cargo build --release --quiet --bin dossier)
    src="$ROOT/target/release/dossier"
fi
cp "$src" "$TMP/bin/dossier"
DOSSIER="$TMP/bin/dossier"

if [ -x "$TIME_BIN" ]; then
    MEASURE="GNU time"
else
    MEASURE="python3 resource.getrusage"
    echo "stress.sh: $TIME_BIN missing; measuring with python3 resource.getrusage" >&2
fi

# measured TIMEFILE CMD...: runs CMD, writes "wall-seconds maxrss-KB" as the last line of TIMEFILE,
# returns CMD's exit status (128+N when killed by signal N).
measured() {
    local tf="$1"; shift
    if [ -x "$TIME_BIN" ]; then
        "$TIME_BIN" -f "%e %M" -o "$tf" "$@"
    else
        python3 - "$tf" "$@" <<'EOF'
import resource, subprocess, sys, time
start = time.monotonic()
rc = subprocess.run(sys.argv[2:]).returncode
wall = time.monotonic() - start
kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KB on Linux
with open(sys.argv[1], "w") as f:
    f.write(f"{wall:.2f} {kb}\n")
sys.exit(rc if rc >= 0 else 128 - rc)
EOF
    fi
}

want() { [ -z "$ONLY" ] || [[ "$1" =~ $ONLY ]]; }

new_site() {
    local site="$TMP/sites/$1"
    rm -rf "$site"
    mkdir -p "$site/seeds"
    printf 'title = "Stress"\n' >"$site/site.toml"
    echo "$site"
}

# names_article FILE MB: one paragraph of made-up names, no sentence punctuation.
names_article() {
    python3 - "$1" "$2" <<'EOF'
import random, sys
out, mb = sys.argv[1], float(sys.argv[2])
rng = random.Random(5)
onsets = ["B", "D", "F", "G", "H", "K", "L", "M", "N", "P", "R", "S", "T", "V", "Z", "Br", "Ch",
          "Dr", "Gr", "Kh", "Pr", "Sh", "St", "Tr"]
vowels = ["a", "e", "i", "o", "u", "ai", "ei", "ou", "ia"]
codas = ["", "", "n", "r", "l", "s", "k", "m", "v", "sh", "nd", "rt"]
def word(lo, hi):
    return "".join(rng.choice(onsets).lower() + rng.choice(vowels) + rng.choice(codas)
                   for _ in range(rng.randint(lo, hi))).capitalize()
names = set()
while len(names) < 3000:
    names.add(word(1, 2) + " " + word(2, 3))
names = sorted(names)
rng.shuffle(names)
joins = ["said", "met", "told", "and", "with", "of the", "President", "Minister", "University of",
         "met President", "told Minister", "said University of", "and the", "with the"]
words = ["talks", "progress", "never again", "we will not leave", "the harbour", "strong ties",
         "our people", "a good day", "no comment", "in the spring"]
target = int(mb * 1_000_000)
parts, size, i = [], 0, 0
while size < target:
    name = names[i % len(names)]
    i += 1
    if i % 37 == 0:
        piece = '"' + " ".join(rng.sample(words, 3)) + '" said ' + name
    else:
        piece = name + " " + rng.choice(joins)
    parts.append(piece)
    size += len(piece) + 1
open(out, "w", encoding="utf-8").write(" ".join(parts) + " " + names[0] + "\n")
EOF
}

ROWS=()
NOTES=()

# run_case NAME SITE TIME_BUDGET MEM_BUDGET_MB [VMEM_MB]: builds SITE, judges it, adds a row.
run_case() {
    local name="$1" site="$2" tb="$3" mb="$4" vmem="${5:-0}"
    local log="$TMP/logs/$name.log" tf="$TMP/logs/$name.time"
    local limit articles rc wall kb peak warn out reasons=()
    limit=$(awk -v t="$tb" -v f="$TIMEOUT_FACTOR" 'BEGIN {printf "%d", t * f + 0.999}')
    articles=$(find "$site/seeds" -type f | wc -l)
    echo "  $name: $articles article(s), budget ${tb}s / ${mb} MB, killed at ${limit}s" >&2
    : >"$tf"
    set +e
    (
        if [ "$vmem" != 0 ]; then ulimit -v $((vmem * 1024)); fi
        measured "$tf" timeout -k 5 "$limit" "$DOSSIER" build --root "$site"
    ) >"$log" 2>&1
    rc=$?
    set -e
    read -r wall kb < <(tail -n 1 "$tf" 2>/dev/null || true)
    [[ "${wall:-}" =~ ^[0-9.]+$ ]] || wall=""
    [[ "${kb:-}" =~ ^[0-9]+$ ]] || kb=""
    peak=$([ -n "$kb" ] && awk -v k="$kb" 'BEGIN {printf "%.0f", k / 1024}' || echo "-")
    warn=$(grep -oE 'with [0-9]+ warning\(s\)' "$log" | tail -n 1 | grep -oE '[0-9]+' || true)
    if [ -d "$site/public" ]; then
        out=$(find "$site/public" -type f -printf '%s\n' | awk '{s += $1} END {printf "%.1f", s / 1e6}')
    else
        out="-"
    fi

    local panics
    panics=$(grep -c 'panicked' "$log" || true)
    case "$rc" in
        0) ;;
        124) reasons+=("killed by timeout at ${limit}s") ;;
        137) reasons+=("killed (SIGKILL) at ${limit}s+5s") ;;
        134) reasons+=("aborted (exit 134)$([ "$vmem" != 0 ] && grep -q 'memory allocation' "$log" && echo ": allocation failed under ulimit -v ${vmem} MB")") ;;
        *) reasons+=("exit $rc") ;;
    esac
    [ "$panics" = 0 ] || reasons+=("panicked ($panics)")
    if [ -n "$wall" ] && awk -v w="$wall" -v b="$tb" 'BEGIN {exit !(w > b)}'; then
        reasons+=("wall ${wall}s > ${tb}s")
    fi
    if [ -n "$kb" ] && awk -v k="$kb" -v b="$mb" 'BEGIN {exit !(k / 1024 > b)}'; then
        reasons+=("peak ${peak} MB > ${mb} MB")
    fi
    [ -n "$wall" ] || reasons+=("not measured")

    local verdict="PASS"
    if [ "${#reasons[@]}" -gt 0 ]; then
        verdict="FAIL: $(IFS=';'; echo "${reasons[*]}" | sed 's/;/; /g')"
        FAILED=1
        local first
        if [ "$panics" != 0 ]; then  # "thread … panicked at FILE:LINE:COL:" and the message after it
            first=$(grep -m 1 -A 1 'panicked' "$log" | sed 's/^thread .* panicked at //' | tr '\n' ' ')
        else
            first=$(grep -m 1 -iE 'error|memory allocation' "$log" || tail -n 1 "$log" || true)
        fi
        [ -n "$first" ] || first="(nothing in the log)"
        NOTES+=("$name: ${first:0:240}")
    fi
    ROWS+=("$(printf '| %s | %s | %s | %s | %s | %s | %s | %s |' \
        "$name" "$articles" "$rc" "${wall:--}" "$peak" "${warn:--}" "$out" "$verdict")")
    echo "    -> rc $rc, ${wall:--}s, ${peak} MB, ${warn:--} warning(s): $verdict" >&2
    [ "$KEEP" = 1 ] || rm -rf "$site"
}

echo "dossier: $("$DOSSIER" --version 2>/dev/null || echo "?") | measured with $MEASURE | $(nproc) cores" >&2

CORPORA=()
for dir in "$SHARED"/corpora/*/articles; do
    CORPORA+=("$(basename "$(dirname "$dir")")")
done

for c in "${CORPORA[@]}"; do
    src_dir="$SHARED/corpora/$c/articles"
    if want "$c"; then
        site=$(new_site "$c")
        cp -r "$src_dir/." "$site/seeds/"
        run_case "$c" "$site" "$CORPUS_TIME_BUDGET" "$CORPUS_MEM_BUDGET"
    fi
    for seed in $SEEDS; do
        name="$c+hazards-$seed"
        want "$name" || continue
        site=$(new_site "$name")
        python3 "$HAZARDS" "$src_dir" "$site/seeds" --seed "$seed"
        run_case "$name" "$site" "$CORPUS_TIME_BUDGET" "$CORPUS_MEM_BUDGET"
    done
done

if want all-corpora; then
    site=$(new_site all-corpora)
    for c in "${CORPORA[@]}"; do
        mkdir -p "$site/seeds/$c"
        cp -r "$SHARED/corpora/$c/articles/." "$site/seeds/$c/"
    done
    run_case all-corpora "$site" "$ALL_TIME_BUDGET" "$ALL_MEM_BUDGET"
fi

names_case="names-${NAMES_MB}mb"
if want "$names_case"; then
    site=$(new_site "$names_case")
    cp -r "$ROOT/seeds/." "$site/seeds/"
    names_article "$site/seeds/names.txt" "$NAMES_MB"
    run_case "$names_case" "$site" "$NAMES_TIME_BUDGET" "$NAMES_MEM_BUDGET" "$NAMES_VMEM_MB"
fi

echo
echo "| case | articles | exit | wall s | peak MB | warnings | output MB | result |"
echo "|---|---:|---:|---:|---:|---:|---:|---|"
printf '%s\n' "${ROWS[@]}"
if [ "${#NOTES[@]}" -gt 0 ]; then
    echo
    echo "First panic (where, message) or error of each failed case:"
    printf '  %s\n' "${NOTES[@]}"
fi
exit "$FAILED"
