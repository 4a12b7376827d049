//! The typed values templates receive: the items several pages list (an
//! article line, a quote, a link to an entity…). Each page's own context
//! lives beside its renderer. Field names are the theme's API: a template
//! reads them by name, so they never change without a reason in the commit.
//!
//! Strings are borrowed from the corpus and the plan where they are shown as
//! they are; only text made for the page is owned.

use super::{format, Input};
use crate::analyze::{ArticleId, EntityId};
use serde::Serialize;

/// The site, as every template receives it (`site.title`, …).
#[derive(Serialize)]
pub(super) struct Site<'a> {
    /// site.toml's title.
    pub title: &'a str,
    /// site.toml's description.
    pub description: &'a str,
    /// The base URL without a trailing slash (empty when unknown).
    pub base_url: &'a str,
    /// The language of the pages.
    pub language: &'a str,
}

/// The context of a page that needs nothing but what every page gets.
#[derive(Serialize)]
pub(super) struct Empty {}

/// A short description of an article for lists.
#[derive(Serialize)]
pub(super) struct ArticleItem<'a> {
    /// Its title.
    pub title: &'a str,
    /// Its page.
    pub url: &'a str,
    /// Its date, ISO.
    pub date: Option<String>,
    /// Its date for people ("" when undated).
    pub date_human: String,
    /// Its outlet.
    pub source: Option<&'a str>,
    /// The page of its outlet.
    pub source_url: Option<&'a str>,
}

impl<'a> ArticleItem<'a> {
    /// Article `a` as a list item.
    pub(super) fn new(input: &'a Input<'_>, a: ArticleId) -> ArticleItem<'a> {
        let article = input.article(a);
        ArticleItem {
            title: &article.title,
            url: &input.plan.articles[a],
            date: format::iso(article.date),
            date_human: format::human(article.date),
            source: article.source.as_deref(),
            source_url: outlet_url(input, a),
        }
    }
}

/// The page of article `a`'s outlet.
pub(super) fn outlet_url<'a>(input: &'a Input<'_>, a: ArticleId) -> Option<&'a str> {
    let o = (*input.knowledge.outlets.of_article.get(a)?)?;
    input.plan.outlets.get(o).map(String::as_str)
}

/// The page of entity `e`, when it has one.
pub(super) fn entity_url<'a>(input: &'a Input<'_>, e: EntityId) -> Option<&'a str> {
    input.plan.entities.get(e)?.as_deref()
}

/// An entity with its page, when it has one.
#[derive(Serialize)]
pub(super) struct EntityLink<'a> {
    /// Its name.
    pub name: &'a str,
    /// Its page.
    pub url: Option<&'a str>,
}

/// An entity with its page and how often a page's subject names it.
#[derive(Serialize)]
pub(super) struct EntityCount<'a> {
    /// Its name.
    pub name: &'a str,
    /// Its kind (`person`, `organisation`…).
    pub kind: &'static str,
    /// Its page.
    pub url: &'a str,
    /// Mentions (or articles, per the page) counted.
    pub count: usize,
}

/// Items of one entity kind, under its heading.
#[derive(Serialize)]
pub(super) struct KindGroup<T> {
    /// The heading ("People"…).
    pub label: &'static str,
    /// The items.
    pub items: Vec<T>,
    /// The kind's name, on pages that give it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<&'static str>,
    /// Items in all before a limit, on pages that give it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total: Option<usize>,
}

/// A quote with its speaker, when known.
#[derive(Serialize)]
pub(super) struct Quote<'a> {
    /// The quoted words.
    pub text: &'a str,
    /// Who said them.
    pub speaker: Option<&'a str>,
    /// The speaker's page.
    pub speaker_url: Option<&'a str>,
}

/// Where a quote (or a sentence) was found: the article's title, date and page.
#[derive(Serialize)]
pub(super) struct FoundIn<'a> {
    /// The article's title.
    pub article_title: &'a str,
    /// Its date, ISO.
    pub date: Option<String>,
    /// Its page (with an anchor where one is known).
    pub url: String,
}

impl<'a> FoundIn<'a> {
    /// Article `a`, linked at `url`.
    pub(super) fn new(input: &'a Input<'_>, a: ArticleId, url: String) -> FoundIn<'a> {
        let article = input.article(a);
        FoundIn {
            article_title: &article.title,
            date: format::iso(article.date),
            url,
        }
    }
}

/// A quote and the article it is from.
#[derive(Serialize)]
pub(super) struct SourcedQuote<'a> {
    /// The quoted words.
    pub text: &'a str,
    /// The speaker, on pages about more than one.
    #[serde(flatten)]
    pub speaker: Option<Speaker<'a>>,
    /// The article.
    #[serde(flatten)]
    pub found_in: FoundIn<'a>,
}

/// Who said a quote: their name and page.
#[derive(Serialize)]
pub(super) struct Speaker<'a> {
    /// Their name.
    pub speaker: Option<&'a str>,
    /// Their page.
    pub speaker_url: Option<&'a str>,
}

/// A topic or relation as a list entry.
#[derive(Serialize)]
pub(super) struct TopicEntry<'a> {
    /// Its name.
    pub name: &'a str,
    /// Its page.
    pub url: &'a str,
    /// Articles in it.
    pub articles: usize,
    /// Its first and last dates, ISO.
    pub first: Option<String>,
    /// See `first`.
    pub last: Option<String>,
}

/// Articles newest first, undated last.
pub(super) fn newest_first(input: &Input<'_>, articles: &mut [ArticleId]) {
    articles.sort_by(|&a, &b| {
        let (da, db) = (input.article(a).date, input.article(b).date);
        db.cmp(&da).then(a.cmp(&b))
    });
}

/// The newest `limit` of `articles` (undated last) as list items.
pub(super) fn newest_items<'a>(
    input: &'a Input<'_>,
    articles: impl IntoIterator<Item = ArticleId>,
    limit: usize,
) -> Vec<ArticleItem<'a>> {
    let mut order: Vec<ArticleId> = articles.into_iter().collect();
    newest_first(input, &mut order);
    order
        .iter()
        .take(limit)
        .map(|&a| ArticleItem::new(input, a))
        .collect()
}
