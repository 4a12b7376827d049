//! Sports clubs in match reports. A club is often named after its town
//! ("Liverpool", "Newcastle") or with a word that is also a given name or
//! a surname ("Chelsea", "Bolton"), so its own words vote place or person.
//! Where it stands says otherwise: "beat Everton 2-0", "Newcastle manager
//! Graeme Souness", "a win over Chelsea", "Liverpool lost 2-1". In an
//! article that reports matches, a name seen once in such a spot is the
//! club in all of that article's mentions of it, each voting organisation
//! above what a listed town or a given name weighs.
//!
//! Countries and regions are left alone ("England beat Australia" is a
//! national side, but a reader looks for England the country), and so is a
//! player's surname: "Federer beat Roddick 6-4" names two men whom the
//! article has named in full.

use super::context::{is_score, is_set_scores};
use super::cues::is_team_noun;
use super::grouping::Raw;
use super::places;
use super::EntityKind;
use std::collections::HashSet;

/// Per mention of a club: above a listed town's own vote (10) with a
/// preposition's before it ("lost 2-1 at Birmingham").
const CLUB: f32 = 16.0;

/// Words of match reports; an article needs several, and a score, to count
/// as one (a court's "6-3 ruling" has the score, not the words).
fn is_match_word(word: &str) -> bool {
    matches!(
        word,
        "goal"
            | "goals"
            | "scored"
            | "scorer"
            | "striker"
            | "midfielder"
            | "defender"
            | "goalkeeper"
            | "keeper"
            | "winger"
            | "midfield"
            | "premiership"
            | "penalty"
            | "match"
            | "matches"
            | "league"
            | "cup"
            | "fixture"
            | "club"
            | "clubs"
            | "squad"
            | "innings"
            | "wicket"
            | "wickets"
            | "referee"
            | "derby"
            | "stadium"
            | "half-time"
            | "kick-off"
            | "tournament"
            | "season"
            | "coach"
            | "manager"
            | "equalised"
            | "equaliser"
            | "equalized"
            | "equalizer"
            | "booked"
            | "header"
            | "hat-trick"
            | "free-kick"
            | "unbeaten"
            | "relegation"
            | "draw"
            | "quarter-finals"
            | "semi-finals"
            | "captain"
            | "captained"
            | "transfer"
            | "leg"
            | "holders"
            | "champions"
            | "championship"
            | "football"
            | "footballer"
    )
}

/// Words of match reports that other news uses too ("a final decision",
/// "the title of the book"): counted only beside a score.
fn is_scored_match_word(word: &str) -> bool {
    matches!(
        word,
        "title"
            | "side"
            | "final"
            | "semi-final"
            | "quarter-final"
            | "play-off"
            | "trophy"
            | "win"
            | "victory"
            | "points"
            | "team"
            | "scoring"
            | "minutes"
            | "boss"
    )
}

/// Distinct match words an article must hold, beside a score.
const MATCH_WORDS: usize = 3;

/// Distinct match words that make an article without a score one about
/// matches and clubs ("Mourinho fined over referee remarks").
const MATCH_WORDS_UNSCORED: usize = 5;

/// Distinct match words that make an article with a transfer's fee
/// ("signed Jenas from Newcastle for £7m") one about clubs.
const MATCH_WORDS_TRANSFER: usize = 2;

/// Does the article of `blocks` report matches: a score and
/// [`MATCH_WORDS`] distinct words of match reports, or `unscored` of them?
fn reports_matches(blocks: &[&str], unscored: usize) -> bool {
    let mut scored = false;
    let mut seen: HashSet<String> = HashSet::new();
    let mut seen_beside_score: HashSet<String> = HashSet::new();
    for word in blocks.iter().flat_map(|b| b.split_whitespace()) {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        // "the club's website".
        let word = word
            .strip_suffix("'s")
            .or_else(|| word.strip_suffix("’s"))
            .unwrap_or(word);
        // "the Champions League", "the FA Cup" count as "league", "cup".
        let lower;
        let word = if word.starts_with(|c: char| c.is_ascii_uppercase()) {
            lower = word.to_ascii_lowercase();
            lower.as_str()
        } else {
            word
        };
        if is_match_word(word) {
            seen.insert(word.to_string());
        } else if is_scored_match_word(word) {
            seen_beside_score.insert(word.to_string());
        } else if !scored && is_score(word) {
            scored = true;
        }
        if seen.len() >= unscored || (scored && seen.len() + seen_beside_score.len() >= MATCH_WORDS)
        {
            return true;
        }
    }
    false
}

