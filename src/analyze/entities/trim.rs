//! Cleaning a piece of a capitalised run into names: leading words that
//! are no part of a name (titles, sentence openers, demonyms) and inner
//! titles. A person's name in apposition after another name is split off
//! in `apposition`.

use super::cues::is_member_of_parliament;
use super::discover::{is_name_start, is_plural_title, keeps_article, Block};
use super::portfolios::{is_portfolio_word, is_state_office};
use super::tokens::{is_acronym, is_capitalised, Token};
use super::trim_words::{is_auxiliary, is_honorific, is_number_word, is_surname_title};
use super::{lexicon, names, places};

/// A cleaned piece of a run: token indices, and whether a title stood
/// before it (a person cue).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Piece {
    pub tokens: Vec<usize>,
    pub titled: bool,
}

/// What the first word of a piece is to the name it opens.
enum Lead {
    /// Part of the name: trimming stops.
    Keep,
    /// No part of the name.
    Drop,
    /// A title: no part of the name, but a person cue.
    Title,
}

impl Block<'_> {
    /// Drops leading words that are not part of the name; marks a piece
    /// titled when a title was among them, and splits off a name after an
    /// inner title ("U.S President Donald Trump").
    pub(super) fn trim(&self, piece: &[usize]) -> Vec<Piece> {
        let mut p: Vec<usize> = piece.to_vec();
        let possessive_title = piece.iter().rev().skip(1).any(|&t| {
            self.tokens.get(t).is_some_and(Token::possessive) && lexicon::is_title(self.word(t))
        });
        // "Lord Of The Rings": a work's title keeps its words, titles too.
        if possessive_title || self.work_title(piece) {
            // A small word opening the sentence is the sentence's ("The
            // Lord Of The Rings won"); inside one, the title's ("the
            // award for How To Dismantle An Atomic Bomb").
            while p
                .first()
                .is_some_and(|&t| lexicon::is_stopword(self.word(t)) && self.initial(t))
                && p.get(1).is_some_and(|&n| is_name_start(self.word(n)))
            {
                p.remove(0);
            }
            return vec![Piece {
                tokens: p,
                titled: false,
            }];
        }
        let mut titled = false;
        loop {
            match self.lead(&p, titled) {
                Lead::Keep => break,
                Lead::Title => titled = true,
                Lead::Drop => {}
            }
            p.remove(0);
        }
        // "Minister of Foreign Affairs of Laos": the office's country is no
        // one the title names; but "Mr Paisley" is a person named like a town.
        let honoured = p.first().is_some_and(|&f| {
            f.checked_sub(1).is_some_and(|h| {
                super::trim_words::is_honorific(self.word(h)) && self.adjacent(h, f)
            })
        });
        if titled && !honoured && places::is_known_place(&self.words_of(&p).join(" ")) {
            titled = false;
        }
        // "Judge Melbourne Inman KC": after a title, the honour or office
        // written after the name is no part of it (kept when the name would
        // then end in a kind word and read as a place: "Durham Hall QC").
        if titled
            && p.len() >= 3
            && p.last()
                .is_some_and(|&t| super::split::is_post_nominal(self.word(t)))
            && p.get(p.len() - 2)
                .is_some_and(|&t| !lexicon::is_kind_suffix(self.word(t)))
        {
            p.pop();
        }
        if self.portfolio_before_and(&p) {
            return Vec::new();
        }
        self.split_inner_title(p, titled)
    }

    /// Token `i` is the "State" of "Secretary of State", "Minister of
    /// State": an office's end, after which a name may follow.
    pub(super) fn of_state(&self, i: usize) -> bool {
        self.word(i) == "State" && i.checked_sub(1).is_some_and(|o| self.word(o) == "of")
    }

    /// What the first word of `p` is to the name it opens.
    fn lead(&self, p: &[usize], titled: bool) -> Lead {
        // "Senator Darrell Castle" is titled; "Queen Elizabeth Park" is not.
        let eponym = p
            .first()
            .is_some_and(|&t| names::is_eponym_title(self.word(t)));
        // "Queen Elizabeth Hospital Birmingham": a kind word, then the city
        // it serves, ends the name too.
        // "Judge Sim Lake": after a title no place is named for, a kind
        // word that is a common surname ends a person's name.
        let titled_surname = match p {
            [t, _, b] => {
                lexicon::is_title(self.word(*t))
                    && !eponym
                    && names::is_surname_kind_word(self.word(*b))
            }
            _ => false,
        };
        let ends_kind = match p {
            [.., a, b] => {
                let (a, b) = (self.word(*a), self.word(*b));
                let person = names::is_given_name_surname(&[a, b])
                    || (!eponym && names::is_given_name_surname_or_place(&[a, b]))
                    || titled_surname;
                (lexicon::is_kind_suffix(b) && !person)
                    || (lexicon::is_kind_suffix(a) && places::is_place(b))
            }
            [b] => lexicon::is_kind_suffix(self.word(*b)),
            [] => false,
        };
        let Some(&first) = p.first() else {
            return Lead::Keep;
        };
        // "Dr Pepper", "All Blacks", "Blue House": a listed body's name
        // keeps its first word, whatever it would be alone.
        if p.len() > 1 && lexicon::is_org(&self.words_of(p).join(" ")) {
            return Lead::Keep;
        }
        let w = self.word(first);
        if names::is_style_title(w) && p.get(1).is_some_and(|&t| self.word(t) == "of") {
            let words = self.words_of(p);
            if names::is_style(&words) {
                // "Duke of Sussex": the style is the name.
                return Lead::Keep;
            }
        }
        // "Lord of the Rings", "Queen of the South": a crown's word before
        // "of the" and one name leads a work's or a club's name; a titled
        // person's name follows the title ("Lord Coe"), never "of the".
        if let [_, of, the, _] = p {
            if names::is_crown_word(w) && self.word(*of) == "of" && self.word(*the) == "the" {
                return Lead::Keep;
            }
        }
        // "Campaign Against Arms Trade": a cause's name.
        if p.get(1).is_some_and(|&n| self.word(n) == "Against") {
            return Lead::Keep;
        }
        // "named Manager of the Year": a role's award, not the role.
        if p.len() == 4 && super::classify::is_of_the_year(&self.words_of(p)) {
            return Lead::Keep;
        }
        let rest = p.len() > 1;
        let titled_next =
            |title_like: &dyn Fn(&str) -> bool| p.get(1).is_some_and(|&n| title_like(self.word(n)));
        // "Prince Sultan bin Abdul Aziz": a word before "bin" is the son's
        // given name, though it spells a title.
        if rest && titled_next(&|n| matches!(n, "bin" | "ibn" | "bint")) {
            return Lead::Keep;
        }
        let possessive = self.tokens.get(first).is_some_and(Token::possessive);
        // "Merited Actress Kim Hui Suk", "People's Artist Ri Yong Chol": an
        // honorary title before a trade.
        let honorary = (w == "Merited" || (w == "People" && possessive))
            && titled_next(&|n| lexicon::is_person_role(&n.to_lowercase()));
        if p.len() > 2 && honorary {
            return Lead::Title;
        }
        // "People's Republic of China", "President's Cup": the run was
        // joined across this possessive because it belongs to the name.
        if rest && possessive {
            return Lead::Keep;
        }
        // "Son Heung-min", "Ban Ki-moon": a family name before a hyphenated
        // given name, whatever else the word means ("son" is also a role).
        if let [_, given] = p {
            let given = self.word(*given);
            if given.contains('-') && names::is_east_asian_name(&[w, given]) {
                return Lead::Keep;
            }
        }
        // "led by So Man Sul", "Minister No Kwang Chol": mid-sentence, a
        // capitalised function word before two syllables is a family name;
        // so it is opening a sentence ("An Kwang Il, DPRK ambassador …")
        // where each syllable is short, and no English word, given name or
        // particle ("An Al Jazeera reporter").
        if let [_, a, b] = p {
            let syllables = [self.word(*a), self.word(*b)];
            let foreign = || {
                syllables.iter().all(|s| {
                    s.chars().count() <= 6
                        && !lexicon::is_english_word(s)
                        && !names::is_given_name(s)
                        && !lexicon::is_particle(&s.to_lowercase())
                })
            };
            if lexicon::is_stopword(w)
                && (!self.initial(first) || foreign())
                && names::is_east_asian_name(&[w, syllables[0], syllables[1]])
            {
                return Lead::Keep;
            }
        }
        // "General Electric", "General Political Bureau": an ordinary word
        // after the adjective names a body, not General Pace.
        if let Some(&next) = p.get(1) {
            let next = self.word(next);
            if w == "General"
                && lexicon::is_english_word(next)
                && !lexicon::is_title(next)
                && !names::is_given_name(next)
                && !is_acronym(next)
            {
                return Lead::Keep;
            }
        }
        // "…, J O'Connor, A Foley.": a capital "A" after a name and a
        // comma, before a surname, is an initial in a list of players.
        if let [_, surname] = p {
            let listed = first.checked_sub(1).is_some_and(|b| {
                matches!(
                    super::tokens::gap(self.text, self.tokens, b, first),
                    Some(", " | "; ")
                ) && is_capitalised(self.word(b))
            });
            if w == "A" && listed && !lexicon::is_english_word(self.word(*surname)) {
                return Lead::Keep;
            }
        }
        let drop = if !is_name_start(w) {
            // "of Apple Inc" once "Chief Executive Officer" is dropped; not
            // "82nd Airborne Division", a unit's number.
            !self.unit_ordinal(p)
        } else if w == "The" {
            !(rest
                && (!self.initial(first) || p.last().is_some_and(|&l| keeps_article(self.word(l)))))
        } else if lexicon::is_stopword(w) {
            // "First West Yorkshire", "All Nippon Airways": mid-sentence, a
            // capitalised ordinal or "All" belongs to the name.
            // "diagnosed with Multiple Sclerosis": a disease's adjective.
            // "AEW (All Elite Wrestling)": the bracket spells out the
            // capitals before it, its first word too.
            // "such as Rocket Man and Your Song", "sang My Way": a
            // capitalised possessive mid-sentence opens a work's title
            // (not "Her Majesty", a style).
            let titles_work = rest
                && (lexicon::is_title_possessive(w) || matches!(w, "His" | "Her"))
                && !titled_next(&|n| {
                    lexicon::is_title(n)
                        || matches!(n, "Majesty" | "Highness" | "Holiness" | "Excellency")
                });
            (self.initial(first)
                || !(matches!(
                    w,
                    "First" | "Second" | "Third" | "Next" | "All" | "Multiple"
                ) || titles_work))
                && !self.spells_acronym_before(p)
        } else if self.date_lead(p, titled)
            || (rest && matches!(w, "Former" | "Ex"))
            // "Accountants PricewaterhouseCoopers were appointed".
            || (rest && lexicon::is_firm_trade(&w.to_lowercase()))
            // "a Member of Parliament", "Members of the House Judiciary
            // Committee": a seat's holder, then the body.
            || (matches!(w, "Member" | "Members") && titled_next(&|n| n == "of"))
            || (titled_next(&|n| n == "of") && self.group_of_body(p))
        {
            // "Former England captain …": a time before the name, never its
            // start; but after a title a month is a given name ("Dr Jan
            // Scholtz").
            true
        } else if rest && is_number_word(w) && p.last().is_some_and(|&l| self.people_noun(l)) {
            // "Three American Samoans", "Two Democratic Representatives".
            true
        } else if rest && self.initial(first) && is_auxiliary(w) && self.question(first) {
            // "Will Red Hat support it?": a verb, not the given name.
            true
        } else if rest && is_honorific(w) {
            // "Mr Fields", "Mrs Gates": only a person's name follows.
            return Lead::Title;
        } else if rest
            && (w.split_once('-').is_some_and(|(ex, what)| {
                matches!(ex, "Ex" | "ex") && what.starts_with(char::is_uppercase)
            }) || self.tokens.get(first).is_some_and(|t| {
                self.text
                    .get(..t.start)
                    .is_some_and(|b| b.ends_with("ex-") || b.ends_with("Ex-"))
            }))
        {
            // "Ex-Beatle Paul McCartney", "the ex-Beatle …": what someone
            // was.
            return Lead::Title;
        } else if rest
            && (!ends_kind || self.of_a_place(p))
            && !self.tokens.get(first).is_some_and(Token::possessive)
            // "General Association of …", "King Street": a title before a
            // kind word that ends the name or heads its "of" names the body
            // or the place (not "President Bill Clinton", "Mayor Park Won-soon").
            && !(titled_next(&|n| lexicon::is_kind_suffix(n) || lexicon::is_of_head(n))
                && (p.len() == 2 || p.get(2).is_some_and(|&o| self.word(o) == "of")))
            && (lexicon::is_title(w) || is_plural_title(w) || {
                // "Co-founders Stewart Butterfield and …": a role, or roles
                // (not "Reporters Without Borders", a name's small word next).
                let lower = w.to_lowercase();
                // Not "Star Trek", "Star Wars": a star before one word
                // that is no given name names a work.
                let work = w == "Star" && p.len() == 2 && !titled_next(&names::is_given_name);
                (lexicon::is_person_role(&lower) && !work)
                    || (lower.strip_suffix('s').is_some_and(lexicon::is_person_role)
                        && !titled_next(&crate::text::words::is_function_word))
            })
        {
            return Lead::Title;
        } else if rest
            && (!ends_kind || self.of_a_place(p))
            && (lexicon::is_title_modifier(w)
                && first
                    .checked_sub(2)
                    .is_some_and(|t| self.word(t + 1) == "of" && lexicon::is_title(self.word(t)))
                || self.in_office(p))
        {
            // "Secretary of State Condoleezza Rice", "Minister of Foreign
            // Affairs of Laos": the office after a title and its "of" is
            // the title's.
            true
        } else if rest
            && !ends_kind
            && lexicon::is_title_modifier(w)
            // "Deputy Prime Minister": the modifiers lead to a title (not
            // "Labour Party of Mexico", a party's name).
            && p.iter()
                .skip(1)
                .map(|&t| self.word(t))
                .find(|n| !lexicon::is_title_modifier(n) || lexicon::is_title(n))
                .is_some_and(|n| lexicon::is_title(n) || is_plural_title(n))
            // "Labour MP Dennis Skinner": a party's member, the party named.
            && !(names::party(w).is_some() && titled_next(&is_member_of_parliament))
        {
            true
        } else if rest && !ends_kind && super::candidate_words::is_nationality_noun(w) {
            // "the Scot Higgins", "Briton Murray": a person of the nation.
            true
        } else if rest
            && !ends_kind
            && super::candidate_words::is_nationality_given_name(w)
            && p.len() == 3
            && p.get(1)
                .is_some_and(|&n| !lexicon::is_english_word(self.word(n)))
        {
            // "Dane Janus Friis": a nation's noun before a name of two
            // words (not "Finn Russell", whose given name it is).
            true
        } else if rest && !ends_kind && self.pair_adjective_lead(p) {
            // "Sri Lankan President Chandrika Kumaratunga", "Saudi Arabian
            // Foreign Minister …": either word of a nation's two-word
            // adjective before its person.
            true
        } else if rest
            && !ends_kind
            && lexicon::is_demonym(w)
            && !names::is_given_name(w)
            // "British American Racing (BAR)": the bracket spells every
            // word's initial, the nation's too.
            && !self.run_spells_acronym_after(p)
        {
            self.demonym_before_name(p)
        } else if rest
            && !ends_kind
            && lexicon::is_nation_prefix(w)
            && p.get(1).is_some_and(|&d| {
                let nation = self.word(d);
                (lexicon::is_demonym(nation)
                    && p.get(1..)
                        .is_some_and(|rest| self.demonym_before_name(rest)))
                    || (super::candidate_words::is_nationality_noun(nation) && p.len() > 2)
            })
        {
            // "South African Hendrick Ramaala", "New Zealander Andrew
            // Adamson": the nationality's first word.
            true
        } else {
            self.opener(p)
        };
        if drop {
            Lead::Drop
        } else {
            Lead::Keep
        }
    }

    /// "U.S President Donald Trump": the name after an inner title is a
    /// titled piece of its own; the words before it, title modifiers
    /// aside, another.
    fn split_inner_title(&self, mut p: Vec<usize>, titled: bool) -> Vec<Piece> {
        let mut out = Vec::new();
        // "HMS Queen Elizabeth": a ship's name holds the title too.
        let one_name = p
            .last()
            .is_some_and(|&l| lexicon::is_kind_suffix(self.word(l)))
            || p.first()
                .is_some_and(|&f| lexicon::is_ship_prefix(self.word(f)));
        // A given name that names no known place ("Paul", not "Victoria").
        let given =
            |t: usize| names::is_given_name(self.word(t)) && !places::is_known_place(self.word(t));
        // "Sacha Baron Cohen": a title that is also a surname, between a
        // given name and a family name, is a middle name.
        let middle = p.len() == 3
            && !titled
            && p.get(1).is_some_and(|&m| is_surname_title(self.word(m)))
            && p.first().is_some_and(|&f| given(f))
            && p.get(2).is_some_and(|&l| {
                let l = self.word(l);
                !lexicon::is_english_word(l) && !places::is_known_place(l) && !lexicon::is_title(l)
            });
        // "Billie Jean King": a title after two given names is a surname.
        let two_given = p.len() == 3
            && !titled
            && p.get(..2).is_some_and(|g| g.iter().all(|&w| given(w)))
            && p.get(2).is_some_and(|&l| is_surname_title(self.word(l)));
        // "Organiser Paul Sergeant": a sentence's first word, a common
        // noun that the lead trim takes off, before a given name and a title.
        let led = p.len() == 3
            && !titled
            && p.first().is_some_and(|&f| {
                let w = self.word(f);
                self.initial(f)
                    && lexicon::is_english_word(w)
                    && !names::is_given_name(w)
                    && !lexicon::is_title(w)
                    && !lexicon::is_title_modifier(w)
            })
            && p.get(1).is_some_and(|&g| given(g));
        // A title after a lone given name is a surname: "Winston Duke",
        // "Michel Mayor".
        let surname = middle
            || two_given
            || led
            || p.len() == 2
                && p.first().is_some_and(|&f| {
                    let f = self.word(f);
                    (names::is_given_name(f)
                        || p.last().is_some_and(|&l| is_surname_title(self.word(l)))
                            && !lexicon::is_english_word(f)
                            && !lexicon::is_demonym(f)
                            && !lexicon::is_title_modifier(f)
                            && !is_acronym(f))
                        && !places::is_known_place(f)
                });
        // Not "Court of Justice", "Ministry for Foreign Affairs": a title
        // after "of" or "for" is the office a name is of.
        // Nor "The Return of the King", "The Lord of the Rings": a title
        // after "of the", or after a work's "The", is a word of the work.
        let before_is = |k: usize, words: &[&str]| {
            k.checked_sub(1)
                .and_then(|b| p.get(b))
                .is_some_and(|&c| words.contains(&self.word(c)))
        };
        // "KPA General Kim Il Chol": a rank before a given name.
        let rank = |k: usize| {
            p.get(k)
                .is_some_and(|&t| matches!(self.word(t), "General" | "Generals"))
                && (p
                    .get(k + 1)
                    .is_some_and(|&n| names::is_given_name(self.word(n)))
                    || p.get(k + 1..)
                        .is_some_and(|rest| names::is_east_asian_name(&self.words_of(rest))))
        };
        let inner = (1..p.len()).filter(|_| !surname).find(|&k| {
            (p.get(k).is_some_and(|&t| lexicon::is_title(self.word(t))) || rank(k))
                && !before_is(k, &["of", "for"])
                && !(before_is(k, &["the"]) && k >= 2 && before_is(k - 1, &["of", "for"]))
                && !(k == 1
                    && p.first()
                        .is_some_and(|&f| self.word(f) == "The" && !self.initial(f)))
        });
        // "Choe Su Hon": a syllable of an East Asian name may read as a
        // title.
        // "US District Judge Sim Lake": a kind word that is a common
        // surname after a title and a given name is no place's.
        let titled_person = |k: usize| {
            let words = self.words_of(&p);
            matches!(words.get(k..), Some([title, given, last])
                if lexicon::is_title(title)
                    && !names::is_eponym_title(title)
                    && (names::is_given_name(given) || !lexicon::is_english_word(given))
                    && !places::is_place(given)
                    && names::is_surname_kind_word(last))
        };
        let inner = inner.filter(|&k| {
            (!one_name || titled_person(k)) && !names::is_east_asian_name(&self.words_of(&p))
        });
        if let Some(k) = inner {
            let office = p.get(k).is_some_and(|&t| is_state_office(self.word(t)));
            let member = p
                .get(k)
                .is_some_and(|&t| is_member_of_parliament(self.word(t)));
            // "Santa Barbara County District Attorney": a court's level
            // is the legal title's, not the county's.
            let legal = p
                .get(k)
                .is_some_and(|&t| matches!(self.word(t), "Attorney" | "Judge"));
            let right: Vec<usize> = p.split_off(k + 1);
            p.truncate(k);
            while p.last().is_some_and(|&t| {
                let w = self.word(t);
                (lexicon::is_title_modifier(w) && !(member && names::party(w).is_some()))
                    || !super::discover::is_name_start(w)
                    || (legal && matches!(w, "District" | "Circuit"))
            }) {
                p.pop();
            }
            // "Chinese Commerce Minister": the country before an office of
            // state's portfolio is kept, the portfolio not.
            if office
                && p.len() > 1
                && p.first()
                    .is_some_and(|&d| lexicon::is_demonym(self.word(d)))
                && p.get(1..).is_some_and(|rest| self.lone_portfolio(rest))
            {
                p.truncate(1);
            }
            if !p.is_empty()
                && !self.portfolio_after_and(&p)
                && (!office || !self.lone_portfolio(&p))
            {
                out.push(Piece { tokens: p, titled });
            }
            out.extend(self.trim(&right).into_iter().map(|r| Piece {
                tokens: r.tokens,
                titled: true,
            }));
            return out;
        }
        if !p.is_empty() {
            out.push(Piece { tokens: p, titled });
        }
        out
    }

    /// "Defence of the Russian Federation": `p` ends in its last "of" and
    /// a known place, whose last word may read as a body's ("Federation").
    fn of_a_place(&self, p: &[usize]) -> bool {
        let words = self.words_of(p);
        words.iter().rposition(|w| *w == "of").is_some_and(|of| {
            let place = match words.get(of + 1..) {
                Some(["the", rest @ ..]) | Some(rest) => rest,
                None => &[],
            };
            places::is_known_place(&place.join(" "))
        })
    }

    /// "Trade and Industry Secretary", "Food and Rural Affairs Secretary":
    /// ordinary words after "and", before a title, are the last of the
    /// offices a minister holds, no name (unless a kind word ends them:
    /// "Arts and Humanities Citation Index").
    fn portfolio_after_and(&self, p: &[usize]) -> bool {
        let Some(before) = p
            .first()
            .and_then(|&f| self.tokens.get(f))
            .and_then(|t| self.text.get(..t.start))
        else {
            return false;
        };
        let words = self.words_of(p);
        before.ends_with(" and ")
            && !words.last().is_some_and(|w| lexicon::is_kind_suffix(w))
            && words.iter().all(|w| is_portfolio_word(w))
    }

    /// The first word of `p` is a weekday or month that only dates the
    /// name after it ("Former England captain …", "in May Tony Blair"):
    /// not after a title, where a month is a given name ("Dr Jan
    /// Scholtz"), nor a month as a given name before a surname ("Jan
    /// Pronk"), nor a paper's weekday ("Sunday Times", "Sunday Express"),
    /// nor a holiday's month ("May Day Stadium"), nor a feast's name
    /// before a place's last word ("Easter Road", "Christmas Island"), nor
    /// a month after "the" ("the October Revolution").
    fn date_lead(&self, p: &[usize], titled: bool) -> bool {
        let day_in_name = matches!(p, [day, _] if self.weekday_paper(*day))
            || p.get(1).is_some_and(|&day| self.word(day) == "Day")
            // "Saturday Night Live", "Monday Night Football": a show.
            || (p.len() > 2
                && p.get(1)
                    .is_some_and(|&n| matches!(self.word(n), "Night" | "Morning")))
            || matches!(p, [_, kind] if lexicon::is_place_suffix(self.word(*kind)))
            // "the April 13 Ironworks" (see `runs`).
            || p.get(1)
                .is_some_and(|&d| super::runs::is_day_of_month(self.word(d)));
        let given_name = |w: &str| {
            (titled && p.len() > 1 && lexicon::is_month(w)) || self.month_as_given_name(p)
        };
        p.first().is_some_and(|&first| {
            let w = self.word(first);
            let named = p.len() > 1 && lexicon::is_month(w) && self.after_the(first);
            lexicon::is_calendar(w) && !given_name(w) && !day_in_name && !named
        })
    }

    /// "the October Revolution", "the 23rd April Spring Festival": token
    /// `t` follows "the" (and an ordinal after it), which no date takes.
    fn after_the(&self, t: usize) -> bool {
        let the = |i: usize| matches!(self.word(i), "the" | "The");
        let Some(p) = t.checked_sub(1).filter(|&p| self.adjacent(p, t)) else {
            return false;
        };
        the(p)
            || (is_numeral_ordinal(self.word(p))
                && p.checked_sub(1)
                    .is_some_and(|q| self.adjacent(q, p) && the(q)))
    }

    /// "Jan Pronk", "April Ryan": a month that is also a given name, before
    /// a surname that is no given name itself ("in May Tony Blair said" is
    /// a date).
    fn month_as_given_name(&self, p: &[usize]) -> bool {
        let (Some(&first), Some(&next)) = (p.first(), p.get(1)) else {
            return false;
        };
        let (w, n) = (self.word(first), self.word(next));
        lexicon::is_month(w)
            && names::is_given_name(w)
            && !names::is_given_name(n)
            && !lexicon::is_calendar(n)
            && (names::is_surname(n) || !lexicon::is_english_word(n))
            && n.chars().all(char::is_alphabetic)
    }

    /// "Information Commissioner", "Immigration Minister", "International
    /// Development Secretary": ordinary words before an office of state are
    /// its portfolio, no name (not "Treasury Secretary", an institution;
    /// "Apple Chairman" is no office of state; "Iraqi Interior Minister"
    /// keeps its country).
    fn lone_portfolio(&self, p: &[usize]) -> bool {
        let words = self.words_of(p);
        !words.is_empty()
            && words
                .iter()
                .all(|w| is_portfolio_word(w) && !lexicon::is_demonym(w))
            && !words.last().is_some_and(|w| lexicon::is_kind_suffix(w))
    }

    /// The words of tokens `p`.
    pub(super) fn words_of(&self, p: &[usize]) -> Vec<&str> {
        p.iter().map(|&t| self.word(t)).collect()
    }

    /// Token `t` is a plural noun for people: "Samoans", "Senators",
    /// "Democrats".
    fn people_noun(&self, t: usize) -> bool {
        let w = self.word(t);
        super::candidate_words::is_people(w)
            || is_plural_title(w)
            || super::name_words::is_party_members(w)
    }

    /// The sentence holding token `t` ends with a question mark.
    pub(super) fn question(&self, t: usize) -> bool {
        let Some(sentence) = self.tokens.get(t).map(|x| x.sentence) else {
            return false;
        };
        let next = self.tokens.iter().skip(t).find(|x| x.sentence != sentence);
        let last = self
            .tokens
            .iter()
            .skip(t)
            .take_while(|x| x.sentence == sentence)
            .last();
        let tail = last
            .and_then(|l| {
                self.text
                    .get(l.full_end..next.map_or(self.text.len(), |n| n.start))
            })
            .unwrap_or("");
        tail.contains('?')
    }
}

/// "23rd", "1st", "4th": digits and an ordinal's ending.
pub(super) fn is_numeral_ordinal(word: &str) -> bool {
    // Most words open with a letter: answered at the first byte.
    if !word.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return false;
    }
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && matches!(word.get(digits.len()..), Some("st" | "nd" | "rd" | "th"))
}
