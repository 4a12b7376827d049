#!/usr/bin/env bash
# bench/search_transfer.sh [N]: what a search query transfers, dossier against Pagefind (issue 7).
#
# Builds bench/run.sh's corpus of N articles (default 10000) with dossier, runs Pagefind
# (PyPI `pagefind_bin`, in bench/.venv) over the same built site, serves each over local HTTP
# (python3 -m http.server) and drives headless Chromium over the DevTools protocol (a small
# Node.js client written to a temp file; Chromium started with --remote-debugging-pipe).
# For each tool it records every request the page makes, and reports:
#   first   page load + first query: every script, wasm, JSON and index file fetched, each
#           counted gzipped (gzip -9; Pagefind's .pf_* and .pagefind files are already
#           gzip-compressed and count as they are). The host page's HTML and CSS are listed
#           apart (`page`) and not counted.
#   further each further query with a new term: the files it fetched that were not cached.
#   ms      dossier: time from the query's index files arriving to results ranked, plus from
#           the results' metadata arriving to the DOM rendered (window.dossierSearchStats);
#           wall: from submitting the query to results shown (local HTTP, no debounce).
#           Pagefind: pagefind.search() plus .data() of the results shown (wall, local HTTP).
# Both tools show the same number of results (RESULTS, default 10): dossier renders 10 and
# loads their metadata; the Pagefind page calls .data() on the first 10 results.
# Environment: QUERIES (first, then further terms), RESULTS, SEED, DOSSIER_BIN (see run.sh).
set -euo pipefail
n="${1:-10000}"
case "$n" in '' | *[!0-9]*) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;; esac
QUERIES="${QUERIES:-vaccine telescope drought kovalenko ceasefire tariff}"
RESULTS="${RESULTS:-10}"

# shellcheck source=bench/run.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/run.sh"
command -v node >/dev/null || { echo "needs node (Node.js)" >&2; exit 1; }
CHROMIUM="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || echo /usr/bin/chromium)}"
gen "$n"
dossier_bin
out="$WORK/search-transfer-$n"
rm -rf "$out"
mkdir -p "$out/pf"
echo "building the $n-article site with dossier" >&2
"$DOSSIER" build --root "$WORK/corpus-$n" --output "$out/public" --quiet >"$WORK/logs/search-transfer-$n.log" 2>&1

[ -x "$BENCH/.venv/bin/python" ] || python3 -m venv "$BENCH/.venv"
"$BENCH/.venv/bin/python" -c 'import pagefind_bin' 2>/dev/null || "$BENCH/.venv/bin/pip" install --quiet pagefind_bin
PAGEFIND="$("$BENCH/.venv/bin/python" -c 'import pagefind_bin, os; print(os.path.join(list(pagefind_bin.__path__)[0], "pagefind"))')"
echo "indexing the same site with Pagefind" >&2
"$PAGEFIND" --site "$out/public" --output-path "$out/pf/pagefind" >"$WORK/logs/search-transfer-pagefind-$n.log" 2>&1
cat >"$out/pf/index.html" <<EOF
<!DOCTYPE html><html lang="en"><meta charset="utf-8"><title>Pagefind</title>
<script type="module">
const pagefind = await import("./pagefind/pagefind.js");
await pagefind.init();
window.pfQuery = async (q) => {
  const t0 = performance.now();
  const search = await pagefind.search(q);
  const t1 = performance.now();
  const data = await Promise.all(search.results.slice(0, $RESULTS).map((r) => r.data()));
  const t2 = performance.now();
  window.pfLast = { query: q, count: search.results.length, searchMs: t1 - t0, wallMs: t2 - t0,
    titles: data.map((d) => d.meta.title) };
};
window.pfReady = true;
</script></html>
EOF

cdp="$(mktemp --suffix=.mjs)"
trap 'rm -f "$cdp"; [ -n "${SERVER:-}" ] && kill "$SERVER" 2>/dev/null || true' EXIT
cat >"$cdp" <<'EOF'
// node cdp.mjs CHROMIUM ROOT SERVER_LOG BASE_URL MODE QUERY... : see bench/search_transfer.sh.
// Requests are read from the server's log, so that those of Web Workers count too.
import { spawn } from "node:child_process";
import { readFileSync, mkdtempSync, rmSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { tmpdir } from "node:os";
import { join } from "node:path";
const [chromium, root, serverLog, baseUrl, mode, ...queries] = process.argv.slice(2);
const profile = mkdtempSync(join(tmpdir(), "search-transfer-"));
const browser = spawn(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
  "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
  "--remote-debugging-pipe", `--user-data-dir=${profile}`, "about:blank"],
  { stdio: ["ignore", "ignore", "ignore", "pipe", "pipe"] });
