//! Site-wide pages: home, timeline, entities index, search, 404.

use super::article_page::KINDS;
use super::charts::{bar_chart, MonthSeries};
use super::context::{newest_items, ArticleItem, Empty, KindGroup, TopicEntry};
use super::{format, page, Input};
use crate::analyze::entities::Entity;
use crate::analyze::{ArticleId, EntityId};
use crate::output::OutputFile;
use chrono::Datelike;
use serde::Serialize;
use std::collections::BTreeMap;
use tera::Tera;

/// Most entities listed per kind on the home page.
const HOME_ENTITIES: usize = 12;
/// Articles the timeline lists in full; beyond, each month shows its first few.
const TIMELINE_ARTICLES: usize = 2000;
/// Most topics (and, apart, tags and relations) listed on the home page.
const HOME_TOPICS: usize = 8;

/// Renders the site-wide pages.
pub(super) fn render(input: &Input<'_>, tera: &Tera) -> Result<Vec<OutputFile>, crate::Error> {
    Ok(vec![
        home(input, tera)?,
        timeline(input, tera)?,
        entities_index(input, tera)?,
        page(tera, input.config, "search.html", "search.html", &Empty {})?,
        page(tera, input.config, "404.html", "404.html", &Empty {})?,
    ])
}

/// What `index.html` receives.
#[derive(Serialize)]
struct HomeContext<'a> {
    counts: Counts,
    latest: Vec<ArticleItem<'a>>,
    entity_groups: Vec<KindGroup<EntityRow<'a>>>,
    topics: Vec<TopicEntry<'a>>,
    tags: Vec<TopicEntry<'a>>,
    relations: Vec<TopicEntry<'a>>,
}

/// The corpus in numbers, for the home page.
#[derive(Serialize)]
struct Counts {
    articles: usize,
    entities: usize,
    quotes: usize,
    outlets: usize,
    copies: usize,
    undated: usize,
    first: Option<String>,
    last: Option<String>,
    first_human: Option<String>,
    last_human: Option<String>,
}

/// An entity with a page, in a list by kind.
#[derive(Serialize)]
struct EntityRow<'a> {
    name: &'a str,
    url: Option<&'a str>,
    articles: usize,
    mentions: usize,
}

/// What `timeline.html` receives.
#[derive(Serialize)]
struct TimelineContext<'a> {
    chart: Option<String>,
    undated_count: usize,
    years: Vec<Year<'a>>,
    undated: Vec<ArticleItem<'a>>,
}

/// A year of the timeline.
#[derive(Serialize)]
struct Year<'a> {
    year: i32,
    months: Vec<Month<'a>>,
}

/// A month of the timeline: its first articles, and how many it has.
#[derive(Serialize)]
struct Month<'a> {
    id: String,
    label: String,
    articles: Vec<ArticleItem<'a>>,
    total: usize,
}

/// What `entities.html` receives.
#[derive(Serialize)]
struct EntitiesContext<'a> {
    entity_groups: Vec<KindGroup<EntityRow<'a>>>,
}

/// Published entities of each kind, most-mentioned first, limited to `limit`.
fn entities_by_kind<'a>(input: &'a Input<'_>, limit: usize) -> Vec<KindGroup<EntityRow<'a>>> {
    let stats = &input.knowledge.entity_stats;
    KINDS
        .iter()
        .filter_map(|(kind, label)| {
            let mut list: Vec<(EntityId, &Entity)> = input
                .knowledge
                .entities_with_ids()
                .filter(|(e, x)| x.kind == *kind && input.plan.entities[*e].is_some())
                .collect();
            let total = list.len();
            list.sort_by(|(a, x), (b, y)| {
                stats[*b]
                    .mentions
                    .cmp(&stats[*a].mentions)
                    .then_with(|| x.name.cmp(&y.name))
            });
            list.truncate(limit);
            let items = list
                .iter()
                .map(|&(e, entity)| EntityRow {
                    name: &entity.name,
                    url: input.plan.entities[e].as_deref(),
                    articles: stats[e].articles.len(),
                    mentions: stats[e].mentions,
                })
                .collect();
            (total > 0).then_some(KindGroup {
                label,
                items,
                kind: Some(kind.as_str()),
                total: Some(total),
            })
        })
        .collect()
}

