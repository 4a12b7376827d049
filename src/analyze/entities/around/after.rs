//! The words right after a name, and later in the clause it opens: a
//! speech verb, a kind's noun, a score, a possessive pronoun.

use super::super::around_words::{
    is_compass_adjective, is_direction, is_drill_adjective, is_government_noun,
    is_industrial_product, is_system_noun,
};
use super::super::classify::is_ordinary_plural;
use super::super::context::{is_score, is_set_scores};
use super::super::cues::is_member_of_parliament;
use super::super::cues::{
    is_armed_group_noun, is_band_member, is_event_after, is_music_genre, is_org_after, is_team_noun,
};
use super::super::tokens::{is_capitalised, Token};
use super::super::votes::Votes;
use super::super::{lexicon, names, places, EntityKind};
use super::Around;

impl<'a> Around<'a> {
    /// The name is a place, a party, a known body or a people's adjective,
    /// which a government may be named after too.
    fn leader_unlikely(&self) -> bool {
        let name = self.name.join(" ");
        places::is_known_place(&name)
            || names::party(&name).is_some()
            || lexicon::is_org(&name)
            || lexicon::is_demonym(&name)
            || self.name.iter().any(|w| super::super::tokens::is_acronym(w))
            || lexicon::is_english_word(&name)
            // "the Samoan government": a people's adjective not listed.
            || self.name.iter().any(|w| lexicon::is_demonym(w))
            || self.name.last().is_some_and(|w| {
                ["ian", "ean", "ese", "ish", "an", "ot"]
                    .iter()
                    .any(|s| w.ends_with(s))
            })
    }

    /// A record's noun follows the name, maybe past a few modifiers, with
    /// no break between ("new album", "fourth US number one album").
    fn record_owned(&self) -> bool {
        (self.last + 1..self.last + 6)
            .take_while(|&t| self.close(t - 1, t))
            .any(|t| matches!(self.word(t), "album" | "albums" | "single" | "singles"))
    }

    /// "according to the Halifax, the UK's biggest lender": no town takes
    /// "the" mid-sentence, so one that does, its clause ending after it, is
    /// a body named after it (not "the London bombings", nor "the Hague").
    pub(in super::super) fn town_after_the(&self, v: &mut Votes) {
        let [w] = self.name.as_slice() else {
            return;
        };
        let the = self
            .close_before(self.first)
            .is_some_and(|p| self.word(p) == "the");
        let ends = super::super::tokens::gap(self.text, self.tokens, self.last, self.last + 1)
            .is_none_or(|g| g.starts_with([',', '.', ';', ')']));
        if the && ends && places::is_city(w) && !super::super::discover::keeps_article(w) {
            v.add(EntityKind::Organization, 12.0);
        }
    }

