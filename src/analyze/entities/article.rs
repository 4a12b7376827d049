//! Per-article work: sentences, gazetteer matches, discovery, grouping of
//! surface forms, acronym definitions, surname resolution, mentions, quotes.
//! Runs in parallel, one article per task; nothing here looks at other
//! articles except through the corpus-wide capitalisation [`Stats`].

use super::classify::Votes;
use super::discover::discover;
use super::gazetteer::{Gazetteer, Matcher};
use super::hash::HashMap;
use super::shortforms::{self, initials};
use super::stats::Stats;
use super::tokens::{is_acronym, tokenize, Token};
use super::{lexicon, places, quotes, EntityKind, Sentence};
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

/// One article's extraction before the corpus-wide merge.
#[derive(Debug, Default)]
pub(crate) struct LocalArticle {
    pub sentences: Vec<Sentence>,
    pub entities: Vec<LocalEntity>,
    /// (entity, block, start, end, sentence), sorted, non-overlapping.
    pub mentions: Vec<(usize, usize, usize, usize, usize)>,
    pub quotes: Vec<quotes::Found>,
    /// Acronym definitions seen ("Korean Central News Agency (KCNA)"): (acronym key, full key).
    pub acronyms: Vec<(String, String)>,
}

/// The key under which names merge: case, apostrophe style, a leading
/// article and the dots of acronyms do not matter.
pub(crate) fn key(name: &str) -> String {
    let mut k: String = name
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('’', "'");
    if !k.chars().any(char::is_lowercase) && k.chars().filter(|c| c.is_uppercase()).count() >= 2 {
        k.retain(|c| c != '.');
    }
    let lower = k.to_lowercase();
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
    bare.to_string()
}

/// Sentences and tokens of a block.
pub(crate) fn block_tokens(text: &str) -> (Vec<Range<usize>>, Vec<Token>) {
    let sents = crate::text::split_sentences(text);
    let tokens = tokenize(text, &sents);
    (sents, tokens)
}

struct Raw {
    block: usize,
    start: usize,
    end: usize,
    sentence: usize,
    name: String,
    surface: String,
    votes: Votes,
    weak: bool,
    gazetteer: Option<usize>,
}

fn known(name: &str) -> bool {
    let c = lexicon::alias(name).unwrap_or(name);
    places::is_place(c) || lexicon::is_org(c)
}

