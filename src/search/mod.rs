//! The client-side search index (elasticlunr), written as small classic
//! scripts that the search page loads on demand, so that a query fetches
//! kilobytes even on a site of thousands of articles, and search works from
//! `file://` (scripts load there; `fetch` does not).
//!
//! # Output
//!
//! * [`INDEX_FILE`] (`search_index.js`), the manifest, loaded by the page:
//!
//!   ```text
//!   window.dossierSearch = {
//!     "format": 3, "elasticlunr": "0.9.5",
//!     "fields": ["title", "entities", "topics", "source", "body"],
//!     "count": 11915,                    // documents, numbered 0..count
//!     "kinds": ["article", "entity", "topic"],
//!     "kind": "0010…",                   // kind of each document, as a digit
//!     "years": [["2025", 0, 130], …],    // documents [from, to) dated that year
//!     "popularity": [36, …],             // documents naming each entity page, in order
//!     "shards": ["", "ab", "acc", …],    // separator of each term shard
//!     "pageSize": 4,                     // documents per page of metadata
//!     "facets": {"entity": {"names": 1625, "parts": [["", 0], ["Kim", 812]]}, …}
//!   };                                 // per filter: names, first name and id of each part
//!   ```
//!
//!   Documents are numbered newest first (undated last), so a year is a
//!   range of numbers and browsing by filter needs no dates.
//! * `search/t-I.js`: term shard `I` (see [`shards`]): per field, a flat
//!   array `[term, postings, term, postings, …]` (postings: see `postings.rs`).
//! * `search/lengths.js`: per field, the number of terms of every document
//!   (elasticlunr's field-length norm), as `[width, digits]`: document `i`'s
//!   is the base-64 number at `i · width` (see [`shards::encode_numbers`]).
//! * `search/d-K.js`: metadata of documents `K·pageSize ..`: `title`, `url`,
//!   `date`?, `source`?, `excerpt`?, `text` (a compact extract of the body
//!   for snippets, see [`snippet`]; `excerpt` only when `text` does not
//!   start with it).
//! * `search/entity-names-P.js` (and topic, outlet): `[name, documents,
//!   chunk]` of the names of part `P`, names numbered in UTF-16 order (as
//!   JavaScript compares strings), so that a filter named in the URL loads
//!   the one part holding it (found from the parts' first names in the
//!   manifest) and all parts load only to fill the filter's drop-down;
//!   `search/entity-C.js` (and topic, outlet): the documents of each name of
//!   chunk `C`, by name number.
//!
//! Every shard calls `window.dossierSearchShard(key, data)`, `key` being its
//! file name without `.js`. Terms are produced by elasticlunr-rs (English
//! pipeline: trimmer, stop words, stemmer); the browser builds a small
//! `elasticlunr.Index` from the shards a query needs, so both the query
//! pipeline and the scoring are elasticlunr's own. Every `<`, `>`, `&`,
//! U+2028 and U+2029 in the JSON is written as a `\u` escape, so no data can
//! close the script element or break the JavaScript parse.

mod document;
mod facets;
mod manifest;
mod metadata;
mod postings;
mod script;
pub mod shards;
pub mod snippet;

use std::borrow::Cow;
use std::collections::BTreeMap;

pub use document::{DocText, SearchDoc};
use facets::{facet_files, Facets};
use manifest::{newest_first, Manifest};
use metadata::metadata_pages;
pub use script::escape_json_for_script;
use script::to_script;

/// A file of the search index: path relative to the site root, and content.
pub type IndexFile = (String, String);

/// Path of the manifest script, relative to the site root.
pub const INDEX_FILE: &str = "search_index.js";

/// Folder of the shard scripts, relative to the site root.
pub const SHARD_DIR: &str = "search";

/// The global variable the manifest script assigns.
pub const GLOBAL: &str = "dossierSearch";

/// Version of the index format written here (read by `static/search.js`).
pub const FORMAT_VERSION: u32 = 3;

/// The indexed fields, in the order given to elasticlunr. Boosts are applied
/// at query time by the client.
pub const FIELDS: [&str; 5] = ["title", "entities", "topics", "source", "body"];

/// About how many bytes of JSON postings a term shard or facet chunk holds
/// (gzip makes that about a third on the wire).
pub const SHARD_BYTES: usize = 6_000;

/// Documents per page of metadata. Results are spread over the whole
/// collection, so every result shown costs a page: one document a page keeps
/// a query's transfer smallest (about 0.5 kB gzipped a result), but at a file
/// per document it made search half of all the files of a site, and GitHub
/// Pages and file systems pay per file. Eight a page cuts those files eight
/// times for about 1.3 kB gzipped a result shown (real news, 535 articles).
pub const PAGE_DOCS: usize = 8;

