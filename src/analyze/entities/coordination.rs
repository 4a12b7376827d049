//! Names listed together share a kind: "Ubisoft, Microsoft and PlayStation"
//! are firms, "Zeus, Hera and Athena" gods. A name with no evidence of its
//! own (its shape aside: "Joson Inmingun" looks like a person's name beside
//! two papers) in such a list takes a weak vote for the kind its neighbours agree
//! on; any cue of its own, here or elsewhere in the corpus, outweighs it.
//! A plural noun after the list names the kind of every member: "the
//! Donetsk and Luhansk regions", "the Labour and Conservative parties"; so
//! does one before it: "charities such as Oxfam and Shelter", "their sons
//! Brooklyn and Romeo". Of two names joined by "and", a bare one takes a
//! person's kind from a full personal name, a place's from a place after
//! "in" ("Tiger Woods and Phil Mickelson", "in Warton and Samlesbury").

use super::around_words::is_drill_adjective;
use super::grouping::Raw;
use super::lexicon;
use super::votes::Votes;
use super::EntityKind;

/// The weight of the list's kind for a member with no evidence: under any
/// cue, above a person's shape alone.
const LISTED: f32 = 0.5;

/// The most a name's shape alone votes, each time it is named (two
/// capitalised words lean to a person's name).
pub(super) const SHAPE_ONLY: f32 = 0.1;

/// The weight of a plural head noun after a list, as of a place's noun
/// right after one name ("the Kursk region").
const HEADED: f32 = 4.0;

/// The weight of a thing's plural noun for a listed title opening with
/// "The": as much as "the film The Office" gives it.
const TITLED: f32 = 10.0;

/// The weight of a plural noun that introduces a list ("banks including
/// Halifax and Nationwide"): the writer says what each member is, above a
/// listed town's own vote (a bank, a club named after its town).
const INTRODUCED: f32 = 11.0;

/// The weight of a thing's plural noun that introduces a list ("soaps such
/// as Coronation Street"): above a kind word's vote (8), under a country's
/// (10).
const INTRODUCED_THING: f32 = 9.0;

/// The weight of a performers' noun before a list for each member: a
/// singer's given name or a band's lack of one, under any cue of its own
/// ("Madonna said").
const PERFORMER: f32 = 2.0;

/// Under a listed place's own vote (10): a roll's member with less
/// evidence than that is taken for a surname.
const ROLL: f32 = 10.0;

/// The weight of a roll's person for a member: above a given name's or a
/// shape's lean, under any cue of the member's own.
const ROLL_VOTE: f32 = 1.0;

/// Above the lean to a place (2) of a given name before a kind word that
/// is a surname too ("John Towers"), which says only that the words around
/// decide.
const SURNAME_OR_PLACE: f32 = 2.5;

/// `r` is a given name and a place's kind word that is a surname too,
/// with no evidence but that lean ("John Towers", "Wayne Bridge").
fn surname_or_place(r: &Raw) -> bool {
    let words: Vec<&str> = r.name.split(' ').collect();
    super::names::is_given_name_surname_or_place(&words)
        && r.votes.best() == EntityKind::Place
        && r.votes.total() <= 2.0
}

/// `list` is a roll: five or more names, nearly all of one word, after a
/// label that opens its block ("Charlton: Kiely, Young, Perry, …", "Subs: …").
fn is_roll(blocks: &[&str], list: &[Raw]) -> bool {
    let Some(first) = list.first() else {
        return false;
    };
    let label = blocks
        .get(first.block)
        .and_then(|t| t.get(..first.start))
        .and_then(|l| l.strip_suffix(": "));
    list.len() >= 5
        && label.is_some_and(|l| {
            !l.is_empty()
                && l.split(' ').count() <= 4
                && l.split(' ').all(|w| w.starts_with(char::is_uppercase))
        })
        // "Bergkamp (Van Persie 75)": a two-word surname or two.
        && list.iter().filter(|r| !r.name.contains(' ')).count() * 5 >= list.len() * 4
}

