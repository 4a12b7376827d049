//! Scores entity discovery against the gold annotations of the sample
//! articles, with the gold file's own rule: the sample site is built with no
//! gazetteer and its `data/entities.json` is scored, per article.

mod common;

/// Builds the seeds with a title-only site.toml: no gazetteer, so discovery
/// alone is measured.
fn build_without_gazetteer() -> common::Built {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("seeds")).unwrap();
    for entry in std::fs::read_dir(common::repo().join("seeds")).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(
            &path,
            dir.path().join("seeds").join(path.file_name().unwrap()),
        )
        .unwrap();
    }
    std::fs::write(dir.path().join("site.toml"), "title = \"Gold\"\n").unwrap();
    let built = common::build(dir.path());
    drop(dir);
    built
}

#[test]
fn discovery_matches_gold() {
    let site = build_without_gazetteer();
    let json = std::fs::read_to_string(site.out.join("data/entities.json")).unwrap();
    let entities: Vec<serde_json::Value> = serde_json::from_str(&json).unwrap();
    let score = common::gold::score(
        &common::repo().join("tests/data/gold/seeds-entities.yaml"),
        &entities,
    );
    let (precision, recall) = (score.precision(), score.recall());
    assert!(precision >= 0.85, "precision {precision:.3}");
    assert!(recall >= 0.85, "recall {recall:.3}");
}

#[test]
fn seed_quotes_have_speakers() {
    let site = build_without_gazetteer();
    let json = site.gunzip("data/quotes.json.gz");
    let quotes: Vec<serde_json::Value> = serde_json::from_str(&json).unwrap();
    for q in &quotes {
        println!("{} <- {}", q["text"], q["speaker"]);
    }
    let attributed = quotes.iter().filter(|q| q["speaker"].is_string()).count();
    assert!(
        quotes.len() >= 8 && attributed * 10 >= quotes.len() * 7,
        "{attributed}/{}",
        quotes.len()
    );
}
