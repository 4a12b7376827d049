use super::*;

fn doc(kind: &'static str, title: &str, url: &str, body: &str) -> SearchDoc {
    SearchDoc {
        kind,
        title: title.to_string(),
        url: url.to_string(),
        date: Some("2025-08-13".to_string()),
        source: Some("The Moscow Times".to_string()),
        excerpt: body.chars().take(200).collect(),
        body: body.to_string(),
        entities: Vec::new(),
        topics: Vec::new(),
    }
}

/// Parses an index script back into JSON.
fn parse(script: &str) -> Value {
    let prefix = format!("window.{GLOBAL} = ");
    let json = script
        .strip_prefix(&prefix)
        .and_then(|s| s.strip_suffix(";\n"))
        .expect("script shape");
    serde_json::from_str(json).expect("valid JSON")
}

fn sample() -> Vec<SearchDoc> {
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
    entity.date = None;
    entity.source = None;
    entity.entities = vec!["Kim Jong Un".into(), "Kim".into()];
    let mut topic = doc(
        "topic",
        "North Korea – Russia",
        "topics/north-korea-russia.html",
        "",
    );
    topic.date = None;
    vec![article, entity, topic]
}

#[test]
fn index_is_a_script_assigning_json_with_every_doc() {
    let files = build_index(&sample());
    assert_eq!(files.len(), 1);
    let (path, script) = &files[0];
    assert_eq!(path, INDEX_FILE);
    let data = parse(script);
    assert_eq!(data["format"], 1);
    let docs = data["docs"].as_array().expect("docs");
    assert_eq!(docs.len(), 3);
    assert_eq!(docs[0]["url"], "articles/putin-kim.html");
    assert_eq!(docs[0]["kind"], "article");
    assert_eq!(docs[0]["year"], "2025");
    assert_eq!(docs[1]["kind"], "entity");
    assert_eq!(docs[2]["title"], "North Korea – Russia");
    assert!(docs[1].get("date").is_none());
    // Terms come out stemmed and lower-cased, per field.
    assert!(data["postings"]["body"]["kursk"].is_array());
    assert!(data["postings"]["title"]["cooper"].is_array());
    assert!(data["postings"]["entities"]["kim"].is_array());
    assert_eq!(data["lengths"]["title"][1], 3);
}

#[test]
fn entity_aliases_map_to_canonical_names() {
    let data = parse(&build_index(&sample())[0].1);
    let names: Vec<&str> = data["entities"]
        .as_array()
        .expect("entities")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert_eq!(names, vec!["Kim Jong Un", "Vladimir Putin"]);
    assert_eq!(data["docs"][0]["entities"], serde_json::json!([0, 1]));
    assert_eq!(data["topics"][0], "North Korea – Russia");
    assert_eq!(data["docs"][0]["topics"], serde_json::json!([0]));
}

#[test]
fn excerpt_is_dropped_when_text_starts_with_it() {
    let mut docs = sample();
    docs[1].excerpt = "A dictator.".into();
    let data = parse(&build_index(&docs)[0].1);
    assert!(data["docs"][0].get("excerpt").is_none());
    assert_eq!(data["docs"][1]["excerpt"], "A dictator.");
}

#[test]
fn script_cannot_be_broken_out_of() {
    let nasty = "</script><script>alert(1)</script> & \u{2028}\u{2029} <!--";
    let mut docs = sample();
    docs[0].title = nasty.to_string();
    docs[0].body = format!("{nasty} body");
    docs[0].entities.push(nasty.to_string());
    let script = &build_index(&docs)[0].1;
    for bad in ['<', '>', '&', '\u{2028}', '\u{2029}'] {
        assert!(!script.contains(bad), "raw {bad:?} in script");
    }
    assert!(script.contains("\\u003c/script\\u003e"));
    let data = parse(script);
    assert_eq!(data["docs"][0]["title"], nasty);
}

#[test]
fn empty_input_gives_an_empty_index() {
    let data = parse(&build_index(&[])[0].1);
    assert_eq!(data["docs"].as_array().map(Vec::len), Some(0));
}

/// A deterministic pseudo-random corpus shaped like news text: words drawn
/// log-uniformly (Zipf's law with exponent 1) from a made-up vocabulary of
/// 50,000 words, about two in five of them stop words, some capitalised.
pub(crate) fn synthetic_corpus(n: usize, words_per_doc: usize) -> Vec<SearchDoc> {
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
                    w = w[..1].to_uppercase() + &w[1..];
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
                body,
                entities: (0..8).map(|k| word(1000 + (next() % 300) + k)).collect(),
                topics: vec![word(next() % 20)],
            }
        })
        .collect()
}

/// The size target: on 1,000 articles the index stays under a quarter of the
/// article HTML (taken as 12 KB a page).
#[test]
fn index_of_a_thousand_articles_is_under_a_quarter_of_the_html() {
    let docs = synthetic_corpus(1_000, 800);
    let body_bytes: usize = docs.iter().map(|d| d.body.len()).sum();
    let script = &build_index(&docs)[0].1;
    let html_bytes = 1_000 * 12 * 1024;
    println!(
        "synthetic corpus: {} bytes of body text, index {} bytes ({:.1}% of {} bytes of HTML)",
        body_bytes,
        script.len(),
        100.0 * script.len() as f64 / html_bytes as f64,
        html_bytes
    );
    if let Ok(dir) = std::env::var("DOSSIER_SEARCH_DUMP") {
        let _ = std::fs::write(format!("{dir}/synthetic_index.js"), script);
    }
    assert!(
        script.len() * 4 < html_bytes,
        "index too large: {}",
        script.len()
    );
}