    /// Cues in the word right after the name: a speech verb, a place's,
    /// organisation's or event's noun, a match score.
    pub(in super::super) fn next_word(&self, v: &mut Votes, end_tok: &Token) {
        if !self.close(self.last, self.last + 1) {
            return;
        }
        let w = self.word(self.last + 1);
        // "its factory at Ryton near Coventry": a place near a known one
        // is a place too, whatever the words before it say.
        if self.near_a_known_place() {
            v.add(EntityKind::Place, 4.0);
        }
        // "Ashford in Kent": one word of no given name (nor an ordinary
        // word: "Last Tango in Paris") before a known region or town leans
        // to a town in it (a firm's cue outweighs it: "Tesco in Kent"), as
        // does the first of two such words ("Gulfport and Biloxi in
        // Mississippi"); a compass word before the region says so more
        // ("Broughton in north Wales"), a country's too.
        let paired = w == "and"
            && is_capitalised(self.word(self.last + 2))
            && self.word(self.last + 3) == "in";
        let in_at = self.last + if paired { 3 } else { 1 };
        let compass =
            is_direction(self.word(in_at + 1)) || is_compass_adjective(self.word(in_at + 1));
        let region = in_at + if compass { 2 } else { 1 };
        if (w == "in" || paired)
            && matches!(self.name.as_slice(), [one] if !lexicon::is_english_word(one))
            && !self.given
            && (self.last + 1..region).all(|k| self.close(k, k + 1))
            && places::is_known_place(self.word(region))
            && (compass || !places::is_country(self.word(region)))
            && !end_tok.possessive()
        {
            v.add(EntityKind::Place, if compass { 2.0 } else { 1.0 });
        }
        // "the Al-Jazeera television station": a broadcaster, not a place
        // by the station's noun.
        if matches!(w, "television" | "TV" | "radio" | "satellite")
            && self.close(self.last + 1, self.last + 2)
            && matches!(self.word(self.last + 2), "station" | "stations")
            && !end_tok.possessive()
        {
            v.add(EntityKind::Organization, 6.0);
        }
        // "EastEnders actor Ross Kemp", "a Coronation Street storyline": a
        // show's cast and plot, above a street's word (not "Hollywood
        // actor", "RSC actress": a place's, a company's).
        if matches!(
            w,
            "actor" | "actress" | "character" | "characters" | "storyline" | "episode" | "episodes"
        ) && !self.given
            && !end_tok.possessive()
            && self.no_place_nor_body()
        {
            v.add(EntityKind::Other, 9.0);
        }
        // "a Westlife song", "the Abba hit": a performer's name between an
        // article and a record's noun, a singer's by a given name, else a
        // band's (under any cue of its own: "the Motown single").
        if matches!(
            w,
            "song" | "songs" | "hit" | "hits" | "album" | "albums" | "single" | "record"
        ) && !end_tok.possessive()
            && self
                .close_before(self.first)
                .is_some_and(|p| matches!(self.word(p), "a" | "an" | "the"))
            && self.no_place_nor_body()
        {
            let kind = if self.given {
                EntityKind::Person
            } else {
                EntityKind::Organization
            };
            v.add(kind, 2.0);
        }
        // "its Micra car", "the firm's Trent engines", "its best-selling
        // Razr handset": a thing's name between its owner's determiner or
        // possessive (maybe past a lower-case modifier or two) and its noun
        // is a product's.
        let owner = |p: usize| {
            lexicon::is_possessive_determiner(self.word(p))
                || self.word(p) == "our"
                || self.tokens.get(p).is_some_and(Token::possessive)
        };
        let mut before = self.close_before(self.first);
        for _ in 0..2 {
            match before {
                Some(p) if !owner(p) && self.word(p).starts_with(char::is_lowercase) => {
                    before = self.close_before(p);
                }
                _ => break,
            }
        }
        let owned = before.is_some_and(owner);
        // "the giant A380 jet", "PS3 consoles": a code of letters and
        // digits before a thing's noun is a model's, whoever owns it.
        let model_code = matches!(self.name.as_slice(), [code]
            if code.starts_with(char::is_uppercase) && code.contains(|c: char| c.is_ascii_digit()));
        if (owned || model_code) && !end_tok.possessive() && lexicon::is_thing_noun_or_plural(w) {
            v.add(EntityKind::Other, 3.0);
        }
        // "Eminem's new album", "Madonna's fourth US number one single": a
        // record's maker is an artist, most often one person (a band is a
        // body, which its own cues name); a lean.
        if end_tok.possessive() && self.record_owned() {
            v.add(EntityKind::Person, 1.5);
        }
        // "Zanu-PF won two-thirds of the seats", "Kadima took 29 seats": a
        // party wins seats (not "Smith won his seat", one member's; nor
        // "Lam Cheuk-ting and Wong Kwok-hing won seats", candidates).
        if matches!(
            w,
            "won" | "wins" | "took" | "takes" | "gained" | "gains" | "lost"
        ) && !self.given
            && !names::is_east_asian_name(&self.name)
            && !end_tok.possessive()
            && self.seats_within(self.last + 2)
        {
            v.add(EntityKind::Organization, 4.0);
        }
        // "Ford has lost market share to Toyota": only a firm has a share
        // of a market.
        if !end_tok.possessive() && self.market_share_within(self.last + 1) {
            v.add(EntityKind::Organization, 4.0);
        }
        let (drill_noun, drill) = self.past_drill_adjectives();
        // "Advantest added 3.1%": a share price, not a speaker.
        let number_next = self
            .word(self.last + 2)
            .starts_with(|c: char| c.is_ascii_digit());
        // "Vodafone, Orange and Telefonica said": the list speaks, not the
        // last name alone.
        let listed = self.close_before(self.first).is_some_and(|p| {
            self.word(p) == "and"
                && p.checked_sub(1)
                    .is_some_and(|q| is_capitalised(self.word(q)) && self.close(q, p))
        });
        // "a man from Bedford said", "the chairman of Rangers said": the
        // name is a preposition's object, not the speaker.
        let governed = self.close_before(self.first).is_some_and(|p| {
            matches!(
                self.word(p),
                "of" | "from" | "in" | "at" | "for" | "with" | "by" | "near"
            )
        });
        let speaks = matches!(
            w,
            "said" | "says" | "told" | "added" | "wrote" | "explained"
        ) && !number_next
            && !listed
            && !governed;
        let after_the = || {
            self.name.first() == Some(&"The")
                || (!self.given
                    && self
                        .close_before(self.first)
                        .is_some_and(|p| matches!(self.word(p), "the" | "The")))
        };
        if (speaks || matches!(w, "reported" | "reports")) && after_the() {
            // "The Independent reported", "the Hollow Pines said": a name
            // after "the" speaks as a paper, a band or a body, not a person;
            // nor a town ("the Halifax said": a bank named after one).
            let town = matches!(self.name.as_slice(), [w] if places::is_city(w));
            v.add(EntityKind::Organization, if town { 12.0 } else { 2.0 });
        } else if speaks
            && self.name.len() > 1
            && self.name.iter().all(|w| {
                lexicon::is_english_word(&w.to_lowercase())
                    && !names::is_given_name(w)
                    && !names::is_surname(w)
                    && !names::is_east_asian_surname(w)
                    && !lexicon::is_title(w)
            })
        {
            // "Age Concern said", "Arctic Monkeys said": a name of
            // ordinary words only, none a person's, speaks as a body or a
            // band.
            v.add(EntityKind::Organization, 1.0);
        } else if speaks {
            let weight = if self.given || self.name.len() == 1 {
                2.0
            } else {
                0.5
            };
            v.add(EntityKind::Person, weight);
        } else if end_tok.possessive()
            && (names::is_camel_case(w) || super::super::tokens::is_lowercase_brand(w))
        {
            // "Six Apart's TypePad", "Apple's iPod": a firm's product.
            v.add(EntityKind::Organization, 3.0);
        } else if end_tok.possessive()
            && matches!(
                w,
                "disease" | "syndrome" | "law" | "principle" | "theorem" | "effect" | "paradox"
            )
        {
            // "Parkinson's disease", "Moore's law": an eponym, no one's mention.
            v.add(EntityKind::Other, 6.0);
        } else if end_tok.possessive()
            && matches!(
                w,
                "novel"
                    | "novels"
                    | "novella"
                    | "poem"
                    | "poems"
                    | "poetry"
                    | "sonnets"
                    | "memoirs"
                    | "essays"
                    | "painting"
                    | "paintings"
                    | "sculptures"
                    | "opera"
                    | "operas"
                    | "symphony"
                    | "symphonies"
                    | "concerto"
                    | "concertos"
                    | "sonata"
                    | "sonatas"
            )
        {
            // "PG Wodehouse's novels", "Turner's paintings": one person writes,
            // paints or composes them (not "Disney's films", a studio's).
            v.add(EntityKind::Person, 3.0);
        } else if end_tok.possessive()
            && matches!(
                w,
                "Terminal" | "terminal" | "terminals" | "runway" | "runways"
            )
        {
            // "Heathrow's Terminal 5", "Gatwick's runway": an airport.
            v.add(EntityKind::Place, 3.0);
        } else if end_tok.possessive() && (self.corporate_office(w) || self.product_after(w)) {
            // "Sainsbury's chief executive", "Tesco's shareholders": only a
            // body has a board and its officers, whatever its name's shape.
            v.add(EntityKind::Organization, 4.0);
        } else if matches!(w, "star" | "stars")
            && (self.first..self.last).any(|i| self.tokens.get(i).is_some_and(Token::possessive))
        {
            // "Bridget Jones's Diary star Renee Zellweger": a title holding a
            // possessive names the show, no person.
            v.add(EntityKind::Other, 6.0);
        } else if matches!(w, "family" | "brothers" | "sisters" | "dynasty" | "clan")
            && self.name.len() == 1
            && !end_tok.possessive()
            && self.word(self.last + 2) != "of"
            && after_the()
        {
            // "the Agnelli family", "the Barclay brothers": a family's name
            // is its people's.
            v.add(EntityKind::Person, 3.0);
        } else if matches!(w, "died" | "dies") || (w == "has" && self.word(self.last + 2) == "died")
        {
            // "Ginger Baker has died": only people die in the news's sense.
            v.add(EntityKind::Person, 3.0);
        } else if (is_member_of_parliament(w)
            || matches!(w, "seat" | "constituency" | "by-election")
            || (matches!(w, "geographical" | "electoral" | "parliamentary")
                && self.close(self.last + 1, self.last + 2)
                && self.word(self.last + 2) == "constituency"))
            && !end_tok.possessive()
            && self.may_be_seat()
        {
            // "the Bolsover MP", "the Sedgefield MP Tony Blair", "the
            // Bethnal Green and Bow seat", "the Hartlepool by-election",
            // "the Kowloon West geographical constituency": a
            // constituency (not "Labour MP", "a Labour seat", a party).
            v.add(EntityKind::Place, 4.0);
        } else if is_price_move(w) && self.price_at(self.last + 2) {
            // "Rio Tinto added 41p", "Sainsbury's rose 2p to 352p": a share
            // price moves; people's and places' do not.
            v.add(EntityKind::Organization, 3.0);
        } else if (lexicon::is_place_cue(w)
            || lexicon::singular(w).is_some_and(|s| lexicon::is_place_cue(&s)))
            && !end_tok.possessive()
        {
            // "the Kursk region", "the Hwanghae provinces"; not "Tasha
            // Yar's bridge station": what a person has.
            v.add(EntityKind::Place, 4.0);
        } else if is_craft_plural(w)
            && !end_tok.possessive()
            && self
                .close_before(self.first)
                .is_some_and(|p| is_count(self.word(p)))
        {
            // "72 Eurofighter Typhoon jets", "five million DS consoles": a
            // count of a make of craft.
            v.add(EntityKind::Other, 4.0);
        } else if matches!(
            w,
            "book" | "novel" | "play" | "memoir" | "biography" | "poem"
        ) && !end_tok.possessive()
            && self.writer_shaped()
            && self
                .close_before(self.first)
                .is_some_and(|p| matches!(self.word(p), "the" | "a" | "new" | "latest"))
        {
            // "the Roald Dahl book", "the HG Wells novel": a writer's name
            // before his work.
            v.add(EntityKind::Person, 3.0);
        } else if is_system_noun(w)
            && !end_tok.possessive()
            && self.close_before(self.first).is_some_and(|p| {
                matches!(self.word(p), "the" | "The")
                    || self.tokens.get(p).is_some_and(Token::possessive)
            })
        {
            // "the Fedora operating system", "the Zika virus", "the
            // company's Internet Explorer browser": the name of a made or
            // natural thing, whatever else the word may name.
            v.add(EntityKind::Other, 3.0);
        } else if matches!(
            w,
            "award" | "awards" | "prize" | "prizes" | "medal" | "medals"
        ) && !end_tok.possessive()
            && self.close_before(self.first).is_some_and(|p| {
                is_count(self.word(p))
                    || matches!(
                        self.word(p),
                        "a" | "an" | "win" | "wins" | "won" | "scoops" | "scooped"
                    )
            })
        {
            // "won four Olivier awards", "an Emmy award", "Winehouse wins
            // Ivor Novello award": counted or won, the name is the award's,
            // whoever it honours (above a given name's lean).
            v.add(EntityKind::Other, 4.0);
        } else if matches!(w, "mini" | "nano" | "shuffle" | "lite") && !end_tok.possessive() {
            // "the Mac mini", "an iPod shuffle": a model of a product line.
            v.add(EntityKind::Other, 4.0);
        } else if w == "crude" && !end_tok.possessive() {
            // "Brent crude", "Urals crude": a grade of oil, named after a
            // field or a region.
            v.add(EntityKind::Other, 5.0);
        } else if is_government_noun(w) && !end_tok.possessive() && !self.leader_unlikely() {
            // "the Koizumi government", "the Bush administration", "the
            // Blair cabinet": named
            // after the leader (a country, a party or a body is known).
            v.add(EntityKind::Person, 3.0);
        } else if (matches!(w, "headquarters" | "HQ") || is_works_noun(w))
            && !end_tok.possessive()
            && self.close_before(self.first).is_some_and(|p| {
                self.tokens.get(p).is_some_and(Token::possessive)
                    || matches!(self.word(p), "its" | "their")
            })
        {
            // "Nokia's Espoo headquarters", "its Holborn headquarters", "its
            // Longbridge plant": where a body's seat or works stand.
            v.add(EntityKind::Place, 4.0);
        } else if (self.word(self.last + 2) == "station"
            || (self.word(self.last + 2) == "ground"
                && matches!(w, "training" | "cricket" | "football" | "rugby" | "sports")))
            && self.close(self.last + 1, self.last + 2)
            && !end_tok.possessive()
        {
            // "Wilmslow police station", "Euston railway station": the
            // station's town or street, not the force; "the club's
            // Carrington training ground".
            v.add(EntityKind::Place, 4.0);
        } else if matches!(w, "business" | "businesses" | "operations")
            && !end_tok.possessive()
            && !places::is_known_place(&self.name.join(" "))
            && self
                .close_before(self.first)
                .is_some_and(|p| matches!(self.word(p), "its" | "their"))
        {
            // "sold its Boots Opticians business": a firm's own firm (not
            // "its London operations").
            v.add(EntityKind::Organization, 4.0);
        } else if lexicon::is_person_role(w)
            && self.close_before(self.first).is_some_and(|p| {
                matches!(
                    self.word(p),
                    "elected" | "re-elected" | "appointed" | "named" | "made"
                )
            })
        {
            // "The meeting elected So Man Sul chairman": the person made
            // chairman, not a body's chairman.
            v.add(EntityKind::Person, 4.0);
        } else if ((is_org_after(w)
            && !(is_team_noun(w) && self.full_personal_name())
            // "the Yoon Suk Yeol group of traitors": a leader's faction.
            && !(w == "group"
                && (self.full_personal_name() || names::is_east_asian_name(&self.name)))
            && !(is_armed_group_noun(w) && self.creed_adjective()))
            || self.general_role(w)
            // "Tate director Nicholas Serota", "the Shirayama Shokusan
            // company" (not "Sporting director Frank Arnesen", "Research
            // firm Gartner", an ordinary word opening the sentence).
            || (matches!(w, "director" | "company" | "firm")
                && !(self.tokens.get(self.first).is_some_and(|t| t.initial)
                    && lexicon::is_english_word(&self.name.join(" "))))
            || (is_band_member(w) && !self.name.iter().any(|n| is_music_genre(n))))
            && !end_tok.possessive()
        {
            // "the Ryton plant" as often as "the Nissan plant": a works is
            // named after its town or its maker, a light vote.
            let works = matches!(w, "plant" | "plants" | "factory" | "factories");
            v.add(EntityKind::Organization, if works { 2.0 } else { 4.0 });
        } else if is_event_after(drill_noun)
            && !end_tok.possessive()
            && !self.verb_after(w)
            && !self.video_games()
            // Not "the Manchester Central conference centre": a hall.
            && !matches!(
                self.word(self.last + 2),
                "centre" | "center" | "hall" | "venue" | "room" | "site" | "ground"
            )
        {
            // "the Ulji Freedom Guardian joint military exercises": past a
            // drill's adjectives, above a paper's last word.
            v.add(EntityKind::Event, if drill { 9.0 } else { 4.0 });
        } else if self.name.len() > 1
            && self.name.last().is_some_and(|l| is_ordinary_plural(l))
            && super::super::clubs::is_result_verb(w)
            && (self.last + 2..=self.last + 4).any(|k| is_score(self.word(k)))
        {
            // "Sale Sharks beat Bath 27-13", "Leeds Tykes lost 19-16 to …":
            // a side named by a plural, before its result.
            v.add(EntityKind::Organization, 4.0);
        } else if self.set_scores_follow() {
            // "beat Taylor Dent 6-3 6-3": a tennis player, whom "beat"
            // alone would make a team.
            v.add(EntityKind::Person, 3.0);
        } else if w == "of" && self.writer_shaped() && self.country_follows() {
            // "lost to Jarkko Nieminen of Finland": a player or a delegate
            // of a country, named as people are.
            v.add(EntityKind::Person, 2.0);
        } else if is_score(w) && !self.given {
            v.add(EntityKind::Organization, 2.0);
        }
    }

