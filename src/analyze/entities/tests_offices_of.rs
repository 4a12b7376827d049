//! End-to-end tests of what an office or a body's part says about the name
//! beside it: a portfolio after a lower-case "minister of", a body's
//! officers after its possessive, a spokesman speaking for a body, and two
//! countries coordinated in one body's name.

use super::tests_news::{assert_kind, assert_kinds, names, run};
use super::EntityKind;

#[test]
fn a_portfolio_after_a_lower_case_minister_of_is_no_part_of_the_name() {
    let ex = run("Pyongyang, May 3 (KCNA) -- Vice-minister of Culture Ro Sung Chol met the guests. The minister of Foreign Trade Ri Mun Gil spoke.");
    assert_kinds(&ex, &["Ro Sung Chol", "Ri Mun Gil"], EntityKind::Person);
    assert!(
        !names(&ex)
            .iter()
            .any(|n| n.contains("Culture") || n.contains("Trade")),
        "{:?}",
        names(&ex)
    );
}

#[test]
fn a_bodys_officers_after_its_possessive_make_it_a_body() {
    assert_kind(
        "Rivals have struggled to keep pace. Hallworth's chief executive Dan Pryce will unveil a plan.",
        "Hallworth",
        EntityKind::Organization,
    );
}

#[test]
fn a_spokesman_for_a_name_of_ordinary_words_speaks_for_a_body() {
    assert_kind(
        "A spokesman for Velvet Crate, which released the albums, declined to comment.",
        "Velvet Crate",
        EntityKind::Organization,
    );
}

#[test]
fn a_spokesman_for_a_person_leaves_the_person() {
    assert_kind(
        "A spokesman for Corwin Ashdale declined to comment.",
        "Corwin Ashdale",
        EntityKind::Person,
    );
}

#[test]
fn two_countries_before_a_bodys_words_name_one_body() {
    let ex = run("The players met England and Wales Rowing Board chairman Dan Pryce on Monday.");
    assert_kinds(
        &ex,
        &["England and Wales Rowing Board"],
        EntityKind::Organization,
    );
    assert_kinds(&ex, &["Dan Pryce"], EntityKind::Person);
}
