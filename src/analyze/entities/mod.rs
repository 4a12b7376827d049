//! Entity extraction: gazetteer matching, automatic discovery of proper-noun
//! phrases, cross-article merging, mentions and quotes.
//!
//! The input is the plain text of every article as a list of blocks
//! (paragraphs, headings, list items), exactly as the content stage produced
//! them; every offset in the output is a byte offset into one of those blocks.
//!
//! Work is done per article in parallel (sentences, tokens, discovery,
//! resolution within the article, quotes), after a first parallel pass that
//! counts how each word is capitalised across the corpus; a sequential,
//! hash-based merge then unifies entities across articles.

mod and_joins;
mod apposition;
mod around;
mod around_words;
mod article;
mod awards;
mod bodies;
mod candidate;
mod candidate_words;
mod classify;
mod clubs;
mod compounds;
mod context;
mod coordination;
mod cues;
pub(crate) mod dateline;
mod discover;
mod evidence;
mod gazetteer;
mod grouping;
mod hash;
mod japanese;
mod lexicon;
mod local_short_forms;
mod merge;
mod name_words;
mod names;
mod nationality;
mod numbered;
mod overlong;
mod packed;
mod person_cues;
mod places;
mod portfolios;
mod possessives;
mod quotes;
mod run_links;
mod runs;
mod shortforms;
mod split;
mod split_heads;
mod stats;
mod tokens;
mod trim;
mod trim_leads;
mod trim_words;
mod votes;
mod word_spans;
mod work_titles;

pub use gazetteer::{Gazetteer, GazetteerEntry, GazetteerError};

use crate::fault::Faults;
use rayon::prelude::*;
use serde::Serialize;
use std::sync::atomic::{AtomicUsize, Ordering};

/// What kind of thing an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// A named person.
    Person,
    /// A company, agency, party, army, news outlet, …
    Organization,
    /// A country, city, region or site.
    Place,
    /// A named event such as a war or a summit.
    Event,
    /// Anything else.
    Other,
}

impl EntityKind {
    /// Lower-case name as used in URLs, JSON and templates.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Place => "place",
            EntityKind::Event => "event",
            EntityKind::Other => "other",
        }
    }
}

/// One entity, merged across the corpus.
#[derive(Debug, Clone)]
pub struct Entity {
    /// Canonical name, e.g. "Kim Jong Un".
    pub name: String,
    /// Guessed (or gazetteer-given) kind.
    pub kind: EntityKind,
    /// Other surface forms seen in the text or given by the gazetteer
    /// ("Kim", "DPRK"), without the canonical name, sorted, deduplicated.
    pub aliases: Vec<String>,
    /// Short description (gazetteer only).
    pub description: Option<String>,
    /// Wikidata id such as "Q56226" (gazetteer only).
    pub wikidata: Option<String>,
    /// True when the entity comes from the gazetteer.
    pub from_gazetteer: bool,
}

/// A block index or byte offset stored in 32 bits (a block is far below
/// 4 GiB): mentions and sentences are held for every article of the corpus.
pub(crate) fn small(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// A sentence: a byte range of one block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Index of the block in the article.
    pub block: u32,
    /// Byte offset of the sentence's first character in the block.
    pub start: u32,
    /// Byte offset just past the sentence's last character.
    pub end: u32,
}

/// One occurrence of an entity in an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    /// Index into [`Extraction::entities`].
    pub entity: usize,
    /// Index of the block in the article.
    pub block: u32,
    /// Byte range of the surface form in the block.
    pub start: u32,
    /// End of that range (exclusive).
    pub end: u32,
    /// Index into the article's sentences.
    pub sentence: u32,
}

impl Sentence {
    /// [`Sentence::block`] as an index.
    pub fn block(&self) -> usize {
        self.block as usize
    }

    /// The sentence's byte range in its block.
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
}

impl Mention {
    /// [`Mention::block`] as an index.
    pub fn block(&self) -> usize {
        self.block as usize
    }

    /// [`Mention::sentence`] as an index.
    pub fn sentence(&self) -> usize {
        self.sentence as usize
    }

