//! End-to-end tests of what the words beside a name say it is: a make
//! before a thing's noun, a film before its director, a brand written in
//! lower case that opens a sentence, a name "called" after a comma, a
//! translation after "meaning", the place a governor governs, a son's
//! given name before "bin" that spells a title.

use super::tests_news::{assert_kinds, assert_no_name, names, run};
use super::EntityKind;

#[test]
fn a_make_before_a_things_noun_is_no_person() {
    let ex = run("The firm will supply Skyrane Vortex jets to the air force.");
    let found = names(&ex);
    assert!(found.contains(&"Skyrane Vortex"), "{found:?}");
    assert_kinds(&ex, &["Skyrane Vortex"], EntityKind::Other);
}

#[test]
fn a_film_before_its_director_is_a_work() {
    let ex = run("Dorian Vale, directed by Marta Quenby, fell to second place at the box office.");
    assert_kinds(&ex, &["Dorian Vale"], EntityKind::Other);
    assert_kinds(&ex, &["Marta Quenby"], EntityKind::Person);
}

#[test]
fn a_lower_case_brand_opening_a_sentence_is_the_brand() {
    let ex = run("The shop iZaro has sold its millionth song. IZaro has 80% of the market. EQuill said it would compete with eQuill rivals.");
    let found = names(&ex);
    assert!(found.contains(&"iZaro"), "{found:?}");
    assert_no_name(&ex, |n| n == "IZaro" || n == "EQuill");
}

#[test]
fn a_name_called_after_a_comma_takes_the_nouns_kind() {
    let ex = run("The new party, called Veshara, is expected to attract members. A new firm, called Zorvex, was set up.");
    assert_kinds(&ex, &["Veshara", "Zorvex"], EntityKind::Organization);
}

#[test]
fn a_translation_after_meaning_is_no_name() {
    let ex = run("The movement is called Veshara, meaning Forward, and it won.");
    assert_no_name(&ex, |n| n == "Forward");
}

#[test]
fn a_governor_governs_a_place_and_not_a_bank() {
    let ex = run("He is also governor of Chalvokta in the far east. Tom Ridley, governor of the Reserve Bank, spoke.");
    assert_kinds(&ex, &["Chalvokta"], EntityKind::Place);
    assert_kinds(&ex, &["Reserve Bank"], EntityKind::Organization);
}

#[test]
fn a_sons_given_name_before_bin_is_no_title() {
    let ex = run("The deal was signed by the defence minister, Prince Sultan bin Qasim Haddad.");
    assert_kinds(&ex, &["Sultan bin Qasim Haddad"], EntityKind::Person);
}
