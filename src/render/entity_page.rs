//! One page per entity: mentions in context, co-occurring entities, quotes,
//! the articles.

use super::charts::{sparkline, MonthSeries};
use super::context::{self, newest_items, ArticleItem, FoundIn, SourcedQuote};
use super::network::NEIGHBOURS;
use super::{format, listing_page, Input};
use crate::analyze::entities::Entity;
use crate::analyze::{ArticleId, EntityId, EntityStats, IdVec};
use crate::output::OutputFile;
use crate::text;
use serde::Serialize;
use tera::Tera;

/// Articles whose mentions are shown in context on an entity page (newest
/// first), and mentions shown from each: enough to see how the name is used,
/// while a page stays a few kilobytes for a name in thousands of articles.
/// Each article page highlights all of its mentions, and `data/` lists them.
const KWIC_ARTICLES: usize = 30;
const KWIC_PER_ARTICLE: usize = 3;
/// Most articles listed on an entity page (newest first); the data exports
/// and the search list them all.
const MAX_ARTICLES: usize = 200;
/// Most quotes listed on an entity page.
const MAX_QUOTES: usize = 50;
/// Fewest months with mentions for a page to chart them: the bars of one or
/// two months say no more than "first seen" and "last seen" above the chart
/// and the dated mentions below it.
const MIN_CHART_MONTHS: usize = 3;
/// Characters of context either side of a mention: with the mention, a
/// line of the page (a concordance reads down the mentions, line by line).
const CONTEXT_CHARS: usize = 60;

/// Per entity, where it is mentioned and quoted, built in one pass.
pub(super) struct MentionIndex {
    /// Per entity: (article, index of the mention in the article's list).
    mentions: IdVec<EntityId, Vec<(ArticleId, usize)>>,
    /// Per entity: (article, index of the quote in the article's list).
    quotes: IdVec<EntityId, Vec<(ArticleId, usize)>>,
}

impl MentionIndex {
    /// Indexes every mention and quote by entity.
    pub(super) fn build(input: &Input<'_>) -> MentionIndex {
        let n = input.knowledge.extraction.entities.len();
        let mut mentions: IdVec<EntityId, Vec<_>> = vec![Vec::new(); n].into();
        let mut quotes: IdVec<EntityId, Vec<_>> = vec![Vec::new(); n].into();
        for (a, list) in input.knowledge.extraction.mentions.iter().enumerate() {
            for (k, m) in list.iter().enumerate() {
                if let Some(slot) = mentions.get_mut(EntityId::new(m.entity)) {
                    slot.push((ArticleId::new(a), k));
                }
            }
        }
        for (a, list) in input.knowledge.extraction.quotes.iter().enumerate() {
            for (k, q) in list.iter().enumerate() {
                let speaker = q.speaker.map(EntityId::new);
                if let Some(slot) = speaker.and_then(|s| quotes.get_mut(s)) {
                    slot.push((ArticleId::new(a), k));
                }
            }
        }
        MentionIndex { mentions, quotes }
    }
}

/// What `entity.html` receives.
#[derive(Serialize)]
struct EntityContext<'a> {
    description: String,
    entity: EntityFacts<'a>,
    outlet: Option<OutletLink<'a>>,
    kwic: Vec<KwicGroup<'a>>,
    kwic_total: usize,
    kwic_shown: usize,
    quotes: Vec<SourcedQuote<'a>>,
    cooccurring: Vec<Neighbour<'a>>,
    chart: Option<String>,
    undated_mentions: usize,
    neighbourhood: Option<String>,
    articles: Vec<ArticleItem<'a>>,
}

/// The entity itself, as its page shows it.
#[derive(Serialize)]
struct EntityFacts<'a> {
    name: &'a str,
    kind: &'static str,
    aliases: &'a [String],
    description: Option<&'a str>,
    wikidata: Option<&'a str>,
    article_count: usize,
    search_url: String,
    mention_count: usize,
    first_seen: Option<String>,
    last_seen: Option<String>,
    first_seen_human: Option<String>,
    last_seen_human: Option<String>,
}