    /// The surface form's byte range in its block.
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// A quoted passage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// Index of the block in the article.
    pub block: usize,
    /// Index into the article's sentences of the sentence holding the quote's start.
    pub sentence: usize,
    /// The quoted words without the quotation marks.
    pub text: String,
    /// Index into [`Extraction::entities`] of the speaker, when the text names one.
    pub speaker: Option<usize>,
}

/// Everything extraction found in the corpus.
#[derive(Debug, Clone, Default)]
pub struct Extraction {
    /// All entities, each once.
    pub entities: Vec<Entity>,
    /// Per article, its sentences in reading order.
    pub sentences: Vec<Vec<Sentence>>,
    /// Per article, its mentions sorted by (block, start), non-overlapping.
    pub mentions: Vec<Vec<Mention>>,
    /// Per article, its quotes in reading order.
    pub quotes: Vec<Vec<Quote>>,
    /// Articles whose extraction failed inside dossier (a panic, caught):
    /// (article, what happened). They have no mentions.
    pub faults: Vec<(usize, String)>,
}

/// Finds the entities, mentions and quotes of every article.
///
/// `articles[i]` is article `i`'s list of blocks. Gazetteer entities win over
/// discovered ones; discovered ones are kept. Only entities with at least one
/// mention are returned.
///
/// A panic while working on one article is caught: that article gets no
/// mentions and is listed in [`Extraction::faults`]; the others are done.
pub fn extract<B: AsRef<str> + Sync>(
    articles: &[Vec<B>],
    gazetteer: Option<&Gazetteer>,
) -> Extraction {
    let faults = Faults::default();
    // Every block is split into sentences and tokenised for the counts,
    // and again for discovery once the counts are complete. The first
    // pass keeps its tokens, packed, for as many articles as fit in
    // TOKEN_CACHE_BYTES; the others are tokenised again. Which articles
    // are kept depends on the threads' timing; the tokens do not.
    let budget = AtomicUsize::new(TOKEN_CACHE_BYTES);
    // Each article's words are listed (borrowed) under its guard, then
    // counted into its worker's running total: no map per article.
    let (stats, kept) = articles
        .par_iter()
        .enumerate()
        .fold(
            || (stats::Stats::default(), Vec::new()),
            |(mut stats, mut kept), (a, blocks)| {
                let (listed, packed) = faults.guard(a, || {
                    let mut words = Vec::new();
                    let mut packed = Some(packed::Packed::default());
                    for text in blocks {
                        let text = text.as_ref();
                        crate::fault::inject("analysing", text);
                        let (sents, tokens) = article::block_tokens(text);
                        stats::counted_words(text, &tokens, &mut words);
                        packed = packed.and_then(|mut p| p.push(&sents, &tokens).map(|()| p));
                    }
                    (words, packed)
                });
                stats.add(&listed);
                if let Some(p) = packed.filter(|p| take(&budget, p.bytes())) {
                    kept.push((a, p));
                }
                (stats, kept)
            },
        )
        .reduce(
            || (stats::Stats::default(), Vec::new()),
            |(s1, mut k1), (s2, k2)| {
                k1.extend(k2);
                (s1.merge(s2), k1)
            },
        );
    let mut packed: Vec<Option<packed::Packed>> = Vec::new();
    packed.resize_with(articles.len(), || None);
    for (a, p) in kept {
        if let Some(slot) = packed.get_mut(a) {
            *slot = Some(p);
        }
    }
    let matcher = gazetteer.map(|g| (gazetteer::Matcher::new(g), g));
    let locals: Vec<article::LocalArticle> = articles
        .par_iter()
        .zip(packed.into_par_iter())
        .enumerate()
        .map(|(a, (blocks, packed))| {
            faults.guard(a, || {
                let blocks: Vec<&str> = blocks.iter().map(AsRef::as_ref).collect();
                article::analyze(
                    &blocks,
                    &stats,
                    matcher.as_ref().map(|(m, g)| (m, *g)),
                    packed.as_ref(),
                )
            })
        })
        .collect();
    let mut extraction = merge::merge(locals, gazetteer);

    extraction.faults = faults.into_sorted();
    extraction
}

