//! Headless Chromium, run once per page: the binary (or a skip when there is
//! none outside CI) and the DOM a page leaves after its scripts ran.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

/// How long one Chromium run may take before it is killed.
const BROWSER_TIMEOUT: Duration = Duration::from_secs(60);

/// The Chromium binary, or `None` (after a notice) when there is none and
/// this is not CI.
pub(crate) fn chromium() -> Option<PathBuf> {
    let fixed = PathBuf::from("/usr/bin/chromium");
    let found = if fixed.is_file() {
        Some(fixed)
    } else {
        std::env::var_os("PATH").and_then(|paths| {
            std::env::split_paths(&paths)
                .flat_map(|dir| ["chromium", "chromium-browser"].map(|n| dir.join(n)))
                .find(|p| p.is_file())
        })
    };
    if found.is_none() {
        if std::env::var("CI").as_deref() == Ok("true") {
            panic!("chromium not found, and CI=true: browser tests cannot be skipped in CI");
        }
        eprintln!("chromium not found: skipping browser tests");
    }
    found
}

/// Loads `url` in headless Chromium (fresh profile) and returns the DOM after
/// scripts ran.
pub(crate) fn dump_dom(chromium: &Path, url: &str) -> String {
    let profile = tempfile::tempdir().expect("profile dir");
    let mut child = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--virtual-time-budget=5000",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg("--dump-dom")
        .arg(url)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start chromium");
    let mut stdout = child.stdout.take().expect("chromium stdout");
    let reader = thread::spawn(move || {
        let mut out = String::new();
        let _ = std::io::Read::read_to_string(&mut stdout, &mut out);
        out
    });
    let started = Instant::now();
    loop {
        if child.try_wait().expect("wait for chromium").is_some() {
            break;
        }
        if started.elapsed() > BROWSER_TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            panic!("chromium did not finish within {BROWSER_TIMEOUT:?} for {url}");
        }
        thread::sleep(Duration::from_millis(50));
    }
    let dom = reader.join().expect("read chromium output");
    assert!(dom.contains("</html>"), "no DOM dumped for {url}: {dom:?}");
    dom
}
