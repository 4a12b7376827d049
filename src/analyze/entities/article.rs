//! Per-article work: sentences, gazetteer matches, discovery, grouping of
//! surface forms, acronym definitions, surname resolution, mentions, quotes.
//! Runs in parallel, one article per task; nothing here looks at other
//! articles except through the corpus-wide capitalisation [`Stats`].

use super::candidate_words::stands_for_a_term;
use super::discover::discover;
use super::gazetteer::{Gazetteer, Matcher};
use super::grouping::{Grouping, Raw};
use super::hash::HashSet;
use super::packed::Packed;
use super::shortforms;
use super::stats::Stats;
use super::tokens::{is_capitalised, tokenize, Token};
use super::votes::Votes;
use super::{lexicon, quotes, EntityKind, Sentence};
use std::ops::Range;

/// An entity as one article knows it.
#[derive(Debug, Clone)]
pub(crate) struct LocalEntity {
    /// Display name (canonical within the article).
    pub name: String,
    /// Merge key ([`key`] of `name`).
    pub key: String,
    /// Kind evidence.
    pub votes: Votes,
    /// Surface forms seen.
    pub forms: Vec<String>,
    /// Gazetteer entry, if matched through the gazetteer.
    pub gazetteer: Option<usize>,
    /// Number of mentions.
    pub count: u32,
    /// A lone word that may be a surname of a full name in another article.
    pub lone_name: bool,
}

/// A mention as one article knows it: a local entity at a byte range of a block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct LocalMention {
    /// Index into [`LocalArticle::entities`].
    pub entity: usize,
    /// Block of the article.
    pub block: usize,
    /// Byte offset of the first character in the block.
    pub start: usize,
    /// Byte offset past the mention in the block.
    pub end: usize,
    /// Article-wide sentence index.
    pub sentence: usize,
}

/// An acronym defined or implied in one article ("Korean Central News
/// Agency (KCNA)"), as merge keys.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct AcronymDef {
    /// Key of the acronym ("kcna").
    pub short: String,
    /// Key of the full name ("korean central news agency").
    pub full: String,
}

/// One article's extraction before the corpus-wide merge.
#[derive(Debug, Default)]
pub(crate) struct LocalArticle {
    pub sentences: Vec<Sentence>,
    pub entities: Vec<LocalEntity>,
    /// Sorted, non-overlapping.
    pub mentions: Vec<LocalMention>,
    pub quotes: Vec<quotes::Found>,
    /// Acronym definitions seen ("Korean Central News Agency (KCNA)").
    pub acronyms: Vec<AcronymDef>,
}

/// The key under which names merge: case, apostrophe style, a leading
/// article, the dots of acronyms, a hyphen between letters ("Kim
/// Jong-un", "Kim Jong Un"), a country's abbreviation ("US Senate",
/// "United States Senate"), a polity's style ("State of Texas") and a
/// person's middle initial ("John R. Bolton") and "&" for "and" do not
/// matter.
pub(crate) fn key(name: &str) -> String {
    // "Sainsbury's" (said) and "Sainsbury" (shares) are one shop.
    if let Some(stem) = crate::text::strip_possessive(name) {
        return key(stem);
    }
    if let Some(place) = state_of(name) {
        return key(place);
    }
    if let Some(plain) = without_middle_initial(name) {
        return key(&plain);
    }
    if let Some(brand) = brand_plural(name) {
        return key(brand);
    }
    // Single-spaced, curly apostrophes straightened: one pass, one string.
    let mut k = String::with_capacity(name.len());
    for word in name.split_whitespace() {
        if !k.is_empty() {
            k.push(' ');
        }
        // "Marks & Spencer", "Marks and Spencer".
        if word == "&" {
            k.push_str("and");
            continue;
        }
        let mut chars = word.chars().peekable();
        let mut after_letter = false;
        while let Some(c) = chars.next() {
            let joins_letters =
                c == '-' && after_letter && chars.peek().is_some_and(|n| n.is_alphabetic());
            k.push(match c {
                '’' => '\'',
                _ if joins_letters => ' ',
                _ => c,
            });
            after_letter = c.is_alphabetic();
        }
    }
    if !k.chars().any(char::is_lowercase) && k.chars().filter(|c| c.is_uppercase()).count() >= 2 {
        k.retain(|c| c != '.');
    }
    let lower = if k.is_ascii() {
        k.make_ascii_lowercase();
        k
    } else {
        k.to_lowercase()
    };
    let lower = country_spelled_out(&lower).unwrap_or(lower);
    let bare = lower.strip_prefix("the ").unwrap_or(&lower);
    // "Apple Inc.", "Daimler AG": the legal form does not make another entity.
    let bare = match bare.rsplit_once(' ') {
        Some((head, form))
            if head.contains(char::is_alphabetic)
                && matches!(
                    form.trim_end_matches('.'),
                    "inc"
                        | "corp"
                        | "ltd"
                        | "llc"
                        | "plc"
                        | "ag"
                        | "gmbh"
                        | "co"
                        | "nv"
                        | "spa"
                        | "corporation"
                        | "incorporated"
                        | "limited"
                ) =>
        {
            head.trim_end_matches(',')
        }
        _ => bare,
    };
    if bare.len() == lower.len() {
        // Nothing was cut: the lower-case string is the key.
        return lower;
    }
    bare.to_string()
}

