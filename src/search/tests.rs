use std::collections::{BTreeSet, HashMap};

use super::*;
use serde_json::{json, Value};

fn doc(kind: &'static str, title: &str, url: &str, body: &str) -> SearchDoc<'static> {
    SearchDoc {
        kind,
        title: title.to_string(),
        url: url.to_string(),
        date: Some("2025-08-13".to_string()),
        source: Some("The Moscow Times".to_string()),
        excerpt: body.chars().take(200).collect(),
        body: body.to_string().into(),
        entities: Vec::new(),
        topics: Vec::new(),
    }
}

/// The files of an index by path.
fn by_path(files: Vec<IndexFile>) -> HashMap<String, String> {
    files.into_iter().collect()
}

/// Parses the manifest script back into JSON.
fn manifest(files: &HashMap<String, String>) -> Value {
    let prefix = format!("window.{GLOBAL} = ");
    let json = files[INDEX_FILE]
        .strip_prefix(&prefix)
        .and_then(|s| s.strip_suffix(";\n"))
        .expect("manifest shape");
    serde_json::from_str(json).expect("valid JSON")
}

/// Parses the shard `key` (file `search/KEY.js`) back into JSON.
fn shard(files: &HashMap<String, String>, key: &str) -> Value {
    let script = files
        .get(&format!("{SHARD_DIR}/{key}.js"))
        .unwrap_or_else(|| panic!("no shard {key}"));
    let prefix = format!("window.{}(\"{key}\", ", shards::REGISTER);
    let json = script
        .strip_prefix(&prefix)
        .and_then(|s| s.strip_suffix(");\n"))
        .expect("shard shape");
    serde_json::from_str(json).expect("valid JSON")
}

/// Metadata of document `i`, from its page.
fn doc_meta_of(files: &HashMap<String, String>, i: usize) -> Value {
    let size = manifest(files)["pageSize"].as_u64().expect("pageSize") as usize;
    shard(files, &format!("d-{}", i / size))[i % size].clone()
}

/// The postings of `term` in field number `field`, as the client finds them:
/// the last shard whose separator is not after the term.
fn lookup(files: &HashMap<String, String>, field: usize, term: &str) -> Option<Value> {
    let m = manifest(files);
    let seps: Vec<&str> = m["shards"]
        .as_array()?
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let i = seps.partition_point(|s| shards::js_cmp(s, term) != std::cmp::Ordering::Greater);
    let data = shard(files, &format!("t-{}", i.checked_sub(1)?));
    terms_of(&data[field]).remove(term)
}

/// A field of a term shard (`[term, postings, …]`) as a map.
fn terms_of(field: &Value) -> std::collections::BTreeMap<String, Value> {
    let flat = field.as_array().cloned().unwrap_or_default();
    flat.chunks(2)
        .map(|pair| (pair[0].as_str().unwrap_or("").to_string(), pair[1].clone()))
        .collect()
}

fn sample() -> Vec<SearchDoc<'static>> {
    let mut article = doc(
        "article",
        "Putin and Kim vow cooperation",
        "articles/putin-kim.html",
        "Putin and Kim Jong Un spoke by phone. KCNA praised troops in Kursk.",
    );
    article.entities = vec!["Kim Jong Un".into(), "Kim".into(), "Vladimir Putin".into()];
    article.topics = vec!["North Korea – Russia".into()];
    let mut entity = doc(
        "entity",
        "Kim Jong Un",
        "entities/kim-jong-un.html",
        "Putin and Kim Jong Un spoke by phone.",
    );
    entity.date = Some("2024-01-02".into());
    entity.source = None;
    entity.entities = vec!["Kim Jong Un".into(), "Kim".into()];
    let mut topic = doc(
        "topic",
        "North Korea – Russia",
        "topics/north-korea-russia.html",
        "",
    );
    topic.date = None;
    vec![topic, entity, article]
}

