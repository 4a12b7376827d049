//! Kind cues: votes for what a discovered name denotes, from the name itself
//! (suffixes, built-in lists) and from the words around it.

use super::name_words::{is_national_body, is_party_members, is_research_word};
use super::tokens::{is_acronym, is_capitalised};
use super::votes::Votes;
use super::{lexicon, names, places, EntityKind};

/// A lone acronym's lean to an organisation ("KCNA"), each time it is
/// named: its shape, no evidence of what it stands for.
pub(super) const ACRONYM_SHAPE: f32 = 3.0;

/// The place list's vote for each mention of a known place.
pub(super) const LISTED_PLACE: f32 = 10.0;

/// Kind evidence intrinsic to a name: built-in lists and suffixes, the head
/// of an "X of Y" name, first words, a given name.
pub(crate) fn name_votes(name: &str) -> Votes {
    let mut v = Votes::default();
    let n = NameParts::new(name);
    if names::is_style(&n.list) {
        // "Prince of Wales", "Duke of Sussex": a person's style, whatever
        // the place after "of".
        v.add(EntityKind::Person, 12.0);
        return v;
    }
    // "D Hall", "J. White": an initial before a family name, as a team
    // sheet writes a player, whatever place the family name ends.
    if let [initial, surname] = n.list.as_slice() {
        let initial = initial.strip_suffix('.').unwrap_or(initial);
        if initial.len() == 1
            && initial.chars().all(|c| c.is_ascii_uppercase())
            && (names::is_surname(surname) || names::is_word_surname(surname))
            // Not "H Street", "K Road": a lettered street.
            && !matches!(*surname, "Street" | "Road" | "Avenue" | "Boulevard" | "Drive")
        {
            v.add(EntityKind::Person, 3.0);
            return v;
        }
    }
    n.listed(&mut v);
    // "82nd Airborne Division", "Guards 105th Tank Division": a numbered
    // military unit.
    let unit = |w: &&str| super::trim::is_numeral_ordinal(w);
    if n.list.iter().any(unit) && lexicon::is_military_unit(n.head.unwrap_or(n.last)) {
        v.add(EntityKind::Organization, 8.0);
    }
    n.suffixes(&mut v);
    n.heads(&mut v);
    n.events_and_sites(&mut v);
    n.shapes(&mut v);
    v
}

/// A name and the words that decide its kind.
struct NameParts<'a> {
    name: &'a str,
    list: Vec<&'a str>,
    first: &'a str,
    /// The last word, or the one before a trailing "International".
    last: &'a str,
    /// The word before the first "of", "for" or "on".
    head: Option<&'a str>,
    /// "Pew Research Center", not "Johnson Space Center".
    research_centre: bool,
}

/// "Center", "Centre".
fn is_centre(w: &str) -> bool {
    matches!(w, "Center" | "Centre")
}

impl<'a> NameParts<'a> {
    fn new(name: &'a str) -> Self {
        let list: Vec<&str> = name.split(' ').collect();
        let words = list.len();
        let first = list.first().copied().unwrap_or("");
        let last = list.last().copied().unwrap_or(name);
        // "Thai Airways International", "Amnesty International": the kind is
        // in the word before.
        let last = match list.as_slice() {
            [.., before, "International" | "Worldwide" | "Global"] if words > 2 => before,
            // "Air France Flight 447", "Terminal 3": the kind is in the head.
            // "Hwasong Middle School No. 1": past the number's sign too.
            [.., before, "No." | "No", number]
                if words > 2 && super::discover::is_designation(number) =>
            {
                before
            }
            [.., before, number] if words > 1 && super::discover::is_designation(number) => before,
            _ => last,
        };
        let head = list
            .iter()
            .position(|w| matches!(*w, "of" | "for" | "on" | "to"))
            .and_then(|i| i.checked_sub(1))
            .and_then(|i| list.get(i))
            .copied();
        // "Johnson Space Center", "Moscone Center" are sites; "Pew Research
        // Center" and "Center for Strategic Studies" are organisations.
        let research_centre = words > 1
            && is_centre(last)
            && list
                .get(words.saturating_sub(2))
                .is_some_and(|w| is_research_word(w));
        NameParts {
            name,
            list,
            first,
            last,
            head,
            research_centre,
        }
    }

    fn words(&self) -> usize {
        self.list.len()
    }