/// The kind a plural noun right after the last member of `list` gives every
/// member: "Kozhikode, Malappuram and Kannur districts" are three districts.
fn plural_head(blocks: &[&str], list: &[Raw]) -> Option<EntityKind> {
    let last = list.last()?;
    // Any space: scraped text puts no-break and ideographic ones here.
    let after = blocks
        .get(last.block)?
        .get(last.end..)?
        .strip_prefix(char::is_whitespace)?;
    // "Key Resolve and Foal Eagle joint military exercises": past the
    // adjectives of war games.
    let word = after
        .split(|c: char| !c.is_alphabetic() && c != '-')
        .find(|w| !is_drill_adjective(w))
        .filter(|w| w.starts_with(char::is_lowercase))?;
    // "Nintendo's Mario and Zelda games": a maker's are products.
    let maker = list.first().is_some_and(|f| {
        blocks
            .get(f.block)
            .and_then(|b| b.get(..f.start))
            .is_some_and(|b| b.ends_with("'s ") || b.ends_with("’s "))
    });
    if word == "games" && maker {
        return Some(EntityKind::Other);
    }
    if matches!(word, "exercises" | "drills" | "talks" | "games") {
        return Some(EntityKind::Event);
    }
    let singular = lexicon::singular(word)?;
    if lexicon::is_place_cue(&singular) {
        Some(EntityKind::Place)
    } else if singular == "party"
        // "Harvard and Oxford universities", "the Tesco and Asda chains"
        // (not "the Gabonese and Estonian teams", peoples' sides).
        || ((lexicon::is_org_cue(&singular)
            || matches!(singular.as_str(), "university" | "college" | "club"))
            && !list
                .iter()
                .any(|r| lexicon::is_demonym(&r.name) || super::places::is_country(&r.name)))
    {
        Some(EntityKind::Organization)
    } else {
        None
    }
}