/// A word before a team: "beat X", "against X", "face X", "play X",
/// "leaders X".
fn is_team_before(word: &str) -> bool {
    matches!(
        word,
        "beat"
            | "beating"
            | "defeated"
            | "thrashed"
            | "hammered"
            | "edged"
            | "against"
            | "meet"
            | "meets"
            | "face"
            | "faces"
            | "facing"
            | "host"
            | "hosts"
            | "play"
            | "plays"
            | "v"
            | "vs"
            | "vs."
            | "leaders"
            | "champions"
            | "holders"
            | "rivals"
            | "visitors"
    )
}

/// Two words before a team: "win over X", "lost to X", "drew with X",
/// "the title with X",
/// "defeat by X", "a move to X", "joined from X", "scored for X", "clear of X", "points behind X",
/// "now at X".
fn is_team_before_pair(first: &str, second: &str) -> bool {
    match second {
        "over" => matches!(first, "win" | "victory" | "triumph"),
        "to" => matches!(
            first,
            "defeat" | "loss" | "lost" | "losing" | "home" | "move" | "transfer" | "switch"
        ),
        "from" => matches!(
            first,
            "joined" | "joins" | "joining" | "signed" | "signs" | "arrived" | "loan"
        ),
        // "won the Champions League with Porto", "the title with Chelsea".
        "with" => matches!(
            first,
            "drew"
                | "draw"
                | "drawn"
                | "tie"
                | "title"
                | "League"
                | "league"
                | "Cup"
                | "cup"
                | "double"
                | "treble"
        ),
        // "held at home by X"
        "by" => matches!(
            first,
            "defeat" | "beaten" | "thrashed" | "knocked" | "held" | "home"
        ),
        "for" => matches!(first, "scored" | "signed" | "played" | "playing" | "plays"),
        "of" => first == "clear",
        "behind" => first == "points",
        // "Glenn Hoddle, now at Wolves", "his spell at Leeds".
        "at" => matches!(first, "now" | "spell" | "stint" | "career"),
        _ => false,
    }
}

/// A word after a team: "Arsenal manager", "Leeds fans", "Newcastle 3-1",
/// "Marseille president".
fn is_team_after(word: &str) -> bool {
    is_score(word)
        || is_team_noun(word)
        || matches!(word, "v" | "vs" | "vs." | "chairman" | "president")
}

/// A result after a team and before its score: "Liverpool lost 2-1".
pub(super) fn is_result_verb(word: &str) -> bool {
    matches!(
        word,
        "beat" | "won" | "lost" | "drew" | "led" | "trailed" | "thrashed" | "edged"
    )
}

/// A result after a team, score or not: "Chelsea beat Everton".
fn is_result_verb_alone(word: &str) -> bool {
    matches!(
        word,
        "beat" | "defeated" | "drew" | "thrashed" | "hammered" | "face" | "play" | "host"
    )
}

/// A verb in the plural present after a name in the singular: a side's,
/// which British news writes as a body of players ("Chelsea extend lead",
/// "Rovers go top"); a one-word player's surname would take "extends".
fn is_plural_verb(word: &str) -> bool {
    matches!(
        word,
        "extend"
            | "go"
            | "move"
            | "climb"
            | "stay"
            | "slip"
            | "seal"
            | "clinch"
            | "reach"
            | "claim"
            | "keep"
            | "edge"
            | "sink"
            | "crush"
            | "stun"
            | "take"
            | "travel"
            | "visit"
            | "welcome"
            | "trail"
    )
}

