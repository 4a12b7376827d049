//! Compact posting lists, made with elasticlunr-rs's English tokenizer and
//! pipeline (trimmer, stop words, stemmer), exactly the processing its
//! `Index::add_doc` applies, but in parallel and without building its
//! per-character trie and serialising it: on 10,000 articles that trie and
//! its JSON took gigabytes and most of the build on one core.
//!
//! elasticlunr's own JSON stores every prefix of every term as a nested object
//! with `docs` and `df`, and every term frequency as a float with full
//! precision; on a large corpus that is several times the size of the site's
//! HTML. The same information fits in one flat list of integers per term, and
//! the client rebuilds the elasticlunr index from it with elasticlunr's own
//! `addToken` (see `static/search.js`), so queries run through elasticlunr
//! exactly as with the stock format.
//!
//! Encoding of one term's postings: documents in ascending order, each as the
//! gap from the previous document number (the first gap counted from -1, so
//! every gap is at least 1); a posting whose term occurs once is the gap `g`,
//! one whose term occurs `n > 1` times is `-g, n`. elasticlunr's term
//! frequency is `sqrt(n)`.

use std::borrow::Cow;
use std::collections::BTreeMap;

use elasticlunr::Language;
use rayon::prelude::*;
#[cfg(test)]
use serde_json::Value;

/// Postings of one field: term → encoded list (see the module docs).
pub(super) type FieldPostings = BTreeMap<String, Vec<i32>>;

/// Documents tokenised at once: the term lists of a chunk are all that is
/// held beside the postings, so memory does not grow with a copy of every
/// document's terms.
const CHUNK_DOCS: usize = 512;

/// A hash map with a fast hasher: terms come from the corpus, and the
/// maps' order never shows (postings are sorted by term when done).
type HashMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;

/// One field's postings while they are built: per term, the last document
/// added and the encoded list so far.
type Building = HashMap<String, (i32, Vec<i32>)>;

/// Postings per field and field lengths per field and document, for
/// documents given as their field texts (`docs[d][f]`, fields in the same
/// order for every document).
#[cfg(test)]
pub(super) fn index(docs: &[Vec<&str>], fields: usize) -> (Vec<FieldPostings>, Vec<Vec<u64>>) {
    let texts = |d: usize| -> Vec<Cow<'_, str>> {
        docs.get(d)
            .into_iter()
            .flatten()
            .map(|&t| Cow::Borrowed(t))
            .collect()
    };
    index_with(docs.len(), fields, &texts)
}

/// Field texts of a document, by number.
pub(super) type Texts<'a> = dyn Fn(usize) -> Vec<Cow<'a, str>> + Sync + 'a;

/// Postings per field and field lengths per field and document, for
/// documents `0..count` whose field texts (in the same order for every
/// document) `texts` makes when their chunk is indexed.
pub(super) fn index_with(
    count: usize,
    fields: usize,
    texts: &Texts<'_>,
) -> (Vec<FieldPostings>, Vec<Vec<u64>>) {
    let mut building: Vec<Building> = vec![HashMap::default(); fields];
    let mut lengths: Vec<Vec<u64>> = vec![Vec::with_capacity(count); fields];
    for first in (0..count).step_by(CHUNK_DOCS) {
        let chunk = first..count.min(first + CHUNK_DOCS);
        for (d, doc) in chunk.clone().zip(chunk_terms(chunk, fields, texts)) {
            let d = i32::try_from(d).unwrap_or(i32::MAX);
            for (f, (terms, length)) in doc.into_iter().enumerate() {
                lengths[f].push(length);
                for (term, count) in terms {
                    add(&mut building[f], term, d, count);
                }
            }
        }
    }
    // Lists grew by doubling: give back the slack before they are held
    // while the shards are written. Sorted by term here, once.
    let postings = building
        .into_iter()
        .map(|field| {
            field
                .into_iter()
                .map(|(t, (_, mut list))| {
                    list.shrink_to_fit();
                    (t, list)
                })
                .collect()
        })
        .collect();
    (postings, lengths)
}

