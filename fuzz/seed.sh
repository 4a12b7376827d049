#!/usr/bin/env bash
# Builds the seed corpora in fuzz/corpus/<target>/ (gitignored) from the
# hand-written seeds in fuzz/seeds/ and a sample of the shared news corpora.
#
#   fuzz/seed.sh [CORPORA_DIR]
#
# CORPORA_DIR holds <name>/articles/*.txt; default: $DOSSIER_CORPORA, else the
# shared/ folder beside the repository (../shared/corpora). SEED_SAMPLE sets
# how many articles to take from each corpus (default 8). Files over 6 KB are
# skipped: small seeds fuzz faster. Re-running replaces fuzz/corpus/.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
corpora=${1:-${DOSSIER_CORPORA:-$repo/../shared/corpora}}
per=${SEED_SAMPLE:-8}
out=$here/corpus

if ! compgen -G "$corpora/*/articles/*.txt" >/dev/null; then
    echo "seed.sh: no articles under $corpora/*/articles (pass CORPORA_DIR)" >&2
    exit 1
fi

rm -rf "$out"
mkdir -p "$out"/{text_parser,markdown,gazetteer,article}

# Every article of a corpus under 6 KB, by name; then $per of them, evenly spaced.
sample() {
    local list n step i
    mapfile -t list < <(find "$1" -maxdepth 1 -name '*.txt' -size -6k | LC_ALL=C sort)
    n=${#list[@]}
    ((n > 0)) || return 0
    step=$(( n > per ? n / per : 1 ))
    for ((i = 0; i < n && i / step < per; i += step)); do
        printf '%s\n' "${list[i]}"
    done
}

articles=()
for dir in "$corpora"/*/articles; do
    mapfile -t -O "${#articles[@]}" articles < <(sample "$dir")
done

k=0
for f in "${articles[@]}"; do
    k=$((k + 1))
    name=$(printf 'c%03d' "$k")
    cp "$f" "$out/text_parser/$name.txt"
    cp "$f" "$out/article/$name.txt"
    # Markdown: the same article under front matter, its first line a heading
    # (every third one, to keep the corpus small).
    if ((k % 3 == 0)); then
        {
            printf -- '---\ntitle: "Seed %d"\ndate: 2021-03-04\nsource: Wikinews\ntags: [news, seed]\n---\n' "$k"
            awk 'NR == 1 && /^ *date [0-9-]+ *$/ { next } !h && NF { printf "# "; h = 1 } { print }' "$f"
        } >"$out/markdown/$name.md"
        cp "$out/markdown/$name.md" "$out/article/$name.md"
    fi
done

cp "$here"/seeds/text_parser/* "$out/text_parser/"
cp "$here"/seeds/text_parser/* "$out/article/"
cp "$here"/seeds/markdown/* "$out/markdown/"
cp "$here"/seeds/markdown/* "$out/article/"

# Gazetteer inputs are YAML, a NUL byte, then text to match (see src/lib.rs).
cp "$here"/seeds/gazetteer/* "$out/gazetteer/"
cp "$repo/gazetteer.yaml" "$out/gazetteer/site-gazetteer.yaml"
k=0
for y in "$here"/seeds/gazetteer/*.yaml "$repo/gazetteer.yaml"; do
    for f in "${articles[@]:$((k * 3)):2}"; do
        k=$((k + 1))
        { cat "$y"; printf '\0'; cat "$f"; } >"$out/gazetteer/$(printf 'g%03d' "$k").bin"
    done
done
# The sample site's articles with its gazetteer, as the build pairs them.
for f in $(LC_ALL=C ls "$repo"/seeds/*.txt 2>/dev/null | head -n 4); do
    k=$((k + 1))
    { cat "$repo/gazetteer.yaml"; printf '\0'; cat "$f"; } >"$out/gazetteer/$(printf 'g%03d' "$k").bin"
done

for t in text_parser markdown gazetteer article; do
    printf '%-12s %3d seeds in %s\n' "$t" "$(ls "$out/$t" | wc -l)" "${out#"$repo"/}/$t"
done