/// The kind a plural noun just before `list` gives every member: "charities
/// such as Oxfam and Shelter", "cities including Kyiv", "such bands as
/// Wire", "viruses such as MyDoom", "games on sale include Halo".
fn plural_before(blocks: &[&str], list: &[Raw]) -> Option<EntityKind> {
    let first = list.first()?;
    let before = blocks.get(first.block)?.get(..first.start)?.trim_end();
    let before = before
        .strip_suffix(" the")
        .or_else(|| before.strip_suffix(" The"))
        .unwrap_or(before);
    let mut words = before
        .rsplit(char::is_whitespace)
        .map(|w| w.trim_end_matches(','));
    let last = words.next()?;
    let second = words.next();
    // "cable operators NTL and Telewest", "Rivals Carphone Warehouse and
    // Tiscali": a firm's trade in the plural right before a list of two or
    // more (capitalised only where a sentence opens).
    let sentence_start = second.is_none_or(|w| w.ends_with(['.', '!', '?', ':', '"', '“']));
    let trade = last.to_lowercase();
    // Not "his rivals John Kerry and Howard Dean": rivals may be people.
    let given = |r: &Raw| super::names::starts_with_given_name(&r.name);
    let people = list.iter().any(given);
    // "Tour operators Thomas Cook and First Choice": a trade's firms, one
    // named after its founder (but rivals named by given names are people).
    let firms = !people || (trade != "rivals" && !list.iter().all(given));
    if list.len() > 1
        && firms
        && (last.starts_with(char::is_lowercase) || sentence_start)
        && trade.ends_with('s')
        && (trade == "rivals" || lexicon::singular(&trade).is_some_and(|s| lexicon::is_org_cue(&s)))
    {
        return Some(EntityKind::Organization);
    }
    // "the cities New Rochelle and Yonkers", "the rivers Eden and
    // Caldew": a kind of place in the plural right before a list of two
    // or more.
    if list.len() > 1
        && last.starts_with(char::is_lowercase)
        && trade.ends_with('s')
        && lexicon::singular(&trade).is_some_and(|s| is_place_kind(&s))
    {
        return Some(EntityKind::Place);
    }
    // "the MP for Ross, Skye and Lochaber": the places of one seat.
    if last == "for" && second.is_some_and(super::cues::is_member_of_parliament) {
        return Some(EntityKind::Place);
    }
    // "their sons Brooklyn, Romeo and Cruz": someone's children;
    // "Princes William and Harry", "Senators Kerry and Kennedy": a title
    // shared by the list.
    if (matches!(last, "sons" | "daughters" | "children" | "grandchildren")
        && second.is_some_and(|w| matches!(w, "his" | "her" | "their" | "two" | "three" | "four")))
        || (list.len() > 1 && super::discover::is_plural_title(last))
    {
        return Some(EntityKind::Person);
    }
    let plural = match (last, second?) {
        ("as", "such") => words.next()?,
        ("including" | "like", noun) => noun,
        ("as", noun) if words.next()? == "such" => noun,
        // "Games available at launch include Halo and Fable": the plural
        // subject of "include", a few words back.
        ("include", noun) => std::iter::once(noun)
            .chain(words.by_ref().take(5))
            .find(|w| w.ends_with('s') && lexicon::singular(&w.to_lowercase()).is_some())?,
        _ => return None,
    };
    // Capitalised only where a sentence opens: "Charities such as Oxfam".
    let opens = words
        .next()
        .is_none_or(|w| w.ends_with(['.', '!', '?', ':', '"', '“']));
    if !(plural.starts_with(char::is_lowercase) || opens) {
        return None;
    }
    let singular = lexicon::singular(&plural.to_lowercase())?;
    // "seats such as Cambridge and Leeds North West": constituencies.
    if lexicon::is_place_cue(&singular)
        || is_place_kind(&singular)
        || matches!(singular.as_str(), "seat" | "constituency")
    {
        Some(EntityKind::Place)
    } else if lexicon::is_org_cue(&singular) || (singular == "rival" && !people) {
        // "rivals such as Creative and Rio" (not "rivals such as John
        // Kerry").
        Some(EntityKind::Organization)
    } else if lexicon::is_person_role(&singular)
        // "investors including Bain Capital", "artists including Coldplay":
        // firms and bands are listed after these as often as people.
        && !lexicon::is_body_role(&singular)
        && !matches!(singular.as_str(), "artist" | "act" | "performer" | "client")
    {
        Some(EntityKind::Person)
    } else if singular != "engine"
        // "whose plays include The Caretaker and Betrayal", "his works
        // include …" ("play" alone is a verb before a side too often to be
        // a thing's noun, "work" a place of work).
        && (lexicon::is_thing_noun(&singular)
            || matches!(singular.as_str(), "play" | "work")
            || plural
                .strip_suffix("es")
                .is_some_and(lexicon::is_thing_noun))
        && !list.iter().any(|r| possessive(blocks, r))
    {
        // "viruses such as MyDoom and Netsky"; not "vaccines such as
        // Pfizer's", the maker of one, nor "search engines including
        // Google", firms named by their trade.
        Some(EntityKind::Other)
    } else {
        None
    }
}

/// Performers are named right before `list`: "headlined by Coldplay and
/// Kylie Minogue", "other acts include Razorlight and New Order", "artists
/// such as Dido", "who managed Boyzone and Westlife", "the bands Oasis and
/// Blur".
fn performers_before(blocks: &[&str], list: &[Raw]) -> bool {
    let Some(first) = list.first() else {
        return false;
    };
    let Some(before) = blocks
        .get(first.block)
        .and_then(|b| b.get(..first.start))
        .map(|b| b.trim_end().to_lowercase())
    else {
        return false;
    };
    let before = before.strip_suffix(" the").unwrap_or(&before);
    let mut words = before.rsplit(char::is_whitespace);
    let (last, second) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
    let noun = match (last, second) {
        // "rock bands Oasis and Blur": the noun itself.
        ("by", "headlined" | "headlining") | ("managed" | "manages" | "bands", _) => return true,
        ("as", "such") => words.next().unwrap_or(""),
        ("include" | "includes" | "including" | "like", noun) => noun,
        _ => return false,
    };
    matches!(
        noun,
        "acts" | "artists" | "performers" | "headliners" | "line-up" | "lineup" | "bill"
    )
}

