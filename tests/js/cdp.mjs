// Drives headless Chromium over the DevTools protocol for dossier's browser
// tests (tests/browser_pages.rs, tests/accessibility.rs). No npm package is
// needed for the protocol itself: Chromium is started with
// --remote-debugging-pipe and spoken to over file descriptors 3 and 4
// (NUL-terminated JSON messages).
//
// Usage: node cdp.mjs JOB.json REPORT.json
//
// JOB.json:
//   {
//     "chromium": "/usr/bin/chromium",
//     "axe": "/path/to/axe.min.js" | null,   // axe-core, for visits that ask
//     "probe": "JS expression" | null,        // evaluated (and awaited) after each load,
//                                             // its JSON value is reported
//     "settle_ms": 150,                       // wait after the load event
//     "visits": [ { "url": "file:///…", "scheme": "light" | "dark",
//                   "width": 1280, "height": 900, "mobile": false,
//                   "axe": true,
//                   "steps": [ … ] } ]                // optional, see below
//   }
//
// Steps, run in order after the probe (real input events through CDP):
//   { "hover": "CSS selector" }   move the mouse to the element's centre
//   { "click": "CSS selector" }   click it (left button)
//   { "wheel": "CSS selector", "delta": -300 }  turn the wheel over it
//   { "key": "Tab" | "Escape" | "Enter" | "ArrowLeft" | … | "+" }  press a key
//   { "wait": 300 }               wait (ms)
//   { "eval": "JS expression" }   evaluated (promises awaited); its value
//                                 is appended to the visit's "steps" report
//
// Report: { "visits": [ { "url", "scheme", "width", "events": [ {kind, …} ],
//   "scroll_width", "client_width", "probe", "axe": [violation…] | null,
//   "error": null | "…" } ] }
//
// Events recorded for each visit (the Rust side decides what fails):
//   dialog      a JavaScript dialog opened (alert, confirm, prompt, beforeunload)
//   trap        window.alert / confirm / prompt / print was called
//   csp         a securitypolicyviolation event fired
//   console     console.error or console.assert was called
//   exception   an uncaught exception
//   log         a browser log entry of level "error" (failed loads, CSP…)

import { spawn } from "node:child_process";
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const job = JSON.parse(readFileSync(process.argv[2], "utf8"));
const settle = job.settle_ms ?? 150;
const axeSource = job.axe ? readFileSync(job.axe, "utf8") : null;
const NAV_TIMEOUT_MS = 20000;

const profile = mkdtempSync(join(tmpdir(), "dossier-cdp-"));
const browser = spawn(
  job.chromium,
  [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--hide-scrollbars",
    "--mute-audio",
    "--remote-debugging-pipe",
    `--user-data-dir=${profile}`,
    "about:blank",
  ],
  { stdio: ["ignore", "ignore", "ignore", "pipe", "pipe"] },
);

const toBrowser = browser.stdio[3];
const fromBrowser = browser.stdio[4];
let nextId = 1;
const pending = new Map();
const listeners = new Set();
let buffered = "";

fromBrowser.setEncoding("utf8");
fromBrowser.on("data", (chunk) => {
  buffered += chunk;
  let end;
  while ((end = buffered.indexOf("\0")) >= 0) {
    const message = JSON.parse(buffered.slice(0, end));
    buffered = buffered.slice(end + 1);
    if (message.id !== undefined && pending.has(message.id)) {
      const { resolve, reject, method } = pending.get(message.id);
      pending.delete(message.id);
      if (message.error) reject(new Error(`${method}: ${message.error.message}`));
      else resolve(message.result);
    } else if (message.method) {
      for (const listener of listeners) listener(message);
    }
  }
});
browser.on("exit", (code, signal) => {
  for (const { reject, method } of pending.values()) {
    reject(new Error(`${method}: chromium exited (${code ?? signal})`));
  }
  pending.clear();
});

function send(method, params = {}, sessionId) {
  const id = nextId++;
  const message = { id, method, params };
  if (sessionId) message.sessionId = sessionId;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject, method });
    toBrowser.write(JSON.stringify(message) + "\0");
  });
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const KEY_CODES = { Tab: 9, Enter: 13, Escape: 27, ArrowLeft: 37, ArrowUp: 38, ArrowRight: 39, ArrowDown: 40 };

