//! The outlets index and a page per outlet: its articles by date, the
//! entities it names most, its articles per month.

use super::charts::{sparkline, MonthSeries};
use super::context::{newest_items, ArticleItem};
use super::{format, page, Input};
use crate::analyze::{ArticleId, EntityId, OutletId};
use crate::output::OutputFile;
use crate::plan::OUTLETS_INDEX;
use rayon::prelude::*;
use serde::Serialize;
use std::collections::HashMap;
use tera::Tera;

/// Most entities listed on an outlet's page.
const MAX_ENTITIES: usize = 20;
/// Most articles listed on an outlet's page (newest first).
const MAX_ARTICLES: usize = 500;

/// One row of the outlets index.
#[derive(Serialize)]
struct OutletRow<'a> {
    name: &'a str,
    url: &'a str,
    aliases: &'a [String],
    articles: usize,
    copies: usize,
    first: Option<String>,
    last: Option<String>,
}

#[derive(Serialize)]
struct IndexContext<'a> {
    description: String,
    outlets: Vec<OutletRow<'a>>,
    articles: usize,
    unnamed: usize,
}

/// An entity the outlet names, with how many of its articles name it.
#[derive(Serialize)]
struct Named<'a> {
    name: &'a str,
    kind: &'static str,
    url: &'a str,
    articles: usize,
}

/// A copy this outlet filed of another outlet's (or its own) article.
#[derive(Serialize)]
struct FiledCopy<'a> {
    path: &'a str,
    date: Option<String>,
    article: ArticleItem<'a>,
}

#[derive(Serialize)]
struct OutletContext<'a> {
    description: String,
    name: &'a str,
    aliases: &'a [String],
    article_count: usize,
    first: Option<String>,
    last: Option<String>,
    first_human: Option<String>,
    last_human: Option<String>,
    undated: usize,
    chart: Option<String>,
    entities: Vec<Named<'a>>,
    articles: Vec<ArticleItem<'a>>,
    copies: Vec<FiledCopy<'a>>,
    search_url: String,
    /// Its page as an organisation the articles name: (name, page).
    entity: Option<(&'a str, &'a str)>,
}

/// True when the entity and the outlet share a name or alias (any case).
fn same_name(
    entity: &crate::analyze::entities::Entity,
    outlet: &crate::analyze::outlets::Outlet,
) -> bool {
    let names = || std::iter::once(&outlet.name).chain(&outlet.aliases);
    std::iter::once(&entity.name)
        .chain(&entity.aliases)
        .any(|e| names().any(|o| o.to_lowercase() == e.to_lowercase()))
}

/// The outlet an organisation's entity page is about: (its page, its articles).
pub(crate) fn outlet_of_entity<'a>(input: &'a Input<'_>, e: EntityId) -> Option<(&'a str, usize)> {
    let entity = input.knowledge.entity(e)?;
    if entity.kind != crate::analyze::entities::EntityKind::Organization {
        return None;
    }
    let outlets = &input.knowledge.outlets.list;
    let (o, outlet) = outlets
        .iter_enumerated()
        .find(|(_, o)| same_name(entity, o))?;
    Some((input.plan.outlets.get(o)?.as_str(), outlet.articles.len()))
}

/// The organisations the articles name that are outlet `o` (its own
/// datelines name it), and the page of the first with one: (name, page).
fn entities_of_outlet<'a>(
    input: &'a Input<'_>,
    o: OutletId,
) -> (Vec<EntityId>, Option<(&'a str, &'a str)>) {
    let Some(outlet) = input.knowledge.outlets.list.get(o) else {
        return (Vec::new(), None);
    };
    let same: Vec<EntityId> = input
        .knowledge
        .extraction
        .entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == crate::analyze::entities::EntityKind::Organization)
        .filter(|(_, e)| same_name(e, outlet))
        .map(|(e, _)| EntityId::new(e))
        .collect();
    let page = same.iter().find_map(|&e| {
        let url = input.plan.entities.get(e)?.as_deref()?;
        Some((input.knowledge.entity(e)?.name.as_str(), url))
    });
    (same, page)
}

/// Renders the outlets index and every outlet's page.
pub(crate) fn render(input: &Input<'_>, tera: &Tera) -> Result<Vec<OutputFile>, crate::Error> {
    let outlets = &input.knowledge.outlets.list;
    let mut files: Vec<OutputFile> = (0..outlets.len())
        .into_par_iter()
        .map(|o| outlet_page(input, tera, OutletId::new(o)))
        .collect::<Result<_, _>>()?;
    files.push(index(input, tera)?);
    Ok(files)
}

