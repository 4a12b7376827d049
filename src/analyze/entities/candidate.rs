//! Turning a cleaned piece of a capitalised run into a candidate name:
//! rejecting fillers, judging single words that open a sentence, and the
//! dateline's city.

use super::candidate_words::{
    is_demonym_noun, is_filler, is_foreign_letter, is_lone_initial, is_people, is_roman_numeral,
    is_ticker, mostly_latin, stands_for_a_term,
};
use super::classify::name_votes;
use super::context::context_votes;
use super::discover::{is_name_start, Block, Candidate};
use super::tokens::{is_acronym, is_capitalised, Token};
use super::votes::Votes;

/// The weight of a person-shaped name with no other evidence: less than any
/// cue, even summed over a hundred mentions.
const PERSON_SHAPE: f32 = 0.02;
use super::{dateline, lexicon, names, places, EntityKind};

impl Block<'_> {
    /// "the Treasury", "The Senate": an institution named by one generic word
    /// right after "the".
    fn institution(&self, first: usize, words: &[&str]) -> bool {
        matches!(words, [w] if names::is_institution(w))
            && first.checked_sub(1).is_some_and(|p| {
                self.word(p).eq_ignore_ascii_case("the") && self.adjacent(p, first)
            })
    }

    /// "Lord Fraser of Carmyllie", "Baroness Kennedy of the Shaws": the
    /// word at `i` names a life peer's seat, part of the title, no place of
    /// the news.
    fn peerage_seat(&self, i: usize) -> bool {
        // Past a "the" before the seat.
        let i = match i.checked_sub(1) {
            Some(t) if self.word(t) == "the" && self.adjacent(t, i) => t,
            _ => i,
        };
        i.checked_sub(3).is_some_and(|t| {
            matches!(self.word(t), "Lord" | "Baroness" | "Baron" | "Lady")
                && is_capitalised(self.word(t + 1))
                && self.word(t + 2) == "of"
                && self.adjacent(t, t + 1)
                && self.adjacent(t + 1, t + 2)
                && self.adjacent(t + 2, i)
        })
    }

    /// The word after token `last`, a space apart, is an object pronoun
    /// ("it", "them"): no name comes right before one.
    fn object_pronoun_after(&self, last: usize) -> bool {
        super::tokens::gap(self.text, self.tokens, last, last + 1) == Some(" ")
            && self
                .tokens
                .get(last + 1)
                .is_some_and(|t| matches!(t.word(self.text), "it" | "them" | "him" | "me" | "us"))
    }

    /// A sentence-initial word vouched for as a name by what follows it: an
    /// appositive ("Anthropic, a rival …") or a coordinated name ("Fitch and
    /// Moody's").
    fn vouched(&self, last: usize) -> bool {
        let Some(t) = self.tokens.get(last) else {
            return false;
        };
        let after = self.text.get(t.full_end..).unwrap_or("");
        let next = self.word(last + 1);
        let appositive = (after.starts_with(", a ") || after.starts_with(", an "))
            && self
                .word(last + 2)
                .chars()
                .next()
                .is_some_and(char::is_lowercase);
        let coordinated = (after.starts_with(" and ") || after.starts_with(" or "))
            && self.adjacent(last + 1, last + 2)
            && is_name_start(self.word(last + 2))
            && !lexicon::is_stopword(self.word(last + 2));
        // "Celtic manager Brendan Rodgers", "Hearts fans protested"; not
        // "Local officials said", a word the corpus mostly writes in lower
        // case, nor "Agricultural workers", an adjective (but "Real
        // coach", a club's first word).
        let w = self.word(last);
        let org_noun = self.stats.lower(w) <= self.stats.cap_mid(w)
            && (!super::classify::ends_in_adjective(w) || names::is_club_prefix(w))
            // Nor "Fund manager Brandes": a body's generic word.
            && !lexicon::is_org_suffix(w)
            && super::cues::is_org_after(next)
            // Nor "Jihadist fighters": a creed's adjective.
            && !(super::cues::is_armed_group_noun(next) && w.ends_with("ist"))
            && next.chars().next().is_some_and(char::is_lowercase)
            && self.adjacent(last, last + 1)
            && !t.possessive()
            // Nor "Outgoing leader Michael Howard", "Regular captain …",
            // "Coffee chain Starbucks": an ordinary word opening the
            // sentence, which the corpus never writes with a capital
            // elsewhere (a singular: but inside longer names, "Music fans"
            // beside the "Mercury Music Prize"; a plural may be a side's
            // short name, "Saints owner"), describes the noun after it (a
            // leader, or any noun where the corpus does not vouch for it;
            // but "Wolves manager", "Hearts fans": a plural describes no
            // noun, a side names its staff).
            && !(t.initial
                && (matches!(next, "leader" | "leaders")
                    || (if w.ends_with('s') && !w.ends_with("ss") {
                        self.stats.cap_mid(w)
                    } else {
                        self.stats.alone(w)
                    } == 0
                        && !(w.ends_with('s') && super::cues::is_team_noun(next))))
                && lexicon::is_english_word(&w.to_lowercase())
                && !lexicon::is_org(w)
                && names::party(w).is_none())
            // Nor "Supermarket chain Wm Morrison": a trade's noun.
            && !(t.initial && super::trim_words::is_trade_noun(&w.to_lowercase()));
        // "Hearts drew 1-1 with Hibernian", "Wolves beat Leeds 2-0": a side's
        // result, whatever the word means in lower case; likewise
        // "Rangers, who were held 1-1 by Hibernian" past ", who".
        let who = after.starts_with(", who ");
        let result =
            (who || matches!(
                next,
                "drew" | "beat" | "won" | "lost" | "thrashed" | "edged" | "hammered"
            )) && (last + 2..=last + if who { 5 } else { 4 })
                .any(|k| super::context::is_score(self.word(k)));
        appositive || org_noun || result || (coordinated && matches!(next, "and" | "or"))
    }

    /// Two to four words shaped like a personal name: capitalised letters
    /// only (initials allowed, with or without dots: "JK Rowling"), no list
    /// word, and none more often an ordinary lower-case word of the corpus
    /// than a capitalised one (a given name such as "Rich" or "Mark" may be).
    pub(super) fn person_shaped(&self, words: &[&str]) -> bool {
        // "Luiz Inacio Lula da Silva", "Jose Eduardo dos Santos": a
        // surname's particle inside the name is no name word of its own.
        // Not "Senado de Puerto Rico": what follows is a place.
        let particle = |(i, w): &(usize, &&str)| {
            *i > 0
                && matches!(
                    **w,
                    "da" | "de"
                        | "del"
                        | "della"
                        | "di"
                        | "du"
                        | "dos"
                        | "das"
                        | "do"
                        | "van"
                        | "von"
                        | "der"
                        | "bin"
                        | "ibn"
                )
                && words
                    .get(i + 1..)
                    .is_some_and(|rest| !rest.is_empty() && !places::is_place(&rest.join(" ")))
        };
        let kept: Vec<&str>;
        let words = if words.iter().enumerate().any(|iw| particle(&iw)) {
            kept = words
                .iter()
                .enumerate()
                .filter(|iw| !particle(iw))
                .map(|(_, w)| *w)
                .collect();
            &kept[..]
        } else {
            words
        };
        (2..=4).contains(&words.len())
            // "Spoken Motion", "Card Tricks": not only English words (a
            // given name such as "Dries" or "Rich" may be one).
            && !words.iter().all(|w| lexicon::is_english_word(w))
            // "Finding Neverland", "Saving Private Ryan": a title opening
            // with a gerund, not a given name.
            && !words.first().is_some_and(|w| is_gerund(w))
            // "Old Trafford", "Great Yarmouth", "Upper Norwood": a place's
            // adjective, no given name.
            && !matches!(
                words.first(),
                Some(&("Old" | "New" | "Great" | "Greater" | "Upper" | "Lower" | "Fort" | "Port"))
            )
            // "Guantanamo Britons", "Native Americans": a people's
            // plural names a group, no one.
            && !words.last().is_some_and(|w| w.ends_with('s') && is_people(w))
            && words.iter().enumerate().all(|(i, w)| {
                is_capitalised(w)
                    && (!is_acronym(w) || (i == 0 && initials_and_surname(words)))
                    && w.chars()
                        .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
                    && !lexicon::is_generic(w)
                    && !lexicon::is_title(w)
                    && !lexicon::is_demonym(w)
                    && !lexicon::is_stopword(w)
                    && !lexicon::is_calendar(w)
                    && !lexicon::is_kind_suffix(w)
                    && !places::is_place(w)
                    && ((i == 0 && names::is_given_name(w))
                        || self.stats.lower(w) <= self.stats.cap_mid(w))
            })
    }

    /// "three Tests", "the 12 Finals": an ordinary plural counted by the
    /// number before it is a kind of thing, no name.
    fn counted_plural(&self, first: usize, words: &[&str]) -> bool {
        let [word] = words else {
            return false;
        };
        let Some(before) = first.checked_sub(1).filter(|&b| self.adjacent(b, first)) else {
            return false;
        };
        let count = self.word(before);
        word.ends_with('s')
            && ((!count.is_empty() && count.bytes().all(|b| b.is_ascii_digit()))
                || super::trim_words::is_number_word(&super::context::capitalise(count)))
            && !is_acronym(word.trim_end_matches('s'))
            && lexicon::is_english_word(word)
    }

    /// "a poll for the Times suggested", "he told the Independent.": a
    /// paper's one-word title after "the" mid-sentence, where no noun
    /// follows it ("the Independent candidate").
    fn paper_after_the(&self, first: usize, words: &[&str]) -> bool {
        let [w] = words else {
            return false;
        };
        let after_the = first
            .checked_sub(1)
            .is_some_and(|p| self.word(p) == "the" && self.adjacent(p, first));
        let noun_next = self.content_word_after(first).is_some_and(|next| {
            !next.ends_with("ed") && !matches!(next, "says" | "reports" | "has" | "is" | "was")
        });
        after_the
            && !noun_next
            && super::discover::keeps_article(w)
            && !matches!(*w, "Atlantic" | "Hague" | "Hill" | "Sun" | "Beatles")
    }

    /// Turns a cleaned piece into a candidate, or rejects it.
    pub(super) fn candidate(
        &self,
        piece: &[usize],
        titled: bool,
        headline: bool,
    ) -> Option<Candidate> {
        let (&first, &last) = (piece.first()?, piece.last()?);
        if self.too_long(piece) {
            return None;
        }
        // "(Asian) and Oceanian Affairs Bureau": a connector or another
        // small word in lower case left first by an earlier cut opens no
        // name ("82nd Airborne Division" opens with its number).
        if piece.len() > 1 && !is_name_start(self.word(first)) && !self.unit_ordinal(piece) {
            return self.candidate(&piece[1..], titled, headline);
        }
        // "Victory Day Celebrated", "Hostile Policy Blasted": a title-case
        // headline's last past participle is its verb, and one left alone
        // ("Credentials Presented to …") names nothing.
        if headline && is_headline_participle(self.word(last)) {
            return self.candidate(&piece[..piece.len() - 1], titled, headline);
        }
        // "Labour MPs": a plural acronym after a name is no part of it.
        if piece.len() > 1
            && self
                .word(last)
                .strip_suffix('s')
                .is_some_and(|w| is_acronym(w) && w.len() <= 3)
        {
            return self.candidate(&piece[..piece.len() - 1], titled, headline);
        }
        let (t0, tl) = (self.tokens.get(first)?, self.tokens.get(last)?);
        let words: Vec<&str> = piece.iter().map(|&t| self.word(t)).collect();
        // "l’Azé" of "Pech-de-l’Azé": an elided article continues a name
        // and never opens one.
        if words
            .first()
            .is_some_and(|w| super::tokens::behind_elision(w).is_some())
        {
            return None;
        }
        // "the Chief Executive": an office, though its last word may end a
        // body's name ("Scottish Executive"); not "Queen's Club", nor a
        // party ("Labour").
        if words.len() > 1
            && words.iter().any(|w| lexicon::is_title(w))
            && words
                .iter()
                .all(|w| lexicon::is_title(w) || lexicon::is_title_modifier(w))
            && !piece
                .iter()
                .any(|&t| self.tokens.get(t).is_some_and(Token::possessive))
        {
            return None;
        }
        // "Legal & General": ordinary words joined by "&" name a firm.
        let structured = words.len() > 1
            && (words.last().is_some_and(|w| lexicon::is_kind_suffix(w))
                || words.iter().any(|w| !is_name_start(w))
                || self
                    .text
                    .get(t0.start..tl.end)
                    .is_some_and(|s| s.contains(" & ")));
        let mut name = self
            .text
            .get(t0.start..tl.end)
            .unwrap_or("")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        // "ITunes has 80% of the market": a sentence's capital on a brand
        // written in lower case ("iTunes", "eBay").
        if t0.initial {
            if let Some(brand) = super::tokens::brand_in_sentence_case(&name) {
                name = brand;
            }
        }
        let party = names::party(&name);
        let institution = self.institution(first, &words);
        // "the Sun newspaper", "The Sun" mid-sentence: a paper's title, though
        // its word alone names the star.
        let paper = (matches!(self.word(last + 1), "newspaper" | "tabloid" | "paper")
            && self.adjacent(last, last + 1))
            || (matches!(words.as_slice(), ["The", w] if super::discover::keeps_article(w))
                && !t0.initial);
        let paper_after_the = self.paper_after_the(first, &words);
        let paper = paper || paper_after_the;
        // "Mr Green", "Mrs Church", "Lord Black": an honorific or a peer's
        // title vouches for a surname that is also an ordinary word (not
        // "Mr. President", an address).
        let honoured = matches!(words.as_slice(), [w] if !lexicon::is_title(w))
            && first.checked_sub(1).is_some_and(|h| {
                self.adjacent(h, first)
                    && (super::trim_words::is_honorific(self.word(h))
                        || matches!(self.word(h), "Dr" | "Dr." | "Lord" | "Lady" | "Baroness"))
            });
        let named = structured || party.is_some() || institution || paper || honoured;
        let fillers = words.iter().all(|w| is_filler(w));
        // "GNP", "BA": capitals that usually stand for a term (gross national
        // product, a degree) stay as a weak name, kept only where the
        // article spells out a name of those initials ("the Grand National
        // Party (GNP)").
        let common_capitals = matches!(words.as_slice(), [w] if stands_for_a_term(w)
            && (2..=5).contains(&w.len()));
        // "the Christian Democrats", "the Christian Socialists": Europe's
        // parties of that name, not members of a faith and a party.
        let creed_party = matches!(words.as_slice(), ["Christian", members]
            if super::name_words::is_party_members(members));
        // Not "the North East", a known region of compass words.
        let kept = named
            || creed_party
            || common_capitals
            || (words.len() > 1 && places::is_place(&name))
            || lexicon::is_known_event(&name);
        if fillers && !kept {
            return None;
        }
        if self.portfolio_of_title(first, &words)
            || self.portfolio_before_title(piece)
            || self.counted_plural(first, &words)
        {
            return None;
        }
        // "Ким Чен Ын" pasted into English text: the rules read the
        // block's own script, and cannot type or join a name in another.
        if name.chars().any(is_foreign_letter)
            && *self.latin.get_or_init(|| mostly_latin(self.text))
        {
            return None;
        }
        // "the Sri Lankan government": a nation's adjective of two words,
        // which `nationality` reads as a mention of the nation.
        if let [a, b] = words.as_slice() {
            if super::nationality::is_pair_adjective(a, b) {
                return None;
            }
        }
        // "American Samoans", "South Koreans": a people, no name.
        if let [head @ .., last] = words.as_slice() {
            let of_places = head
                .iter()
                .all(|w| lexicon::is_demonym(w) || places::is_place(w));
            if is_people(last) && of_places {
                return None;
            }
            // "a New York Democrat", "the Ohio Republican": a member of a
            // party from the place.
            if matches!(*last, "Democrat" | "Republican") && places::is_place(&head.join(" ")) {
                return self.candidate(&piece[..piece.len() - 1], titled, headline);
            }
        }
        // A title-case headline's capitals prove nothing, but an acronym or
        // a listed name is one wherever it stands ("Talks between DPRK and
        // …").
        let listed = matches!(words.as_slice(), [w] if is_acronym(w) || super::grouping::known(w));
        let mut weak = (headline && !listed) || common_capitals;
        if let [w] = words.as_slice() {
            // "Mr Banks": a word after a courtesy title is a surname, however
            // common.
            weak |= self.single_word(w, t0, last, party.is_some(), institution)? && !honoured;
        }
        let mut votes = name_votes(&name);
        // "the Windows Firewall", "The Basement Jaxx and …": a person's
        // name takes no article.
        let after_the = first
            .checked_sub(1)
            .is_some_and(|p| matches!(self.word(p), "the" | "The") && self.adjacent(p, first));
        // "PlayStation Portable": a brand's inner capital opens no person's
        // name (the shape still joins runs: "CentOS Stream" stays one).
        let brand = words.first().is_some_and(|w| names::is_camel_case(w));
        // "The Pensions Regulator, which …": no one is a "which".
        let which = self
            .text
            .get(tl.full_end..)
            .is_some_and(|a| a.starts_with(", which "));
        // "Eurofighter Typhoon jets": a name before a thing's noun names
        // the make.
        let make = || super::tokens::thing_noun_after(self.text, self.tokens, last);
        if votes == Votes::default()
            && !after_the
            && !brand
            && !which
            && !make()
            && self.person_shaped(&words)
        {
            // "Dries Mertens", "Marc Headley": two to four name words, none
            // an ordinary word of the corpus, nothing else known: most such
            // names in news are people. A token weight, so that any cue wins.
            votes.add(EntityKind::Person, PERSON_SHAPE);
        }
        votes.merge(&context_votes(self.text, self.tokens, first, last));
        // "The Godfather died": no one's name keeps "The", whatever the
        // verb after it says.
        if words.first() == Some(&"The") {
            votes.withdraw(EntityKind::Person, f32::MAX);
        }
        if titled {
            // An honorific before one word outweighs a place's kind word
            // ("Mr Field"), as a title does a kind word that is a common
            // surname ("Judge Sim Lake").
            let surname_kind =
                words.len() > 1 && words.last().is_some_and(|w| names::is_surname_kind_word(w));
            votes.add(
                EntityKind::Person,
                if honoured || surname_kind { 12.0 } else { 6.0 },
            );
        }
        if party.is_some() || institution {
            votes.add(EntityKind::Organization, 10.0);
        }
        if paper_after_the {
            votes.add(EntityKind::Organization, 4.0);
        }
        // "in Get On Up": a work, whatever the preposition before it says.
        if self.work_title(piece) {
            // "the song Lantern in the Harbour": after the work's noun, the
            // title's last word names no kind.
            let cued = self.cued_title(piece);
            votes.add(EntityKind::Other, if cued { 12.0 } else { 4.0 });
        }
        if common_capitals {
            // Its kind is the spelt-out name's; it lends none to a list.
            votes = Votes::default();
        }
        // "south Korea", as North Korea's press writes it: the compass word
        // in lower case still names the country.
        let compass = match words.as_slice() {
            [w] => self.compass_country(first, w),
            _ => None,
        };
        let start = compass.as_ref().map_or(t0.start, |(start, _)| *start);
        Some(Candidate {
            start,
            end: tl.end,
            sentence: t0.sentence,
            name: match compass {
                Some(_) => self.text.get(start..tl.end).unwrap_or(&name).to_string(),
                None => name,
            },
            votes,
            weak,
            display: compass
                .map(|(_, country)| country)
                .or(party.map(str::to_string)),
        })
    }

    /// The lower-case "south" or "north" right before `w` (token `first`),
    /// when `w` is a nation divided into two countries, "North w" and
    /// "South w" (Korea; not "south Sudan" nor "south Africa", which may
    /// be regions): that country's start and name.
    fn compass_country(&self, first: usize, w: &str) -> Option<(usize, String)> {
        let p = first.checked_sub(1).filter(|&p| self.adjacent(p, first))?;
        let compass = match self.word(p) {
            "south" => "South",
            "north" => "North",
            _ => return None,
        };
        let divided =
            places::is_country(&format!("North {w}")) && places::is_country(&format!("South {w}"));
        divided.then(|| {
            let start = self.tokens.get(p).map_or(0, |t| t.start);
            (start, format!("{compass} {w}"))
        })
    }

    /// A one-word name `w` starting at token `t0`: `None` when it is no name
    /// (a demonym, an adjective, a numeral, a word in capitals for
    /// emphasis), else whether it is weak (a common word that opens its
    /// sentence). `party`, `institution`: the word names a party, or an
    /// institution after "the".
    fn single_word(
        &self,
        w: &str,
        t0: &Token,
        last: usize,
        party: bool,
        institution: bool,
    ) -> Option<bool> {
        let known = places::is_place(w)
            || places::is_planet(w)
            || lexicon::is_org(w)
            || lexicon::alias(w).is_some()
            || party
            || institution
            || names::is_camel_case(w);
        let acronym_plural = w.strip_suffix('s').is_some_and(is_acronym);
        // "Chinese-language", "Japanese-made": an adjective; so is a
        // compound of ordinary words opening a sentence ("Far-right leader
        // …", "Long-term rates …").
        let adjective_compound = w.split_once('-').is_some_and(|(a, b)| {
            b.starts_with(char::is_lowercase)
                && (lexicon::is_demonym(a)
                    || (t0.initial
                        && w.split('-')
                            .all(|part| lexicon::is_english_word(&part.to_lowercase()))))
        });
        // "Vice-Marshals", "Vice-Minister" alone, "Senators" where the
        // corpus writes "senators" or in a title-case headline ("Talks
        // between Defence Ministers"): an office, no one's name (not "Prince"
        // or "Queen", a singer's and a band's too; nor "Kings" County).
        let office = w.contains('-')
            && (lexicon::is_title(w) || super::discover::is_plural_title(w))
            || (super::discover::is_plural_title(w) && (self.stats.lower(w) > 0 || self.headline));
        // "a landmark of the 21st Century": a time, no name (but "20th
        // Century Fox" goes on past it).
        let age = matches!(w, "Century" | "Millennium")
            && last.checked_sub(1).is_some_and(|p| {
                self.adjacent(p, last) && super::trim::is_numeral_ordinal(self.word(p))
            });
        if adjective_compound
            || (office && !known)
            || self.peerage_seat(last)
            || is_measure(w)
            || age
        {
            return None;
        }
        if (lexicon::is_demonym(w)
            || is_demonym_noun(w)
            || w.chars().count() < 2
            || is_lone_initial(w))
            && !party
            || acronym_plural
        {
            return None;
        }
        if is_acronym(w) && !known && is_ticker(self.text.get(..t0.start).unwrap_or("")) {
            // "(NASDAQ: AAPL)": a share's ticker, not a name.
            return None;
        }
        if is_acronym(w) && !known && (is_roman_numeral(w) || self.stats.lower(w) > 0) {
            // "XVII"; "UNLESS", "HUGE": a numeral, or a word in capitals
            // for emphasis (seen in lower case in the corpus).
            return None;
        }
        if known || is_acronym(w) {
            return Some(false);
        }
        // "Kadima, meaning Forward": a name's translation, an ordinary word.
        let translated = last
            .checked_sub(1)
            .is_some_and(|m| matches!(self.word(m), "meaning" | "means") && self.adjacent(m, last));
        if translated && lexicon::is_english_word(&w.to_lowercase()) {
            return None;
        }
        // "Dissolv it in water": a sentence's first word before an object
        // pronoun is a verb, though misspelt.
        if t0.initial && self.object_pronoun_after(last) {
            return None;
        }
        // Seen in lower case in the corpus and opening this sentence:
        // a common word unless names clearly outnumber it.
        let lower = self.stats.lower(w).saturating_mul(3);
        // Never seen in lower case nor alone, and no English word
        // ("Ubisoft, Microsoft and …", "Westchester lies north of …"): a
        // name.
        // Capitals counted only where the word stands alone: "Computer" of
        // "Apple Computer" vouches for no sentence's "Computer users".
        // A shop's possessive name counts by its stem ("Waterstone's said").
        let alone = self.stats.alone(w);
        let stem = crate::text::words::strip_possessive(w).unwrap_or(w);
        // "Inzamam-ul-Haq", "Mercedes-Benz": hyphened parts, none an
        // English word (not "Co-lead", "Party-goers"); "U2", "G8": a
        // short code of a capital and a digit, which no common word holds
        // (not "Brianhayden1980", a user's handle).
        let coded = stem.len() <= 4
            && stem.starts_with(|c: char| c.is_ascii_uppercase())
            && stem.chars().all(|c| c.is_ascii_alphanumeric())
            && stem.chars().any(|c| c.is_ascii_digit());
        let unseen_name = alone == 0
            && lower == 0
            && !lexicon::is_english_word(stem)
            && !lexicon::is_agent_compound(stem)
            && (stem.chars().all(char::is_alphabetic)
                || coded
                || (stem.contains('-') && stem.split('-').all(lexicon::is_coined_word)));
        Some(if t0.initial {
            (alone == 0 || lower > alone) && !unseen_name && !self.vouched(last)
        } else {
            self.stats.common(w)
        })
    }
}

