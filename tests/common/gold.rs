//! Scores a built site's `data/entities.json` against a gold annotation file
//! (the format of `tests/data/gold/seeds-entities.yaml`), per article, with
//! that file's rule: an extracted entity is a true positive when its name or
//! one of its aliases equals (case-insensitively) a gold name or form, each
//! gold entity matched at most once; optional gold entries are neutral.

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
    #[serde(rename = "type", default)]
    kind: String,
    #[serde(default)]
    forms: Vec<String>,
    #[serde(default)]
    optional: bool,
}

/// Totals over all articles of a gold file.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Score {
    /// Extracted entities matched to a required gold entity.
    pub tp: usize,
    /// Extracted entities that count (matched or false positives).
    pub extracted: usize,
    /// Required gold entities.
    pub gold: usize,
    /// Matched entities whose type equals the gold type.
    pub typed: usize,
}

impl Score {
    pub(crate) fn precision(&self) -> f64 {
        self.tp as f64 / self.extracted.max(1) as f64
    }

    pub(crate) fn recall(&self) -> f64 {
        self.tp as f64 / self.gold.max(1) as f64
    }

    /// Share of matched entities with the gold type.
    pub(crate) fn type_accuracy(&self) -> f64 {
        self.typed as f64 / self.tp.max(1) as f64
    }

    pub(crate) fn summary(&self) -> String {
        format!(
            "precision {:.3} ({}/{}), recall {:.3} ({}/{}), type accuracy {:.3} ({}/{})",
            self.precision(),
            self.tp,
            self.extracted,
            self.recall(),
            self.tp,
            self.gold,
            self.type_accuracy(),
            self.typed,
            self.tp
        )
    }
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
    for &g in &edges[e] {
        if seen[g] {
            continue;
        }
        seen[g] = true;
        let holder = gold_of[g];
        if holder.is_none() || holder.is_some_and(|h| augment(h, edges, seen, gold_of)) {
            gold_of[g] = Some(e);
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

/// The entities of `entities.json` that occur in article `file`.
fn extracted_for(entities: &[serde_json::Value], file: &str) -> Vec<Extracted> {
    entities
        .iter()
        .filter(|e| e["articles"].as_array().unwrap().iter().any(|a| a == file))
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
        .collect()
}

/// Scores `entities` (the parsed `data/entities.json`) against the gold file
/// at `gold_path`, printing every match, false positive, miss and type error.
pub(crate) fn score(gold_path: &Path, entities: &[serde_json::Value]) -> Score {
    let gold_text = std::fs::read_to_string(gold_path).unwrap();
    let gold: BTreeMap<String, GoldArticle> = serde_saphyr::from_str(&gold_text).unwrap();
    assert!(
        !gold.is_empty(),
        "gold file {} is empty",
        gold_path.display()
    );
    let mut total = Score::default();
    for (file, g) in &gold {
        let ents = extracted_for(entities, file);
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
        let matched: BTreeMap<usize, usize> = gold_of
            .iter()
            .enumerate()
            .filter_map(|(gi, e)| e.map(|e| (e, gi)))
            .collect();
        println!("== {file}");
        for (i, x) in ents.iter().enumerate() {
            let label = format!("{} [{}]", x.name, x.kind);
            if let Some(&gi) = matched.get(&i) {
                total.tp += 1;
                total.extracted += 1;
                let want = &g.entities[gi].kind;
                if *want == x.kind {
                    total.typed += 1;
                    println!("   ok: {label}");
                } else {
                    println!("   ok, WRONG TYPE: {label}, gold {want}");
                }
            } else if neutral_by_name(x)
                || g.entities
                    .iter()
                    .enumerate()
                    .any(|(gi, o)| o.optional && !gold_names[gi].is_disjoint(&x.names))
            {
                println!("   neutral: {label}");
            } else {
                total.extracted += 1;
                println!("   FALSE POSITIVE: {label} {:?}", x.names);
            }
        }
        total.gold += required.len();
        for gi in &required {
            if gold_of[*gi].is_none() {
                println!("   MISSED: {}", g.entities[*gi].name);
            }
        }
    }
    println!("{}", total.summary());
    total
}
