//! Data exports under `data/` and the search index.

use super::{format, Input, Put};
use crate::analyze::ArticleId;
use crate::output::OutputFile;
use crate::search::{write_index, DocText, SearchDoc};
use serde::Serialize;

/// Characters of text in a search result's excerpt.
const EXCERPT_CHARS: usize = 200;

/// An entity in `data/entities.json`. Fields are in the order of their
/// names, as the file has always listed them. `description`, `url` and
/// `wikidata` are left out when empty (most names have none of them: on real
/// news that was 0.5 kB of nulls per article); readers see them as missing.
#[derive(Serialize)]
struct EntityRecord<'a> {
    aliases: &'a [String],
    articles: Vec<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<&'a str>,
    first_seen: Option<String>,
    last_seen: Option<String>,
    mentions: usize,
    name: &'a str,
    #[serde(rename = "type")]
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    wikidata: Option<&'a str>,
}

/// An article in `data/articles.json` (fields in the order of their names).
/// `author`, `source`, `source_url`, `copies`, `tags` and `topics` are left
/// out when empty, as most articles' are (80 bytes an article on real news).
#[derive(Serialize)]
struct ArticleRecord<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    author: Option<&'a str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    copies: Vec<&'a str>,
    date: Option<String>,
    entities: Vec<String>,
    id: &'a str,
    path: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    source_url: Option<&'a str>,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    tags: &'a [String],
    title: &'a str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    topics: Vec<String>,
    url: &'a str,
    word_count: usize,
}

/// Renders `data/*.json` and the search index files.
pub(super) fn render(
    input: &Input<'_>,
    tera: &tera::Tera,
    put: &Put<'_>,
) -> Result<(), crate::Error> {
    let (json, (exports, index)) = rayon::join(
        || -> Result<(), crate::Error> {
            put(json_file("data/entities.json", entity_records(input))?)?;
            put(json_file("data/articles.json", article_records(input))?)?;
            put(json_file("data/citations.json", citations(input))?)
        },
        || {
            rayon::join(
                || super::exports::render(input, tera, put),
                || {
                    write_index(&search_docs(input), &mut |path, text| {
                        put(OutputFile::text(path, text))
                    })
                },
            )
        },
    );
    json.and(exports).and(index)
}

/// Names of the entities article `a` names, in its text or only in its
/// headline, in entity order.
fn entity_names(input: &Input<'_>, a: ArticleId) -> Vec<String> {
    let extraction = &input.knowledge.extraction;
    let mut ids: Vec<usize> = extraction
        .mentions
        .get(a.index())
        .map(|m| m.iter().map(|m| m.entity).collect())
        .unwrap_or_default();
    ids.extend(
        input
            .knowledge
            .headline_entities
            .get(a)
            .map(Vec::as_slice)
            .unwrap_or(&[]),
    );
    ids.sort_unstable();
    ids.dedup();
    ids.iter()
        .filter_map(|&e| extraction.entities.get(e).map(|x| x.name.clone()))
        .collect()
}

/// Every entity some article names.
fn entity_records<'a>(input: &'a Input<'_>) -> impl Iterator<Item = EntityRecord<'a>> + 'a {
    let stats = &input.knowledge.entity_stats;
    input
        .knowledge
        .entities_with_ids()
        .zip(stats)
        .filter(|(_, s)| !s.articles.is_empty())
        .map(|((e, entity), s)| EntityRecord {
            aliases: &entity.aliases,
            articles: s
                .articles
                .iter()
                .map(|&a| input.article(a).path.as_str())
                .collect(),
            description: entity.description.as_deref(),
            first_seen: format::iso(s.first_seen),
            last_seen: format::iso(s.last_seen),
            mentions: s.mentions,
            name: &entity.name,
            kind: entity.kind.as_str(),
            url: super::context::entity_url(input, e),
            wikidata: entity.wikidata.as_deref(),
        })
}

