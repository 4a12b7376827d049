//! Titles of works written in title case: the small words title case
//! leaves in lower case, quotations that are titles ("We Will Defend the
//! Motherland With Our Lives"), and a small word capitalised inside running
//! text that holds a title together ("Boy In Da Corner").

use super::discover::Block;
use super::lexicon;
use super::tokens::is_capitalised;

impl Block<'_> {
    /// `piece` is a work's title held together by a capitalised small word
    /// inside it ("Lord Of The Rings", "Get On Up"; not "Pak To Chol", a
    /// Korean name whose syllable reads as one) or holding a capitalised
    /// clause word ("Boys Don't Cry").
    pub(super) fn work_title(&self, piece: &[usize]) -> bool {
        let small_word_inside = piece.len() > 2
            && piece
                .get(1..piece.len() - 1)
                .is_some_and(|inner| inner.iter().any(|&t| self.capital_small_word(t)));
        let clause_word = || piece.iter().skip(1).any(|&t| self.capital_clause_word(t));
        (small_word_inside || clause_word() || self.cued_title(piece))
            && !super::names::is_east_asian_name(&self.words_of(piece))
            // "(Chongryon) Chairman So Man Sul": a title before such a name.
            && !piece.iter().enumerate().any(|(k, &t)| {
                lexicon::is_title(self.word(t))
                    && piece
                        .get(k + 1..)
                        .is_some_and(|rest| super::names::is_east_asian_name(&self.words_of(rest)))
            })
    }

    /// The run opening at token `first` follows a work's noun ("the film
    /// Four Weddings and a Funeral", "the song Candle in the Wind"): its
    /// small words in lower case join the title's capitalised ones.
    pub(super) fn cued_work(&self, first: usize) -> bool {
        !self.headline
            && first.checked_sub(1).is_some_and(|p| {
                let w = self.word(p);
                // Not "they play Bayern Munich in the Champions League".
                self.adjacent(p, first) && ((is_work_noun(w) && w != "play") || w == "hit")
            })
    }

    /// `piece` is a cued work's title with its small words ("the film Four
    /// Weddings and a Funeral"; see [`Block::cued_work`]).
    pub(super) fn cued_title(&self, piece: &[usize]) -> bool {
        piece.len() > 2
            && piece.first().is_some_and(|&f| self.cued_work(f))
            && piece
                .iter()
                .any(|&t| self.word(t).starts_with(char::is_lowercase))
    }

    /// How many small words in lower case after token `j` lead to the next
    /// capitalised word of a cued work's title (see [`Block::cued_work`];
    /// `split::is_title_link` keeps them joined):
    /// "in the", "and a", "in da"; never to a listed place, an acronym or a
    /// date ("the film Titanic in the US").
    pub(super) fn title_link(&self, run: &[usize], j: usize) -> Option<usize> {
        if !run.first().is_some_and(|&f| self.cued_work(f)) {
            return None;
        }
        let (one, two) = (self.word(j + 1), self.word(j + 2));
        let n = if (is_title_preposition(one) || one == "and") && is_title_article(two) {
            2
        } else if is_title_link(one) {
            1
        } else {
            return None;
        };
        let next = self.word(j + n + 1);
        let spaced = (j..=j + n).all(|t| self.adjacent(t, t + 1));
        let name_like = self.name_word(j + n + 1)
            && !super::places::is_known_place(next)
            && !super::tokens::is_acronym(next)
            && !lexicon::is_calendar(next)
            && !lexicon::is_demonym(next);
        (spaced && name_like).then_some(n)
    }

    /// "Ocean's Twelve, starring …", "the film Dead Man's Shoes", "the film
    /// Bridget Jones's Diary": a possessive at run position `k` inside a
    /// work's title, which a work's noun before the run or a film's words
    /// after it cue (not "the film Spielberg's Munich": a place after it).
    pub(super) fn possessive_title(&self, run: &[usize], k: usize) -> bool {
        let (Some(&first), Some(&last)) = (run.first(), run.last()) else {
            return false;
        };
        let after = run.get(k + 1..).unwrap_or_default();
        let starring = || {
            self.tokens.get(last).is_some_and(|t| {
                let rest = self.text.get(t.full_end..).unwrap_or("");
                [", starring ", ", directed by ", " star ", " stars "]
                    .iter()
                    .any(|cue| rest.starts_with(cue))
            })
        };
        k <= 2
            && (1..=3).contains(&after.len())
            && !after.iter().any(|&t| {
                super::places::is_known_place(self.word(t)) || lexicon::is_org(self.word(t))
            })
            && (self.cued_work(first) || (starring() && !self.maker_before(run, k)))
    }

    /// "Jim Jarmusch's Broken Flowers, starring Bill Murray": a person's
    /// full name before the possessive at run position `k` is the maker's.
    fn maker_before(&self, run: &[usize], k: usize) -> bool {
        k >= 1
            && run
                .first()
                .is_some_and(|&f| super::names::is_given_name(self.word(f)))
    }

    /// "Boys Don't Cry", "Doctor Who": a pronoun, an auxiliary or a
    /// contraction capitalised inside a sentence of running text, right
    /// after a capitalised word, is a word of a work's title: running text
    /// writes them in lower case there ("who", "don't"), and "I'm" is
    /// always capitalised. Not "He", "Will", "Can", "Do", "May" or "Was",
    /// which are also names ("He Lifeng", "Will Smith", "Do Muoi", "Don
    /// Was").
    pub(super) fn capital_clause_word(&self, t: usize) -> bool {
        !self.headline
            && is_clause_word(self.word(t))
            && self.tokens.get(t).is_some_and(|tok| !tok.initial)
            && t.checked_sub(1).is_some_and(|p| {
                let w = self.word(p);
                self.adjacent(p, t)
                    && is_capitalised(w)
                    && w.chars().any(char::is_lowercase)
                    && !lexicon::is_calendar(w)
            })
    }

    /// "Boy In Da Corner", "Lord Of The Rings": a small word that title
    /// case would leave in lower case, capitalised inside a sentence of
    /// running text (not a headline's, not in capitals) between two
    /// capitalised words, is a word of a work's title (not "Regina Ip In
    /// the …", a caption run into the next sentence, nor "Australia On
    /// Saturday").
    pub(super) fn capital_small_word(&self, t: usize) -> bool {
        let title_cased = |w: &str| {
            let mut chars = w.chars();
            chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_lowercase)
        };
        let small = |i: usize| {
            let w = self.word(i);
            title_cased(w)
                && is_title_case_minor(&w.to_lowercase())
                && self.tokens.get(i).is_some_and(|t| !t.initial)
        };
        let word_of_title = |i: usize| {
            let w = self.word(i);
            is_capitalised(w) && w.chars().any(char::is_lowercase) && !lexicon::is_calendar(w)
        };
        !self.headline
            && small(t)
            && t.checked_sub(1)
                .is_some_and(|p| self.adjacent(p, t) && word_of_title(p))
            && self.adjacent(t, t + 1)
            && word_of_title(t + 1)
    }
}

