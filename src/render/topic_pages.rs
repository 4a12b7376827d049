//! Topic and relation pages, the topics index and the network page.

use super::charts::{sparkline, MonthSeries};
use super::context::{
    self, newest_items, ArticleItem, EntityCount, EntityLink, FoundIn, SourcedQuote, Speaker,
    TopicEntry,
};
use super::network;
use super::{format, page, Input};
use crate::analyze::relations::Relation;
use crate::analyze::topics::{Topic, TopicOrigin};
use crate::output::OutputFile;
use crate::plan::root_prefix;
use crate::search::SearchDoc;
use rayon::prelude::*;
use serde::Serialize;
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

/// What `topic.html` receives for a topic.
#[derive(Serialize)]
struct TopicContext<'a> {
    kind: &'static str,
    name: &'a str,
    topic_description: &'a str,
    description: String,
    #[serde(flatten)]
    collection: Collection<'a>,
}

/// What `topic.html` receives for a relation.
#[derive(Serialize)]
struct RelationContext<'a> {
    kind: &'static str,
    name: &'a str,
    description: String,
    parties: Vec<EntityLink<'a>>,
    sentences: Vec<SentenceItem<'a>>,
    sentences_total: usize,
    quotes: Vec<SourcedQuote<'a>>,
    quotes_total: usize,
    #[serde(flatten)]
    collection: Collection<'a>,
}

/// What topic and relation pages share: overview, chart and article list.
#[derive(Serialize)]
struct Collection<'a> {
    overview: Overview<'a>,
    chart: Option<String>,
    articles: Vec<ArticleItem<'a>>,
    articles_total: usize,
}

/// A collection of articles in numbers, and the entities it names most.
#[derive(Serialize)]
struct Overview<'a> {
    articles: usize,
    undated: usize,
    first: Option<String>,
    last: Option<String>,
    first_human: Option<String>,
    last_human: Option<String>,
    entities: Vec<EntityCount<'a>>,
}

/// A sentence naming both parties of a relation, in marked pieces.
#[derive(Serialize)]
struct SentenceItem<'a> {
    pieces: Vec<Piece<'a>>,
    #[serde(flatten)]
    found_in: FoundIn<'a>,
}

/// A piece of a sentence, marked when it names a party.
#[derive(Serialize)]
struct Piece<'a> {
    text: &'a str,
    mark: bool,
}

/// What `topics.html` receives.
#[derive(Serialize)]
struct IndexContext<'a> {
    configured: Vec<TopicEntry<'a>>,
    tags: Vec<TopicEntry<'a>>,
    tags_total: usize,
    relations: Vec<TopicEntry<'a>>,
    min_articles: usize,
}

/// What `network.html` receives.
#[derive(Serialize)]
struct NetworkContext<'a> {
    svg: Option<String>,
    nodes: Vec<NodeRow<'a>>,
    edges: usize,
    entities_total: usize,
    kinds: Vec<KindCount>,
    min_shared: usize,
    max_shared: usize,
}

/// An entity of the network, in the list beside it.
#[derive(Serialize)]
struct NodeRow<'a> {
    name: &'a str,
    url: &'a str,
    kind: &'static str,
    mentions: usize,
    links: usize,
}

/// How many of the network's entities are of a kind.
#[derive(Serialize)]
struct KindCount {
    kind: &'static str,
    label: &'static str,
    count: usize,
}

