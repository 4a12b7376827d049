//! The words before a name: a title or a role, an organisation's word, a
//! preposition of place and the noun before it, a maker's possessive.

use super::super::around_words::{
    is_act_from, is_compass_adjective, is_direction, is_human, is_relation_in, is_relation_to,
    is_system_noun,
};
use super::super::awards::is_award_category;
use super::super::cues::{
    is_dwellers, is_event_after, is_firm_head, is_holding, is_member_of_parliament,
    is_opponent_cue, is_place_noun, is_place_preposition, is_speech, is_staff,
};
use super::super::tokens::{is_acronym, is_capitalised, Token};
use super::super::votes::Votes;
use super::super::{lexicon, names, places, EntityKind};
use super::Around;

impl Around<'_> {
    /// The two words before token `i` are a given name and a surname
    /// ("Richard Ratner"), close together and to `i`.
    fn after_personal_name(&self, i: usize) -> bool {
        let Some(last) = self.close_before(i) else {
            return false;
        };
        let Some(first) = self.close_before(last) else {
            return false;
        };
        // Not "Prince William of": a style before the given name, whose
        // "of" names a place (but "Analyst Ben Wood of CSS Insight").
        let titled = self.close_before(first).is_some_and(|t| {
            let w = self.word(t);
            names::is_style_title(w) || names::is_crown_word(w) || matches!(w, "Baron" | "Baroness")
        });
        // "Analyst Gene Munster of": a role vouches for a given name the
        // list lacks.
        let role = self.close_before(first).is_some_and(|t| {
            let w = self.word(t);
            lexicon::is_person_role(&w.to_lowercase()) && !lexicon::is_title(w)
        });
        is_capitalised(self.word(last))
            && !lexicon::is_kind_suffix(self.word(last))
            && (names::is_given_name(self.word(first)) || role)
            && !titled
    }

    /// Two words that are neither ordinary words nor places ("Kostya
    /// Tszyu"): a person's shape, which no side's name has ("Aston Villa",
    /// "Bayern Munich", "Red Star").
    fn two_plain_names(&self) -> bool {
        matches!(self.name.as_slice(), [a, b] if [a, b].iter().all(|w| {
            !lexicon::is_english_word(&w.to_lowercase()) && !places::is_place(w) && !is_acronym(w)
        }))
    }

    /// Cues in the words before the name: a title, an organisation's word,
    /// a preposition of place, "told", "beat".
    pub(in super::super) fn before(&self, v: &mut Votes) {
        // "who succeeded Andy Grove as chief executive": a given name and a
        // place's kind word that is a surname too ("Grove", "Towers") lean
        // to a place (2) only after a preposition of place or "the" ("in
        // Stanley Park"); elsewhere the name is a person's.
        if names::is_given_name_surname_or_place(&self.name) {
            let placed = self.close_before(self.first).is_some_and(|p| {
                let w = self.word(p);
                is_place_preposition(w) || matches!(w, "the" | "The" | "of")
            });
            if !placed {
                v.add(EntityKind::Person, 2.5);
            }
        }
        let Some(p) = self.close_before(self.first) else {
            // 'a group called "Ashodaya Samithi"': past the opening quote.
            let quoted = self.first.checked_sub(1).filter(|&p| {
                super::super::tokens::gap(self.text, self.tokens, p, self.first).is_some()
                    && super::super::tokens::after_opening_quote(self.text, self.tokens, self.first)
            });
            if let Some(kind) = quoted.and_then(|p| self.kind_called(p)) {
                v.add(kind, 5.0);
            }
            if self.apposed_to_place_noun() {
                v.add(EntityKind::Place, 4.0);
            } else if self.apposed_to_thing_noun_bare() {
                // Above a firm's word's lean (5): "his new album, Intensive
                // Care, has gone".
                v.add(EntityKind::Other, 6.0);
            }
            return;
        };
        let w = self.word(p);
        if self.apposed_to_thing_noun(p) {
            v.add(EntityKind::Other, 5.0);
        }
        // "Italy's Finmeccanica", "Russia's Gazprom": one word of no person's
        // or place's name after a country's possessive leans to its firm.
        if let [one] = self.name.as_slice() {
            if self.tokens.get(p).is_some_and(Token::possessive)
                && places::is_country(w)
                && !self.given
                && !names::is_surname(one)
                && !places::is_place(one)
                && !lexicon::is_english_word(&one.to_lowercase())
            {
                v.add(EntityKind::Organization, 1.0);
            }
        }
        // "Andrew Lloyd Webber's Bombay Dreams": what a person's possessive
        // owns, with no given name of its own, is their work or their firm,
        // seldom a person; a token lean, above a person's mere shape.
        let owned =
            self.tokens.get(p).is_some_and(Token::possessive) && self.after_personal_name(p + 1);
        if owned && !self.given {
            v.add(EntityKind::Other, 0.5);
        } else if owned && self.name.len() > 1 {
            // "Mike Leigh's Vera Drake": a full personal name that another
            // person owns is a title more often than a relative's name
            // (above the lean of a given name and a surname).
            v.add(EntityKind::Other, 4.0);
        }
        // "in the West Midlands": look past an article for the preposition.
        let (prep, pp) = match (w, self.close_before(p)) {
            ("the", Some(q)) => (self.word(q), self.close_before(q)),
            _ => (w, self.close_before(p)),
        };
        let before = pp.map_or("", |i| self.word(i));
        // "the star AB Aurigae", "its host star": a sun, not a film star.
        let sun = w == "star"
            && self.close_before(p).is_some_and(|q| {
                matches!(
                    self.word(q),
                    "the"
                        | "a"
                        | "its"
                        | "host"
                        | "parent"
                        | "young"
                        | "nearby"
                        | "giant"
                        | "dwarf"
                        | "neutron"
                        | "distant"
                        | "massive"
                        | "variable"
                        | "binary"
                )
            });
        // "Retailer Woolworths said": a firm's trade opening the sentence
        // (not "Broadcaster Piers Morgan", a person's trade too).
        let opening_cue = !self.given
            && self.tokens.get(p).is_some_and(|t| t.initial)
            && is_capitalised(w)
            && w != "Broadcaster"
            && lexicon::is_org_cue(&w.to_lowercase());
        // "Pixar's The Incredibles": a title, its article capitalised
        // mid-sentence, after its maker.
        let maker_before = |i: usize| {
            self.close_before(i)
                .and_then(|m| self.tokens.get(m))
                .is_some_and(Token::possessive)
        };
        let work_after_maker =
            if self.name.first() == Some(&"The") {
                maker_before(self.first)
            } else {
                w == "The" && maker_before(p)
            } && !super::super::discover::keeps_article(self.name.last().copied().unwrap_or(""));
        // "ITV's Coronation Street", "Channel 4's Shameless": a channel's
        // programme, whatever its words say (not "ITV's Michael Grade",
        // "Channel 4's News Service").
        let programme = self.tokens.get(p).is_some_and(Token::possessive)
            && self.channel(p)
            && !self.given
            && !matches!(
                self.name.first(),
                Some(&("Radio" | "Channel" | "TV" | "News"))
            )
            && !self.name.last().is_some_and(|l| lexicon::is_org_suffix(l));
        // "nominated for Vera Drake", "an Oscar nomination for Ray": what
        // one is nominated for is a work (or an award), never a person (but
        // not its maker in "nominated for Mike Leigh's Vera Drake").
        let nominated_for = w == "for"
            && matches!(
                before,
                "nominated" | "shortlisted" | "nomination" | "nominations"
            )
            && !self.tokens.get(self.last).is_some_and(Token::possessive);
        if programme {
            v.add(EntityKind::Other, 9.0);
        } else if nominated_for {
            v.add(EntityKind::Other, 5.0);
        } else if self.ship_noun(p) {
            // "the aircraft carrier Ronald Reagan", "the frigate Admiral
            // Gorshkov": a ship, though named after a person or a title.
            v.add(EntityKind::Other, 8.0);
        } else if work_after_maker {
            v.add(EntityKind::Other, 4.0);
        } else if matches!(w, "rival" | "rivals" | "competitor" | "subsidiary" | "arm")
            && matches!(
                self.close_before(p).map(|q| self.word(q)),
                Some("its" | "their" | "Its" | "Their")
            )
            || (w == "Rival" && !self.given && self.tokens.get(p).is_some_and(|t| t.initial))
            // "more than rival Arcelor": one word of no person's or place's
            // name.
            || (matches!(w, "rival" | "rivals")
                && !self.given
                && matches!(self.name.as_slice(), [one]
                    if !names::is_surname(one) && !places::is_place(one)))
        {
            // "Its rival Ubisoft said", "Rival Creative Technology said": a
            // body's rival or arm is another body (not "his rival", a
            // person's; nor "Rival John Smith", a given name's).
            v.add(EntityKind::Organization, 4.0);
        } else if let Some(kind) = self.kind_called(p) {
            // Above a camel-cased name's lean to a firm ("DomainKeys").
            v.add(kind, 5.0);
        } else if sun {
            // "the star QX Lyrae": a body in the sky, a place as a planet
            // is, not a person.
            v.add(EntityKind::Place, 3.0);
        } else if self.plural_role_before_one(w) {
            // "six points behind leaders Chelsea", "champions Porto": a
            // side, where a list of people would follow the plural.
            v.add(EntityKind::Organization, 4.0);
        } else if self.high_street(p) {
            // "high street chemist Boots", "the high street bank Lloyds": a
            // shop's trade, though a person may ply it.
            v.add(EntityKind::Organization, 6.0);
        } else if lexicon::is_person_role(w) && !self.tokens.get(p).is_some_and(Token::possessive) {
            // Not "the singer's Neverland ranch": what a person has; nor
            // "the airport owner BAA", a firm by its initials.
            // "its coalition partner New Komeito", "joint venture partner
            // Sony": a body's partner.
            let bodys_partner = matches!(w, "partner" | "partners")
                && !self.given
                && self.close_before(p).is_some_and(|q| {
                    matches!(self.word(q), "coalition" | "venture" | "joint-venture")
                });
            if (matches!(self.name.as_slice(), [one] if is_acronym(one))
                && lexicon::is_body_role(w))
                || bodys_partner
            {
                v.add(EntityKind::Organization, 5.0);
            } else {
                v.add(EntityKind::Person, 6.0);
            }
        } else if matches!(w, "one" | "two" | "three" | "four" | "five")
            && self
                .close_before(p)
                .is_some_and(|q| self.word(q).eq_ignore_ascii_case("number"))
        {
            // "World number one Tiger Woods": a player's ranking.
            v.add(EntityKind::Person, 4.0);
        } else if self.given
            && self.name.len() > 1
            && is_persons_trade_too(w)
            && self
                .close_before(p)
                .is_some_and(|q| is_capitalised(self.word(q)) && !lexicon::is_demonym(self.word(q)))
        {
            // "Spectator publisher Kimberly Quinn": a body's name and a
            // trade before a given name and a surname, the person's post
            // (not "the Finnish operator Elisa", a firm).
            v.add(EntityKind::Person, 4.0);
        } else if (opening_cue
            || (lexicon::is_org_cue(w)
            || (lexicon::is_org_cue(w.trim_end_matches('s')) && !self.given))
            // "the party's Jairam Ramesh": what the body has, not the body.
            && !self.tokens.get(p).is_some_and(Token::possessive))
            // "the giant A380 jet": the cue's word describes the thing's
            // noun after the name, not the name.
            && !self.thing_noun_next()
        {
            // Not "publishers Jann Wenner": a plural noun before a personal
            // name lists people.
            v.add(EntityKind::Organization, 5.0);
        } else if prep == "of"
            && (is_place_noun(before)
                || matches!(before, "seat" | "area" | "areas" | "vicinity")
                || before.eq_ignore_ascii_case("mayor")
                // "governor of Chukotka" (not "governor of the Reserve Bank").
                || (before.eq_ignore_ascii_case("governor")
                    && matches!(self.name.as_slice(), [w] if !is_acronym(w)))
                || is_direction(before)
                || is_dwellers(&before.to_ascii_lowercase()))
        {
            // "the city of Mosul", "north of Bermuda", "residents of Rutland",
            // "the seat of Hornsey", "the area of Kaesong City", "Mayor of
            // Koszalin", "governor of Chukotka".
            v.add(EntityKind::Place, 5.0);
        } else if prep == "of"
            && matches!(before, "minister" | "ministers" | "ministry" | "ministries")
            && self.names_a_portfolio()
        {
            // "Kim Yong Il, minister of Machine-Building Industry": the
            // ministry, whose words are ordinary ones (not "the foreign
            // minister of Laos").
            v.add(EntityKind::Organization, 5.0);
        } else if prep == "of"
            && is_office_in_body(before)
            && !self.tokens.get(self.last).is_some_and(Token::possessive)
            && !places::is_known_place(&self.name.join(" "))
        {
            // "national director of Christian Voice", "the chairman of
            // Ofcom": an office in a body (not "the director of Mike Leigh's
            // film").
            v.add(EntityKind::Organization, 4.0);
        } else if prep == "for"
            && matches!(before, "spokesman" | "spokeswoman" | "spokesperson")
            && self.name.iter().all(|w| lexicon::is_english_word(w))
            && !self.given
        {
            // "a spokesman for Rough Trade": speaking for a body named with
            // ordinary words (not "a spokesman for Kate Moss", "for Blair":
            // a person's name).
            v.add(EntityKind::Organization, 3.0);
        } else if prep == "for"
            && is_award_category(before)
            && pp.is_some_and(|b| {
                (b.saturating_sub(3)..b).any(|q| self.word(q).eq_ignore_ascii_case("best"))
            })
            && !self.tokens.get(self.last).is_some_and(Token::possessive)
            && (self.name.first() == Some(&"The")
                || self.name.iter().any(|w| w.starts_with(char::is_lowercase)))
        {
            // "won best original screenplay for Eternal Sunshine of the
            // Spotless Mind": the film an award is for, a title by its form
            // (not "best actress for Cate Blanchett", its winner).
            v.add(EntityKind::Other, 5.0);
        } else if prep == "of"
            && matches!(before, "star" | "stars" | "co-star")
            && !self.tokens.get(self.last).is_some_and(Token::possessive)
        {
            // "David Tennant, star of Casanova": a film or a show.
            v.add(EntityKind::Other, 4.0);
        } else if (w == "of" && self.after_personal_name(p)
            || (w == "the"
                && prep == "of"
                && !self.modifier()
                && !self.after_name().starts_with(',')
                && self
                    .close_before(p)
                    .is_some_and(|q| self.after_personal_name(q))))
            && !places::is_place(&self.name.join(" "))
        {
            // "Richard Ratner of Seymour Pierce", "Brian Wilson of the
            // Beach Boys": where a person works or plays.
            v.add(EntityKind::Organization, 4.0);
        } else if matches!(w, "its" | "their") && !self.given && !self.modifier() {
            // "Sony said its PlayStation Portable would …": what a body
            // makes or owns (not "its Asda chain", a name before its noun).
            v.add(EntityKind::Other, 3.0);
        } else if lexicon::is_thing_noun(w)
            && !self.tokens.get(p).is_some_and(Token::possessive)
            && !self.relative_clause()
        {
            // "the film Vera Drake", "the album Ocean Drive": a work named
            // after its kind (not "the film Spielberg directed"); "the
            // series The Office": the title's own article says so, whatever
            // its last word names; "the soap Coronation Street", "the film
            // Brokeback Mountain": the kind outweighs a place's kind word
            // ending the title, and "the drama Vera Drake" a person's name
            // as a title (which a headline may repeat).
            let titled = self.name.first() == Some(&"The") && self.name.len() > 1;
            let place_worded = self.name.len() > 1
                && self
                    .name
                    .last()
                    .is_some_and(|l| lexicon::is_place_suffix(l));
            let weight = if titled || (self.given && self.name.len() > 1) {
                10.0
            } else if place_worded {
                9.0
            } else {
                5.0
            };
            v.add(EntityKind::Other, weight);
        } else if is_place_noun(w) && w != "state" {
            // "the island Crete", "the port city Hodeidah".
            v.add(EntityKind::Place, 3.0);
        } else if is_compass_adjective(w)
            && self
                .close_before(p)
                .is_some_and(|q| is_place_preposition(self.word(q)))
        {
            // "in eastern Ladakh": the adjective hides the preposition.
            v.add(EntityKind::Place, 3.0);
        } else if prep == "by"
            && (is_authored(before)
                || matches!(
                    before,
                    "directed" | "composed" | "painted" | "choreographed" | "sculpted" | "narrated"
                ))
        {
            // "the novel by HG Wells", "a portrait by Lucian Freud", "directed
            // by Elia Kazan": a written, painted or filmed work's author.
            v.add(EntityKind::Person, 3.0);
        } else if prep == "by"
            && self.given
            && matches!(
                before,
                "led" | "headed" | "founded" | "chaired" | "fronted" | "coached" | "managed"
            )
        {
            // "a group known as the Phoenix Four, led by John Towers": a
            // leader, whatever building the surname recalls.
            v.add(EntityKind::Person, 3.0);
        } else if prep == "of" && before == "formerly" && !self.given {
            // "Mick Jones, formerly of The Clash": a member's band or a
            // staff member's firm (a known town outweighs it).
            v.add(EntityKind::Organization, 2.0);
        } else if prep == "by"
            && (is_maker_verb(before) || is_study(&before.to_ascii_lowercase()))
            && !self.given
        {
            // "software made by Fujitsu", "a tanker owned by Sovcomflot",
            // "Research by Point Topic": not a personal name, so a firm.
            v.add(EntityKind::Organization, 2.0);
        } else if (matches!(
            w,
            "bought"
                | "acquired"
                | "buying"
                | "acquiring"
                | "acquire"
                | "owns"
                | "buys"
                | "managed"
        ) || (w == "over"
            && matches!(before, "took" | "take" | "takes" | "taking" | "taken")))
            && !self.given
            && !self.modifier()
            && !self.tokens.get(self.last).is_some_and(Token::possessive)
            && !places::is_place(&self.name.join(" "))
        {
            // "Morrisons, which bought Safeway", "It also owns Excite", "took
            // over Mannesmann": what one buys or owns by name is a business
            // (not "bought Apple shares", "bought Picasso's"), as is what
            // one manages by a name of no person ("who managed Boyzone").
            v.add(EntityKind::Organization, 2.0);
        } else if matches!(
            w,
            "wrote" | "co-wrote" | "directed" | "co-directed" | "scripted"
        ) && !self.given
            && !self.tokens.get(self.last).is_some_and(Token::possessive)
        {
            // "who co-wrote The Office", "directed Vera Drake": the work
            // written or directed, above a kind word in a title that opens
            // with "The" (not "wrote to Tesco": the preposition intervenes).
            let titled = self.name.first() == Some(&"The");
            v.add(EntityKind::Other, if titled { 9.0 } else { 4.0 });
        } else if prep == "for"
            && (is_member_of_parliament(before)
                || (before == "candidate"
                    && pp
                        .and_then(|i| self.close_before(i))
                        .is_some_and(|q| names::party(self.word(q)).is_some())))
        {
            // "the Conservative MP for Thirsk and Malton", "Conservative
            // candidate for Henley": a constituency.
            v.add(EntityKind::Place, 4.0);
        } else if matches!(w, "on" | "atop")
            && matches!(self.name.last(), Some(&("Hill" | "Hills")))
            && self.name.len() > 1
        {
            // "on Mansu Hill", "on Capitol Hill": a hill, not Damon Hill.
            v.add(EntityKind::Place, 5.0);
        } else if w == "the"
            && matches!(
                prep,
                "at" | "in" | "into" | "to" | "from" | "outside" | "inside"
            )
            && matches!(self.name.as_slice(), [given, kind]
                if names::is_given_name(given) && names::is_surname_kind_word(kind))
            && !self.modifier()
            && !self.tokens.get(self.last).is_some_and(Token::possessive)
        {
            // "a concert at the Albert Hall", "from the Wayne Tower": a
            // building or a park named after someone, where a person is
            // never named after "the" (not "at the Albert Hall concert").
            v.add(EntityKind::Place, 5.0);
        } else if prep == "in"
            && matches!(before, "role" | "starred" | "starring" | "cameo")
            && !self.tokens.get(self.last).is_some_and(Token::possessive)
        {
            // "her role in Vera Drake", "starred in Ray": a film or a play
            // (not "starred in Mike Leigh's film", its maker).
            v.add(EntityKind::Other, 4.0);
        } else if w == "of"
            && lexicon::is_org_suffix(before)
            && pp.is_some_and(|b| self.close(b, p))
            && !self.given
        {
            // "Criterion Software of Guildford", "Capitol Records of
            // Hollywood": where a firm, named apart, is based.
            v.add(EntityKind::Place, 3.0);
        } else if prep == "of"
            && matches!(
                before,
                "version"
                    | "versions"
                    | "edition"
                    | "editions"
                    | "production"
                    | "revival"
                    | "staging"
                    | "adaptation"
                    | "sequel"
                    | "remake"
            )
            && !self.modifier()
            && !self.given
            && !self.tokens.get(self.last).is_some_and(Token::possessive)
        {
            // "the next version of Windows", "the production of The History
            // Boys" (not "production of Nokia phones", "version of the Roald
            // Dahl book", "a version of Bizet's opera": the name modifies or
            // owns the noun after it): a product or a work, above a
            // camel-cased name's lean to a firm ("QuarkXPress") or a
            // plural's to a band.
            v.add(EntityKind::Other, 5.0);
        } else if w == "between" && super::super::cues::is_route_noun(&before.to_ascii_lowercase())
        {
            // "Ferries between Rosslare and Fishguard": a route's end.
            v.add(EntityKind::Place, 3.0);
        } else if w == "of"
            && matches!(before, "creator" | "creators" | "co-creator" | "inventor")
            && !self.modifier()
            && !self.tokens.get(self.last).is_some_and(Token::possessive)
        {
            // "creator of Mario and Zelda", "the inventor of Velcro": a
            // work or a product, though named like a person.
            v.add(EntityKind::Other, 4.0);
        } else if prep == "of"
            && matches!(before, "member" | "members")
            && !self.given
            && !self.modifier()
            && !places::is_place(&self.name.join(" "))
        {
            // "members of Hanchongryon", "a member of the Political
            // Bureau": what one belongs to (not "members of the Windsor
            // family").
            v.add(EntityKind::Organization, 3.0);
        } else if prep == "of"
            && is_firm_head(before)
            && !self.given
            && !places::is_place(&self.name.join(" "))
        {
            v.add(EntityKind::Organization, 4.0);
        } else if prep == "in"
            && matches!(
                before,
                "star" | "stars" | "starred" | "starring" | "co-star" | "co-starred"
            )
            && !self.given
            && !self.modifier()
        {
            // "will star in Guys and Dolls": a play's or a film's title.
            v.add(EntityKind::Other, 3.0);
        } else if prep == "in" && is_holding(before) {
            v.add(EntityKind::Organization, 6.0);
        } else if prep == "at"
            && (is_staff(before)
                || pp.is_some_and(|i| self.head_of_before(i))
                || (w == "at" && self.staff_name_before(p)))
        {
            v.add(EntityKind::Organization, 5.0);
        } else if w == "at"
            && lexicon::is_event_suffix(before)
            && pp.is_some_and(|i| self.tokens.get(i).is_some_and(|t| !t.initial))
        {
            // "won the French Open at Roland Garros", "the Monaco Grand
            // Prix at Monte Carlo": where an event is held is a place,
            // whatever person its name recalls (not after a sentence's
            // opening word: "Meeting at Chequers, …").
            v.add(EntityKind::Place, 4.0);
        } else if prep == "to" && before.eq_ignore_ascii_case("according") {
            v.add(EntityKind::Organization, 3.0);
        } else if matches!(w, "starring" | "co-starring") && !self.modifier() {
            // "an epic starring Orlando Bloom": an actor, whatever place
            // his given name shares.
            v.add(EntityKind::Person, 3.0);
        } else if w == "told"
            || (is_opponent_cue(w)
                && !self.given
                && !self.after_personal_name(p)
                && !self.two_plain_names())
        {
            // "told BBC Sport" (an outlet), "beat Chelsea" (a team; not
            // "Roger Federer beat Lleyton Hewitt", one player another, nor
            // "who beat Kostya Tszyu", a name shaped as a person's).
            v.add(EntityKind::Organization, 2.0);
        } else if (w == "for"
            && matches!(
                before,
                "played" | "plays" | "playing" | "signed" | "signs" | "signing"
            ))
            || (w == "from" && matches!(before, "signed" | "joined" | "loan" | "loaned"))
        {
            // "has played for Perugia, Roma and Parma", "signed from
            // Corinthians", "on loan from Fiorentina": a player's club.
            v.add(EntityKind::Organization, 4.0);
        } else if w == "from" && before == "competition" && !self.given {
            // "faced competition from J Sainsbury": a rival, not a place.
            v.add(EntityKind::Organization, 2.0);
        } else if is_place_preposition(prep)
            && !self.modifier()
            && !self.tokens.get(self.last).is_some_and(Token::possessive)
            && !(prep == "to" && (is_speech(before) || is_relation_to(before)))
            && !(prep == "in" && is_relation_in(before))
            && !(prep == "from"
                && (is_act_from(before) || is_act_from(&before.to_ascii_lowercase())))
        {
            // Not "in Brexit talks", "in COVID-19 cases" (the name modifies
            // a noun), "from Assad's forces" (the preposition governs the
            // noun after the possessive), "spoke to Wikinews" (an
            // addressee), "written in Python" nor "a goal from Costa" (an
            // author). "To" and "from" say
            // less: one sells to a firm, writes to a person.
            let weight = if matches!(prep, "to" | "from") {
                1.0
            } else {
                2.5
            };
            v.add(EntityKind::Place, weight);
        } else if w == "In" && self.opens_with_comma(p) {
            // "In Sedgefield, Mr Blair was challenged": where the sentence
            // happens.
            v.add(EntityKind::Place, 2.5);
        }
    }

    /// "analyst John Karidis at …", "economist Howard Archer at …": a
    /// trade's noun and a person's two names before token `i`, so what
    /// follows "at" is the person's employer.
    fn staff_name_before(&self, i: usize) -> bool {
        let Some(last) = self.close_before(i) else {
            return false;
        };
        let Some(first) = self.close_before(last) else {
            return false;
        };
        [first, last].iter().all(|&t| is_capitalised(self.word(t)))
            && self
                .close_before(first)
                .is_some_and(|t| is_staff(&self.word(t).to_lowercase()))
    }

    /// "head of UK equities at …", "director of research at …": the words
    /// up to `i` name a post in a department, so what follows "at" is the
    /// employer.
    fn head_of_before(&self, i: usize) -> bool {
        let mut at = i;
        for _ in 0..4 {
            let Some(q) = self.close_before(at) else {
                return false;
            };
            if self.word(at) == "of" {
                return matches!(
                    self.word(q),
                    "head" | "director" | "chief" | "heads" | "directors"
                );
            }
            at = q;
        }
        false
    }

    /// The sentence opens with the word at `p`, and a comma ends the name
    /// right after it ("In Sedgefield, …"; not "In Microsoft's view, …").
    fn opens_with_comma(&self, p: usize) -> bool {
        let opens = self.tokens.get(p).is_some_and(|t| t.initial);
        let comma = !self.tokens.get(self.last).is_some_and(Token::possessive)
            && self.after_name().starts_with(',');
        opens && comma
    }

    /// `w`, right before a one-word name that no list continues, is the
    /// plural of a role ("leaders", "champions", "holders").
    fn plural_role_before_one(&self, w: &str) -> bool {
        let plural = w.strip_suffix('s').is_some_and(|s| {
            lexicon::is_person_role(s) || matches!(s, "champion" | "holder" | "leader")
        });
        let rest = self.after_name();
        let listed = rest.starts_with(',') || rest.trim_start().starts_with("and ");
        plural && self.name.len() == 1 && !listed
    }

    /// The word at `p` ends a television channel's name: "ITV", "Channel
    /// 4", "BBC One".
    fn channel(&self, p: usize) -> bool {
        let w = self.word(p);
        let numbered = matches!(
            w,
            "1" | "2" | "3" | "4" | "5" | "One" | "Two" | "Three" | "Four"
        ) && self
            .close_before(p)
            .is_some_and(|q| matches!(self.word(q), "Channel" | "BBC"));
        // Not "the BBC's Rageh Omaar": a news network's possessive names
        // its reporters as often as its programmes.
        numbered
            || matches!(
                w,
                "BBC1" | "BBC2" | "ITV" | "ITV1" | "ITV2" | "Sky" | "HBO" | "MTV" | "E4" | "S4C"
            )
    }

    /// The name's words are ordinary ones, as a minister's portfolio is
    /// ("Public Health", "Machine-Building Industry"), and no place.
    fn names_a_portfolio(&self) -> bool {
        !places::is_place(&self.name.join(" "))
            && self.name.iter().all(|w| {
                w.split('-')
                    .all(|part| lexicon::is_english_word(part) && !places::is_place(part))
            })
    }

    /// "Saturn's largest moon, Titan,", "the market town, Soham.": a name
    /// set off by commas after a kind of place is that place (not "In the
    /// capital, Blair said", where no comma closes the name).
    fn apposed_to_place_noun(&self) -> bool {
        let Some(p) = self.apposed_noun() else {
            return false;
        };
        let noun = self.word(p);
        let closed = self.after_name().starts_with([',', '.', ';']);
        closed
            && (is_place_noun(noun)
                || lexicon::is_place_cue(noun)
                || matches!(noun, "moon" | "planet"))
    }

    /// The noun right before the name and its comma, unless an "of" among
    /// the three words before it makes the noun complete a title or a role,
    /// whose holder is named ("the governor of the region, Roberto
    /// Maroni,", "Its head of programming, Kevin Lygo,").
    fn apposed_noun(&self) -> Option<usize> {
        let p = self.first.checked_sub(1)?;
        let of_the = (1..=3).any(|back| p.checked_sub(back).is_some_and(|o| self.word(o) == "of"));
        (super::super::tokens::gap(self.text, self.tokens, p, self.first) == Some(", ") && !of_the)
            .then_some(p)
    }

    /// "Nintendo's new handheld console, the DS, goes on sale": a name set
    /// off by commas after "the" and a thing's noun, whose phrase opens
    /// with its owner, is that thing (not "In the film, the Beatles sing").
    fn apposed_to_thing_noun(&self, p: usize) -> bool {
        let Some(q) = p.checked_sub(1).filter(|_| self.word(p) == "the") else {
            return false;
        };
        let opened = super::super::tokens::gap(self.text, self.tokens, q, p) == Some(", ");
        opened && self.owned_thing_noun(q)
    }

    /// "His latest film, Bunty Aur Babli, in which he stars": a name set off
    /// by commas right after an owned thing's noun is that thing.
    fn apposed_to_thing_noun_bare(&self) -> bool {
        self.apposed_noun()
            .is_some_and(|q| self.owned_thing_noun(q))
    }

    /// Token `q` is a thing's noun whose phrase opens with its owner ("its",
    /// "his", a possessive), and the name after it is closed by a comma;
    /// "a new desktop computer, the Mac Mini.": a new thing's phrase, the
    /// name closing the sentence, says so too.
    fn owned_thing_noun(&self, q: usize) -> bool {
        let noun = self.word(q);
        let after = self.after_name();
        let closed = after.starts_with(',');
        let phrase = (1..=4)
            .filter_map(|back| q.checked_sub(back))
            .take_while(|&o| self.close(o, o + 1));
        let owned = phrase.clone().any(|o| {
            lexicon::is_possessive_determiner(self.word(o))
                || self.tokens.get(o).is_some_and(Token::possessive)
        });
        let new_thing = after.starts_with('.')
            && phrase.into_iter().any(|o| {
                self.word(o) == "new"
                    && o.checked_sub(1)
                        .is_some_and(|a| matches!(self.word(a), "a" | "an"))
            });
        ((closed && owned) || new_thing) && (lexicon::is_thing_noun(noun) || is_system_noun(noun))
    }

    /// "a new system called DomainKeys", "a town called Hay", "a group
    /// dubbed the Pirates", "drills codenamed Foal Eagle", "a technology
    /// known as DVB-H": the noun before "called" says what the name is.
    fn kind_called(&self, p: usize) -> Option<EntityKind> {
        // "a technology known as DVB-H": "known as" calls a name too.
        let known_as = self.word(p) == "as"
            && p.checked_sub(1)
                .is_some_and(|k| self.word(k) == "known" && self.close(k, p));
        let p = if known_as { p - 1 } else { p };
        if !known_as
            && !matches!(
                self.word(p),
                "called" | "dubbed" | "nicknamed" | "codenamed" | "code-named"
            )
        {
            return None;
        }
        // "The new party, to be called Veritas": past the verb's helpers.
        let mut verb = p;
        for _ in 0..3 {
            match verb.checked_sub(1) {
                Some(h)
                    if self.close(h, verb)
                        && matches!(self.word(h), "be" | "been" | "to" | "will" | "would") =>
                {
                    verb = h;
                }
                _ => break,
            }
        }
        // "a site called Bacho Kiro": a website or a dig. "The new party,
        // called Kadima": the noun before the comma.
        let before = verb.checked_sub(1).filter(|&q| {
            super::super::tokens::gap(self.text, self.tokens, q, verb)
                .is_some_and(|g| matches!(g.trim(), "" | ","))
        })?;
        let noun = Some(self.word(before)).filter(|n| *n != "site")?;
        if is_place_noun(noun) || lexicon::is_place_cue(noun) {
            Some(EntityKind::Place)
        } else if lexicon::is_thing_noun(noun)
            || is_system_noun(noun)
            || matches!(noun, "system" | "technology" | "scheme" | "feature")
        {
            Some(EntityKind::Other)
        } else if lexicon::is_org_cue(noun) {
            Some(EntityKind::Organization)
        } else if lexicon::is_person_role(noun) || is_human(noun) {
            Some(EntityKind::Person)
        } else if is_event_after(noun)
            || (self.word(p).starts_with("code")
                && matches!(noun, "operation" | "offensive" | "mission" | "raid"))
        {
            // "the operation, codenamed Desert Fox": a code names a deed.
            Some(EntityKind::Event)
        } else {
            None
        }
    }
}

