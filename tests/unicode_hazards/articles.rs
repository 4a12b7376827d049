//! The articles of the hazard site: every one built, titles, dates from
//! date markers, the outlet from a dateline.

use crate::common::*;
use crate::fixture::{built, SEEDS};
use crate::inspect::{assert_clean, raw_text, raw_texts};

#[test]
fn hazard_corpus_builds_every_article_without_failure() {
    let site = built();
    assert!(
        site.report.failures.is_empty(),
        "{:#?}",
        site.report.failures
    );
    assert_eq!(site.report.articles, SEEDS.len());
    let warnings: Vec<String> = site.report.warnings.iter().map(|w| w.to_string()).collect();
    // The Windows-1252 file is the one thing worth a warning.
    assert_eq!(warnings.len(), 1, "{warnings:#?}");
    assert!(
        warnings[0].contains("seeds/cp1252.txt") && warnings[0].contains("Windows-1252"),
        "{warnings:#?}"
    );
    for seed in SEEDS {
        let url = site.article_url(seed);
        assert!(site.out.join(&url).is_file(), "{seed}: no page {url}");
        let page = site.page(&url);
        let body = raw_text(&page, "article .body");
        assert!(!body.trim().is_empty(), "{seed}: empty body");
        assert_clean(&format!("{seed} body"), &body);
    }
}

#[test]
fn titles_keep_visible_spaces_and_lose_invisible_characters() {
    let site = built();
    let expected = [
        (
            "dateline-reuters.txt",
            "Kim\u{a0}Jong\u{a0}Un Opens “Peaceful\u{2009}Route” to Pyongyang",
        ),
        (
            "front-matter.md",
            "Café diplomacy:\u{a0}Kim\u{a0}Jong\u{a0}Un’s envoy in Moscow",
        ),
        ("spaces.txt", "The firm lost £5\u{a0}bn"),
        (
            "scripts.txt",
            "Путин\u{a0}и Ким обсудили\u{2009}сотрудничество",
        ),
        (
            "cp1252.txt",
            "Café owners in Liège welcomed Kim\u{a0}Jong\u{a0}Un’s visit",
        ),
    ];
    for (seed, title) in expected {
        let page = site.page(&site.article_url(seed));
        assert_eq!(raw_text(&page, "h1"), title, "{seed}");
        assert!(
            raw_text(&page, "title").starts_with(title),
            "{seed}: {}",
            raw_text(&page, "title")
        );
    }
    // "Café" in the Markdown title was typed as e + U+0301.
    let md = site.page(&site.article_url("front-matter.md"));
    assert!(raw_text(&md, "h1").starts_with("Caf\u{e9} "));
    let body = raw_text(&md, "article .body");
    assert!(body.contains("Jos\u{e9} Alvarez"), "{body:?}");
    // The emoji sequence keeps its zero-width joiner.
    assert!(body.contains("👩\u{200D}💻"), "{body:?}");
    // U+2029 ended a paragraph, U+2028 a line, the mid-text BOM is gone.
    let paragraphs = raw_texts(&md, "article .body p");
    assert!(
        paragraphs[0].starts_with("Russian and North Korean officials met in Moscow on Saturday."),
        "{paragraphs:?}"
    );
    assert!(
        paragraphs
            .iter()
            .any(|p| p.starts_with("“We are brothers,” Kim said")),
        "{paragraphs:?}"
    );
    for json in site.articles_json() {
        assert_clean("articles.json title", json["title"].as_str().unwrap());
    }
    for page in site.html_pages() {
        let doc = site.page(&page);
        for css in ["title", "h1", "h2", "h3"] {
            for text in raw_texts(&doc, css) {
                assert_clean(&format!("{page} {css}"), &text);
            }
        }
    }
}

#[test]
fn date_markers_with_unicode_spaces_give_the_date() {
    let site = built();
    let expected = [
        ("dateline-reuters.txt", "2024-03-01"),
        ("front-matter.md", "2024-03-02"),
        ("spaces.txt", "2024-03-03"),
        ("cp1252.txt", "2024-03-04"),
        ("scripts.txt", "2024-03-05"),
    ];
    for (seed, date) in expected {
        let page = site.page(&site.article_url(seed));
        assert_eq!(
            attrs(&page, "article header time", "datetime"),
            vec![date.to_string()],
            "{seed}"
        );
        let body = raw_text(&page, "article .body");
        assert!(!body.contains(date), "{seed}: the marker leaked: {body:?}");
    }
}

#[test]
fn dateline_with_no_break_and_thin_spaces_names_the_outlet() {
    let site = built();
    let url = site.article_url("dateline-reuters.txt");
    let page = site.page(&url);
    assert_eq!(raw_text(&page, "article header .source"), "Reuters");
    let json = site
        .articles_json()
        .into_iter()
        .find(|a| a["path"] == "dateline-reuters.txt")
        .unwrap();
    assert_eq!(json["source"], "Reuters");
    let first = raw_texts(&page, "article .body p");
    assert!(
        first[0].starts_with("SEOUL\u{a0}(Reuters)\u{2009}- North Korean leader"),
        "{first:?}"
    );
}
