//! Folded copies: the "also filed as" list of an article, and at each
//! copy's own URL a small page that points to the article (a link, a
//! `rel=canonical` and a meta refresh), so that links to it keep working.

use super::{format, page, Input};
use crate::analyze::ArticleId;
use crate::output::OutputFile;
use crate::plan::root_prefix;
use serde::Serialize;
use tera::Tera;

/// One copy of an article, as its page lists it.
#[derive(Serialize)]
pub(super) struct CopyItem<'a> {
    /// The copy's file, relative to the content folder.
    pub path: &'a str,
    /// Its title (it may differ from the article's).
    pub title: &'a str,
    /// Its outlet.
    pub source: Option<&'a str>,
    /// Its date, ISO and for people.
    pub date: Option<String>,
    /// Its date for people.
    pub date_human: String,
    /// "exact" or "near".
    pub kind: &'static str,
    /// Shingle overlap with the article, in percent.
    pub similarity: u32,
}

/// The copies folded into article `a`, in corpus order.
pub(super) fn copies_of<'a>(input: &'a Input<'_>, a: ArticleId) -> Vec<CopyItem<'a>> {
    input
        .knowledge
        .copies
        .iter()
        .filter(|c| c.of == a.index())
        .map(|c| CopyItem {
            path: &c.article.path,
            title: &c.article.title,
            source: c.article.source.as_deref(),
            date: format::iso(c.article.date),
            date_human: format::human(c.article.date),
            kind: if c.exact { "exact" } else { "near" },
            similarity: (c.similarity * 100.0).floor() as u32,
        })
        .collect()
}

#[derive(Serialize)]
struct PointerContext<'a> {
    description: String,
    title: &'a str,
    path: &'a str,
    article_title: &'a str,
    /// The article, relative to this page.
    target: String,
    /// The article's absolute URL when `base_url` is set.
    canonical: Option<String>,
}

/// The pointer page of every copy.
pub(super) fn render(input: &Input<'_>, tera: &Tera) -> Result<Vec<OutputFile>, crate::Error> {
    let base = super::feeds::base(input);
    input
        .knowledge
        .copies
        .iter()
        .zip(&input.plan.copies)
        .map(|(copy, url)| {
            let of = ArticleId::new(copy.of);
            let (article, article_url) = (input.article(of), &input.plan.articles[of]);
            let context = PointerContext {
                description: format!("A copy of “{}”.", article.title),
                title: &copy.article.title,
                path: &copy.article.path,
                article_title: &article.title,
                target: format!("{}{article_url}", root_prefix(url)),
                canonical: (!base.is_empty()).then(|| format!("{base}{article_url}")),
            };
            page(tera, input.config, "copy.html", url, &context)
        })
        .collect()
}