/// One document's field: its distinct terms with their counts, and its
/// number of terms.
type FieldTerms = (Vec<(String, usize)>, u64);

/// Per document of `chunk` and per field, its distinct terms with their
/// counts (in no particular order) and its number of terms.
fn chunk_terms(
    chunk: std::ops::Range<usize>,
    fields: usize,
    texts: &Texts<'_>,
) -> Vec<Vec<FieldTerms>> {
    chunk
        .into_par_iter()
        .with_min_len(CHUNK_DOCS / 16)
        .map_init(Terms::new, |terms, d| {
            let texts = texts(d);
            (0..fields)
                .map(|f| terms.of(texts.get(f).map_or("", |t| t.as_ref())))
                .collect()
        })
        .collect()
}

/// elasticlunr's English tokenizer and pipeline, with the pipeline's result
/// for each token remembered: its steps (trimmer, stop words, stemmer) each
/// take one token and give back at most one, so a word met again needs no
/// second stemming.
struct Terms {
    lang: elasticlunr::lang::English,
    pipeline: elasticlunr::pipeline::Pipeline,
    /// Token → what the pipeline makes of it (`None`: dropped).
    seen: HashMap<String, Option<String>>,
}

impl Terms {
    fn new() -> Terms {
        let lang = elasticlunr::lang::English::new();
        let pipeline = lang.make_pipeline();
        Terms {
            lang,
            pipeline,
            seen: HashMap::default(),
        }
    }

    /// The distinct terms of `text` with their counts, and its number of
    /// terms, as `pipeline.run(lang.tokenize(text))` gives them.
    fn of(&mut self, text: &str) -> FieldTerms {
        let tokens = self.lang.tokenize(text);
        for token in &tokens {
            if !self.seen.contains_key(token) {
                let term = self.pipeline.run(vec![token.clone()]).pop();
                self.seen.insert(token.clone(), term);
            }
        }
        let mut counts: HashMap<&str, usize> = HashMap::default();
        let mut length = 0;
        for token in &tokens {
            if let Some(Some(term)) = self.seen.get(token) {
                *counts.entry(term.as_str()).or_insert(0) += 1;
                length += 1;
            }
        }
        let terms = counts
            .into_iter()
            .map(|(t, n)| (t.to_string(), n))
            .collect();
        (terms, length)
    }
}

/// Appends document `doc` (later than every document already added), in
/// which `term` occurs `count` times, to the term's encoded postings.
fn add(field: &mut Building, term: String, doc: i32, count: usize) {
    let (previous, list) = field.entry(term).or_insert_with(|| (-1, Vec::new()));
    let gap = doc - *previous;
    *previous = doc;
    if count > 1 {
        list.push(-gap);
        list.push(i32::try_from(count).unwrap_or(i32::MAX));
    } else {
        list.push(gap);
    }
}

/// Extracts the postings of `field` from a serialised elasticlunr index
/// (`index.to_json()` parsed as a value). Document refs must be the decimal
/// numbers `0..n`; anything else is skipped.
#[cfg(test)]
pub(super) fn field_postings(index: &Value, field: &str) -> FieldPostings {
    let mut raw: BTreeMap<String, Vec<(i32, i32)>> = BTreeMap::new();
    if let Some(root) = index
        .get("index")
        .and_then(|i| i.get(field))
        .and_then(|f| f.get("root"))
    {
        let mut prefix = String::new();
        walk(root, &mut prefix, &mut raw);
    }
    raw.into_iter()
        .map(|(term, mut docs)| {
            docs.sort_unstable();
            (term, encode(&docs))
        })
        .collect()
}

