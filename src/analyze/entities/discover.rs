//! Automatic discovery: proper-noun phrases in one block, with the
//! capitalisation evidence of the whole corpus to tell names from ordinary
//! words that happen to open a sentence.

use super::classify::{context_votes, name_votes, Votes};
use super::stats::Stats;
use super::tokens::{is_acronym, is_capitalised, Token};
use super::{lexicon, places};

/// A discovered name in one block.
#[derive(Debug, Clone)]
pub(crate) struct Candidate {
    /// Byte range of the name (no possessive suffix).
    pub start: usize,
    /// End of that range.
    pub end: usize,
    /// Block-local sentence index.
    pub sentence: usize,
    /// The name as written, single-spaced.
    pub name: String,
    /// Kind evidence.
    pub votes: Votes,
    /// Only kept if it turns out to be part of a stronger name in the article.
    pub weak: bool,
}

fn is_name_start(word: &str) -> bool {
    is_capitalised(word) || is_acronym(word)
}

/// Names of organisations that open with a plural possessive ("Korean People's Army").
fn joins_across_possessive(stem: &str, last: &str) -> bool {
    matches!(
        stem,
        "People" | "Women" | "Men" | "Children" | "Workers" | "Peoples"
    ) || (lexicon::is_org_suffix(last)
        && (lexicon::is_generic(stem) || lexicon::is_title(stem))
        && !places::is_place(stem))
}

/// Newspaper-style names whose leading "The" belongs to them.
fn keeps_article(last: &str) -> bool {
    matches!(
        last,
        "Times"
            | "Post"
            | "Guardian"
            | "Economist"
            | "Telegraph"
            | "Independent"
            | "Journal"
            | "Herald"
            | "Observer"
            | "Atlantic"
            | "Hague"
            | "Hill"
            | "Sun"
            | "Beatles"
    )
}

struct Block<'a> {
    text: &'a str,
    tokens: &'a [Token],
    stats: &'a Stats,
}