    /// Built-in lists: a known place or organisation, or a known
    /// organisation's arm ("BBC Scotland", "Greenpeace UK"); "Nasa" for "NASA".
    fn listed(&self, v: &mut Votes) {
        let name = self.name;
        let canonical = lexicon::alias(name).unwrap_or(name);
        let upper = name.to_uppercase();
        let known_org_head =
            self.words() > 1 && self.list.first().is_some_and(|f| lexicon::is_org(f));
        if places::is_place(canonical) {
            v.add(EntityKind::Place, LISTED_PLACE);
        } else if places::is_planet(name) {
            // Weak: the short form of "Saturn Corporation" stays the firm's.
            v.add(EntityKind::Place, 1.0);
        } else if lexicon::is_org(canonical)
            || (name.chars().count() <= 5 && lexicon::is_org(&upper) && upper != name)
        {
            v.add(EntityKind::Organization, 10.0);
        } else if lexicon::is_known_event(canonical) {
            // "the Grand National", "the Ashes": an event named by no
            // event's word.
            v.add(EntityKind::Event, 10.0);
        } else if lexicon::is_award(name) {
            // "Oscar nominations": the award, not a man called Oscar.
            v.add(EntityKind::Other, 10.0);
        } else if canonical != name
            && canonical
                .rsplit(' ')
                .next()
                .is_some_and(lexicon::is_event_suffix)
        {
            // "Olympic" for the Olympics: an event's short form.
            v.add(EntityKind::Event, 10.0);
        } else if known_org_head
            && (self.last.contains(|c: char| c.is_ascii_digit()) || self.product_after_maker())
        {
            // "Airbus A380", "Boeing 787", "Sony PlayStation": a company's
            // model or product.
            v.add(EntityKind::Other, 7.0);
        } else if known_org_head {
            v.add(EntityKind::Organization, 7.0);
        } else if self.national_branch() {
            // Above a place's kind word the known body ends in ("Iranian
            // Red Crescent").
            v.add(EntityKind::Organization, 9.0);
        }
    }

    /// "Sony PlayStation", "Apple iTunes": after a known company, one word
    /// of a brand's coining, capitals inside it (not "BT Wholesale", "BBC
    /// Scotland", "Hyundai Asan", a subsidiary's place-like name).
    fn product_after_maker(&self) -> bool {
        let [_, product] = self.list.as_slice() else {
            return false;
        };
        (names::is_camel_case(product) || super::tokens::is_lowercase_brand(product))
            && !lexicon::is_org(product)
    }

    /// "British Red Cross", "German Amnesty International", "Syrian Arab
    /// Red Crescent": a known body of several words after a nationality or
    /// a country (and maybe a word more) is its national branch.
    fn national_branch(&self) -> bool {
        let words = self.words();
        words > 2
            && (lexicon::is_demonym(self.first) || places::is_country(self.first))
            && (1..words.min(3)).any(|k| {
                let rest = &self.list[k..];
                rest.len() > 1 && lexicon::is_org(&rest.join(" "))
            })
    }