/// Field lengths (number of tokens after the pipeline) of documents `0..n`
/// for `field`, from the serialised document store.
#[cfg(test)]
pub(super) fn field_lengths(index: &Value, field: &str, n: usize) -> Vec<u64> {
    let info = index.get("documentStore").and_then(|d| d.get("docInfo"));
    (0..n)
        .map(|i| {
            info.and_then(|d| d.get(i.to_string()))
                .and_then(|d| d.get(field))
                .and_then(Value::as_u64)
                .unwrap_or(0)
        })
        .collect()
}

/// Visits a trie node: collects its documents under the term spelled by
/// `prefix`, then recurses into its single-character children.
#[cfg(test)]
fn walk(node: &Value, prefix: &mut String, out: &mut BTreeMap<String, Vec<(i32, i32)>>) {
    let Some(map) = node.as_object() else {
        return;
    };
    if let Some(docs) = map.get("docs").and_then(Value::as_object) {
        for (doc_ref, info) in docs {
            let Ok(doc) = doc_ref.parse::<i32>() else {
                continue;
            };
            let tf = info.get("tf").and_then(Value::as_f64).unwrap_or(1.0);
            // elasticlunr stores sqrt(count); recover the count.
            let count = (tf * tf).round().max(1.0) as i32;
            out.entry(prefix.clone()).or_default().push((doc, count));
        }
    }
    for (key, child) in map {
        if key == "docs" || key == "df" {
            continue;
        }
        let len = prefix.len();
        prefix.push_str(key);
        walk(child, prefix, out);
        prefix.truncate(len);
    }
}

/// Encodes sorted `(document, count)` pairs as described in the module docs.
#[cfg(test)]
fn encode(docs: &[(i32, i32)]) -> Vec<i32> {
    let mut out = Vec::with_capacity(docs.len());
    let mut previous = -1;
    for &(doc, count) in docs {
        let gap = doc - previous;
        previous = doc;
        if count > 1 {
            out.push(-gap);
            out.push(count);
        } else {
            out.push(gap);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_gaps_and_counts() {
        assert_eq!(encode(&[(0, 1), (3, 4), (4, 1)]), vec![1, -3, 4, 1]);
    }

    #[test]
    fn reads_an_elasticlunr_index() {
        let mut index = elasticlunr::IndexBuilder::new()
            .save_docs(false)
            .add_fields(["title", "body"])
            .build();
        index.add_doc("0", ["Kursk offensive", "troops troops in Kursk"]);
        index.add_doc("1", ["Sturgeon", "caviar and sturgeon"]);
        let value: Value = serde_json::from_str(&index.to_json()).unwrap_or(Value::Null);
        let body = field_postings(&value, "body");
        assert_eq!(body.get("troop"), Some(&vec![-1, 2]));
        assert_eq!(body.get("kursk"), Some(&vec![1]));
        assert_eq!(body.get("sturgeon"), Some(&vec![2]));
        assert_eq!(field_lengths(&value, "body", 2), vec![3, 2]);
    }

    #[test]
    fn direct_index_equals_elasticlunr_rs() {
        let texts = [
            ["Kim's summit in Vladivostok", "The leaders met; troops, troops and more troops were discussed. Running runners ran."],
            ["Sturgeon and caviar", "A menu of sturgeon, duck-and-fig salad; it's the 60th anniversary."],
            ["", "U.S.-North Korea talks stalled: \"never truly trust\" each other"],
        ];
        let mut elastic = elasticlunr::IndexBuilder::new()
            .save_docs(false)
            .add_fields(["title", "body"])
            .build();
        for (i, t) in texts.iter().enumerate() {
            elastic.add_doc(&i.to_string(), t);
        }
        let value: Value = serde_json::from_str(&elastic.to_json()).unwrap_or(Value::Null);
        let docs: Vec<Vec<&str>> = texts.iter().map(|t| t.to_vec()).collect();
        let (postings, lengths) = index(&docs, 2);
        for (f, name) in ["title", "body"].iter().enumerate() {
            assert_eq!(postings[f], field_postings(&value, name), "{name}");
            assert_eq!(
                lengths[f],
                field_lengths(&value, name, texts.len()),
                "{name}"
            );
        }
    }
}
