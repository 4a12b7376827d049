//! The search page as a test reads it: its results, `#no-results` and the
//! live region, for a query opened from `file://` and over HTTP.

use scraper::{Html, Selector};

use crate::chromium::{chromium, dump_dom};
use crate::server::Server;
use crate::site::Site;

/// What the search page showed.
#[derive(Debug)]
pub(crate) struct Outcome {
    /// (href, kind, text) of each result, in order.
    pub(crate) results: Vec<(String, String, String)>,
    /// Whether `#no-results` is shown.
    pub(crate) no_results_visible: bool,
    /// The live region's text.
    pub(crate) status: String,
}

/// Reads a dumped search page.
pub(crate) fn parse(dom: &str) -> Outcome {
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
pub(crate) fn for_both_origins(query: &str, check: impl Fn(&Outcome, &Site, &str)) {
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
pub(crate) fn finds_article(query: &str, source: &str) {
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