    /// The kind word a name ends in ("… Party", "… Airport", "… Summit"),
    /// a club's or company's last word, a city's club ("Manchester City").
    fn suffixes(&self, v: &mut Votes) {
        let (words, first, last) = (self.words(), self.first, self.last);
        let decided_by_head = self.head.is_some_and(lexicon::is_kind_suffix);
        if self.research_centre || self.head.is_some_and(is_centre) {
            v.add(EntityKind::Organization, 9.0);
        }
        let school_district = last == "District"
            && self
                .list
                .get(words.saturating_sub(2))
                .is_some_and(|w| *w == "School");
        // "Cancer Research UK", "Greenpeace UK": a body's national arm
        // (not "Southern UK", a place).
        let national_arm = words > 1
            && last == "UK"
            && !self
                .list
                .iter()
                .any(|w| places::is_place(w) || lexicon::is_demonym(w));
        if national_arm {
            v.add(EntityKind::Organization, 4.0);
        }
        // "Campaign Against Arms Trade", "Iraq Veterans Against the War",
        // "Save the Children": a cause's name is a body's, whatever its
        // last word.
        let campaign =
            matches!(self.list.as_slice(), [verb, "the", _, ..] if lexicon::is_campaign_verb(verb));
        if words > 2 && (campaign || self.list.iter().skip(1).any(|w| *w == "Against")) {
            v.add(EntityKind::Organization, 12.0);
            return;
        }
        if words > 1
            && last == "House"
            && self
                .list
                .get(words - 2)
                .is_some_and(|w| names::is_company_word(w))
        {
            // "Foreign Languages Publishing House": a firm of its trade.
            v.add(EntityKind::Organization, 8.0);
        }
        if words == 2 && last == "House" && names::starts_with_given_name(self.name) {
            // "Clarence House", "Lambeth House": a house named after someone
            // is a building (or the office in it), though "House" is a
            // surname too.
            v.add(EntityKind::Place, 8.0);
        }
        // "The Office", "The Bill": a capitalised "The" (which a name
        // keeps only inside a sentence) before one kind word is a title's;
        // a body is "the Office" of something. But "The Times", "The
        // Sun": a paper.
        let titled_kind = match self.list.as_slice() {
            ["The", w] if lexicon::is_generic(w) => Some(lexicon::is_paper_word(w)),
            _ => None,
        };
        if school_district {
            // "Irving Independent School District": a school board.
            v.add(EntityKind::Organization, 9.0);
        } else if let Some(paper) = titled_kind {
            if paper {
                v.add(EntityKind::Organization, 8.0);
            } else {
                v.add(EntityKind::Other, 3.0);
            }
        } else if (words > 1 || !lexicon::is_generic(last))
            && !decided_by_head
            && !self.research_centre
            && !names::is_given_name_surname(&self.list)
        {
            if words == 2
                && last == "Court"
                && !lexicon::is_court_kind(first.trim_end_matches(['\'', '’']))
            {
                // "Earls Court", "Centre Court", "Hampton Court": a court
                // named by a word of its own is a place, a hall or a
                // palace; a court of law is named by its kind ("High
                // Court", "Crown Court").
                v.add(EntityKind::Place, 8.0);
            } else if lexicon::is_org_suffix(last)
                || lexicon::is_paper_compound(last)
                || self.games_maker()
                // "Swiss International Air Lines": an airline.
                || self.list.ends_with(&["Air", "Lines"])
                // "the Independent Mobile Classification Body": a body of
                // three words or more (not "Wide Body", a plane's).
                || (words > 2 && last == "Body")
                // "Korean Central Broadcasting Station": a broadcaster.
                || (last == "Station"
                    && self.list.iter().rev().nth(1).is_some_and(|w| {
                        matches!(*w, "Broadcasting" | "Radio" | "Television" | "TV")
                    }))
                // "Chinese People's Political Consultative Conference": a
                // standing body that confers, not a meeting.
                || self.list.ends_with(&["Consultative", "Conference"])
            {
                v.add(EntityKind::Organization, 8.0);
            } else if last == "Bowl"
                && self
                    .list
                    .get(..words - 1)
                    .is_some_and(|town| places::is_place(&town.join(" ")))
            {
                // "Milton Keynes Bowl", "Hollywood Bowl": a town's open-air
                // venue (not the "Super Bowl", a game).
                v.add(EntityKind::Place, 8.0);
            } else if last == "Show" && (first == "The" || names::is_given_name(first)) {
                // "The Late Show", "The Graham Norton Show": a programme
                // (not "the Motor Show", a fair).
                v.add(EntityKind::Other, 8.0);
            } else if lexicon::is_event_suffix(last) && !self.list.ends_with(&["Grand", "Masters"])
            {
                // Not "Grand Masters", chess players by their title.
                v.add(EntityKind::Event, 8.0);
            } else if names::is_given_name_surname_or_place(&self.list) {
                // "Robert Plant", "Stanley Park": the words around decide.
                v.add(EntityKind::Place, 2.0);
            } else if matches!(self.list.as_slice(), [given, middle, _]
                if names::is_given_name(given)
                    && names::is_given_name(middle)
                    && !places::is_place(given)
                    && !places::is_place(middle)
                    && names::is_surname_kind_word(last))
            {
                // "James Alex Fields": two given names before a place's
                // kind word that is a surname too make a person's name.
                v.add(EntityKind::Person, 3.0);
            } else if lexicon::is_place_suffix(last) {
                // "Forest", "Abbey", "Rover" alone: a kind word names a
                // club, a bank, a pressure group or a carmaker as often as
                // a place or a thing.
                v.add(EntityKind::Place, if words == 1 { 2.0 } else { 8.0 });
            } else if lexicon::is_other_suffix(last) {
                v.add(EntityKind::Other, if words == 1 { 2.0 } else { 8.0 });
            }
        }
        let global = matches!(
            self.list.last(),
            Some(&("International" | "Worldwide" | "Global"))
        );
        if words > 1 && *v == Votes::default() && global {
            // "Amnesty International", "Oxfam International".
            v.add(EntityKind::Organization, 5.0);
        } else if words > 1 && *v == Votes::default() {
            if names::is_club_suffix(last) {
                v.add(EntityKind::Organization, 8.0);
            } else if (names::is_company_word(last)
                // Not "Danielle Steel", "Samantha Power": a given name
                // before a trade's word that is a surname too.
                && !(words == 2
                    && names::is_given_name(first)
                    && !places::is_place(first)
                    && names::is_word_surname(last)))
                || is_national_body(&self.list)
                // "TV Globo", "al-Masirah TV": a broadcaster (not "Mobile
                // TV", a service); "Scissor Sisters", "Lehman Brothers": a
                // band or a firm, no one person.
                || first == "TV"
                || (last == "TV"
                    && self
                        .list
                        .iter()
                        .rev()
                        .nth(1)
                        .is_some_and(|w| !lexicon::is_english_word(w)))
                || matches!(last, "Brothers" | "Sisters" | "Bros" | "Bros.")
            {
                v.add(EntityKind::Organization, 5.0);
            }
        }
        // "Neo Democrats", "Sweden Democrats": members of a party name it.
        if words > 1 && is_party_members(last) {
            v.add(EntityKind::Organization, 8.0);
        }
        // "Manchester City", "Leicester City": a city's club, not the city;
        // "Stade Francais", "Sporting Lisbon": a club by its first word
        // (not "Stade de France", a ground).
        let club_prefix = words > 1
            && names::is_club_prefix(first)
            && self.list.iter().all(|w| w.starts_with(char::is_uppercase));
        if (words == 2 && places::is_city(first) && names::is_town_club_word(last)) || club_prefix {
            v.add(EntityKind::Organization, 9.0);
        }
    }

