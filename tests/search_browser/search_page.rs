//! The search page as a test reads it: its results, `#no-results` and the
//! live region, for a query opened from `file://` and over HTTP.

use scraper::{Html, Selector};

use crate::common::browser::{file_url, Browser};
use crate::common::{build_samples, server, Built};
use crate::server::SUBPATH;

/// True once the search page has shown what it found (or why it cannot
/// search): its live region is filled only then.
const SEARCH_DONE: &str = "document.getElementById('search-status').textContent.trim() !== ''";

/// Opens each of `urls` (search pages) and returns the DOM each leaves once
/// its search is done.
pub(crate) fn search_doms(browser: &Browser, urls: &[String]) -> Vec<String> {
    browser.doms(urls, SEARCH_DONE)
}

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
pub(crate) fn for_both_origins(query: &str, check: impl Fn(&Outcome, &Built, &str)) {
    let Some(browser) = Browser::find(false) else {
        return;
    };
    let site = build_samples();
    let q: String = query
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect();
    let query_string = format!("q={q}");

    let server = server::serve(&site.out, SUBPATH);
    let urls = [
        file_url(&site.out.join("search.html"), &query_string),
        server.url(&format!("search.html?{query_string}")),
    ];
    for (url, dom) in urls.iter().zip(search_doms(&browser, &urls)) {
        check(&parse(&dom), &site, url);
    }
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
