//! Topic and relation pages, the topics index and the network page.

use super::charts::{sparkline, MonthSeries};
use super::entity_page::newest_items;
use super::network;
use super::{format, page, Input};
use crate::analyze::relations::Relation;
use crate::analyze::topics::TopicOrigin;
use crate::output::OutputFile;
use crate::plan::root_prefix;
use crate::search::SearchDoc;
use rayon::prelude::*;
use serde_json::{json, Value};
use std::collections::HashMap;
use tera::Tera;

/// Most articles listed on a topic or relation page (newest first).
pub const MAX_ARTICLES: usize = 200;
/// Most sentences listed on a relation page.
const MAX_SENTENCES: usize = 100;
/// Most quotes listed on a relation page.
const MAX_QUOTES: usize = 50;
/// Most-mentioned entities named in a page's overview.
const OVERVIEW_ENTITIES: usize = 8;
/// Most front-matter topics (tags) listed on the topics index.
const MAX_INDEX_TAGS: usize = 1000;

/// Renders every topic and relation page, the topics index and the network page.
pub fn render(input: &Input<'_>, tera: &Tera) -> Result<Vec<OutputFile>, crate::Error> {
    let k = input.knowledge;
    let mut files: Vec<OutputFile> = k
        .topics
        .par_iter()
        .enumerate()
        .map(|(t, topic)| {
            let url = &input.plan.topics[t];
            let kind = match topic.origin {
                TopicOrigin::Configured => "topic",
                TopicOrigin::FrontMatter => "tag",
            };
            let mut context = collection(input, &topic.articles, &[]);
            if let Value::Object(map) = &mut context {
                map.insert("kind".into(), json!(kind));
                map.insert("name".into(), json!(topic.name));
                map.insert("topic_description".into(), json!(topic.description));
                let description = if topic.description.is_empty() {
                    format!("{}: {} article(s).", topic.name, topic.articles.len())
                } else {
                    topic.description.clone()
                };
                map.insert("description".into(), json!(description));
            }
            page(tera, input.config, "topic.html", url, context)
        })
        .collect::<Result<_, _>>()?;
    let relation_pages: Vec<OutputFile> = k
        .relations
        .par_iter()
        .enumerate()
        .map(|(r, relation)| relation_page(input, tera, relation, &input.plan.relations[r]))
        .collect::<Result<_, _>>()?;
    files.extend(relation_pages);
    files.push(index(input, tera)?);
    files.push(network_page(input, tera)?);
    Ok(files)
}

/// What topic and relation pages share: overview, chart and article list.
fn collection(input: &Input<'_>, articles: &[usize], exclude: &[usize]) -> Value {
    let extraction = &input.knowledge.extraction;
    let mut counts: HashMap<usize, usize> = HashMap::new();
    for &a in articles {
        for m in extraction.mentions.get(a).map(Vec::as_slice).unwrap_or(&[]) {
            if !exclude.contains(&m.entity) {
                *counts.entry(m.entity).or_insert(0) += 1;
            }
        }
    }
    let mut top: Vec<(usize, usize)> = counts
        .into_iter()
        .filter(|(e, _)| matches!(input.plan.entities.get(*e), Some(Some(_))))
        .collect();
    top.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));
    top.truncate(OVERVIEW_ENTITIES);
    let entities: Vec<Value> = top
        .iter()
        .filter_map(|&(e, n)| {
            let entity = extraction.entities.get(e)?;
            Some(json!({
                "name": entity.name,
                "kind": entity.kind.as_str(),
                "url": input.plan.entities.get(e)?.as_ref()?,
                "count": n,
            }))
        })
        .collect();
    let dates: Vec<_> = articles
        .iter()
        .filter_map(|&a| input.articles[a].date)
        .collect();
    let (first, last) = (dates.iter().min().copied(), dates.iter().max().copied());
    let series = MonthSeries::from_dates(articles.iter().map(|&a| (input.articles[a].date, 1)));
    let chart = (!series.months.is_empty())
        .then(|| sparkline(&series, "over-time", "Articles per month", "article"));
    let listed = newest_items(input, articles, MAX_ARTICLES);
    json!({
        "overview": {
            "articles": articles.len(),
            "undated": articles.len() - dates.len(),
            "first": format::iso(first),
            "last": format::iso(last),
            "first_human": first.map(|d| format::human(Some(d))),
            "last_human": last.map(|d| format::human(Some(d))),
            "entities": entities,
        },
        "chart": chart,
        "articles": listed,
        "articles_total": articles.len(),
    })
}