    /// "seats" comes within a few words from token `from`, in one run of
    /// plain words ("two-thirds of the seats").
    fn seats_within(&self, from: usize) -> bool {
        (from..from + 6)
            .take_while(|&k| self.close(k - 1, k))
            .any(|k| self.word(k) == "seats")
    }

    /// The name's verb, maybe after an auxiliary, wins or loses "market
    /// share" ("has lost market share", "gained market share").
    fn market_share_within(&self, from: usize) -> bool {
        let verb = (from..from + 2).find(|&k| {
            matches!(
                self.word(k),
                "lost" | "loses" | "losing" | "gained" | "gains" | "gaining" | "won" | "wins"
            )
        });
        verb.is_some_and(|k| {
            (from..=k).all(|q| self.close(q - 1, q))
                && self.word(k + 1) == "market"
                && self.word(k + 2) == "share"
        })
    }

    /// The name is no known place and holds no acronym nor a body's last
    /// word: what a noun after it says of a show or a performer is not
    /// said of a town ("Hollywood actor") or a company ("RSC actress").
    fn no_place_nor_body(&self) -> bool {
        !places::is_known_place(&self.name.join(" "))
            && !self
                .name
                .iter()
                .any(|n| super::super::tokens::is_acronym(n) || lexicon::is_org_suffix(n))
    }

