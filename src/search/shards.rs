//! Splits the index into small files that the browser loads on demand.
//!
//! * **Term shards**: every stemmed term of every field, sorted (by UTF-16
//!   code units, the order of JavaScript's `<`), cut into consecutive runs of
//!   about `max_bytes` of postings. A shard is known by the shortest prefix of
//!   its first term that sorts after the previous shard's last term (its
//!   *separator*); the manifest lists the separators, so the client finds the
//!   shard of a term, or the shards of every term that starts with a prefix,
//!   by binary search. A term is never split: a term whose postings alone
//!   exceed the budget gets a shard of its own.
//! * **Facet chunks**: for the entity and topic filters, the documents of each
//!   name (ascending gaps), names cut into consecutive runs of about
//!   `max_bytes`.
//!
//! Every file is a classic script calling `window.dossierSearchShard(key,
//! data)` (see [`script`]), so loading works from `file://`.

use std::cmp::Ordering;
use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value;

use super::escape_json_for_script;
use super::postings::FieldPostings;

/// The global function every shard script calls.
pub const REGISTER: &str = "dossierSearchShard";

/// One term shard: the separator that starts it and, per field (in the order
/// of [`super::FIELDS`]), the postings of its terms.
#[derive(Debug, Default)]
pub struct TermShard<'a> {
    /// Shortest prefix of the first term sorting after every earlier term.
    pub separator: String,
    /// Term → encoded postings (borrowed from the index), one map per field.
    pub fields: Vec<BTreeMap<&'a str, &'a [i32]>>,
}

/// Compares strings as JavaScript does: by UTF-16 code units.
pub fn js_cmp(a: &str, b: &str) -> Ordering {
    a.encode_utf16().cmp(b.encode_utf16())
}

/// Characters of `list` written as JSON (`[1,-2,3]`), without writing it.
pub fn json_list_len<T: Copy + Into<i64>>(list: &[T]) -> usize {
    let digits: usize = list
        .iter()
        .map(|&v| {
            let v: i64 = v.into();
            let sign = usize::from(v < 0);
            sign + v
                .unsigned_abs()
                .checked_ilog10()
                .map_or(1, |d| d as usize + 1)
        })
        .sum();
    2 + digits + list.len().saturating_sub(1)
}

/// Cuts the terms of `postings` (one map per field) into shards of about
/// `max_bytes` of JSON each. Every term lands in exactly one shard; the
/// shards are in term order; the first separator is the empty string.
pub fn term_shards(postings: &[FieldPostings], max_bytes: usize) -> Vec<TermShard<'_>> {
    let mut terms: Vec<&str> = postings
        .iter()
        .flat_map(|field| field.keys().map(String::as_str))
        .collect();
    terms.sort_by(|a, b| js_cmp(a, b));
    terms.dedup();

    let mut shards: Vec<TermShard> = Vec::new();
    let mut current = TermShard::default();
    let mut size = 0;
    let mut previous: Option<&str> = None;
    for term in terms {
        let cost: usize = postings
            .iter()
            .filter_map(|field| field.get(term))
            .map(|list| term.len() + 4 + json_list_len(list))
            .sum();
        let empty = current.fields.is_empty();
        if !empty && size + cost > max_bytes {
            shards.push(std::mem::take(&mut current));
            size = 0;
        }
        if current.fields.is_empty() {
            current.fields = vec![BTreeMap::new(); postings.len()];
            current.separator = match previous {
                Some(last) => separator(last, term),
                None => String::new(),
            };
        }
        for (field, out) in postings.iter().zip(current.fields.iter_mut()) {
            if let Some((term, list)) = field.get_key_value(term) {
                out.insert(term.as_str(), list.as_slice());
            }
        }
        size += cost;
        previous = Some(term);
    }
    if !current.fields.is_empty() || shards.is_empty() {
        if current.fields.is_empty() {
            current.fields = vec![BTreeMap::new(); postings.len()];
        }
        shards.push(current);
    }
    shards
}