/// Renders every topic and relation page, the topics index and the network page.
pub fn render(input: &Input<'_>, tera: &Tera) -> Result<Vec<OutputFile>, crate::Error> {
    let k = input.knowledge;
    let mut files: Vec<OutputFile> = k
        .topics
        .par_iter()
        .enumerate()
        .map(|(t, topic)| topic_page(input, tera, topic, &input.plan.topics[t]))
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

fn topic_page(
    input: &Input<'_>,
    tera: &Tera,
    topic: &Topic,
    url: &str,
) -> Result<OutputFile, crate::Error> {
    let context = TopicContext {
        kind: match topic.origin {
            TopicOrigin::Configured => "topic",
            TopicOrigin::FrontMatter => "tag",
        },
        name: &topic.name,
        topic_description: &topic.description,
        description: if topic.description.is_empty() {
            format!("{}: {} article(s).", topic.name, topic.articles.len())
        } else {
            topic.description.clone()
        },
        collection: collection(input, &topic.articles, &[]),
    };
    page(tera, input.config, "topic.html", url, &context)
}

/// The entities with pages that `articles` mention most, but for `exclude`.
fn most_mentioned<'a>(
    input: &'a Input<'_>,
    articles: &[usize],
    exclude: &[usize],
) -> Vec<EntityCount<'a>> {
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
    top.iter()
        .filter_map(|&(e, count)| {
            let entity = extraction.entities.get(e)?;
            Some(EntityCount {
                name: &entity.name,
                kind: entity.kind.as_str(),
                url: context::entity_url(input, e)?,
                count,
            })
        })
        .collect()
}

/// What topic and relation pages share: overview, chart and article list.
fn collection<'a>(input: &'a Input<'_>, articles: &[usize], exclude: &[usize]) -> Collection<'a> {
    let dates: Vec<_> = articles
        .iter()
        .filter_map(|&a| input.articles[a].date)
        .collect();
    let (first, last) = (dates.iter().min().copied(), dates.iter().max().copied());
    let series = MonthSeries::from_dates(articles.iter().map(|&a| (input.articles[a].date, 1)));
    Collection {
        overview: Overview {
            articles: articles.len(),
            undated: articles.len() - dates.len(),
            first: format::iso(first),
            last: format::iso(last),
            first_human: first.map(|d| format::human(Some(d))),
            last_human: last.map(|d| format::human(Some(d))),
            entities: most_mentioned(input, articles, exclude),
        },
        chart: (!series.months.is_empty())
            .then(|| sparkline(&series, "over-time", "Articles per month", "article")),
        articles: newest_items(input, articles, MAX_ARTICLES),
        articles_total: articles.len(),
    }
}

fn relation_page(
    input: &Input<'_>,
    tera: &Tera,
    relation: &Relation,
    url: &str,
) -> Result<OutputFile, crate::Error> {
    let extraction = &input.knowledge.extraction;
    let parties = relation
        .parties
        .iter()
        .filter_map(|&p| {
            Some(EntityLink {
                name: &extraction.entities.get(p)?.name,
                url: context::entity_url(input, p),
            })
        })
        .collect();
    let sentences = relation
        .sentences
        .iter()
        .take(MAX_SENTENCES)
        .filter_map(|&(a, s)| sentence_item(input, relation, a, s))
        .collect();
    let context = RelationContext {
        kind: "relation",
        name: &relation.name,
        description: format!(
            "{}: {} article(s) naming both, the sentences that link them and the quotes.",
            relation.name,
            relation.articles.len()
        ),
        parties,
        sentences,
        sentences_total: relation.sentences.len(),
        quotes: relation_quotes(input, relation),
        quotes_total: relation.quotes.len(),
        collection: collection(input, &relation.articles, &relation.parties),
    };
    page(tera, input.config, "topic.html", url, &context)
}

/// The relation's quotes (at most [`MAX_QUOTES`]), with speakers and articles.
fn relation_quotes<'a>(input: &'a Input<'_>, relation: &Relation) -> Vec<SourcedQuote<'a>> {
    let extraction = &input.knowledge.extraction;
    relation
        .quotes
        .iter()
        .take(MAX_QUOTES)
        .filter_map(|&(a, k)| {
            let q = extraction.quotes.get(a)?.get(k)?;
            Some(SourcedQuote {
                text: &q.text,
                speaker: Some(Speaker {
                    speaker: q
                        .speaker
                        .and_then(|s| extraction.entities.get(s))
                        .map(|s| s.name.as_str()),
                    speaker_url: q.speaker.and_then(|s| context::entity_url(input, s)),
                }),
                found_in: FoundIn::new(input, a, input.plan.articles[a].clone()),
            })
        })
        .collect()
}

