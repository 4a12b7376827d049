//! Automatic discovery: proper-noun phrases in one block, with the
//! capitalisation evidence of the whole corpus to tell names from ordinary
//! words that happen to open a sentence.

use super::classify::Votes;
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
    /// The name to show when it differs from the text ("LONDON" → "London").
    pub display: Option<String>,
}

pub(super) fn is_name_start(word: &str) -> bool {
    is_capitalised(word) || is_acronym(word)
}

/// "I'm", "They've", "Don't", "We'll", "I'd": a pronoun or verb with its
/// contracted ending, never a name.
pub(super) fn is_contraction(word: &str) -> bool {
    word.rsplit_once(['\'', '’']).is_some_and(|(stem, end)| {
        !stem.is_empty()
            && matches!(
                end,
                "m" | "re" | "ve" | "ll" | "d" | "t" | "M" | "RE" | "VE" | "LL" | "D" | "T"
            )
    })
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

/// A capitalised function word that cannot sit inside a name ("On", "In",
/// "Is"); "Of", "For", "And", "The" may, as connectors.
fn breaks_run(word: &str) -> bool {
    crate::text::words::is_function_word(word)
        && !matches!(
            word,
            "Last"
                | "Next"
                | "Like"
                | "Over"
                | "Under"
                | "Beyond"
                | "Across"
                | "Around"
                | "Above"
                | "Below"
                | "Within"
                | "Without"
                | "Most"
                | "More"
                | "Many"
                | "All"
                | "Every"
                | "Other"
                | "Another"
                | "Now"
                | "Today"
                | "Tomorrow"
                | "Tonight"
                | "Yesterday"
                | "Still"
                | "Only"
                | "Such"
                | "Both"
                | "Each"
                | "Some"
                | "Few"
                | "Several"
                | "Any"
                | "Either"
                | "Neither"
                | "Us"
                | "Her"
                | "His"
                | "Even"
                | "Just"
                | "Yes"
                | "No"
        )
}

/// A word that opens a noun phrase ("In the …", "On his …").
fn is_determiner(word: &str) -> bool {
    matches!(
        word,
        "the"
            | "a"
            | "an"
            | "this"
            | "that"
            | "these"
            | "those"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "my"
            | "your"
            | "some"
            | "any"
            | "each"
            | "every"
            | "all"
            | "both"
    )
}

/// "Good Friday", "Black Friday", "Bloody Sunday": a weekday that is part
/// of a name.
fn is_holiday_modifier(word: &str) -> bool {
    matches!(
        word,
        "Good"
            | "Black"
            | "Bloody"
            | "Holy"
            | "Ash"
            | "Maundy"
            | "Cyber"
            | "Super"
            | "Palm"
            | "Easter"
    )
}

/// "Senators", "Ministers": a title in the plural before a list of names.
fn is_plural_title(word: &str) -> bool {
    word.strip_suffix('s')
        .is_some_and(|w| lexicon::is_title(w) && w.chars().count() > 3)
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

pub(super) struct Block<'a> {
    pub(super) text: &'a str,
    pub(super) tokens: &'a [Token],
    pub(super) stats: &'a Stats,
}

impl Block<'_> {
    pub(super) fn word(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| t.word(self.text))
    }

    pub(super) fn adjacent(&self, a: usize, b: usize) -> bool {
        match (self.tokens.get(a), self.tokens.get(b)) {
            (Some(x), Some(y)) => {
                x.sentence == y.sentence
                    && self.text.get(x.full_end..y.start).is_some_and(|g| {
                        !g.is_empty()
                            && g.chars()
                                .all(|c| c.is_whitespace() && !matches!(c, '\n' | '\r'))
                    })
            }
            _ => false,
        }
    }

    /// A capitalised word that may be part of a name here: not a contraction
    /// ("I'm", "Don't"), a caption label ("Image:"), a transcript's speaker
    /// label ("((WN))", "JS:") or a currency prefix ("US$", "HK$").
    pub(super) fn name_word(&self, i: usize) -> bool {
        let w = self.word(i);
        if !is_name_start(w) || is_contraction(w) {
            return false;
        }
        let Some(t) = self.tokens.get(i) else {
            return false;
        };
        let after = self.text.get(t.full_end..).unwrap_or("");
        let before = self.text.get(..t.start).unwrap_or("");
        if after.starts_with(['$', '€', '£', '¥']) {
            return false;
        }
        let labelled = after.trim_start_matches(' ').starts_with([':', ';']);
        if labelled && lexicon::is_caption_label(w) {
            return false;
        }
        // A speaker label opening a transcript's block: "((WN))", "JS:".
        let opens_block = before.chars().all(|c| c == '(' || c.is_whitespace());
        let closes = after.starts_with(')') || after.starts_with(':');
        !(opens_block && closes && is_acronym(w) && w.chars().count() <= 3)
    }

    pub(super) fn initial(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.initial)
    }

    /// A plural possessive such as "Farmers'" (apostrophe without "s" after it).
    fn plural_possessive(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .and_then(|t| self.text.get(t.end..t.full_end))
            .is_some_and(|g| g == "'" || g == "’")
    }

    /// Does a possessive at run position `k` belong inside the name?
    fn joins_at(&self, run: &[usize], k: usize) -> bool {
        let word = |k: usize| run.get(k).map_or("", |&t| self.word(t));
        let last = run.last().map_or("", |&t| self.word(t));
        let saint = matches!(word(0), "St" | "St." | "Saint");
        let suffix_follows = lexicon::is_kind_suffix(last) && k + 1 < run.len();
        // "Prime Minister's Questions": a title alone before the possessive.
        let titles_only = (0..=k).all(|i| {
            let w = word(i);
            lexicon::is_title(w) || lexicon::is_title_modifier(w) || w == "The"
        }) && lexicon::is_title(word(k));
        joins_across_possessive(word(k), last)
            || titles_only
            || (saint && suffix_follows)
            || (run.get(k).is_some_and(|&t| self.plural_possessive(t)) && suffix_follows)
    }

    /// Maximal runs of capitalised words, with connectors between them.
    fn runs(&self) -> Vec<Vec<usize>> {
        let mut runs = Vec::new();
        let n = self.tokens.len();
        let mut i = 0;
        while i < n {
            if !self.name_word(i) {
                i += 1;
                continue;
            }
            let mut run = vec![i];
            let mut j = i;
            while self.adjacent(j, j + 1) {
                let possessive = self.tokens.get(j).is_some_and(Token::possessive);
                if self.name_word(j + 1) {
                    run.push(j + 1);
                    j += 1;
                } else if !possessive
                    && lexicon::is_connector(self.word(j + 1))
                    && self.adjacent(j + 1, j + 2)
                    && self.name_word(j + 2)
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

    /// "Royal College of Paediatrics and Child Health": "and" continues a
    /// name whose head before "of" is an institution, when a name of two
    /// words or more follows it to the end of the run.
    fn and_after_of_head(&self, run: &[usize], k: usize) -> bool {
        let head_of = run.iter().take(k).enumerate().any(|(i, &t)| {
            matches!(self.word(t), "of" | "for")
                && i.checked_sub(1)
                    .and_then(|p| run.get(p))
                    .is_some_and(|&h| lexicon::is_of_head(self.word(h)))
        });
        let rest = run.get(k + 1..).unwrap_or(&[]);
        head_of && rest.len() >= 2 && rest.iter().all(|&t| is_name_start(self.word(t)))
    }

    /// Splits a run at possessives and disallowed connectors.
    fn split(&self, run: &[usize]) -> Vec<Vec<usize>> {
        let last_word = |r: &[usize]| r.last().map_or("", |&l| self.word(l));
        let mut pieces: Vec<Vec<usize>> = vec![Vec::new()];
        for (k, &t) in run.iter().enumerate() {
            let word = self.word(t);
            // "Australia On Saturday", "Quat In": a capitalised function
            // word or a weekday inside a run (a title-case line) ends the
            // name before it, or joins as its lower-case connector would.
            // "James To of …", "Wilson Or was": a short surname that
            // spells a function word ends a run before a lower-case word
            // other than a determiner ("Quat In the …" is a preposition).
            let surname_like = k + 1 == run.len() && {
                let next = self.word(t + 1);
                self.adjacent(t, t + 1)
                    && next.starts_with(char::is_lowercase)
                    && !is_determiner(next)
            };
            let inner_stop = k > 0 && breaks_run(word) && !surname_like;
            let lower = inner_stop.then(|| word.to_lowercase());
            let w = lower.as_deref().unwrap_or(word);
            let calendar = k > 0
                && lexicon::is_calendar(word)
                && !run
                    .get(k - 1)
                    .is_some_and(|&p| is_holiday_modifier(self.word(p)));
            if calendar {
                pieces.push(Vec::new());
                continue;
            }
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
                    "and" => {
                        lexicon::is_org_suffix(last)
                            || lexicon::is_event_suffix(last)
                            || self.and_after_of_head(run, k)
                    }
                    _ => !inner_stop,
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
            if possessive && k + 1 < run.len() && !self.joins_at(run, k) {
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
        let possessive_title = piece.iter().rev().skip(1).any(|&t| {
            self.tokens.get(t).is_some_and(Token::possessive) && lexicon::is_title(self.word(t))
        });
        if possessive_title {
            while p
                .first()
                .is_some_and(|&t| lexicon::is_stopword(self.word(t)))
            {
                p.remove(0);
            }
            return vec![(p, false)];
        }
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
            } else if lexicon::is_stopword(w) {
                // "First West Yorkshire": mid-sentence, a capitalised
                // ordinal belongs to the name.
                self.initial(first) || !matches!(w, "First" | "Second" | "Third" | "Next")
            } else if lexicon::is_calendar(w) {
                true
            } else if rest
                && !ends_kind
                && !self.tokens.get(first).is_some_and(Token::possessive)
                && (lexicon::is_title(w)
                    || is_plural_title(w)
                    || lexicon::is_person_role(&w.to_lowercase()))
            {
                titled = true;
                true
            } else if rest
                && !ends_kind
                && lexicon::is_title_modifier(w)
                && p.get(1).is_some_and(|&n| {
                    let n = self.word(n);
                    lexicon::is_title(n) || lexicon::is_title_modifier(n) || is_plural_title(n)
                })
            {
                true
            } else if rest && !ends_kind && lexicon::is_demonym(w) {
                // "Chinese President Xi", not "French Guiana".
                p.get(1).is_some_and(|&n| {
                    let n = self.word(n);
                    lexicon::is_title(n) || lexicon::is_title_modifier(n) || lexicon::is_demonym(n)
                })
            } else {
                // A sentence's first word, capitalised only because it opens
                // the sentence: seen in lower case elsewhere, or glued to an
                // acronym ("Rival AMD", "Regulator FCA"), where a real name
                // would rarely stand.
                // ("Reform UK": a country's acronym ends many names.)
                let before_acronym = p.get(1).is_some_and(|&n| {
                    let n = self.word(n);
                    is_acronym(n) && !places::is_place(lexicon::alias(n).unwrap_or(n))
                });
                rest && self.initial(first)
                    && !is_acronym(w)
                    && !places::is_place(w)
                    && self.stats.cap_mid(w) == 0
                    && (self.stats.lower(w) > 0
                        || (before_acronym && !super::names::is_given_name(w)))
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
    let mut skip_before = 0;
    if let Some((city, end)) = super::candidate::dateline_city(text, tokens) {
        out.push(city);
        skip_before = end;
    }
    for run in block.runs() {
        if run
            .first()
            .and_then(|&t| tokens.get(t))
            .is_some_and(|t| t.start < skip_before)
        {
            continue;
        }
        for piece in block.split(&run) {
            for (p, titled) in block.trim(&piece) {
                out.extend(block.candidate(&p, titled, headline));
            }
        }
    }
    out
}
