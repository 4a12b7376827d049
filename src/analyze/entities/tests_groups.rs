//! End-to-end tests of bodies and groups: a list's last person before a
//! plural verb, a land's council, an award won, a world body at a
//! sentence's start, armed groups before their fighters.

use super::tests_news::{assert_kinds, assert_no_name, run};
use super::EntityKind;

#[test]
fn a_described_last_name_of_a_list_shares_its_plural_verb() {
    let ex = run("Chief executive Peter Kellond and agent Pini Zahrani were also present.");
    assert_kinds(&ex, &["Peter Kellond", "Pini Zahrani"], EntityKind::Person);
}

#[test]
fn a_lands_whole_name_and_a_bodys_word_name_its_body() {
    let ex = run("Isle of Brannock Council leader Andy Sutton said the festival brought £10m.");
    assert_kinds(&ex, &["Isle of Brannock Council"], EntityKind::Organization);
}

#[test]
fn a_named_award_that_is_won_is_the_award_not_its_namesake() {
    let ex = run(
        "Corrie Dane wins Ivor Castellan award\n\nShe won an Ivor Castellan award for the song.",
    );
    assert_kinds(&ex, &["Ivor Castellan"], EntityKind::Other);
    assert_kinds(&ex, &["Corrie Dane"], EntityKind::Person);
}

#[test]
fn a_world_body_keeps_its_first_word_at_a_sentences_start() {
    let ex = run("The world number three walked out. World Quoits said it would investigate.");
    assert_kinds(&ex, &["World Quoits"], EntityKind::Organization);
}

#[test]
fn an_armed_group_before_its_fighters_is_a_body_but_a_creed_is_not() {
    let ex = run("He was backed by the Highland Guards and the Valdari militia. Jihadist fighters fled. Pro-Vellin militias came.");
    assert_kinds(
        &ex,
        &["Highland Guards", "Valdari"],
        EntityKind::Organization,
    );
    assert_no_name(&ex, |n| n.contains("Jihadist") || n.contains("Vellin"));
}
