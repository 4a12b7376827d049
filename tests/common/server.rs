//! A tiny static file server on 127.0.0.1 for tests: serves `dir` under the
//! URL prefix `/<prefix>/` (as GitHub Pages serves a project site), answers
//! 404 elsewhere, logs the request targets, and stops when dropped.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

/// A running server; dropping it stops the thread.
pub(crate) struct Server {
    /// Base URL, e.g. `http://127.0.0.1:4321/dossier/`.
    pub base: String,
    /// The port it listens on.
    pub port: u16,
    /// The targets (path and query) requested so far, in order.
    pub log: Arc<Mutex<Vec<String>>>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl Server {
    /// The URL of `page` (relative to the served folder, query allowed).
    pub(crate) fn url(&self, page: &str) -> String {
        format!("{}{page}", self.base)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the accept loop so that it sees the flag.
        let _ = TcpStream::connect(("127.0.0.1", self.port));
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "xml" | "gexf" => "application/xml",
        "svg" => "image/svg+xml",
        "csv" => "text/csv",
        _ => "application/octet-stream",
    }
}

/// `%XX` escapes decoded (invalid UTF-8 replaced).
fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let hex = |b: u8| (b as char).to_digit(16);
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Answers one HTTP request: a file under `/<prefix>/`, or 404.
fn answer(mut stream: TcpStream, dir: &Path, prefix: &str, log: &Mutex<Vec<String>>) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let mut line = String::new();
    let mut reader = BufReader::new(match stream.try_clone() {
        Ok(s) => s,
        Err(_) => return,
    });
    if reader.read_line(&mut line).is_err() {
        return;
    }
    loop {
        let mut header = String::new();
        match reader.read_line(&mut header) {
            Ok(0) | Err(_) => break,
            Ok(_) if header.trim().is_empty() => break,
            Ok(_) => {}
        }
    }
    let target = line.split_whitespace().nth(1).unwrap_or("/");
    if let Ok(mut log) = log.lock() {
        log.push(target.to_string());
    }
    let path = percent_decode(target.split(['?', '#']).next().unwrap_or("/"));
    let file: Option<PathBuf> = path
        .strip_prefix(&format!("/{prefix}/"))
        .filter(|rest| !rest.split('/').any(|p| p == ".."))
        .map(|rest| {
            let p = dir.join(rest);
            if p.is_dir() {
                p.join("index.html")
            } else {
                p
            }
        });
    let (status, body, kind) = match file.as_ref().and_then(|f| std::fs::read(f).ok()) {
        Some(body) => (
            "200 OK",
            body,
            content_type(file.as_deref().unwrap_or(Path::new(""))),
        ),
        None => ("404 Not Found", b"not found".to_vec(), "text/plain"),
    };
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(&body);
}

/// Serves `dir` at `http://127.0.0.1:<free port>/<prefix>/`, each
/// connection on its own thread (a browser opens several at once).
pub(crate) fn serve(dir: &Path, prefix: &str) -> Server {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
    let port = listener.local_addr().expect("local addr").port();
    let stop = Arc::new(AtomicBool::new(false));
    let flag = stop.clone();
    let log = Arc::new(Mutex::new(Vec::new()));
    let writer = log.clone();
    let dir = dir.to_path_buf();
    let prefix_owned = prefix.to_string();
    let thread = std::thread::spawn(move || {
        for stream in listener.incoming() {
            if flag.load(Ordering::SeqCst) {
                break;
            }
            if let Ok(s) = stream {
                let (dir, prefix, writer) = (dir.clone(), prefix_owned.clone(), writer.clone());
                std::thread::spawn(move || answer(s, &dir, &prefix, &writer));
            }
        }
    });
    Server {
        base: format!("http://127.0.0.1:{port}/{prefix}/"),
        port,
        log,
        stop,
        thread: Some(thread),
    }
}

/// GETs `url` (http://127.0.0.1 only) and returns status code and body.
pub(crate) fn get(url: &str) -> (u16, Vec<u8>) {
    let rest = url.strip_prefix("http://").expect("http URL");
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let mut stream = TcpStream::connect(host).expect("connect");
    let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
    write!(
        stream,
        "GET /{path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
    )
    .expect("send");
    let mut response = Vec::new();
    std::io::Read::read_to_end(&mut stream, &mut response).expect("read");
    let split = response
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("header end");
    let head = String::from_utf8_lossy(&response[..split]).to_string();
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    (status, response[split + 4..].to_vec())
}