/// A piece of research whose "by X" names who made it: "research by
/// Point Topic", "a survey by Mori".
fn is_study(word: &str) -> bool {
    matches!(
        word,
        "research" | "survey" | "study" | "poll" | "report" | "analysis" | "figures"
    )
}

impl Around<'_> {
    /// Token `p` is a trade's noun after "high street".
    pub(super) fn high_street(&self, p: usize) -> bool {
        let street = self.close_before(p).filter(|&s| self.word(s) == "street");
        street
            .and_then(|s| self.close_before(s))
            .is_some_and(|h| self.word(h).eq_ignore_ascii_case("high"))
            && self.word(p).starts_with(char::is_lowercase)
    }

    /// Token `p` is a warship's kind, or "carrier" after "aircraft" (alone,
    /// a carrier is an airline).
    fn ship_noun(&self, p: usize) -> bool {
        match self.word(p) {
            "carrier" | "carriers" => self
                .close_before(p)
                .is_some_and(|q| self.word(q) == "aircraft"),
            w => matches!(
                w,
                "warship"
                    | "destroyer"
                    | "frigate"
                    | "cruiser"
                    | "battleship"
                    | "corvette"
                    | "submarine"
                    | "icebreaker"
            ),
        }
    }
}

/// A participle whose "by X" names a maker, owner, employer or label:
/// "made by", "owned by", "employed by", "released by".
fn is_maker_verb(word: &str) -> bool {
    matches!(
        word,
        "made"
            | "built"
            | "manufactured"
            | "produced"
            | "owned"
            | "operated"
            | "acquired"
            | "bought"
            | "published"
            | "developed"
            | "employed"
            | "sponsored"
            | "funded"
            | "released"
            | "distributed"
    )
}