fn date_range(
    input: &Input<'_>,
    articles: &[ArticleId],
) -> (Option<chrono::NaiveDate>, Option<chrono::NaiveDate>) {
    let dates = articles.iter().filter_map(|&a| input.article(a).date);
    let (first, last) = dates.fold(
        (None, None),
        |(f, l): (Option<chrono::NaiveDate>, Option<chrono::NaiveDate>), d| {
            (
                Some(f.map_or(d, |f| f.min(d))),
                Some(l.map_or(d, |l| l.max(d))),
            )
        },
    );
    (first, last)
}

fn index(input: &Input<'_>, tera: &Tera) -> Result<OutputFile, crate::Error> {
    let k = &input.knowledge.outlets;
    let mut rows: Vec<OutletRow<'_>> = k
        .list
        .iter()
        .zip(&input.plan.outlets)
        .map(|(o, url)| {
            let (first, last) = date_range(input, &o.articles);
            OutletRow {
                name: &o.name,
                url,
                aliases: &o.aliases,
                articles: o.articles.len(),
                copies: o.copies.len(),
                first: format::iso(first),
                last: format::iso(last),
            }
        })
        .collect();
    rows.sort_by(|a, b| {
        (b.articles + b.copies)
            .cmp(&(a.articles + a.copies))
            .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
    });
    let unnamed = k.of_article.iter().filter(|o| o.is_none()).count();
    let context = IndexContext {
        description: format!(
            "The {} outlet(s) that published the articles of {}.",
            rows.len(),
            input.config.title
        ),
        outlets: rows,
        articles: input.articles.len(),
        unnamed,
    };
    page(tera, input.config, "outlets.html", OUTLETS_INDEX, &context)
}

/// The entities most of the outlet's articles name, with pages, but for
/// those in `except` (the outlet itself).
fn most_named<'a>(
    input: &'a Input<'_>,
    articles: &[ArticleId],
    except: &[EntityId],
) -> Vec<Named<'a>> {
    let extraction = &input.knowledge.extraction;
    let mut counts: HashMap<EntityId, usize> = HashMap::new();
    for &a in articles {
        let mut ids: Vec<EntityId> = extraction
            .mentions
            .get(a.index())
            .map(|ms| ms.iter().map(|m| EntityId::new(m.entity)).collect())
            .unwrap_or_default();
        ids.sort_unstable();
        ids.dedup();
        for e in ids {
            *counts.entry(e).or_insert(0) += 1;
        }
    }
    let mut ranked: Vec<(EntityId, usize)> = counts
        .into_iter()
        .filter(|(e, _)| input.plan.entities.get(*e).is_some_and(Option::is_some))
        .filter(|(e, _)| !except.contains(e))
        .collect();
    ranked.sort_unstable_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));
    ranked
        .into_iter()
        .take(MAX_ENTITIES)
        .filter_map(|(e, n)| {
            let entity = input.knowledge.entity(e)?;
            Some(Named {
                name: &entity.name,
                kind: entity.kind.as_str(),
                url: input.plan.entities.get(e)?.as_deref()?,
                articles: n,
            })
        })
        .collect()
}

fn outlet_page(input: &Input<'_>, tera: &Tera, o: OutletId) -> Result<OutputFile, crate::Error> {
    let outlet = &input.knowledge.outlets.list[o];
    let url = &input.plan.outlets[o];
    let (itself, entity) = entities_of_outlet(input, o);
    let (first, last) = date_range(input, &outlet.articles);
    let series =
        MonthSeries::from_dates(outlet.articles.iter().map(|&a| (input.article(a).date, 1)));
    let chart = (!series.months.is_empty()).then(|| {
        sparkline(
            &series,
            "outlet-over-time",
            &format!("Articles from {} per month", outlet.name),
            "article",
        )
    });
    let articles = newest_items(input, outlet.articles.iter().copied(), MAX_ARTICLES);
    let copies: Vec<FiledCopy<'_>> = outlet
        .copies
        .iter()
        .filter_map(|&c| {
            let copy = input.knowledge.copies.get(c)?;
            Some(FiledCopy {
                path: &copy.article.path,
                date: format::iso(copy.article.date),
                article: ArticleItem::new(input, ArticleId::new(copy.of)),
            })
        })
        .collect();
    let context = OutletContext {
        description: format!(
            "{}: {} article(s) in {}.",
            outlet.name,
            outlet.articles.len(),
            input.config.title
        ),
        name: &outlet.name,
        aliases: &outlet.aliases,
        article_count: outlet.articles.len(),
        first: format::iso(first),
        last: format::iso(last),
        first_human: first.map(|d| format::human(Some(d))),
        last_human: last.map(|d| format::human(Some(d))),
        undated: series.undated,
        chart,
        entities: most_named(input, &outlet.articles, &itself),
        articles,
        copies,
        search_url: format!("search.html?outlet={}", format::query_value(&outlet.name)),
        entity,
    };
    page(tera, input.config, "outlet.html", url, &context)
}
