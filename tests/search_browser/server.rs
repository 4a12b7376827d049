//! A static file server on 127.0.0.1 serving a site under the subpath
//! [`SUBPATH`], as GitHub Pages serves a project site, and logging what was
//! requested.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread;
use std::time::Duration;

/// The subpath the HTTP server serves the site under.
pub(crate) const SUBPATH: &str = "/dossier/";

/// A static file server for `root` under [`SUBPATH`] on 127.0.0.1; stops
/// when dropped.
pub(crate) struct Server {
    /// The port it listens on.
    pub(crate) port: u16,
    /// Paths requested so far.
    pub(crate) log: Arc<std::sync::Mutex<Vec<String>>>,
    stop: Arc<AtomicBool>,
    handle: Option<thread::JoinHandle<()>>,
}

impl Server {
    /// Starts serving `root`.
    pub(crate) fn start(root: PathBuf) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let port = listener.local_addr().expect("local addr").port();
        let stop = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&stop);
        let log = Arc::new(std::sync::Mutex::new(Vec::new()));
        let writer = Arc::clone(&log);
        let handle = thread::spawn(move || {
            for stream in listener.incoming() {
                if flag.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(stream) = stream else { continue };
                let root = root.clone();
                let writer = Arc::clone(&writer);
                thread::spawn(move || serve(stream, &root, &writer));
            }
        });
        Server {
            port,
            log,
            stop,
            handle: Some(handle),
        }
    }

    /// The URL of `page` (relative to the site root) on this server.
    pub(crate) fn url(&self, page: &str) -> String {
        format!("http://127.0.0.1:{}{SUBPATH}{page}", self.port)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the accept loop so that it sees the flag.
        let _ = TcpStream::connect(("127.0.0.1", self.port));
        if let Some(handle) = self.handle.take() {
            let _ = handle.join();
        }
    }
}

/// Answers one HTTP request: a file under [`SUBPATH`], or 404.
fn serve(mut stream: TcpStream, root: &Path, log: &std::sync::Mutex<Vec<String>>) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let mut reader = BufReader::new(match stream.try_clone() {
        Ok(s) => s,
        Err(_) => return,
    });
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).is_err() {
        return;
    }
    // Skip the headers.
    let mut line = String::new();
    while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
        line.clear();
    }
    let target = request_line.split_whitespace().nth(1).unwrap_or("");
    if let Ok(mut log) = log.lock() {
        log.push(target.to_string());
    }
    let path = target.split(['?', '#']).next().unwrap_or("");
    let file = path
        .strip_prefix(SUBPATH)
        .map(percent_decode)
        .filter(|rel| {
            !rel.split('/')
                .any(|seg| seg == ".." || seg.starts_with('.'))
        })
        .map(|rel| {
            let rel = if rel.is_empty() || rel.ends_with('/') {
                format!("{rel}index.html")
            } else {
                rel
            };
            root.join(rel)
        })
        .filter(|p| p.is_file());
    let response = match file.and_then(|p| std::fs::read(&p).ok().map(|b| (p, b))) {
        Some((p, body)) => {
            let mut head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: {}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                content_type(&p),
                body.len()
            )
            .into_bytes();
            head.extend(body);
            head
        }
        None => b"HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\nContent-Length: 9\r\nConnection: close\r\n\r\nnot found"
            .to_vec(),
    };
    let _ = stream.write_all(&response);
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

/// The `Content-Type` of a file, by its extension.
fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "xml" => "application/xml",
        _ => "application/octet-stream",
    }
}

#[test]
fn the_server_serves_only_the_subpath() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("index.html"), "<!DOCTYPE html><p>hi</p>").expect("write");
    let server = Server::start(dir.path().to_path_buf());
    let get = |path: &str| -> String {
        let mut stream = TcpStream::connect(("127.0.0.1", server.port)).expect("connect");
        write!(stream, "GET {path} HTTP/1.1\r\nHost: x\r\n\r\n").expect("send");
        let mut out = String::new();
        let _ = std::io::Read::read_to_string(&mut stream, &mut out);
        out
    };
    assert!(get("/dossier/index.html").starts_with("HTTP/1.1 200"));
    assert!(get("/dossier/").contains("<p>hi</p>"));
    assert!(get("/index.html").starts_with("HTTP/1.1 404"));
    assert!(get("/dossier/../index.html").starts_with("HTTP/1.1 404"));
}