#[test]
fn manifest_orders_documents_newest_first() {
    let files = by_path(build_index(&sample()));
    let m = manifest(&files);
    assert_eq!(m["format"], 3);
    assert_eq!(m["count"], 3);
    assert_eq!(m["kinds"], json!(["article", "entity", "topic"]));
    assert_eq!(m["kind"], "012");
    assert_eq!(m["years"], json!([["2025", 0, 1], ["2024", 1, 2]]));
    assert_eq!(m["popularity"], json!([2]));
    assert_eq!(
        m["facets"],
        json!({
            "entity": {"names": 1, "parts": [["Kim Jong Un", 0]]},
            "topic": {"names": 1, "parts": [["North Korea – Russia", 0]]},
            "outlet": {"names": 1, "parts": [["The Moscow Times", 0]]}
        })
    );
    assert_eq!(
        shard(&files, "outlet-names-0"),
        json!([["The Moscow Times", 1, 0]])
    );
    let first = doc_meta_of(&files, 0);
    assert_eq!(first["url"], "articles/putin-kim.html");
    assert_eq!(first["date"], "2025-08-13");
    assert_eq!(doc_meta_of(&files, 2)["title"], "North Korea – Russia");
    assert!(doc_meta_of(&files, 2).get("date").is_none());
    assert!(doc_meta_of(&files, 1).get("source").is_none());
    // Terms come out stemmed and lower-cased, per field.
    assert!(lookup(&files, 4, "kursk").is_some());
    assert!(lookup(&files, 0, "cooper").is_some());
    assert!(lookup(&files, 1, "kim").is_some());
    // Title lengths: 4 ("putin", "kim", "vow", "cooper"), 3, 3.
    assert_eq!(shard(&files, "lengths")[0], json!([1, "433"]));
}

#[test]
fn entity_aliases_map_to_canonical_names() {
    let files = by_path(build_index(&sample()));
    // Vladimir Putin, named in one document only, is no filter.
    assert_eq!(
        shard(&files, "entity-names-0"),
        json!([["Kim Jong Un", 2, 0]])
    );
    assert_eq!(shard(&files, "entity-0"), json!({"0": [1, 1]}));
    assert_eq!(
        shard(&files, "topic-names-0"),
        json!([["North Korea – Russia", 1, 0]])
    );
    assert_eq!(shard(&files, "topic-0"), json!({"0": [1]}));
}

#[test]
fn excerpt_is_dropped_when_text_starts_with_it() {
    let mut docs = sample();
    docs[1].excerpt = "A dictator.".into();
    let files = by_path(build_index(&docs));
    assert!(doc_meta_of(&files, 0).get("excerpt").is_none());
    assert_eq!(doc_meta_of(&files, 1)["excerpt"], "A dictator.");
}

#[test]
fn no_script_can_be_broken_out_of() {
    let nasty = "</script><script>alert(1)</script> & \u{2028}\u{2029} <!--";
    let mut docs = sample();
    docs[2].title = nasty.to_string();
    docs[2].body = format!("{nasty} body").into();
    docs[0].entities.push(nasty.to_string());
    docs[2].entities.push(nasty.to_string());
    docs[2].topics.push(nasty.to_string());
    let files = by_path(build_index(&docs));
    for (path, script) in &files {
        for bad in ['<', '>', '&', '\u{2028}', '\u{2029}'] {
            assert!(!script.contains(bad), "raw {bad:?} in {path}");
        }
    }
    assert_eq!(doc_meta_of(&files, 0)["title"], nasty);
    assert!(files["search/entity-names-0.js"].contains("\\u003c/script\\u003e"));
}

#[test]
fn empty_input_gives_an_empty_index() {
    let files = by_path(build_index(&[]));
    let m = manifest(&files);
    assert_eq!(m["count"], 0);
    assert_eq!(m["shards"], json!([""]));
    assert!(files.contains_key("search/t-0.js"));
    assert_eq!(m["facets"]["entity"], json!({"names": 0, "parts": []}));
    assert!(!files.contains_key("search/entity-names-0.js"));
}

