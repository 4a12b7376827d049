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

use std::collections::{BTreeMap, HashMap};

use elasticlunr::Language;
use rayon::prelude::*;
#[cfg(test)]
use serde_json::Value;

/// Postings of one field: term → encoded list (see the module docs).
pub type FieldPostings = BTreeMap<String, Vec<i64>>;

/// Postings per field and field lengths per field and document, for
/// documents given as their field texts (`docs[d][f]`, fields in the same
/// order for every document).
pub fn index(docs: &[Vec<&str>], fields: usize) -> (Vec<FieldPostings>, Vec<Vec<u64>>) {
    type DocTerms = Vec<(Vec<(String, i64)>, u64)>;
    let per_doc: Vec<DocTerms> = docs
        .par_iter()
        .map_init(
            || {
                let lang = elasticlunr::lang::English::new();
                let pipeline = lang.make_pipeline();
                (lang, pipeline)
            },
            |(lang, pipeline), texts| {
                (0..fields)
                    .map(|f| {
                        let text = texts.get(f).copied().unwrap_or("");
                        let tokens = pipeline.run(lang.tokenize(text));
                        let length = tokens.len() as u64;
                        let mut counts: HashMap<String, i64> = HashMap::new();
                        for t in tokens {
                            *counts.entry(t).or_insert(0) += 1;
                        }
                        (counts.into_iter().collect(), length)
                    })
                    .collect()
            },
        )
        .collect();
    let mut raw: Vec<BTreeMap<String, Vec<(i64, i64)>>> = vec![BTreeMap::new(); fields];
    let mut lengths: Vec<Vec<u64>> = vec![Vec::with_capacity(docs.len()); fields];
    for (d, doc) in per_doc.into_iter().enumerate() {
        for (f, (terms, length)) in doc.into_iter().enumerate() {
            lengths[f].push(length);
            for (term, count) in terms {
                raw[f].entry(term).or_default().push((d as i64, count));
            }
        }
    }
    let postings = raw
        .into_iter()
        .map(|field| {
            field
                .into_iter()
                .map(|(term, docs)| {
                    let encoded = encode(&docs);
                    (term, encoded)
                })
                .collect()
        })
        .collect();
    (postings, lengths)
}

/// Extracts the postings of `field` from a serialised elasticlunr index
/// (`index.to_json()` parsed as a value). Document refs must be the decimal
/// numbers `0..n`; anything else is skipped.
#[cfg(test)]
pub fn field_postings(index: &Value, field: &str) -> FieldPostings {
    let mut raw: BTreeMap<String, Vec<(i64, i64)>> = BTreeMap::new();
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
pub fn field_lengths(index: &Value, field: &str, n: usize) -> Vec<u64> {
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
fn walk(node: &Value, prefix: &mut String, out: &mut BTreeMap<String, Vec<(i64, i64)>>) {
    let Some(map) = node.as_object() else {
        return;
    };
    if let Some(docs) = map.get("docs").and_then(Value::as_object) {
        for (doc_ref, info) in docs {
            let Ok(doc) = doc_ref.parse::<i64>() else {
                continue;
            };
            let tf = info.get("tf").and_then(Value::as_f64).unwrap_or(1.0);
            // elasticlunr stores sqrt(count); recover the count.
            let count = (tf * tf).round().max(1.0) as i64;
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
fn encode(docs: &[(i64, i64)]) -> Vec<i64> {
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
