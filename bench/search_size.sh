#!/usr/bin/env bash
# bench/search_size.sh N: what search costs a reader, dossier against Pagefind, for N articles.
#
# Uses bench/run.sh's corpus (bench/work/corpus-N, generated if missing) and builds it with
# dossier once. Then reports:
#   - dossier: bytes of every search file it writes (search_index.js, any files under search/),
#     raw and gzipped (gzip -9, each file on its own), and the bytes a first query costs:
#     search.html + every script search.html loads (site.js, elasticlunr, search_index.js,
#     search.js), gzipped. The whole index loads before the first query.
#   - Pagefind (PyPI package `pagefind_bin`, installed into bench/.venv), run over dossier's
#     output, indexing every HTML page (dossier's index also holds entity, topic and relation
#     pages, not only articles), written to bench/work/pagefind-N (dossier's output untouched):
#     total index bytes on disk (index and fragment files are already gzip-compressed;
#     the total includes its UI bundles, which a site may not serve), and an APPROXIMATION of a first
#     query's transfer: pagefind.js and pagefind-worker.js if present (gzipped) + the wasm +
#     pagefind-entry.json + the metadata file + one index chunk (median size; a one-word query
#     loads one chunk) + 5 result fragments (median size; Pagefind loads fragments only for
#     the results shown). Pagefind's UI bundle (pagefind-ui.js/css) is not counted.
set -euo pipefail
n="${1:-}"
case "$n" in '' | *[!0-9]*) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;; esac

# shellcheck source=bench/run.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/run.sh"
gen "$n"
dossier_bin
site="$WORK/corpus-$n/public"
"$DOSSIER" build --root "$WORK/corpus-$n" --quiet >"$WORK/logs/search-dossier-$n.log" 2>&1

gz() { gzip -9 -c "$1" | wc -c; }
sum_raw() { local t=0 f; for f in "$@"; do t=$((t + $(stat -c %s "$f"))); done; echo "$t"; }
sum_gz() { local t=0 f; for f in "$@"; do t=$((t + $(gz "$f"))); done; echo "$t"; }
kb() { awk -v b="$1" 'BEGIN {printf "%.0f KB", b / 1024}'; }

mapfile -t index_files < <(cd "$site" && { ls search_index.js 2>/dev/null; find search -type f 2>/dev/null; } | sort)
[ "${#index_files[@]}" -gt 0 ] || { echo "no search index in $site" >&2; exit 1; }
mapfile -t page_files < <(cd "$site" && { echo search.html; grep -o 'src="[^"]*"' search.html | sed 's/^src="//; s/"$//'; } | sort -u)
d_raw=$(cd "$site" && sum_raw "${index_files[@]}")
d_gz=$(cd "$site" && sum_gz "${index_files[@]}")
d_first=$(cd "$site" && sum_gz "${page_files[@]}")

# Pagefind
[ -x "$BENCH/.venv/bin/python" ] || python3 -m venv "$BENCH/.venv"
"$BENCH/.venv/bin/python" -c 'import pagefind_bin' 2>/dev/null || "$BENCH/.venv/bin/pip" install --quiet pagefind_bin
PAGEFIND="$("$BENCH/.venv/bin/python" -c 'import pagefind_bin, os; print(os.path.join(list(pagefind_bin.__path__)[0], "pagefind"))')"
pf="$WORK/pagefind-$n"
rm -rf "$pf"
need_time
/usr/bin/time -f "%e %U %S %M" -o "$WORK/logs/pagefind-$n.time" \
    "$PAGEFIND" --site "$site" --output-path "$pf" >"$WORK/logs/pagefind-$n.log" 2>&1 ||
    { tail -n 20 "$WORK/logs/pagefind-$n.log" >&2; exit 1; }
read -r pw pu ps pm <"$WORK/logs/pagefind-$n.time"
pages=$(grep -o 'Indexed [0-9]* pages' "$WORK/logs/pagefind-$n.log" | head -n 1 || true)
p_total=$(find "$pf" -type f -printf '%s\n' | awk '{s += $1} END {print s + 0}')
med() { find "$pf" -type f -path "$1" -printf '%s\n' | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)] + 0}'; }
wasm=$(find "$pf" -maxdepth 1 -name 'wasm.en.pagefind' -printf '%s\n' | head -n 1)
[ -n "$wasm" ] || wasm=$(find "$pf" -maxdepth 1 -name 'wasm.*.pagefind' -printf '%s\n' | head -n 1)
meta=$(find "$pf" -path '*pf_meta*' -type f -printf '%s\n' | awk '{s += $1} END {print s + 0}')
worker=0
[ -f "$pf/pagefind-worker.js" ] && worker=$(gz "$pf/pagefind-worker.js")
p_first=$(($(gz "$pf/pagefind.js") + worker + wasm + $(gz "$pf/pagefind-entry.json") + meta + $(med '*index*') + 5 * $(med '*fragment*')))

echo "| $n articles | index files | index raw | index gzipped | first query transfer (gzipped) | build |"
echo "|---|---:|---:|---:|---:|---|"
docs=$(python3 -c 'import json, sys; s = open(sys.argv[1]).read(); print(len(json.loads(s[s.index("=") + 1:].rstrip().rstrip(";"))["docs"]))' "$site/search_index.js" 2>/dev/null || echo '?')
echo "| dossier (elasticlunr, \`search_index.js\`, $docs documents) | ${#index_files[@]} | $(kb "$d_raw") | $(kb "$d_gz") | $(kb "$d_first") | part of the build |"
echo "| Pagefind $("$PAGEFIND" --version | awk '{print $2}') (${pages:-?}) | $(find "$pf" -type f | wc -l) | $(kb "$p_total") | (already compressed) | ~$(kb "$p_first") (approx.) | ${pw}s wall, $(awk -v m="$pm" 'BEGIN {printf "%.0f", m / 1024}') MB RSS |"
