//! The client-side search index (elasticlunr), written as classic scripts so
//! that search works from `file://`.
//!
//! # Output
//!
//! One file, [`INDEX_FILE`] (`search_index.js`), a classic script that assigns
//! a JSON object to `window.dossierSearch`:
//!
//! ```text
//! window.dossierSearch = {
//!   "format": 1,
//!   "elasticlunr": "0.9.5",          // elasticlunr.js version the index is for
//!   "fields": ["title", "entities", "topics", "source", "body"],
//!   "lengths": {"title": [3, 7, …], …},   // tokens per field, by document number
//!   "postings": {"title": {"kursk": [1, -3, 2], …}, …},  // see postings.rs
//!   "entities": ["Kim Jong Un", …],  // canonical names used by documents
//!   "topics": ["China – North Korea", …],
//!   "docs": [ {"title", "url", "kind", "date"?, "source"?, "year"?,
//!              "excerpt"?, "text", "entities": [i…], "topics": [i…]}, … ]
//! };
//! ```
//!
//! A document's ref is its position in `docs`. Terms are produced by
//! elasticlunr-rs (English pipeline: trimmer, stop words, stemmer) and the
//! browser rebuilds an `elasticlunr.Index` from the postings, so the query
//! pipeline is elasticlunr's own. `text` is a compact extract of the body for
//! snippets (see [`snippet`]); `excerpt` is stored only when `text` does not
//! already start with it. Every `<`, `>`, `&`, U+2028 and U+2029 in the JSON is
//! written as a `\u` escape, so no data can close the script element or break
//! the JavaScript parse.

mod postings;
pub mod snippet;

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;
use serde_json::Value;

/// One searchable document: an article, an entity page or a topic page.
#[derive(Debug, Clone)]
pub struct SearchDoc {
    /// What kind of page it is: "article", "entity" or "topic".
    pub kind: &'static str,
    /// Page title (entity or topic name for those pages).
    pub title: String,
    /// URL relative to the site root, e.g. "articles/kim-visits.html".
    pub url: String,
    /// ISO date (YYYY-MM-DD) when the page has one.
    pub date: Option<String>,
    /// The outlet that published the article.
    pub source: Option<String>,
    /// A short excerpt (about 200 characters) shown in results.
    pub excerpt: String,
    /// The page's plain text (article text; an entity's mention sentences; …).
    pub body: String,
    /// Names and aliases of the entities the page names (for an entity page: its own name and aliases).
    pub entities: Vec<String>,
    /// Names of the topics the page belongs to.
    pub topics: Vec<String>,
}

/// A file of the search index: path relative to the site root, and content.
pub type IndexFile = (String, String);

/// Path of the index script, relative to the site root.
pub const INDEX_FILE: &str = "search_index.js";

/// The global variable the index script assigns.
pub const GLOBAL: &str = "dossierSearch";

/// Version of the index format written here (read by `static/search.js`).
pub const FORMAT_VERSION: u32 = 1;

/// The indexed fields, in the order given to elasticlunr. Boosts are applied
/// at query time by the client.
pub const FIELDS: [&str; 5] = ["title", "entities", "topics", "source", "body"];

/// Most characters of a non-article page's body that are indexed. Entity and
/// topic pages repeat sentences of the articles; indexing all of them would
/// grow the index without finding anything the articles don't already find.
const NON_ARTICLE_BODY_LIMIT: usize = 4_000;

/// Most characters of an excerpt stored for results.
const EXCERPT_LIMIT: usize = 240;

/// Builds the search index files for `docs`.
pub fn build_index(docs: &[SearchDoc]) -> Vec<IndexFile> {
    let data = index_data(docs);
    vec![(INDEX_FILE.to_string(), to_script(&data))]
}

/// Per-document metadata shipped to the browser.
#[derive(Serialize)]
struct DocMeta<'a> {
    title: &'a str,
    url: &'a str,
    kind: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    year: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    excerpt: Option<String>,
    text: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    entities: Vec<usize>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    topics: Vec<usize>,
}

/// The whole index object.
#[derive(Serialize)]
struct IndexData<'a> {
    format: u32,
    elasticlunr: &'static str,
    fields: [&'static str; 5],
    lengths: BTreeMap<&'static str, Vec<u64>>,
    postings: BTreeMap<&'static str, postings::FieldPostings>,
    entities: Vec<&'a str>,
    topics: Vec<&'a str>,
    docs: Vec<DocMeta<'a>>,
}

