//! End-to-end tests of words about people that are no one's name, and of
//! names that the words about a person type: one person of a listed place
//! ("the Texan"), a given name that is also an English word ("Will",
//! "Gene"), an analyst's employer after "at", an honorary title before a
//! trade ("Merited Actress"), a building's "Towers", a sport's Grand Slam,
//! a constituency joined by "and" before its MP, a given name that is an
//! English word opening a sentence, firms taken over.

use super::tests_news::{assert_kind, assert_kinds, assert_no_name, run};
use super::EntityKind;

#[test]
fn one_person_of_a_listed_place_is_no_name() {
    let ex = run("Halvorsen led the race again. The Texan finished four minutes ahead, and a Californian was third. A Londoner who watched said the Parisian had no chance.");
    assert_kinds(&ex, &["Halvorsen"], EntityKind::Person);
    assert_no_name(&ex, |n| {
        matches!(n, "Texan" | "Californian" | "Londoner" | "Parisian")
    });
}

#[test]
fn a_given_name_that_is_an_english_word_opens_a_persons_name() {
    let ex = run("The remake starred Gene Tanner and was loved by critics. In the evening, Will Thatcher hosted the show.");
    assert_kinds(&ex, &["Gene Tanner", "Will Thatcher"], EntityKind::Person);
}

#[test]
fn an_analysts_employer_after_at_is_a_body() {
    let ex = run("Analyst Ruth Penhallow at Brandt Kessler Lowe said the price was fair. Economist Ivor Quell at Marrow Insight agreed.");
    assert_kinds(
        &ex,
        &["Brandt Kessler Lowe", "Marrow Insight"],
        EntityKind::Organization,
    );
    assert_kinds(&ex, &["Ruth Penhallow", "Ivor Quell"], EntityKind::Person);
}

#[test]
fn a_person_at_a_place_is_no_employer() {
    assert_kind(
        "Prime minister Tony Varden at Chequers said the talks had gone well.",
        "Chequers",
        EntityKind::Place,
    );
}

#[test]
fn an_honorary_title_before_a_trade_is_no_part_of_the_name() {
    let ex = run(
        "Among the audience were People's Actress Ryo Hui Sun and Merited Artist Pak Yong Chol.",
    );
    assert_kinds(&ex, &["Ryo Hui Sun", "Pak Yong Chol"], EntityKind::Person);
    assert_no_name(&ex, |n| n.contains("Actress") || n.contains("Artist"));
}

#[test]
fn towers_end_a_buildings_name_and_a_grand_slam_is_an_event() {
    let ex = run("Rescuers pulled a woman from the rubble of the Velmora Towers in Islamabad. Ireland kept alive their hopes of a first Grand Slam since 1948.");
    assert_kinds(&ex, &["Velmora Towers"], EntityKind::Place);
    assert_kinds(&ex, &["Grand Slam"], EntityKind::Event);
}

#[test]
fn a_constituency_joined_by_and_before_its_mp_is_one_place() {
    let ex = run("The Harrowby and Kenwick MP told the committee he had done nothing wrong. Labour and Tory MPs agreed.");
    assert_kinds(&ex, &["Harrowby and Kenwick"], EntityKind::Place);
}

#[test]
fn a_given_name_that_is_an_english_word_opens_a_sentence_before_a_family_name() {
    let ex = run("The firm will grow and the mark was set. Will Tanhurst, the president, said flights could start in 2008. Mark Thornbury, head of the unit, agreed. Will Britain agree?");
    assert_kinds(
        &ex,
        &["Will Tanhurst", "Mark Thornbury"],
        EntityKind::Person,
    );
    assert_no_name(&ex, |n| n.starts_with("Will Britain"));
}

#[test]
fn a_given_name_before_a_kind_word_that_is_a_surname_leaves_it_to_the_context() {
    let ex = run("Mark Fields, head of the Americas business, will lead the cuts. Offices in Mark Lane were shut.");
    assert_kinds(&ex, &["Mark Fields"], EntityKind::Person);
    assert_kinds(&ex, &["Mark Lane"], EntityKind::Place);
}

#[test]
fn takeovers_of_two_names_are_of_firms() {
    let ex = run("He led its takeovers of Ambrel and Corvo in the 1990s.");
    assert_kinds(&ex, &["Ambrel", "Corvo"], EntityKind::Organization);
}

#[test]
fn a_by_election_names_its_constituency_and_towers_may_end_a_persons_name() {
    let ex = run("The Liberal Democrats have won the Harrowby and West Kenwick by-election. John Towers, the group's chairman, said he was saddened.");
    assert_kinds(&ex, &["Harrowby and West Kenwick"], EntityKind::Place);
    assert_kinds(&ex, &["John Towers"], EntityKind::Person);
}

#[test]
fn a_given_name_before_garden_names_a_place() {
    let ex = run("Bush signs bill in Rose Garden\n\nThe president signed the bill. Fans queued at Hatton Garden.");
    assert_kinds(&ex, &["Rose Garden", "Hatton Garden"], EntityKind::Place);
}
