//! Automatic discovery: proper-noun phrases in one block, with the
//! capitalisation evidence of the whole corpus to tell names from ordinary
//! words that happen to open a sentence.

use super::classify::Votes;
use super::stats::Stats;
use super::tokens::{gap, is_acronym, is_capitalised, Token};
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

/// A word that a number completes into a name: "Terminal 3", "Flight
/// 447", "Apollo 11", "Route 66", "Area 51".
pub(super) fn is_numbered_head(word: &str) -> bool {
    matches!(
        word,
        "Terminal"
            | "Flight"
            | "Apollo"
            | "Gemini"
            | "Soyuz"
            | "Building"
            | "Route"
            | "Highway"
            | "Interstate"
            | "Gate"
            | "Pier"
            | "Platform"
            | "Runway"
            | "Pad"
            | "Complex"
            | "Reactor"
            | "Unit"
            | "Area"
            | "Proposition"
            | "Section"
            | "Channel"
            | "Studio"
            | "Radio"
            | "Expedition"
            | "Mission"
    )
}

/// A number that designates rather than counts: "447", "39A", "11".
pub(super) fn is_designation(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_digit())
        && word.chars().count() <= 5
        && word.chars().all(|c| c.is_ascii_alphanumeric())
        && !word.ends_with("th")
        && !word.ends_with("st")
        && !word.ends_with("nd")
        && !word.ends_with("rd")
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

/// A person's role, capitalised or not, singular or plural ("Commanders").
fn is_role(word: &str) -> bool {
    let lower = word.to_lowercase();
    let singular = lower.strip_suffix('s').unwrap_or(&lower);
    lexicon::is_person_role(&lower) || lexicon::is_person_role(singular)
}

