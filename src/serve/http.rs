//! The preview server: files from memory, a live-reload script injected into
//! HTML pages, and a websocket that tells open pages when the site changed
//! (also readable once, as JSON, at `/__dossier/status`).

use super::{Bell, Served};
use std::sync::{Arc, RwLock};
use std::time::Duration;
use tiny_http::{Header, Request, Response, Server};
use tungstenite::protocol::Role;
use tungstenite::{Message, WebSocket};

/// How often an idle websocket is pinged, which also notices a closed page.
const PING_EVERY: Duration = Duration::from_secs(20);

/// The live-reload client: keeps a websocket open to the server, reloads
/// the page when the site's version changes, shows a build error as an
/// overlay, and reconnects (backing off) when the server goes away. Served
/// from the same origin, so the pages' Content-Security-Policy
/// (`script-src 'self'`, `default-src 'self'`) allows it.
const LIVE_RELOAD_JS: &str = r#"(function () {
  "use strict";
  var version = null, overlay = null, delay = 250;
  function show(message) {
    if (!overlay) {
      overlay = document.createElement("div");
      overlay.setAttribute("role", "alert");
      overlay.className = "dossier-error-overlay";
      document.body.appendChild(overlay);
    }
    overlay.textContent = "dossier: the last edit broke the build (the previous site is shown)\n\n" + message;
    overlay.hidden = false;
  }
  function connect() {
    var scheme = location.protocol === "https:" ? "wss://" : "ws://";
    var socket = new WebSocket(scheme + location.host + "/__dossier/live");
    socket.onmessage = function (event) {
      var s;
      try { s = JSON.parse(event.data); } catch (e) { return; }
      delay = 250;
      if (version !== null && s.version !== version) { location.reload(); return; }
      version = s.version;
      if (s.error) { show(s.error); } else if (overlay) { overlay.hidden = true; }
    };
    socket.onclose = function () {
      setTimeout(connect, delay);
      delay = Math.min(delay * 2, 4000);
    };
  }
  connect();
})();
"#;

/// Overlay styles, served as a stylesheet (inline styles are forbidden by the CSP).
const OVERLAY_CSS: &str = ".dossier-error-overlay{position:fixed;inset:auto 1rem 1rem 1rem;max-height:50vh;overflow:auto;z-index:9999;background:#7a0000;color:#fff;font:14px/1.4 monospace;white-space:pre-wrap;padding:1rem;border-radius:6px;box-shadow:0 4px 24px rgba(0,0,0,.4)}\n";

/// A running server.
pub(super) struct Running {
    /// `http://127.0.0.1:PORT/`.
    pub url: String,
}

fn header(name: &str, value: &str) -> Option<Header> {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).ok()
}

/// The `Content-Type` of a site file, by its extension; text in UTF-8.
fn content_type(path: &str) -> String {
    // A gzipped download is served as it is stored, not decoded on the fly.
    if path.ends_with(".gz") {
        return "application/gzip".into();
    }
    let mime = mime_guess::from_path(path).first_or_octet_stream();
    let textual = mime.type_() == mime_guess::mime::TEXT
        || mime.subtype() == mime_guess::mime::JAVASCRIPT
        || mime.subtype() == mime_guess::mime::JSON;
    if textual {
        format!("{mime}; charset=utf-8")
    } else {
        mime.to_string()
    }
}

fn respond(state: &RwLock<Served>, url: &str) -> (u16, String, Vec<u8>) {
    let path = url.split(['?', '#']).next().unwrap_or("/");
    let path = percent_encoding::percent_decode_str(path)
        .decode_utf8_lossy()
        .into_owned();
    match path.as_str() {
        "/__dossier/livereload.js" => {
            return (200, content_type("livereload.js"), LIVE_RELOAD_JS.into())
        }
        "/__dossier/overlay.css" => return (200, content_type("overlay.css"), OVERLAY_CSS.into()),
        "/__dossier/status" => {
            let body = Status::of(state).to_json().into_bytes();
            return (200, content_type("status.json"), body);
        }
        _ => {}
    }
    let mut rel = path.trim_start_matches('/').to_string();
    if rel.is_empty() || rel.ends_with('/') {
        rel.push_str("index.html");
    }
    let served = state.read().unwrap_or_else(|e| e.into_inner());
    let found = served.files.get(&rel).cloned().or_else(|| {
        let index = format!("{rel}/index.html");
        served.files.get(&index).cloned()
    });
    drop(served);
    match found {
        Some(bytes) if rel.ends_with(".html") => {
            let html = String::from_utf8_lossy(&bytes);
            let inject = "<link rel=\"stylesheet\" href=\"/__dossier/overlay.css\"><script src=\"/__dossier/livereload.js\"></script></body>";
            let page = match html.rsplit_once("</body>") {
                Some((head, tail)) => format!("{head}{inject}{tail}"),
                None => format!("{html}{inject}"),
            };
            (200, content_type(&rel), page.into_bytes())
        }
        Some(bytes) => (200, content_type(&rel), bytes.to_vec()),
        None => {
            let state = state.read().unwrap_or_else(|e| e.into_inner());
            let body = state
                .files
                .get("404.html")
                .map(|b| b.to_vec())
                .unwrap_or_else(|| b"not found".to_vec());
            (404, content_type("404.html"), body)
        }
    }
}

