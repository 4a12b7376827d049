//! Scores entity discovery against the gold annotations of the sample
//! articles, with the gold file's own rule: the sample site is built with no
//! gazetteer and its `data/entities.json` is scored, per article.

mod common;

use serde::Deserialize;
use std::collections::{BTreeMap, HashSet};

#[derive(Deserialize)]
struct GoldArticle {
    entities: Vec<GoldEntity>,
}

#[derive(Deserialize)]
struct GoldEntity {
    name: String,
    #[serde(default)]
    forms: Vec<String>,
    #[serde(default)]
    optional: bool,
}

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

fn lower(s: &str) -> String {
    s.to_lowercase().replace('’', "'")
}

/// Maximum bipartite matching by augmenting paths (tiny sizes).
fn augment(
    e: usize,
    edges: &[Vec<usize>],
    seen: &mut [bool],
    gold_of: &mut [Option<usize>],
) -> bool {
    for &g in edges.get(e).into_iter().flatten() {
        if seen.get(g).copied().unwrap_or(true) {
            continue;
        }
        if let Some(s) = seen.get_mut(g) {
            *s = true;
        }
        let holder = gold_of.get(g).copied().flatten();
        if holder.is_none() || holder.is_some_and(|h| augment(h, edges, seen, gold_of)) {
            if let Some(slot) = gold_of.get_mut(g) {
                *slot = Some(e);
            }
            return true;
        }
    }
    false
}

struct Extracted {
    name: String,
    kind: String,
    names: HashSet<String>,
}

#[test]
fn discovery_matches_gold() {
    let root = common::repo();
    let gold_text =
        std::fs::read_to_string(root.join("tests/data/gold/seeds-entities.yaml")).unwrap();
    let gold: BTreeMap<String, GoldArticle> = serde_saphyr::from_str(&gold_text).unwrap();
    assert!(!gold.is_empty(), "gold file missing or unreadable");
    let site = build_without_gazetteer();
    let json = std::fs::read_to_string(site.out.join("data/entities.json")).unwrap();
    let entities: Vec<serde_json::Value> = serde_json::from_str(&json).unwrap();

    let (mut tp, mut extracted, mut total_gold) = (0usize, 0usize, 0usize);
    for (file, g) in &gold {
        let ents: Vec<Extracted> = entities
            .iter()
            .filter(|e| {
                e["articles"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|a| a == file.as_str())
            })
            .map(|e| {
                let name = e["name"].as_str().unwrap().to_string();
                let mut names: HashSet<String> = e["aliases"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|a| lower(a.as_str().unwrap()))
                    .collect();
                names.insert(lower(&name));
                Extracted {
                    kind: e["type"].as_str().unwrap().to_string(),
                    name,
                    names,
                }
            })
            .collect();
        let gold_names: Vec<HashSet<String>> = g
            .entities
            .iter()
            .map(|e| {
                std::iter::once(&e.name)
                    .chain(e.forms.iter())
                    .map(|s| lower(s))
                    .collect()
            })
            .collect();
        // Entities named exactly like an optional gold entry are neutral.
        let neutral_by_name = |x: &Extracted| {
            g.entities
                .iter()
                .any(|o| o.optional && lower(&o.name) == lower(&x.name))
        };
        let required: Vec<usize> = (0..g.entities.len())
            .filter(|&i| !g.entities[i].optional)
            .collect();
        let edges: Vec<Vec<usize>> = ents
            .iter()
            .map(|x| {
                if neutral_by_name(x) {
                    return Vec::new();
                }
                let mut gs: Vec<usize> = required
                    .iter()
                    .copied()
                    .filter(|&gi| !gold_names[gi].is_disjoint(&x.names))
                    .collect();
                // Prefer the gold entry whose name is the entity's name.
                gs.sort_by_key(|&gi| lower(&g.entities[gi].name) != lower(&x.name));
                gs
            })
            .collect();
        let mut gold_of: Vec<Option<usize>> = vec![None; g.entities.len()];
        for i in 0..ents.len() {
            let mut seen = vec![false; g.entities.len()];
            augment(i, &edges, &mut seen, &mut gold_of);
        }
        let matched: HashSet<usize> = gold_of.iter().flatten().copied().collect();
        println!("== {file}");
        for (i, x) in ents.iter().enumerate() {
            let label = format!("{} [{}]", x.name, x.kind);
            if matched.contains(&i) {
                tp += 1;
                extracted += 1;
                println!("   ok: {label}");
            } else if neutral_by_name(x)
                || g.entities
                    .iter()
                    .enumerate()
                    .any(|(gi, o)| o.optional && !gold_names[gi].is_disjoint(&x.names))
            {
                println!("   neutral: {label}");
            } else {
                extracted += 1;
                println!("   FALSE POSITIVE: {label} {:?}", x.names);
            }
        }
        total_gold += required.len();
        for gi in &required {
            if gold_of[*gi].is_none() {
                println!("   MISSED: {}", g.entities[*gi].name);
            }
        }
    }
    let precision = tp as f64 / extracted.max(1) as f64;
    let recall = tp as f64 / total_gold.max(1) as f64;
    println!("precision {precision:.3} ({tp}/{extracted}), recall {recall:.3} ({tp}/{total_gold})");
    assert!(precision >= 0.85, "precision {precision:.3}");
    assert!(recall >= 0.85, "recall {recall:.3}");
}

#[test]
fn seed_quotes_have_speakers() {
    let site = build_without_gazetteer();
    let json = std::fs::read_to_string(site.out.join("data/quotes.json")).unwrap();
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