    /// `w`, after the name's possessive, is an office or a part that only
    /// a body has: its chairman, chief executive, board, shareholders (not
    /// "Blair's chief of staff").
    fn corporate_office(&self, w: &str) -> bool {
        // "Alliance UniChem's deputy chairman": the office after its rank.
        let (w, next) = if matches!(w, "deputy" | "vice" | "executive" | "non-executive") {
            (self.word(self.last + 2), self.word(self.last + 3))
        } else {
            (w, self.word(self.last + 2))
        };
        // "Ford's European arm", "Sony's music division": a body's part
        // by where it works or what it sells (not "Flintoff's arm").
        let scoped_part = (lexicon::is_demonym(w)
            || matches!(
                w,
                "US" | "UK" | "overseas" | "international" | "retail" | "investment" | "music"
            ))
            && matches!(
                next,
                "arm" | "division" | "subsidiary" | "unit" | "business"
            );
        scoped_part
            || matches!(
                w,
                "chairman" | "chairwoman" | "board" | "shareholders" | "subsidiary" | "shares"
            )
            || (w == "chief"
                && matches!(next, "executive" | "operating" | "financial" | "technology"))
    }

    /// "Merck's rival vaccine", "Nokia's new handsets": what a firm
    /// makes, maybe after a word that sets it among others.
    fn product_after(&self, w: &str) -> bool {
        let product = if matches!(
            w,
            "new" | "rival" | "latest" | "own" | "flagship" | "generic" | "experimental"
        ) {
            self.word(self.last + 2)
        } else {
            w
        };
        is_industrial_product(product)
    }