    /// "University of …", "Alliance of Small Island States": the head
    /// before "of" decides; else a first word such as "Bank" or "Lake".
    fn heads(&self, v: &mut Votes) {
        let (words, first, last) = (self.words(), self.first, self.last);
        if let Some(head) = self.head {
            if is_of_the_year(&self.list) || head == "Order" {
                // "Footballer of the Year", "Order of Lenin": an award,
                // whoever gives it.
                v.add(EntityKind::Other, 9.0);
            } else if lexicon::is_place_suffix(head)
                && lexicon::is_event_suffix(last)
                && words > 3
                && !self.list.contains(&"the")
            {
                // "Isle of Wight Festival": an event held at the place named
                // before it (not "Board of Elections", a body's head, nor
                // "Museum of the Fatherland Liberation War", a building's
                // subject).
                v.add(EntityKind::Event, 9.0);
            } else if lexicon::is_org_suffix(head)
                || is_centre(head)
                // "Isle of Wight Council", "Republic of Ireland Football
                // Association": a place's whole name, then a body's last
                // word, names the place's body.
                || (is_territory(head)
                    && lexicon::is_org_suffix(last)
                    && words > 3
                    && !self.list.contains(&"the"))
                || (lexicon::is_place_suffix(head)
                    && lexicon::is_org_suffix(last)
                    && words > 3
                    && !self.list.contains(&"of"))
                // "Syrian Observatory for Human Rights": a building's word
                // "for" a cause names the body that works for it.
                || (lexicon::is_place_suffix(head)
                    && self.list.contains(&"for")
                    && matches!(last, "Rights" | "Peace" | "Democracy" | "Justice" | "Freedom"))
            {
                // "Cinema for Peace Foundation": a body's last word after a
                // place's head and its "for" names the body (not "National
                // Museum of the U.S. Air Force", the body it belongs to).
                v.add(EntityKind::Organization, 9.0);
            } else if lexicon::is_place_suffix(head) {
                v.add(EntityKind::Place, 9.0);
            } else if head == "Conference" && last.ends_with('s') && last != "Parties" {
                // "National Conference of State Legislatures", "Conference
                // of Catholic Bishops": members meet in it; not "Conference
                // of the Parties".
                v.add(EntityKind::Organization, 9.0);
            } else if lexicon::is_event_suffix(head) || matches!(head, "Battle" | "Siege") {
                v.add(EntityKind::Event, 9.0);
            } else if lexicon::is_other_suffix(head) || head == "Law" {
                // "Treaty on Strategic Partnership", "Law on Regional Development".
                v.add(EntityKind::Other, 9.0);
            } else if *v == Votes::default() {
                // "Goblet of Fire", "Game of Thrones": an ordinary noun of
                // another is a work's title, not a body ("Friends of the
                // Earth" has a body's head).
                // "The Return of the King", "The Book of Evidence" too.
                let title = is_title_of(&self.list)
                    && !lexicon::is_of_head(head)
                    && !places::is_place(last);
                let kind = if title {
                    EntityKind::Other
                } else {
                    EntityKind::Organization
                };
                v.add(kind, 3.0);
            }
        } else if words > 1 && names::is_org_head(first) {
            v.add(EntityKind::Organization, 6.0);
        } else if words > 1 && names::is_place_head(first) {
            v.add(EntityKind::Place, 6.0);
        } else if words > 1 && first == "River" {
            // "the River Eden", "River Tyne": a river, as the British name
            // one; a light vote, as someone may bear the name ("River
            // Phoenix died").
            v.add(EntityKind::Place, 2.0);
        }
    }

