//! Awards' categories: what the winner (or a nominee) of "best actress",
//! "best British group" or "best original screenplay" is, a person, a band
//! or a work.

use super::names;
use super::tokens::{gap, Token};
use super::votes::Votes;
use super::EntityKind;

/// A category of a film's, a show's or a record's award ("best actress
/// for …", "best comedy series").
pub(super) fn is_award_category(word: &str) -> bool {
    matches!(
        word,
        "screenplay"
            | "actor"
            | "actress"
            | "director"
            | "picture"
            | "film"
            | "score"
            | "soundtrack"
            | "documentary"
            | "album"
            | "song"
            | "single"
            | "cinematography"
            | "series"
            | "sitcom"
            | "programme"
            | "artist"
            | "singer"
            | "vocalist"
    )
}

/// "Franz Ferdinand took best British group", "Eternal Sunshine of the
/// Spotless Mind won best original screenplay": the category a name wins
/// says what it is. Only a group's category types a band, whatever its
/// shape; an actor's or a director's a person; a film's types a work only
/// when the name opens with no given name (a writer may win best
/// screenplay too); a record's says nothing, as a singer and a song both
/// win "best single".
pub(super) fn award_winner(text: &str, tokens: &[Token], first: usize, last: usize) -> Votes {
    let mut v = Votes::default();
    let word = |i: usize| tokens.get(i).map_or("", |t| t.word(text));
    let close = |a: usize, b: usize| gap(text, tokens, a, b) == Some(" ");
    if tokens.get(last).is_none_or(Token::possessive) {
        return v;
    }
    // "Franz Ferdinand, from Glasgow, took": past an aside; not "a film
    // by Mike Leigh won", whose subject is another.
    let aside = super::bodies::aside_end(text, tokens, last);
    // "Thandie Newton, who won best supporting actress": the clause's
    // subject is the name.
    let who = gap(text, tokens, last, last + 1) == Some(", ") && word(last + 1) == "who";
    // "Heath Ledger, Joaquin Phoenix and David Strathairn are nominated
    // for best actor": every name of the list is the verb's subject.
    let listed = list_end(text, tokens, last);
    let verb = if who {
        last + 2
    } else if let Some(end) = listed {
        end + 1
    } else {
        aside.map_or(last + 1, |k| k + 1)
    };
    // "are also nominated": past one adverb.
    let adverb = matches!(word(verb), "was" | "were" | "is" | "are")
        && matches!(word(verb + 1), "also" | "all" | "both");
    let verb = if adverb { verb + 1 } else { verb };
    let sentence = tokens.get(first).map(|t| t.sentence);
    let governed = first.checked_sub(1).is_some_and(|p| {
        tokens.get(p).is_some_and(|t| Some(t.sentence) == sentence)
            && matches!(word(p), "by" | "of" | "with" | "starring" | "from" | "for")
    });
    // "The Departed, directed by Martin Scorsese, won best director": an
    // aside naming its maker or its stars makes the name a work, which
    // wins its director's or actor's prize too.
    let made = aside.is_some()
        && (matches!(word(last + 1), "directed" | "written" | "produced")
            && word(last + 2) == "by"
            || word(last + 1) == "starring");
    if governed || made {
        return v;
    }
    let be = adverb || matches!(word(verb), "was" | "were" | "is" | "are");
    let best = match (word(verb), word(verb + 1), word(verb + 2)) {
        ("won" | "wins" | "took" | "takes" | "scooped" | "collected", ..) => verb + 1,
        (_, "named" | "voted", _) if be => verb + 2,
        // "Keane are up for best British group", "is nominated for best
        // film": a nominee is what the winner would be.
        (_, "up" | "nominated" | "shortlisted", "for") if be => verb + 3,
        _ => return v,
    };
    let joined = who || listed.is_some() || aside.is_some() || close(last, verb);
    if word(best) != "best" || !joined || !(verb..best).all(|k| close(k, k + 1)) {
        return v;
    }
    // Up to three adjectives: "best British female solo artist".
    let Some(category) = (best + 1..best + 5)
        .take_while(|&k| close(k - 1, k))
        .map(word)
        .find(|w| is_group(w) || is_award_category(w))
    else {
        return v;
    };
    let name = (first..=last).map(word).collect::<Vec<_>>().join(" ");
    if is_group(category) {
        v.add(EntityKind::Organization, 6.0);
    } else if matches!(
        category,
        "actor" | "actress" | "director" | "artist" | "singer" | "vocalist"
    ) {
        // "Jamie Foxx won best actor": only a person plays or directs;
        // "best female solo artist" sings alone.
        v.add(EntityKind::Person, 5.0);
    } else if matches!(
        category,
        "screenplay"
            | "picture"
            | "film"
            | "documentary"
            | "cinematography"
            | "series"
            | "sitcom"
            | "programme"
    ) && !names::starts_with_given_name(&name)
    {
        v.add(EntityKind::Other, 5.0);
    }
    v
}

/// The last token of a list that the name ending at token `last` opens
/// or goes on ("Crash, Capote and Munich are"), past its "and" or "or";
/// each name a run of capitalised words, parted by commas or the
/// conjunction.
fn list_end(text: &str, tokens: &[Token], last: usize) -> Option<usize> {
    let word = |i: usize| tokens.get(i).map_or("", |t| t.word(text));
    let gap_after = |i: usize| gap(text, tokens, i, i + 1);
    let capital = |i: usize| super::tokens::is_capitalised(word(i));
    let conjunction = |i: usize| matches!(word(i), "and" | "or") && gap_after(i) == Some(" ");
    let (mut end, mut crossed) = (last, false);
    for _ in 0..8 {
        let next = match gap_after(end) {
            Some(", ") if conjunction(end + 1) => {
                crossed = true;
                end + 2
            }
            Some(", ") => end + 1,
            Some(" ") if conjunction(end + 1) => {
                crossed = true;
                end + 2
            }
            _ => break,
        };
        if !capital(next) {
            break;
        }
        end = next;
        while gap_after(end) == Some(" ") && capital(end + 1) {
            end += 1;
        }
    }
    (crossed && end > last).then_some(end)
}

fn is_group(word: &str) -> bool {
    matches!(word, "group" | "band" | "duo")
}
