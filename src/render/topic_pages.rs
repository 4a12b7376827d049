//! Topic pages, what relation pages share with them, and the topics index.

use super::charts::{sparkline, MonthSeries};
use super::context::{self, newest_items, ArticleItem, EntityCount, TopicEntry};
use super::{format, page, Input};
use crate::analyze::relations::{min_listed_articles, min_page_articles, Relation};
use crate::analyze::topics::{Topic, TopicOrigin};
use crate::analyze::{ArticleId, EntityId};
use crate::output::OutputFile;
use crate::search::SearchDoc;
use rayon::prelude::*;
use serde::Serialize;
use std::collections::HashMap;
use tera::Tera;

/// Most articles listed on a topic or relation page (newest first).
pub(super) const MAX_ARTICLES: usize = 200;
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
/// What topic and relation pages share: overview, chart and article list.
#[derive(Serialize)]
pub(super) struct Collection<'a> {
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
/// What `topics.html` receives.
#[derive(Serialize)]
struct IndexContext<'a> {
    configured: Vec<TopicEntry<'a>>,
    tags: Vec<TopicEntry<'a>>,
    tags_total: usize,
    relations: Vec<TopicEntry<'a>>,
    /// Fewest articles a listed relation shares…
    min_articles: usize,
    /// …and fewest for a page of its own (the others open the search).
    page_articles: usize,
}
/// Renders every topic and relation page, the topics index and the network page.
pub(super) fn render(input: &Input<'_>, tera: &Tera) -> Result<Vec<OutputFile>, crate::Error> {
    let k = input.knowledge;
    let mut files: Vec<OutputFile> = k
        .topics
        .as_slice()
        .par_iter()
        .zip(input.plan.topics.as_slice())
        .map(|(topic, url)| topic_page(input, tera, topic, url))
        .collect::<Result<_, _>>()?;
    let relation_pages: Vec<OutputFile> = k
        .relations
        .as_slice()
        .par_iter()
        .zip(input.plan.relations.as_slice())
        .filter(|(relation, _)| relation.has_page(&input.config.relations))
        .map(|(relation, url)| super::relation_page::render(input, tera, relation, url))
        .collect::<Result<_, _>>()?;
    files.extend(relation_pages);
    files.push(index(input, tera)?);
    files.push(super::network_page::render(input, tera)?);
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
    articles: &[ArticleId],
    exclude: &[usize],
) -> Vec<EntityCount<'a>> {
    let extraction = &input.knowledge.extraction;
    let mut counts: HashMap<usize, usize> = HashMap::new();
    for &a in articles {
        for m in extraction
            .mentions
            .get(a.index())
            .map(Vec::as_slice)
            .unwrap_or(&[])
        {
            if !exclude.contains(&m.entity) {
                *counts.entry(m.entity).or_insert(0) += 1;
            }
        }
    }
    let mut top: Vec<(usize, usize)> = counts
        .into_iter()
        .filter(|(e, _)| context::entity_url(input, EntityId::new(*e)).is_some())
        .collect();
    top.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));
    top.truncate(OVERVIEW_ENTITIES);
    top.iter()
        .filter_map(|&(e, count)| {
            let e = EntityId::new(e);
            let entity = input.knowledge.entity(e)?;
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
pub(super) fn collection<'a>(
    input: &'a Input<'_>,
    articles: &[ArticleId],
    exclude: &[usize],
) -> Collection<'a> {
    let dates: Vec<_> = articles
        .iter()
        .filter_map(|&a| input.article(a).date)
        .collect();
    let (first, last) = (dates.iter().min().copied(), dates.iter().max().copied());
    let series = MonthSeries::from_dates(articles.iter().map(|&a| (input.article(a).date, 1)));
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
        articles: newest_items(input, articles.iter().copied(), MAX_ARTICLES),
        articles_total: articles.len(),
    }
}
/// A topic or relation as a list entry.
fn entry<'a>(
    input: &Input<'_>,
    name: &'a str,
    url: &'a str,
    articles: &[ArticleId],
) -> TopicEntry<'a> {
    let dates: Vec<_> = articles
        .iter()
        .filter_map(|&a| input.article(a).date)
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
pub(super) fn entries<'a>(
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
    for (t, topic) in k.topics.iter_enumerated() {
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
        .iter_enumerated()
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
        min_articles: min_listed_articles(&input.config.relations),
        page_articles: min_page_articles(&input.config.relations),
    };
    page(tera, input.config, "topics.html", "topics.html", &context)
}
/// One search document per topic and relation page: its name, description
/// and, for a relation, its two parties, so that searching "Russia" or
/// filtering by the topic finds the page.
pub(super) fn search_docs<'a>(input: &'a Input<'_>) -> Vec<SearchDoc<'a>> {
    let k = input.knowledge;
    let last_date = |articles: &[ArticleId]| {
        format::iso(articles.iter().filter_map(|&a| input.article(a).date).max())
    };
    let topics = k.topics.iter_enumerated().map(|(t, topic)| {
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
            body: topic.description.clone().into(),
            entities: Vec::new(),
            topics: vec![topic.name.clone()],
        }
    });
    // A relation without a page is found by its parties' filter.
    let with_page = |(_, r): &(_, &Relation)| r.has_page(&input.config.relations);
    let relations = k
        .relations
        .iter_enumerated()
        .filter(with_page)
        .map(|(r, relation)| {
            let parties: Vec<String> = relation
                .party_names(&k.extraction.entities)
                .map(str::to_string)
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
                body: Default::default(),
                entities: parties,
                topics: vec![relation.name.clone()],
            }
        });
    topics.chain(relations).collect()
}