/// The outlet an organisation is: its page and its articles.
#[derive(Serialize)]
struct OutletLink<'a> {
    url: &'a str,
    articles: usize,
}

/// An article's mentions of the entity, in context.
#[derive(Serialize)]
struct KwicGroup<'a> {
    #[serde(flatten)]
    article: ArticleItem<'a>,
    more: usize,
    lines: Vec<KwicLine<'a>>,
}

/// One mention in its sentence.
#[derive(Serialize)]
struct KwicLine<'a> {
    before: String,
    word: &'a str,
    after: String,
    url: String,
}

/// An entity named in the same articles.
#[derive(Serialize)]
struct Neighbour<'a> {
    name: &'a str,
    kind: &'static str,
    url: &'a str,
    shared: usize,
}

/// One mention in its sentence: the words before, the mention, the words
/// after (each side cut to [`CONTEXT_CHARS`]) and the link to it.
fn kwic_line<'a>(input: &'a Input<'_>, a: ArticleId, k: usize) -> Option<KwicLine<'a>> {
    let extraction = &input.knowledge.extraction;
    let m = extraction.mentions.get(a.index())?.get(k)?;
    let sentence = extraction.sentences.get(a.index())?.get(m.sentence())?;
    let block = input.article(a).blocks.get(m.block())?;
    let (s, t) = (
        sentence.range().start.min(m.range().start),
        sentence.range().end.max(m.range().end),
    );
    let sentence = block.get(s..t)?;
    let word = m.range();
    let (before, after) = text::window(sentence, word.start - s, word.end - s, CONTEXT_CHARS);
    let cut_before = if before.start > 0 { "…" } else { "" };
    let cut_after = if after.end < sentence.len() {
        "…"
    } else {
        ""
    };
    let (before, after) = (sentence.get(before)?, sentence.get(after)?);
    // Keep the space that separates the mention from its neighbours.
    let gap = |ws: bool| if ws { " " } else { "" };
    Some(KwicLine {
        before: format!(
            "{cut_before}{}{}",
            before.trim(),
            gap(before.ends_with(char::is_whitespace))
        ),
        word: block.get(word)?,
        after: format!(
            "{}{}{cut_after}",
            gap(after.starts_with(char::is_whitespace)),
            after.trim()
        ),
        url: format!("{}#m{k}", input.plan.articles[a]),
    })
}

/// Keyword in context for an entity's `mentions` ((article, mention) pairs
/// in article order): grouped by article, newest first, capped by
/// [`KWIC_ARTICLES`] and [`KWIC_PER_ARTICLE`]. Returns the groups and the
/// number of mentions they show.
fn keyword_in_context<'a>(
    input: &'a Input<'_>,
    mentions: &[(ArticleId, usize)],
) -> (Vec<KwicGroup<'a>>, usize) {
    let mut by_article: Vec<(ArticleId, Vec<usize>)> = Vec::new();
    for &(a, k) in mentions {
        match by_article.last_mut() {
            Some((last, ks)) if *last == a => ks.push(k),
            _ => by_article.push((a, vec![k])),
        }
    }
    by_article.sort_by(|x, y| {
        let (dx, dy) = (input.article(x.0).date, input.article(y.0).date);
        dy.cmp(&dx).then(x.0.cmp(&y.0))
    });
    let mut shown = 0;
    let groups = by_article
        .into_iter()
        .take(KWIC_ARTICLES)
        .map(|(a, ks)| {
            let lines: Vec<KwicLine<'_>> = ks
                .iter()
                .take(KWIC_PER_ARTICLE)
                .filter_map(|&k| kwic_line(input, a, k))
                .collect();
            shown += lines.len();
            KwicGroup {
                article: ArticleItem::new(input, a),
                more: ks.len().saturating_sub(lines.len()),
                lines,
            }
        })
        .collect();
    (groups, shown)
}

