//! End-to-end tests of pairs and parts: a firm of two names joined by "and"
//! before a singular verb, "&" and "and" as one name across articles, a
//! name of two ordinary words later called by its surname, an event "for"
//! another, an acronym of a camel-cased name's capitals, a firm's arm or
//! owner, a town "near" another, a plural acronym after a name, an
//! institution in the possessive, a journal's and a duchy's "of", a seat
//! named with "and", a town alone that is a surname, "directed by", a
//! club named by a transfer fee or a title won with it, a staged work, a
//! program "viewed in", a chip, a state named in full, a pair named whole
//! elsewhere in the article, a contest.

use super::tests_news::{assert_kinds, kind, names, run};
use super::{extract, EntityKind};

#[test]
fn two_words_joined_by_and_before_a_singular_verb_are_one_firm() {
    let ex = run(
        "Gorrie and Blyth is to cut 650 jobs at its head office. The retailer said \
        the cuts would save money.",
    );
    let n = names(&ex);
    assert!(n.contains(&"Gorrie and Blyth"), "{n:?}");
    assert!(!n.contains(&"Gorrie") && !n.contains(&"Blyth"), "{n:?}");
    // Two names, a plural verb, or a head noun's verb: two entities.
    let ex = run(
        "Gorrie and Blyth are to meet. The war between Armenia and Azerbaijan is over. \
        Boeing and Aeroflot has a deal.",
    );
    let n = names(&ex);
    assert!(n.contains(&"Gorrie") && n.contains(&"Blyth"), "{n:?}");
    assert!(!n.iter().any(|name| name.contains(" and ")), "{n:?}");
}

#[test]
fn an_ampersand_and_and_name_one_firm_across_articles() {
    let one = vec!["Shares in Gorrie & Blyth rose 2p.".to_string()];
    let two = vec!["Gorrie and Blyth is to cut 650 jobs.".to_string()];
    let ex = extract(&[one, two], None);
    let firms: Vec<_> = ex
        .entities
        .iter()
        .filter(|e| e.name.starts_with("Gorrie"))
        .collect();
    assert_eq!(firms.len(), 1, "{:?}", names(&ex));
    assert_eq!(firms[0].kind, EntityKind::Organization);
}

#[test]
fn two_ordinary_words_later_called_by_the_surname_are_a_person() {
    let ex = run(
        "Falcon Woods won the Qatar Masters by one shot after a final round of 67. \
        Woods will now return home for the Kestrel Open.",
    );
    assert_eq!(
        kind(&ex, "Falcon Woods"),
        Some(EntityKind::Person),
        "{:?}",
        names(&ex)
    );
    // A thing's last word alone is no surname.
    let ex = run("The Orbital Shuttle was launched on Monday. Shuttle crews trained for years.");
    assert_ne!(
        kind(&ex, "Orbital Shuttle"),
        Some(EntityKind::Person),
        "{:?}",
        names(&ex)
    );
}

#[test]
fn an_event_for_another_event_is_two_events() {
    let ex = run("Woods will now return to the Zenda Tour for the Kestrel Open at Riviera.");
    let n = names(&ex);
    assert!(
        n.contains(&"Zenda Tour") && n.contains(&"Kestrel Open"),
        "{n:?}"
    );
    assert_eq!(kind(&ex, "Zenda Tour"), Some(EntityKind::Event));
    // A party's name keeps its "for": "Rally for the Republic".
    let ex = run("He led the Rally for the Republic until 1976.");
    assert!(
        names(&ex).contains(&"Rally for the Republic"),
        "{:?}",
        names(&ex)
    );
}

#[test]
fn an_acronym_of_a_camel_cased_names_capitals_is_that_name() {
    let ex = run(
        "Zorvex launched the GameDeck Mobile in Japan. The GDM costs 249 dollars and \
        has sold a million units.",
    );
    let n = names(&ex);
    assert!(n.contains(&"GameDeck Mobile"), "{n:?}");
    assert!(!n.contains(&"GDM"), "{n:?}");
}

#[test]
fn a_firms_arm_or_owner_and_a_town_near_another() {
    let ex = run(
        "The exchange clears trades through its Clearwell arm. Quillon owner Philip \
        Green bid for the firm. The group, based in Collecchia near Parmona, went bust.",
    );
    assert_eq!(
        kind(&ex, "Clearwell"),
        Some(EntityKind::Organization),
        "{:?}",
        names(&ex)
    );
    assert_eq!(
        kind(&ex, "Quillon"),
        Some(EntityKind::Organization),
        "{:?}",
        names(&ex)
    );
    assert_eq!(
        kind(&ex, "Collecchia"),
        Some(EntityKind::Place),
        "{:?}",
        names(&ex)
    );
}

#[test]
fn a_plural_acronym_after_a_name_is_the_noun_it_modifies() {
    let ex = run("Users are switching from Zindows PCs to the new machine.");
    assert_ne!(
        kind(&ex, "Zindows"),
        Some(EntityKind::Place),
        "{:?}",
        names(&ex)
    );
}

