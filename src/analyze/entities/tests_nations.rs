//! End-to-end tests of nations' adjectives of two words and of names
//! joined by "and": "Sri Lankan President …", "the British and Irish
//! Lions", "the … Convention and Exhibition Centre".

use super::tests_news::{assert_kinds, assert_no_name, run};
use super::EntityKind;

#[test]
fn a_nations_two_word_adjective_names_the_nation_not_a_person() {
    let ex = run("Sri Lankan President Naveena Ratnasiri appealed for help. Saudi Arabian Foreign Minister Tarek al-Hamdi flew in. The Costa Rican government agreed.");
    assert_kinds(
        &ex,
        &["Naveena Ratnasiri", "Tarek al-Hamdi"],
        EntityKind::Person,
    );
    assert_kinds(
        &ex,
        &["Sri Lanka", "Saudi Arabia", "Costa Rica"],
        EntityKind::Place,
    );
    assert_no_name(&ex, |n| {
        n.ends_with("Lankan") || n.ends_with("Rican") || n.ends_with("Arabian")
    });
}

#[test]
fn a_listed_name_joined_by_and_stays_whole_after_the() {
    let ex = run("The British and Irish Lions lost the second Test in Wellington.");
    assert_kinds(&ex, &["British and Irish Lions"], EntityKind::Organization);
    assert_no_name(&ex, |n| n == "Irish Lions");
}

#[test]
fn ordinary_words_coordinated_after_a_places_scope_make_one_name() {
    let ex = run("He toured the Tianhe International Convention and Exhibition Centre on Monday. Medals were won at the Asia National Championships and Youth National Championships.");
    let found = super::tests_news::names(&ex);
    assert!(
        found.contains(&"Tianhe International Convention and Exhibition Centre"),
        "{found:?}"
    );
    assert!(found.contains(&"Youth National Championships"), "{found:?}");
}
