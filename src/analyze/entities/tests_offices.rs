//! End-to-end tests of offices and the bodies around them: a prosecutor's
//! title, the portfolio between a rank and its title, the head of a body,
//! a place's harbour, a club's short name beside another body's, and the
//! plural verb British news gives a band or a club.

use super::tests_news::{kind, names, run};
use super::EntityKind;

#[test]
fn an_attorney_is_a_title_before_a_name() {
    let ex = run("US Attorney Dalia Kestrel said the verdict was right. Orvania County Attorney Mikel Brand agreed.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Dalia Kestrel"),
        Some(EntityKind::Person),
        "{n:?}"
    );
    assert_eq!(kind(&ex, "Mikel Brand"), Some(EntityKind::Person), "{n:?}");
    assert_eq!(kind(&ex, "United States"), Some(EntityKind::Place), "{n:?}");
    assert!(
        !n.iter().any(|name| name.contains("Attorney")),
        "a title is no name: {n:?}"
    );
}

#[test]
fn a_portfolio_between_a_rank_and_its_title_is_no_name() {
    let ex = run("Senior Policy Adviser Tobin Marsh said the plan was sound. Chief Operating Officer Ilse Varga agreed. Mira Stoll, a Senior Staff Attorney of the Kelvara Foundation, disagreed. Jon Pike, the State Department Spokesperson, declined to comment.");
    let n = names(&ex);
    for office in ["Senior Policy", "Policy", "Operating", "Senior Staff"] {
        assert!(!n.contains(&office), "{office}: {n:?}");
    }
    for person in ["Tobin Marsh", "Ilse Varga", "Mira Stoll"] {
        assert_eq!(
            kind(&ex, person),
            Some(EntityKind::Person),
            "{person}: {n:?}"
        );
    }
    assert_eq!(
        kind(&ex, "State Department"),
        Some(EntityKind::Organization),
        "a body before a title stays: {n:?}"
    );
}

#[test]
fn the_body_a_head_leads_and_a_towns_harbour() {
    let ex = run("Mark Tolley, head of Offshore Ventures, said it was a record. The yacht came into Penmarrow harbour on Tuesday. The toll in the resort of Khao Varin rose. He will join the Verity coalition.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Offshore Ventures"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
    assert_eq!(kind(&ex, "Penmarrow"), Some(EntityKind::Place), "{n:?}");
    assert_eq!(kind(&ex, "Khao Varin"), Some(EntityKind::Place), "{n:?}");
    assert_eq!(kind(&ex, "Verity"), Some(EntityKind::Organization), "{n:?}");
}

#[test]
fn a_clubs_last_word_is_the_body_the_article_names_most() {
    let ex = run("Kestrel United sacked their manager. Supporters of Kestrel United protested, and the group Shareholders United said it would fight on. United chief executive Dan Moss said the board would meet. Kestrel United play on Saturday.");
    let n = names(&ex);
    assert!(!n.contains(&"United"), "{n:?}");
    // Of two clubs named as often, the first.
    let ex = run("Kestrel United signed the striker. Harwick United had also bid for him, but he wanted to join United.");
    let n = names(&ex);
    assert!(!n.contains(&"United"), "{n:?}");
}

#[test]
fn a_plural_verb_makes_a_band_or_a_club() {
    let ex = run("Glasgow four-piece Anton Ferrel have won the prize. Last year Halverd Rovan were fined. Mira Stoll and Tobin Marsh were there. Would Ilse Varga have won? Former bishop and cardinal Osric Delane were named.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Anton Ferrel"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
    assert_eq!(
        kind(&ex, "Halverd Rovan"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
    for person in ["Mira Stoll", "Tobin Marsh", "Ilse Varga", "Osric Delane"] {
        assert_eq!(
            kind(&ex, person),
            Some(EntityKind::Person),
            "{person}: {n:?}"
        );
    }
}

#[test]
fn an_executive_is_a_body_and_a_chief_executive_an_office() {
    let ex = run("The Health and Marine Safety Executive brought the case. The Chief Executive resigned. Residents of Tarnby will pay the most.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Health and Marine Safety Executive"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
    assert!(!n.contains(&"Chief Executive"), "{n:?}");
    assert_eq!(kind(&ex, "Tarnby"), Some(EntityKind::Place), "{n:?}");
}