fn home(input: &Input<'_>, tera: &Tera) -> Result<OutputFile, crate::Error> {
    let (topics, tags, relations) = super::topic_pages::entries(input, HOME_TOPICS);
    let context = HomeContext {
        counts: counts(input),
        latest: newest_items(
            input,
            input.articles_with_ids().map(|(a, _)| a),
            input.config.home_articles,
        ),
        entity_groups: entities_by_kind(input, HOME_ENTITIES),
        topics,
        tags,
        relations,
    };
    page(tera, input.config, "index.html", "index.html", &context)
}

/// The corpus in numbers.
fn counts(input: &Input<'_>) -> Counts {
    let dates: Vec<_> = input.articles.iter().filter_map(|a| a.date).collect();
    let (first, last) = (dates.iter().min().copied(), dates.iter().max().copied());
    Counts {
        articles: input.articles.len(),
        entities: input.plan.entities.iter().filter(|e| e.is_some()).count(),
        quotes: input.knowledge.extraction.quotes.iter().map(Vec::len).sum(),
        outlets: input.knowledge.outlets.list.len(),
        copies: input.knowledge.copies.len(),
        undated: input.articles.len() - dates.len(),
        first: format::iso(first),
        last: format::iso(last),
        first_human: first.map(|d| format::human(Some(d))),
        last_human: last.map(|d| format::human(Some(d))),
    }
}

fn timeline(input: &Input<'_>, tera: &Tera) -> Result<OutputFile, crate::Error> {
    let mut by_month: BTreeMap<(i32, u32), Vec<ArticleId>> = BTreeMap::new();
    let mut undated = Vec::new();
    for (i, a) in input.articles_with_ids() {
        match a.date {
            Some(d) => by_month.entry((d.year(), d.month())).or_default().push(i),
            None => undated.push(i),
        }
    }
    // A large corpus would make this page megabytes long: past
    // TIMELINE_ARTICLES, each month (and the undated list) shows its first
    // few, with a note saying how many there are.
    let groups = by_month.len() + usize::from(!undated.is_empty());
    let per_group = if input.articles.len() <= TIMELINE_ARTICLES {
        usize::MAX
    } else {
        (TIMELINE_ARTICLES / groups.max(1)).max(3)
    };
    let items = |list: &[ArticleId]| -> Vec<ArticleItem<'_>> {
        list.iter()
            .take(per_group)
            .map(|&i| ArticleItem::new(input, i))
            .collect()
    };
    let mut years: Vec<Year<'_>> = Vec::new();
    for ((year, month), mut list) in by_month {
        list.sort_by_key(|&i| (input.article(i).date, i));
        let month = Month {
            id: format!("m-{year}-{month:02}"),
            label: chrono::NaiveDate::from_ymd_opt(year, month, 1)
                .map(|d| d.format("%B %Y").to_string())
                .unwrap_or_default(),
            articles: items(&list),
            total: list.len(),
        };
        match years.last_mut() {
            Some(y) if y.year == year => y.months.push(month),
            _ => years.push(Year {
                year,
                months: vec![month],
            }),
        }
    }
    let series = MonthSeries::from_dates(input.articles.iter().map(|a| (a.date, 1)));
    let context = TimelineContext {
        chart: (!series.months.is_empty())
            .then(|| bar_chart(&series, "per-month", "Articles per month", "article")),
        undated_count: series.undated,
        years,
        undated: items(&undated),
    };
    page(
        tera,
        input.config,
        "timeline.html",
        "timeline.html",
        &context,
    )
}

fn entities_index(input: &Input<'_>, tera: &Tera) -> Result<OutputFile, crate::Error> {
    let context = EntitiesContext {
        entity_groups: entities_by_kind(input, usize::MAX),
    };
    page(
        tera,
        input.config,
        "entities.html",
        "entities.html",
        &context,
    )
}