    /// "Roald Dahl", "HG Wells": a given name, initials or a word no
    /// dictionary holds, then a surname (or such a word), two words in all.
    fn writer_shaped(&self) -> bool {
        let initials = |n: &str| n.len() <= 2 && n.chars().all(|c| c.is_ascii_uppercase());
        match self.name.as_slice() {
            [first, last] => {
                (names::is_given_name(first) || initials(first) || !lexicon::is_english_word(first))
                    && is_capitalised(last)
                    && (names::is_surname(last)
                        || names::is_word_surname(last)
                        || !(lexicon::is_english_word(last) || places::is_place(last)))
            }
            _ => false,
        }
    }

    /// Two tennis sets after the name or after the country it plays for:
    /// "Taylor Dent 6-3 6-4", "Taylor Dent of the US 6-3 6-4".
    fn set_scores_follow(&self) -> bool {
        let k = if self.word(self.last + 1) == "of" {
            match self.of_name() {
                Some(of) => of.end,
                None => return false,
            }
        } else {
            self.last + 1
        };
        is_set_scores(self.word(k), self.word(k + 1))
    }

    /// "of Finland", "of the United States" right after the name.
    fn country_follows(&self) -> bool {
        self.of_name().is_some_and(|of| {
            let country: Vec<&str> = of.map(|k| self.word(k)).collect();
            places::is_country(&country.join(" "))
        }) && !places::is_place(&self.name.join(" "))
    }

