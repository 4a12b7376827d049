//! Runs of capitalised words: where a name may start and end, and which
//! connectors ("of", "and", "&", a possessive) join its words.

use super::discover::{is_name_start, is_plural_title, is_role, Block};
use super::tokens::{gap, is_acronym, is_capitalised, Token};
use super::{lexicon, places};

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

    /// A plural possessive such as "Farmers'" (apostrophe without "s" after it).
    fn plural_possessive(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .and_then(|t| self.text.get(t.end..t.full_end))
            .is_some_and(|g| g == "'" || g == "’")
    }

    /// Does a possessive at run position `k` belong inside the name?
    pub(super) fn joins_at(&self, run: &[usize], k: usize) -> bool {
        let word = |k: usize| run.get(k).map_or("", |&t| self.word(t));
        let last = run.last().map_or("", |&t| self.word(t));
        let saint = matches!(word(0), "St" | "St." | "Saint");
        let suffix_follows = lexicon::is_kind_suffix(last) && k + 1 < run.len();
        // "Prime Minister's Questions": a title alone before the possessive.
        let titles_only = (0..=k).all(|i| {
            let w = word(i);
            lexicon::is_title(w) || lexicon::is_title_modifier(w) || w == "The"
        }) && lexicon::is_title(word(k));
        // "Pan-National Alliance for Korea's Reunification": a country's
        // possessive inside a body's "for" or "of", before one word that
        // ends it (not "… of America's DMCA", what the body has).
        let country_inside = k + 2 == run.len()
            && places::is_country(word(k))
            && !is_acronym(last)
            && self.has_of_head(run, k);
        joins_across_possessive(word(k), last)
            || titles_only
            || country_inside
            || (saint && suffix_follows)
            // "Farmers' Union", "Fishmongers' Hall" (members named by a
            // common noun or a trade), not "the Beatles' Apple Corps".
            || (run.get(k).is_some_and(|&t| self.plural_possessive(t))
                && is_plural_of_members(word(k))
                && suffix_follows)
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
            let (run, j) = self
                .dated_run(i)
                .or_else(|| self.unit_run(i))
                .unwrap_or_else(|| self.run_at(i));
            runs.push(run);
            i = j + 1;
        }
        runs
    }

    /// "the 82nd Airborne Division", "the Guards 105th Tank Division": an
    /// ordinal numeral at token `i`, then a run of capitalised words that
    /// ends in a military unit's word, is that unit's name.
    fn unit_run(&self, i: usize) -> Option<(Vec<usize>, usize)> {
        if !(super::trim::is_numeral_ordinal(self.word(i))
            && self.adjacent(i, i + 1)
            && self.name_word(i + 1))
        {
            return None;
        }
        let (rest, j) = self.run_at(i + 1);
        let run: Vec<usize> = std::iter::once(i).chain(rest).collect();
        self.unit_ordinal(&run).then_some((run, j))
    }

    /// `p` opens with an ordinal numeral, and names a military unit: its
    /// last word, or the last before "of", is a unit's ("1st Infantry
    /// Division of the KPA").
    pub(super) fn unit_ordinal(&self, p: &[usize]) -> bool {
        let p = match p {
            [the, rest @ ..] if self.word(*the) == "The" => rest,
            _ => p,
        };
        let Some((&first, rest)) = p.split_first() else {
            return false;
        };
        let head = rest
            .iter()
            .position(|&t| self.word(t) == "of")
            .map_or(rest, |k| rest.get(..k).unwrap_or(&[]));
        super::trim::is_numeral_ordinal(self.word(first))
            && head
                .last()
                .is_some_and(|&t| lexicon::is_military_unit(self.word(t)))
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
    fn run_at(&self, i: usize) -> (Vec<usize>, usize) {
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
                let Some(n) = self.connectors(&run, j) else {
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

    /// "Royal College of Paediatrics and Child Health": "and" continues a
    /// name whose head before "of" is an institution, when a name of two
    /// words or more follows it to the end of the run.
    fn and_after_of_head(&self, run: &[usize], k: usize) -> bool {
        let head_of = self.has_of_head(run, k);
        let rest = run.get(k + 1..).unwrap_or(&[]);
        // "… and Co-operation in Europe": a continent after "in" ends it.
        let rest = match rest {
            [head @ .., i, c] if self.word(*i) == "in" && is_continent(self.word(*c)) => head,
            _ => rest,
        };
        head_of
            && !rest.is_empty()
            && rest.iter().all(|&t| is_name_start(self.word(t)))
            && (rest.len() >= 2 || run.len() > k + 2)
            && !self.two_complete_names(run, k, rest)
    }

    /// "Bank of America and Deutsche Bank": the words before "and" name a
    /// body after a place, and those after it end in a body's own last
    /// word or join with "&" ("… and Deloitte & Touche"), so each is whole (not "Department of Health and Human
    /// Services", whose "Health" is no place).
    fn two_complete_names(&self, run: &[usize], k: usize, rest: &[usize]) -> bool {
        let of = run
            .iter()
            .take(k)
            .rposition(|&t| matches!(self.word(t), "of" | "for" | "on"));
        let tail = of
            .and_then(|o| run.get(o + 1..k))
            .unwrap_or(&[])
            .iter()
            .map(|&t| self.word(t))
            .collect::<Vec<_>>()
            .join(" ");
        // "… and Deloitte & Touche": a firm's whole name joined by "&".
        let firm = rest.windows(2).any(|pair| match pair {
            [a, b] => self.ampersand(*a, *b),
            _ => false,
        });
        places::is_place(&tail)
            && (firm
                || rest
                    .last()
                    .is_some_and(|&t| lexicon::is_kind_suffix(self.word(t))))
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
        (words
            .first()
            .is_some_and(|w| super::names::is_given_name(w))
            && n >= 2)
            || ends_in_full_name
            || east_asian
            || self.person_shaped(&words)
    }

    /// "of" at `k` opens "of the Year", which ends the run: an award's
    /// name ("Sports Personality of the Year").
    pub(super) fn of_the_year(&self, run: &[usize], k: usize) -> bool {
        let words: Vec<&str> = run.iter().skip(k).map(|&t| self.word(t)).collect();
        super::classify::is_of_the_year(&words) && words.len() == 3
    }

    /// The run is one ordinary English noun, "of" (at `k`), maybe "the",
    /// and one more ordinary English noun that ends the run.
    pub(super) fn noun_of_noun(&self, run: &[usize], k: usize) -> bool {
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
        let rest = match run.get(k + 1..) {
            Some([the, rest @ ..]) if self.word(*the) == "the" => rest,
            Some(rest) => rest,
            None => return false,
        };
        k == 1 && plain(run.first()) && rest.len() == 1 && plain(rest.first())
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

    /// Does "and" (or "&") at run position `k` continue the name? "National
    /// Air and Space Museum", "Department for Trade and Industry", not
    /// "Toyota and General Motors" nor "Shanghai Airlines and Xiamen
    /// Airlines": the words before it must be no complete name of their own.
    pub(super) fn and_joins(
        &self,
        left: &[usize],
        run: &[usize],
        k: usize,
        ampersand: bool,
    ) -> bool {
        // "Bank of America Corp. and JPMorgan Chase": a legal form ends a name.
        if left
            .last()
            .is_some_and(|&t| super::split::is_legal_form(self.word(t)))
        {
            return false;
        }
        // "the Key Resolve and Ulji Freedom Guardian exercises", "the Labour
        // and Liberal Democrat parties": a plural noun after the run is the
        // kind of two names it shares.
        let shared_head = !ampersand
            && run.last().is_some_and(|&l| {
                self.adjacent(l, l + 1)
                    && matches!(
                        self.word(l + 1),
                        "exercises"
                            | "drills"
                            | "games"
                            | "summits"
                            | "elections"
                            | "championships"
                            | "festivals"
                            | "parties"
                            | "companies"
                            | "firms"
                            | "groups"
                            | "banks"
                            | "clubs"
                            | "teams"
                            | "regions"
                            | "provinces"
                            | "cities"
                            | "districts"
                            | "rivers"
                            | "islands"
                    )
            });
        if shared_head {
            return false;
        }
        let rest_from = if ampersand { k } else { k + 1 };
        let rest = run.get(rest_from..).unwrap_or(&[]);
        // The right name's last word before its own "of" ("Evergreen
        // Aviation & Space Museum of McMinnville").
        let head_end = rest
            .iter()
            .position(|&t| self.word(t) == "of")
            .filter(|&p| p > 0)
            .unwrap_or(rest.len());
        let last = rest
            .get(..head_end)
            .and_then(|head| head.last())
            .map_or("", |&l| self.word(l));
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
        // "Kim Chaek Iron and Steel Complex", "Rason Economic and Trade
        // Zone": ordinary words either side of "and" coordinate inside one
        // name, though the words before look like a person's ("Kim Chaek"),
        // unless they are a given name and one word ("John Brown and …").
        let ordinary = |w: &str| {
            lexicon::is_english_word(w) && !super::names::is_given_name(w) && !places::is_place(w)
        };
        let coordinated = !ampersand
            && left_words.last().is_some_and(|w| ordinary(w))
            && rest.first().is_some_and(|&t| ordinary(self.word(t)))
            && !matches!(left_words.as_slice(), [given, _] if super::names::is_given_name(given));
        // "Workers and Peasants Party": two plurals coordinated inside one
        // name, though the first may end a body's name ("… Workers").
        let plurals = coordinated
            && left_words.last().is_some_and(|w| w.ends_with('s'))
            && rest.first().is_some_and(|&t| self.word(t).ends_with('s'));
        // "(US) Securities and Exchange Commission": ordinary words
        // coordinated before a body's last word, though the first may end
        // a firm's name ("Numis Securities").
        let suffixed = lexicon::is_kind_suffix(last);
        let content: Vec<&str> = left_words
            .iter()
            .copied()
            .filter(|w| !lexicon::is_stopword(w))
            .collect();
        let only_a_country_before = match content.as_slice() {
            [_] => true,
            [first, _] => places::is_place(first) || is_acronym(first),
            _ => false,
        };
        // Not "Director of Media and Communications": a title's office.
        let office = left
            .first()
            .and_then(|f| f.checked_sub(2))
            .is_some_and(|t| self.word(t + 1) == "of" && lexicon::is_title(self.word(t)));
        let body_words = coordinated && suffixed && only_a_country_before && !office;
        let suffix_inside = |i: usize, w: &str| {
            (lexicon::is_kind_suffix(w) && !((plurals || body_words) && i + 1 == left_words.len()))
                || lexicon::is_of_head(w)
        };
        let left_complete = right_known
            || left_words
                .iter()
                .enumerate()
                .any(|(i, w)| suffix_inside(i, w))
            || places::is_place(&left_name)
            || lexicon::is_org(&left_name)
            || (self.person_left(left) && !coordinated);
        // One word before "and" ("Food and Drug Administration") unless it
        // is a name of its own shape ("Sberbank", "AMD").
        let left_shaped = matches!(left_words.as_slice(), [w] if super::names::is_camel_case(w)
            || is_acronym(w)
            || w.ends_with("bank"));
        // "Procter & Gamble", "Marks & Spencer", "Johnson & Johnson & Co",
        // "Lane Clark & Peacock": a word or two before an ampersand and one
        // after it (and maybe a firm's last word) are a firm's name, not
        // two names.
        let firm = ampersand
            && (left_words.len() <= 2
                && match rest {
                    [_] => true,
                    [_, tail] => super::names::is_company_word(self.word(*tail)),
                    _ => false,
                }
                // "JPMorgan Chase & Co.": a legal form after an ampersand.
                || matches!(rest, [form] if matches!(self.word(*form), "Co" | "Co.")));
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
                    && (self.stats.common(w)
                        || w.split('-').all(lexicon::is_english_word))
                    && !places::is_place(w)
            })
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

/// "Farmers", "Fishmongers", "Scientists": a common noun or an agent noun in
/// the plural, whose possessive names a body of its members.
fn is_plural_of_members(word: &str) -> bool {
    lexicon::is_english_word(word)
        || ["ers", "ors", "ists", "ians"]
            .iter()
            .any(|end| word.ends_with(end))
}

/// Names of organisations that open with a plural possessive ("Korean People's Army"),
/// places named for a kind of people ("Mangyongdae Schoolchildren's Palace"),
/// and a title's office ("Attorney General's Office"); not a body after a
/// generic word's possessive ("the Bank's Monetary Policy Committee", "the
/// United Kingdom's Royal Air Force"): that word names another body.
fn joins_across_possessive(stem: &str, last: &str) -> bool {
    matches!(
        stem,
        "People" | "Women" | "Men" | "Children" | "Workers" | "Peoples"
    ) || (["children", "men"].iter().any(|end| stem.ends_with(end))
        && lexicon::is_kind_suffix(last))
        || (lexicon::is_org_suffix(last) && lexicon::is_title(stem) && !places::is_place(stem))
}