/// A month's name, which may also be a surname or a given name.
fn is_month(word: &str) -> bool {
    matches!(
        word,
        "January"
            | "February"
            | "March"
            | "April"
            | "May"
            | "June"
            | "July"
            | "August"
            | "September"
            | "October"
            | "November"
            | "December"
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
pub(super) fn is_plural_title(word: &str) -> bool {
    word.strip_suffix('s')
        .is_some_and(|w| lexicon::is_title(w) && w.chars().count() > 3)
}

/// Newspaper-style names whose leading "The" belongs to them.
pub(super) fn keeps_article(last: &str) -> bool {
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
        gap(self.text, self.tokens, a, b).is_some_and(|g| {
            !g.is_empty()
                && g.chars()
                    .all(|c| c.is_whitespace() && !matches!(c, '\n' | '\r'))
        })
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

    /// "the pro-Beijing DAB", "anti-Trump protesters": a name made an
    /// adjective by a prefix modifies what follows, no longer name.
    fn prefixed(&self, i: usize) -> bool {
        let Some(t) = self.tokens.get(i) else {
            return false;
        };
        let before = self.text.get(..t.start).unwrap_or("");
        ["pro-", "anti-", "Pro-", "Anti-"]
            .iter()
            .any(|p| before.ends_with(p))
    }

    /// "Evergreen Aviation & Space Museum": only an ampersand between two
    /// words of one sentence.
    fn ampersand(&self, a: usize, b: usize) -> bool {
        gap(self.text, self.tokens, a, b).is_some_and(|g| g.trim() == "&" && g.starts_with(' '))
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
            while (self.adjacent(j, j + 1) || self.ampersand(j, j + 1)) && !self.prefixed(j) {
                let possessive = self.tokens.get(j).is_some_and(Token::possessive);
                if self.name_word(j + 1) {
                    run.push(j + 1);
                    j += 1;
                    continue;
                }
                if possessive || self.ampersand(j, j + 1) {
                    break;
                }
                // One or two connectors ("of", "of the", "van der") before
                // the next capitalised word.
                let pair = matches!(
                    (self.word(j + 1), self.word(j + 2)),
                    (
                        "of" | "for" | "de" | "van" | "von" | "da" | "di" | "del" | "bin" | "ibn",
                        "the" | "la" | "der" | "den" | "los" | "las" | "al" | "el" | "le"
                    )
                );
                let chain = (1..=2).filter(|&n| n == 1 || pair).find(|&n| {
                    (1..=n).all(|c| {
                        lexicon::is_connector(self.word(j + c)) && self.adjacent(j + c - 1, j + c)
                    }) && self.adjacent(j + n, j + n + 1)
                        && self.name_word(j + n + 1)
                });
                let Some(n) = chain else { break };
                run.extend(j + 1..=j + n + 1);
                j += n + 1;
            }
            // "Terminal 3", "Air France Flight 447", "Apollo 17": the
            // number is part of the name.
            if is_numbered_head(self.word(j))
                && self.adjacent(j, j + 1)
                && is_designation(self.word(j + 1))
            {
                j += 1;
                run.push(j);
            }
            runs.push(run);
            i = j + 1;
        }
        runs
    }

    /// Before word `k` of `run`: "of" or "for" after an institution word
    /// ("College of", "Department for").
    fn has_of_head(&self, run: &[usize], k: usize) -> bool {
        run.iter().take(k).enumerate().any(|(i, &t)| {
            matches!(self.word(t), "of" | "for")
                && i.checked_sub(1)
                    .and_then(|p| run.get(p))
                    .is_some_and(|&h| lexicon::is_of_head(self.word(h)))
        })
    }

    /// "Royal College of Paediatrics and Child Health": "and" continues a
    /// name whose head before "of" is an institution, when a name of two
    /// words or more follows it to the end of the run.
    fn and_after_of_head(&self, run: &[usize], k: usize) -> bool {
        let head_of = self.has_of_head(run, k);
        let rest = run.get(k + 1..).unwrap_or(&[]);
        head_of && rest.len() >= 2 && rest.iter().all(|&t| is_name_start(self.word(t)))
    }

    /// The words of a piece so far look like a person's name ("Claudia Mo"
    /// of the Civic Party) or end in one ("Pan-democrat Gary Fan" of the
    /// Neo Democrats): a given name and one or two more words.
    fn person_left(&self, left: &[usize]) -> bool {
        let words: Vec<&str> = left.iter().map(|&t| self.word(t)).collect();
        let n = words.len();
        let ends_in_full_name = (n.saturating_sub(3)..n.saturating_sub(1)).any(|i| {
            words.get(i).is_some_and(|w| super::names::is_given_name(w))
                && words.get(i + 1..).is_some_and(|rest| {
                    rest.iter()
                        .all(|w| is_capitalised(w) && !lexicon::is_kind_suffix(w))
                })
        });
        (words
            .first()
            .is_some_and(|w| super::names::is_given_name(w))
            && n >= 2)
            || ends_in_full_name
            || self.person_shaped(&words)
    }

    /// "Medical Journal of Australia", "Plains of Arafat", "Brotherhood of
    /// Magicians": a capitalised common noun (seen in lower case and
    /// capitalised mid-sentence in the corpus) heads an "X of Y" name, unless
    /// it is a title or a role ("Mayor of London"), or a lone word opening
    /// the sentence ("Thousands of …").
    fn common_head(&self, left: &[usize], prev: &str) -> bool {
        let lone_opener = matches!(left, [only] if self.initial(*only));
        self.stats.lower(prev) > 0
            && self.stats.cap_mid(prev) > 0
            && !lone_opener
            && !self.person_left(left)
            && !lexicon::is_title(prev)
            && !lexicon::is_title_modifier(prev)
            && !lexicon::is_stopword(prev)
            && !is_role(prev)
            && !is_plural_title(prev)
    }

    /// Does "and" (or "&") at run position `k` continue the name? "National
    /// Air and Space Museum", "Department for Trade and Industry", not
    /// "Toyota and General Motors" nor "Shanghai Airlines and Xiamen
    /// Airlines": the words before it must be no complete name of their own.
    fn and_joins(&self, left: &[usize], run: &[usize], k: usize, ampersand: bool) -> bool {
        let rest_from = if ampersand { k } else { k + 1 };
        let rest = run.get(rest_from..).unwrap_or(&[]);
        let last = run.last().map_or("", |&l| self.word(l));
        let left_words: Vec<&str> = left
            .iter()
            .map(|&t| self.word(t))
            .filter(|w| is_name_start(w))
            .collect();
        let left_name = left_words.join(" ");
        let right_name = rest
            .iter()
            .map(|&t| self.word(t))
            .filter(|w| is_name_start(w))
            .collect::<Vec<_>>()
            .join(" ");
        let right_known = places::is_place(&right_name)
            || lexicon::is_org(&right_name)
            || lexicon::alias(&right_name).is_some();
        let left_complete = right_known
            || left_words
                .iter()
                .any(|w| lexicon::is_kind_suffix(w) || lexicon::is_of_head(w))
            || places::is_place(&left_name)
            || lexicon::is_org(&left_name)
            || self.person_left(left);
        let suffixed = lexicon::is_org_suffix(last)
            || lexicon::is_event_suffix(last)
            || lexicon::is_place_suffix(last);
        // One word before "and" ("Food and Drug Administration") unless it
        // is a name of its own shape ("Sberbank", "AMD").
        let left_shaped = matches!(left_words.as_slice(), [w] if super::names::is_camel_case(w)
            || is_acronym(w)
            || w.ends_with("bank"));
        // "Procter & Gamble", "Marks & Spencer", "Johnson & Johnson & Co": one
        // word each side of an ampersand (and maybe a firm's last word) is a
        // firm's name, not two names.
        let firm = ampersand
            && left_words.len() == 1
            && match rest {
                [_] => true,
                [_, tail] => super::names::is_company_word(self.word(*tail)),
                _ => false,
            };
        firm || (suffixed && !left_words.is_empty() && !left_complete && !left_shaped)
            || self.and_after_of_head(run, k)
            || (self.and_after_of_head_one(run, k) && !ampersand && rest.len() == 1)
    }

    /// "Department for Trade and Industry": after an "X of/for" head, "and"
    /// and one last word that is an ordinary word of the corpus.
    fn and_after_of_head_one(&self, run: &[usize], k: usize) -> bool {
        let head_of = self.has_of_head(run, k);
        let rest = run.get(k + 1..).unwrap_or(&[]);
        head_of
            && matches!(rest, [only] if {
                let w = self.word(*only);
                is_name_start(w)
                    && !is_acronym(w)
                    && (self.stats.common(w) || lexicon::is_english_word(w))
                    && !places::is_place(w)
            })
    }

    /// Splits a run at possessives and disallowed connectors.
    fn split(&self, run: &[usize]) -> Vec<Vec<usize>> {
        let mut pieces: Vec<Vec<usize>> = vec![Vec::new()];
        // Inside an "X of Y" name already joined in this piece.
        let mut in_of = false;
        for (k, &t) in run.iter().enumerate() {
            let word = self.word(t);
            if k > 0
                && run.get(k - 1).is_some_and(|&p| self.ampersand(p, t))
                && !self.and_joins(pieces.last().map_or(&[], Vec::as_slice), run, k, true)
            {
                pieces.push(Vec::new());
                in_of = false;
            }
            let inner_stop = self.inner_stop(run, k, t);
            let lower = inner_stop.then(|| word.to_lowercase());
            let w = lower.as_deref().unwrap_or(word);
            if self.calendar_break(run, k, t) {
                pieces.push(Vec::new());
                continue;
            }
            if !is_name_start(w) {
                let left = pieces.last().map_or(&[][..], Vec::as_slice);
                let allowed = self.connector_joins(w, run, k, left, in_of, inner_stop);
                match pieces.last_mut().filter(|p| allowed && !p.is_empty()) {
                    Some(p) => {
                        p.push(t);
                        in_of |= matches!(w, "of" | "for");
                    }
                    None => {
                        pieces.push(Vec::new());
                        in_of = false;
                    }
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
            while p.last().is_some_and(|&t| !is_name_start(self.word(t))) && !self.numbered_tail(p)
            {
                p.pop();
            }
            while p.first().is_some_and(|&t| !is_name_start(self.word(t))) {
                p.remove(0);
            }
            // "Air France Flight 447": the airline is the name a reader
            // follows; the flight is one of its stories.
            if p.len() > 2 && self.numbered_tail(p) {
                if let [.., head, _] = p.as_slice() {
                    if self.word(*head) == "Flight" {
                        p.truncate(p.len() - 2);
                    }
                }
            }
        }
        pieces.retain(|p| !p.is_empty());
        pieces
            .into_iter()
            .flat_map(|p| self.split_storm(p))
            .flat_map(|p| self.split_outlet_person(p))
            .collect()
    }

    /// "told NPR Hamza bin Laden", "Image: NASA Bill Ingalls": an acronym
    /// before a person's full name is the outlet or employer, not part of
    /// the name.
    fn split_outlet_person(&self, mut piece: Vec<usize>) -> Vec<Vec<usize>> {
        let words: Vec<&str> = piece.iter().map(|&t| self.word(t)).collect();
        let person = match words.as_slice() {
            [outlet, rest @ ..] if (2..=4).contains(&rest.len()) && is_acronym(outlet) => {
                super::names::starts_with_given_name(&rest.join(" "))
                    && rest.iter().all(|w| !is_acronym(w))
                    && !lexicon::is_kind_suffix(rest.last().copied().unwrap_or(""))
            }
            _ => false,
        };
        if !person {
            return vec![piece];
        }
        let rest = piece.split_off(1);
        vec![piece, rest]
    }

    /// "Hurricane Humberto Intermediate Advisory Number": a storm's name
    /// ends at its given name.
    fn split_storm(&self, mut piece: Vec<usize>) -> Vec<Vec<usize>> {
        let words: Vec<&str> = piece.iter().map(|&t| self.word(t)).collect();
        let len = match words.as_slice() {
            ["Tropical" | "Subtropical", "Storm" | "Depression" | "Cyclone", ..] => 3,
            ["Hurricane" | "Typhoon" | "Cyclone", ..] => 2,
            _ => return vec![piece],
        };
        let rest_is_name = words.get(len).is_some_and(|w| is_capitalised(w));
        if words.len() <= len || !rest_is_name {
            return vec![piece];
        }
        let rest = piece.split_off(len);
        vec![piece, rest]
    }

    /// The piece ends in a numbered head and its number ("Flight 447").
    fn numbered_tail(&self, piece: &[usize]) -> bool {
        matches!(piece, [.., head, number] if is_numbered_head(self.word(*head))
            && is_designation(self.word(*number)))
    }

    /// "Australia On Saturday", "Quat In": a capitalised function word or a
    /// weekday inside a run (a title-case line) ends the name before it, or
    /// joins as its lower-case connector would. "James To of …", "Wilson Or
    /// was": a short surname that spells a function word ends a run before
    /// a lower-case word other than a determiner ("Quat In the …" is a
    /// preposition).
    fn inner_stop(&self, run: &[usize], k: usize, t: usize) -> bool {
        let surname_like = k + 1 == run.len() && {
            let next = self.word(t + 1);
            self.adjacent(t, t + 1) && next.starts_with(char::is_lowercase) && !is_determiner(next)
        };
        k > 0 && breaks_run(self.word(t)) && !surname_like
    }

    /// A weekday or month inside a run ends the name before it. "Theresa
    /// May", "Brian May": a month is a surname unless a date follows it;
    /// "Good Friday" keeps its day.
    fn calendar_break(&self, run: &[usize], k: usize, t: usize) -> bool {
        let word = self.word(t);
        let date = !is_month(word) || self.word(t + 1).starts_with(|c: char| c.is_ascii_digit());
        k > 0
            && lexicon::is_calendar(word)
            && date
            && !run
                .get(k - 1)
                .is_some_and(|&p| is_holiday_modifier(self.word(p)))
    }

    /// Whether the connector `w` at run position `k` joins the piece
    /// `left` to the words after it ("Bank of England", "Department for
    /// Trade and Industry").
    fn connector_joins(
        &self,
        w: &str,
        run: &[usize],
        k: usize,
        left: &[usize],
        in_of: bool,
        inner_stop: bool,
    ) -> bool {
        let prev = k
            .checked_sub(1)
            .and_then(|p| run.get(p))
            .map_or("", |&p| self.word(p));
        let last = run.last().map_or("", |&l| self.word(l));
        match w {
            "of" | "for" => {
                lexicon::is_of_head(prev)
                    || (lexicon::is_kind_suffix(last)
                        && !lexicon::is_title(prev)
                        && !is_plural_title(prev)
                        && !is_role(prev)
                        && !self.person_left(left))
                    || self.common_head(left, prev)
                    || (in_of && (self.stats.lower(prev) > 0 || lexicon::is_english_word(prev)))
            }
            "the" => matches!(prev, "of" | "for"),
            "and" => self.and_joins(left, run, k, false),
            _ => !inner_stop,
        }
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
    // A caption listing names ("… President Sean Mills. Image: David
    // Shankbone") has several sentences; a headline has one.
    let one_sentence = tokens.iter().all(|t| t.sentence == 0);
    long.len() >= 4 && !lower_content && one_sentence
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
            for p in block.trim(&piece) {
                for q in block.apposition(p) {
                    out.extend(block.candidate(&q.tokens, q.titled, headline));
                }
            }
        }
    }
    let countries = super::nationality::mentions(text, tokens, &out);
    if !countries.is_empty() {
        out.extend(countries);
        out.sort_by_key(|c| c.start);
    }
    out
}