    /// The tokens of the capitalised name (up to three words) after "of"
    /// or "of the" right after the name.
    fn of_name(&self) -> Option<std::ops::Range<usize>> {
        let of = self.last + 1;
        if self.word(of) != "of" {
            return None;
        }
        let start = of + 1 + usize::from(self.word(of + 1) == "the");
        let last = (start..start + 3)
            .take_while(|&k| is_capitalised(self.word(k)) && self.close(k - 1, k))
            .last()?;
        Some(start..last + 1)
    }

    /// "named Jason Robinson captain": a given name and more, no kind word
    /// or place among them, is a player's name before his role, not a
    /// side's (not "Ross County manager").
    fn full_personal_name(&self) -> bool {
        self.given
            && self.name.len() >= 2
            && !self
                .name
                .iter()
                .any(|w| lexicon::is_kind_suffix(w) || places::is_place(w))
    }

    /// "Jihadist", "Islamist": one word of a creed's "-ist", an adjective
    /// before the people it describes.
    fn creed_adjective(&self) -> bool {
        matches!(self.name.as_slice(), [w] if w.ends_with("ist"))
    }

    /// The name is no party, body or people's adjective, so a member of a
    /// parliament after it sits for it.
    fn may_be_seat(&self) -> bool {
        let name = self.name.join(" ");
        names::party(&name).is_none() && !lexicon::is_org(&name) && !lexicon::is_demonym(&name)
    }

