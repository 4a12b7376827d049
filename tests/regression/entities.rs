//! Bugs of entity extraction: names and datelines written with Unicode
//! spaces.

use crate::helpers::entity_names;

/// OPEN BUG. Names whose words are separated by a thin space (U+2009), a
/// narrow no-break space (U+202F), an en or em space or an ideographic
/// space are split into one entity per word ("Kim", "Jong", "Un"), while
/// the same name with spaces or no-break spaces is one entity:
/// `analyze/entities/discover.rs` (`Block::adjacent`) only accepts ' ' and
/// U+00A0 between the words of a name. A bogus entity "Jong" gets a page.
#[test]
fn names_joined_by_any_space_are_one_entity() {
    let plain = entity_names(&["Officials said Kim Jong Un met Vladimir Putin in Pyongyang."]);
    assert_eq!(plain, ["Kim Jong Un", "Vladimir Putin", "Pyongyang"]);
    for space in ['\u{2009}', '\u{202F}', '\u{2002}', '\u{3000}'] {
        let text = format!(
            "Officials said Kim{space}Jong{space}Un met Vladimir{space}Putin in Pyongyang."
        );
        assert_eq!(entity_names(&[&text]), plain, "{space:?}");
    }
}

/// OPEN BUG. The entity side's dateline pattern
/// (`analyze/entities/dateline.rs`) only accepts ASCII spaces, so
/// "SEOUL\u{a0}(Reuters) - …" is no dateline there: the city keeps its
/// capitals and the entity is named "SEOUL" (with "Seoul" as an alias)
/// instead of "Seoul", as it is with a plain space. (The article's source,
/// read by the content side, is right.)
#[test]
fn dateline_city_with_no_break_space_is_title_cased() {
    let plain = entity_names(&[
        "SEOUL (Reuters) - North Korean leader Kim Jong Un toured Pyongyang on Friday, state media said.",
    ]);
    assert_eq!(plain.first().map(String::as_str), Some("Seoul"));
    for text in [
        "SEOUL\u{a0}(Reuters) - North Korean leader Kim Jong Un toured Pyongyang on Friday, state media said.",
        "SEOUL (Reuters)\u{2009}- North Korean leader Kim Jong Un toured Pyongyang on Friday, state media said.",
        "SEOUL (Reuters) -\u{a0}North Korean leader Kim Jong Un toured Pyongyang on Friday, state media said.",
    ] {
        assert_eq!(entity_names(&[text]), plain, "{text:?}");
    }
}
