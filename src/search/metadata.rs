//! The metadata pages `search/d-K.js`: per document the title, URL, date,
//! outlet, excerpt and the compact text its result snippet is cut from (see
//! [`super::snippet`]), a few documents a page.

use rayon::prelude::*;
use serde::Serialize;

use super::manifest::date_of;
use super::{shards, snippet, SearchDoc};

/// Most characters of an excerpt stored for results.
const EXCERPT_LIMIT: usize = 240;

/// Metadata pages made in parallel before they are handed on.
const PAGES_AT_ONCE: usize = 256;

/// Hands `add` the metadata pages `d-K` of `docs`, `page_docs` documents
/// each, as (key, script).
pub(super) fn metadata_pages<E>(
    docs: &[&SearchDoc],
    page_docs: usize,
    add: &mut impl FnMut(&str, String) -> Result<(), E>,
) -> Result<(), E> {
    let stats = snippet::TermStats::par_new(docs.par_iter().map(|d| d.body.text()));
    for (b, batch) in docs.chunks(page_docs * PAGES_AT_ONCE).enumerate() {
        let scripts: Vec<(String, String)> = batch
            .par_chunks(page_docs)
            .enumerate()
            .map(|(k, page)| {
                let metas: Vec<DocMeta> = page.iter().map(|d| doc_meta(d, &stats)).collect();
                let key = format!("d-{}", b * PAGES_AT_ONCE + k);
                let script = shards::script(&key, &metas);
                (key, script)
            })
            .collect();
        for (key, script) in scripts {
            add(&key, script)?;
        }
    }
    Ok(())
}

/// Per-document metadata shipped to the browser.
#[derive(Serialize)]
struct DocMeta<'a> {
    title: &'a str,
    url: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    excerpt: Option<String>,
    text: String,
}

/// Builds the browser-side metadata of one document.
fn doc_meta<'a>(doc: &'a SearchDoc, stats: &snippet::TermStats) -> DocMeta<'a> {
    let text = snippet::snippet_text(&doc.body.text(), stats);
    let excerpt = crate::text::shorten(&doc.excerpt, EXCERPT_LIMIT);
    let excerpt_is_redundant = excerpt.is_empty() || {
        let stem = excerpt.trim_end_matches('…').trim_end();
        squash(&text).starts_with(&squash(stem))
    };
    DocMeta {
        title: &doc.title,
        url: &doc.url,
        date: date_of(doc),
        source: doc.source.as_deref().filter(|s| !s.is_empty()),
        excerpt: (!excerpt_is_redundant).then_some(excerpt),
        text,
    }
}

/// Collapses whitespace, for comparing texts.
fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