/// One sentence naming both parties, cut into plain and marked pieces, with a
/// link to the first linked mention in it (or to the article).
fn sentence_item<'a>(
    input: &'a Input<'_>,
    relation: &Relation,
    a: usize,
    s: usize,
) -> Option<SentenceItem<'a>> {
    let extraction = &input.knowledge.extraction;
    let sentence = extraction.sentences.get(a)?.get(s)?;
    let block = input.articles[a].blocks.get(sentence.block)?;
    let mut pieces: Vec<Piece<'_>> = Vec::new();
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
        let (text, name) = (block.get(at..m.start)?, block.get(m.start..m.end)?);
        pieces.push(Piece { text, mark: false });
        pieces.push(Piece {
            text: name,
            mark: true,
        });
        at = m.end;
    }
    let rest = block.get(at..sentence.end)?;
    pieces.push(Piece {
        text: rest,
        mark: false,
    });
    // Only plain-text bodies are sure to carry every mention's `id` (Markdown
    // rendering may move or merge spans); elsewhere link the article itself.
    let plain = matches!(input.articles[a].body, crate::content::Body::Text);
    let url = match anchor {
        Some(k) if plain => format!("{}#m{k}", input.plan.articles[a]),
        _ => input.plan.articles[a].clone(),
    };
    Some(SentenceItem {
        pieces,
        found_in: FoundIn::new(input, a, url),
    })
}

/// A topic or relation as a list entry.
fn entry<'a>(input: &Input<'_>, name: &'a str, url: &'a str, articles: &[usize]) -> TopicEntry<'a> {
    let dates: Vec<_> = articles
        .iter()
        .filter_map(|&a| input.articles[a].date)
        .collect();
    TopicEntry {
        name,
        url,
        articles: articles.len(),
        first: format::iso(dates.iter().min().copied()),
        last: format::iso(dates.iter().max().copied()),
    }
}

/// Topics (configured, then front-matter) and relations as list entries, for
/// the topics index and the home page: (configured, tags, relations).
pub fn entries<'a>(
    input: &'a Input<'_>,
    limit: usize,
) -> (
    Vec<TopicEntry<'a>>,
    Vec<TopicEntry<'a>>,
    Vec<TopicEntry<'a>>,
) {
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
    let context = IndexContext {
        configured,
        tags,
        tags_total: input
            .knowledge
            .topics
            .iter()
            .filter(|t| t.origin == TopicOrigin::FrontMatter)
            .count(),
        relations,
        min_articles: input.config.relations.min_articles.max(1),
    };
    page(tera, input.config, "topics.html", "topics.html", &context)
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
    let listed = nodes
        .iter()
        .zip(&degree)
        .map(|(n, &links)| NodeRow {
            name: &n.name,
            url: &n.url,
            kind: n.kind,
            mentions: n.mentions,
            links,
        })
        .collect();
    let kinds = super::article_page::KINDS
        .iter()
        .filter_map(|(kind, label)| {
            let count = nodes.iter().filter(|n| n.kind == kind.as_str()).count();
            (count > 0).then_some(KindCount {
                kind: kind.as_str(),
                label,
                count,
            })
        })
        .collect();
    let context = NetworkContext {
        svg,
        nodes: listed,
        edges: edges.len().min(network::MAX_EDGES),
        entities_total: input.plan.entities.iter().filter(|e| e.is_some()).count(),
        kinds,
        min_shared: network::default_min(&edges, nodes.len(), network::EDGES_PER_NODE),
        max_shared: edges.first().map_or(1, |e| e.weight),
    };
    page(tera, input.config, "network.html", url, &context)
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
