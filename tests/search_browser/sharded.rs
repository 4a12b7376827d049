//! A large, sharded index over HTTP: a query loads only the shards and
//! metadata pages it needs.

use crate::common::browser::Browser;
use crate::common::{build_samples, server};
use crate::search_page::{parse, search_doms};
use crate::server::SUBPATH;

/// A made-up article body: `words` words from a small vocabulary, with the
/// marker word `marker` once in the middle.
fn synthetic_body(i: usize, words: usize, marker: &str) -> String {
    const SYLLABLES: [&str; 16] = [
        "ka", "ro", "mi", "ten", "sa", "vol", "dre", "nu", "pol", "ga", "li", "ster", "mon", "ta",
        "ver", "shi",
    ];
    let mut seed = (i as u64 + 1).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    let mut out = Vec::new();
    for w in 0..words {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let mut k = seed % 3_000 + 16;
        let mut word = String::new();
        while k > 0 {
            word.push_str(SYLLABLES[(k % 16) as usize]);
            k /= 16;
        }
        out.push(if w == words / 2 {
            marker.to_string()
        } else {
            word
        });
    }
    out.join(" ")
}

/// Over HTTP, a site of 400 documents: the index is split into dozens of
/// term shards, a query loads a few of them and the pages of the results it
/// shows, and finds the one document holding a rare word.
#[test]
fn a_sharded_index_loads_only_what_a_query_needs() {
    let Some(browser) = Browser::find(false) else {
        return;
    };
    let site = build_samples();
    let docs: Vec<dossier::search::SearchDoc> = (0..400)
        .map(|i| dossier::search::SearchDoc {
            kind: "article",
            title: format!("Report number {i}"),
            url: format!("articles/report-{i}.html"),
            date: Some(format!("20{:02}-01-01", 10 + i % 10)),
            source: Some("Wire".to_string()),
            excerpt: String::new(),
            body: synthetic_body(i, 300, if i == 123 { "zanzibarite" } else { "report" }).into(),
            entities: vec![format!("Person {}", i % 40)],
            topics: vec![format!("Topic {}", i % 7)],
        })
        .collect();
    let root = &site.out;
    let _ = std::fs::remove_dir_all(root.join("search"));
    for (path, content) in dossier::search::build_index(&docs) {
        let path = root.join(path);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("search dir");
        std::fs::write(path, content).expect("write shard");
    }
    let shards = std::fs::read_dir(root.join("search"))
        .expect("search dir")
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().starts_with("t-"))
        .count();
    assert!(shards > 20, "only {shards} term shards");

    let server = server::serve(root, SUBPATH);
    let outcome = parse(&search_doms(&browser, &[server.url("search.html?q=zanzibarite")])[0]);
    assert_eq!(
        outcome
            .results
            .iter()
            .map(|r| r.0.as_str())
            .collect::<Vec<_>>(),
        vec!["articles/report-123.html"],
        "{outcome:#?}"
    );
    let log = server.log.lock().map(|l| l.clone()).unwrap_or_default();
    let loaded = |prefix: &str| {
        log.iter()
            .filter(|p| p.contains(&format!("/search/{prefix}")))
            .count()
    };
    assert!(
        (1..=3).contains(&loaded("t-")),
        "term shards loaded: {log:#?}"
    );
    assert_eq!(loaded("d-"), 1, "{log:#?}");
    assert_eq!(loaded("entity"), 0, "{log:#?}");
}