/// The two words before `start` in `text` (nearest first), each only when
/// a single space parts it from what follows it.
fn words_before(text: &str, start: usize) -> (&str, &str) {
    let before = text.get(..start).unwrap_or("");
    let Some(rest) = before.strip_suffix(' ') else {
        return ("", "");
    };
    let (rest, first) = rest.rsplit_once(' ').unwrap_or(("", rest));
    let second = rest.rsplit(' ').next().unwrap_or("");
    (first, second)
}

/// The two words after `end` in `text`, trailing punctuation cut, past a
/// ", who" ("Chelsea, who beat Portsmouth 3-0"); none after a possessive
/// ("Mourinho's side" names the man's team).
fn words_after(text: &str, end: usize) -> (&str, &str) {
    let after = text
        .get(end..)
        .map(|a| a.strip_prefix(", who").unwrap_or(a));
    let Some(after) = after.and_then(|a| a.strip_prefix(' ')) else {
        return ("", "");
    };
    let mut words = after
        .split(' ')
        .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()));
    (words.next().unwrap_or(""), words.next().unwrap_or(""))
}

/// Does the mention at `start..end` of `text` stand where a team does?
/// `town`: the name is a listed town's, which a score's "at" may name the
/// club by ("lost 2-1 at Birmingham"); any other name there is the ground
/// ("drew 0-0 at Tynecastle").
fn team_spot(text: &str, start: usize, end: usize, town: bool) -> bool {
    let (b1, b2) = words_before(text, start);
    let (a1, a2) = words_after(text, end);
    // "The 19-year-old from Dunblane won 6-2": the verb is the player's,
    // the name a preposition's.
    // "two points from Rangers, who play Hibernian": a relative clause's
    // verb is the name's whatever governs it.
    let relative = text.get(end..).is_some_and(|a| a.starts_with(", who "));
    let subject = relative || !matches!(b1, "from" | "of" | "in");
    is_team_before(b1)
        || is_team_before_pair(b2, b1)
        || (is_team_after(a1) && !is_set_scores(a1, a2))
        || (subject && is_result_verb(a1) && is_score(a2))
        || (subject && (is_result_verb_alone(a1) || is_plural_verb(a1)))
        // "Middlesbrough fought back from two goals down": a side's comeback
        // (a player's surname is left out, see `may_be_club`).
        || (subject && a2 == "back" && matches!(a1, "fought" | "came" | "hit" | "bounced"))
        // "Middlesbrough came from 3-0 down", "… came from behind".
        || (subject && a1 == "came" && a2 == "from" && comes_from_behind(text, end))
        // "Rangers, who were held 1-1 by Hibernian": a side's result told
        // in the passive.
        || (subject && a1 == "were" && matches!(a2, "held" | "beaten" | "thrashed" | "knocked"))
        // "Hibernian finished third": a side's place in the league.
        || (subject
            && a1 == "finished"
            && matches!(a2, "second" | "third" | "fourth" | "fifth" | "sixth" | "bottom" | "top"))
        // "drew 1-1 with X", "lost 2-1 at X", "held 1-1 by X".
        || (is_score(b2) && matches!(b1, "with" | "to" | "over" | "against" | "by"))
        || (is_score(b2) && b1 == "at" && town)
        // "signed Tiago from Benfica for 10m pounds": a fee names the
        // selling club.
        || sold_for(text, start, end).is_some_and(is_fee)
        || (b1 == "from" && signed_from(text, start))
        // "Milner has been sold to Newcastle": a player's buyer.
        || (b1 == "to" && matches!(b2, "sold" | "transferred" | "loaned") && town)
}

/// "came from behind", "came from 3-0 down", "came from two goals down":
/// the words after the name at `end` tell a comeback.
fn comes_from_behind(text: &str, end: usize) -> bool {
    let rest = text.get(end..).unwrap_or("");
    let Some(rest) = rest.strip_prefix(" came from ") else {
        return false;
    };
    let mut words = rest.split(' ');
    match (words.next(), words.next(), words.next()) {
        (Some(w), _, _) if w.starts_with("behind") => true,
        (Some(score), Some(down), _) if is_score(score) => down.starts_with("down"),
        (Some(_), Some(goals), Some(down)) => goals.starts_with("goal") && down.starts_with("down"),
        _ => false,
    }
}