/// The shortest prefix of `first` (whole characters) that sorts after `last`;
/// `first` itself when no shorter one does. Requires `last < first`.
fn separator(last: &str, first: &str) -> String {
    for (end, _) in first.char_indices().skip(1) {
        let prefix = first.get(..end).unwrap_or(first);
        if js_cmp(prefix, last) == Ordering::Greater {
            return prefix.to_string();
        }
    }
    first.to_string()
}

/// The 64 digits of [`encode_numbers`], none of which needs escaping in a
/// JSON string or an HTML script.
pub const DIGITS: &[u8; 64] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";

/// Writes `values` as one string of fixed-width base-64 numbers (most
/// significant digit first), returning the width and the string. As text
/// this compresses better than a JSON array, and the client reads the value
/// of document `i` at `i · width` without decoding the rest.
pub fn encode_numbers(values: &[u64]) -> (usize, String) {
    let max = values.iter().copied().max().unwrap_or(0);
    let mut width = 1;
    while width < 10 && max >> (6 * width) > 0 {
        width += 1;
    }
    let mut out = String::with_capacity(values.len() * width);
    for &v in values {
        for k in (0..width).rev() {
            let digit = (v >> (6 * k)) & 63;
            out.push(char::from(DIGITS[digit as usize]));
        }
    }
    (width, out)
}

/// Cuts facet postings (documents of each name, by name number) into chunks
/// of about `max_bytes`. Returns the chunk of every name and, per chunk, its
/// names' postings (ascending gaps, the first from -1) keyed by name number.
pub fn facet_chunks(
    docs_by_name: &[Vec<usize>],
    max_bytes: usize,
) -> (Vec<usize>, Vec<BTreeMap<usize, Vec<i64>>>) {
    let mut chunk_of = Vec::with_capacity(docs_by_name.len());
    let mut chunks: Vec<BTreeMap<usize, Vec<i64>>> = Vec::new();
    let mut size = 0;
    for (name, docs) in docs_by_name.iter().enumerate() {
        let list = gaps(docs);
        let cost = json_list_len(&list) + 8;
        if chunks.is_empty() || (size > 0 && size + cost > max_bytes) {
            chunks.push(BTreeMap::new());
            size = 0;
        }
        size += cost;
        let last = chunks.len() - 1;
        chunk_of.push(last);
        if let Some(chunk) = chunks.last_mut() {
            chunk.insert(name, list);
        }
    }
    (chunk_of, chunks)
}

/// Sorted document numbers as gaps, the first counted from -1.
fn gaps(docs: &[usize]) -> Vec<i64> {
    let mut previous: i64 = -1;
    docs.iter()
        .map(|&d| {
            let d = i64::try_from(d).unwrap_or(i64::MAX);
            let gap = d - previous;
            previous = d;
            gap
        })
        .collect()
}

impl TermShard<'_> {
    /// The shard's data as shipped: per field, a flat array `[term, postings,
    /// term, postings, …]` (an array rather than an object, so that no term,
    /// such as `__proto__`, can be mistaken for anything but data).
    pub fn data(&self) -> Vec<Vec<Value>> {
        self.fields
            .iter()
            .map(|terms| {
                terms
                    .iter()
                    .flat_map(|(term, list)| [Value::from(*term), Value::from(list.to_vec())])
                    .collect()
            })
            .collect()
    }
}

