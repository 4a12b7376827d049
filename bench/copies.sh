#!/usr/bin/env bash
# bench/copies.sh: what folding copies costs, and whether it folds what it should.
#
#   bench/copies.sh [N]        N synthetic articles (default 3000)
#
# Generates N articles with examples/gen_corpus.rs, then adds copies: every tenth article again,
# word for word, under again/ (an exact copy), and every tenth (offset five) under syndicated/
# with a closing paragraph of its own (a near copy). Builds the site with
# `[copies] fold = true` and `fold = false`, RUNS times each, and prints the build summary, the
# median wall time and peak RSS of each. Expected: N/10 exact and N/10 near copies folded, and
# nothing else (a fold among the generated originals would be a false copy).
#
# Environment: RUNS [3], SEED [7], DOSSIER_BIN (this binary instead of `cargo build --release`),
# TIME_BIN [/usr/bin/time]. Everything goes to a temporary folder, removed at the end.
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH")"
N="${1:-3000}"
RUNS="${RUNS:-3}"
SEED="${SEED:-7}"
TIME_BIN="${TIME_BIN:-/usr/bin/time}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

DOSSIER="${DOSSIER_BIN:-}"
if [ -z "$DOSSIER" ]; then
    (cd "$ROOT" && cargo build --release --quiet --bin dossier)
    DOSSIER="$ROOT/target/release/dossier"
fi
rustc --edition 2021 -O "$ROOT/examples/gen_corpus.rs" -o "$WORK/gen_corpus"
"$WORK/gen_corpus" --n "$N" --seed "$SEED" --out "$WORK/corpus" >/dev/null

python3 - "$WORK/corpus/seeds" <<'EOF'
import os, sys
root = sys.argv[1]
files = sorted(f for f in os.listdir(root) if f.endswith((".txt", ".md")))
os.makedirs(os.path.join(root, "again"), exist_ok=True)
os.makedirs(os.path.join(root, "syndicated"), exist_ok=True)
for i, name in enumerate(files):
    text = open(os.path.join(root, name), "rb").read().decode("utf-8", "surrogateescape")
    if i % 10 == 0:
        open(os.path.join(root, "again", name), "wb").write(text.encode("utf-8", "surrogateescape"))
    elif i % 10 == 5:
        text += "\n\nThis report was carried under licence; subscribe for more reports like it.\n"
        open(os.path.join(root, "syndicated", name), "wb").write(text.encode("utf-8", "surrogateescape"))
EOF

for fold in true false; do
    site="$WORK/site-$fold"
    mkdir -p "$site"
    ln -s "$WORK/corpus/seeds" "$site/seeds"
    printf 'title = "Copies bench"\n[copies]\nfold = %s\n' "$fold" > "$site/site.toml"
    times=()
    for run in $(seq "$RUNS"); do
        "$TIME_BIN" -f "%e %M" -o "$WORK/time" "$DOSSIER" build --root "$site" --output "$site/public" > "$WORK/log" 2>&1
        times+=("$(cat "$WORK/time")")
    done
    summary="$(grep '^built' "$WORK/log" | sed 's/ into .* with / with /')"
    median="$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")"
    echo "fold = $fold: $summary"
    echo "  median of $RUNS: ${median%% *} s wall, $(( ${median##* } / 1024 )) MB peak RSS"
done
