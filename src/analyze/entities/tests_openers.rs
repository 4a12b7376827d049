//! End-to-end tests of words that open a sentence or a list before a name
//! ("Regular captain …", "Spinner Monty …"), of a work's maker in an aside,
//! of a listed person whose surname is a place's word, of feasts in the
//! plural, of hospitals, of models' four digits, of a given name before a
//! town's, of a product after its owner's "its" and of a title that is a
//! surname after given names.

use super::tests_news::{assert_kinds, assert_no_name, names, run};
use super::EntityKind;

#[test]
fn an_ordinary_word_opening_the_sentence_before_a_noun_is_no_name() {
    let ex = run("Regular captain Tom Ashdale is injured. Coffee chain Brewlo grew. Wolves manager Glen Harker said yes.");
    assert_no_name(&ex, |n| matches!(n, "Regular" | "Coffee"));
    assert_kinds(&ex, &["Tom Ashdale", "Glen Harker"], EntityKind::Person);
    assert_kinds(&ex, &["Brewlo", "Wolves"], EntityKind::Organization);
}

#[test]
fn a_players_position_before_a_name_is_no_part_of_it() {
    let ex = run("Spinner Monty Harrowgate is in line for a cap. Hooker Steve Penkridge played.");
    assert_kinds(
        &ex,
        &["Monty Harrowgate", "Steve Penkridge"],
        EntityKind::Person,
    );
    assert_no_name(&ex, |n| n.starts_with("Spinner") || n.starts_with("Hooker"));
}

#[test]
fn a_work_with_its_maker_in_an_aside_wins_a_directors_prize_as_a_work() {
    let ex = run("The Mallow Tree, directed by Ewan Castell, won best director. Rachel Dunmore lost out to Thandie Preston, who won best supporting actress.");
    assert_kinds(&ex, &["Mallow Tree"], EntityKind::Other);
    assert_kinds(
        &ex,
        &["Ewan Castell", "Thandie Preston"],
        EntityKind::Person,
    );
}

#[test]
fn a_given_name_and_a_places_word_among_listed_people_is_a_person() {
    let ex = run("The four - John Towers, Peter Bellard, Nick Stenhouse and John Edmonds - paid £10 for the firm.");
    assert_kinds(&ex, &["John Towers", "Peter Bellard"], EntityKind::Person);
}

#[test]
fn a_feast_in_the_plural_is_no_name() {
    let ex = run("The firm now has two Christmases on its own in Europe.");
    let found = names(&ex);
    assert_eq!(found, ["Europe"], "{found:?}");
}

#[test]
fn a_given_name_before_a_trades_word_that_is_a_surname_is_a_person() {
    let ex = run("The list was topped by Josephine Coxwell and Marisa Steel. Tata Steel rose.");
    assert_kinds(&ex, &["Marisa Steel"], EntityKind::Person);
    assert_kinds(&ex, &["Tata Steel"], EntityKind::Organization);
}

#[test]
fn an_infirmary_is_a_body_whose_name_goes_on_past_of() {
    let ex = run("Nurses struck at the Royal Infirmary of Dunmore and at the Western Infirmary.");
    assert_kinds(
        &ex,
        &["Royal Infirmary of Dunmore", "Western Infirmary"],
        EntityKind::Organization,
    );
}

#[test]
fn a_models_four_digits_are_part_of_its_name() {
    let ex = run("The Zelko 6230 phones sold well.");
    assert_kinds(&ex, &["Zelko 6230"], EntityKind::Other);
}

#[test]
fn a_given_name_before_a_towns_name_is_a_person_not_a_club() {
    let ex = run("Heath Tallow, Philip Seymour Harcourt, Joaquin Phoenix and David Strathmore are nominated for best actor.");
    assert_kinds(
        &ex,
        &["Heath Tallow", "Joaquin Phoenix", "David Strathmore"],
        EntityKind::Person,
    );
}

#[test]
fn a_name_between_its_owners_determiner_and_a_things_noun_is_a_product() {
    let ex = run("Kanto Motors is to build a new version of its Veltra car at its Dunmore plant, securing about 400 jobs.\n\nThe Japanese carmaker said the factory was the most productive in Europe.");
    assert_kinds(&ex, &["Veltra"], EntityKind::Other);
    assert_kinds(&ex, &["Kanto Motors"], EntityKind::Organization);
}

#[test]
fn a_name_between_an_owners_possessive_and_a_things_noun_is_a_product() {
    let ex = run("The order covers the firm's Trent engines. The Trent engine is quiet.");
    assert_kinds(&ex, &["Trent"], EntityKind::Other);
}

#[test]
fn a_title_after_given_names_is_a_surname() {
    let ex = run("He turned down offers from other promoters, including Don Bishop. Billie Mae King came too.");
    assert_kinds(&ex, &["Don Bishop", "Billie Mae King"], EntityKind::Person);
}
