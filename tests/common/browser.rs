//! Headless Chromium for the browser tests, driven over the DevTools
//! protocol by `tests/js/cdp.mjs` (Node.js): one browser per run, pages
//! visited one after another, each with `alert`/`confirm`/`prompt` trapped and
//! CSP violations, console errors and exceptions recorded from before the
//! page's own scripts run; optionally axe-core and a JavaScript probe.
//!
//! [`Browser::doms`] gives the DOM a page leaves once its scripts ran (the
//! search tests read their results from it).
//!
//! Without Chromium, Node.js or (for accessibility) `tests/js/node_modules`
//! the tests print a notice and pass, except when `CI` is `true`: there a
//! missing tool is a failure.

use serde::Deserialize;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// How long one whole run of `cdp.mjs` may take before it is killed.
const RUN_TIMEOUT: Duration = Duration::from_secs(300);

/// How long [`Browser::doms`] waits for a page to be ready: 100 rounds of
/// 50 ms, five seconds.
const READY_ROUNDS: u32 = 100;

/// The tools a browser test needs.
pub(crate) struct Browser {
    chromium: PathBuf,
    node: PathBuf,
    axe: Option<PathBuf>,
}

/// The folder with `cdp.mjs`, `package.json` and (after `npm ci`) `node_modules`.
pub(crate) fn js_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/js")
}

fn on_path(names: &[&str]) -> Option<PathBuf> {
    let paths = std::env::var_os("PATH")?;
    std::env::split_paths(&paths)
        .flat_map(|dir| names.iter().map(move |n| dir.join(n)))
        .find(|p| p.is_file())
}

/// Prints why a browser test is skipped, or fails under `CI=true`.
fn missing(what: &str) -> Option<Browser> {
    if std::env::var("CI").as_deref() == Ok("true") {
        panic!("{what}, and CI=true: browser tests cannot be skipped in CI");
    }
    eprintln!("{what}: skipping browser test");
    None
}

impl Browser {
    /// Chromium and Node.js, and axe-core when `with_axe`; `None` (after a
    /// notice) when one is missing and this is not CI.
    pub(crate) fn find(with_axe: bool) -> Option<Browser> {
        let fixed = PathBuf::from("/usr/bin/chromium");
        let Some(chromium) = fixed
            .is_file()
            .then_some(fixed)
            .or_else(|| on_path(&["chromium", "chromium-browser"]))
        else {
            return missing("chromium not found");
        };
        let Some(node) = on_path(&["node"]) else {
            return missing("node (Node.js) not found");
        };
        let axe = if with_axe {
            let path = js_dir().join("node_modules/axe-core/axe.min.js");
            if !path.is_file() {
                return missing(&format!(
                    "{} not found (run `npm ci --prefix tests/js`)",
                    path.display()
                ));
            }
            Some(path)
        } else {
            None
        };
        Some(Browser {
            chromium,
            node,
            axe,
        })
    }

    /// Visits every page of `visits` in one browser, in order; `probe` is a
    /// JavaScript expression evaluated on each page after it loaded.
    pub(crate) fn run(&self, visits: &[Visit], probe: Option<&str>) -> Vec<VisitReport> {
        let work = tempfile::tempdir().expect("temp dir");
        let job_path = work.path().join("job.json");
        let report_path = work.path().join("report.json");
        let job = serde_json::json!({
            "chromium": self.chromium,
            "axe": self.axe,
            "probe": probe,
            "settle_ms": 100,
            "visits": visits.iter().map(|v| serde_json::json!({
                "url": v.url,
                "scheme": v.scheme.name(),
                "width": v.width,
                "height": v.height,
                "mobile": v.mobile,
                "axe": v.axe,
                "steps": (!v.steps.is_empty()).then_some(&v.steps),
            })).collect::<Vec<_>>(),
        });
        std::fs::write(&job_path, job.to_string()).expect("write job");
        let mut child = Command::new(&self.node)
            .arg(js_dir().join("cdp.mjs"))
            .arg(&job_path)
            .arg(&report_path)
            .stdin(Stdio::null())
            .stdout(Stdio::inherit())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start node");
        let started = Instant::now();
        let status = loop {
            if let Some(status) = child.try_wait().expect("wait for node") {
                break status;
            }
            if started.elapsed() > RUN_TIMEOUT {
                let _ = child.kill();
                let _ = child.wait();
                panic!("cdp.mjs did not finish within {RUN_TIMEOUT:?}");
            }
            std::thread::sleep(Duration::from_millis(50));
        };
        assert!(status.success(), "cdp.mjs failed: {status}");
        let text = std::fs::read_to_string(&report_path).expect("read report");
        let report: Report = serde_json::from_str(&text).expect("parse report");
        assert_eq!(report.visits.len(), visits.len(), "one report per visit");
        report.visits
    }

    /// Visits each of `urls` (desktop size, light scheme) in one browser and
    /// returns its DOM, serialised once its scripts ran: as soon as the
    /// JavaScript expression `ready` is true, or after five seconds (the
    /// DOM as it is then). A page that fails to load fails the test.
    pub(crate) fn doms(&self, urls: &[String], ready: &str) -> Vec<String> {
        let visits: Vec<Visit> = urls.iter().map(|u| Visit::desktop(u.clone())).collect();
        let probe = format!(
            r#"(async () => {{
  const ready = () => {{ try {{ return Boolean({ready}); }} catch (e) {{ return false; }} }};
  for (let i = 0; i < {READY_ROUNDS} && !ready(); i++) {{
    await new Promise((r) => setTimeout(r, 50));
  }}
  return document.documentElement.outerHTML;
}})()"#
        );
        self.run(&visits, Some(&probe))
            .into_iter()
            .map(|report| {
                if let Some(error) = &report.error {
                    panic!("{}: {error}", report.url);
                }
                let dom = report
                    .probe
                    .as_ref()
                    .and_then(|p| p.as_str())
                    .unwrap_or_default()
                    .to_string();
                assert!(
                    dom.contains("</html>"),
                    "no DOM for {}: {dom:?}",
                    report.url
                );
                dom
            })
            .collect()
    }
}

