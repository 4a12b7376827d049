//! Automatic discovery: proper-noun phrases in one block, with the
//! capitalisation evidence of the whole corpus to tell names from ordinary
//! words that happen to open a sentence.

use super::lexicon;
use super::stats::Stats;
use super::tokens::{adjacent, is_acronym, is_capitalised, Token};
use super::votes::Votes;
use super::work_titles::{is_clause_word, is_title_case_minor, titled_quotes};

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

/// A numbered head and its number: "Terminal 3", "Flight 447", "Number
/// 10" (the British prime minister's office), and an event with its year
/// ("Euro 2004", "World Cup 2006").
pub(super) fn is_numbered(head: &str, number: &str) -> bool {
    is_numbered_head(head) && is_designation(number)
        || (head == "Number" && number == "10")
        || (is_year(number) && (head == "Euro" || lexicon::is_event_suffix(head)))
}

/// A year of the last or this century ("2004"): after an event's word
/// ("Euro 2004", "Expo 2010") it is part of the event's name.
pub(super) fn is_year(word: &str) -> bool {
    word.len() == 4
        && word.bytes().all(|b| b.is_ascii_digit())
        && (word.starts_with("19") || word.starts_with("20"))
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

/// "T-shirt", "X-ray", "U-turn": a capital letter hyphened to a lower-case
/// word is a common noun (not "X-Men").
fn is_letter_compound(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next()), (Some(c), Some('-')) if c.is_uppercase())
        && chars.clone().count() >= 2
        && chars.all(|c| c.is_lowercase())
}

/// A person's role, capitalised or not, singular or plural ("Commanders").
pub(super) fn is_role(word: &str) -> bool {
    let lower = word.to_lowercase();
    let singular = lower.strip_suffix('s').unwrap_or(&lower);
    lexicon::is_person_role(&lower) || lexicon::is_person_role(singular)
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
    /// Whether most of the block's letters are Latin, worked out once, when
    /// a name in another script first asks.
    pub(super) latin: std::cell::OnceCell<bool>,
    /// Whether the block is a headline in title case, whose small words
    /// are capitalised too.
    pub(super) headline: bool,
}