// Runs one visit's steps in session `s`; returns the values of its evals.
async function runSteps(s, steps) {
  const values = [];
  for (const step of steps) {
    if (step.wait) await sleep(step.wait);
    const selector = step.hover ?? step.click ?? step.wheel;
    if (selector) {
      const found = await s("Runtime.evaluate", {
        expression: `(() => { const el = document.querySelector(${JSON.stringify(selector)});
          if (!el) return null; el.scrollIntoView({ block: "center" });
          // The first line's box: a wrapped link's overall centre may miss it.
          const b = el.getClientRects()[0] || el.getBoundingClientRect();
          return JSON.stringify([b.left + b.width / 2, b.top + b.height / 2]); })()`,
        returnByValue: true,
      });
      if (!found.result.value) throw new Error(`step: no element matches ${selector}`);
      const [x, y] = JSON.parse(found.result.value);
      if (step.wheel) {
        await s("Input.dispatchMouseEvent", { type: "mouseMoved", x, y });
        await s("Input.dispatchMouseEvent", { type: "mouseWheel", x, y, deltaX: 0, deltaY: step.delta ?? -300 });
      } else {
        await s("Input.dispatchMouseEvent", { type: "mouseMoved", x, y });
      }
      if (step.click) {
        await s("Input.dispatchMouseEvent", { type: "mousePressed", x, y, button: "left", clickCount: 1 });
        await s("Input.dispatchMouseEvent", { type: "mouseReleased", x, y, button: "left", clickCount: 1 });
      }
    }
    if (step.key) {
      const code = KEY_CODES[step.key];
      const text = code === undefined ? step.key : code === 13 ? "\r" : undefined;
      const base = { key: step.key, code: code === undefined ? "" : step.key, windowsVirtualKeyCode: code ?? step.key.charCodeAt(0) };
      await s("Input.dispatchKeyEvent", { type: text ? "keyDown" : "rawKeyDown", text, ...base });
      await s("Input.dispatchKeyEvent", { type: "keyUp", ...base });
    }
    if (step.eval) {
      const r = await s("Runtime.evaluate", { expression: step.eval, awaitPromise: true, returnByValue: true });
      if (r.exceptionDetails) {
        throw new Error(`step: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
      }
      values.push(r.result.value ?? null);
    }
  }
  return values;
}

// Installed in every document before its own scripts run. Reports through a
// CDP binding, which survives navigations and cannot be lost with the page.
const TRAPS = `(() => {
  const report = globalThis.__dossierReport;
  const send = (o) => { try { report(JSON.stringify(o)); } catch (e) {} };
  for (const name of ["alert", "confirm", "prompt", "print"]) {
    const trap = function (...args) {
      send({ kind: "trap", name, args: args.map(String), href: String(location.href) });
      return name === "confirm" ? false : null;
    };
    try { Object.defineProperty(window, name, { value: trap, writable: false, configurable: false }); }
    catch (e) { window[name] = trap; }
  }
  document.addEventListener("securitypolicyviolation", (e) => {
    send({ kind: "csp", directive: e.violatedDirective, blocked: String(e.blockedURI),
           sample: e.sample, source: e.sourceFile, line: e.lineNumber, href: String(location.href) });
  }, true);
})();`;

async function main() {
  const { targetId } = await send("Target.createTarget", { url: "about:blank" });
  const { sessionId } = await send("Target.attachToTarget", { targetId, flatten: true });
  const s = (method, params) => send(method, params, sessionId);

  let events = [];
  let loaded = null;
  listeners.add((m) => {
    if (m.sessionId !== sessionId) return;
    const p = m.params;
    switch (m.method) {
      case "Page.loadEventFired":
        if (loaded) loaded();
        break;
      case "Page.javascriptDialogOpening":
        events.push({ kind: "dialog", type: p.type, message: p.message, href: p.url });
        s("Page.handleJavaScriptDialog", { accept: false }).catch(() => {});
        break;
      case "Runtime.bindingCalled":
        if (p.name === "__dossierReport") {
          try {
            events.push(JSON.parse(p.payload));
          } catch {
            events.push({ kind: "trap", name: "unparsable report", args: [p.payload] });
          }
        }
        break;
      case "Runtime.consoleAPICalled":
        if (p.type === "error" || p.type === "assert") {
          events.push({
            kind: "console",
            type: p.type,
            text: p.args.map((a) => a.value ?? a.description ?? a.type).join(" "),
          });
        }
        break;
      case "Runtime.exceptionThrown":
        events.push({
          kind: "exception",
          text: p.exceptionDetails.exception?.description ?? p.exceptionDetails.text,
          href: p.exceptionDetails.url,
          line: p.exceptionDetails.lineNumber,
        });
        break;
      case "Log.entryAdded":
        if (p.entry.level === "error") {
          events.push({ kind: "log", source: p.entry.source, text: p.entry.text, href: p.entry.url });
        }
        break;
    }
  });

  await s("Page.enable");
  await s("Runtime.enable");
  await s("Log.enable");
  await s("Runtime.addBinding", { name: "__dossierReport" });
  await s("Page.addScriptToEvaluateOnNewDocument", { source: TRAPS });

  const visits = [];
  let current = "";
  for (const visit of job.visits) {
    const result = {
      url: visit.url,
      scheme: visit.scheme,
      width: visit.width,
      events: [],
      scroll_width: null,
      client_width: null,
      probe: null,
      axe: null,
      steps: null,
      error: null,
    };
    try {
      const media = `${visit.scheme}|${visit.width}|${visit.height}|${!!visit.mobile}`;
      if (media !== current) {
        await s("Emulation.setEmulatedMedia", {
          media: "screen",
          features: [{ name: "prefers-color-scheme", value: visit.scheme }],
        });
        await s("Emulation.setDeviceMetricsOverride", {
          width: visit.width,
          height: visit.height,
          deviceScaleFactor: 1,
          mobile: !!visit.mobile,
        });
        current = media;
      }
      // Leave the previous page first, so that nothing it does later is
      // blamed on this one.
      const blank = new Promise((resolve) => (loaded = resolve));
      await s("Page.navigate", { url: "about:blank" });
      await withTimeout(blank, NAV_TIMEOUT_MS, "about:blank");
      events = [];
      const done = new Promise((resolve) => (loaded = resolve));
      const nav = await s("Page.navigate", { url: visit.url });
      if (nav.errorText) throw new Error(`navigation failed: ${nav.errorText}`);
      await withTimeout(done, NAV_TIMEOUT_MS, visit.url);
      await sleep(settle);
      const metrics = await s("Runtime.evaluate", {
        expression:
          "JSON.stringify([document.documentElement.scrollWidth, document.documentElement.clientWidth])",
        returnByValue: true,
      });
      [result.scroll_width, result.client_width] = JSON.parse(metrics.result.value);
      if (job.probe) {
        // A probe may be a promise (e.g. one that waits for search results).
        const probe = await s("Runtime.evaluate", { expression: job.probe, returnByValue: true, awaitPromise: true });
        if (probe.exceptionDetails) {
          throw new Error(`probe: ${probe.exceptionDetails.exception?.description ?? probe.exceptionDetails.text}`);
        }
        result.probe = probe.result.value ?? null;
      }
      if (visit.steps) result.steps = await runSteps(s, visit.steps);
      if (visit.axe) {
        if (!axeSource) throw new Error("axe requested but no axe.min.js given");
        const injected = await s("Runtime.evaluate", { expression: axeSource });
        if (injected.exceptionDetails) throw new Error(`axe injection: ${injected.exceptionDetails.text}`);
        const run = await s("Runtime.evaluate", {
          expression: `axe.run(document, { resultTypes: ["violations"], preload: false }).then((r) =>
            JSON.stringify(r.violations.map((v) => ({
              id: v.id, impact: v.impact, help: v.help,
              nodes: v.nodes.map((n) => ({ target: n.target.join(" "), html: n.html.slice(0, 300),
                                         summary: n.failureSummary })),
            }))))`,
          awaitPromise: true,
          returnByValue: true,
        });
        if (run.exceptionDetails) {
          throw new Error(`axe.run: ${run.exceptionDetails.exception?.description ?? run.exceptionDetails.text}`);
        }
        result.axe = JSON.parse(run.result.value);
      }
    } catch (e) {
      result.error = String(e.message ?? e);
    }
    result.events = events;
    events = [];
    visits.push(result);
  }
  return { visits };
}

let exitCode = 0;
try {
  const report = await withTimeout(main(), 10 * 60 * 1000, "the whole job");
  writeFileSync(process.argv[3], JSON.stringify(report));
} catch (e) {
  process.stderr.write(`cdp.mjs: ${e.stack ?? e}\n`);
  exitCode = 1;
} finally {
  try {
    await withTimeout(send("Browser.close"), 5000, "Browser.close");
  } catch {
    browser.kill("SIGKILL");
  }
  await new Promise((resolve) => (browser.exitCode !== null ? resolve() : browser.once("exit", resolve)));
  rmSync(profile, { recursive: true, force: true });
}
process.exit(exitCode);
