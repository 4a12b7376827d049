//! Splitting a run of capitalised words into the names it holds: at
//! possessives, calendar words, an outlet before a person (and, in
//! [`super::split_heads`], a storm's or a party's name before more words).

use super::discover::{is_name_start, is_plural_title, is_role, Block};
use super::lexicon;
use super::tokens::{is_acronym, is_capitalised, Token};
use super::work_titles::is_title_link;

impl Block<'_> {
    /// Splits a run at possessives and disallowed connectors.
    pub(super) fn split(&self, run: &[usize]) -> Vec<Vec<usize>> {
        // "Heart of Midlothian", "Sheffield Wednesday": a listed body's
        // whole name, whatever its words would say apart.
        if run.len() > 1 && lexicon::is_org(&self.words_of(run).join(" ")) {
            return vec![run.to_vec()];
        }
        if let Some(k) = self.spelled_by_acronym(run) {
            let mut pieces = run.get(..k).map_or_else(Vec::new, |left| self.split(left));
            pieces.extend(run.get(k..).map(<[usize]>::to_vec));
            return pieces;
        }
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
            // "Fans of The Lord of the Rings": a capitalised "The" after a
            // connector that joined nothing opens a name of its own, as it
            // does after "and" ("owns Fox and The Times").
            let after_and = pieces
                .last()
                .and_then(|p| p.last())
                .is_some_and(|&l| self.word(l) == "and");
            let opens_work =
                word == "The" && (after_and || pieces.last().is_some_and(Vec::is_empty));
            if opens_work && after_and {
                pieces.push(Vec::new());
            }
            let inner_stop = self.inner_stop(run, k, t) && !opens_work;
            let lower = inner_stop.then(|| word.to_lowercase());
            let w = lower.as_deref().unwrap_or(word);
            if self.calendar_break(run, k, t) {
                pieces.push(Vec::new());
                continue;
            }
            if k == 0 && self.unit_ordinal(run) {
                // "82nd Airborne Division": the unit's number opens its name.
                if let Some(p) = pieces.last_mut() {
                    p.push(t);
                }
                continue;
            }
            if !is_name_start(w) {
                let left = pieces.last().map_or(&[][..], Vec::as_slice);
                let allowed = self.connector_joins(w, run, k, left, in_of, inner_stop);
                match pieces.last_mut().filter(|p| allowed && !p.is_empty()) {
                    Some(p) => {
                        p.push(t);
                        in_of |= matches!(w, "of" | "for" | "on");
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
            while p.first().is_some_and(|&t| !is_name_start(self.word(t))) && !self.unit_ordinal(p)
            {
                p.remove(0);
            }
            // "Helen Ashworth KC", "Paul Waugh MP": an honour or office
            // written after a person's name is no part of it (after a
            // title, [`Block::trim`] drops it).
            let post_nominal = p.last().is_some_and(|&t| is_post_nominal(self.word(t)));
            if post_nominal
                && p.len() >= 3
                && p.first()
                    .is_some_and(|&t| super::names::is_given_name(self.word(t)))
            {
                p.pop();
            }
            if self.ends_in_peoples_adjective(p) {
                p.pop();
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
            .flat_map(|p| self.split_party_office(p))
            .flat_map(|p| self.split_outlet_person(p))
            .flat_map(|p| self.split_leader_government(p))
            .collect()
    }

    /// "the Confederation of British Industry (CBI)": where the acronym in
    /// brackets right after the run spells the initials of its last words,
    /// those words are one name, whatever connectors join them. The
    /// position in `run` where that name starts, when it holds a connector
    /// (a run without one needs no help).
    fn spelled_by_acronym(&self, run: &[usize]) -> Option<usize> {
        let acronym = self.acronym_after(*run.last()?)?;
        if acronym.chars().count() > 8 {
            return None;
        }
        let letters: String = acronym.chars().filter(|c| c.is_uppercase()).collect();
        let words: Vec<&str> = run.iter().map(|&t| self.word(t)).collect();
        (0..words.len()).find(|&k| {
            let tail = words.get(k..).unwrap_or(&[]);
            tail.first().is_some_and(|w| is_capitalised(w))
                && tail.iter().any(|w| !is_name_start(w))
                && super::shortforms::initials(&tail.join(" ")) == letters
        })
    }

    /// "told NPR Hamza bin Laden", "Image: NASA Bill Ingalls": an acronym
    /// before a person's full name is the outlet or employer, not part of
    /// the name.
    /// The same after a company's legal form: "chairman of Chrysler LLC Jim
    /// Press", and after a body's "of" name before an East Asian one.
    fn split_outlet_person(&self, mut piece: Vec<usize>) -> Vec<Vec<usize>> {
        let words: Vec<&str> = piece.iter().map(|&t| self.word(t)).collect();
        let person_from = |k: usize| {
            words.get(k..).is_some_and(|rest| {
                (2..=4).contains(&rest.len())
                    && super::names::starts_with_given_name(&rest.join(" "))
                    && rest.iter().all(|w| !is_acronym(w))
                    && (!lexicon::is_kind_suffix(rest.last().copied().unwrap_or(""))
                        || super::names::is_given_name_surname(rest))
            })
        };
        let outlet_first = words
            .first()
            .is_some_and(|w| is_acronym(w) && !lexicon::is_ship_prefix(w))
            && person_from(1);
        let after_legal_form = (1..words.len().saturating_sub(2))
            .find(|&k| words.get(k).is_some_and(|w| is_legal_form(w)) && person_from(k + 1));
        // "Chairman of the Central Standing Committee of Chongryon So Man
        // Sul": a body's "of" name, then an East Asian name of three words
        // (not "Order of Kim Il Sung", named after him).
        let body_then_person = words.len().checked_sub(3).filter(|&k| {
            k >= 3
                && words.get(..k).is_some_and(|body| body.contains(&"of"))
                && words.get(k - 1).is_some_and(|w| is_name_start(w))
                && words.get(k..).is_some_and(super::names::is_east_asian_name)
        });
        let Some(at) = after_legal_form
            .or(outlet_first.then_some(0))
            .or(body_then_person.map(|k| k - 1))
        else {
            return vec![piece];
        };
        let rest = piece.split_off(at + 1);
        vec![piece, rest]
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
        // "Pak To Chun", "Kim In Sik": a syllable of an East Asian given
        // name may read as a function word.
        let syllable = || {
            k.checked_sub(1)
                .and_then(|p| run.get(p))
                .is_some_and(|&family| {
                    let (family, next_word) = (self.word(family), self.word(t + 1));
                    // Not "Do They Know …": words of a sentence on either side.
                    let plain = |w: &str| {
                        crate::text::words::is_function_word(w) || lexicon::is_english_word(w)
                    };
                    !plain(family)
                        && !plain(next_word)
                        && run.get(k + 1).is_some_and(|&next| {
                            next == t + 1
                                && super::names::is_east_asian_name(&[
                                    family,
                                    self.word(t),
                                    next_word,
                                ])
                        })
                })
        };
        // "Nguyen Van An": the last syllable of a name of three.
        let last_syllable = || {
            k + 1 == run.len()
                && k.checked_sub(2)
                    .and_then(|f| run.get(f..=k))
                    .is_some_and(|name| {
                        let words: Vec<&str> = name.iter().map(|&w| self.word(w)).collect();
                        name.windows(2).all(|p| p[1] == p[0] + 1)
                            && super::names::is_east_asian_name(&words)
                    })
        };
        // A word of a name, or of a work's title, after all.
        // "the drama Elizabeth I.": the pronoun never ends a sentence, a
        // numeral may.
        let numeral_ends_sentence = || {
            k + 1 == run.len()
                && self.word(t) == "I"
                && self.tokens.get(t + 1).is_none_or(|next| {
                    self.tokens
                        .get(t)
                        .is_some_and(|this| this.sentence != next.sentence)
                })
        };
        let kept = || {
            surname_like
                || numeral_ends_sentence()
                || syllable()
                || last_syllable()
                || (k + 1 < run.len() && self.capital_small_word(t))
                || self.capital_clause_word(t)
                // "Rocket Man and Your Song", "Curb Your Enthusiasm": a
                // possessive opening the title after "and", or inside it.
                || (k + 1 < run.len()
                    && super::lexicon::is_title_possessive(self.word(t))
                    && k.checked_sub(1).and_then(|a| run.get(a)).is_some_and(|&a| {
                        self.word(a) == "and" || (self.adjacent(a, t) && self.adjacent(t, t + 1))
                    }))
        };
        k > 0 && breaks_run(self.word(t)) && !kept()
    }

    /// A weekday or month inside a run ends the name before it. "Theresa
    /// May", "Brian May": a month is a surname unless a date follows it;
    /// "Good Friday" keeps its day.
    fn calendar_break(&self, run: &[usize], k: usize, t: usize) -> bool {
        let word = self.word(t);
        let date =
            !lexicon::is_month(word) || self.word(t + 1).starts_with(|c: char| c.is_ascii_digit());
        // "Workers of the February 8 Vinalon Complex": a month and its day
        // inside a run name the works (see `runs`).
        let dated = run
            .get(k + 1)
            .is_some_and(|&n| n == t + 1 && super::runs::is_day_of_month(self.word(n)));
        k > 0
            && lexicon::is_calendar(word)
            && date
            && !dated
            && !run
                .get(k - 1)
                .is_some_and(|&p| is_holiday_modifier(self.word(p)))
            && !self.sunday_of_paper(run, k)
            && !self.weekday_paper(t)
    }

    /// "Mail on Sunday": the day at `k` of `run` ends a paper's title.
    fn sunday_of_paper(&self, run: &[usize], k: usize) -> bool {
        k.checked_sub(2)
            .and_then(|p| run.get(p))
            .is_some_and(|&t| self.paper_on_sunday(t))
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
        // "the film Four Weddings and a Funeral": a cued title's small words.
        let next = run.get(k + 1).map_or("", |&n| self.word(n));
        if run.first().is_some_and(|&f| self.cued_work(f))
            && (is_title_link(w) || (w == "and" && is_title_link(next)))
        {
            return true;
        }
        if w == "of" && self.leader_after_of(run, k) {
            return false;
        }
        match w {
            // "the US PGA Tour for the Nissan Open": an event's name is
            // "for" no other event (but "Rally for the Republic", a party,
            // "Conference for Security …").
            "for"
                if lexicon::is_event_suffix(prev)
                    && lexicon::is_event_suffix(last)
                    && !lexicon::is_of_head(prev) =>
            {
                false
            }
            // "LG Electronics of South Korea": a firm's own last word, then
            // the country it is from.
            "of" if left.len() >= 2
                && left.iter().all(|&t| is_name_start(self.word(t)))
                && (super::names::is_company_word(prev)
                    || is_legal_form(prev)
                    || matches!(
                        prev,
                        "Electronics"
                            | "Motors"
                            | "Technologies"
                            | "Systems"
                            | "Airlines"
                            | "Airways"
                            | "Group"
                            | "Holdings"
                            | "Industries"
                    ))
                && self.place_ends(run, k) =>
            {
                false
            }
            "of" | "for" => {
                // "the Cayman Islands for the Golden Globes": land and water
                // are "of" a place, never "for" anything.
                (lexicon::is_of_head(prev) && !(w == "for" && is_landform(prev)))
                    // "Secretary of State Condoleezza Rice": a title's office
                    // (trimmed off with the title).
                    || (w == "of"
                        && lexicon::is_title(prev)
                        && run
                            .get(k + 1)
                            .is_some_and(|&n| lexicon::is_title_modifier(self.word(n))))
                    // "Goblet of Fire", "Game of Thrones": one ordinary noun
                    // of another, the run ending there, is one title; apart
                    // they are two stray words.
                    || (w == "of" && self.noun_of_noun(left, run, k))
                    // "fans of The Lord of the Rings": mid-sentence, a
                    // capitalised "The" opens a title held by its "of".
                    // "Bridget Jones: The Edge of Reason": a subtitle's too.
                    || (w == "of"
                        && matches!(left, [.., the, _] if self.word(*the) == "The"
                            && (!self.initial(*the) || self.after_colon(*the)))
                        && run.len() <= k + 3)
                    // "General Staff of the KPA": an army's command, whatever
                    // names the army (not "Staff of the BBC", its people).
                    || (w == "of"
                        && prev == "Staff"
                        && matches!(left, [.., g, _] if self.word(*g) == "General"))
                    // "9th Infantry Brigade of the KPA": a unit of an army.
                    || (w == "of" && lexicon::is_military_unit(prev) && self.unit_ordinal(left))
                    // "Sports Personality of the Year": an award.
                    || (w == "of" && self.of_the_year(run, k))
                    // "Group of Seven", "Gang of Four": a group by its number.
                    || (w == "of"
                        && matches!(prev, "Group" | "Gang")
                        && run.len() == k + 2
                        && super::trim_words::is_number_word(next))
                    // "Prince of Wales": a style.
                    || (w == "of"
                        && super::names::is_style_title(prev)
                        && match left {
                            [_] => true,
                            [the, _] => self.word(*the) == "The",
                            _ => false,
                        })
                    || (lexicon::is_kind_suffix(last)
                        && (w != "for" || !self.place_alone(left))
                        && !is_acronym(prev)
                        && !lexicon::is_title(prev)
                        && !is_plural_title(prev)
                        && !is_role(prev)
                        && !self.person_left(left)
                        && !self.plural_opener(left))
                    || self.common_head(left, prev)
                    || (in_of && (self.stats.lower(prev) > 0 || lexicon::is_english_word(prev)))
                    // "Committee for the Peaceful Reunification of Korea": a
                    // country ends a name already joined by "for".
                    || (w == "of"
                        && left.iter().any(|&t| self.word(t) == "for")
                        && self.place_ends(run, k))
            }
            "on" => lexicon::is_on_head(prev) || self.sunday_of_paper(run, k + 1),
            "the" => {
                matches!(prev, "of" | "for" | "on" | "with" | "Against")
                    // "Monument to the Victorious Fatherland Liberation War".
                    || (prev == "to"
                        && matches!(left, [.., m, _] if matches!(self.word(*m), "Monument" | "Memorial")))
                    // "Alexander the Great", "Pliny the Elder": a ruler's
                    // or a writer's epithet ends the one name.
                    || (left.len() == 1
                        && run.len() == k + 2
                        && run.get(k + 1).is_some_and(|&n| super::names::is_epithet(self.word(n))))
                    // "Oxfam and Save the Children": the verb opens its piece.
                    || (lexicon::is_campaign_verb(prev)
                        && (left
                            .iter()
                            .take(left.len().saturating_sub(1))
                            .all(|&t| self.word(t) == "The")
                            // "Coalition to Stop the War": a body's aim.
                            || k.checked_sub(2)
                                .and_then(|q| run.get(q))
                                .is_some_and(|&q| self.word(q) == "to")))
            }
            "and" => self.and_joins(left, run, k, false),
            _ => !inner_stop,
        }
    }

    /// Token `t` follows a colon inside its line ("Bridget Jones: The …").
    fn after_colon(&self, t: usize) -> bool {
        t.checked_sub(1)
            .is_some_and(|p| super::tokens::gap(self.text, self.tokens, p, t) == Some(": "))
    }

    /// "travel to Dubai for the Dubai Duty Free Open": a listed place named
    /// alone is "for" no name.
    fn place_alone(&self, left: &[usize]) -> bool {
        matches!(left, [only] if super::places::is_known_place(self.word(*only)))
    }

    /// "Workers of the Kim Chong Thae Electric Locomotive Complex", "Officials
    /// of the Foreign Ministry": an ordinary plural opening the sentence
    /// alone says who, before the name of the body they belong to.
    fn plural_opener(&self, left: &[usize]) -> bool {
        matches!(left, [only] if self.initial(*only) && {
            let w = self.word(*only);
            w.ends_with('s') && lexicon::is_english_word(w)
        })
    }

    /// The rest of `run` after the connector at `k` (and a "the") is a
    /// known place or a homeland.
    fn place_ends(&self, run: &[usize], k: usize) -> bool {
        let rest: Vec<&str> = run
            .iter()
            .skip(k + 1)
            .map(|&t| self.word(t))
            .skip_while(|w| *w == "the")
            .collect();
        // "… Reunification of the Fatherland": a country named by its
        // people's word for it.
        let homeland = matches!(
            rest.as_slice(),
            ["Fatherland" | "Motherland" | "Homeland" | "Country" | "Nation"]
        );
        homeland || (!rest.is_empty() && super::places::is_known_place(&rest.join(" ")))
    }
}

/// A capitalised function word that cannot sit inside a name ("On", "In",
/// "Is"); "Of", "For", "And", "The" may, as connectors.
fn breaks_run(word: &str) -> bool {
    crate::text::words::is_function_word(word)
        && !matches!(
            word,
            "Last"
                | "Next"
                | "Against"
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

/// A company's legal form, which ends its name.
pub(super) fn is_legal_form(word: &str) -> bool {
    matches!(
        word,
        "Inc"
            | "Inc."
            | "Co."
            | "LLC"
            | "Ltd"
            | "Ltd."
            | "PLC"
            | "plc"
            | "Corp"
            | "Corp."
            | "GmbH"
            | "AG"
            | "SA"
            | "NV"
            | "LLP"
    )
}

/// Letters written after a person's name: a rank of counsel, an honour, a
/// seat, a degree.
pub(super) fn is_post_nominal(word: &str) -> bool {
    matches!(
        word,
        "KC" | "QC"
            | "SC"
            | "MP"
            | "MSP"
            | "MS"
            | "MLA"
            | "MEP"
            | "OBE"
            | "MBE"
            | "CBE"
            | "KBE"
            | "DBE"
            | "PhD"
            | "FRS"
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

/// A landform or a body of water that heads a name with "of" ("Isle of
/// Man", "Gulf of Aden").
fn is_landform(word: &str) -> bool {
    matches!(
        word,
        "Island"
            | "Islands"
            | "Isle"
            | "Sea"
            | "Gulf"
            | "Bay"
            | "Strait"
            | "Straits"
            | "Lake"
            | "Mount"
            | "Cape"
            | "Valley"
            | "Plain"
            | "Plains"
            | "Archipelago"
    )
}