    /// Token `i` is a share price or its move: "41p", "352p", "3.1%", "2
    /// pence", "5 cents".
    fn price_at(&self, i: usize) -> bool {
        let Some(t) = self.tokens.get(i) else {
            return false;
        };
        let word = self.word(i);
        let digits = word.trim_end_matches('p');
        let numeric = !digits.is_empty()
            && digits.starts_with(|c: char| c.is_ascii_digit())
            && digits.chars().all(|c| c.is_ascii_digit() || c == '.');
        if !numeric {
            return false;
        }
        let after = self.text.get(t.end..).unwrap_or("");
        (word.ends_with('p') && word.len() > 1)
            || after.starts_with('%')
            || after.starts_with(" per cent")
            || after.starts_with(" pence")
            || after.starts_with(" cents")
    }

    /// The first word after the name past at most two adjectives of war
    /// games ("Ulji Freedom Shield joint military exercises"), and whether
    /// it passed any.
    fn past_drill_adjectives(&self) -> (&'a str, bool) {
        let mut i = self.last + 1;
        while i < self.last + 3 && self.close(i - 1, i) && is_drill_adjective(self.word(i)) {
            i += 1;
        }
        let passed = i > self.last + 1;
        if self.close(i - 1, i) {
            (self.word(i), passed)
        } else {
            ("", passed)
        }
    }

    /// "its PlayStation 3 games console", "the Halo games maker": games
    /// played on a screen, a trade's noun, no sporting event.
    fn video_games(&self) -> bool {
        // "Nintendo's Mario and Zelda games": a maker's (not "Britain's
        // Olympic games").
        let maker = (self.first.saturating_sub(3)..self.first).any(|p| {
            self.tokens.get(p).is_some_and(|t| {
                t.possessive()
                    && t.sentence == self.tokens.get(self.first).map_or(0, |f| f.sentence)
                    && !places::is_place(self.word(p))
            })
        });
        self.word(self.last + 1) == "games"
            && (maker
                || self.close(self.last + 1, self.last + 2)
                    && matches!(
                        self.word(self.last + 2),
                        "console"
                            | "consoles"
                            | "maker"
                            | "makers"
                            | "industry"
                            | "developer"
                            | "developers"
                            | "publisher"
                            | "studio"
                            | "machine"
                            | "franchise"
                            | "series"
                    ))
    }