/// Every article, with the files of its folded copies.
fn article_records<'a>(input: &'a Input<'_>) -> impl Iterator<Item = ArticleRecord<'a>> + 'a {
    input.articles_with_ids().map(|(a, article)| ArticleRecord {
        author: article.author.as_deref(),
        copies: input
            .knowledge
            .copies
            .iter()
            .filter(|c| c.of == a.index())
            .map(|c| c.article.path.as_str())
            .collect(),
        date: format::iso(article.date),
        entities: entity_names(input, a),
        id: &article.slug,
        path: &article.path,
        source: article.source.as_deref(),
        source_url: article.url.as_deref(),
        tags: &article.tags,
        title: &article.title,
        topics: input.knowledge.topic_names(a),
        url: &input.plan.articles[a],
        word_count: article.word_count,
    })
}

/// Every article as CSL-JSON, at its own URL or else its page's.
fn citations<'a>(input: &'a Input<'_>) -> impl Iterator<Item = super::cite::Csl<'a>> + 'a {
    let base = super::feeds::base(input);
    input.articles_with_ids().map(move |(a, article)| {
        let url = article
            .url
            .clone()
            .or_else(|| (!base.is_empty()).then(|| format!("{base}{}", input.plan.articles[a])));
        super::cite::csl(article, url.as_deref())
    })
}

/// The documents of the search index: articles, entity pages, topic pages.
fn search_docs<'a>(input: &'a Input<'_>) -> Vec<SearchDoc<'a>> {
    let mut docs: Vec<SearchDoc> = input
        .articles_with_ids()
        .map(|(a, article)| {
            let body = article.blocks.join("\n");
            SearchDoc {
                kind: "article",
                title: article.title.clone(),
                url: input.plan.articles[a].clone(),
                date: format::iso(article.date),
                source: article.source.clone(),
                excerpt: crate::text::shorten(
                    article.summary.as_deref().unwrap_or(&body),
                    EXCERPT_CHARS,
                ),
                body: DocText::Blocks(&article.blocks),
                entities: entity_names(input, a),
                topics: input.knowledge.topic_names(a),
            }
        })
        .collect();
    docs.extend(entity_docs(input));
    // Topic and relation pages (issue 4; built in topic_pages.rs).
    docs.extend(super::topic_pages::search_docs(input));
    docs
}

/// A search document per entity page.
fn entity_docs<'a>(input: &'a Input<'_>) -> impl Iterator<Item = SearchDoc<'a>> + 'a {
    let stats = &input.knowledge.entity_stats;
    input
        .knowledge
        .entities_with_ids()
        .filter_map(move |(e, entity)| {
            let url = super::context::entity_url(input, e)?;
            let s = stats.get(e)?;
            let excerpt = entity.description.clone().unwrap_or_else(|| {
                format!(
                    "{} named in {} article(s), {} mention(s).",
                    capitalise(entity.kind.as_str()),
                    s.articles.len(),
                    s.mentions
                )
            });
            let mut names = vec![entity.name.clone()];
            names.extend(entity.aliases.iter().cloned());
            Some(SearchDoc {
                kind: "entity",
                title: entity.name.clone(),
                url: url.to_string(),
                date: format::iso(s.last_seen),
                source: None,
                excerpt,
                body: DocText::default(),
                entities: names,
                topics: Vec::new(),
            })
        })
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// A JSON array with one compact element per line: a third the size of
/// pretty-printed JSON, and still easy to `grep`, `diff` and read. Each item
/// is made and written in turn, so no list of records is held beside the text.
pub(super) fn json_file<T: Serialize>(
    path: &str,
    items: impl IntoIterator<Item = T>,
) -> Result<OutputFile, crate::Error> {
    let mut bytes = b"[\n".to_vec();
    for (i, item) in items.into_iter().enumerate() {
        if i > 0 {
            bytes.extend_from_slice(b",\n");
        }
        serde_json::to_writer(&mut bytes, &item)
            .map_err(|e| crate::Error::Template(format!("{path}: {e}")))?;
    }
    bytes.extend_from_slice(b"\n]\n");
    Ok(OutputFile {
        path: path.to_string(),
        bytes,
    })
}
