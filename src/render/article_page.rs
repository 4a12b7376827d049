//! One page per article.

use super::context::{self, ArticleItem, KindGroup, Quote};
use super::copy_pages::CopyItem;
use super::{body, cite, format, listing_page, Input};
use crate::analyze::entities::EntityKind;
use crate::analyze::related::RelatedArticle;
use crate::analyze::{ArticleId, EntityId, RelationId, TopicId};
use crate::content::Article;
use crate::output::OutputFile;
use crate::plan::root_prefix;
use serde::Serialize;
use std::collections::BTreeMap;
use tera::Tera;

/// Display order and heading of entity kinds.
pub(crate) const KINDS: &[(EntityKind, &str)] = &[
    (EntityKind::Person, "People"),
    (EntityKind::Organization, "Organisations"),
    (EntityKind::Place, "Places"),
    (EntityKind::Event, "Events"),
    (EntityKind::Other, "Other"),
];

/// What `article.html` receives.
#[derive(Serialize)]
struct ArticleContext<'a> {
    description: String,
    cite: Cite,
    article: ArticleFacts<'a>,
    body: String,
    entity_groups: Vec<KindGroup<EntityMentions<'a>>>,
    quotes: Vec<Quote<'a>>,
    topics: Vec<TopicLink<'a>>,
    key_terms: Vec<TermCount<'a>>,
    related: Vec<RelatedItem<'a>>,
    copies: Vec<CopyItem<'a>>,
}

/// The article itself, as its page shows it.
#[derive(Serialize)]
struct ArticleFacts<'a> {
    title: &'a str,
    date: Option<String>,
    date_human: String,
    source: Option<&'a str>,
    source_url: Option<&'a str>,
    url: Option<&'a str>,
    author: Option<&'a str>,
    summary: Option<&'a str>,
    reading_minutes: usize,
    word_count: usize,
    path: &'a str,
    tags: &'a [String],
    topics: &'a [String],
}

/// The article as BibTeX and RIS.
#[derive(Serialize)]
struct Cite {
    bibtex: String,
    ris: String,
}

/// An entity the article names, with its mentions in it.
#[derive(Serialize)]
struct EntityMentions<'a> {
    name: &'a str,
    url: Option<&'a str>,
    /// For a name without a page but named in other articles too: the
    /// search page listing every article that names it.
    search: Option<String>,
    count: usize,
}

/// A topic or relation the article belongs to.
#[derive(Serialize)]
struct TopicLink<'a> {
    name: &'a str,
    url: &'a str,
    relation: bool,
    /// A relation without a page: its link opens the search, dotted like a
    /// name without a page.
    find: bool,
}

/// A key term and its occurrences.
#[derive(Serialize)]
struct TermCount<'a> {
    term: &'a str,
    count: usize,
}

/// A related article with its score in plain words.
#[derive(Serialize)]
struct RelatedItem<'a> {
    #[serde(flatten)]
    article: ArticleItem<'a>,
    score: String,
    why: String,
    summary: String,
}

/// Renders article `index`'s page.
pub(crate) fn render(
    input: &Input<'_>,
    tera: &Tera,
    index: ArticleId,
) -> Result<OutputFile, crate::Error> {
    let article = input.article(index);
    let url = &input.plan.articles[index];
    crate::fault::inject("rendering", &article.title);
    let mentions = input
        .knowledge
        .extraction
        .mentions
        .get(index.index())
        .map(Vec::as_slice)
        .unwrap_or(&[]);
    let body = body::article_html(
        article,
        mentions,
        input.plan.entities.as_slice(),
        &root_prefix(url),
    );
    let description = article
        .summary
        .clone()
        .unwrap_or_else(|| crate::text::shorten(&article.blocks.join(" "), 160));
    let context = ArticleContext {
        description,
        cite: cite_as(input, article, url),
        article: facts(input, article, index),
        body,
        entity_groups: entity_groups(input, mentions),
        quotes: quotes(input, index),
        topics: topics(input, index),
        key_terms: key_terms(input, index),
        related: related(input, index),
        copies: super::copy_pages::copies_of(input, index),
    };
    listing_page(tera, input.config, "article.html", url, &context)
}

/// The article's facts: title, date, outlet, size, file.
fn facts<'a>(input: &'a Input<'_>, article: &'a Article, index: ArticleId) -> ArticleFacts<'a> {
    ArticleFacts {
        title: &article.title,
        date: format::iso(article.date),
        date_human: format::human(article.date),
        source: article.source.as_deref(),
        source_url: context::outlet_url(input, index),
        url: article.url.as_deref(),
        author: article.author.as_deref(),
        summary: article.summary.as_deref(),
        reading_minutes: format::reading_minutes(article.word_count),
        word_count: article.word_count,
        path: &article.path,
        tags: &article.tags,
        topics: &article.topics,
    }
}

/// How to cite the article at `url`: its own URL, else its page on the site.
fn cite_as(input: &Input<'_>, article: &Article, url: &str) -> Cite {
    let best_url = article.url.clone().or_else(|| {
        let base = super::feeds::base(input);
        (!base.is_empty()).then(|| format!("{base}{url}"))
    });
    Cite {
        bibtex: cite::bibtex(article, best_url.as_deref()),
        ris: cite::ris(article, best_url.as_deref()),
    }
}