    /// "Unite general secretary", "Fiat general manager", "UK Athletics
    /// performance director", "Tesco finance director", "Wasps director of
    /// rugby": a body's office
    /// after its name, a department's word before the post (not "general
    /// election", nor a campaign's, which may be a person's).
    fn general_role(&self, w: &str) -> bool {
        matches!(
            w,
            "general"
                | "managing"
                | "finance"
                | "financial"
                | "performance"
                | "commercial"
                | "technical"
                | "marketing"
                | "sales"
                | "operations"
                | "communications"
                | "medical"
                | "research"
                | "creative"
                | "artistic"
                | "musical"
                | "football"
                | "sporting"
                | "programme"
                | "news"
        ) && self.close(self.last + 1, self.last + 2)
            && matches!(
                self.word(self.last + 2),
                "secretary" | "manager" | "counsel" | "director" | "officer" | "editor"
            )
            // "Wasps director of rugby Warren Gatland": a club's office.
            || (w == "director"
                && self.word(self.last + 2) == "of"
                && matches!(
                    self.word(self.last + 3),
                    "rugby" | "football" | "cricket" | "coaching" | "sport" | "racing"
                ))
    }

    /// "Goldman Sachs raised its forecast", "Mertens scored his third": the
    /// possessive pronoun of the clause the name opens.
    pub(in super::super) fn pronoun(&self, v: &mut Votes, end_tok: &Token) {
        // "Brian Wilson of the Beach Boys will perform his album": a
        // preposition's object is not the clause's subject.
        let mut p = self.close_before(self.first);
        if p.is_some_and(|p| matches!(self.word(p), "the" | "The")) {
            p = p.and_then(|p| self.close_before(p));
        }
        if p.is_some_and(|p| matches!(self.word(p), "of" | "from" | "in" | "at" | "with" | "by")) {
            return;
        }
        // "the Bush administration has revealed its intention": the
        // pronoun is the noun's the name modifies.
        let next = self.word(self.last + 1);
        if is_government_noun(next) || next == "family" {
            return;
        }
        for (k, t) in self.tokens.iter().enumerate().skip(self.last + 1).take(4) {
            let gap = self
                .tokens
                .get(k - 1)
                .and_then(|p| self.text.get(p.full_end..t.start));
            if t.sentence != end_tok.sentence
                || gap.is_none_or(|g| g.contains([',', ';', ':', '"', '“', '(', '—']))
            {
                break;
            }
            match t.word(self.text) {
                "its" => {
                    v.add(EntityKind::Organization, 1.5);
                    break;
                }
                "his" => {
                    v.add(EntityKind::Person, 1.5);
                    break;
                }
                "who" | "which" | "that" | "and" | "or" | "but" => break,
                _ => {}
            }
        }
    }

    /// "Perttu Ahola talks about …": a word after the name that is a verb
    /// here, not a noun the name modifies ("Brexit talks").
    fn verb_after(&self, w: &str) -> bool {
        w == "talks" && matches!(self.word(self.last + 2), "about" | "to")
    }
}

/// A number in figures or a word of count: "72", "four", "million", "dozen".
fn is_count(word: &str) -> bool {
    (!word.is_empty() && word.bytes().all(|b| b.is_ascii_digit()))
        || matches!(
            word,
            "two"
                | "three"
                | "four"
                | "five"
                | "six"
                | "seven"
                | "eight"
                | "nine"
                | "ten"
                | "several"
                | "million"
                | "thousand"
                | "hundred"
                | "dozen"
                | "billion"
        )
}

/// Made things in the plural that a count of a make names: "72 Eurofighter
/// Typhoon jets", "12 Chinook helicopters".
fn is_craft_plural(word: &str) -> bool {
    matches!(
        word,
        "jets"
            | "aircraft"
            | "planes"
            | "airliners"
            | "helicopters"
            | "tanks"
            | "missiles"
            | "warships"
            | "submarines"
            | "locomotives"
            | "trains"
            | "cars"
            | "trucks"
            | "lorries"
            | "buses"
            | "handsets"
            | "consoles"
    )
}

/// A verb that moves a share price: "rose 23p", "slipped 4p", "added 3%".
fn is_price_move(word: &str) -> bool {
    matches!(
        word,
        "rose"
            | "fell"
            | "added"
            | "gained"
            | "slipped"
            | "dropped"
            | "climbed"
            | "jumped"
            | "lost"
            | "shed"
            | "eased"
            | "firmed"
            | "edged"
            | "slid"
            | "tumbled"
            | "soared"
            | "dipped"
            | "advanced"
            | "declined"
            | "surged"
            | "plunged"
    )
}

/// A body's works, named after where they stand ("its Longbridge plant").
fn is_works_noun(word: &str) -> bool {
    matches!(
        word,
        "plant" | "factory" | "works" | "refinery" | "mill" | "depot" | "shipyard" | "smelter"
    )
}
