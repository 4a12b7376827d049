//! What the regression tests share: sentences as strings, raw element
//! texts, keyword-in-context sides, the plain-text parser, a site built
//! from a few files, entity names found in one article.

use crate::common::*;
use dossier::analyze::entities::extract;
use dossier::content::boilerplate::Boilerplate;
use dossier::content::text;
use dossier::text::split_sentences;
use scraper::{Html, Selector};

/// The sentences of `text` as strings.
pub(crate) fn pieces(text: &str) -> Vec<&str> {
    split_sentences(text)
        .into_iter()
        .filter_map(|r| text.get(r))
        .collect()
}

/// The raw text (white space as written) of every element matching `css`.
pub(crate) fn raw_texts(doc: &Html, css: &str) -> Vec<String> {
    let sel = Selector::parse(css).unwrap();
    doc.select(&sel)
        .map(|e| e.text().collect::<String>())
        .collect()
}

/// The text before and after the `<mark>` of each keyword-in-context line.
pub(crate) fn kwic_sides(doc: &Html) -> (String, String) {
    let sel = Selector::parse(".kwic ol li:not(.meta) > a").unwrap();
    let (mut before, mut after) = (String::new(), String::new());
    for a in doc.select(&sel) {
        let mut marked = false;
        for child in a.children() {
            if let Some(t) = child.value().as_text() {
                let side = if marked { &mut after } else { &mut before };
                side.push_str(t);
            } else {
                marked = true;
            }
        }
    }
    (before, after)
}

/// `text` read by the plain-text parser, with the built-in boilerplate rules.
pub(crate) fn parse(text: &str) -> text::PlainText {
    text::parse(text, &Boilerplate::new(true, &[]))
}

/// Builds a site of `files` (paths under the site folder) and asserts that
/// no article or page failed.
pub(crate) fn build_files(files: &[(&str, &str)]) -> (tempfile::TempDir, Built) {
    let root = tempfile::tempdir().unwrap();
    // Every name gets a page, so that one-article fixtures reach entity pages.
    write_files(
        root.path(),
        &[(
            "site.toml",
            "title = \"Regression\"\n[entities]\nmin_articles = 1\nmin_mentions = 1\n",
        )],
    );
    write_files(root.path(), files);
    let site = build(root.path());
    assert!(
        site.report.failures.is_empty(),
        "{:#?}",
        site.report.failures
    );
    (root, site)
}

/// The names of the entities found in one article of `blocks`.
pub(crate) fn entity_names(blocks: &[&str]) -> Vec<String> {
    let articles = vec![blocks.iter().map(|b| b.to_string()).collect::<Vec<_>>()];
    let ex = extract(&articles, None);
    let mut names: Vec<String> = ex.mentions[0]
        .iter()
        .map(|m| ex.entities[m.entity].name.clone())
        .collect();
    names.dedup();
    names
}