/// The dateline's cities in capitals, each named in title case as a place,
/// and the end of the last.
pub(super) fn dateline_cities(text: &str, tokens: &[Token]) -> Option<(Vec<Candidate>, usize)> {
    let found = dateline::find(text)?;
    let cities: Vec<Candidate> = [found.city, found.second_city]
        .into_iter()
        .flatten()
        .filter_map(|(start, end)| dateline_city(text, tokens, start, end))
        .collect();
    let end = cities.last()?.end;
    Some((cities, end))
}

/// The city in capitals at `start..end`, named in title case as a place.
fn dateline_city(text: &str, tokens: &[Token], start: usize, end: usize) -> Option<Candidate> {
    let caps = text.get(start..end)?;
    let display = dateline::title_case(caps);
    let mut votes = name_votes(&display);
    votes.add(EntityKind::Place, 6.0);
    let sentence = tokens
        .iter()
        .find(|t| t.start >= start)
        .map_or(0, |t| t.sentence);
    let candidate = Candidate {
        start,
        end,
        sentence,
        name: caps.to_string(),
        votes,
        weak: false,
        display: Some(display),
    };
    Some(candidate)
}

/// "512MB", "20GB", "3GHz", "600MW": a quantity and its unit in one word.
fn is_measure(word: &str) -> bool {
    let unit = word.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
    unit.len() < word.len()
        && matches!(
            unit,
            "KB" | "MB"
                | "GB"
                | "TB"
                | "Kb"
                | "Mb"
                | "Gb"
                | "Hz"
                | "kHz"
                | "MHz"
                | "GHz"
                | "kW"
                | "KW"
                | "MW"
                | "GW"
                | "kWh"
                | "MWh"
                | "GWh"
                | "TWh"
                | "mAh"
                | "mph"
                | "kph"
        )
}