/// The entities `mentions` name, by kind, most mentioned first.
fn entity_groups<'a>(
    input: &'a Input<'_>,
    mentions: &[crate::analyze::entities::Mention],
) -> Vec<KindGroup<EntityMentions<'a>>> {
    let entities = &input.knowledge.extraction.entities;
    let mut counts: BTreeMap<EntityId, usize> = BTreeMap::new();
    for m in mentions {
        *counts.entry(EntityId::new(m.entity)).or_insert(0) += 1;
    }
    KINDS
        .iter()
        .filter_map(|(kind, label)| {
            let mut items: Vec<(EntityId, usize)> = counts
                .iter()
                .filter(|(e, _)| entities.get(e.index()).is_some_and(|x| x.kind == *kind))
                .map(|(e, n)| (*e, *n))
                .collect();
            items.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            let items: Vec<EntityMentions<'_>> = items
                .into_iter()
                .filter_map(|(e, count)| {
                    let name = &entities.get(e.index())?.name;
                    let url = context::entity_url(input, e);
                    let elsewhere = input
                        .knowledge
                        .entity_stats
                        .get(e)
                        .is_some_and(|s| s.articles.len() > 1);
                    let search = (url.is_none() && elsewhere)
                        .then(|| crate::plan::entity_search_url(&[name]));
                    Some(EntityMentions {
                        name,
                        url,
                        search,
                        count,
                    })
                })
                .collect();
            (!items.is_empty()).then_some(KindGroup {
                label,
                items,
                kind: None,
                total: None,
            })
        })
        .collect()
}

/// The article's quotes, with their speakers.
fn quotes<'a>(input: &'a Input<'_>, index: ArticleId) -> Vec<Quote<'a>> {
    let extraction = &input.knowledge.extraction;
    extraction
        .quotes
        .get(index.index())
        .map(Vec::as_slice)
        .unwrap_or(&[])
        .iter()
        .map(|q| Quote {
            text: &q.text,
            speaker: q
                .speaker
                .and_then(|s| extraction.entities.get(s))
                .map(|s| s.name.as_str()),
            speaker_url: q
                .speaker
                .and_then(|s| context::entity_url(input, EntityId::new(s))),
        })
        .collect()
}

/// The article's key terms.
fn key_terms<'a>(input: &'a Input<'_>, index: ArticleId) -> Vec<TermCount<'a>> {
    let terms = input
        .knowledge
        .key_terms
        .get(index)
        .map(Vec::as_slice)
        .unwrap_or(&[]);
    terms
        .iter()
        .map(|t| TermCount {
            term: &t.term,
            count: t.count,
        })
        .collect()
}

/// The article's topics and relations as links.
fn topics<'a>(input: &'a Input<'_>, index: ArticleId) -> Vec<TopicLink<'a>> {
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
    let topic = |t: TopicId| {
        Some(TopicLink {
            name: &k.topics.get(t)?.name,
            url: input.plan.topics.get(t)?,
            relation: false,
            find: false,
        })
    };
    let relation = |r: RelationId| {
        let relation = k.relations.get(r)?;
        Some(TopicLink {
            name: &relation.name,
            url: input.plan.relations.get(r)?,
            relation: true,
            find: !relation.has_page(&input.config.relations),
        })
    };
    topics
        .iter()
        .filter_map(|&t| topic(t))
        .chain(relations.iter().filter_map(|&r| relation(r)))
        .collect()
}

/// Related articles, each with a plain-words account of its score.
fn related<'a>(input: &'a Input<'_>, index: ArticleId) -> Vec<RelatedItem<'a>> {
    input
        .knowledge
        .related
        .get(index)
        .map(Vec::as_slice)
        .unwrap_or(&[])
        .iter()
        .map(|r| related_item(input, r))
        .collect()
}

/// Names listed of each kind a related article shares: the rest are counted,
/// so an article sharing twenty places says so in a line, not a paragraph.
const WHY_NAMES: usize = 3;

/// The first [`WHY_NAMES`] of `names`, and how many more there are.
fn first_few(names: &[String]) -> String {
    match names.len().checked_sub(WHY_NAMES) {
        Some(more) if more > 0 => format!("{} and {more} more", names[..WHY_NAMES].join(", ")),
        _ => names.join(", "),
    }
}

/// One related article: what it shares, named (`why`) and counted (`summary`).
fn related_item<'a>(input: &'a Input<'_>, r: &RelatedArticle) -> RelatedItem<'a> {
    let k = input.knowledge;
    let entities: Vec<String> = r
        .entities
        .iter()
        .filter_map(|&e| Some(k.entity(e)?.name.clone()))
        .collect();
    let topics: Vec<String> = r
        .topics
        .iter()
        .filter_map(|&t| Some(k.topics.get(t)?.name.clone()))
        .collect();
    let mut why: Vec<String> = Vec::new();
    for (label, list) in [
        ("entities", &entities),
        ("topics", &topics),
        ("terms", &r.terms),
    ] {
        if !list.is_empty() {
            why.push(format!("{label}: {}", first_few(list)));
        }
    }
    let mut summary: Vec<String> = Vec::new();
    for (n, one, many) in [
        (entities.len(), "entity", "entities"),
        (topics.len(), "topic", "topics"),
        (r.terms.len(), "term", "terms"),
    ] {
        if n > 0 {
            summary.push(format!("{n} {}", if n == 1 { one } else { many }));
        }
    }
    RelatedItem {
        article: ArticleItem::new(input, r.article),
        score: format!("{:.1}", r.score),
        // The list is in score order; the reason is what a reader reads
        // (the score stays in `score` for a theme that shows it).
        why: format!("Shared {}", why.join("; ")),
        summary: format!("{} in common", summary.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lists_of_shared_names_are_cut_and_counted() {
        let names: Vec<String> = ["A", "B", "C", "D", "E", "F"].map(String::from).to_vec();
        assert_eq!(first_few(&names), "A, B, C and 3 more");
        assert_eq!(first_few(&names[..3]), "A, B, C");
        assert_eq!(first_few(&[]), "");
    }
}