/// A kind of place, named in the plural before a list of its members ("the
/// cities New Rochelle and Yonkers", "the rivers Eden and Caldew", "bases
/// such as Stansted and Girona").
fn is_place_kind(singular: &str) -> bool {
    matches!(
        singular,
        "city"
            | "town"
            | "village"
            | "county"
            | "district"
            | "province"
            | "region"
            | "state"
            | "island"
            | "country"
            | "nation"
            | "capital"
            | "suburb"
            | "river"
            | "lake"
            | "mountain"
            | "valley"
            | "port"
            | "base"
            | "hub"
            | "resort"
    )
}

/// The name is followed by a possessive "'s".
fn possessive(blocks: &[&str], r: &Raw) -> bool {
    blocks
        .get(r.block)
        .and_then(|t| t.get(r.end..))
        .is_some_and(|a| crate::text::words::possessive_len(a) > 0)
}

/// Text between two names that lists them: a comma, "and", "or", a slash,
/// maybe after a shop's possessive ("Sainsbury's and Morrisons") or before
/// the next name's article ("Oxfam, the British Red Cross and …").
fn is_list_gap(gap: &str) -> bool {
    let gap = gap
        .get(crate::text::words::possessive_len(gap)..)
        .unwrap_or(gap);
    let gap = match gap.strip_suffix("the ") {
        Some(g) if g.ends_with(' ') && g.len() > 1 => g,
        _ => gap,
    };
    matches!(
        gap,
        ", " | ", and " | " and " | ", or " | " or " | " / " | "/"
    )
}

/// "Kewell (Smicer 23), Baros": a team sheet's substitute and the minute he
/// came on, in brackets after the player he replaced. Either the gap into
/// the bracket (`after` the substitute is his minute and the bracket's
/// close) or the gap out of it (the minute, the close, a list's gap).
fn is_substitute_gap(gap: &str, after: &str) -> bool {
    fn minute_close(t: &str) -> Option<&str> {
        let t = t.strip_prefix(' ')?;
        let digits = t.bytes().take_while(u8::is_ascii_digit).count();
        (1..=3).contains(&digits).then_some(())?;
        t.get(digits..)?.strip_prefix(')')
    }
    (gap == " (" && minute_close(after).is_some()) || minute_close(gap).is_some_and(is_list_gap)
}

