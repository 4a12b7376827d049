//! Copies: exact and near copies fold into one article that lists them,
//! keep their URL as a pointer, and can be left unfolded.

use crate::common::*;
use crate::fixture::{built, texts};

#[test]
fn copies_fold_into_one_article_and_count_once() {
    let (_source, site) = built("");
    let report = &site.report;
    assert_eq!(
        (report.exact_copies, report.near_copies),
        (1, 1),
        "{}",
        report.summary()
    );
    assert!(
        report
            .summary()
            .contains("2 copies folded: 1 exact, 1 near"),
        "{}",
        report.summary()
    );
    assert_eq!(report.articles, 8);
    let paths: Vec<String> = site
        .articles_json()
        .iter()
        .filter_map(|a| a["path"].as_str().map(str::to_string))
        .collect();
    assert!(paths.contains(&"kcna-greetings.txt".to_string()));
    assert!(!paths.contains(&"scraped-again/kcna-greetings.txt".to_string()));
    assert!(
        paths.contains(&"reuters-breakwater.txt".to_string()),
        "earliest copy kept"
    );
    assert!(!paths.contains(&"planet-breakwater.txt".to_string()));
    assert!(
        paths.contains(&"reuters-breakwater-2025.txt".to_string()),
        "a year apart: no copy"
    );
    // articles.json lists a kept article's copies, and leaves the field out
    // where there are none.
    let record = |path: &str| {
        site.articles_json()
            .into_iter()
            .find(|a| a["path"] == path)
            .unwrap()
    };
    assert_eq!(
        record("reuters-breakwater.txt")["copies"],
        serde_json::json!(["planet-breakwater.txt"])
    );
    assert!(record("reuters-breakwater-2025.txt")
        .get("copies")
        .is_none());

    // The article lists its copy, with file, outlet and date.
    let url = site.article_url("reuters-breakwater.txt");
    let page = site.page(&url);
    let copies = texts(&page, ".copies li");
    assert_eq!(copies.len(), 1, "{copies:?}");
    assert!(copies[0].contains("planet-breakwater.txt"), "{}", copies[0]);
    assert!(copies[0].contains("Reuters"), "{}", copies[0]);
    assert!(copies[0].contains("near copy"), "{}", copies[0]);
    assert!(
        copies[0].contains("12 June 2024") || copies[0].contains("June 12, 2024"),
        "{}",
        copies[0]
    );

    // Entities count the story once: Tomas Berg is named in seven stories.
    let entities = std::fs::read_to_string(site.out.join("data/entities.json")).unwrap();
    let entities: Vec<serde_json::Value> = serde_json::from_str(&entities).unwrap();
    let berg = entities
        .iter()
        .find(|e| e["name"] == "Tomas Berg")
        .expect("Tomas Berg found");
    assert_eq!(berg["articles"].as_array().map(Vec::len), Some(8));

    // Search holds the article once.
    let manifest = std::fs::read_to_string(site.out.join("search_index.js")).unwrap();
    let articles = manifest.matches("\"article\"").count();
    assert!(articles >= 1);
    let kinds = manifest.split("\"kind\":\"").nth(1).unwrap_or("");
    let article_docs = kinds.split('"').next().unwrap_or("").matches('0').count();
    assert_eq!(article_docs, 8, "{manifest}");
}

#[test]
fn a_copy_keeps_its_url_as_a_pointer_to_the_article() {
    let (_source, site) = built("");
    let article = site.article_url("kcna-greetings.txt");
    let pointers: Vec<String> = site
        .html_pages()
        .into_iter()
        .filter(|p| p.starts_with("articles/") && *p != article)
        .filter(|p| !attrs(&site.page(p), "meta[http-equiv=refresh]", "content").is_empty())
        .collect();
    assert_eq!(pointers.len(), 2, "{pointers:?}");
    let kept = |url: &str| site.articles_json().iter().any(|a| a["url"] == url);
    for pointer in &pointers {
        let page = site.page(pointer);
        let target = attrs(&page, "link[rel=canonical]", "href");
        assert_eq!(target.len(), 1, "{pointer}");
        let article = target[0].strip_prefix("../").expect("relative to the root");
        assert!(kept(article), "{pointer} points to {article}, no article");
        assert_eq!(attrs(&page, "main a", "href"), target);
        let refresh = attrs(&page, "meta[http-equiv=refresh]", "content");
        assert_eq!(refresh, vec![format!("0; url={}", target[0])]);
    }
    let sitemap = std::fs::read_to_string(site.out.join("sitemap.xml")).unwrap();
    for pointer in &pointers {
        assert!(
            !sitemap.contains(pointer.as_str()),
            "{pointer} in the sitemap"
        );
    }
}

#[test]
fn folding_can_be_turned_off() {
    let (_source, site) = built("\n[copies]\nfold = false\n");
    assert_eq!(site.report.articles, 10);
    assert_eq!((site.report.exact_copies, site.report.near_copies), (0, 0));
    assert!(!site.report.summary().contains("folded"));
}