/// "Everton signed Tim Cahill from Millwall": a club's verb, a player's
/// capitalised name, then "from" right before `start`.
fn signed_from(text: &str, start: usize) -> bool {
    let Some(before) = text.get(..start).and_then(|b| b.strip_suffix(" from ")) else {
        return false;
    };
    let words: Vec<&str> = before.rsplit(' ').take(4).collect();
    let player = words
        .iter()
        .take_while(|w| w.starts_with(char::is_uppercase))
        .count();
    (1..=2).contains(&player)
        && words
            .get(player)
            .is_some_and(|verb| matches!(*verb, "signed" | "signs" | "signing" | "bought" | "buys"))
}

/// The mention at `start..end` of `text` is a seller's ("from Newcastle
/// for £7m"): the first word of what it was sold for.
fn sold_for(text: &str, start: usize, end: usize) -> Option<&str> {
    let (b1, _) = words_before(text, start);
    let (a1, a2) = words_after(text, end);
    (b1 == "from" && a1 == "for").then_some(a2)
}

/// The first word of a transfer fee: "10m", "£8m", "an (undisclosed fee)".
fn is_fee(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '£' | '€' | '$'))
        || matches!(word, "an" | "a" | "undisclosed" | "nominal")
}

/// May the name be a club: one word, a town or a word before a town, not a
/// country or a region, not the surname of a longer name in the same article.
fn may_be_club(name: &str, surnames: &HashSet<&str>) -> bool {
    let one_word = !name.contains(' ');
    // "Inter Milan", "Bayern Munich": a word before a city's name.
    let before_city = name
        .split_once(' ')
        .is_some_and(|(head, city)| places::is_city(city) && !places::is_place(head));
    (one_word || places::is_city(name) || before_city)
        && (!places::is_place(name) || places::is_city(name))
        && !surnames.contains(name)
}

/// In a match report, gives every mention of a name seen in a team's spot
/// the vote of a club (see the module docs).
pub(super) fn vote_clubs(blocks: &[&str], raws: &mut [Raw]) {
    // Surnames of people only: "Milan" ends "AC Milan" and is a club.
    let surnames: HashSet<&str> = raws
        .iter()
        .filter(|r| r.votes.best() == EntityKind::Person)
        .filter_map(|r| r.name.rsplit_once(' ').map(|(_, last)| last))
        .collect();
    let clubs: HashSet<String> = raws
        .iter()
        .filter(|r| r.gazetteer.is_none() && may_be_club(&r.name, &surnames))
        .filter(|r| {
            blocks
                .get(r.block)
                .is_some_and(|text| team_spot(text, r.start, r.end, places::is_city(&r.name)))
        })
        .map(|r| r.name.clone())
        .collect();
    let listed = listed_with_clubs(blocks, raws, &clubs, &surnames);
    // The spots are few and quick to read; the whole article only then.
    // "from Newcastle for £7m": a fee in money names a selling club, so
    // a few match words make the story one about clubs.
    let transfer = raws.iter().any(|r| {
        clubs.contains(&r.name)
            && blocks
                .get(r.block)
                .and_then(|text| sold_for(text, r.start, r.end))
                .is_some_and(|fee| fee.starts_with(['£', '€', '$']))
    });
    let unscored = if transfer {
        MATCH_WORDS_TRANSFER
    } else {
        MATCH_WORDS_UNSCORED
    };
    if (clubs.is_empty() && listed.is_empty()) || !reports_matches(blocks, unscored) {
        return;
    }
    for r in raws.iter_mut() {
        if r.gazetteer.is_none() && (clubs.contains(&r.name) || listed.contains(&r.name)) {
            r.votes.add(EntityKind::Organization, CLUB);
        }
    }
}

