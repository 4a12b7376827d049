//! The command line: `new`, `entities`, `serve`, exit codes and output.

mod common;

use common::*;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn dossier() -> Command {
    Command::new(env!("CARGO_BIN_EXE_dossier"))
}

#[test]
fn new_site_builds_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("mysite");
    let out = dossier().arg("new").arg(&site).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let config = std::fs::read_to_string(site.join("site.toml")).unwrap();
    for key in [
        "title",
        "description",
        "base_url",
        "content_dir",
        "output_dir",
        "gazetteer",
        "max_file_size",
        "[boilerplate]",
        "[entities]",
        "[relations]",
        "[[topics]]",
    ] {
        assert!(config.contains(key), "site.toml does not mention {key}");
    }
    let built = build(&site);
    assert_eq!(built.report.articles, 2);
    assert!(
        built.report.warnings.is_empty(),
        "{:?}",
        built.report.warnings
    );
    // A second `new` into the same, now non-empty, folder is refused.
    let again = dossier().arg("new").arg(&site).output().unwrap();
    assert_eq!(again.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&again.stderr).contains("not empty"));
}

#[test]
fn entities_lists_and_prints_gazetteer_yaml() {
    let out = dossier()
        .args(["entities", "--root"])
        .arg(repo())
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    // Kim Jong Un leads the people; North Korea, named also by "North
    // Korean", may outnumber him.
    let top: Vec<&str> = text.lines().skip(1).take(3).collect();
    assert!(top.iter().any(|r| r.starts_with("Kim Jong Un")), "{text}");

    let out = dossier()
        .args(["entities", "--format", "yaml", "--limit", "5", "--root"])
        .arg(repo())
        .output()
        .unwrap();
    let yaml = String::from_utf8_lossy(&out.stdout).to_string();
    let gazetteer =
        dossier::analyze::entities::Gazetteer::from_yaml(&yaml, std::path::Path::new("stdout"))
            .unwrap();
    assert_eq!(gazetteer.entries.len(), 5);
    assert!(gazetteer.entries.iter().any(|e| e.name == "Kim Jong Un"));

    let out = dossier()
        .args(["entities", "--unmatched", "--root"])
        .arg(repo())
        .output()
        .unwrap();
    assert!(out.status.success());
}