/// Light or dark colour scheme (`prefers-color-scheme`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scheme {
    Light,
    Dark,
}

impl Scheme {
    pub(crate) fn name(self) -> &'static str {
        match self {
            Scheme::Light => "light",
            Scheme::Dark => "dark",
        }
    }
}

/// One page load.
#[derive(Debug, Clone)]
pub(crate) struct Visit {
    pub url: String,
    pub scheme: Scheme,
    pub width: u32,
    pub height: u32,
    /// Emulate a phone (meta viewport honoured, overlay scrollbars).
    pub mobile: bool,
    /// Run axe-core on the page.
    pub axe: bool,
    /// Interaction steps after the load (see `tests/js/cdp.mjs`).
    pub steps: Vec<serde_json::Value>,
}

impl Visit {
    /// A desktop-sized visit in the light scheme, without axe.
    pub(crate) fn desktop(url: String) -> Visit {
        Visit {
            url,
            scheme: Scheme::Light,
            width: 1280,
            height: 900,
            mobile: false,
            axe: false,
            steps: Vec::new(),
        }
    }

    /// A 375-pixel-wide phone visit in the light scheme, without axe.
    pub(crate) fn phone(url: String) -> Visit {
        Visit {
            url,
            scheme: Scheme::Light,
            width: 375,
            height: 800,
            mobile: true,
            axe: false,
            steps: Vec::new(),
        }
    }

    pub(crate) fn scheme(self, scheme: Scheme) -> Visit {
        Visit { scheme, ..self }
    }

    pub(crate) fn with_axe(self) -> Visit {
        Visit { axe: true, ..self }
    }

    /// With interaction steps (see `tests/js/cdp.mjs`).
    pub(crate) fn with_steps(self, steps: Vec<serde_json::Value>) -> Visit {
        Visit { steps, ..self }
    }
}

#[derive(Debug, Deserialize)]
struct Report {
    visits: Vec<VisitReport>,
}

/// What happened on one visit.
#[derive(Debug, Deserialize)]
pub(crate) struct VisitReport {
    pub url: String,
    pub scheme: String,
    pub width: u32,
    /// Dialogs, trapped calls, CSP violations, console errors, exceptions
    /// and error log entries, in order.
    pub events: Vec<Event>,
    pub scroll_width: Option<f64>,
    pub client_width: Option<f64>,
    /// The probe's value.
    pub probe: Option<serde_json::Value>,
    /// axe-core's violations, when axe ran.
    pub axe: Option<Vec<Violation>>,
    /// The values of the visit's `eval` steps, when it had steps.
    #[serde(default)]
    pub steps: Option<Vec<serde_json::Value>>,
    /// Why the visit failed (navigation error, timeout, axe error).
    pub error: Option<String>,
}

/// One recorded event.
#[derive(Debug, Deserialize)]
pub(crate) struct Event {
    /// `dialog`, `trap`, `csp`, `console`, `exception` or `log`.
    pub kind: String,
    /// For `log`: where the entry came from (`network`, `security`, …).
    #[serde(default)]
    pub source: Option<String>,
    /// Everything else the event carried.
    #[serde(flatten)]
    pub details: serde_json::Map<String, serde_json::Value>,
}

/// An axe-core rule violation.
#[derive(Debug, Deserialize)]
pub(crate) struct Violation {
    pub id: String,
    pub impact: Option<String>,
    pub help: String,
    pub nodes: Vec<ViolationNode>,
}

/// One element that violates a rule.
#[derive(Debug, Deserialize)]
pub(crate) struct ViolationNode {
    pub target: String,
    pub html: String,
    pub summary: Option<String>,
}

impl Violation {
    /// Serious or critical.
    pub(crate) fn is_severe(&self) -> bool {
        matches!(self.impact.as_deref(), Some("serious" | "critical"))
    }
}

impl std::fmt::Display for Violation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(
            f,
            "  [{}] {}: {}",
            self.impact.as_deref().unwrap_or("?"),
            self.id,
            self.help
        )?;
        for node in self.nodes.iter().take(5) {
            writeln!(f, "    at {}: {}", node.target, node.html)?;
            if let Some(summary) = &node.summary {
                for line in summary.lines() {
                    writeln!(f, "      {line}")?;
                }
            }
        }
        if self.nodes.len() > 5 {
            writeln!(f, "    … and {} more", self.nodes.len() - 5)?;
        }
        Ok(())
    }
}

/// A `file://` URL for `path` plus `query` (which may be empty).
pub(crate) fn file_url(path: &Path, query: &str) -> String {
    let path = path.to_string_lossy().replace('\\', "/");
    let mut url = String::from("file://");
    if !path.starts_with('/') {
        url.push('/');
    }
    for b in path.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'/' | b'-' | b'_' | b'.' | b'~' | b':' => {
                url.push(b as char)
            }
            _ => url.push_str(&format!("%{b:02X}")),
        }
    }
    if !query.is_empty() {
        url.push('?');
        url.push_str(query);
    }
    url
}