    /// Parts of places ("East Africa"), constituencies ("Kowloon West"),
    /// territories named by a nation's adjective ("American Samoa").
    fn territories(&self, v: &mut Votes) {
        let (words, first, last) = (self.words(), self.first, self.last);
        // "East Africa", "Northern England", "South London": a part of a place.
        let rest = self.list.get(1..).map(|r| r.join(" ")).unwrap_or_default();
        if words > 1
            && matches!(
                first,
                "North"
                    | "South"
                    | "East"
                    | "West"
                    | "Northern"
                    | "Southern"
                    | "Eastern"
                    | "Western"
                    | "Central"
                    | "Upper"
                    | "Lower"
                    | "Greater"
            )
            && places::is_known_place(&rest)
        {
            v.add(EntityKind::Place, 10.0);
        }
        // "Kowloon West", "Dublin Central", "Leeds North West": a
        // constituency or district (not "Timothy West" nor "Oliver North",
        // a given name before a compass word that is a common surname).
        let compass = |w: &&str| matches!(*w, "East" | "West" | "North" | "South" | "Central");
        let surname = words == 2
            && matches!(last, "West" | "North")
            && names::is_given_name(first)
            && !places::is_place(first);
        if (words == 2 || (words == 3 && matches!(last, "East" | "West")))
            && self.list.get(1..).is_some_and(|r| r.iter().all(compass))
            && !lexicon::is_generic(first)
            && !surname
        {
            // A word no list knows before "West" may be a given name as
            // well ("Kanye West"): a lean only, under a list's vote, so
            // that people named beside it outweigh it.
            let weight = if places::is_place(first) { 3.0 } else { 0.2 };
            v.add(EntityKind::Place, weight);
        }
        // "Stoke-on-Trent", "Stratford-upon-Avon", "Boulogne-sur-Mer": a
        // town by its river or sea, its connector in lower case.
        let riverside = |word: &str| {
            let parts: Vec<&str> = word.split('-').collect();
            parts.len() >= 3
                && parts.first().is_some_and(|p| is_capitalised(p))
                && parts.last().is_some_and(|p| is_capitalised(p))
                && parts.get(1).is_some_and(|p| {
                    matches!(
                        *p,
                        "on" | "upon" | "sur" | "super" | "en" | "le" | "under" | "by"
                    )
                })
        };
        if words == 1 && riverside(first) {
            v.add(EntityKind::Place, 3.0);
        }
        // "American Samoa", "British Columbia", "French Guiana": a nation's
        // adjective before a place names a territory, not a club or firm.
        if words > 1 && lexicon::is_demonym(first) && places::is_place(&rest) {
            v.add(EntityKind::Place, 4.0);
        }
    }