/// Renders entity `e`'s page at `url`.
pub(super) fn render(
    input: &Input<'_>,
    tera: &Tera,
    index: &MentionIndex,
    e: EntityId,
    url: &str,
) -> Result<OutputFile, crate::Error> {
    let entity = &input.knowledge.extraction.entities[e.index()];
    let stats = &input.knowledge.entity_stats[e];
    let all_mentions = index.mentions.get(e).map(Vec::as_slice).unwrap_or(&[]);
    let (kwic, kwic_shown) = keyword_in_context(input, all_mentions);
    let series = MonthSeries::from_dates(
        all_mentions
            .iter()
            .map(|&(a, _)| (input.article(a).date, 1)),
    );
    let chart = (series.active_months() >= MIN_CHART_MONTHS).then(|| {
        sparkline(
            &series,
            "over-time",
            &format!("Mentions of {} per month", entity.name),
            "mention",
        )
    });
    let description = entity.description.clone().unwrap_or_else(|| {
        format!(
            "{}: {} in {} article(s), {} mention(s).",
            entity.name,
            entity.kind.as_str(),
            stats.articles.len(),
            stats.mentions
        )
    });
    let context = EntityContext {
        description,
        entity: facts(entity, stats),
        outlet: super::outlet_pages::outlet_of_entity(input, e)
            .map(|(url, articles)| OutletLink { url, articles }),
        kwic,
        kwic_total: all_mentions.len(),
        kwic_shown,
        quotes: quotes(input, index, e),
        cooccurring: cooccurring(input, stats),
        chart,
        undated_mentions: series.undated,
        neighbourhood: super::network::neighbourhood(input, e, url),
        articles: newest_items(input, stats.articles.iter().copied(), MAX_ARTICLES),
    };
    listing_page(tera, input.config, "entity.html", url, &context)
}

/// The entity's names, counts and dates.
fn facts<'a>(entity: &'a Entity, stats: &EntityStats) -> EntityFacts<'a> {
    EntityFacts {
        name: &entity.name,
        kind: entity.kind.as_str(),
        aliases: &entity.aliases,
        description: entity.description.as_deref(),
        wikidata: entity.wikidata.as_deref().filter(|id| {
            // Only a real Wikidata id goes into the link.
            id.strip_prefix('Q')
                .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        }),
        article_count: stats.articles.len(),
        search_url: crate::plan::entity_search_url(&[&entity.name]),
        mention_count: stats.mentions,
        first_seen: format::iso(stats.first_seen),
        last_seen: format::iso(stats.last_seen),
        first_seen_human: stats.first_seen.map(|d| format::human(Some(d))),
        last_seen_human: stats.last_seen.map(|d| format::human(Some(d))),
    }
}

/// The entity's quotes (at most [`MAX_QUOTES`]), with their articles.
fn quotes<'a>(input: &'a Input<'_>, index: &MentionIndex, e: EntityId) -> Vec<SourcedQuote<'a>> {
    let extraction = &input.knowledge.extraction;
    index
        .quotes
        .get(e)
        .map(Vec::as_slice)
        .unwrap_or(&[])
        .iter()
        .take(MAX_QUOTES)
        .filter_map(|&(a, k)| {
            let q = extraction.quotes.get(a.index())?.get(k)?;
            Some(SourcedQuote {
                text: &q.text,
                speaker: None,
                found_in: FoundIn::new(input, a, input.plan.articles[a].clone()),
            })
        })
        .collect()
}

/// The entities with pages named in the same articles, most shared first:
/// the [`NEIGHBOURS`] the drawing of the neighbourhood shows (further down,
/// most share one article with it, which its mentions already show).
fn cooccurring<'a>(input: &'a Input<'_>, stats: &EntityStats) -> Vec<Neighbour<'a>> {
    stats
        .cooccurring
        .iter()
        .filter_map(|&(other, shared)| {
            let o = input.knowledge.entity(other)?;
            Some(Neighbour {
                name: &o.name,
                kind: o.kind.as_str(),
                url: context::entity_url(input, other)?,
                shared,
            })
        })
        .take(NEIGHBOURS)
        .collect()
}