/// What open pages are told: the site's version and the last build error.
#[derive(Clone, PartialEq, serde::Serialize)]
struct Status {
    version: u64,
    error: Option<String>,
}

impl Status {
    fn of(state: &RwLock<Served>) -> Status {
        let served = state.read().unwrap_or_else(|e| e.into_inner());
        Status {
            version: served.version,
            error: served.error.clone(),
        }
    }

    fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// Turns a request for `/__dossier/live` into a websocket and, until the
/// page goes away, sends it the [`Status`] at once and whenever it changes.
fn live(request: Request, state: &RwLock<Served>, bell: &Bell) {
    let key = request
        .headers()
        .iter()
        .find(|h| h.field.equiv("Sec-WebSocket-Key"))
        .map(|h| h.value.as_str().to_owned());
    let Some(key) = key else {
        let _ =
            request.respond(Response::from_string("a websocket is expected").with_status_code(400));
        return;
    };
    let accept = tungstenite::handshake::derive_accept_key(key.as_bytes());
    let mut response = Response::empty(101);
    // The accept key is base64, always a valid header value.
    if let Some(accept) = header("Sec-WebSocket-Accept", &accept) {
        response.add_header(accept);
    }
    let stream = request.upgrade("websocket", response);
    let mut socket = WebSocket::from_raw_socket(stream, Role::Server, None);
    let mut sent: Option<Status> = None;
    let mut rung = bell.rung();
    loop {
        let now = Status::of(state);
        let message = if sent.as_ref() != Some(&now) {
            let text = now.to_json();
            sent = Some(now);
            Message::text(text)
        } else {
            Message::Ping(Default::default())
        };
        if socket.send(message).is_err() {
            return;
        }
        rung = bell.wait(rung, PING_EVERY);
    }
}

/// Starts serving on 127.0.0.1:`port` (0: any free port) with a few threads,
/// and a thread for each open page's websocket.
pub(super) fn start(
    port: u16,
    state: Arc<RwLock<Served>>,
    bell: Arc<Bell>,
) -> anyhow::Result<Running> {
    let server = Server::http(("127.0.0.1", port))
        .map_err(|e| anyhow::anyhow!("cannot listen on 127.0.0.1:{port}: {e}"))?;
    let port = server
        .server_addr()
        .to_ip()
        .map(|a| a.port())
        .unwrap_or(port);
    let server = Arc::new(server);
    for _ in 0..4 {
        let server = server.clone();
        let state = state.clone();
        let bell = bell.clone();
        std::thread::spawn(move || {
            for request in server.incoming_requests() {
                if request.url() == "/__dossier/live" {
                    let (state, bell) = (state.clone(), bell.clone());
                    std::thread::spawn(move || live(request, &state, &bell));
                    continue;
                }
                let (status, kind, body) = respond(&state, request.url());
                let mut response = Response::from_data(body).with_status_code(status);
                for h in [
                    header("Content-Type", &kind),
                    header("Cache-Control", "no-store"),
                ]
                .into_iter()
                .flatten()
                {
                    response.add_header(h);
                }
                let _ = request.respond(response);
            }
        });
    }
    Ok(Running {
        url: format!("http://127.0.0.1:{port}/"),
    })
}

#[cfg(test)]
mod tests {
    use super::content_type;

    #[test]
    fn content_types_name_utf8_text_and_gzip_downloads() {
        assert_eq!(content_type("a/b.html"), "text/html; charset=utf-8");
        assert_eq!(
            content_type("static/x.js"),
            "text/javascript; charset=utf-8"
        );
        assert_eq!(
            content_type("data/e.json"),
            "application/json; charset=utf-8"
        );
        assert_eq!(content_type("data/mentions.csv.gz"), "application/gzip");
        assert_eq!(content_type("feed.xml"), "text/xml; charset=utf-8");
        assert_eq!(content_type("x.woff2"), "font/woff2");
        assert_eq!(content_type("x.unknown"), "application/octet-stream");
    }
}