/// An ordinary English word in "-ing" that is no given name: "Finding",
/// "Saving", not "Sterling" or "Irving".
fn is_gerund(word: &str) -> bool {
    word.ends_with("ing") && lexicon::is_english_word(word) && !names::is_given_name(word)
}

/// Initials written without dots before a surname, as British papers do
/// ("JK Rowling", "CS Lewis"): two capitals that are no known body, place
/// or short form, then a word that is no ordinary English word unless it
/// is a listed name ("WG Grace"; not "SF Conservancy", "LA Sheriff").
pub(super) fn initials_and_surname(words: &[&str]) -> bool {
    let [initials, surname] = words else {
        return false;
    };
    initials.len() == 2
        && initials.chars().all(|c| c.is_ascii_uppercase())
        && !lexicon::is_org(initials)
        && lexicon::alias(initials).is_none()
        && !places::is_place(initials)
        && (!lexicon::is_english_word(surname)
            || names::is_surname(surname)
            || names::is_given_name(surname))
}

/// A past participle closing a title-case headline ("Celebrated",
/// "Held"), not a name's word ("United", "Limited").
pub(super) fn is_headline_participle(word: &str) -> bool {
    let lower = word.to_lowercase();
    let regular = lower.len() > 5
        && lower.ends_with("ed")
        && lexicon::is_english_word(&lower)
        && !lexicon::is_kind_suffix(word)
        && !matches!(word, "United" | "Federated" | "Reformed" | "Red");
    regular
        || matches!(
            word,
            "Held" | "Built" | "Given" | "Made" | "Shown" | "Sent" | "Won"
        )
}
