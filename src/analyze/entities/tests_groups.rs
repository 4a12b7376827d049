//! End-to-end tests of bodies, groups and places: a list's last person
//! before a plural verb, a land's council, an award won, a world body at a
//! sentence's start, armed groups before their fighters, a town near
//! another, a work that keeps "The", a side's league place, a list of
//! nominees, a town and its state, a body's first word after "from", a
//! family's firm named before its founder, a nation's operator, the
//! Christian Democrats.

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

#[test]
fn a_place_near_a_known_one_is_a_place_though_a_works_is_named_after_it() {
    let ex = run("Marlow Motors is to close its car factory at Tenbury near Coventry. Production at the Tenbury plant will move abroad. The Tenbury plant opened in 1946.");
    assert_kinds(&ex, &["Tenbury", "Coventry"], EntityKind::Place);
    assert_kinds(&ex, &["Marlow Motors"], EntityKind::Organization);
}

#[test]
fn a_name_that_keeps_the_is_no_persons_whatever_its_verb() {
    let ex = run("The star of On the Quay and The Gallowman died in a Los Angeles hospital.");
    assert_kinds(&ex, &["The Gallowman"], EntityKind::Other);
}

#[test]
fn a_side_that_finished_third_in_a_match_report_is_a_club() {
    let ex = run("Dunmore beat Kelso 2-1 in the match, with two goals in the league. Rannoch finished third and will play in the cup. Dunmore manager Ian Ross said so.");
    assert_kinds(&ex, &["Rannoch", "Dunmore"], EntityKind::Organization);
}

#[test]
fn every_name_of_a_listed_subject_is_nominated() {
    let ex = run("The Quarry leads with eight nominations. Ferryman, Night Owls, Harrowdale and Munich are also nominated for best picture.");
    assert_kinds(
        &ex,
        &["Ferryman", "Night Owls", "Harrowdale"],
        EntityKind::Other,
    );
}

#[test]
fn a_town_before_its_state_is_a_place_though_a_persons_of_names_it() {
    let ex = run("The track was bought by Amy Greer of Harrowfield, Indiana.");
    assert_kinds(&ex, &["Harrowfield", "Indiana"], EntityKind::Place);
}

#[test]
fn a_bodys_first_word_after_from_is_the_body_not_a_place() {
    let ex = run("The Gwlad Newydd party and the Scottish National Party have agreed to work together at Westminster. Gwlad Newydd leaders said it would share staff. The parties have 10 MPs: six from the SNP and four from Gwlad.");
    assert_no_name(&ex, |n| n == "Gwlad");
    assert_kinds(&ex, &["Gwlad Newydd"], EntityKind::Organization);
}

#[test]
fn a_firm_named_by_its_trade_before_its_founder_is_no_surname() {
    let ex = run("Vacuum cleaner maker Corran is to move its production to Malaysia. Founder James Corran said the firm could not compete. Corran, whose cleaners outsell its rivals, had sales of £470m.");
    assert_kinds(&ex, &["Corran"], EntityKind::Organization);
    assert_kinds(&ex, &["James Corran"], EntityKind::Person);
}

#[test]
fn a_trade_after_a_nations_adjective_names_a_firm_though_a_given_name() {
    let ex = run("A similar trial in Helsinki, run by the Finnish operator Marja, ended last month. Gazette publisher Kimberly Quinell said so.");
    assert_kinds(&ex, &["Marja"], EntityKind::Organization);
    assert_kinds(&ex, &["Kimberly Quinell"], EntityKind::Person);
}

#[test]
fn the_christian_democrats_are_a_party() {
    let ex =
        run("Marta Vellin heads a coalition of her Christian Democrats and the Social Democrats.");
    assert_kinds(
        &ex,
        &["Christian Democrats", "Social Democrats"],
        EntityKind::Organization,
    );
}
