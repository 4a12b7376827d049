//! `dossier entities`: what discovery found, to help curate a gazetteer.

use super::Format;
use crate::analyze::entities::{extract, Entity};
use crate::build::{load_config, load_gazetteer, BuildOptions};
use regex::Regex;
use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::io::Write as _;

/// Prints the entities (or, with `unmatched`, capitalised phrases that became
/// no entity), most mentioned first.
pub(super) fn list(
    options: &BuildOptions,
    format: Format,
    unmatched: bool,
    limit: usize,
) -> anyhow::Result<()> {
    let config = load_config(options)?;
    let root = crate::build::site_root(options);
    let gazetteer = load_gazetteer(options, &config)?;
    let corpus = crate::content::load(&root, &config)?;
    for w in &corpus.warnings {
        eprintln!("warning: {w}");
    }
    // Counted as the site counts them: each story once.
    let articles = crate::analyze::copies::fold(corpus.articles, &config.copies).articles;
    // Borrowed, as the build does: a copy of every block cost a pass over
    // the corpus's text and its allocations.
    let texts: Vec<Vec<&str>> = articles
        .iter()
        .map(|a| a.blocks.iter().map(String::as_str).collect())
        .collect();
    let extraction = extract(&texts, gazetteer.as_ref());

    for (a, why) in &extraction.faults {
        if let Some(article) = articles.get(*a) {
            eprintln!(
                "error: {}: internal error while analysing: {why}",
                article.shown_path(&config)
            );
        }
    }
    let mut out = String::new();
    if unmatched {
        print_unmatched(&mut out, &texts, &extraction, format, limit)?;
    } else {
        print_entities(&mut out, &extraction, format, limit)?;
    }
    write_stdout(&out)
}

/// Writes `text` to standard output. A reader that stops early
/// (`dossier entities | head`) closes the pipe: that is success, not an error.
fn write_stdout(text: &str) -> anyhow::Result<()> {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(()),
    }
}

/// How often an entity is named: mentions, and the articles naming it.
#[derive(Clone, Default)]
struct Count {
    mentions: usize,
    articles: HashSet<usize>,
}

/// The entities, most mentioned first, in `format`.
fn print_entities(
    out: &mut String,
    extraction: &crate::analyze::entities::Extraction,
    format: Format,
    limit: usize,
) -> anyhow::Result<()> {
    let mut counts = vec![Count::default(); extraction.entities.len()];
    for (a, mentions) in extraction.mentions.iter().enumerate() {
        for m in mentions {
            if let Some(c) = counts.get_mut(m.entity) {
                c.mentions += 1;
                c.articles.insert(a);
            }
        }
    }
    let mut order: Vec<usize> = (0..extraction.entities.len()).collect();
    order.sort_by(|&a, &b| counts[b].mentions.cmp(&counts[a].mentions).then(a.cmp(&b)));
    order.truncate(limit);
    let rows: Vec<(&Entity, &Count)> = order
        .into_iter()
        .filter_map(|e| Some((extraction.entities.get(e)?, counts.get(e)?)))
        .collect();
    match format {
        Format::Text => entities_as_text(out, &rows),
        Format::Yaml => entities_as_yaml(out, &rows),
        Format::Json => entities_as_json(out, &rows),
    }
}

/// A table: name, type, articles, mentions, source.
fn entities_as_text(out: &mut String, rows: &[(&Entity, &Count)]) -> anyhow::Result<()> {
    writeln!(
        out,
        "{:<40} {:<13} {:>8} {:>8}  source",
        "entity", "type", "articles", "mentions"
    )?;
    for (entity, count) in rows {
        let source = if entity.from_gazetteer {
            "gazetteer"
        } else {
            "discovered"
        };
        writeln!(
            out,
            "{:<40} {:<13} {:>8} {:>8}  {source}",
            entity.name,
            entity.kind.as_str(),
            count.articles.len(),
            count.mentions,
        )?;
    }
    Ok(())
}

