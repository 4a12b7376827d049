//! Runs of capitalised words: where a name may start and end, and which
//! connectors ("of", "and", "&") join its words (a possessive's place is
//! decided in `possessives`).

use super::discover::{is_plural_title, is_role, Block};
use super::lexicon;
use super::tokens::{gap, is_acronym, is_capitalised, Token};

impl Block<'_> {
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
    pub(super) fn ampersand(&self, a: usize, b: usize) -> bool {
        gap(self.text, self.tokens, a, b).is_some_and(|g| g.trim() == "&" && g.starts_with(' '))
    }

    /// Maximal runs of capitalised words, with connectors between them.
    pub(super) fn runs(&self) -> Vec<Vec<usize>> {
        let mut runs = Vec::new();
        let n = self.tokens.len();
        let mut i = 0;
        while i < n {
            if !self.name_word(i) {
                if let Some((run, j)) = self.unit_run(i) {
                    runs.push(run);
                    i = j;
                }
                i += 1;
                continue;
            }
            let (run, j) = self.dated_run(i).unwrap_or_else(|| self.run_at(i));
            // "Interactive Media in Retail Group (IMRG)": a short word
            // inside a name its acronym spells out.
            if let Some(previous) = runs.last_mut().filter(|p| self.spelt_across(p, &run)) {
                previous.push(i - 1);
                previous.extend(run);
            } else {
                runs.push(run);
            }
            i = j + 1;
        }
        runs
    }

    /// Runs `a` and `b` are one name across the one small word between
    /// them: the acronym in brackets right after `b` is their initials.
    fn spelt_across(&self, a: &[usize], b: &[usize]) -> bool {
        let (Some(&a_end), Some(&b_start), Some(&b_end)) = (a.last(), b.first(), b.last()) else {
            return false;
        };
        if a_end + 2 != b_start
            || !matches!(self.word(a_end + 1), "in" | "on" | "at" | "to")
            || !self.adjacent(a_end, a_end + 1)
            || !self.adjacent(a_end + 1, b_start)
        {
            return false;
        }
        let Some(acronym) = self.acronym_after(b_end) else {
            return false;
        };
        // Capitals only: "IMRG" leaves the small word out.
        let initials: String = a
            .iter()
            .chain(b)
            .map(|&t| self.word(t))
            .filter(|w| w.starts_with(char::is_uppercase))
            .filter_map(|w| w.chars().next())
            .collect();
        initials == acronym
    }

    /// The acronym in brackets right after token `last`: "(IMRG)" of
    /// "Interactive Media in Retail Group (IMRG)".
    pub(super) fn acronym_after(&self, last: usize) -> Option<&str> {
        self.tokens
            .get(last)
            .and_then(|t| self.text.get(t.full_end..))
            .and_then(|rest| rest.strip_prefix(" ("))
            .and_then(|rest| rest.split_once(')'))
            .map(|(inside, _)| inside)
            .filter(|inside| is_acronym(inside))
    }

    /// "the April 13 Ironworks", "the February 8 Vinalon Complex": after
    /// "the", a month and its day name the works or the place of the run
    /// after them, when that run holds a kind's word.
    fn dated_run(&self, i: usize) -> Option<(Vec<usize>, usize)> {
        let after_the = i
            .checked_sub(1)
            .is_some_and(|p| matches!(self.word(p), "the" | "The") && self.adjacent(p, i));
        if !(after_the
            && lexicon::is_month(self.word(i))
            && is_day_of_month(self.word(i + 1))
            && self.adjacent(i, i + 1)
            && self.adjacent(i + 1, i + 2)
            && self.name_word(i + 2))
        {
            return None;
        }
        let (rest, j) = self.run_at(i + 2);
        let named = rest.iter().any(|&t| {
            let w = self.word(t);
            lexicon::is_kind_suffix(w) || lexicon::is_of_head(w)
        });
        named.then(|| ([i, i + 1].into_iter().chain(rest).collect(), j))
    }

    /// The run of capitalised words and connectors that starts at name
    /// word `i`, and the token it ends at.
    pub(super) fn run_at(&self, i: usize) -> (Vec<usize>, usize) {
        let mut run = vec![i];
        let mut j = i;
        // A list of portfolios has had its "and" ("…, Culture and
        // Science"): another "and" joins no more of the name ("… and
        // Jon Yong Jin").
        let mut listed = false;
        loop {
            while (self.adjacent(j, j + 1) || self.ampersand(j, j + 1)) && !self.prefixed(j) {
                if self.name_word(j + 1) {
                    run.push(j + 1);
                    j += 1;
                    continue;
                }
                // "Workers of the February 8 Vinalon Complex".
                if let Some((dated, end)) = self.dated_run(j) {
                    run.extend(dated.into_iter().skip(1));
                    return (run, end);
                }
                // "the Guards 105th Tank Division".
                if let Some((unit, end)) = self.unit_run(j + 1) {
                    run.extend(unit);
                    return (run, end);
                }
                let possessive = self.tokens.get(j).is_some_and(Token::possessive);
                if possessive || self.ampersand(j, j + 1) || (listed && self.word(j + 1) == "and") {
                    break;
                }
                let Some(n) = self
                    .title_link(&run, j)
                    .or_else(|| self.connectors(&run, j))
                else {
                    break;
                };
                run.extend(j + 1..=j + n + 1);
                j += n + 1;
            }
            // "Department for Culture, Media and Sport".
            let Some(end) = self.listed_portfolios(&run, j) else {
                break;
            };
            run.extend(j + 1..=end);
            j = end;
            listed = true;
        }
        // "Terminal 3", "Air France Flight 447", "Apollo 17": the
        // number is part of the name.
        if self.takes_number(&run, j) {
            j += 1;
            run.push(j);
        }
        (run, j)
    }

    /// Before word `k` of `run`: "of" or "for" after an institution word
    /// ("College of", "Department for").
    pub(super) fn has_of_head(&self, run: &[usize], k: usize) -> bool {
        run.iter().take(k).enumerate().any(|(i, &t)| {
            matches!(self.word(t), "of" | "for" | "on")
                && i.checked_sub(1)
                    .and_then(|p| run.get(p))
                    .is_some_and(|&h| lexicon::is_of_head(self.word(h)))
        })
    }

    /// The words of a piece so far look like a person's name ("Claudia Mo"
    /// of the Civic Party) or end in one ("Pan-democrat Gary Fan" of the
    /// Neo Democrats): a given name and one or two more words.
    pub(super) fn person_left(&self, left: &[usize]) -> bool {
        let words: Vec<&str> = left.iter().map(|&t| self.word(t)).collect();
        let n = words.len();
        let ends_in_full_name = (n.saturating_sub(3)..n.saturating_sub(1)).any(|i| {
            words.get(i).is_some_and(|w| super::names::is_given_name(w))
                && words.get(i + 1..).is_some_and(|rest| {
                    rest.iter()
                        .all(|w| is_capitalised(w) && !lexicon::is_kind_suffix(w))
                })
        });
        // "Professor Hwang Woo-suk of": an East Asian name, maybe titled.
        let east_asian = (2..=3).any(|k| {
            n.checked_sub(k).is_some_and(|from| {
                words
                    .get(from..)
                    .is_some_and(super::names::is_east_asian_name)
                    && (from == 0 || words.get(from - 1).is_some_and(|w| lexicon::is_title(w)))
            })
        });
        // "Analyst Clive Black of": two words after a role or a title are
        // the holder's name, whatever the given name.
        let role_then_two = n >= 3
            && words.get(n - 3).is_some_and(|w| {
                lexicon::is_title(w) || lexicon::is_person_role(&w.to_lowercase())
            })
            && words.get(n - 2..).is_some_and(|name| {
                name.iter().all(|w| {
                    is_capitalised(w)
                        && !lexicon::is_kind_suffix(w)
                        && !lexicon::is_of_head(w)
                        && !lexicon::is_title(w)
                        && !super::places::is_place(w)
                })
            });
        // "said Clive Black of Shore Capital": two words after a quote's
        // "said" are the speaker's name, whatever the given name.
        let speaker = n == 2
            && left
                .first()
                .and_then(|&t| t.checked_sub(1))
                .is_some_and(|p| {
                    matches!(self.word(p), "said" | "says") && self.adjacent(p, p + 1)
                })
            && words
                .iter()
                .all(|w| super::candidate_words::is_plain_name_word(w));
        (words
            .first()
            .is_some_and(|w| super::names::is_given_name(w))
            && n >= 2)
            || speaker
            || ends_in_full_name
            || role_then_two
            || east_asian
            || self.person_shaped(&words)
    }

    /// "of" at `k` opens "of the Year", which ends the run: an award's
    /// name ("Sports Personality of the Year").
    pub(super) fn of_the_year(&self, run: &[usize], k: usize) -> bool {
        let words: Vec<&str> = run.iter().skip(k).map(|&t| self.word(t)).collect();
        super::classify::is_of_the_year(&words) && words.len() == 3
    }

    /// The piece `left` is one or two ordinary English words (or a given
    /// name before "the"), then "of" (at `k` of `run`), maybe "the", and
    /// one or two more that end the run.
    pub(super) fn noun_of_noun(&self, left: &[usize], run: &[usize], k: usize) -> bool {
        let plain = |t: Option<&usize>| {
            t.map(|&t| self.word(t)).is_some_and(|w| {
                lexicon::is_english_word(w)
                    && !lexicon::is_title(w)
                    && !lexicon::is_title_modifier(w)
                    && !lexicon::is_stopword(w)
                    // "One of the Representatives": a share of a whole.
                    && !matches!(
                        w,
                        "One" | "Some" | "Many" | "All" | "Most" | "Each" | "None" | "Any"
                            | "Both" | "Several" | "Half" | "Part" | "Member" | "Members"
                    )
                    && !lexicon::is_kind_suffix(w)
                    && !super::places::is_place(w)
            })
        };
        let (the, rest) = match run.get(k + 1..) {
            Some([the, rest @ ..]) if self.word(*the) == "the" => (true, rest),
            Some(rest) => (false, rest),
            None => return false,
        };
        // "Shaun of the Dead's Simon Pegg": the title ends at its possessive.
        let rest = match rest.iter().position(|&t| {
            self.tokens
                .get(t)
                .is_some_and(super::tokens::Token::possessive)
        }) {
            Some(p) => rest.get(..=p).unwrap_or(rest),
            None => rest,
        };
        // "Eternal Sunshine of the Spotless Mind": up to two either side.
        let plain_all = |ts: &[usize]| ts.iter().all(|t| plain(Some(t)));
        // "Shaun of the Dead", "Lord of the Rings": a given name or a
        // crown's word "of the" an ordinary word is a title (or a saint's
        // style), no person and a stray word.
        let given_of_the = the
            && matches!(left, [g] if super::names::is_given_name(self.word(*g))
                || super::names::is_crown_word(self.word(*g)))
            && matches!(rest, [_]);
        (1..=2).contains(&left.len())
            && (plain_all(left) || given_of_the)
            && (1..=2).contains(&rest.len())
            && plain_all(rest)
    }

    /// "Medical Journal of Australia", "Plains of Arafat", "Brotherhood of
    /// Magicians": a capitalised common noun (seen in lower case and
    /// capitalised mid-sentence in the corpus) heads an "X of Y" name, unless
    /// it is a title or a role ("Mayor of London"), or a lone word opening
    /// the sentence ("Thousands of …").
    pub(super) fn common_head(&self, left: &[usize], prev: &str) -> bool {
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
}

/// "8", "25": a day of a month in figures.
pub(super) fn is_day_of_month(word: &str) -> bool {
    word.len() <= 2
        && word.bytes().all(|b| b.is_ascii_digit())
        && word.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d))
}

/// A continent that ends a body's name after "in" ("… in Europe").
pub(super) fn is_continent(word: &str) -> bool {
    matches!(word, "Europe" | "Asia" | "Africa")
}
