//! Search in a real browser: builds the sample site, opens `search.html?q=…`
//! in headless Chromium, once from `file://` and once over HTTP under the
//! subpath `/dossier/`, and checks the results in the dumped DOM.
//!
//! Without Chromium the tests print a notice and pass, except when `CI` is
//! `true`: there a missing browser is a failure.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread;
use std::time::{Duration, Instant};

use scraper::{Html, Selector};

/// How long one Chromium run may take before it is killed.
const BROWSER_TIMEOUT: Duration = Duration::from_secs(60);

/// The subpath the HTTP server serves the site under.
const SUBPATH: &str = "/dossier/";

// ---------------------------------------------------------------- helpers

/// The Chromium binary, or `None` (after a notice) when there is none and
/// this is not CI.
fn chromium() -> Option<PathBuf> {
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
fn dump_dom(chromium: &Path, url: &str) -> String {
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

/// A built copy of the sample site, removed when dropped.
struct Site {
    dir: tempfile::TempDir,
}

impl Site {
    /// Builds `seeds/` + `site.toml` from the repository root.
    fn sample() -> Site {
        Site::build(Path::new(env!("CARGO_MANIFEST_DIR")))
    }

    /// Builds the site rooted at `root` into a fresh temporary folder.
    fn build(root: &Path) -> Site {
        let dir = tempfile::tempdir().expect("temp dir");
        let output = dir.path().join("public");
        dossier::build::build_site(&dossier::build::BuildOptions {
            root: root.to_path_buf(),
            output: Some(output),
            base_url: None,
            ..Default::default()
        })
        .expect("site builds");
        Site { dir }
    }

    fn root(&self) -> PathBuf {
        self.dir.path().join("public")
    }

    /// The site-root-relative URL of the article built from `source_file`.
    fn article_url(&self, source_file: &str) -> String {
        let text = std::fs::read_to_string(self.root().join("data/articles.json"))
            .expect("data/articles.json");
        let articles: serde_json::Value = serde_json::from_str(&text).expect("articles JSON");
        articles
            .as_array()
            .expect("array of articles")
            .iter()
            .find(|a| a["path"].as_str().is_some_and(|p| p.ends_with(source_file)))
            .and_then(|a| a["url"].as_str())
            .unwrap_or_else(|| panic!("no article from {source_file}"))
            .to_string()
    }
}

/// A static file server for `root` under [`SUBPATH`] on 127.0.0.1; stops
/// when dropped.
struct Server {
    port: u16,
    /// Paths requested so far.
    log: Arc<std::sync::Mutex<Vec<String>>>,
    stop: Arc<AtomicBool>,
    handle: Option<thread::JoinHandle<()>>,
}

impl Server {
    fn start(root: PathBuf) -> Server {
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

    fn url(&self, page: &str) -> String {
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

/// What the search page showed.
#[derive(Debug)]
struct Outcome {
    /// (href, kind, text) of each result, in order.
    results: Vec<(String, String, String)>,
    /// Whether `#no-results` is shown.
    no_results_visible: bool,
    /// The live region's text.
    status: String,
}

fn parse(dom: &str) -> Outcome {
    let html = Html::parse_document(dom);
    let sel = |s: &str| Selector::parse(s).expect("selector");
    let results = html
        .select(&sel("ol#results > li.result"))
        .map(|li| {
            let link = li.select(&sel("a")).next().expect("result has a link");
            (
                link.value().attr("href").unwrap_or("").to_string(),
                li.value().attr("data-kind").unwrap_or("").to_string(),
                li.text().collect::<String>(),
            )
        })
        .collect();
    let no_results = html
        .select(&sel("#no-results"))
        .next()
        .expect("#no-results exists");
    let status = html
        .select(&sel("#search-status"))
        .next()
        .map(|s| s.text().collect::<String>())
        .unwrap_or_default();
    Outcome {
        results,
        no_results_visible: no_results.value().attr("hidden").is_none(),
        status,
    }
}

/// Runs `query` on the sample site from `file://` and over HTTP under a
/// subpath, handing each outcome and the site to `check`.
fn for_both_origins(query: &str, check: impl Fn(&Outcome, &Site, &str)) {
    let Some(chromium) = chromium() else { return };
    let site = Site::sample();
    let q: String = query
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect();
    let page = format!("search.html?q={q}");

    let file_url = format!("file://{}/{page}", site.root().display());
    let outcome = parse(&dump_dom(&chromium, &file_url));
    check(&outcome, &site, &file_url);

    let server = Server::start(site.root());
    let http_url = server.url(&page);
    let outcome = parse(&dump_dom(&chromium, &http_url));
    check(&outcome, &site, &http_url);
}

/// Asserts that one of the results links to the article built from `source`.
fn finds_article(query: &str, source: &str) {
    for_both_origins(query, |outcome, site, url| {
        let wanted = site.article_url(source);
        assert!(
            outcome
                .results
                .iter()
                .any(|(href, kind, _)| *href == wanted && kind == "article"),
            "{url}: no result links to {wanted}: {outcome:#?}"
        );
        assert!(
            !outcome.no_results_visible,
            "{url}: no-results shown with results"
        );
        assert!(
            outcome.status.contains("result"),
            "{url}: status {:?}",
            outcome.status
        );
    });
}

// ------------------------------------------------------------------ tests

#[test]
fn kursk_finds_the_kursk_article() {
    finds_article("Kursk", "000_f2de3465b80c222d.txt");
}

#[test]
fn sturgeon_finds_the_summit_menu_article() {
    finds_article("sturgeon", "001_1d5390a35ac40c51.txt");
}

#[test]
fn mao_finds_the_china_article() {
    finds_article("Mao", "002_0a015e6bfc61684e.txt");
}

#[test]
fn kim_puts_kim_jong_uns_entity_page_in_the_top_three() {
    for_both_origins("Kim", |outcome, _, url| {
        let top: Vec<&(String, String, String)> = outcome.results.iter().take(3).collect();
        assert!(
            top.iter()
                .any(|(href, kind, text)| href.starts_with("entities/")
                    && kind == "entity"
                    && text.contains("Kim Jong Un")),
            "{url}: Kim Jong Un's entity page not in the top 3: {top:#?}"
        );
    });
}

#[test]
fn a_query_without_match_shows_no_results() {
    for_both_origins("zzqxv", |outcome, _, url| {
        assert!(
            outcome.results.is_empty(),
            "{url}: unexpected results {outcome:#?}"
        );
        assert!(outcome.no_results_visible, "{url}: #no-results hidden");
        assert!(
            outcome.status.contains("No results"),
            "{url}: {:?}",
            outcome.status
        );
    });
}

#[test]
fn a_query_of_stop_words_shows_no_results() {
    for_both_origins("the and of", |outcome, _, url| {
        assert!(
            outcome.results.is_empty(),
            "{url}: unexpected results {outcome:#?}"
        );
        assert!(outcome.no_results_visible, "{url}: #no-results hidden");
    });
}

#[test]
fn snippets_highlight_the_matched_terms() {
    for_both_origins("sturgeon", |outcome, _, url| {
        assert!(
            outcome
                .results
                .iter()
                .any(|(_, _, text)| text.contains("sturgeon")),
            "{url}: {outcome:#?}"
        );
    });
    let Some(chromium) = chromium() else { return };
    let site = Site::sample();
    let dom = dump_dom(
        &chromium,
        &format!("file://{}/search.html?q=sturgeon", site.root().display()),
    );
    let html = Html::parse_document(&dom);
    let marks: Vec<String> = html
        .select(&Selector::parse("li.result .result-snippet mark").expect("selector"))
        .map(|m| m.text().collect())
        .collect();
    assert!(
        marks.iter().any(|m| m.eq_ignore_ascii_case("sturgeon")),
        "no highlighted term: {marks:?}"
    );
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

#[test]
fn filters_from_the_url_apply() {
    let Some(chromium) = chromium() else { return };
    let site = Site::sample();
    let root = site.root();
    let only_entities = parse(&dump_dom(
        &chromium,
        &format!("file://{}/search.html?q=Kim&type=entity", root.display()),
    ));
    assert!(!only_entities.results.is_empty(), "{only_entities:#?}");
    assert!(
        only_entities
            .results
            .iter()
            .all(|(_, kind, _)| kind == "entity"),
        "{only_entities:#?}"
    );
    // A filter alone lists the pages it keeps.
    let articles = site.article_url("002_0a015e6bfc61684e.txt");
    let by_year = parse(&dump_dom(
        &chromium,
        &format!(
            "file://{}/search.html?type=article&year=2021",
            root.display()
        ),
    ));
    assert_eq!(
        by_year
            .results
            .iter()
            .map(|r| r.0.as_str())
            .collect::<Vec<_>>(),
        vec![articles.as_str()],
        "{by_year:#?}"
    );
}

/// Two `entity` parameters keep the pages naming both (the link a relation
/// without a page of its own carries), from `file://` and over HTTP.
#[test]
fn two_entity_filters_keep_the_articles_naming_both() {
    let Some(chromium) = chromium() else { return };
    let site = Site::sample();
    let server = Server::start(site.root());
    let hrefs = |page: &str| -> Vec<Vec<String>> {
        let file_url = format!("file://{}/{page}", site.root().display());
        [file_url, server.url(page)]
            .iter()
            .map(|url| {
                let mut found: Vec<String> = parse(&dump_dom(&chromium, url))
                    .results
                    .into_iter()
                    .map(|r| r.0)
                    .collect();
                found.sort();
                found
            })
            .collect()
    };
    let mut both = vec![
        site.article_url("000_f2de3465b80c222d.txt"),
        site.article_url("001_1d5390a35ac40c51.txt"),
    ];
    both.sort();
    for found in hrefs("search.html?type=article&entity=North%20Korea&entity=Russia") {
        assert_eq!(found, both);
    }
    // One of the two alone keeps more.
    for found in hrefs("search.html?type=article&entity=North%20Korea") {
        assert_eq!(found.len(), 3, "{found:?}");
    }
}

#[test]
fn hostile_titles_are_shown_as_text() {
    let Some(chromium) = chromium() else { return };
    let src = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir(src.path().join("seeds")).expect("seeds dir");
    std::fs::write(
        src.path().join("site.toml"),
        "title = \"Test\"\ncontent_dir = \"seeds\"\n",
    )
    .expect("site.toml");
    std::fs::write(
        src.path().join("seeds/001.txt"),
        "Kursk </script><script>alert(1)</script> <img src=x id=pwned>\n\n\
         The Kursk region saw fighting. Troops from the north arrived in spring.\n",
    )
    .expect("seed");
    let site = Site::build(src.path());
    let dom = dump_dom(
        &chromium,
        &format!("file://{}/search.html?q=Kursk", site.root().display()),
    );
    let outcome = parse(&dom);
    assert!(
        outcome
            .results
            .iter()
            .any(|(_, _, text)| text.contains("</script><script>alert(1)</script>")),
        "{outcome:#?}"
    );
    let html = Html::parse_document(&dom);
    let injected = Selector::parse("#results img, #results script, #pwned").expect("selector");
    assert!(
        html.select(&injected).next().is_none(),
        "markup injected: {dom}"
    );
}

/// A made-up article body: `words` words from a small vocabulary, with the
/// marker word `marker` once in the middle.
fn synthetic_body(i: usize, words: usize, marker: &str) -> String {
    const SYLLABLES: [&str; 16] = [
        "ka", "ro", "mi", "ten", "sa", "vol", "dre", "nu", "pol", "ga", "li", "ster", "mon", "ta",
        "ver", "shi",
    ];
    let mut seed = (i as u64 + 1).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    let mut out = Vec::new();
    for w in 0..words {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let mut k = seed % 3_000 + 16;
        let mut word = String::new();
        while k > 0 {
            word.push_str(SYLLABLES[(k % 16) as usize]);
            k /= 16;
        }
        out.push(if w == words / 2 {
            marker.to_string()
        } else {
            word
        });
    }
    out.join(" ")
}

/// Over HTTP, a site of 400 documents: the index is split into dozens of
/// term shards, a query loads a few of them and the pages of the results it
/// shows, and finds the one document holding a rare word.
#[test]
fn a_sharded_index_loads_only_what_a_query_needs() {
    let Some(chromium) = chromium() else { return };
    let site = Site::sample();
    let docs: Vec<dossier::search::SearchDoc> = (0..400)
        .map(|i| dossier::search::SearchDoc {
            kind: "article",
            title: format!("Report number {i}"),
            url: format!("articles/report-{i}.html"),
            date: Some(format!("20{:02}-01-01", 10 + i % 10)),
            source: Some("Wire".to_string()),
            excerpt: String::new(),
            body: synthetic_body(i, 300, if i == 123 { "zanzibarite" } else { "report" }).into(),
            entities: vec![format!("Person {}", i % 40)],
            topics: vec![format!("Topic {}", i % 7)],
        })
        .collect();
    let root = site.root();
    let _ = std::fs::remove_dir_all(root.join("search"));
    for (path, content) in dossier::search::build_index(&docs) {
        let path = root.join(path);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("search dir");
        std::fs::write(path, content).expect("write shard");
    }
    let shards = std::fs::read_dir(root.join("search"))
        .expect("search dir")
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().starts_with("t-"))
        .count();
    assert!(shards > 20, "only {shards} term shards");

    let server = Server::start(root);
    let outcome = parse(&dump_dom(
        &chromium,
        &server.url("search.html?q=zanzibarite"),
    ));
    assert_eq!(
        outcome
            .results
            .iter()
            .map(|r| r.0.as_str())
            .collect::<Vec<_>>(),
        vec!["articles/report-123.html"],
        "{outcome:#?}"
    );
    let log = server.log.lock().map(|l| l.clone()).unwrap_or_default();
    let loaded = |prefix: &str| {
        log.iter()
            .filter(|p| p.contains(&format!("/search/{prefix}")))
            .count()
    };
    assert!(
        (1..=3).contains(&loaded("t-")),
        "term shards loaded: {log:#?}"
    );
    assert_eq!(loaded("d-"), 1, "{log:#?}");
    assert_eq!(loaded("entity"), 0, "{log:#?}");
}