/// Gazetteer entries, each followed by its counts as a comment.
fn entities_as_yaml(out: &mut String, rows: &[(&Entity, &Count)]) -> anyhow::Result<()> {
    writeln!(out, "entities:")?;
    for (entity, count) in rows {
        let entry = GazetteerYaml {
            name: &entity.name,
            kind: entity.kind.as_str(),
            aliases: &entity.aliases,
            description: entity.description.as_deref(),
        };
        // Each entry alone as a one-item list, indented under
        // `entities:`, so that its counts can follow as a comment.
        let item = serde_saphyr::to_string(&[entry])?;
        for line in item.lines() {
            writeln!(out, "  {line}")?;
        }
        writeln!(
            out,
            "    # {} article(s), {} mention(s)",
            count.articles.len(),
            count.mentions
        )?;
    }
    Ok(())
}

/// One entity in `--format json`.
#[derive(serde::Serialize)]
struct EntityJson<'a> {
    name: &'a str,
    #[serde(rename = "type")]
    kind: &'a str,
    aliases: &'a [String],
    articles: usize,
    mentions: usize,
    gazetteer: bool,
}

/// A JSON list of [`EntityJson`].
fn entities_as_json(out: &mut String, rows: &[(&Entity, &Count)]) -> anyhow::Result<()> {
    let list: Vec<EntityJson<'_>> = rows
        .iter()
        .map(|(entity, count)| EntityJson {
            name: &entity.name,
            kind: entity.kind.as_str(),
            aliases: &entity.aliases,
            articles: count.articles.len(),
            mentions: count.mentions,
            gazetteer: entity.from_gazetteer,
        })
        .collect();
    writeln!(out, "{}", serde_json::to_string_pretty(&list)?)?;
    Ok(())
}

/// One gazetteer entry, as `gazetteer.yaml` reads it.
#[derive(serde::Serialize)]
struct GazetteerYaml<'a> {
    name: &'a str,
    #[serde(rename = "type")]
    kind: &'a str,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    aliases: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<&'a str>,
}

/// Frequent capitalised phrases not covered by any mention: candidates the
/// discovery rules missed or rejected.
fn print_unmatched(
    out: &mut String,
    texts: &[Vec<&str>],
    extraction: &crate::analyze::entities::Extraction,
    format: Format,
    limit: usize,
) -> anyhow::Result<()> {
    let phrase = Regex::new(r"\b\p{Lu}[\p{L}\p{N}'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}'’.-]*)*")?;
    let known: HashSet<String> = extraction
        .entities
        .iter()
        .flat_map(|e| {
            std::iter::once(e.name.to_lowercase()).chain(e.aliases.iter().map(|a| a.to_lowercase()))
        })
        .collect();
    let mut counts: HashMap<String, usize> = HashMap::new();
    for (a, blocks) in texts.iter().enumerate() {
        let mentions = extraction.mentions.get(a).map(Vec::as_slice).unwrap_or(&[]);
        for (b, block) in blocks.iter().enumerate() {
            for m in phrase.find_iter(block) {
                let covered = mentions.iter().any(|x| {
                    x.block() == b && x.range().start < m.end() && m.start() < x.range().end
                });
                let text = m.as_str().trim_end_matches(['.', '’', '\'']);
                if covered || known.contains(&text.to_lowercase()) {
                    continue;
                }
                *counts.entry(text.to_string()).or_insert(0) += 1;
            }
        }
    }
    let mut list: Vec<(String, usize)> = counts.into_iter().filter(|(_, n)| *n >= 2).collect();
    list.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    list.truncate(limit);
    match format {
        Format::Json => {
            #[derive(serde::Serialize)]
            struct Phrase<'a> {
                phrase: &'a str,
                count: usize,
            }
            let v: Vec<Phrase<'_>> = list
                .iter()
                .map(|(phrase, count)| Phrase {
                    phrase,
                    count: *count,
                })
                .collect();
            writeln!(out, "{}", serde_json::to_string_pretty(&v)?)?;
        }
        _ => {
            writeln!(
                out,
                "{:<40} {:>6}",
                "capitalised phrase (no entity)", "count"
            )?;
            for (p, n) in list {
                writeln!(out, "{p:<40} {n:>6}")?;
            }
        }
    }
    Ok(())
}