/// "iPods" → "iPod": a brand in its camel case ("iPod", "eBay") is never
/// plural in its own name.
fn brand_plural(name: &str) -> Option<&str> {
    name.strip_suffix('s')
        .filter(|stem| super::tokens::is_lowercase_brand(stem))
}

/// "the State of Texas", "Kingdom of Bahrain", "Commonwealth of
/// Massachusetts": a known place named as a polity is that place ("Republic
/// of China" is not China, so only these forms).
pub(super) fn state_of(name: &str) -> Option<&str> {
    let name = name.strip_prefix("the ").unwrap_or(name);
    ["State of ", "Kingdom of ", "Commonwealth of "]
        .iter()
        .find_map(|form| name.strip_prefix(form))
        .filter(|place| super::places::is_place(place))
}

/// "John R. Bolton" → "John Bolton": a person's middle initial, which
/// writers give or leave out. Only one, between a given name and another
/// word: "George H. W. Bush" stays apart from "George W. Bush".
fn without_middle_initial(name: &str) -> Option<String> {
    let mut words = name.split_whitespace();
    let (Some(first), Some(middle), Some(last), None) =
        (words.next(), words.next(), words.next(), words.next())
    else {
        return None;
    };
    let initial = |w: &str| {
        let mut cs = w.chars();
        cs.next().is_some_and(|c| c.is_ascii_uppercase()) && matches!(cs.as_str(), "" | ".")
    };
    (initial(middle) && !initial(last) && super::names::is_given_name(first))
        .then(|| format!("{first} {last}"))
}

/// "us senate", "u.s. senate" → "united states senate": a name that opens
/// with a country's abbreviation, keyed under the country's full name so
/// that its spellings are one entity.
fn country_spelled_out(lower: &str) -> Option<String> {
    const FORMS: [(&str, &str); 9] = [
        ("us ", "united states "),
        ("u.s. ", "united states "),
        ("u.s ", "united states "),
        ("usa ", "united states "),
        ("u.s.a. ", "united states "),
        ("united states of america ", "united states "),
        ("uk ", "united kingdom "),
        ("u.k. ", "united kingdom "),
        ("u.k ", "united kingdom "),
    ];
    FORMS.iter().find_map(|(short, full)| {
        lower
            .strip_prefix(short)
            .filter(|rest| !rest.is_empty())
            .map(|rest| format!("{full}{rest}"))
    })
}

/// Sentences and tokens of a block.
pub(crate) fn block_tokens(text: &str) -> (Vec<Range<usize>>, Vec<Token>) {
    let sents = crate::text::split_sentences(text);
    let tokens = tokenize(text, &sents);
    (sents, tokens)
}

/// Analyses one article; `packed` holds its blocks' sentences and tokens
/// when the capitalisation pass kept them.
pub(crate) fn analyze(
    blocks: &[&str],
    stats: &Stats,
    gaz: Option<(&Matcher, &Gazetteer)>,
    packed: Option<&Packed>,
) -> LocalArticle {
    let mut sentences = Vec::new();
    let mut raws: Vec<Raw> = Vec::new();
    for (b, text) in blocks.iter().enumerate() {
        let (sents, tokens) = packed
            .and_then(|p| p.block(b))
            .unwrap_or_else(|| block_tokens(text));
        block_raws(
            b,
            text,
            (&sents, &tokens),
            stats,
            gaz,
            &mut sentences,
            &mut raws,
        );
    }
    raws.sort_by_key(|r| (r.block, r.start));
    join_named_pairs(blocks, &mut raws);
    drop_unspelt_capitals(&mut raws);
    super::coordination::share_kinds(blocks, &mut raws);
    super::clubs::vote_clubs(blocks, &mut raws);
    let mut g = Grouping::new(&raws);
    g.mark_stray_codes(stats);
    g.mark_terms(blocks, &raws);
    g.mark_families(blocks, &raws);
    let mut acronyms = g.defined_acronyms(blocks, &raws);
    shortforms::acronyms_by_initials(&g.entities, &mut g.target, &mut acronyms);
    g.company_forms();
    g.resolve_short_forms();
    g.fold();
    let (entities, mentions) = g.keep(&raws);
    let quotes = find_quotes(blocks, &sentences, &entities, &mentions);
    LocalArticle {
        sentences,
        entities,
        mentions,
        quotes,
        acronyms,
    }
}