/// "Arsenal, Manchester United and Liverpool are in the last 16": a town
/// listed beside a club is one too. The neighbour is a club seen in a
/// team's spot or a name known or voted as a body (never a place).
fn listed_with_clubs(
    blocks: &[&str],
    raws: &[Raw],
    clubs: &HashSet<String>,
    surnames: &HashSet<&str>,
) -> HashSet<String> {
    let towns: Vec<&Raw> = raws
        .iter()
        .filter(|r| {
            r.gazetteer.is_none()
                && places::is_city(&r.name)
                && !clubs.contains(&r.name)
                && may_be_club(&r.name, surnames)
        })
        .collect();
    if towns.is_empty() {
        return HashSet::new();
    }
    let is_club = |q: &Raw| {
        clubs.contains(&q.name)
            || (q.votes.best() == EntityKind::Organization && !places::is_place(&q.name))
    };
    // The clubs' mentions by where they start and end: one pass, however
    // long the article.
    let club_mentions: Vec<&Raw> = raws.iter().filter(|q| is_club(q)).collect();
    let starts: HashSet<(usize, usize)> =
        club_mentions.iter().map(|q| (q.block, q.start)).collect();
    let ends: HashSet<(usize, usize)> = club_mentions.iter().map(|q| (q.block, q.end)).collect();
    let text_at = |block: usize, from: usize, to: usize| {
        blocks.get(block).and_then(|text| text.get(from..to))
    };
    let beside_club = |r: &Raw| {
        [", ", " and ", ", and "].iter().any(|gap| {
            let after = r.end + gap.len();
            let before = r.start.checked_sub(gap.len());
            (text_at(r.block, r.end, after) == Some(gap) && starts.contains(&(r.block, after)))
                || before.is_some_and(|b| {
                    text_at(r.block, b, r.start) == Some(gap) && ends.contains(&(r.block, b))
                })
        })
    };
    towns
        .into_iter()
        .filter(|r| beside_club(r))
        .map(|r| r.name.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn match_reports_need_a_score_and_match_words() {
        assert!(reports_matches(
            &["Chelsea beat Everton 2-0 in the league. The striker scored twice."],
            MATCH_WORDS_UNSCORED
        ));
        assert!(!reports_matches(
            &["The court ruled 6-3 in the case of the league of voters."],
            MATCH_WORDS_UNSCORED
        ));
        assert!(!reports_matches(
            &["The manager of the club said the season was long."],
            MATCH_WORDS_UNSCORED
        ));
        assert!(reports_matches(
            &[
                "The coach was fined for remarks about the referee at half-time. \
            The club said its striker and manager would appeal."
            ],
            MATCH_WORDS_UNSCORED
        ));
    }

    #[test]
    fn a_report_of_a_draw_names_its_clubs() {
        use crate::analyze::entities::tests_news::{kind, names, run};
        let ex = run(
            "Report\n\nRovers were held 1-1 by Oldbury. Ann Smith put them ahead before \
            Jo Lane equalised, and Ann Smith was booked. The draw leaves them behind leaders Chelsea, \
            who beat Bolton 4-0.",
        );
        let n = names(&ex);
        for club in ["Oldbury", "Chelsea", "Bolton"] {
            assert_eq!(
                kind(&ex, club),
                Some(EntityKind::Organization),
                "{club}: {n:?}"
            );
        }
    }

    #[test]
    fn towns_and_given_names_in_match_reports_are_clubs() {
        use crate::analyze::entities::tests_news::{kind, names, run};
        let ex = run(
            "Report\n\nOldbury beat Liverpool 2-0 in the league on Saturday. \
            Liverpool manager Ann Smith said her striker had a poor match. Chelsea drew 1-1 \
            with Bolton, and Chelsea fans left early. Roger Federer beat Andy Roddick. \
            Federer beat Roddick 6-4 in the cup.",
        );
        let n = names(&ex);
        for club in ["Oldbury", "Liverpool", "Chelsea", "Bolton"] {
            assert_eq!(
                kind(&ex, club),
                Some(EntityKind::Organization),
                "{club}: {n:?}"
            );
        }
        assert_eq!(
            kind(&ex, "Roger Federer"),
            Some(EntityKind::Person),
            "{n:?}"
        );
        assert_eq!(kind(&ex, "Andy Roddick"), Some(EntityKind::Person), "{n:?}");
    }

    #[test]
    fn a_club_in_a_story_about_a_match_without_its_score() {
        use crate::analyze::entities::tests_news::{kind, names, run};
        let ex = run(
            "Report\n\nThe coach was fined for remarks about the referee after the defeat \
            by Oldbury. The club said its striker and manager would appeal.",
        );
        let n = names(&ex);
        assert_eq!(
            kind(&ex, "Oldbury"),
            Some(EntityKind::Organization),
            "{n:?}"
        );
    }

    #[test]
    fn a_club_named_like_the_end_of_another_clubs_name_is_a_club() {
        use crate::analyze::entities::tests_news::{kind, names, run};
        let ex = run(
            "Report\n\nAC Milan beat Inter Milan 2-1 in the derby. The coach praised \
            the goalkeeper. Milan face Rovers in the league next month.",
        );
        let n = names(&ex);
        assert_eq!(kind(&ex, "Milan"), Some(EntityKind::Organization), "{n:?}");
    }

    #[test]
    fn towns_outside_match_reports_stay_places() {
        use crate::analyze::entities::tests_news::{kind, names, run};
        let ex = run(
            "Report\n\nThe council in Liverpool voted 30-12 against the plan. \
            Campaigners beat Liverpool's deadline by a day.",
        );
        let n = names(&ex);
        assert_eq!(kind(&ex, "Liverpool"), Some(EntityKind::Place), "{n:?}");
    }

    #[test]
    fn team_spots() {
        assert!(!team_spot(
            "The teenager from Dunblane won 6-2 6-4.",
            18,
            26,
            false
        ));
        let at = |text: &str, name: &str| {
            let start = text.find(name).unwrap_or(0);
            team_spot(text, start, start + name.len(), false)
        };
        assert!(at("City beat Oldfield 2-0.", "Oldfield"));
        assert!(at("a win over Oldfield.", "Oldfield"));
        assert!(at("They drew with Oldfield.", "Oldfield"));
        assert!(at("Oldfield manager Ann Smith said", "Oldfield"));
        assert!(at("Oldfield lost 2-1 at home.", "Oldfield"));
        assert!(at("Rovers beat Oldfield 3-1", "Rovers"));
        assert!(at("They drew 1-1 with Oldfield.", "Oldfield"));
        assert!(at("He was linked with a move to Oldfield.", "Oldfield"));
        assert!(at("He joined from Oldfield in 2001.", "Oldfield"));
        assert!(at("The Spanish side play Oldfield next.", "Oldfield"));
        assert!(at("Oldfield face Rovers next month.", "Oldfield"));
        assert!(!at("Oldfield's manager said", "Oldfield"));
        assert!(at("They were held 1-1 by Oldfield.", "Oldfield"));
        assert!(at("It leaves them behind leaders Oldfield.", "Oldfield"));
        assert!(at("Ann Smith, now at Oldfield, was linked.", "Oldfield"));
        assert!(at(
            "Oldfield, who were held 1-1 by Rovers, lead.",
            "Oldfield"
        ));
        assert!(!at(
            "Ann Smith, who lives at Oldfield, was linked.",
            "Oldfield"
        ));
        assert!(at("Oldfield fought back from 2-0 down.", "Oldfield"));
        assert!(!at(
            "A striker from Oldfield hit back at critics.",
            "Oldfield"
        ));
        assert!(!at("They live in Oldfield now.", "Oldfield"));
        assert!(!at("He lost to cancer in Oldfield.", "Oldfield"));
        assert!(!at("They drew 0-0 at Oldfield.", "Oldfield"));
        assert!(team_spot("They lost 2-1 at Leeds.", 17, 22, true));
    }
}