    /// Storms, operations, New Year, saints' churches;
    /// languages, faiths and doctrines.
    fn events_and_sites(&self, v: &mut Votes) {
        let (name, words, first, last) = (self.name, self.words(), self.first, self.last);
        // "Terminal 3" is a place, "Apollo 17" an event, "Flight 447" and
        // "Proposition 8" neither, whoever runs them.
        let numbered = self
            .list
            .last()
            .is_some_and(|n| super::discover::is_designation(n))
            && super::discover::is_numbered_head(last);
        if numbered {
            // "KPA Unit 264": an army's unit (not "Unit 3", a reactor).
            let army_unit = last == "Unit" && is_acronym(first);
            let kind = match last {
                _ if army_unit => EntityKind::Organization,
                "Apollo" | "Gemini" | "Soyuz" | "Expedition" | "Mission" => EntityKind::Event,
                "Flight" | "Proposition" | "Section" | "Reactor" | "Unit" => EntityKind::Other,
                "Channel" | "Studio" | "Radio" => EntityKind::Organization,
                _ => EntityKind::Place,
            };
            v.add(kind, 9.0);
        }
        // "Boeing 747", "Xbox 360", "FTSE 100": a model or an index, not
        // the firm that makes or keeps it.
        let model = self
            .list
            .last()
            .is_some_and(|n| super::numbered::is_model_number(n));
        if model && !numbered && words > 1 {
            v.add(EntityKind::Other, 12.0);
        }
        // "Euro 2004": the football championship, not the currency.
        if matches!(self.list.as_slice(), ["Euro", year] if super::discover::is_year(year)) {
            v.add(EntityKind::Event, 9.0);
        }
        self.territories(v);
        // "Hurricane Katrina", "Cyclone Phailin", "Operation Desert Storm".
        if words > 1
            && matches!(
                first,
                "Hurricane" | "Typhoon" | "Cyclone" | "Storm" | "Tropical" | "Operation" | "Siege"
            )
        {
            v.add(EntityKind::Event, 10.0);
        }
        // "USS Carl Vinson", "HMS Queen Elizabeth": a ship, whoever it is
        // named after.
        if words > 1 && lexicon::is_ship_prefix(first) {
            v.add(EntityKind::Other, 10.0);
        }
        // "HM Treasury", "HM Revenue and Customs": a Crown department.
        if words > 1 && first == "HM" {
            v.add(EntityKind::Organization, 8.0);
        }
        if matches!(
            self.list.as_slice(),
            [.., "New", "Year"] | [.., "New", "Year's"]
        ) {
            v.add(EntityKind::Event, 10.0);
        }
        // "Super Tuesday", "Black Friday", "Palm Sunday": a named day;
        // "The Mail on Sunday", "Independent on Sunday": a paper.
        if let [.., paper, "on", "Sunday"] = self.list.as_slice() {
            if lexicon::is_paper_word(paper) {
                v.add(EntityKind::Organization, 8.0);
            }
        } else if words > 1 && last.ends_with("day") && lexicon::is_calendar(last) {
            v.add(EntityKind::Event, 8.0);
        }
        if matches!(first, "St" | "St." | "Saint")
            && matches!(
                last,
                "Church" | "Cathedral" | "Chapel" | "Abbey" | "Basilica"
            )
        {
            v.add(EntityKind::Place, 10.0);
        }
        // "St Helens", "St Albans", "St Andrews": a saint's name with the
        // "s" of its possessive, and no apostrophe, names the town.
        if let ["St" | "St." | "Saint", town] = self.list.as_slice() {
            if town
                .strip_suffix('s')
                .is_some_and(|saint| saint.len() > 2 && names::is_given_name(saint))
            {
                v.add(EntityKind::Place, 6.0);
            }
        }
        // "Hindi", "Islam", "Marxism", "Islamophobia": languages, religions,
        // doctrines and attitudes are neither people nor places.
        let doctrine = words == 1
            && (name.ends_with("ism") || name.ends_with("phobia"))
            && name.chars().count() > 5;
        if lexicon::is_language_or_faith(name) || doctrine {
            v.add(EntityKind::Other, 10.0);
        }
    }

    /// "Argonaut Games", "Vivendi Universal Games": a maker of games,
    /// named by no people, place, season or sport the way a multi-sport
    /// event is ("Commonwealth Games", "Asian Games", "Winter Games",
    /// "2012 Games", "X Games").
    fn games_maker(&self) -> bool {
        let [head @ .., "Games"] = self.list.as_slice() else {
            return false;
        };
        let sporting = |w: &str| {
            matches!(
                w,
                "Olympic"
                    | "Paralympic"
                    | "Commonwealth"
                    | "Goodwill"
                    | "Highland"
                    | "Invictus"
                    | "Youth"
                    | "World"
                    | "Winter"
                    | "Summer"
                    | "Island"
                    | "Islands"
                    | "Special"
                    | "Military"
                    | "Pan"
                    | "Universiade"
                    // "Mangyongdae Prize Sports Games", "National Games".
                    | "Sports"
                    | "Prize"
                    | "Memorial"
                    | "National"
            )
        };
        !head.is_empty()
            && head.iter().all(|w| {
                w.chars().count() > 2
                    && w.chars().all(char::is_alphabetic)
                    && w.chars().any(char::is_lowercase)
                    && !sporting(w)
                    && !lexicon::is_demonym(w)
                    && !places::is_place(w)
            })
    }

