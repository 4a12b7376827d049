//! Bugs of entity extraction: names and datelines written with Unicode
//! spaces.

use crate::helpers::entity_names;

/// Names whose words were separated by a thin space (U+2009), a narrow
/// no-break space (U+202F), an en or em space or an ideographic space were
/// split into one entity per word ("Kim", "Jong", "Un"), while the same
/// name with spaces or no-break spaces was one entity:
/// `analyze/entities/discover.rs` (`Block::adjacent`) only accepted ' ' and
/// U+00A0 between the words of a name, and a bogus entity "Jong" got a
/// page. Fixed in c7db498 (any white space but a line break joins a
/// name's words); guards that a name written with any of these spaces is
/// the same one entity.
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

/// The entity side's dateline pattern (`analyze/entities/dateline.rs`)
/// only accepted ASCII spaces, so "SEOUL\u{a0}(Reuters) - …" was no
/// dateline there: the city kept its capitals and the entity was named
/// "SEOUL" (with "Seoul" as an alias) instead of "Seoul", as it is with a
/// plain space. (The article's source, read by the content side, was
/// right.) Fixed in c7db498; guards that a dateline with a no-break or thin
/// space anywhere in it still title-cases its city.
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