const [toBrowser, fromBrowser] = [browser.stdio[3], browser.stdio[4]];
let nextId = 0, buffer = "";
const pending = new Map();
let logOffset = 0;
fromBrowser.on("data", (chunk) => {
  buffer += chunk.toString();
  for (let end; (end = buffer.indexOf("\0")) >= 0; buffer = buffer.slice(end + 1)) {
    const msg = JSON.parse(buffer.slice(0, end));
    if (msg.id && pending.has(msg.id)) {
      const { resolve, reject } = pending.get(msg.id);
      pending.delete(msg.id);
      msg.error ? reject(new Error(msg.error.message)) : resolve(msg.result);
    }
  }
});
let session;
function send(method, params = {}) {
  const msg = { id: ++nextId, method, params };
  if (session) msg.sessionId = session;
  toBrowser.write(JSON.stringify(msg) + "\0");
  return new Promise((resolve, reject) => pending.set(msg.id, { resolve, reject }));
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function evaluate(expression) {
  const r = await send("Runtime.evaluate", { expression, awaitPromise: true, returnByValue: true });
  if (r.exceptionDetails) throw new Error(JSON.stringify(r.exceptionDetails));
  return r.result.value;
}
async function until(expression) {
  for (let i = 0; i < 600; i++) {
    const v = await evaluate(expression);
    if (v) return v;
    await sleep(25);
  }
  throw new Error(`timed out: ${expression}`);
}
// Requests since the last call, as [path, counted bytes, kind].
function take() {
  const log = readFileSync(serverLog, "utf8");
  const lines = log.slice(logOffset).split("\n");
  logOffset = log.length;
  const paths = lines.map((l) => /"GET (\S+) HTTP/.exec(l)).filter(Boolean).map((m) => m[1]);
  const files = paths.map((url) => {
    const path = decodeURIComponent(url.split("?")[0]);
    let bytes = 0;
    try {
      const body = readFileSync(join(root, path.endsWith("/") ? path + "index.html" : path));
      bytes = /\.(pf_index|pf_fragment|pf_meta|pagefind)$/.test(path) ? body.length : gzipSync(body, { level: 9 }).length;
    } catch (e) { /* not a file */ }
    const kind = /\.(html|css)$/.test(path) || path.endsWith("/") ? "page" : "search";
    return [path, bytes, kind];
  });
  return files;
}
const { targetId } = await send("Target.createTarget", { url: "about:blank" });
session = (await send("Target.attachToTarget", { targetId, flatten: true })).sessionId;
await send("Page.enable");
await send("Page.navigate", { url: baseUrl });
const report = { mode, runs: [] };
if (mode === "dossier") {
  await until("!!window.dossierSearchEngine");
  for (const q of queries) {
    const record = await evaluate(`(async () => {
      const input = document.getElementById("search-input");
      input.value = ${JSON.stringify(q)};
      const t0 = performance.now();
      document.getElementById("search-form").requestSubmit();
      for (;;) {
        const r = window.dossierSearchStats.runs;
        const last = r[r.length - 1];
        if (last && last.query === ${JSON.stringify(q)} && last.done) return Object.assign({ wallMs: last.done - t0,
          shown: document.querySelectorAll("#results li").length, status: document.getElementById("search-status").textContent }, last);
        await new Promise((res) => setTimeout(res, 5));
      }
    })()`);
    await sleep(200);
    report.runs.push({ query: q, record, files: take() });
  }
} else {
  await until("!!window.pfReady");
  for (const q of queries) {
    await evaluate(`window.pfQuery(${JSON.stringify(q)})`);
    const record = await evaluate("window.pfLast");
    await sleep(200);
    report.runs.push({ query: q, record, files: take() });
  }
}
console.log(JSON.stringify(report));
browser.kill();
await new Promise((r) => browser.once("exit", r));
try { rmSync(profile, { recursive: true, force: true }); } catch (e) { /* best effort */ }
process.exit(0);
EOF

port=$((20000 + RANDOM % 20000))
measure() { # measure MODE ROOT PAGE
    python3 -m http.server "$port" --bind 127.0.0.1 --directory "$2" >/dev/null 2>"$out/server-$1.log" &
    SERVER=$!
    sleep 1
    # shellcheck disable=SC2086
    node "$cdp" "$CHROMIUM" "$2" "$out/server-$1.log" "http://127.0.0.1:$port/$3" "$1" $QUERIES
    kill "$SERVER" 2>/dev/null || true
    wait "$SERVER" 2>/dev/null || true
    SERVER=
    port=$((port + 1))
}
echo "measuring in headless Chromium" >&2
measure dossier "$out/public" search.html >"$out/dossier.json"
measure pagefind "$out/pf" "" >"$out/pagefind.json"

python3 - "$out/dossier.json" "$out/pagefind.json" "$n" <<'EOF' | tee "$WORK/search-transfer-$n.md"
import json, statistics, sys
d, p, n = json.load(open(sys.argv[1])), json.load(open(sys.argv[2])), sys.argv[3]
kb = lambda b: f"{b / 1000:.1f} kB"
def summary(rep):
    runs = rep["runs"]
    search = lambda r: [f for f in r["files"] if f[2] == "search"]
    first = sum(f[1] for f in search(runs[0]))
    page = sum(f[1] for f in runs[0]["files"] if f[2] == "page")
    further = [sum(f[1] for f in search(r)) for r in runs[1:]]
    return runs, first, page, further, search
print(f"## Search transfer, {n} articles (gzipped bytes; host page HTML/CSS not counted)\n")
for rep in (d, p):
    runs, first, page, further, search = summary(rep)
    print(f"### {rep['mode']}\n")
    print(f"first query ({runs[0]['query']}): {kb(first)} in {len(search(runs[0]))} files (host page {kb(page)})")
    for f in sorted(search(runs[0]), key=lambda f: -f[1])[:8]:
        print(f"    {f[0]}: {kb(f[1])}")
    for r, b in zip(runs[1:], further):
        rec = r["record"]
        extra = ""
        if rep["mode"] == "dossier":
            idx = sum(f[1] for f in search(r) if "/search/d-" not in f[0])
            extra = f"(index {kb(idx)}, result metadata {kb(b - idx)}); rank {rec['rankMs']:.1f} ms + render {rec['renderMs']:.1f} ms; wall {rec['wallMs']:.0f} ms; {rec['status']}"
        else:
            extra = f"search {rec['searchMs']:.0f} ms, wall {rec['wallMs']:.0f} ms; {rec['count']} results"
        print(f"further query {r['query']}: {kb(b)} in {len(search(r))} files {extra}")
    if further:
        print(f"further queries: median {kb(statistics.median(further))}, max {kb(max(further))}\n")
EOF