/// Gives each evidence-free member of a list of names (`raws`, sorted by
/// block and start) a weak vote for the kind the other members share.
pub(super) fn share_kinds(blocks: &[&str], raws: &mut [Raw]) {
    let mut start = 0;
    while start < raws.len() {
        let mut end = start + 1;
        while let (Some(a), Some(b)) = (raws.get(end - 1), raws.get(end)) {
            let gap = (a.block == b.block)
                .then(|| blocks.get(a.block).and_then(|t| t.get(a.end..b.start)))
                .flatten();
            let substitute = || {
                let after_b = blocks
                    .get(b.block)
                    .and_then(|t| t.get(b.end..))
                    .unwrap_or("");
                gap.is_some_and(|g| is_substitute_gap(g, after_b))
            };
            if !gap.is_some_and(is_list_gap) && !substitute() {
                break;
            }
            end += 1;
        }
        // "Chris Martin of Coldplay, Bono, Dido and Will Young": the name
        // after another's "of" is what that one belongs to, and the list
        // begins with the other name, not with it.
        let first = if raws.get(start).is_some_and(|r| after_name_of(blocks, r)) {
            start + 1
        } else {
            start
        };
        if let Some(list) = raws.get_mut(first..end) {
            let after = (list.len() > 1)
                .then(|| plural_head(blocks, list))
                .flatten();
            let headed = after
                .map(|kind| (kind, HEADED))
                .or_else(|| plural_before(blocks, list).map(|kind| (kind, INTRODUCED)));
            if headed.is_none() && performers_before(blocks, list) {
                // "headlined by Coldplay, the White Stripes and Kylie
                // Minogue": a singer by a given name, a band by one word or
                // a plural (a longer name may be either: "Joss Amberley").
                for r in list.iter_mut() {
                    let band = !r.name.contains(' ')
                        || r.name
                            .rsplit(' ')
                            .next()
                            .is_some_and(super::classify::is_ordinary_plural);
                    if super::names::starts_with_given_name(&r.name) {
                        r.votes.add(EntityKind::Person, PERFORMER);
                    } else if band {
                        r.votes.add(EntityKind::Organization, PERFORMER);
                    }
                }
            } else if let Some((kind, weight)) = headed {
                // A thing's noun outweighs a camel-cased name's lean to a
                // firm ("viruses such as MyDoom"), and, introducing the
                // list, a kind word's ("soaps such as Coronation Street"),
                // and stays under a demonym's country ("languages like
                // German and Japanese").
                let weight = match kind {
                    EntityKind::Other if weight == INTRODUCED => INTRODUCED_THING,
                    EntityKind::Other => HEADED + 1.0,
                    _ => weight,
                };
                for r in list.iter_mut() {
                    // "plays include The Birthday Party": a title's own
                    // article outweighs its last word's kind, as after "the
                    // play" (see `Around::before`).
                    let titled = kind == EntityKind::Other && r.name.starts_with("The ");
                    r.votes.add(kind, if titled { TITLED } else { weight });
                }
            } else if is_roll(blocks, list) {
                // "Charlton: Kiely, Young, Perry, … Holland, …": a team
                // sheet's or a cast's roll of surnames, whatever place one
                // of them names elsewhere.
                for r in list.iter_mut().filter(|r| r.votes.total() < ROLL) {
                    r.votes.add(EntityKind::Person, ROLL_VOTE);
                }
            } else if list.len() > 2 {
                // "Iran and the Afghan Taliban", "Usher and the Black Eyed
                // Peas": a member after an article is named as no person or
                // place is.
                let articled: Vec<bool> = (0..list.len())
                    .map(|i| {
                        i.checked_sub(1)
                            .and_then(|p| list.get(p))
                            .zip(list.get(i))
                            .and_then(|(a, b)| blocks.get(b.block)?.get(a.end..b.start))
                            .is_some_and(|gap| gap.ends_with(" the "))
                    })
                    .collect();
                vote_list(list, &articled);
            } else {
                match list
                    .first()
                    .zip(list.last())
                    .and_then(|(a, b)| blocks.get(a.block)?.get(a.end..b.start))
                {
                    Some(" and ") => share_pair(blocks, list, false),
                    Some(" and the ") => share_pair(blocks, list, true),
                    _ => {}
                }
            }
        }
        start = end;
    }
}