/// `dossier entities | head` closed the pipe before the list was written,
/// and the write panicked; a reader that stops early is not an error.
#[test]
fn entities_into_a_closed_pipe_exits_quietly() {
    let mut child = dossier()
        .args(["entities", "--root"])
        .arg(repo())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{:?}: {stderr}", out.status);
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn usage_errors_exit_2_and_build_errors_exit_1() {
    let out = dossier().arg("bogus").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let dir = tempfile::tempdir().unwrap();
    write_files(dir.path(), &[("site.toml", "title = [\n")]);
    let out = dossier()
        .args(["build", "--root"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("site.toml:1:"), "{stderr}");
}

#[test]
fn quiet_build_prints_nothing_and_many_warnings_are_grouped() {
    let dir = tempfile::tempdir().unwrap();
    write_files(
        dir.path(),
        &[
            ("site.toml", "title = \"W\"\n"),
            ("seeds/ok.txt", "A fine article. Really.\n"),
        ],
    );
    for i in 0..12 {
        std::fs::write(dir.path().join(format!("seeds/empty{i}.txt")), "").unwrap();
    }
    let out_dir = dir.path().join("public");
    let out = dossier()
        .args(["build", "--quiet", "--root"])
        .arg(dir.path())
        .arg("--output")
        .arg(&out_dir)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(out.stdout.is_empty() && out.stderr.is_empty());
    let out = dossier()
        .args(["build", "--root"])
        .arg(dir.path())
        .arg("--output")
        .arg(&out_dir)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("warning: 12 file(s): skipped: file is empty"),
        "{stderr}"
    );
    assert!(stderr.contains("and 9 more"), "{stderr}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("12 warning(s)"));
    let strict = dossier()
        .args(["build", "--strict", "--root"])
        .arg(dir.path())
        .arg("--output")
        .arg(&out_dir)
        .output()
        .unwrap();
    assert_eq!(strict.status.code(), Some(1));
}

/// Kills the child process when dropped, so a failed assertion leaves no server behind.
struct Child(std::process::Child);
impl Drop for Child {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn status(base: &str) -> serde_json::Value {
    let (code, body) = server::get(&format!("{base}__dossier/status"));
    assert_eq!(code, 200);
    serde_json::from_slice(&body).unwrap()
}

type Live = tungstenite::WebSocket<std::net::TcpStream>;

/// Opens the websocket that serve's live-reload script listens to.
fn live_socket(base: &str) -> Live {
    let host = base.trim_start_matches("http://").trim_end_matches('/');
    let stream = std::net::TcpStream::connect(host).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    let (socket, _) = tungstenite::client(format!("ws://{host}/__dossier/live"), stream).unwrap();
    socket
}

/// The next status the server pushes (pings skipped).
fn next_status(socket: &mut Live) -> serde_json::Value {
    loop {
        if let tungstenite::Message::Text(text) = socket.read().expect("a pushed status") {
            return serde_json::from_str(text.as_str()).unwrap();
        }
    }
}

fn wait_for(what: &str, mut done: impl FnMut() -> bool) {
    let start = Instant::now();
    while !done() {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "timed out waiting for {what}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn serve_rebuilds_on_change_and_keeps_the_last_good_site() {
    let dir = tempfile::tempdir().unwrap();
    write_files(
        dir.path(),
        &[
            ("site.toml", "title = \"Live\"\n"),
            ("seeds/a.txt", " date 2024-01-02 The ferry to Calais was cancelled on Tuesday. Passengers waited.\n"),
        ],
    );
    let mut child = Child(
        dossier()
            .args(["serve", "--root"])
            .arg(dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let stdout = child.0.stdout.take().unwrap();
    let mut lines = BufReader::new(stdout).lines();
    let base = loop {
        let line = lines.next().expect("serve printed its URL").unwrap();
        if let Some((_, port)) = line.split_once("http://127.0.0.1:") {
            break format!("http://127.0.0.1:{}", port.trim());
        }
    };
    std::thread::spawn(move || for _ in lines {});

    let (code, body) = server::get(&format!("{base}index.html"));
    assert_eq!(code, 200);
    let home = scraper::Html::parse_document(&String::from_utf8_lossy(&body));
    assert!(attrs(&home, "script", "src").contains(&"/__dossier/livereload.js".to_string()));
    let article = attrs(&home, ".article-list a", "href")[0].clone();
    let version = status(&base)["version"].as_u64().unwrap();
    let mut live = live_socket(&base);
    assert_eq!(next_status(&mut live)["version"].as_u64(), Some(version));

    std::fs::write(dir.path().join("seeds/a.txt"), " date 2024-01-02 The ferry to Calais was cancelled on Tuesday. Passengers waited for hours in the rain.\n").unwrap();
    let pushed = next_status(&mut live)["version"].as_u64().unwrap();
    assert!(
        pushed > version,
        "the websocket tells open pages of the edit"
    );
    wait_for("a rebuild", || {
        status(&base)["version"].as_u64().unwrap() > version
    });
    let (_, body) = server::get(&format!("{base}{article}"));
    assert!(String::from_utf8_lossy(&body).contains("hours in the rain"));

    std::fs::write(dir.path().join("site.toml"), "title = [\n").unwrap();
    wait_for("the error", || status(&base)["error"].is_string());
    assert!(status(&base)["error"]
        .as_str()
        .unwrap()
        .contains("site.toml:1:"));
    let (code, body) = server::get(&format!("{base}{article}"));
    assert_eq!(code, 200, "the last good site stays served");
    assert!(String::from_utf8_lossy(&body).contains("hours in the rain"));

    // Saved the way many editors save: a new file renamed over the old one.
    std::fs::write(dir.path().join("site.toml.new"), "title = \"Live again\"\n").unwrap();
    std::fs::rename(
        dir.path().join("site.toml.new"),
        dir.path().join("site.toml"),
    )
    .unwrap();
    wait_for("recovery", || status(&base)["error"].is_null());

    std::fs::write(dir.path().join("site.toml"), "title = \"Live once more\"\n").unwrap();
    wait_for("a rebuild after the rename", || {
        let (_, body) = server::get(&format!("{base}index.html"));
        String::from_utf8_lossy(&body).contains("Live once more")
    });
}
