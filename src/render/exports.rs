//! Data for researchers to take away: CSV, JSON and GEXF under `data/`.

use super::{format, Input, Put};
use crate::analyze::{ArticleId, EntityId};
use crate::output::OutputFile;
use crate::text;
use serde::Serialize;
use std::collections::BTreeSet;
use std::ops::Range;

/// Characters of context kept on each side of a mention in mentions.csv.
const CONTEXT_CHARS: usize = 100;

/// Renders entities.csv.gz, mentions.csv.gz, quotes.json.gz and network.gexf.gz.
///
/// The files that grow fastest with the corpus, and that a reader only
/// downloads, are gzipped: on real news they shrink about five times, and
/// pandas and Gephi open them as they are. The entities' table repeats
/// `entities.json` (less the article files) for spreadsheets, so it is
/// gzipped too (316 → 75 kB on the 535 real articles).
pub(super) fn render(
    input: &Input<'_>,
    tera: &tera::Tera,
    put: &Put<'_>,
) -> Result<(), crate::Error> {
    let (mentions, others) = rayon::join(
        || put(mentions_csv(input)?),
        || -> Result<(), crate::Error> {
            put(gzip(entities_csv(input)?))?;
            put(gzip(quotes_json(input)?))?;
            put(gzip(network_gexf(input, tera)?))
        },
    );
    mentions.and(others)
}

fn csv_error(path: &str, e: impl std::fmt::Display) -> crate::Error {
    crate::Error::Template(format!("{path}: {e}"))
}

fn finish(path: &str, writer: csv::Writer<Vec<u8>>) -> Result<OutputFile, crate::Error> {
    let bytes = writer.into_inner().map_err(|e| csv_error(path, e))?;
    Ok(OutputFile {
        path: path.to_string(),
        bytes,
    })
}

/// `file` compressed, under its name plus `.gz`. The header carries no time
/// or name, so the same input gives the same bytes.
fn gzip(file: OutputFile) -> OutputFile {
    use std::io::Write;
    let mut encoder = gzip_writer();
    // Writing to a Vec cannot fail.
    if encoder.write_all(&file.bytes).is_err() {
        unreachable!("writing to memory");
    }
    OutputFile {
        path: file.path + ".gz",
        bytes: finish_gzip(encoder),
    }
}

/// A gzip stream into memory, as [`gzip`] writes it: zlib-rs at the default
/// level. On 10,000 articles it took about 4% of the build's CPU against 5%
/// for miniz_oxide at level 4, and wrote 2% fewer bytes (mentions of real
/// news: 669 against 683 kB).
fn gzip_writer() -> flate2::write::GzEncoder<Vec<u8>> {
    flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::new(6))
}

/// The bytes of a finished [`gzip_writer`] stream.
fn finish_gzip(encoder: flate2::write::GzEncoder<Vec<u8>>) -> Vec<u8> {
    match encoder.finish() {
        Ok(bytes) => bytes,
        // Writing to a Vec cannot fail.
        Err(_) => unreachable!("writing to memory"),
    }
}

fn entities_csv(input: &Input<'_>) -> Result<OutputFile, crate::Error> {
    let path = "data/entities.csv";
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record([
        "name",
        "type",
        "aliases",
        "articles",
        "mentions",
        "first_seen",
        "last_seen",
        "url",
    ])
    .map_err(|e| csv_error(path, e))?;
    for ((e, entity), s) in input
        .knowledge
        .entities_with_ids()
        .zip(&input.knowledge.entity_stats)
    {
        if s.articles.is_empty() {
            continue;
        }
        let url = super::context::entity_url(input, e);
        w.write_record([
            entity.name.as_str(),
            entity.kind.as_str(),
            &entity.aliases.join("; "),
            &s.articles.len().to_string(),
            &s.mentions.to_string(),
            &format::iso(s.first_seen).unwrap_or_default(),
            &format::iso(s.last_seen).unwrap_or_default(),
            url.unwrap_or(""),
        ])
        .map_err(|e| csv_error(path, e))?;
    }
    finish(path, w)
}