/// A word that title case leaves in lower case: an article, a short
/// preposition or a conjunction.
pub(super) fn is_title_case_minor(word: &str) -> bool {
    matches!(
        word,
        "a" | "an"
            | "the"
            | "and"
            | "but"
            | "or"
            | "nor"
            | "for"
            | "so"
            | "yet"
            | "of"
            | "on"
            | "in"
            | "at"
            | "to"
            | "by"
            | "up"
            | "as"
            | "from"
            | "with"
            | "into"
            | "onto"
            | "over"
            | "per"
            | "via"
            | "vs"
            | "off"
            | "out"
            | "than"
            | "about"
            | "after"
            | "under"
            | "among"
            | "amid"
            | "against"
            | "between"
    )
}

/// A small word in lower case inside a cued work's title ("Candle in the
/// Wind"; see [`Block::title_link`]).
pub(super) fn is_title_link(word: &str) -> bool {
    is_title_preposition(word) || is_title_article(word)
}

/// A title's preposition. Not "with" or "by", which lead to a person
/// ("Band on the Run with Paul McCartney"), nor "and" alone, which lists
/// titles.
fn is_title_preposition(word: &str) -> bool {
    matches!(word, "in" | "on" | "at" | "to" | "of")
}

/// A title's article ("Boy in da Corner").
fn is_title_article(word: &str) -> bool {
    matches!(word, "the" | "a" | "an" | "da")
}