impl Block<'_> {
    fn word(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| t.word(self.text))
    }

    fn adjacent(&self, a: usize, b: usize) -> bool {
        match (self.tokens.get(a), self.tokens.get(b)) {
            (Some(x), Some(y)) => {
                x.sentence == y.sentence
                    && self.text.get(x.full_end..y.start).is_some_and(|g| {
                        !g.is_empty() && g.chars().all(|c| c == ' ' || c == '\u{a0}')
                    })
            }
            _ => false,
        }
    }

    fn initial(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.initial)
    }

    /// Maximal runs of capitalised words, with connectors between them.
    fn runs(&self) -> Vec<Vec<usize>> {
        let mut runs = Vec::new();
        let n = self.tokens.len();
        let mut i = 0;
        while i < n {
            if !is_name_start(self.word(i)) {
                i += 1;
                continue;
            }
            let mut run = vec![i];
            let mut j = i;
            while self.adjacent(j, j + 1) {
                let possessive = self.tokens.get(j).is_some_and(Token::possessive);
                if is_name_start(self.word(j + 1)) {
                    run.push(j + 1);
                    j += 1;
                } else if !possessive
                    && lexicon::is_connector(self.word(j + 1))
                    && self.adjacent(j + 1, j + 2)
                    && is_name_start(self.word(j + 2))
                {
                    run.extend([j + 1, j + 2]);
                    j += 2;
                } else {
                    break;
                }
            }
            runs.push(run);
            i = j + 1;
        }
        runs
    }

    /// Splits a run at possessives and disallowed connectors.
    fn split(&self, run: &[usize]) -> Vec<Vec<usize>> {
        let last_word = |r: &[usize]| r.last().map_or("", |&l| self.word(l));
        let mut pieces: Vec<Vec<usize>> = vec![Vec::new()];
        for (k, &t) in run.iter().enumerate() {
            let w = self.word(t);
            let connector = !is_name_start(w);
            if connector {
                let prev = k
                    .checked_sub(1)
                    .and_then(|p| run.get(p))
                    .map_or("", |&p| self.word(p));
                let last = last_word(run);
                let allowed = match w {
                    "of" | "for" => {
                        lexicon::is_of_head(prev)
                            || (lexicon::is_kind_suffix(last) && !lexicon::is_title(prev))
                    }
                    "the" => matches!(prev, "of" | "for"),
                    "and" => lexicon::is_org_suffix(last) || lexicon::is_event_suffix(last),
                    _ => true,
                };
                let joined = allowed && pieces.last().is_some_and(|p| !p.is_empty());
                if joined {
                    if let Some(p) = pieces.last_mut() {
                        p.push(t);
                    }
                } else {
                    pieces.push(Vec::new());
                }
                continue;
            }
            if let Some(p) = pieces.last_mut() {
                p.push(t);
            }
            let possessive = self.tokens.get(t).is_some_and(Token::possessive);
            if possessive && k + 1 < run.len() && !joins_across_possessive(w, last_word(run)) {
                pieces.push(Vec::new());
            }
        }
        for p in &mut pieces {
            while p.last().is_some_and(|&t| !is_name_start(self.word(t))) {
                p.pop();
            }
            while p.first().is_some_and(|&t| !is_name_start(self.word(t))) {
                p.remove(0);
            }
        }
        pieces.retain(|p| !p.is_empty());
        pieces
    }

    /// Drops leading words that are not part of the name; returns whether a
    /// title was among them, and splits off a name after an inner title
    /// ("U.S President Donald Trump").
    fn trim(&self, piece: &[usize]) -> Vec<(Vec<usize>, bool)> {
        let mut p: Vec<usize> = piece.to_vec();
        let mut titled = false;
        let mut out = Vec::new();
        loop {
            let ends_kind = p
                .last()
                .is_some_and(|&l| lexicon::is_kind_suffix(self.word(l)));
            let Some(&first) = p.first() else { break };
            let w = self.word(first);
            let rest = p.len() > 1;
            let drop = if w == "The" {
                !(rest
                    && (!self.initial(first)
                        || p.last().is_some_and(|&l| keeps_article(self.word(l)))))
            } else if lexicon::is_stopword(w) || lexicon::is_calendar(w) {
                true
            } else if rest
                && !ends_kind
                && (lexicon::is_title(w) || lexicon::is_person_role(&w.to_lowercase()))
            {
                titled = true;
                true
            } else if rest && !ends_kind && lexicon::is_title_modifier(w) {
                true
            } else if rest && !ends_kind && lexicon::is_demonym(w) {
                // "Chinese President Xi", not "French Guiana".
                p.get(1).is_some_and(|&n| {
                    let n = self.word(n);
                    lexicon::is_title(n) || lexicon::is_title_modifier(n) || lexicon::is_demonym(n)
                })
            } else {
                rest && self.initial(first)
                    && !is_acronym(w)
                    && !places::is_place(w)
                    && self.stats.cap_mid(w) == 0
                    && self.stats.lower(w) > 0
            };
            if !drop {
                break;
            }
            p.remove(0);
        }
        let ends_kind = p
            .last()
            .is_some_and(|&l| lexicon::is_kind_suffix(self.word(l)));
        if !ends_kind {
            if let Some(k) =
                (1..p.len()).find(|&k| p.get(k).is_some_and(|&t| lexicon::is_title(self.word(t))))
            {
                let right: Vec<usize> = p.split_off(k + 1);
                p.truncate(k);
                while p
                    .last()
                    .is_some_and(|&t| lexicon::is_title_modifier(self.word(t)))
                {
                    p.pop();
                }
                if !p.is_empty() {
                    out.push((p, titled));
                }
                out.extend(self.trim(&right).into_iter().map(|(r, _)| (r, true)));
                return out;
            }
        }
        if !p.is_empty() {
            out.push((p, titled));
        }
        out
    }

    /// Turns a cleaned piece into a candidate, or rejects it.
    fn candidate(&self, piece: &[usize], titled: bool, headline: bool) -> Option<Candidate> {
        let (&first, &last) = (piece.first()?, piece.last()?);
        if piece.len() > 8 {
            return None;
        }
        let (t0, tl) = (self.tokens.get(first)?, self.tokens.get(last)?);
        let words: Vec<&str> = piece.iter().map(|&t| self.word(t)).collect();
        let filler = |w: &&str| {
            lexicon::is_generic(w)
                || lexicon::is_title(w)
                || lexicon::is_title_modifier(w)
                || lexicon::is_demonym(w)
                || lexicon::is_stopword(w)
                || lexicon::is_calendar(w)
                || !is_name_start(w)
        };
        let structured = words.len() > 1
            && (words.last().is_some_and(|w| lexicon::is_kind_suffix(w))
                || words.iter().any(|w| !is_name_start(w)));
        if !structured && words.iter().all(filler) {
            return None;
        }
        let name = self
            .text
            .get(t0.start..tl.end)
            .unwrap_or("")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let mut weak = headline;
        if let [w] = words.as_slice() {
            let known = places::is_place(w) || lexicon::is_org(w) || lexicon::alias(w).is_some();
            let acronym_plural = w.strip_suffix('s').is_some_and(is_acronym);
            if lexicon::is_demonym(w) || w.chars().count() < 2 || acronym_plural {
                return None;
            }
            if !known && !is_acronym(w) {
                weak |= if t0.initial {
                    self.stats.cap_mid(w) == 0 || self.stats.common(w)
                } else {
                    self.stats.common(w)
                };
            }
        }
        let mut votes = name_votes(&name);
        votes.merge(&context_votes(self.text, self.tokens, first, last));
        if titled {
            votes.add(super::EntityKind::Person, 6.0);
        }
        Some(Candidate {
            start: t0.start,
            end: tl.end,
            sentence: t0.sentence,
            name,
            votes,
            weak,
        })
    }
}

/// Title-case headlines capitalise every word: their capitals prove nothing.
/// A block is one when it has several long words and none of them, bar
/// function words, is in lower case.
fn is_headline(text: &str, tokens: &[Token]) -> bool {
    let long: Vec<&str> = tokens
        .iter()
        .map(|t| t.word(text))
        .filter(|w| w.chars().count() > 3)
        .collect();
    let lower_content = long.iter().any(|w| {
        let mut cs = w.chars();
        cs.next().is_some_and(char::is_lowercase) && {
            let cap: String = w
                .chars()
                .take(1)
                .flat_map(char::to_uppercase)
                .chain(w.chars().skip(1))
                .collect();
            !lexicon::is_stopword(&cap)
        }
    });
    long.len() >= 4 && !lower_content
}

/// Finds the candidate names of one block.
pub(crate) fn discover(text: &str, tokens: &[Token], stats: &Stats) -> Vec<Candidate> {
    let block = Block {
        text,
        tokens,
        stats,
    };
    let headline = is_headline(text, tokens);
    let mut out = Vec::new();
    for run in block.runs() {
        for piece in block.split(&run) {
            for (p, titled) in block.trim(&piece) {
                out.extend(block.candidate(&p, titled, headline));
            }
        }
    }
    out
}