#[test]
fn a_sharded_corpus_is_complete_and_consistent() {
    let docs = synthetic_corpus(300, 120);
    let files = by_path(build_files(&docs, 1_500, 3));
    let m = manifest(&files);
    let count = m["count"].as_u64().expect("count") as usize;
    assert_eq!(count, 300);
    let seps = m["shards"].as_array().expect("shards");
    assert!(seps.len() > 20, "only {} shards", seps.len());

    // The manifest lists every term shard, and only those.
    let term_files = files.keys().filter(|p| p.starts_with("search/t-")).count();
    assert_eq!(term_files, seps.len());
    // Every term is in exactly one shard, the one the client looks in.
    let mut seen = BTreeSet::new();
    for i in 0..seps.len() {
        for (f, terms) in shard(&files, &format!("t-{i}"))
            .as_array()
            .expect("fields")
            .iter()
            .enumerate()
        {
            let flat = terms.as_array().expect("terms");
            assert_eq!(flat.len() % 2, 0);
            for (term, list) in terms_of(terms) {
                assert!(seen.insert((f, term.clone())), "{term} twice");
                assert_eq!(lookup(&files, f, &term), Some(list), "{term}");
            }
        }
    }
    assert!(seen.len() > 1_000);
    // Shards keep to the budget unless they hold a single term.
    for i in 0..seps.len() {
        let script = &files[&format!("search/t-{i}.js")];
        let data = shard(&files, &format!("t-{i}"));
        let terms: BTreeSet<String> = data
            .as_array()
            .expect("fields")
            .iter()
            .flat_map(|f| terms_of(f).into_keys())
            .collect();
        assert!(script.len() < 1_500 * 2 || terms.len() == 1, "t-{i}");
    }
    // The pages cover every document once, in order.
    let urls: Vec<String> = (0..count)
        .map(|i| {
            doc_meta_of(&files, i)["url"]
                .as_str()
                .unwrap_or("")
                .to_string()
        })
        .collect();
    assert_eq!(urls.iter().collect::<BTreeSet<_>>().len(), count);
    assert!(!files.contains_key(&format!("search/d-{}.js", count / 3)));
    let lengths = shard(&files, "lengths");
    let width = lengths[4][0].as_u64().expect("width") as usize;
    assert_eq!(lengths[4][1].as_str().map(str::len), Some(count * width));
    every_name_is_found_as_the_browser_looks_it_up(&files, "entity");
}

/// Every name of filter `facet` is in the part of the list that the
/// manifest's first names point to (in JavaScript's order), numbered from
/// the part's first number, and its documents are in the chunk it names.
fn every_name_is_found_as_the_browser_looks_it_up(files: &HashMap<String, String>, facet: &str) {
    let m = manifest(files);
    let parts = m["facets"][facet]["parts"]
        .as_array()
        .expect("parts")
        .clone();
    let firsts: Vec<&str> = parts.iter().filter_map(|p| p[0].as_str()).collect();
    let mut seen = 0;
    for (p, part) in parts.iter().enumerate() {
        let entries = shard(files, &format!("{facet}-names-{p}"));
        for (i, entry) in entries.as_array().expect("entries").iter().enumerate() {
            let name = entry[0].as_str().expect("name");
            let found =
                firsts.partition_point(|f| shards::js_cmp(f, name) != std::cmp::Ordering::Greater);
            assert_eq!(found, p + 1, "{name} looked up in the wrong part");
            let id = part[1].as_u64().expect("first id") as usize + i;
            let chunk = shard(files, &format!("{facet}-{}", entry[2]));
            let list = chunk[id.to_string()].as_array().map(Vec::len);
            assert_eq!(list, entry[1].as_u64().map(|n| n as usize), "{entry}");
            seen += 1;
        }
    }
    assert_eq!(Some(seen as u64), m["facets"][facet]["names"].as_u64());
}

