//! End-to-end tests of how business, British and state-press news write
//! names: a firm's trade opening a sentence, a title that is a surname, a
//! country written with a lower-case compass word, a paper that carries an
//! article.

use super::tests_news::{kind, names, run};
use super::EntityKind;

#[test]
fn a_trade_opening_the_sentence_is_no_part_of_the_name_and_types_it() {
    let ex = run("Rival Zentrix said its tool would be free. Retailer Volkmart said sales fell.");
    let n = names(&ex);
    assert!(!n.contains(&"Rival Zentrix"), "{n:?}");
    assert!(n.contains(&"Zentrix"), "{n:?}");
    assert_eq!(
        kind(&ex, "Volkmart"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
}

#[test]
fn a_title_that_is_a_surname_ends_a_name_when_no_name_follows() {
    let ex = run("The central bank's governor Orvin King said growth would slow. Later Orvin King spoke again.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "Orvin King"), Some(EntityKind::Person), "{n:?}");
    assert!(!n.contains(&"Orvin"), "{n:?}");
}

#[test]
fn a_lower_case_compass_word_still_names_the_country() {
    let ex = run(
        "The statement said the south Korean authorities and south Korea must stop the drills.",
    );
    let n = names(&ex);
    assert_eq!(kind(&ex, "South Korea"), Some(EntityKind::Place), "{n:?}");
    assert!(!n.contains(&"Korea"), "{n:?}");
}

#[test]
fn what_carries_an_article_is_a_paper() {
    let ex = run(
        "Vonsa Tallin today carries an article on the harvest. Vonsa Tallin says farms did well.",
    );
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Vonsa Tallin"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
}
