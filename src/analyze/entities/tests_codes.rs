//! End-to-end tests of names told by a code, a copula or a resort: a
//! code name after "codenamed", a city named in full after "the area of",
//! a compound of a word and a plural agent noun opening a sentence, a ski
//! resort and a beach, a team's mascot after its town, and what a name
//! "has become".

use super::tests_news::{assert_kind, assert_kinds, assert_no_name, run};
use super::EntityKind;

#[test]
fn a_code_name_after_drills_or_an_operation_is_an_event() {
    let ex = run("The allies began exercises codenamed Storm Heron on Monday. The operation, code-named Granite Veil, ended in May.");
    assert_kinds(&ex, &["Storm Heron", "Granite Veil"], EntityKind::Event);
}

#[test]
fn a_code_name_for_a_product_is_a_thing() {
    assert_kind(
        "The firm showed a phone codenamed Tarnwick at the fair.",
        "Tarnwick",
        EntityKind::Other,
    );
}

#[test]
fn the_area_of_a_city_names_the_city() {
    // "Kaesong" is a known city, and "Manchester City" a club: the area
    // makes this one a place.
    assert_kind(
        "Drones flew over the border in the area of Kaesong City on Friday.",
        "Kaesong City",
        EntityKind::Place,
    );
}

#[test]
fn a_word_and_a_plural_agent_noun_opening_a_sentence_is_no_name() {
    let ex = run(
        "Holidaymakers from the north will visit the coast. Policymakers met in Tarvos on Monday.",
    );
    assert_no_name(&ex, |n| {
        n.contains("Holidaymakers") || n.contains("Policymakers")
    });
    assert_kinds(&ex, &["Tarvos"], EntityKind::Place);
}

#[test]
fn a_ski_resort_and_a_named_beach_are_places() {
    let ex = run("The resort stretches along Orlimbari, the sandy beach of the bay, near the Dervanok Ski Resort.");
    assert_kinds(
        &ex,
        &["Orlimbari", "Dervanok Ski Resort"],
        EntityKind::Place,
    );
}

#[test]
fn a_town_and_a_plural_mascot_name_a_team() {
    assert_kind(
        "England trained with sessions at Leeds Stingrays before the World Cup.",
        "Leeds Stingrays",
        EntityKind::Organization,
    );
}

#[test]
fn what_a_name_has_become_says_what_it_is() {
    assert_kind(
        "Tell Marlow has become the third leading online search firm this week.",
        "Tell Marlow",
        EntityKind::Organization,
    );
}