/// An office held in a body, never in a country or a town: "director of",
/// "chairman of" name a body after them (not "president of", "governor
/// of", "leader of", which may name an unlisted country or region).
fn is_office_in_body(word: &str) -> bool {
    matches!(
        word,
        "director"
            | "chairman"
            | "chairwoman"
            | "chairperson"
            | "spokesman"
            | "spokeswoman"
            | "founder"
            | "co-founder"
            | "executive"
            | "editor"
            | "owner"
            | "shareholders"
            | "employees"
    )
}

/// A work one person writes, paints or composes, whose "by X" names its
/// author (not a film's or an album's, which a studio or a band may make).
fn is_authored(noun: &str) -> bool {
    matches!(
        noun,
        "novel"
            | "novels"
            | "poem"
            | "poems"
            | "memoir"
            | "memoirs"
            | "biography"
            | "autobiography"
            | "painting"
            | "paintings"
            | "portrait"
            | "sculpture"
            | "symphony"
            | "opera"
            | "essay"
            | "novella"
            | "written"
            | "painted"
            | "composed"
    )
}

/// A firm's trade that a person plies too ("publisher", "broker").
fn is_persons_trade_too(word: &str) -> bool {
    matches!(
        word,
        "publisher"
            | "broker"
            | "contractor"
            | "supplier"
            | "distributor"
            | "operator"
            | "grocer"
            | "brewer"
            | "miner"
            | "wholesaler"
    )
}
