//! One page per article.

use super::{body, cite, format, page, Input};
use crate::analyze::entities::EntityKind;
use crate::output::OutputFile;
use crate::plan::root_prefix;
use serde_json::{json, Value};
use std::collections::BTreeMap;
use tera::Tera;

/// Display order and heading of entity kinds.
pub const KINDS: &[(EntityKind, &str)] = &[
    (EntityKind::Person, "People"),
    (EntityKind::Organization, "Organisations"),
    (EntityKind::Place, "Places"),
    (EntityKind::Event, "Events"),
    (EntityKind::Other, "Other"),
];

/// Renders article `index`'s page.
pub fn render(input: &Input<'_>, tera: &Tera, index: usize) -> Result<OutputFile, crate::Error> {
    let article = &input.articles[index];
    let url = &input.plan.articles[index];
    crate::fault::inject("rendering", &article.title);
    let root = root_prefix(url);
    let extraction = &input.knowledge.extraction;
    let mentions = extraction
        .mentions
        .get(index)
        .map(Vec::as_slice)
        .unwrap_or(&[]);
    let html = body::article_html(article, mentions, &input.plan.entities, &root);

    let mut counts: BTreeMap<usize, usize> = BTreeMap::new();
    for m in mentions {
        *counts.entry(m.entity).or_insert(0) += 1;
    }
    let entity_groups: Vec<Value> = KINDS
        .iter()
        .filter_map(|(kind, label)| {
            let mut items: Vec<(usize, usize)> = counts
                .iter()
                .filter(|(e, _)| {
                    extraction
                        .entities
                        .get(**e)
                        .is_some_and(|x| x.kind == *kind)
                })
                .map(|(e, n)| (*e, *n))
                .collect();
            items.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            let items: Vec<Value> = items
                .into_iter()
                .map(|(e, n)| {
                    json!({
                        "name": extraction.entities[e].name,
                        "url": input.plan.entities.get(e).cloned().flatten(),
                        "count": n,
                    })
                })
                .collect();
            (!items.is_empty()).then(|| json!({ "label": label, "items": items }))
        })
        .collect();

    let quotes: Vec<Value> = extraction
        .quotes
        .get(index)
        .map(Vec::as_slice)
        .unwrap_or(&[])
        .iter()
        .map(|q| {
            let speaker = q.speaker.and_then(|s| extraction.entities.get(s));
            json!({
                "text": q.text,
                "speaker": speaker.map(|s| &s.name),
                "speaker_url": q.speaker.and_then(|s| input.plan.entities.get(s).cloned().flatten()),
            })
        })
        .collect();

    let best_url = article.url.clone().or_else(|| {
        let base = super::feeds::base(input);
        (!base.is_empty()).then(|| format!("{base}{url}"))
    });
    let cite = json!({
        "bibtex": cite::bibtex(article, best_url.as_deref(), input.today),
        "ris": cite::ris(article, best_url.as_deref(), input.today),
    });
    let description = article
        .summary
        .clone()
        .unwrap_or_else(|| crate::text::shorten(&article.blocks.join(" "), 160));
    let context = json!({
        "description": description,
        "cite": cite,
        "article": {
            "title": article.title,
            "date": format::iso(article.date),
            "date_human": format::human(article.date),
            "source": article.source,
            "source_url": super::entity_page::outlet_url(input, index),
            "url": article.url,
            "author": article.author,
            "summary": article.summary,
            "reading_minutes": format::reading_minutes(article.word_count),
            "word_count": article.word_count,
            "path": article.path,
            "tags": article.tags,
            "topics": article.topics,
        },
        "body": html,
        "entity_groups": entity_groups,
        "quotes": quotes,
        "topics": topics(input, index),
        "key_terms": key_terms(input, index),
        "related": related(input, index),
        "copies": super::copy_pages::copies_of(input, index),
    });
    page(tera, input.config, "article.html", url, context)
}

/// The article's key terms.
fn key_terms(input: &Input<'_>, index: usize) -> Vec<Value> {
    let terms = input
        .knowledge
        .key_terms
        .get(index)
        .map(Vec::as_slice)
        .unwrap_or(&[]);
    terms
        .iter()
        .map(|t| json!({ "term": t.term, "count": t.count }))
        .collect()
}

/// The article's topics and relations as links.
fn topics(input: &Input<'_>, index: usize) -> Vec<Value> {
    let k = input.knowledge;
    let topics = k
        .article_topics
        .get(index)
        .map(Vec::as_slice)
        .unwrap_or(&[]);
    let relations = k
        .article_relations
        .get(index)
        .map(Vec::as_slice)
        .unwrap_or(&[]);
    topics
        .iter()
        .filter_map(|&t| Some(json!({ "name": k.topics.get(t)?.name, "url": input.plan.topics.get(t)?, "relation": false })))
        .chain(relations.iter().filter_map(|&r| {
            Some(json!({ "name": k.relations.get(r)?.name, "url": input.plan.relations.get(r)?, "relation": true }))
        }))
        .collect()
}

/// Related articles, each with a plain-words account of its score.
fn related(input: &Input<'_>, index: usize) -> Vec<Value> {
    let k = input.knowledge;
    let names = |ids: &[usize], name: &dyn Fn(usize) -> Option<String>| -> Vec<String> {
        ids.iter().filter_map(|&i| name(i)).collect()
    };
    k.related
        .get(index)
        .map(Vec::as_slice)
        .unwrap_or(&[])
        .iter()
        .map(|r| {
            let entities = names(&r.entities, &|e| {
                k.extraction.entities.get(e).map(|x| x.name.clone())
            });
            let mut topics = names(&r.topics, &|t| k.topics.get(t).map(|x| x.name.clone()));
            topics.extend(names(&r.relations, &|t| {
                k.relations.get(t).map(|x| x.name.clone())
            }));
            let mut why: Vec<String> = Vec::new();
            if !entities.is_empty() {
                why.push(format!("entities: {}", entities.join(", ")));
            }
            if !topics.is_empty() {
                why.push(format!("topics: {}", topics.join(", ")));
            }
            if !r.terms.is_empty() {
                why.push(format!("terms: {}", r.terms.join(", ")));
            }
            let mut summary: Vec<String> = Vec::new();
            for (n, word) in [
                (entities.len(), "entity"),
                (topics.len(), "topic"),
                (r.terms.len(), "term"),
            ] {
                if n > 0 {
                    let plural = if n == 1 {
                        word.to_string()
                    } else if word == "entity" {
                        "entities".to_string()
                    } else {
                        format!("{word}s")
                    };
                    summary.push(format!("{n} {plural}"));
                }
            }
            let mut item = super::entity_page::article_item(input, r.article);
            if let Value::Object(map) = &mut item {
                map.insert("score".into(), json!(format!("{:.1}", r.score)));
                map.insert(
                    "why".into(),
                    json!(format!("Score {:.1}, shared {}", r.score, why.join("; "))),
                );
                map.insert(
                    "summary".into(),
                    json!(format!("{} in common", summary.join(", "))),
                );
            }
            item
        })
        .collect()
}
