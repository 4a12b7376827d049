//! End-to-end tests of speakers and owners: '"…," said Crispin Black of
//! Tarn Capital', "Donny Lane, who died in 1997", "QT Wendlebury's books",
//! a party's leader after "of", "the River Eden", "… Classification Body".

use super::tests_news::{assert_kinds, names, run};
use super::EntityKind;

#[test]
fn a_speaker_after_a_quotes_said_is_a_person_apart_from_the_firm() {
    let ex = run("\"It is a start,\" said Crispin Black of Tarn Capital. \"Not yet,\" said Amnesty International.");
    let found = names(&ex);
    assert!(found.contains(&"Crispin Black"), "{found:?}");
    assert!(found.contains(&"Tarn Capital"), "{found:?}");
    assert_kinds(&ex, &["Crispin Black"], EntityKind::Person);
    assert_kinds(&ex, &["Amnesty International"], EntityKind::Organization);
}

#[test]
fn a_given_name_someone_who_bears_outweighs_a_streets_kind_word() {
    let ex = run("Donny Lane, who died in 1997, was inducted posthumously.");
    assert_kinds(&ex, &["Donny Lane"], EntityKind::Person);
}

#[test]
fn a_possessive_before_a_things_noun_is_its_owner_not_its_make() {
    let ex = run("The firm, which publishes QT Wendlebury's books in Britain, said sales rose.");
    assert_kinds(&ex, &["QT Wendlebury"], EntityKind::Person);
}

#[test]
fn a_partys_leader_after_of_is_a_person_of_their_own() {
    let ex = run("His allies include the National Alliance of Gianfranco Vellini and the Church of Jesus Christ.");
    let found = names(&ex);
    assert!(found.contains(&"National Alliance"), "{found:?}");
    assert_kinds(&ex, &["Gianfranco Vellini"], EntityKind::Person);
    assert!(found.contains(&"Church of Jesus Christ"), "{found:?}");
}

#[test]
fn a_river_named_the_british_way_is_a_place() {
    let ex = run("Hundreds were moved after the River Eddon burst its banks.");
    assert_kinds(&ex, &["River Eddon"], EntityKind::Place);
}

#[test]
fn a_name_ending_in_body_is_a_body() {
    let ex = run("The Independent Handset Rating Body will decide which material counts.");
    assert_kinds(
        &ex,
        &["Independent Handset Rating Body"],
        EntityKind::Organization,
    );
}