/// "Jobs cut at Marks and Spencer stores" where the article names "Marks
/// and Spencer" whole elsewhere ("Marks and Spencer is to cut …"): two
/// mentions joined by "and" or "&" that the article names as one are one
/// mention of it, its kind left to the words around the whole.
fn join_named_pairs(blocks: &[&str], raws: &mut Vec<Raw>) {
    let joined: HashSet<String> = raws
        .iter()
        .filter(|r| r.name.contains(" and ") || r.name.contains(" & "))
        .map(|r| key(&r.name))
        .collect();
    if joined.is_empty() {
        return;
    }
    let mut i = 0;
    while i + 1 < raws.len() {
        let (a, b) = (&raws[i], &raws[i + 1]);
        let whole = (a.block == b.block)
            .then(|| blocks.get(a.block)?.get(a.start..b.end))
            .flatten()
            .filter(|w| {
                let gap = w.get(a.end - a.start..b.start - a.start).unwrap_or("");
                matches!(gap, " and " | " & ") && joined.contains(&key(w))
            })
            .map(str::to_string);
        match whole {
            Some(whole) => {
                let end = b.end;
                raws.remove(i + 1);
                let a = &mut raws[i];
                a.end = end;
                a.name.clone_from(&whole);
                a.surface = whole;
                a.votes = Votes::default();
                a.weak = false;
                a.gazetteer = None;
            }
            None => i += 1,
        }
    }
}

/// "GNP", "BA": capitals that usually stand for a term (discovery keeps
/// them weak and evidence-free) name something only where the article
/// names a body of those initials ("Grand National Party", "British
/// Airways"); elsewhere they are dropped before they join any list.
fn drop_unspelt_capitals(raws: &mut Vec<Raw>) {
    let common = |r: &Raw| r.weak && r.votes == Votes::default() && stands_for_a_term(&r.name);
    if !raws.iter().any(common) {
        return;
    }
    let spelt: HashSet<String> = raws
        .iter()
        .filter(|r| r.name.split(' ').filter(|w| is_capitalised(w)).count() >= 2)
        .map(|r| shortforms::initials(&r.name))
        .collect();
    raws.retain(|r| !common(r) || spelt.contains(&r.name));
}

/// The sentences of block `b` (appended to `sentences`) and its raw
/// mentions: gazetteer matches first, then discovered names that overlap
/// none of them (appended to `raws`).
fn block_raws(
    b: usize,
    text: &str,
    (sents, tokens): (&[Range<usize>], &[Token]),
    stats: &Stats,
    gaz: Option<(&Matcher, &Gazetteer)>,
    sentences: &mut Vec<Sentence>,
    raws: &mut Vec<Raw>,
) {
    let offset = sentences.len();
    sentences.extend(sents.iter().map(|r| Sentence {
        block: super::small(b),
        start: super::small(r.start),
        end: super::small(r.end),
    }));
    let sentence_of =
        |pos: usize| offset + sents.partition_point(|s| s.start <= pos).saturating_sub(1);
    let hits = gaz.map(|(m, _)| m.find(text)).unwrap_or_default();
    for hit in &hits {
        let Some(e) = gaz.and_then(|(_, g)| g.entries.get(hit.entry)) else {
            continue;
        };
        let mut votes = Votes::default();
        votes.add(e.kind, 100.0);
        raws.push(Raw {
            block: b,
            start: hit.start,
            end: hit.end,
            sentence: sentence_of(hit.start),
            name: e.name.clone(),
            surface: text.get(hit.start..hit.end).unwrap_or("").to_string(),
            votes,
            weak: false,
            gazetteer: Some(hit.entry),
        });
    }
    // Both lists are in text order: one forward pass finds the overlaps.
    let mut h = 0;
    for c in discover(text, tokens, stats) {
        while hits.get(h).is_some_and(|hit| hit.end <= c.start) {
            h += 1;
        }
        if hits.get(h).is_some_and(|hit| hit.start < c.end) {
            continue;
        }
        let shown = c.display.as_deref().unwrap_or(&c.name);
        let name = lexicon::alias(shown).unwrap_or(shown).to_string();
        raws.push(Raw {
            block: b,
            start: c.start,
            end: c.end,
            sentence: offset + c.sentence,
            surface: c.name,
            name,
            votes: c.votes,
            weak: c.weak,
            gazetteer: None,
        });
    }
}

/// The quotes of the article, attributed to its kept entities.
fn find_quotes(
    blocks: &[&str],
    sentences: &[Sentence],
    entities: &[LocalEntity],
    mentions: &[LocalMention],
) -> Vec<quotes::Found> {
    let spots: Vec<quotes::Spot> = mentions
        .iter()
        .map(|m| quotes::Spot {
            entity: m.entity,
            block: m.block,
            start: m.start,
            end: m.end,
        })
        .collect();
    let persons: Vec<bool> = entities
        .iter()
        .map(|e| e.votes.best() == EntityKind::Person)
        .collect();
    let is_person = |id: usize| persons.get(id).copied().unwrap_or(false);
    quotes::find(blocks, sentences, &spots, &is_person)
}