/// Most characters of a non-article page's body that are indexed. Entity and
/// topic pages repeat sentences of the articles; indexing all of them would
/// grow the index without finding anything the articles don't already find.
const NON_ARTICLE_BODY_LIMIT: usize = 4_000;

/// The search index files for `docs`, the manifest first, all in memory
/// (for tests and tools; the build uses [`write_index`]).
pub fn build_index(docs: &[SearchDoc]) -> Vec<IndexFile> {
    build_files(docs, SHARD_BYTES, PAGE_DOCS)
}

/// [`build_index`] with the shard budget and page size as parameters.
fn build_files(docs: &[SearchDoc], shard_bytes: usize, page_docs: usize) -> Vec<IndexFile> {
    let mut files = Vec::new();
    let done: Result<(), std::convert::Infallible> =
        build(docs, shard_bytes, page_docs, &mut |path, text| {
            files.push((path, text));
            Ok(())
        });
    match done {
        Ok(()) => {}
        Err(never) => match never {},
    }
    // The manifest is made last.
    files.rotate_right(1);
    files
}

/// Builds the search index files for `docs`, handing each to `emit` (path,
/// content) as soon as it is made, so that the index is never all in
/// memory at once. Stops at the first error `emit` returns.
pub fn write_index<E>(
    docs: &[SearchDoc],
    emit: &mut dyn FnMut(String, String) -> Result<(), E>,
) -> Result<(), E> {
    build(docs, SHARD_BYTES, PAGE_DOCS, emit)
}

/// [`write_index`] with the shard budget and page size as parameters.
fn build<E>(
    docs: &[SearchDoc],
    shard_bytes: usize,
    page_docs: usize,
    emit: &mut dyn FnMut(String, String) -> Result<(), E>,
) -> Result<(), E> {
    let page_docs = page_docs.max(1);
    let docs = newest_first(docs);
    let facets = Facets::new(&docs);
    let mut add = |key: &str, content: String| emit(format!("{SHARD_DIR}/{key}.js"), content);
    let separators = {
        let (postings, lengths) = index_fields(&docs);
        let terms = shards::term_shards(&postings, shard_bytes);
        for (i, t) in terms.iter().enumerate() {
            let key = format!("t-{i}");
            add(&key, shards::script(&key, &t.data()))?;
        }
        let lengths: Vec<(usize, String)> =
            lengths.iter().map(|l| shards::encode_numbers(l)).collect();
        add("lengths", shards::script("lengths", &lengths))?;
        terms
            .into_iter()
            .map(|t| t.separator)
            .collect::<Vec<String>>()
    };
    metadata_pages(&docs, page_docs, &mut add)?;
    let mut indexes = BTreeMap::new();
    for (name, names) in [
        ("entity", &facets.entities),
        ("topic", &facets.topics),
        ("outlet", &facets.outlets),
    ] {
        let index = facet_files(name, names, shard_bytes, &mut add)?;
        indexes.insert(name, index);
    }
    let manifest = Manifest::new(&docs, &facets, &separators, page_docs, indexes);
    emit(INDEX_FILE.to_string(), to_script(&manifest))
}

/// Postings and field lengths of the [`FIELDS`] of `docs` (the body of a
/// page that is not an article cut to [`NON_ARTICLE_BODY_LIMIT`]). Each
/// document's field texts are made only while its chunk is indexed.
fn index_fields(docs: &[&SearchDoc]) -> (Vec<postings::FieldPostings>, Vec<Vec<u64>>) {
    let texts = |d: usize| -> Vec<Cow<'_, str>> {
        let Some(doc) = docs.get(d) else {
            return Vec::new();
        };
        let body = match doc.body.text() {
            body if doc.kind == "article" => body,
            Cow::Borrowed(body) => Cow::Borrowed(prefix_chars(body, NON_ARTICLE_BODY_LIMIT)),
            Cow::Owned(body) => Cow::Owned(prefix_chars(&body, NON_ARTICLE_BODY_LIMIT).to_string()),
        };
        vec![
            Cow::Borrowed(doc.title.as_str()),
            Cow::Owned(doc.entities.join(" · ")),
            Cow::Owned(doc.topics.join(" · ")),
            Cow::Borrowed(doc.source.as_deref().unwrap_or_default()),
            body,
        ]
    };
    postings::index_with(docs.len(), FIELDS.len(), &texts)
}

/// The first `max` characters of `text`.
fn prefix_chars(text: &str, max: usize) -> &str {
    text.get(..crate::text::cut::byte_offset_of_char(text, max))
        .unwrap_or(text)
}

#[cfg(test)]
mod tests;
