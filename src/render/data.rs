//! Data exports under `data/` and the search index.

use super::{format, Input, Put};
use crate::output::OutputFile;
use crate::search::{build_index, SearchDoc};
use serde_json::{json, Value};

/// Characters of text in a search result's excerpt.
const EXCERPT_CHARS: usize = 200;

/// Renders `data/*.json` and the search index files.
pub fn render(input: &Input<'_>, tera: &tera::Tera, put: &Put<'_>) -> Result<(), crate::Error> {
    let extraction = &input.knowledge.extraction;
    let stats = &input.knowledge.entity_stats;
    let entity_names = |a: usize| -> Vec<String> {
        let mut ids: Vec<usize> = extraction
            .mentions
            .get(a)
            .map(|m| m.iter().map(|m| m.entity).collect())
            .unwrap_or_default();
        ids.sort_unstable();
        ids.dedup();
        ids.iter()
            .filter_map(|&e| extraction.entities.get(e).map(|x| x.name.clone()))
            .collect()
    };

    let entities: Vec<Value> = extraction
        .entities
        .iter()
        .enumerate()
        .filter(|(e, _)| !stats[*e].articles.is_empty())
        .map(|(e, entity)| {
            let url = input.plan.entities.get(e).cloned().flatten();
            json!({
                "name": entity.name,
                "type": entity.kind.as_str(),
                "aliases": entity.aliases,
                "description": entity.description,
                "wikidata": entity.wikidata,
                "articles": stats[e].articles.iter().map(|&a| &input.articles[a].path).collect::<Vec<_>>(),
                "mentions": stats[e].mentions,
                "first_seen": format::iso(stats[e].first_seen),
                "last_seen": format::iso(stats[e].last_seen),
                "url": url,
            })
        })
        .collect();

    let articles: Vec<Value> = input
        .articles
        .iter()
        .enumerate()
        .map(|(a, article)| {
            json!({
                "id": article.slug,
                "path": article.path,
                "title": article.title,
                "date": format::iso(article.date),
                "source": article.source,
                "source_url": article.url,
                "author": article.author,
                "url": input.plan.articles[a],
                "entities": entity_names(a),
                "tags": article.tags,
                "topics": input.knowledge.topic_names(a),
                "word_count": article.word_count,
                "copies": input.knowledge.copies.iter().filter(|c| c.of == a).map(|c| &c.article.path).collect::<Vec<_>>(),
            })
        })
        .collect();

    let mut docs: Vec<SearchDoc> = input
        .articles
        .iter()
        .enumerate()
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
                body,
                entities: entity_names(a),
                topics: input.knowledge.topic_names(a),
            }
        })
        .collect();
    for (e, entity) in extraction.entities.iter().enumerate() {
        let Some(Some(url)) = input.plan.entities.get(e) else {
            continue;
        };
        let s = &stats[e];
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
        docs.push(SearchDoc {
            kind: "entity",
            title: entity.name.clone(),
            url: url.clone(),
            date: format::iso(s.last_seen),
            source: None,
            excerpt,
            body: String::new(),
            entities: names,
            topics: Vec::new(),
        });
    }
    // Topic and relation pages (issue 4; built in topic_pages.rs).
    docs.extend(super::topic_pages::search_docs(input));

    let citations: Vec<Value> = input
        .articles
        .iter()
        .enumerate()
        .map(|(a, article)| {
            let base = super::feeds::base(input);
            let url = article.url.clone().or_else(|| {
                (!base.is_empty()).then(|| format!("{base}{}", input.plan.articles[a]))
            });
            super::cite::csl(article, url.as_deref(), input.today)
        })
        .collect();

    let (json, (exports, index)) = rayon::join(
        || -> Result<(), crate::Error> {
            put(json_file("data/entities.json", &entities)?)?;
            put(json_file("data/articles.json", &articles)?)?;
            put(json_file("data/citations.json", &citations)?)
        },
        || {
            rayon::join(
                || super::exports::render(input, tera, put),
                || {
                    build_index(&docs)
                        .into_iter()
                        .try_for_each(|(path, text)| put(OutputFile::text(path, text)))
                },
            )
        },
    );
    json.and(exports).and(index)
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// A JSON array with one compact element per line: a third the size of
/// pretty-printed JSON, and still easy to `grep`, `diff` and read.
pub(super) fn json_file(path: &str, items: &[Value]) -> Result<OutputFile, crate::Error> {
    let mut text = String::from("[\n");
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            text.push_str(",\n");
        }
        let line = serde_json::to_string(item)
            .map_err(|e| crate::Error::Template(format!("{path}: {e}")))?;
        text.push_str(&line);
    }
    text.push_str("\n]\n");
    Ok(OutputFile::text(path, text))
}
