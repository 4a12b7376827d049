//! Scores entity discovery (no gazetteer) against the gold annotations of
//! the sample articles, with the gold file's own rule, per article.

use dossier::analyze::entities::{extract, Extraction};
use serde::Deserialize;
use std::collections::{BTreeMap, HashSet};
use std::path::Path;

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

/// A stand-in for the real loader: date marker, paragraphs, boilerplate.
fn blocks(text: &str) -> Vec<String> {
    let mut text = text.trim_start();
    if let Some(rest) = text.strip_prefix("date ") {
        let date_len = rest.find(char::is_whitespace).unwrap_or(rest.len());
        text = rest.get(date_len..).unwrap_or("").trim_start();
    }
    let mut lines: Vec<&str> = Vec::new();
    for line in text.lines() {
        if line.trim_start().starts_with("A Message from") {
            break;
        }
        lines.push(line);
    }
    let body = lines.join("\n");
    let parts: Vec<String> = if body.contains("\n\n") {
        body.split("\n\n")
            .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
            .collect()
    } else {
        body.lines().map(|l| l.trim().to_string()).collect()
    };
    parts.into_iter().filter(|p| !p.is_empty()).collect()
}

fn lower(s: &str) -> String {
    s.to_lowercase().replace('’', "'")
}

/// Names under which an extracted entity may match, for one article.
fn surface_names(
    ex: &Extraction,
    article: usize,
    blocks: &[String],
) -> BTreeMap<usize, HashSet<String>> {
    let mut out: BTreeMap<usize, HashSet<String>> = BTreeMap::new();
    for m in ex.mentions.get(article).into_iter().flatten() {
        let names = out.entry(m.entity).or_default();
        if let Some(e) = ex.entities.get(m.entity) {
            names.insert(lower(&e.name));
        }
        if let Some(s) = blocks.get(m.block).and_then(|b| b.get(m.start..m.end)) {
            names.insert(lower(s));
        }
    }
    out
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

#[test]
fn discovery_matches_gold() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let gold_text = std::fs::read_to_string(root.join("tests/data/gold/seeds-entities.yaml"))
        .unwrap_or_default();
    let gold: BTreeMap<String, GoldArticle> =
        serde_saphyr::from_str(&gold_text).unwrap_or_default();
    assert!(!gold.is_empty(), "gold file missing or unreadable");
    let files: Vec<String> = gold.keys().cloned().collect();
    let articles: Vec<Vec<String>> = files
        .iter()
        .map(|f| blocks(&std::fs::read_to_string(root.join("seeds").join(f)).unwrap_or_default()))
        .collect();
    let ex = extract(&articles, None);
    let (mut tp, mut extracted, mut total_gold) = (0usize, 0usize, 0usize);
    for (a, file) in files.iter().enumerate() {
        let Some(g) = gold.get(file) else { continue };
        let names = surface_names(&ex, a, articles.get(a).map_or(&[][..], |b| b.as_slice()));
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
        let ents: Vec<(usize, &HashSet<String>)> = names.iter().map(|(&e, n)| (e, n)).collect();
        let name_of = |e: usize| ex.entities.get(e).map_or(String::new(), |x| lower(&x.name));
        // Entities named exactly like an optional gold entry are neutral.
        let neutral_by_name = |e: usize| {
            g.entities
                .iter()
                .any(|x| x.optional && lower(&x.name) == name_of(e))
        };
        let required: Vec<usize> = (0..g.entities.len())
            .filter(|&i| g.entities.get(i).is_some_and(|x| !x.optional))
            .collect();
        let edges: Vec<Vec<usize>> = ents
            .iter()
            .map(|(e, n)| {
                if neutral_by_name(*e) {
                    return Vec::new();
                }
                let mut gs: Vec<usize> = required
                    .iter()
                    .copied()
                    .filter(|&gi| gold_names.get(gi).is_some_and(|gn| !gn.is_disjoint(n)))
                    .collect();
                // Prefer the gold entry whose name is the entity's name.
                gs.sort_by_key(|&gi| {
                    g.entities
                        .get(gi)
                        .is_none_or(|x| lower(&x.name) != name_of(*e))
                });
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
        for (e, n) in &ents {
            if let Some(x) = ex.entities.get(*e) {
                println!("   {} [{}] {:?}", x.name, x.kind.as_str(), n);
            }
        }
        for (i, (e, n)) in ents.iter().enumerate() {
            let label = ex.entities.get(*e).map_or(String::new(), |x| {
                format!("{} [{}]", x.name, x.kind.as_str())
            });
            if matched.contains(&i) {
                tp += 1;
                extracted += 1;
            } else if neutral_by_name(*e)
                || g.entities.iter().enumerate().any(|(gi, x)| {
                    x.optional && gold_names.get(gi).is_some_and(|gn| !gn.is_disjoint(n))
                })
            {
                println!("   neutral: {label}");
            } else {
                extracted += 1;
                println!("   FALSE POSITIVE: {label} {n:?}");
            }
        }
        total_gold += required.len();
        for gi in &required {
            if gold_of.get(*gi).copied().flatten().is_none() {
                println!(
                    "   MISSED: {}",
                    g.entities.get(*gi).map_or("", |x| x.name.as_str())
                );
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
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<_> = std::fs::read_dir(root.join("seeds"))
        .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.sort();
    let articles: Vec<Vec<String>> = files
        .iter()
        .map(|f| blocks(&std::fs::read_to_string(f).unwrap_or_default()))
        .collect();
    let ex = extract(&articles, None);
    let (mut total, mut attributed) = (0, 0);
    for q in ex.quotes.iter().flatten() {
        let who = q
            .speaker
            .and_then(|s| ex.entities.get(s))
            .map(|e| e.name.as_str());
        println!("{:?} <- {:?}", q.text, who);
        total += 1;
        attributed += usize::from(who.is_some());
    }
    assert!(
        total >= 8 && attributed * 10 >= total * 7,
        "{attributed}/{total}"
    );
}