/// "paired Tiger Woods and Phil Mickelson": a name of two or more words
/// with no evidence at all, joined by "and" to one a given name makes a
/// person's, is a person too (a one-word name beside a person may be the
/// firm he runs: "Tesco and Terry Leahy"; a comma may part an appositive:
/// "a Republican Assemblywoman, Jill Tolles"). A one-word name with no
/// evidence, or a longer one of no given name that only its shape leans
/// on, beside a clear body is a body ("Liberty and Amnesty International",
/// "British Airways and Aer Lingus", "Coldplay and the Kaiser Chiefs").
/// "plants in Warton and Samlesbury": a one-word name with no evidence, no
/// ordinary word, after a place named after "in", "at", "near" or "the
/// towns of", is a place too, as is one after a listed town ("tour Hamhung
/// and Nampho") or after any known place the pair gives as examples ("such
/// as Puerto Rico and Guam"). After "and the" (`articled`) only a body is
/// shared: no person or town takes an article ("Harry Potter and the
/// Half-Blood Prince").
fn share_pair(blocks: &[&str], list: &mut [Raw], articled: bool) {
    let [a, b] = list else {
        return;
    };
    let person_by_name = |r: &Raw| {
        r.votes.best() == EntityKind::Person && super::names::starts_with_given_name(&r.name)
    };
    let bare = |r: &Raw| r.votes == Votes::default() && !r.name.starts_with("The ");
    // "Kanye West and Mariah Carey": a name whose words only lean to a
    // kind (a compass word's to a place) pairs as a bare one does.
    let leaning = |r: &Raw| {
        r.votes.0.iter().all(|&w| w < LISTED) && r.name.contains(' ') && !r.name.starts_with("The ")
    };
    // "British Airways and Aer Lingus": words of no given name, their
    // lean to a person's only their shape, beside a clear body.
    let shape_only = |r: &Raw| {
        r.name.contains(' ')
            && r.votes.0.iter().all(|&w| w <= SHAPE_ONLY)
            && !super::names::starts_with_given_name(&r.name)
            && !r.name.starts_with("The ")
    };
    // "Liberty and Amnesty International welcomed it": a body by its own
    // words or a cue, not by a lean.
    let clear_body = |r: &Raw| {
        r.votes.best() == EntityKind::Organization && r.votes.get(EntityKind::Organization) >= 4.0
    };
    if articled {
        if ((bare(a) && !a.name.contains(' ')) || shape_only(a)) && clear_body(b) {
            a.votes.add(EntityKind::Organization, LISTED);
        }
    } else if leaning(a) && person_by_name(b) {
        a.votes.add(EntityKind::Person, LISTED);
    } else if leaning(b) && person_by_name(a) {
        b.votes.add(EntityKind::Person, LISTED);
    } else if ((bare(a) && !a.name.contains(' ')) || shape_only(a)) && clear_body(b) {
        a.votes.add(EntityKind::Organization, LISTED);
    } else if ((bare(b) && !b.name.contains(' ')) || shape_only(b)) && clear_body(a) {
        b.votes.add(EntityKind::Organization, LISTED);
    } else if ((bare(b)
        && !b.name.contains(' ')
        && !super::lexicon::is_english_word(&b.name.to_lowercase()))
        // "resorts such as Phuket and Khao Lak".
        || shape_only(b))
        && a.votes.best() == EntityKind::Place
        && (after_place_preposition(blocks, a)
            || known_town(a)
            || (super::places::is_known_place(&a.name) && introduced(blocks, a)))
    {
        b.votes.add(EntityKind::Place, LISTED);
    }
}

/// "such as Puerto Rico and Guam", "including Oman and Qatar": a pair
/// given as examples of one kind.
fn introduced(blocks: &[&str], r: &Raw) -> bool {
    blocks
        .get(r.block)
        .and_then(|t| t.get(..r.start))
        .is_some_and(|b| b.ends_with("such as ") || b.ends_with("including "))
}

/// A listed place that is no country ("tour Hamhung and Nampho"; a
/// country is as often paired with a firm).
fn known_town(r: &Raw) -> bool {
    super::places::is_known_place(&r.name) && !super::places::is_country(&r.name)
}

/// The name stands right after a capitalised word and "of" ("Chris Martin
/// of Coldplay").
fn after_name_of(blocks: &[&str], r: &Raw) -> bool {
    blocks
        .get(r.block)
        .and_then(|t| t.get(..r.start))
        .and_then(|b| b.strip_suffix(" of "))
        .and_then(|b| b.rsplit(' ').next())
        .is_some_and(|w| w.starts_with(char::is_uppercase))
}

/// The name stands right after "in", "at" or "near", after a route and
/// "between" ("ferries between Rosslare and Fishguard"), or after a kind
/// of place and "of" ("the coastal towns of Biloxi and Gulfport").
fn after_place_preposition(blocks: &[&str], r: &Raw) -> bool {
    let mut before = blocks
        .get(r.block)
        .and_then(|t| t.get(..r.start))
        .and_then(|b| b.strip_suffix(' '))
        .map(|b| b.rsplit(' '))
        .into_iter()
        .flatten();
    match before.next() {
        Some("in" | "at" | "near") => true,
        Some("between") => before
            .next()
            .is_some_and(|noun| super::cues::is_route_noun(&noun.to_ascii_lowercase())),
        Some("of") => before.next().is_some_and(|noun| {
            super::cues::is_place_noun(noun)
                || super::lexicon::singular(noun).is_some_and(|n| super::cues::is_place_noun(&n))
        }),
        _ => false,
    }
}