/// Memory for the tokens kept between the two passes of [`extract`]
/// (12 bytes a word): all of 10,000 news articles, a part of larger corpora.
const TOKEN_CACHE_BYTES: usize = 192 << 20;

/// Takes `bytes` from `budget` if that much is left.
fn take(budget: &AtomicUsize, bytes: usize) -> bool {
    budget
        .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |left| {
            left.checked_sub(bytes)
        })
        .is_ok()
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod tests_acts;
#[cfg(test)]
mod tests_asides;
#[cfg(test)]
mod tests_awards;
#[cfg(test)]
mod tests_bounds;
#[cfg(test)]
mod tests_briefs;
#[cfg(test)]
mod tests_british;
#[cfg(test)]
mod tests_codes;
#[cfg(test)]
mod tests_cues;
#[cfg(test)]
mod tests_forms;
#[cfg(test)]
mod tests_groups;
#[cfg(test)]
mod tests_honours;
#[cfg(test)]
mod tests_journeys;
#[cfg(test)]
mod tests_kinds;
#[cfg(test)]
mod tests_labels;
#[cfg(test)]
mod tests_lists;
#[cfg(test)]
mod tests_makes;
#[cfg(test)]
mod tests_models;
#[cfg(test)]
mod tests_name_endings;
#[cfg(test)]
mod tests_name_votes;
#[cfg(test)]
mod tests_nations;
#[cfg(test)]
mod tests_news;
#[cfg(test)]
mod tests_offices;
#[cfg(test)]
mod tests_offices_of;
#[cfg(test)]
mod tests_openers;
#[cfg(test)]
mod tests_owners;
#[cfg(test)]
mod tests_pairs;
#[cfg(test)]
mod tests_press;
#[cfg(test)]
mod tests_quotes;
#[cfg(test)]
mod tests_reports;
#[cfg(test)]
mod tests_residents;
#[cfg(test)]
mod tests_robustness;
#[cfg(test)]
mod tests_roles;
#[cfg(test)]
mod tests_sheets;
#[cfg(test)]
mod tests_sides;
#[cfg(test)]
mod tests_sounds;
#[cfg(test)]
mod tests_speakers;
#[cfg(test)]
mod tests_text_forms;
#[cfg(test)]
mod tests_titles;
#[cfg(test)]
mod tests_trades;
#[cfg(test)]
mod tests_units;
#[cfg(test)]
mod tests_venues;
#[cfg(test)]
mod tests_works;

/// The text blocks extraction reads for one article: its blocks, then its
/// title as one more block when the title is not already the start of the
/// first block (a title derived from the opening sentence). A mention in
/// the title therefore has `block == article.blocks.len()`, which no body
/// block has; [`take_title_mentions`] takes those out after extraction.
/// The blocks are borrowed, not copied.
pub fn texts_with_title(article: &crate::content::Article) -> Vec<&str> {
    let mut texts: Vec<&str> = article.blocks.iter().map(String::as_str).collect();
    let title = article.title.trim();
    let derived = article.blocks.first().is_some_and(|b| {
        b.trim_start()
            .starts_with(title.trim_end_matches(['…', '.']))
    });
    if !title.is_empty() && !derived {
        texts.push(title);
    }
    texts
}

/// Removes the mentions that [`texts_with_title`] put in each article's
/// title (every mention is then in a body block, where pages can quote it)
/// and returns, per article, the entities its title names, sorted.
pub fn take_title_mentions(
    extraction: &mut Extraction,
    articles: &[crate::content::Article],
) -> Vec<Vec<usize>> {
    extraction
        .mentions
        .iter_mut()
        .enumerate()
        .map(|(a, mentions)| {
            let body = articles.get(a).map_or(usize::MAX, |x| x.blocks.len());
            let mut named: Vec<usize> = mentions
                .iter()
                .filter(|m| m.block as usize >= body)
                .map(|m| m.entity)
                .collect();
            mentions.retain(|m| (m.block as usize) < body);
            named.sort_unstable();
            named.dedup();
            named
        })
        .collect()
}