/// `data/mentions.csv.gz`, compressed as it is written: the file grows
/// fastest of all with the corpus, and it is never whole in memory.
fn mentions_csv(input: &Input<'_>) -> Result<OutputFile, crate::Error> {
    let path = "data/mentions.csv";
    let mut w = csv::Writer::from_writer(gzip_writer());
    w.write_record(["article", "date", "entity", "type", "surface", "context"])
        .map_err(|e| csv_error(path, e))?;
    let extraction = &input.knowledge.extraction;
    for (a, mentions) in extraction.mentions.iter().enumerate() {
        let article = &input.articles[a];
        let date = format::iso(article.date).unwrap_or_default();
        for m in mentions {
            let (Some(entity), Some(block)) = (
                extraction.entities.get(m.entity),
                article.blocks.get(m.block()),
            ) else {
                continue;
            };
            let context = extraction
                .sentences
                .get(a)
                .and_then(|s| s.get(m.sentence()))
                .map(|s| {
                    let (s, m) = (s.range(), m.range());
                    mention_context(block, s.start.min(m.start), s.end.max(m.end), m)
                })
                .unwrap_or_default();
            w.write_record([
                article.path.as_str(),
                &date,
                &entity.name,
                entity.kind.as_str(),
                block.get(m.range()).unwrap_or(""),
                &context,
            ])
            .map_err(|e| csv_error(path, e))?;
        }
    }
    let encoder = w.into_inner().map_err(|e| csv_error(path, e))?;
    Ok(OutputFile {
        path: format!("{path}.gz"),
        bytes: finish_gzip(encoder),
    })
}

/// The words around mention `m` within its sentence `block[from..to]`,
/// [`CONTEXT_CHARS`] at most on each side, an ellipsis where cut: bounded,
/// so that the file grows with the mentions, not with sentence length.
fn mention_context(block: &str, from: usize, to: usize, m: Range<usize>) -> String {
    let Some(sentence) = block.get(from..to) else {
        return String::new();
    };
    let (before, after) = text::window(sentence, m.start - from, m.end - from, CONTEXT_CHARS);
    let mut out = String::new();
    if before.start > 0 {
        out.push('…');
    }
    out.push_str(sentence.get(before.start..after.end).unwrap_or(""));
    if after.end < sentence.len() {
        out.push('…');
    }
    text::collapse_whitespace(&out)
}

/// A quote in `data/quotes.json` (fields in the order of their names).
#[derive(Serialize)]
struct QuoteRecord<'a> {
    article: &'a str,
    date: Option<String>,
    speaker: Option<&'a str>,
    text: &'a str,
    url: &'a str,
}

/// What `network.gexf` receives.
#[derive(Serialize)]
struct GexfContext<'a> {
    nodes: Vec<GexfNode<'a>>,
    /// (entity, entity, shared articles), the lower id first.
    edges: BTreeSet<(EntityId, EntityId, usize)>,
}

/// An entity with a page, as a node of the network.
#[derive(Serialize)]
struct GexfNode<'a> {
    id: EntityId,
    label: &'a str,
    kind: &'static str,
    mentions: usize,
    articles: usize,
    url: &'a str,
}

fn quotes_json(input: &Input<'_>) -> Result<OutputFile, crate::Error> {
    let extraction = &input.knowledge.extraction;
    let quotes = extraction.quotes.iter().enumerate().flat_map(|(a, list)| {
        let a = ArticleId::new(a);
        list.iter().map(move |q| QuoteRecord {
            article: &input.article(a).path,
            date: format::iso(input.article(a).date),
            speaker: q
                .speaker
                .and_then(|s| extraction.entities.get(s))
                .map(|s| s.name.as_str()),
            text: &q.text,
            url: &input.plan.articles[a],
        })
    });

    super::data::json_file("data/quotes.json", quotes)
}

/// The co-occurrence network in GEXF 1.3: one node per entity with a page,
/// one undirected edge per pair among each entity's strongest links, weighted
/// by the number of articles they share.
fn network_gexf(input: &Input<'_>, tera: &tera::Tera) -> Result<OutputFile, crate::Error> {
    let stats = &input.knowledge.entity_stats;
    let published = |e: EntityId| super::context::entity_url(input, e).is_some();
    let nodes = input
        .knowledge
        .entities_with_ids()
        .filter_map(|(e, entity)| {
            Some(GexfNode {
                id: e,
                label: &entity.name,
                kind: entity.kind.as_str(),
                mentions: stats[e].mentions,
                articles: stats[e].articles.len(),
                url: super::context::entity_url(input, e)?,
            })
        })
        .collect();
    let mut edges: BTreeSet<(EntityId, EntityId, usize)> = BTreeSet::new();
    for (e, s) in stats.iter_enumerated() {
        for &(other, shared) in &s.cooccurring {
            if published(e) && published(other) {
                edges.insert((e.min(other), e.max(other), shared));
            }
        }
    }
    let context = GexfContext { nodes, edges };
    let mut file = super::feeds::file(tera, "network.gexf", &context)?;
    file.path = "data/network.gexf".into();
    Ok(file)
}