/// A classic script registering `data` under `key`:
/// `window.dossierSearchShard("key", data);`, escaped so that no data can
/// close the script element or break the parse.
pub fn script<T: Serialize + ?Sized>(key: &str, data: &T) -> String {
    // Serialising strings, numbers, vectors and maps with string or integer
    // keys cannot fail; fall back to `null` rather than panic all the same.
    let json = serde_json::to_string(data).unwrap_or_else(|_| "null".to_string());
    let key = serde_json::to_string(key).unwrap_or_else(|_| "\"\"".to_string());
    format!(
        "window.{REGISTER}({}, {});\n",
        escape_json_for_script(&key),
        escape_json_for_script(&json)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(terms: &[(&str, Vec<i32>)]) -> FieldPostings {
        terms
            .iter()
            .map(|(t, l)| (t.to_string(), l.clone()))
            .collect()
    }

    #[test]
    fn json_length_is_exact() {
        for list in [vec![], vec![0i64], vec![1, -3, 12], vec![-100, 99_999, 7]] {
            let json = serde_json::to_string(&list).unwrap_or_default();
            assert_eq!(json_list_len(&list), json.len(), "{json}");
        }
    }

    #[test]
    fn separators_are_short_and_ordered() {
        assert_eq!(separator("kursk", "kyiv"), "ky");
        assert_eq!(separator("ab", "abc"), "abc");
        assert_eq!(separator("a", "b"), "b");
        assert_eq!(separator("zz", "é"), "é");
    }

    #[test]
    fn every_term_is_in_exactly_one_shard_in_order() {
        let title = field(&[("kursk", vec![1]), ("sturgeon", vec![2])]);
        let body = field(&[
            ("alpha", vec![1, 1, 1, 1]),
            ("kursk", vec![-1, 3]),
            ("zebra", vec![5]),
            ("épée", vec![1]),
            ("kyiv", vec![2, 2]),
        ]);
        let postings = vec![title, body];
        let shards = term_shards(&postings, 20);
        assert!(shards.len() > 2, "{shards:?}");
        assert_eq!(shards[0].separator, "");
        let mut seen: Vec<String> = Vec::new();
        for (i, shard) in shards.iter().enumerate() {
            if i > 0 {
                let prev = &shards[i - 1].separator;
                assert_eq!(js_cmp(prev, &shard.separator), Ordering::Less);
            }
            let next = shards.get(i + 1).map(|s| s.separator.as_str());
            for (f, terms) in shard.fields.iter().enumerate() {
                for (term, list) in terms {
                    assert_eq!(postings[f].get(*term).map(Vec::as_slice), Some(*list));
                    assert_ne!(js_cmp(term, &shard.separator), Ordering::Less);
                    if let Some(next) = next {
                        assert_eq!(js_cmp(term, next), Ordering::Less, "{term} {next}");
                    }
                    if !seen.iter().any(|s| s == term) {
                        seen.push(term.to_string());
                    }
                }
            }
        }
        seen.sort();
        let mut all: Vec<String> = postings.iter().flat_map(|f| f.keys().cloned()).collect();
        all.sort();
        all.dedup();
        assert_eq!(seen, all);
    }

    #[test]
    fn no_terms_give_one_empty_shard() {
        let postings = [FieldPostings::new(), FieldPostings::new()];
        let shards = term_shards(&postings, 100);
        assert_eq!(shards.len(), 1);
        assert_eq!(shards[0].fields.len(), 2);
    }

    #[test]
    fn numbers_are_fixed_width_base_64() {
        assert_eq!(encode_numbers(&[]), (1, String::new()));
        assert_eq!(encode_numbers(&[0, 1, 63]), (1, "01_".to_string()));
        assert_eq!(encode_numbers(&[64, 5, 4095]), (2, "1005__".to_string()));
        assert_eq!(encode_numbers(&[4096]).0, 3);
    }

    #[test]
    fn facet_chunks_cover_every_name() {
        let docs = vec![vec![0, 3, 4], vec![2], vec![], vec![1, 2, 3, 4, 5, 6]];
        let (chunk_of, chunks) = facet_chunks(&docs, 16);
        assert_eq!(chunk_of.len(), 4);
        for (name, &c) in chunk_of.iter().enumerate() {
            assert!(chunks[c].contains_key(&name));
        }
        assert_eq!(chunks[chunk_of[0]][&0], vec![1, 3, 1]);
        assert_eq!(chunks.iter().map(BTreeMap::len).sum::<usize>(), 4);
    }

    #[test]
    fn scripts_escape_keys_and_data() {
        let s = script("t-1", &vec!["</script>\u{2028}&"]);
        assert!(s.starts_with("window.dossierSearchShard(\"t-1\", "));
        for bad in ['<', '>', '&', '\u{2028}'] {
            assert!(!s.contains(bad));
        }
    }
}