/// Builds the index object for `docs`.
fn index_data(docs: &[SearchDoc]) -> IndexData<'_> {
    let elastic = elastic_index(docs);
    let value: Value = serde_json::from_str(&elastic.to_json()).unwrap_or(Value::Null);
    let lengths = FIELDS
        .iter()
        .map(|f| (*f, postings::field_lengths(&value, f, docs.len())))
        .collect();
    let postings = FIELDS
        .iter()
        .map(|f| (*f, postings::field_postings(&value, f)))
        .collect();

    let stats = snippet::TermStats::new(docs.iter().map(|d| d.body.as_str()));
    let canonical = canonical_entity_names(docs);
    let mut entity_names = Names::default();
    let mut topic_names = Names::default();
    let metas: Vec<DocMeta> = docs
        .iter()
        .map(|doc| {
            let mut entities: Vec<usize> = doc
                .entities
                .iter()
                .map(|name| {
                    let key = name.to_lowercase();
                    let name = canonical.get(&key).copied().unwrap_or(name.as_str());
                    entity_names.id(name)
                })
                .collect();
            entities.sort_unstable();
            entities.dedup();
            let mut topics: Vec<usize> = doc.topics.iter().map(|t| topic_names.id(t)).collect();
            topics.sort_unstable();
            topics.dedup();
            doc_meta(doc, &stats, entities, topics)
        })
        .collect();

    IndexData {
        format: FORMAT_VERSION,
        elasticlunr: elasticlunr::ELASTICLUNR_VERSION,
        fields: FIELDS,
        lengths,
        postings,
        entities: entity_names.names,
        topics: topic_names.names,
        docs: metas,
    }
}

/// Indexes `docs` with elasticlunr-rs; refs are document numbers.
fn elastic_index(docs: &[SearchDoc]) -> elasticlunr::Index {
    let mut index = elasticlunr::IndexBuilder::new()
        .save_docs(false)
        .add_fields(FIELDS)
        .set_ref("id")
        .build();
    for (i, doc) in docs.iter().enumerate() {
        let body = if doc.kind == "article" {
            doc.body.as_str()
        } else {
            prefix_chars(&doc.body, NON_ARTICLE_BODY_LIMIT)
        };
        let fields = [
            doc.title.clone(),
            doc.entities.join(" · "),
            doc.topics.join(" · "),
            doc.source.clone().unwrap_or_default(),
            body.to_string(),
        ];
        index.add_doc(&i.to_string(), fields);
    }
    index
}

/// Maps every lower-cased name and alias of an entity page to the page's
/// title, so that filters list each entity once under its canonical name.
fn canonical_entity_names(docs: &[SearchDoc]) -> HashMap<String, &str> {
    let mut map = HashMap::new();
    for doc in docs.iter().filter(|d| d.kind == "entity") {
        for name in doc.entities.iter().chain(std::iter::once(&doc.title)) {
            map.entry(name.to_lowercase()).or_insert(doc.title.as_str());
        }
    }
    // A page's own title always wins over another page's alias.
    for doc in docs.iter().filter(|d| d.kind == "entity") {
        map.insert(doc.title.to_lowercase(), doc.title.as_str());
    }
    map
}

/// Builds the browser-side metadata of one document.
fn doc_meta<'a>(
    doc: &'a SearchDoc,
    stats: &snippet::TermStats,
    entities: Vec<usize>,
    topics: Vec<usize>,
) -> DocMeta<'a> {
    let text = snippet::snippet_text(&doc.body, stats);
    let excerpt = snippet::truncate_words(doc.excerpt.trim(), EXCERPT_LIMIT);
    let excerpt_is_redundant = excerpt.is_empty() || {
        let stem = excerpt.trim_end_matches('…').trim_end();
        squash(&text).starts_with(&squash(stem))
    };
    let date = doc.date.as_deref().filter(|d| !d.is_empty());
    DocMeta {
        title: &doc.title,
        url: &doc.url,
        kind: doc.kind,
        date,
        year: date
            .and_then(|d| d.get(..4))
            .filter(|y| y.bytes().all(|b| b.is_ascii_digit())),
        source: doc.source.as_deref().filter(|s| !s.is_empty()),
        excerpt: (!excerpt_is_redundant).then_some(excerpt),
        text,
        entities,
        topics,
    }
}

/// Collapses whitespace, for comparing texts.
fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The first `max` characters of `text`.
fn prefix_chars(text: &str, max: usize) -> &str {
    match text.char_indices().nth(max) {
        Some((pos, _)) => &text[..pos],
        None => text,
    }
}

/// Interns names, in first-seen order.
#[derive(Default)]
struct Names<'a> {
    names: Vec<&'a str>,
    ids: HashMap<&'a str, usize>,
}

impl<'a> Names<'a> {
    /// The number of `name`, adding it when new.
    fn id(&mut self, name: &'a str) -> usize {
        if let Some(id) = self.ids.get(name) {
            return *id;
        }
        self.names.push(name);
        self.ids.insert(name, self.names.len() - 1);
        self.names.len() - 1
    }
}

/// Serialises `data` as a classic script assigning it to [`GLOBAL`].
fn to_script<T: Serialize>(data: &T) -> String {
    // Serialising plain structs of strings, numbers and maps with string keys
    // cannot fail; fall back to `null` rather than panic all the same.
    let json = serde_json::to_string(data).unwrap_or_else(|_| "null".to_string());
    format!("window.{GLOBAL} = {};\n", escape_json_for_script(&json))
}

/// Rewrites characters that are harmless in JSON but dangerous in an HTML
/// script (`<`, `>`, `&`) or in older JavaScript parsers (U+2028, U+2029) as
/// `\u` escapes. They can only occur inside JSON strings, where the escape
/// means the same character.
pub fn escape_json_for_script(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests;
