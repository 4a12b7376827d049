//! Filters given in the URL (`type`, `year`, `entity`), alone and with a
//! query.

use crate::chromium::{chromium, dump_dom};
use crate::search_page::parse;
use crate::server::Server;
use crate::site::Site;

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
