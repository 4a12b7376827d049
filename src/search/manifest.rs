//! The manifest, `search_index.js` (see the module docs of [`super`]): the
//! documents' kinds, years and popularity, the shards' separators and the
//! filters' parts. Documents are numbered newest first, so that a year is a
//! range of numbers.

use std::collections::BTreeMap;

use serde::Serialize;

use super::facets::{FacetIndex, Facets};
use super::{SearchDoc, FIELDS, FORMAT_VERSION};

/// The manifest (see the module docs).
#[derive(Serialize)]
pub(super) struct Manifest<'a> {
    format: u32,
    elasticlunr: &'static str,
    fields: [&'static str; 5],
    count: usize,
    kinds: Vec<&'static str>,
    kind: String,
    years: Vec<(&'a str, usize, usize)>,
    popularity: Vec<usize>,
    shards: Vec<&'a str>,
    #[serde(rename = "pageSize")]
    page_size: usize,
    facets: BTreeMap<&'static str, FacetIndex<'a>>,
}

impl<'a> Manifest<'a> {
    /// The manifest of `docs` (numbered in this order), their filters and
    /// the separators of the term shards.
    pub(super) fn new(
        docs: &[&'a SearchDoc],
        facets: &Facets,
        separators: &'a [String],
        page_size: usize,
        facet_indexes: BTreeMap<&'static str, FacetIndex<'a>>,
    ) -> Manifest<'a> {
        const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
        let mut kinds: Vec<&'static str> = Vec::new();
        let mut kind = String::with_capacity(docs.len());
        let mut years: Vec<(&str, usize, usize)> = Vec::new();
        let mut popularity = Vec::new();
        for (i, doc) in docs.iter().enumerate() {
            let k = kinds
                .iter()
                .position(|k| *k == doc.kind)
                .unwrap_or_else(|| {
                    kinds.push(doc.kind);
                    kinds.len() - 1
                });
            kind.push(char::from(DIGITS[k.min(DIGITS.len() - 1)]));
            if let Some(year) = year_of(doc) {
                match years.last_mut() {
                    Some(last) if last.0 == year => last.2 = i + 1,
                    _ => years.push((year, i, i + 1)),
                }
            }
            if doc.kind == "entity" {
                popularity.push(facets.entities.count(&doc.title));
            }
        }
        Manifest {
            format: FORMAT_VERSION,
            elasticlunr: elasticlunr::ELASTICLUNR_VERSION,
            fields: FIELDS,
            count: docs.len(),
            kinds,
            kind,
            years,
            popularity,
            shards: separators.iter().map(String::as_str).collect(),
            page_size,
            facets: facet_indexes,
        }
    }
}

/// The documents ordered newest first; undated ones last, in their order.
pub(super) fn newest_first<'d, 'a>(docs: &'d [SearchDoc<'a>]) -> Vec<&'d SearchDoc<'a>> {
    let mut sorted: Vec<&SearchDoc> = docs.iter().collect();
    // A stable sort keeps the given order among equal dates.
    sorted.sort_by(|a, b| date_of(b).cmp(&date_of(a)));
    sorted
}

/// A document's date, if it has a non-empty one.
pub(super) fn date_of<'d>(doc: &'d SearchDoc<'_>) -> Option<&'d str> {
    doc.date.as_deref().filter(|d| !d.is_empty())
}

/// The year of a document's date, when it starts with four digits.
fn year_of<'d>(doc: &'d SearchDoc<'_>) -> Option<&'d str> {
    date_of(doc)
        .and_then(|d| d.get(..4))
        .filter(|y| y.bytes().all(|b| b.is_ascii_digit()))
}