impl Block<'_> {
    pub(super) fn word(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| t.word(self.text))
    }

    pub(super) fn adjacent(&self, a: usize, b: usize) -> bool {
        adjacent(self.text, self.tokens, a, b)
    }

    /// The lower-case word right after token `i`, unless it is a function
    /// word or a common opener: "plant" of "Ford's Dagenham plant", not "on".
    pub(super) fn content_word_after(&self, i: usize) -> Option<&str> {
        let next = self.word(i + 1);
        (self.adjacent(i, i + 1)
            && next.starts_with(char::is_lowercase)
            && !lexicon::is_stopword(&super::context::capitalise(next)))
        .then_some(next)
    }

    /// A capitalised word that may be part of a name here: not a contraction
    /// ("I'm", "Don't"), a caption label ("Image:"), a transcript's speaker
    /// label ("((WN))", "JS:") or a currency prefix ("US$", "HK$", "Rs.").
    pub(super) fn name_word(&self, i: usize) -> bool {
        let w = self.word(i);
        if !is_name_start(w)
            || (is_contraction(w) && !self.capital_clause_word(i))
            || is_letter_compound(w)
        {
            return false;
        }
        let Some(t) = self.tokens.get(i) else {
            return false;
        };
        let after = self.text.get(t.full_end..).unwrap_or("");
        let before = self.text.get(..t.start).unwrap_or("");
        // "After Athens I needed this": the pronoun, not a place's numeral
        // (a king's, a war's: "Elizabeth I", "World War I").
        if w == "I"
            && after.starts_with(' ')
            && after
                .get(1..)
                .is_some_and(|a| a.starts_with(char::is_lowercase))
            && i.checked_sub(1)
                .is_some_and(|p| super::places::is_known_place(self.word(p)))
        {
            return false;
        }
        // "US$5", "Rs.2000", "No.1": a currency or a number's label.
        let glued_number = after
            .strip_prefix('.')
            .is_some_and(|a| a.starts_with(|c: char| c.is_ascii_digit()));
        if after.starts_with(['$', '€', '£', '¥']) || glued_number {
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
}

/// Title-case headlines capitalise every word: their capitals prove nothing.
/// A block is one when it has several long words and none of them, bar
/// function words, is in lower case: four or more, or, in a shorter one
/// ("Kim Jong Il Visits Factory"), two capitalised ordinary words after
/// the first, or a capitalised past participle there, or, in one of three
/// long words, one ordinary word and a small word in lower case.
fn is_headline(text: &str, tokens: &[Token]) -> bool {
    let long: Vec<&str> = tokens
        .iter()
        .map(|t| t.word(text))
        .filter(|w| w.chars().count() > 3)
        .collect();
    // Any lower-case word that title case would capitalise, however short
    // ("He met Home Secretary Hilary Benn in London": title case writes
    // "Met"; "Officials of the Korea Peace Committee were there": "Were",
    // "There").
    let lower_content = tokens
        .iter()
        .map(|t| t.word(text))
        .any(|w| w.starts_with(char::is_lowercase) && !is_title_case_minor(w));
    // A caption listing names ("… President Sean Mills. Image: David
    // Shankbone") has several sentences; a headline has one.
    let one_sentence = tokens.iter().all(|t| t.sentence == 0);
    // Ordinary words after the first, in title case or (a small word) in
    // lower case.
    let ordinary = || -> Vec<&str> {
        tokens
            .iter()
            .skip(1)
            .map(|t| t.word(text))
            .filter(|w| {
                w.chars().count() > 3
                    && w.chars().skip(1).all(char::is_lowercase)
                    && lexicon::is_english_word(w)
            })
            .collect()
    };
    // "Liverpool: Dudek, Finnan (Hamann 46), Carragher, …": a team sheet or
    // a cast list, names in a row; a headline seldom lists three.
    let listing = text.matches(',').count() >= 3;
    // "Victory Day Celebrated", "Credentials Presented to Kim Yong Nam": a
    // short one with its verb capitalised.
    let participle = || {
        tokens
            .iter()
            .skip(1)
            .any(|t| super::candidate::is_headline_participle(t.word(text)))
    };
    // "Delegation of Chongryon Arrives": a small word left in lower case
    // among three long capitalised ones, one of them an ordinary word.
    let capitalised_ordinary = || ordinary().iter().any(|w| w.starts_with(char::is_uppercase));
    let minor_inside = || {
        tokens
            .iter()
            .skip(1)
            .any(|t| is_title_case_minor(t.word(text)))
    };
    (long.len() >= 4
        || (long.len() >= 2 && (ordinary().len() >= 2 || participle()))
        || (long.len() == 3 && capitalised_ordinary() && minor_inside()))
        && !lower_content
        && one_sentence
        && !listing
}

/// Finds the candidate names of one block.
pub(crate) fn discover(text: &str, tokens: &[Token], stats: &Stats) -> Vec<Candidate> {
    let headline = is_headline(text, tokens);
    let block = Block {
        text,
        tokens,
        stats,
        latin: std::cell::OnceCell::new(),
        headline,
    };
    let mut out = Vec::new();
    let mut skip_before = 0;
    if let Some((cities, end)) = super::candidate::dateline_cities(text, tokens) {
        out.extend(cities);
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
                    // A title belongs to the first part only.
                    for (i, tokens) in block.split_overlong(q.tokens).iter().enumerate() {
                        out.extend(block.candidate(tokens, q.titled && i == 0, headline));
                    }
                }
            }
        }
    }
    // "an article titled "Songun Politics Is Ever-Victorious"": a work's
    // title capitalises every word; only names found elsewhere count in it,
    // unless one name is the whole title ('the film "Star Wars"'): the work
    // (not a slogan's clause, which its capitalised verb holds together).
    for quote in titled_quotes(text) {
        let title = text.get(quote.clone()).unwrap_or("");
        let end = quote.start + title.trim_end_matches(|c: char| !c.is_alphanumeric()).len();
        let start = quote.start + title.len() - title.trim_start_matches("The ").len();
        let clause = title.split_whitespace().skip(1).any(is_clause_word);
        for c in out.iter_mut().filter(|c| quote.contains(&c.start)) {
            if c.start == start && c.end == end && !clause {
                c.votes.add(super::EntityKind::Other, 9.0);
            } else {
                c.weak = true;
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
