//! Filters given in the URL (`type`, `year`, `entity`), alone and with a
//! query.

use crate::common::browser::{file_url, Browser};
use crate::common::{build_samples, server};
use crate::search_page::{parse, search_doms};
use crate::server::SUBPATH;

#[test]
fn filters_from_the_url_apply() {
    let Some(browser) = Browser::find(false) else {
        return;
    };
    let site = build_samples();
    let search = site.out.join("search.html");
    let doms = search_doms(
        &browser,
        &[
            file_url(&search, "q=Kim&type=entity"),
            file_url(&search, "type=article&year=2021"),
        ],
    );
    let only_entities = parse(&doms[0]);
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
    let by_year = parse(&doms[1]);
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
    let Some(browser) = Browser::find(false) else {
        return;
    };
    let site = build_samples();
    let server = server::serve(&site.out, SUBPATH);
    let hrefs = |query: &str| -> Vec<Vec<String>> {
        let urls = [
            file_url(&site.out.join("search.html"), query),
            server.url(&format!("search.html?{query}")),
        ];
        search_doms(&browser, &urls)
            .iter()
            .map(|dom| {
                let mut found: Vec<String> = parse(dom).results.into_iter().map(|r| r.0).collect();
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
    for found in hrefs("type=article&entity=North%20Korea&entity=Russia") {
        assert_eq!(found, both);
    }
    // One of the two alone keeps more.
    for found in hrefs("type=article&entity=North%20Korea") {
        assert_eq!(found.len(), 3, "{found:?}");
    }
}