#[test]
fn a_long_list_of_names_is_cut_into_parts() {
    let docs: Vec<SearchDoc<'static>> = (0..3000)
        .map(|i| {
            let mut d = doc("article", "Title", &format!("articles/{i}.html"), "Body.");
            // Names in no order, some beyond the BMP or after the surrogates,
            // each in two documents (a name in one is no filter).
            d.entities = vec![
                format!("Name number {}", (i * 7919) % 3000 / 2),
                format!("\u{1F600} {}", i / 2),
                format!("\u{FF21} {}", i / 2),
            ];
            d
        })
        .collect();
    let files = by_path(build_index(&docs));
    let m = manifest(&files);
    assert!(
        m["facets"]["entity"]["parts"]
            .as_array()
            .map_or(0, Vec::len)
            > 3
    );
    every_name_is_found_as_the_browser_looks_it_up(&files, "entity");
}

/// A deterministic pseudo-random corpus shaped like news text: words drawn
/// log-uniformly (Zipf's law with exponent 1) from a made-up vocabulary of
/// 50,000 words, about two in five of them stop words, some capitalised.
pub(crate) fn synthetic_corpus(n: usize, words_per_doc: usize) -> Vec<SearchDoc<'static>> {
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    const SYLLABLES: [&str; 24] = [
        "ka", "ro", "mi", "ten", "sa", "vol", "dre", "nu", "pol", "ga", "li", "ster", "mon", "ta",
        "ver", "shi", "an", "ko", "bel", "rus", "pe", "dor", "in", "gra",
    ];
    const STOP: [&str; 12] = [
        "the", "of", "and", "to", "in", "a", "that", "said", "for", "on", "with", "was",
    ];
    let word = |k: u64| -> String {
        let mut w = String::new();
        let mut k = k + 24;
        while k > 0 {
            w.push_str(SYLLABLES[(k % 24) as usize]);
            k /= 24;
        }
        w
    };
    (0..n)
        .map(|i| {
            let mut body = String::new();
            for j in 0..words_per_doc {
                let u = (next() % 1_000_000) as f64 / 1_000_000.0;
                let rank = (50_000f64.ln() * u).exp() as u64;
                let mut w = if next() % 5 < 2 {
                    STOP[(next() % 12) as usize].to_string()
                } else {
                    word(rank)
                };
                if rank % 17 == 3 {
                    let mut chars = w.chars();
                    w = chars
                        .next()
                        .map(|c| c.to_uppercase().chain(chars).collect())
                        .unwrap_or_default();
                }
                body.push_str(&w);
                body.push_str(if j % 20 == 19 { ". " } else { " " });
            }
            let title = format!(
                "{} {} {} report {i}",
                word(next() % 500),
                word(7),
                word(i as u64)
            );
            SearchDoc {
                kind: "article",
                title,
                url: format!("articles/article-{i}.html"),
                date: Some(format!("20{:02}-0{}-1{}", 10 + i % 15, 1 + i % 9, i % 10)),
                source: Some(["The Moscow Times", "NK News", "Reuters"][i % 3].to_string()),
                excerpt: body.chars().take(200).collect(),
                body: body.into(),
                entities: (0..8).map(|k| word(1000 + (next() % 300) + k)).collect(),
                topics: vec![word(next() % 20)],
            }
        })
        .collect()
}

/// The size target: on 1,000 articles the whole index stays under a quarter
/// of the article HTML (taken as 12 KB a page), and the manifest is small.
#[test]
fn index_of_a_thousand_articles_is_under_a_quarter_of_the_html() {
    let docs = synthetic_corpus(1_000, 800);
    let files = build_index(&docs);
    let total: usize = files.iter().map(|(_, s)| s.len()).sum();
    let html_bytes = 1_000 * 12 * 1024;
    let manifest = &files[0].1;
    println!(
        "synthetic corpus: {} files, {total} bytes ({:.1}% of {html_bytes} bytes of HTML), manifest {} bytes",
        files.len(),
        100.0 * total as f64 / html_bytes as f64,
        manifest.len()
    );
    assert!(total * 4 < html_bytes, "index too large: {total}");
    assert!(
        manifest.len() < 20_000,
        "manifest too large: {}",
        manifest.len()
    );
}
