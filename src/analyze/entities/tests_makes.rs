//! End-to-end tests of what the words beside a name say it is: a make
//! before a thing's noun, a film before its director, a brand written in
//! lower case that opens a sentence, a name "called" after a comma, a
//! translation after "meaning", the place a governor governs, a son's
//! given name before "bin" that spells a title, a firm's possessive before
//! its product, a merged firm's first word run together, a particle inside
//! a name, a star before one word, a firm named after its founder,
//! brigades, a trade's noun opening a sentence.

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

#[test]
fn a_firms_possessive_before_its_product_is_the_firms() {
    let ex = run("Velkor's rival vaccine Dermagen is expected to reach the market first. Zentrix's new handsets sold well.");
    assert_kinds(&ex, &["Velkor", "Zentrix"], EntityKind::Organization);
}

#[test]
fn the_first_word_run_together_in_a_merged_firms_name_is_the_firm() {
    let ex = run("BrandoxMilbury warned that profits will fall. Canberg, which makes the pill for Brandox, is involved in the case.");
    let found = names(&ex);
    assert!(!found.contains(&"Brandox"), "{found:?}");
    assert_kinds(&ex, &["BrandoxMilbury"], EntityKind::Organization);
}

#[test]
fn a_particle_inside_a_name_keeps_its_persons_shape_and_a_kurd_is_no_name() {
    let ex = run("Corvale lost after Asier del Hornazo was sent off. The judge, a Kurd, adjourned the hearing.");
    assert_kinds(&ex, &["Asier del Hornazo"], EntityKind::Person);
    assert_no_name(&ex, |n| n == "Kurd");
}

#[test]
fn a_star_before_one_word_is_a_works_first_word() {
    let ex = run("Fans of Star Quest queued for hours. Star Quest opened on Friday.");
    let found = names(&ex);
    assert!(found.contains(&"Star Quest"), "{found:?}");
    assert!(!found.contains(&"Quest"), "{found:?}");
}

#[test]
fn a_firm_named_after_its_founder_is_a_body_by_what_it_makes_and_its_trade() {
    let ex = run("Norman Whitlow, which makes Turkey Dippers, said sales had fallen. Tour operators Thomas Crane and First Voyage said holidaymakers were safe.");
    assert_kinds(
        &ex,
        &["Norman Whitlow", "Thomas Crane", "First Voyage"],
        EntityKind::Organization,
    );
}

#[test]
fn brigades_end_a_bodys_name() {
    let ex = run(
        "A group calling itself the Abdullah Rahim Brigades said it had carried out the attacks.",
    );
    assert_kinds(&ex, &["Abdullah Rahim Brigades"], EntityKind::Organization);
}

#[test]
fn a_trades_noun_opening_a_sentence_before_its_kind_is_no_name() {
    let ex = run("Supermarket chain Wm Harrowgate has reported a 60% fall in profits.");
    assert_kinds(&ex, &["Wm Harrowgate"], EntityKind::Organization);
    assert_no_name(&ex, |n| n == "Supermarket");
}