fn relation_page(
    input: &Input<'_>,
    tera: &Tera,
    relation: &Relation,
    url: &str,
) -> Result<OutputFile, crate::Error> {
    let extraction = &input.knowledge.extraction;
    let parties: Vec<Value> = relation
        .parties
        .iter()
        .filter_map(|&p| {
            let e = extraction.entities.get(p)?;
            Some(json!({ "name": e.name, "url": input.plan.entities.get(p).cloned().flatten() }))
        })
        .collect();
    let sentences: Vec<Value> = relation
        .sentences
        .iter()
        .take(MAX_SENTENCES)
        .filter_map(|&(a, s)| sentence_item(input, relation, a, s))
        .collect();
    let quotes: Vec<Value> = relation
        .quotes
        .iter()
        .take(MAX_QUOTES)
        .filter_map(|&(a, k)| {
            let q = extraction.quotes.get(a)?.get(k)?;
            let speaker = q.speaker.and_then(|s| extraction.entities.get(s));
            Some(json!({
                "text": q.text,
                "speaker": speaker.map(|s| &s.name),
                "speaker_url": q.speaker.and_then(|s| input.plan.entities.get(s).cloned().flatten()),
                "article_title": input.articles[a].title,
                "date": format::iso(input.articles[a].date),
                "url": input.plan.articles[a],
            }))
        })
        .collect();
    let mut context = collection(input, &relation.articles, &relation.parties);
    if let Value::Object(map) = &mut context {
        map.insert("kind".into(), json!("relation"));
        map.insert("name".into(), json!(relation.name));
        map.insert(
            "description".into(),
            json!(format!(
                "{}: {} article(s) naming both, the sentences that link them and the quotes.",
                relation.name,
                relation.articles.len()
            )),
        );
        map.insert("parties".into(), json!(parties));
        map.insert("sentences".into(), json!(sentences));
        map.insert("sentences_total".into(), json!(relation.sentences.len()));
        map.insert("quotes".into(), json!(quotes));
        map.insert("quotes_total".into(), json!(relation.quotes.len()));
    }
    page(tera, input.config, "topic.html", url, context)
}

/// One sentence naming both parties, cut into plain and marked pieces, with a
/// link to the first linked mention in it (or to the article).
fn sentence_item(input: &Input<'_>, relation: &Relation, a: usize, s: usize) -> Option<Value> {
    let extraction = &input.knowledge.extraction;
    let sentence = extraction.sentences.get(a)?.get(s)?;
    let block = input.articles[a].blocks.get(sentence.block)?;
    let mut pieces: Vec<Value> = Vec::new();
    let mut at = sentence.start;
    let mut anchor: Option<usize> = None;
    for (k, m) in extraction.mentions.get(a)?.iter().enumerate() {
        if m.sentence != s || m.block != sentence.block || m.start < at || m.end > sentence.end {
            continue;
        }
        let party = relation.parties.contains(&m.entity);
        if anchor.is_none() && matches!(input.plan.entities.get(m.entity), Some(Some(_))) {
            anchor = Some(k);
        }
        if !party {
            continue;
        }
        pieces.push(json!({ "text": block.get(at..m.start)?, "mark": false }));
        pieces.push(json!({ "text": block.get(m.start..m.end)?, "mark": true }));
        at = m.end;
    }
    pieces.push(json!({ "text": block.get(at..sentence.end)?, "mark": false }));
    // Only plain-text bodies are sure to carry every mention's `id` (Markdown
    // rendering may move or merge spans); elsewhere link the article itself.
    let plain = matches!(input.articles[a].body, crate::content::Body::Text);
    let url = match anchor {
        Some(k) if plain => format!("{}#m{k}", input.plan.articles[a]),
        _ => input.plan.articles[a].clone(),
    };
    Some(json!({
        "pieces": pieces,
        "url": url,
        "article_title": input.articles[a].title,
        "date": format::iso(input.articles[a].date),
    }))
}

/// A topic or relation as a list entry.
fn entry(input: &Input<'_>, name: &str, url: &str, articles: &[usize]) -> Value {
    let dates: Vec<_> = articles
        .iter()
        .filter_map(|&a| input.articles[a].date)
        .collect();
    json!({
        "name": name,
        "url": url,
        "articles": articles.len(),
        "first": format::iso(dates.iter().min().copied()),
        "last": format::iso(dates.iter().max().copied()),
    })
}

