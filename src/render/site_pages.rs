//! Site-wide pages: home, timeline, entities index, search, 404.

use super::article_page::KINDS;
use super::charts::{bar_chart, MonthSeries};
use super::entity_page::{article_item, newest_items};
use super::{page, Input};
use crate::output::OutputFile;
use chrono::Datelike;
use serde_json::{json, Value};
use std::collections::BTreeMap;
use tera::Tera;

/// Most entities listed per kind on the home page.
const HOME_ENTITIES: usize = 12;
/// Articles the timeline lists in full; beyond, each month shows its first few.
const TIMELINE_ARTICLES: usize = 2000;
/// Most topics (and, apart, tags and relations) listed on the home page.
const HOME_TOPICS: usize = 8;

/// Renders the site-wide pages.
pub fn render(input: &Input<'_>, tera: &Tera) -> Result<Vec<OutputFile>, crate::Error> {
    Ok(vec![
        home(input, tera)?,
        timeline(input, tera)?,
        entities_index(input, tera)?,
        page(tera, input.config, "search.html", "search.html", json!({}))?,
        page(tera, input.config, "404.html", "404.html", json!({}))?,
    ])
}

/// Published entities of each kind, most-mentioned first, limited to `limit`.
fn entities_by_kind(input: &Input<'_>, limit: usize) -> Vec<Value> {
    let entities = &input.knowledge.extraction.entities;
    let stats = &input.knowledge.entity_stats;
    KINDS
        .iter()
        .filter_map(|(kind, label)| {
            let mut list: Vec<usize> = (0..entities.len())
                .filter(|&e| entities[e].kind == *kind && input.plan.entities[e].is_some())
                .collect();
            let total = list.len();
            list.sort_by(|&a, &b| {
                stats[b]
                    .mentions
                    .cmp(&stats[a].mentions)
                    .then_with(|| entities[a].name.cmp(&entities[b].name))
            });
            list.truncate(limit);
            let items: Vec<Value> = list
                .iter()
                .map(|&e| {
                    json!({
                        "name": entities[e].name,
                        "url": input.plan.entities[e],
                        "articles": stats[e].articles.len(),
                        "mentions": stats[e].mentions,
                    })
                })
                .collect();
            (total > 0).then(
                || json!({ "kind": kind.as_str(), "label": label, "total": total, "items": items }),
            )
        })
        .collect()
}

fn home(input: &Input<'_>, tera: &Tera) -> Result<OutputFile, crate::Error> {
    let all: Vec<usize> = (0..input.articles.len()).collect();
    let latest = newest_items(input, &all, input.config.home_articles);
    let dates: Vec<_> = input.articles.iter().filter_map(|a| a.date).collect();
    let quotes: usize = input.knowledge.extraction.quotes.iter().map(Vec::len).sum();
    let (configured, tags, relations) = super::topic_pages::entries(input, HOME_TOPICS);
    let context = json!({
        "counts": {
            "articles": input.articles.len(),
            "entities": input.plan.entities.iter().filter(|e| e.is_some()).count(),
            "quotes": quotes,
            "outlets": input.knowledge.outlets.list.len(),
            "copies": input.knowledge.copies.len(),
            "undated": input.articles.len() - dates.len(),
            "first": super::format::iso(dates.iter().min().copied()),
            "last": super::format::iso(dates.iter().max().copied()),
            "first_human": dates.iter().min().map(|d| super::format::human(Some(*d))),
            "last_human": dates.iter().max().map(|d| super::format::human(Some(*d))),
        },
        "latest": latest,
        "entity_groups": entities_by_kind(input, HOME_ENTITIES),
        "topics": configured,
        "tags": tags,
        "relations": relations,
    });
    page(tera, input.config, "index.html", "index.html", context)
}

fn timeline(input: &Input<'_>, tera: &Tera) -> Result<OutputFile, crate::Error> {
    let mut by_month: BTreeMap<(i32, u32), Vec<usize>> = BTreeMap::new();
    let mut undated = Vec::new();
    for (i, a) in input.articles.iter().enumerate() {
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
    let mut years: Vec<Value> = Vec::new();
    let mut current: Option<(i32, Vec<Value>)> = None;
    for ((year, month), mut list) in by_month {
        list.sort_by_key(|&i| (input.articles[i].date, i));
        let label = chrono::NaiveDate::from_ymd_opt(year, month, 1)
            .map(|d| d.format("%B %Y").to_string())
            .unwrap_or_default();
        let month_value = json!({
            "id": format!("m-{year}-{month:02}"),
            "label": label,
            "articles": list.iter().take(per_group).map(|&i| article_item(input, i)).collect::<Vec<_>>(),
            "total": list.len(),
        });
        match &mut current {
            Some((y, months)) if *y == year => months.push(month_value),
            _ => {
                if let Some((y, months)) = current.take() {
                    years.push(json!({ "year": y, "months": months }));
                }
                current = Some((year, vec![month_value]));
            }
        }
    }
    if let Some((y, months)) = current {
        years.push(json!({ "year": y, "months": months }));
    }
    let series = MonthSeries::from_dates(input.articles.iter().map(|a| (a.date, 1)));
    let chart = (!series.months.is_empty())
        .then(|| bar_chart(&series, "per-month", "Articles per month", "article"));
    let context = json!({
        "chart": chart,
        "undated_count": series.undated,
        "years": years,
        "undated": undated.iter().take(per_group).map(|&i| article_item(input, i)).collect::<Vec<_>>(),
    });
    page(
        tera,
        input.config,
        "timeline.html",
        "timeline.html",
        context,
    )
}

fn entities_index(input: &Input<'_>, tera: &Tera) -> Result<OutputFile, crate::Error> {
    let context = json!({ "entity_groups": entities_by_kind(input, usize::MAX) });
    page(
        tera,
        input.config,
        "entities.html",
        "entities.html",
        context,
    )
}