    /// Shapes: an acronym, a company-like word, a place-named club, a
    /// personal name.
    fn shapes(&self, v: &mut Votes) {
        let (name, list, words) = (self.name, &self.list, self.words());
        // "Hong Kong Disneyland": a place of two words may open the name
        // (not "United Kingdom iTunes", a place and a brand run together).
        let has_place = list.iter().any(|w| places::is_place(w))
            || (words > 2
                && list.iter().all(|w| w.starts_with(char::is_uppercase))
                && list
                    .get(..2)
                    .is_some_and(|two| places::is_place(&two.join(" "))));
        // "KCNA", but not "COP29": a numbered acronym is as often an event.
        if words == 1 && is_acronym(name) && !name.chars().any(|c| c.is_ascii_digit()) {
            v.add(EntityKind::Organization, ACRONYM_SHAPE);
        }
        // "The Killers", "The White Stripes": "The" and a plural of ordinary
        // words names a band or a team, not a person (nor "The
        // Netherlands", a place, which the lists know).
        if let ["The", .., plural] = list.as_slice() {
            if is_ordinary_plural(plural) && !has_place {
                v.add(EntityKind::Organization, 2.0);
            }
        }
        // "8GB", "A380s", "SARS-CoV-2": a code, model or quantity, no name
        // of a person, organisation or place ("G7", "H1N1" are acronyms).
        let coded = name.chars().any(|c| c.is_ascii_digit())
            && (name.starts_with(|c: char| c.is_ascii_digit())
                || name.contains(char::is_lowercase));
        if super::tokens::is_lowercase_brand(self.first) {
            // "iPod Shuffle", "iTunes Music Store": a product line.
            v.add(EntityKind::Other, 5.0);
        } else if words == 1 && coded {
            v.add(EntityKind::Other, 4.0);
        } else if words == 1
            && (names::is_camel_case(name) || name.ends_with("bank") || name.ends_with("group"))
        {
            v.add(EntityKind::Organization, 4.0);
        } else if is_firm_word(self.last)
            // "Warner Music", "Rocket Pictures": a label or a studio (not
            // "The Sound of Music", a work).
            || (words > 1
                && matches!(self.last, "Music" | "Pictures" | "Films")
                && !list.iter().any(|w| matches!(*w, "The" | "of")))
        {
            // "Sun Microsystems", "Ubisoft", "Grundig Electronics".
            v.add(EntityKind::Organization, 4.0);
        } else if words > 1
            && names::is_camel_case(self.last)
            && !names::starts_with_given_name(name)
            && !has_place
            // Not "Alliance UniChem": a body's word opens a firm's name.
            && !lexicon::is_org_suffix(self.first)
        {
            // "Windows AntiSpyware", "Google AdWords": a maker's product.
            v.add(EntityKind::Other, 3.0);
        }
        if *v != Votes::default() {
            return;
        }
        // "Gloria", "Marx", "Gorbachev": a given name or a surname alone is a person unless a cue
        // says otherwise (a token weight, under the weakest cue: "next to
        // Genova" is a place; and summed over many mentions that no cue
        // types, still under one cue: "the Fedora operating system").
        let personal = names::is_given_name(name)
            || names::is_surname(name)
            || (names::has_surname_ending(name) && !has_place);
        if words == 1 && personal && !lexicon::is_english_word(name) {
            v.add(EntityKind::Person, 0.1);
            return;
        }
        // "Procter & Gamble", "Marks & Spencer": a firm's name.
        if list.contains(&"&") && !has_place {
            v.add(EntityKind::Organization, 4.0);
            return;
        }
        // "Qaboos bin Said", "Ahmad ibn Hanbal": a son's name, his father's.
        if let [given, "bin" | "ibn" | "bint", father, ..] = list.as_slice() {
            if [given, father]
                .iter()
                .all(|w| is_capitalised(w) && !is_acronym(w))
            {
                v.add(EntityKind::Person, 3.0);
                return;
            }
        }
        if !(2..=4).contains(&words) {
            return;
        }
        // "Benedict XVI", "Henry VIII", "John Paul II": a given name and a
        // numeral name a pope or a monarch.
        if let [given @ .., numeral] = list.as_slice() {
            if super::candidate_words::is_roman_numeral(numeral)
                && !given.is_empty()
                && given.iter().all(|w| names::is_given_name(w))
            {
                v.add(EntityKind::Person, 3.0);
                return;
            }
        }
        let namey = |w: &str| {
            is_capitalised(w)
                && !is_acronym(w)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
        };
        let hyphen_given = list.iter().skip(1).any(|w| {
            w.split_once('-')
                .is_some_and(|(_, b)| b.starts_with(char::is_lowercase))
        });
        // "David Blackburn", "Lewis Hamilton", "Joaquin Phoenix": a given
        // name, then a town's name, which is a surname too (no club or
        // firm is named "Joaquin" after its town).
        let surname_of_town = places::is_place(self.last)
            && !places::is_country(self.last)
            && !places::is_place(self.first)
            && names::starts_with_given_name(name);
        // "Victoria Beckham", "Virginia Madsen": a given name that is a
        // place's too, then a surname, not a club named after the place.
        let given_place = words == 2
            && names::is_given_name(self.first)
            && names::is_surname(self.last)
            && !places::is_place(self.last)
            && !lexicon::is_english_word(self.last);
        // "New York State": a state of two words named in full (not "Ohio
        // State", "Penn State", as often a university as a state).
        let state_in_full = self.last == "State"
            && name
                .strip_suffix(" State")
                .is_some_and(|p| p.contains(' ') && places::is_place(p));
        if state_in_full {
            v.add(EntityKind::Place, 2.0);
        } else if has_place && !surname_of_town && !given_place {
            // "Manchester United", "Bayern Munich": a club or firm named
            // after a place; "Leeds Rhinos", "Chicago Bulls": a team's
            // plural mascot after its town, a club wherever it plays.
            let mascot = words == 2
                && places::is_place(self.first)
                && is_ordinary_plural(self.last)
                && !lexicon::is_kind_suffix(self.last);
            v.add(EntityKind::Organization, if mascot { 3.0 } else { 1.0 });
        } else if names::is_personal_form(list, namey) && !ends_in_adjective(self.last) {
            // A person needs a given name ("Andrew Bailey", not "Goldman
            // Sachs") or a Korean-style one ("Yang Moo-jin"); cues decide the rest.
            if names::starts_with_given_name(name) || names::is_east_asian_name(list) {
                v.add(EntityKind::Person, 3.0);
            } else if hyphen_given
                // "Roman Abramovich": a Slavic family name after a word
                // that is no place.
                || (words == 2
                    && names::has_surname_ending(self.last)
                    && !places::is_place(self.first))
                || (super::japanese::is_japanese_name(list)
                    && list.iter().all(|w| {
                        !lexicon::is_english_word(&w.to_lowercase())
                            && !places::is_place(w)
                            && !lexicon::is_demonym(w)
                            && !lexicon::is_org(w)
                    }))
            {
                v.add(EntityKind::Person, 2.0);
            }
        }
    }
}

