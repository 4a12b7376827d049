//! The shared test server (`tests/common/server.rs`) as the search tests
//! use it: the site under the subpath [`SUBPATH`], as GitHub Pages serves a
//! project site, and nothing outside it.

use std::io::Write;
use std::net::TcpStream;

use crate::common::server;

/// The subpath the HTTP server serves the site under, without slashes.
pub(crate) const SUBPATH: &str = "dossier";

#[test]
fn the_server_serves_only_the_subpath() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("index.html"), "<!DOCTYPE html><p>hi</p>").expect("write");
    let server = server::serve(dir.path(), SUBPATH);
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