/// Analyses one article.
pub(crate) fn analyze(
    blocks: &[String],
    stats: &Stats,
    gaz: Option<(&Matcher, &Gazetteer)>,
) -> LocalArticle {
    let mut art = LocalArticle::default();
    let mut raws: Vec<Raw> = Vec::new();
    for (b, text) in blocks.iter().enumerate() {
        let (sents, tokens) = block_tokens(text);
        let offset = art.sentences.len();
        art.sentences.extend(sents.iter().map(|r| Sentence {
            block: b,
            start: r.start,
            end: r.end,
        }));
        let sentence_of =
            |pos: usize| offset + sents.partition_point(|s| s.start <= pos).saturating_sub(1);
        let hits = gaz.map(|(m, _)| m.find(text)).unwrap_or_default();
        for &(start, end, entry) in &hits {
            let Some(e) = gaz.and_then(|(_, g)| g.entries.get(entry)) else {
                continue;
            };
            let mut votes = Votes::default();
            votes.add(e.kind, 100.0);
            raws.push(Raw {
                block: b,
                start,
                end,
                sentence: sentence_of(start),
                name: e.name.clone(),
                surface: text.get(start..end).unwrap_or("").to_string(),
                votes,
                weak: false,
                gazetteer: Some(entry),
            });
        }
        // Both lists are in text order: one forward pass finds the overlaps.
        let mut h = 0;
        for c in discover(text, &tokens, stats) {
            while hits.get(h).is_some_and(|&(_, e, _)| e <= c.start) {
                h += 1;
            }
            if hits.get(h).is_some_and(|&(s, _, _)| s < c.end) {
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
    raws.sort_by_key(|r| (r.block, r.start));

    // Group surface forms by key.
    let mut by_key: HashMap<String, usize> = HashMap::default();
    let mut weak: Vec<bool> = Vec::new();
    let mut owner: Vec<usize> = Vec::with_capacity(raws.len());
    for r in &raws {
        let k = r
            .gazetteer
            .map_or_else(|| key(&r.name), |g| format!("\u{0}gaz{g}"));
        let id = *by_key.entry(k.clone()).or_insert_with(|| {
            art.entities.push(LocalEntity {
                name: r.name.clone(),
                key: key(&r.name),
                votes: Votes::default(),
                forms: Vec::new(),
                gazetteer: r.gazetteer,
                count: 0,
                lone_name: false,
            });
            weak.push(true);
            art.entities.len() - 1
        });
        if let (Some(e), Some(w)) = (art.entities.get_mut(id), weak.get_mut(id)) {
            e.votes.merge(&r.votes);
            if !e.forms.contains(&r.surface) {
                e.forms.push(r.surface.clone());
            }
            e.count += 1;
            *w &= r.weak;
        }
        owner.push(id);
    }

    // "NC", "SA": two capitals once in an article, undefined and unknown,
    // are more often a code or initials than a name.
    for (e, w) in art.entities.iter().zip(weak.iter_mut()) {
        let letters = e.name.chars().filter(|c| c.is_alphanumeric()).count();
        if e.count == 1
            && e.gazetteer.is_none()
            && letters == 2
            && is_acronym(&e.name)
            && !known(&e.name)
        {
            *w = true;
        }
    }
    let mut target: Vec<Option<usize>> = vec![None; art.entities.len()];
    // Acronyms defined in the text: "Korean Central News Agency (KCNA)".
    for (i, pair) in raws.windows(2).enumerate() {
        let [p, q] = pair else { continue };
        let Some(text) = blocks.get(p.block) else {
            continue;
        };
        let gap = text.get(p.end..q.start).unwrap_or("");
        let closes = text.get(q.end..).is_some_and(|t| t.starts_with(')'));
        let letters: String = q.surface.chars().filter(|c| c.is_uppercase()).collect();
        if p.block == q.block
            && gap.trim() == "("
            && closes
            && is_acronym(&q.surface)
            && initials(&p.surface) == letters
        {
            art.acronyms.push((key(&q.name), key(&p.name)));
            if let (Some(&a), Some(&f)) = (owner.get(i + 1), owner.get(i)) {
                if a != f && art.entities.get(a).is_some_and(|e| e.gazetteer.is_none()) {
                    if let Some(t) = target.get_mut(a) {
                        *t = Some(f);
                    }
                }
            }
        }
    }

    shortforms::acronyms_by_initials(&art.entities, &mut target, &mut art.acronyms);

    // Surnames and given names alone: the full name of the same article.
    let index = shortforms::name_index(&art.entities, &weak);
    // Organisations by first word, for a short form ("Lloyds" of "Lloyds
    // Banking Group").
    let org_heads = shortforms::org_heads(&art.entities, &weak);
    let prefixes = shortforms::name_prefixes(&art.entities, &weak);
    let mut surname_of: Vec<bool> = vec![false; art.entities.len()];
    for id in 0..art.entities.len() {
        let Some(e) = art.entities.get(id) else {
            continue;
        };
        let single = !e.name.contains(' ')
            && e.gazetteer.is_none()
            && !is_acronym(&e.name)
            && !known(&e.name);
        let tail = e.name.contains(' ')
            && e.gazetteer.is_none()
            && e.votes.person_like()
            && !known(&e.name)
            && index.contains_key(&e.name.to_lowercase());
        if target.get(id).is_some_and(Option::is_some) {
            continue;
        }
        let short_org = !e.name.contains(' ')
            && e.gazetteer.is_none()
            && !known(&e.name)
            && e.votes.best() != EntityKind::Place;
        if let Some(&f) = org_heads
            .get(e.name.as_str())
            .filter(|l| l.len() == 1 && short_org)
            .and_then(|l| l.first())
        {
            if let Some(t) = target.get_mut(id) {
                *t = Some(f);
            }
            continue;
        }
        // "Supreme Court" after "Supreme Court of Cassation".
        let short_name = e.name.contains(' ')
            && e.gazetteer.is_none()
            && !known(&e.name)
            && e.votes.best() != EntityKind::Person;
        if let Some(&f) = prefixes
            .get(e.name.as_str())
            .filter(|l| l.len() == 1 && short_name)
            .and_then(|l| l.first())
        {
            if f != id {
                if let Some(t) = target.get_mut(id) {
                    *t = Some(f);
                }
                continue;
            }
        }
        if !single && !tail {
            continue;
        }
        let best = index.get(&e.name.to_lowercase()).and_then(|list| {
            list.iter()
                .copied()
                .filter(|&f| f != id)
                .max_by_key(|&f| (art.entities.get(f).map_or(0, |x| x.count), usize::MAX - f))
        });
        match best {
            Some(f) => {
                if let Some(t) = target.get_mut(id) {
                    *t = Some(f);
                }
                // A firm is seldom called by its last word alone: a surname is
                // a person cue for the full name.
                let full = art.entities.get(f);
                let last = full.and_then(|x| x.name.rsplit(' ').next());
                let first = full.and_then(|x| x.name.split(' ').next());
                let untyped = full.is_some_and(|x| x.votes.best() == EntityKind::Other);
                if last.is_some_and(|l| l.eq_ignore_ascii_case(&e.name))
                    || (untyped && first.is_some_and(|l| l.eq_ignore_ascii_case(&e.name)))
                {
                    if let Some(s) = surname_of.get_mut(f) {
                        *s = true;
                    }
                }
            }
            None => {
                let lone = e.votes.person_like() && !weak.get(id).copied().unwrap_or(true);
                if let Some(e) = art.entities.get_mut(id) {
                    e.lone_name = lone;
                }
            }
        }
    }

    for (e, &hit) in art.entities.iter_mut().zip(&surname_of) {
        if hit {
            e.votes.add(EntityKind::Person, 2.0);
        }
    }

    // Fold merged entities into their targets; drop weak leftovers.
    let n = art.entities.len();
    let root = |mut id: usize| {
        for _ in 0..4 {
            match target.get(id).copied().flatten() {
                Some(t) => id = t,
                None => break,
            }
        }
        id
    };
    for id in 0..n {
        let r = root(id);
        if r == id {
            continue;
        }
        let Some(src) = art.entities.get(id).cloned() else {
            continue;
        };
        if let Some(dst) = art.entities.get_mut(r) {
            for f in src.forms {
                if !dst.forms.contains(&f) {
                    dst.forms.push(f);
                }
            }
            dst.votes
                .add(EntityKind::Person, src.votes.get(EntityKind::Person));
            dst.count += src.count;
        }
        if let Some(w) = weak.get_mut(r) {
            *w = false;
        }
    }
    let mut new_id: Vec<Option<usize>> = vec![None; n];
    let mut kept = Vec::new();
    for (id, e) in art.entities.iter().enumerate() {
        if root(id) == id && !weak.get(id).copied().unwrap_or(true) {
            if let Some(slot) = new_id.get_mut(id) {
                *slot = Some(kept.len());
            }
            kept.push(e.clone());
        }
    }
    let mut last_end: Option<(usize, usize)> = None;
    for (r, &o) in raws.iter().zip(owner.iter()) {
        let Some(id) = new_id.get(root(o)).copied().flatten() else {
            continue;
        };
        if last_end.is_some_and(|(b, e)| b == r.block && r.start < e) {
            continue;
        }
        last_end = Some((r.block, r.end));
        art.mentions.push((id, r.block, r.start, r.end, r.sentence));
    }
    art.entities = kept;

    let spots: Vec<quotes::Spot> = art
        .mentions
        .iter()
        .map(|&(entity, block, start, end, _)| quotes::Spot {
            entity,
            block,
            start,
            end,
        })
        .collect();
    let persons: Vec<bool> = art
        .entities
        .iter()
        .map(|e| e.votes.best() == EntityKind::Person)
        .collect();
    let is_person = |id: usize| persons.get(id).copied().unwrap_or(false);
    art.quotes = quotes::find(blocks, &art.sentences, &spots, &is_person);
    art
}
