//! End-to-end tests of journeys, projects and members' unions: "flights
//! between London Heathrow and Shanghai", "the Eden Project", "the Royal
//! Mile", "Guantanamo Britons", "the National Farmers' Union of Scotland",
//! "the Oneworld alliance", "Lord Provost".

use super::tests_news::{assert_kinds, names, run};
use super::EntityKind;

#[test]
fn where_a_flight_goes_is_a_place() {
    let ex = run("The airline has begun daily flights between Valmouth Marrow and Shanghai.");
    assert_kinds(&ex, &["Valmouth Marrow"], EntityKind::Place);
}

#[test]
fn a_project_is_no_person_though_a_given_name_opens_it() {
    let ex = run("An extra concert took place at the Maisie Project in Cornwall.");
    assert_kinds(&ex, &["Maisie Project"], EntityKind::Organization);
}

#[test]
fn a_mile_is_a_street() {
    let ex = run("The cows will stand on the Regent Mile until September.");
    assert_kinds(&ex, &["Regent Mile"], EntityKind::Place);
}

#[test]
fn a_peoples_plural_names_no_person() {
    let ex = run("Four Guantanamo Britons were freed on Tuesday.");
    let people: Vec<&str> = names(&ex)
        .into_iter()
        .filter(|n| n.contains("Britons"))
        .collect();
    for name in people {
        assert_ne!(
            super::tests_news::kind(&ex, name),
            Some(EntityKind::Person),
            "{name}"
        );
    }
}

#[test]
fn a_members_union_stays_whole_before_its_of() {
    let ex = run("The National Crofters' Union of Scotland urged members to be vigilant.");
    let found = names(&ex);
    assert!(
        found.contains(&"National Crofters' Union of Scotland"),
        "{found:?}"
    );
}

#[test]
fn an_alliance_or_a_consortium_after_a_name_makes_it_a_body() {
    let ex = run("The two airlines are members of the Skyvane alliance, and Aerolux joined the Tarvon consortium.");
    assert_kinds(&ex, &["Skyvane", "Tarvon"], EntityKind::Organization);
}

#[test]
fn a_lord_provost_is_a_title_no_name() {
    let ex = run("Dunmore's Lord Provost, Lesley Harran, unveiled the first cow.");
    let found = names(&ex);
    assert!(!found.iter().any(|n| n.contains("Provost")), "{found:?}");
    assert_kinds(&ex, &["Lesley Harran"], EntityKind::Person);
}
