#!/usr/bin/env bash
# bench/serve_latency.sh [N…]: how soon `dossier serve` shows an edit (issue 14, goal 3).
#
# For each N (default: 3000 10000), copies bench/run.sh's corpus of N articles into a temp site,
# starts `dossier serve` on it, and EDITS times: appends a sentence with a new word to one
# article and measures, from the write,
#   page   until the served article page contains the new word (the quick preview), and
#   site   until serve prints that the full rebuild is done (the whole site up to date).
# Prints the median and worst of each. Also runs on every article of ../shared/corpora together
# (real news) when it is present. Environment: EDITS (default 5), DOSSIER_BIN, SEED.
set -euo pipefail
BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=bench/run.sh
source "$BENCH/run.sh"
EDITS="${EDITS:-5}"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(3000 10000)
dossier_bin

# measure NAME CONTENT_DIR: serve a copy of CONTENT_DIR and time EDITS edits.
measure() {
    local name="$1" content="$2" site
    site="$(mktemp -d)"
    cp -rL "$content" "$site/seeds"
    printf 'title = "Serve benchmark"\n' >"$site/site.toml"
    python3 - "$DOSSIER" "$site" "$name" "$EDITS" <<'PY'
import json, os, statistics, subprocess, sys, threading, time, urllib.request
dossier, site, name, edits = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
proc = subprocess.Popen([dossier, "serve", "--root", site], stdout=subprocess.PIPE,
                        stderr=subprocess.DEVNULL, text=True)
builds, url = [], None
started = time.monotonic()
for line in proc.stdout:
    if line.startswith("serving "):
        url = line.rsplit(" at ", 1)[1].strip()
        break
first_build = time.monotonic() - started
def read_builds():
    for line in proc.stdout:
        if line.startswith("built "):
            builds.append(time.monotonic())
threading.Thread(target=read_builds, daemon=True).start()
def get(path):
    with urllib.request.urlopen(url + path, timeout=30) as r:
        return r.read().decode("utf-8", "replace")
articles = json.loads(get("data/articles.json"))
page_ms, site_ms = [], []
try:
    for k in range(edits):
        article = articles[(k * 7919) % len(articles)]
        path = os.path.join(site, "seeds", article["path"])
        word = f"Zqxmarker{k}"
        done = len(builds)
        t0 = time.monotonic()
        # Into the body's second paragraph: text appended after trailing
        # boilerplate would rightly be cut with it.
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read()
        start = text.find("---", 3) + 3 if text.startswith("---") else 0
        at = text.find("\n\n", start)
        at = len(text) if at < 0 else at + 2
        text = text[:at] + f"Harbour pilots reported {word} at dawn. " + text[at:]
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        page = None
        while time.monotonic() - t0 < 120:
            if page is None and word in get(article["url"]):
                page = time.monotonic() - t0
            if page is not None and len(builds) > done:
                break
            time.sleep(0.005)
        site_t = builds[done] - t0 if len(builds) > done else float("nan")
        page_ms.append((page or float("nan")) * 1000)
        site_ms.append(site_t * 1000)
        time.sleep(0.3)
finally:
    proc.terminate()
    proc.wait()
fmt = lambda xs: f"{statistics.median(xs):,.0f} / {max(xs):,.0f}"
print(f"| {name} | {len(articles):,} | {first_build:.1f} | {fmt(page_ms)} | {fmt(site_ms)} |")
PY
    rm -rf "$site"
}

echo "| corpus | articles | first build s | edit → page ms (median / worst) | edit → whole site ms (median / worst) |"
echo "|---|---:|---:|---:|---:|"
if real="$(real_news)"; then
    measure "real news (../shared/corpora)" "$real"
    rm -rf "$real"
fi
for n in "${sizes[@]}"; do
    gen "$n"
    measure "synthetic, N=$n" "$WORK/corpus-$n/seeds"
done
