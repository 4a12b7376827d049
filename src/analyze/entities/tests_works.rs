//! End-to-end tests of the names of works and made things: a sequel's or
//! a version's number, a title held by its "of", a law whose words are
//! coordinated, a building named after a saint.

use super::tests_news::{kind, names, run};
use super::EntityKind;

#[test]
fn a_digit_after_a_name_is_part_of_it() {
    let ex = run("Fans of Grelk 2 queued for the Zopstation 2 console and Windows Vell Service Pack 2. Sales at Tarrow rose 3 per cent. A Category 4 storm hit. Kit Moss 2 said.");
    let n = names(&ex);
    for name in ["Grelk 2", "Zopstation 2", "Windows Vell Service Pack 2"] {
        assert!(kind(&ex, name).is_some(), "{name}: {n:?}");
    }
    assert!(kind(&ex, "Category 4").is_none(), "{n:?}");
    assert!(kind(&ex, "Tarrow 3").is_none(), "{n:?}");
}

#[test]
fn a_title_mid_sentence_is_held_by_its_of() {
    let ex =
        run("Fans of The Keeper of the Wells queued, and critics praised The Return of the Duke.");
    let n = names(&ex);
    assert!(kind(&ex, "The Keeper of the Wells").is_some(), "{n:?}");
    assert!(kind(&ex, "The Return of the Duke").is_some(), "{n:?}");
    assert!(kind(&ex, "Wells").is_none(), "{n:?}");
}

#[test]
fn a_law_whose_words_are_coordinated_is_one_name() {
    let ex = run("Firms breaching the Privacy and Electronic Mail Regulations or the Health and Safety Act face fines.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Privacy and Electronic Mail Regulations"),
        Some(EntityKind::Other),
        "{n:?}"
    );
    assert_eq!(
        kind(&ex, "Health and Safety Act"),
        Some(EntityKind::Other),
        "{n:?}"
    );
}

#[test]
fn a_saints_possessive_alone_names_a_building() {
    let ex = run("Rovers drew at St Orla's on Saturday. He quoted St Brannoc's letter.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "St Orla"), Some(EntityKind::Place), "{n:?}");
    assert_ne!(kind(&ex, "St Brannoc"), Some(EntityKind::Place), "{n:?}");
}

#[test]
fn awards_makers_and_run_together_brands() {
    let ex = run("The film earned 11 Oscar nominations. She starred in Tam Orrin's new film. Rival flyJet cut fares, and shares in flyJet fell.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "Oscar"), Some(EntityKind::Other), "{n:?}");
    assert_eq!(kind(&ex, "Tam Orrin"), Some(EntityKind::Person), "{n:?}");
    assert!(kind(&ex, "flyJet").is_some(), "{n:?}");
}

#[test]
fn a_brands_inner_capital_opens_no_persons_name() {
    let ex = run("Queues formed as the ZapStation Portable went on sale. Investors led by Group Zentep sued, and his trial resumed at the Tarrowsky court.");
    let n = names(&ex);
    assert_ne!(
        kind(&ex, "ZapStation Portable"),
        Some(EntityKind::Person),
        "{n:?}"
    );
    assert_eq!(
        kind(&ex, "Group Zentep"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
    assert_eq!(
        kind(&ex, "Tarrowsky"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
}

#[test]
fn a_capitalised_small_word_inside_a_sentence_holds_a_works_title_together() {
    let ex = run("Last year's winner was Tavi Brandt for Girl On Da Roof. She starred in Lord Of The Moors. Regina Holm In the west of the city, voters stayed home. He played Jon Brandt in Walk On Home.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Girl On Da Roof"),
        Some(EntityKind::Other),
        "{n:?}"
    );
    assert_eq!(
        kind(&ex, "Lord Of The Moors"),
        Some(EntityKind::Other),
        "{n:?}"
    );
    assert!(
        n.contains(&"Regina Holm"),
        "a caption run into a sentence: {n:?}"
    );
    assert_eq!(kind(&ex, "Walk On Home"), Some(EntityKind::Other), "{n:?}");
}

#[test]
fn a_title_case_song_with_small_prepositions_holds_no_names() {
    let ex = run(
        "The songs included \"We Will Guard the Marshal at the Cost of Our Lives\" and others.",
    );
    let n = names(&ex);
    for word in ["Will Guard", "Cost", "Lives", "Marshal"] {
        assert!(!n.contains(&word), "{word}: {n:?}");
    }
}