#[test]
fn an_institution_named_in_the_possessive_is_one_name() {
    let ex = run(
        "The Hollister's Society said the research was encouraging. Pakistan's Supreme \
        Court ruled on Monday.",
    );
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Hollister's Society"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
    assert!(
        !n.contains(&"Society") && !n.contains(&"Hollister"),
        "{n:?}"
    );
    assert!(
        !n.iter().any(|name| name.starts_with("Pakistan's")),
        "{n:?}"
    );
}

#[test]
fn a_journal_or_a_duchy_takes_its_of() {
    let ex = run(
        "The findings were published in the Wessex Journal of Medicine. Ann Rowe, the \
        Chancellor of the Duchy of Merrow, will take over.",
    );
    let n = names(&ex);
    assert!(n.contains(&"Wessex Journal of Medicine"), "{n:?}");
    assert!(n.contains(&"Duchy of Merrow"), "{n:?}");
    assert!(!n.contains(&"Medicine") && !n.contains(&"Merrow"), "{n:?}");
}

#[test]
fn a_seat_named_with_and_is_one_constituency() {
    let ex = run(
        "Ann Rowe has won the Fenwick Green and Tolley seat from Labour. Her party came \
        second in Eastmoor and Westmoor.",
    );
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Fenwick Green and Tolley"),
        Some(EntityKind::Place),
        "{n:?}"
    );
    assert!(n.contains(&"Eastmoor") && n.contains(&"Westmoor"), "{n:?}");
}

#[test]
fn a_town_alone_that_ends_the_articles_full_name_is_the_surname() {
    let ex = run(
        "Hamilton wins in the rain\n\nRhys Hamilton won the race at Silverstone. \
        \"This is the best win of my career,\" said Hamilton, who grew up in Stevenage.",
    );
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Rhys Hamilton"),
        Some(EntityKind::Person),
        "{n:?}"
    );
    assert!(!n.contains(&"Hamilton"), "{n:?}");
}

#[test]
fn directed_by_names_a_person() {
    // A surname that is a city's name, as a club's second word may be.
    let ex = run("He played the lead in the play, directed by Orsa Dundee, in 1951.");
    assert_eq!(
        kind(&ex, "Orsa Dundee"),
        Some(EntityKind::Person),
        "{:?}",
        names(&ex)
    );
}

#[test]
fn a_transfer_fee_or_a_title_won_with_a_side_names_a_club() {
    let ex = run(
        "Chelsea have completed the signing of winger Tiago from Marvila for 10m pounds. \
        The manager, who won the Champions League with Ribeira in May, said Tiago would \
        add strength to the midfield, the club's website said. The Blues begin their \
        Premiership campaign on Saturday.",
    );
    assert_kinds(&ex, &["Marvila", "Ribeira"], EntityKind::Organization);
}

#[test]
fn a_staged_work_and_a_program_viewed_in_are_things() {
    let ex = run(
        "The theatre's production of The Harbour Boys, by Alan Bennett, won. Pages viewed \
        in Orbit Explorer are stored. The firm halted production of Nokia phones.",
    );
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "The Harbour Boys"),
        Some(EntityKind::Other),
        "{n:?}"
    );
    assert_ne!(
        kind(&ex, "Orbit Explorer"),
        Some(EntityKind::Place),
        "{n:?}"
    );
    assert_eq!(kind(&ex, "Nokia"), Some(EntityKind::Organization), "{n:?}");
}

#[test]
fn a_name_before_chips_is_a_product() {
    let ex = run("The Quantium D chips will go on sale in the second quarter.");
    assert_eq!(
        kind(&ex, "Quantium D"),
        Some(EntityKind::Other),
        "{:?}",
        names(&ex)
    );
}

#[test]
fn a_state_of_two_words_named_in_full_is_a_place() {
    let ex = run("The border closure between New York State and Quebec drove up prices.");
    assert_eq!(
        kind(&ex, "New York State"),
        Some(EntityKind::Place),
        "{:?}",
        names(&ex)
    );
}

#[test]
fn a_pair_the_article_names_whole_elsewhere_is_one_mention_of_it() {
    let ex = run(
        "Jobs cut at Gorrie and Blyth stores\n\nGorrie and Blyth is to cut 650 jobs at its \
        head office.",
    );
    let n = names(&ex);
    assert!(n.contains(&"Gorrie and Blyth"), "{n:?}");
    assert!(!n.contains(&"Gorrie") && !n.contains(&"Blyth"), "{n:?}");
}

#[test]
fn a_contest_is_an_event() {
    let ex = run("She will represent the country at the Zelvar Song Contest in Kiev in May.");
    assert_eq!(
        kind(&ex, "Zelvar Song Contest"),
        Some(EntityKind::Event),
        "{:?}",
        names(&ex)
    );
}