fn vote_list(list: &mut [Raw], articled: &[bool]) {
    // A member after "the" ("… Will Young and the Sugababes") neither
    // sets the list's kind nor mixes it.
    let counted = |i: usize, r: &Raw| !surname_or_place(r) && articled.get(i) != Some(&true);
    let mut sum = Votes::default();
    for (_, r) in list.iter().enumerate().filter(|(i, r)| counted(*i, r)) {
        sum.merge(&r.votes);
    }
    // "the libraries of Harvard, Stanford and the University of Michigan":
    // bare members beside a clear body after "the" are bodies too.
    let bare_beside_body = sum.total() < LISTED
        && list.iter().enumerate().any(|(i, r)| {
            articled.get(i) == Some(&true)
                && r.votes.best() == EntityKind::Organization
                && r.votes.get(EntityKind::Organization) >= 4.0
        });
    let kind = if bare_beside_body {
        EntityKind::Organization
    } else {
        sum.best()
    };
    if kind == EntityKind::Other {
        return;
    }
    // "Franz Ferdinand, the Scissor Sisters, Morrissey and James Brown":
    // members whose own cues disagree make a mixed list, which says
    // nothing of the bare ones.
    let mixed = list.iter().enumerate().any(|(i, r)| {
        counted(i, r)
            && r.votes.total() >= LISTED
            && !matches!(r.votes.best(), k if k == kind || k == EntityKind::Other)
    });
    if mixed {
        return;
    }
    // "John Towers, Peter Beale and Nick Stephenson": a given name before
    // a place's kind word that is a surname too, whose own lean to a place
    // is only a guess, among people named in full is one of them.
    let people = list
        .iter()
        .filter(|r| r.name.contains(' ') && r.votes.best() == EntityKind::Person)
        .count();
    if kind == EntityKind::Person && people >= 2 {
        for r in list.iter_mut().filter(|r| surname_or_place(r)) {
            r.votes.add(EntityKind::Person, SURNAME_OR_PLACE);
        }
    }
    // "Green Day, Eminem and Usher": an event's last word says what it is
    // ("Cup", "Day"), so listed events name themselves; one such name
    // among bare ones is likelier a band's or a firm's.
    if kind == EntityKind::Event && list.iter().filter(|r| r.votes.best() == kind).count() < 2 {
        return;
    }
    // "… and Egyptologists have": people by trade or origin, not a name in
    // the list.
    let plural = |r: &Raw| {
        !r.name.contains(' ')
            && ["ists", "ans", "ers", "ies"]
                .iter()
                .any(|s| r.name.ends_with(s))
    };
    // "Paul McCartney, Oasis and Muse": a name of one word beside people
    // named in full is more often a band's or a firm's than a person's
    // (but "Zeus, Hera and Athena": one-word people beside one-word names).
    let one_word_person = list
        .iter()
        .any(|r| !r.name.contains(' ') && r.votes.get(EntityKind::Person) > 0.0);
    // Nor "The Streets": no person's name takes an article, and few hold
    // a digit ("U2, Coldplay, Madonna and Elton John").
    let fits = |r: &Raw| {
        kind != EntityKind::Person
            || ((r.name.contains(' ') || one_word_person)
                && !r.name.starts_with("The ")
                && !r.name.contains(|c: char| c.is_ascii_digit()))
    };
    let named_so = |i: usize| {
        !(articled.get(i) == Some(&true) && matches!(kind, EntityKind::Person | EntityKind::Place))
    };
    for (_, r) in list
        .iter_mut()
        .enumerate()
        .filter(|(i, r)| r.votes.total() < LISTED && !plural(r) && fits(r) && named_so(*i))
    {
        r.votes.add(kind, LISTED);
    }
}
