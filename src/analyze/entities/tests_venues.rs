//! End-to-end tests of forms met in British news and beyond: a place named
//! by a common noun's possessive ("Shepherd's Bush").

use super::tests_news::{kind, names, run};
use super::EntityKind;

#[test]
fn a_common_nouns_possessive_after_a_preposition_of_place_names_a_place() {
    let ex = run(
        "The singer was arrested at a hotel in Tinker's Bush on Wednesday. The band will \
        play at Miller's Court in May. Workers at Sparrow's Kestwick plant walked out.",
    );
    let n = names(&ex);
    for place in ["Tinker's Bush", "Miller's Court"] {
        assert_eq!(kind(&ex, place), Some(EntityKind::Place), "{place}: {n:?}");
    }
    assert!(!n.iter().any(|name| name.contains("Sparrow's")), "{n:?}");
    assert!(
        !n.iter().any(|&name| name == "Bush" || name == "Court"),
        "{n:?}"
    );
}