/// Topics (configured, then front-matter) and relations as list entries, for
/// the topics index and the home page: (configured, tags, relations).
pub fn entries(input: &Input<'_>, limit: usize) -> (Vec<Value>, Vec<Value>, Vec<Value>) {
    let k = input.knowledge;
    let mut configured = Vec::new();
    let mut tags = Vec::new();
    for (t, topic) in k.topics.iter().enumerate() {
        let list = match topic.origin {
            TopicOrigin::Configured => &mut configured,
            TopicOrigin::FrontMatter => &mut tags,
        };
        if list.len() < limit {
            list.push(entry(
                input,
                &topic.name,
                &input.plan.topics[t],
                &topic.articles,
            ));
        }
    }
    let relations = k
        .relations
        .iter()
        .enumerate()
        .take(limit)
        .map(|(r, rel)| entry(input, &rel.name, &input.plan.relations[r], &rel.articles))
        .collect();
    (configured, tags, relations)
}

fn index(input: &Input<'_>, tera: &Tera) -> Result<OutputFile, crate::Error> {
    let (configured, tags, relations) = entries(input, MAX_INDEX_TAGS);
    let tag_total = input
        .knowledge
        .topics
        .iter()
        .filter(|t| t.origin == TopicOrigin::FrontMatter)
        .count();
    let context = json!({
        "configured": configured,
        "tags": tags,
        "tags_total": tag_total,
        "relations": relations,
        "min_articles": input.config.relations.min_articles.max(1),
    });
    page(tera, input.config, "topics.html", "topics.html", context)
}

fn network_page(input: &Input<'_>, tera: &Tera) -> Result<OutputFile, crate::Error> {
    let url = "network.html";
    let (nodes, edges) = network::graph(input);
    let svg = (!nodes.is_empty()).then(|| {
        network::network_svg(
            &nodes,
            &edges,
            &root_prefix(url),
            "Entities named in the same articles",
        )
    });
    let mut degree = vec![0usize; nodes.len()];
    for e in &edges {
        degree[e.a] += 1;
        degree[e.b] += 1;
    }
    let listed: Vec<Value> = nodes
        .iter()
        .zip(&degree)
        .map(|(n, d)| json!({ "name": n.name, "url": n.url, "kind": n.kind, "mentions": n.mentions, "links": d }))
        .collect();
    let total = input.plan.entities.iter().filter(|e| e.is_some()).count();
    let kinds: Vec<Value> = super::article_page::KINDS
        .iter()
        .filter_map(|(kind, label)| {
            let count = nodes.iter().filter(|n| n.kind == kind.as_str()).count();
            (count > 0).then(|| json!({ "kind": kind.as_str(), "label": label, "count": count }))
        })
        .collect();
    let context = json!({
        "svg": svg,
        "nodes": listed,
        "edges": edges.len().min(network::MAX_EDGES),
        "entities_total": total,
        "kinds": kinds,
        "min_shared": network::default_min(&edges, nodes.len(), network::EDGES_PER_NODE),
        "max_shared": edges.first().map_or(1, |e| e.weight),
    });
    page(tera, input.config, "network.html", url, context)
}

/// One search document per topic and relation page: its name, description
/// and, for a relation, its two parties, so that searching "Russia" or
/// filtering by the topic finds the page.
pub fn search_docs(input: &Input<'_>) -> Vec<SearchDoc> {
    let k = input.knowledge;
    let last_date = |articles: &[usize]| {
        format::iso(
            articles
                .iter()
                .filter_map(|&a| input.articles[a].date)
                .max(),
        )
    };
    let topics = k.topics.iter().enumerate().map(|(t, topic)| {
        let count = format!("{} article(s).", topic.articles.len());
        SearchDoc {
            kind: "topic",
            title: topic.name.clone(),
            url: input.plan.topics[t].clone(),
            date: last_date(&topic.articles),
            source: None,
            excerpt: if topic.description.is_empty() {
                format!("Topic: {count}")
            } else {
                format!("{} {count}", topic.description)
            },
            body: topic.description.clone(),
            entities: Vec::new(),
            topics: vec![topic.name.clone()],
        }
    });
    let relations = k.relations.iter().enumerate().map(|(r, relation)| {
        let parties: Vec<String> = relation
            .parties
            .iter()
            .filter_map(|&p| k.extraction.entities.get(p).map(|e| e.name.clone()))
            .collect();
        SearchDoc {
            kind: "topic",
            title: relation.name.clone(),
            url: input.plan.relations[r].clone(),
            date: last_date(&relation.articles),
            source: None,
            excerpt: format!(
                "Relation: {} article(s) naming both {}.",
                relation.articles.len(),
                parties.join(" and ")
            ),
            body: String::new(),
            entities: parties,
            topics: vec![relation.name.clone()],
        }
    });
    topics.chain(relations).collect()
}