/// A pronoun, an auxiliary or a contraction as title case writes it inside
/// a title (see [`Block::capital_clause_word`]).
pub(super) fn is_clause_word(word: &str) -> bool {
    let word = word.replace('’', "'");
    matches!(
        word.as_str(),
        "Who"
            | "What"
            | "They"
            | "We"
            | "You"
            | "It"
            | "She"
            | "Them"
            | "Me"
            | "Us"
            | "Is"
            | "Are"
            | "Were"
            | "Am"
            | "Been"
            | "Does"
            | "Did"
            | "It's"
            | "That's"
            | "What's"
            | "There's"
            | "Who's"
            | "She's"
            | "Let's"
    ) || (super::discover::is_contraction(&word) && !word.starts_with("I'"))
}

/// The byte ranges of the quotations that are titles of works: right after
/// "titled" or "entitled", or written in title case with a verb or a
/// pronoun among the words ("We Will Defend the Motherland With Our
/// Lives", "Songun Politics Is Ever-Victorious").
pub(super) fn titled_quotes(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = title_case_quotes(text);
    for at in memchr::memmem::find_iter(text.as_bytes(), "titled ") {
        let after = at + "titled ".len();
        let Some(open) = text.get(after..).and_then(|r| r.chars().next()) else {
            break;
        };
        let close = match open {
            '"' => '"',
            '“' => '”',
            '‘' => '’',
            _ => continue,
        };
        let body = after + open.len_utf8();
        if let Some(len) = text.get(body..).and_then(|t| t.find(close)) {
            out.push(body..body + len);
        }
    }
    out
}

/// Quotations in title case that hold a capitalised verb or pronoun, or
/// follow a work's noun: a song's, a slogan's or an article's title, not a
/// name.
fn title_case_quotes(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    for (open, close) in [('“', '”'), ('"', '"')] {
        let mut from = 0;
        while let Some(at) = text.get(from..).and_then(|t| t.find(open)) {
            let body = from + at + open.len_utf8();
            let Some(len) = text.get(body..).and_then(|t| t.find(close)) else {
                break;
            };
            from = body + len + close.len_utf8();
            let quote = text.get(body..body + len).unwrap_or("");
            let words: Vec<&str> = quote
                .split_whitespace()
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                .filter(|w| !w.is_empty())
                .collect();
            let title_case = words
                .iter()
                .all(|w| w.starts_with(char::is_uppercase) || is_title_case_minor(w));
            let clause = words.iter().skip(1).any(|w| {
                matches!(
                    *w,
                    "Is" | "Are"
                        | "Was"
                        | "Were"
                        | "Will"
                        | "Shall"
                        | "We"
                        | "Our"
                        | "You"
                        | "Your"
                        | "My"
                        | "Be"
                        | "Let"
                        | "Us"
                        | "Has"
                        | "Have"
                )
            });
            // 'a dance "Dance of Peace"', 'the song "Blue Skies"', 'they sang
            // "Blue Skies"': a work's noun, or a verb of performing it, right
            // before the quotation says it is a title.
            let named_work = text
                .get(..body - open.len_utf8())
                .and_then(|b| b.strip_suffix(' '))
                .and_then(|b| b.rsplit(' ').next())
                .is_some_and(|w| {
                    // 'the feature films "…" and "…"': a plural noun too.
                    is_work_noun(w)
                        || is_work_noun(w.trim_end_matches('s'))
                        || is_performing_verb(w)
                });
            if title_case && ((words.len() >= 4 && clause) || (named_work && words.len() >= 2)) {
                out.push(body..body + len);
            }
        }
    }
    out
}

/// A verb of performing a work whose title a quotation after it gives
/// ("they sang \"…\"", "danced \"…\"").
fn is_performing_verb(word: &str) -> bool {
    matches!(
        word,
        "sang" | "sung" | "sing" | "danced" | "recited" | "performed" | "staged" | "screened"
    )
}

/// A noun of a work whose title a quotation after it gives ("the song
/// \"…\"", "a dance \"…\"").
fn is_work_noun(word: &str) -> bool {
    matches!(
        word,
        "song"
            | "dance"
            | "poem"
            | "film"
            | "novel"
            | "book"
            | "play"
            | "opera"
            | "album"
            | "single"
            | "ballet"
            | "symphony"
            | "suite"
            | "chorus"
            | "musical"
            | "painting"
            | "documentary"
            | "slogan"
            | "editorial"
            | "article"
            | "essay"
            | "drama"
    )
}