/// "Stripes", "Chiefs": the plural of an ordinary word, which ends a
/// band's or a side's name after "The".
pub(super) fn is_ordinary_plural(word: &str) -> bool {
    word.ends_with('s')
        && !word.ends_with("ss")
        && lexicon::singular(word).is_some_and(|one| lexicon::is_english_word(&one.to_lowercase()))
}

/// "Goblet of Fire", "(The) Return of the King", "Eternal Sunshine of the
/// Spotless Mind": one or two ordinary words, "of" (and maybe "the"), one
/// or two more; not "International Brotherhood of Magicians", "South Lawn
/// of the White House", whose first word qualifies a body or a place.
fn is_title_of(list: &[&str]) -> bool {
    let the = usize::from(list.first() == Some(&"The"));
    let Some(of) = list.iter().position(|w| *w == "of") else {
        return false;
    };
    let after = match list.get(of + 1..).unwrap_or(&[]) {
        ["the", rest @ ..] => rest,
        rest => rest,
    };
    let plain = |w: &&str| lexicon::is_english_word(w);
    let qualified = |ws: &[&str]| match ws {
        [q, _] => {
            matches!(*q, "International" | "National" | "Royal" | "World")
                || super::around_words::is_direction(&q.to_lowercase())
        }
        _ => false,
    };
    let head = list.get(the..of).unwrap_or(&[]);
    (1..=2).contains(&head.len())
        && head.iter().all(plain)
        && !qualified(head)
        && (1..=2).contains(&after.len())
        && after.iter().all(plain)
}

/// "Augusta National", "Shanghai International": an ordinary adjective,
/// no surname, ends no person's name.
pub(super) fn ends_in_adjective(last: &str) -> bool {
    last.ends_with("al") && lexicon::is_english_word(last) && !names::is_surname(last)
}

/// A word that firms' names end in: "Microsystems", "Ubisoft",
/// "Philtronics" (not the ending alone).
fn is_firm_word(word: &str) -> bool {
    ["systems", "soft", "tronics"].iter().any(|end| {
        word.len() > end.len() + 1
            && word
                .get(word.len() - end.len()..)
                .is_some_and(|tail| tail.eq_ignore_ascii_case(end))
    })
}

/// A land's head before "of" ("Isle of Wight", "Republic of Ireland"), not
/// a building's ("Museum of London").
fn is_territory(head: &str) -> bool {
    matches!(
        head,
        "Isle"
            | "Island"
            | "Islands"
            | "Republic"
            | "Kingdom"
            | "Province"
            | "County"
            | "District"
            | "City"
            | "Region"
            | "Territory"
            | "State"
            | "Principality"
    )
}

/// The name ends "of the Year", as awards do ("Player of the Year").
pub(super) fn is_of_the_year(list: &[&str]) -> bool {
    list.ends_with(&["of", "the", "Year"])
}
