//! End-to-end tests of forms met in British news and beyond: a place named
//! by a common noun's possessive ("Shepherd's Bush"), a firm of a name and
//! an acronym opening a sentence ("Lloyds TSB"), a king's numeral ending
//! a sentence, an honorific before a town's name ("Mr Paisley"), an
//! analyst's employer, a body that represents others, an ampersand in an
//! office's name, a paper's title after a lower-case "the", a party's
//! member in apposition, "the Budget", a club named after a city, a given
//! name before an adjective, a firm's hyphened partner, a festival's fringe,
//! a possessor of two words, a titled surname beside a firm, a title of
//! ordinary words, a side before ", who" and a score, a name "known as", a
//! judge whose surname is a kind word, a front's "for", a town after "the".

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

#[test]
fn a_firm_of_a_name_and_an_acronym_keeps_its_first_word_at_a_sentence_start() {
    let ex = run(
        "Corvell HBN profits rise\n\nCorvell HBN has reported a 10% rise in annual \
        profits.",
    );
    let n = names(&ex);
    assert!(n.contains(&"Corvell HBN"), "{n:?}");
    assert!(!n.contains(&"HBN"), "{n:?}");
}

#[test]
fn a_numeral_ending_a_sentence_stays_in_the_name_without_the_full_stop() {
    let ex = run("She starred in the drama Aethelbald I. The show won two prizes.");
    let n = names(&ex);
    assert!(n.contains(&"Aethelbald I"), "{n:?}");
    assert!(
        !n.iter()
            .any(|name| name.ends_with('.') || name.contains("The")),
        "{n:?}"
    );
}

#[test]
fn an_honorific_before_a_towns_name_makes_it_the_surname_of_the_full_name() {
    let ex = run(
        "Kilmarnock clashes with rivals over weapons\n\nParty leader Orvin Kilmarnock demanded \
        proof. Speaking in Carlow, Mr Kilmarnock said unionists would not share power.",
    );
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Orvin Kilmarnock"),
        Some(EntityKind::Person),
        "{n:?}"
    );
    assert!(!n.contains(&"Kilmarnock"), "{n:?}");
}

#[test]
fn a_role_before_a_name_and_of_makes_the_employer_a_firm() {
    let ex = run("Analyst Gene Tarrow of Piper Strand said the phone would sell well.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Piper Strand"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
    assert_eq!(kind(&ex, "Gene Tarrow"), Some(EntityKind::Person), "{n:?}");
}

#[test]
fn a_body_that_represents_others_is_an_organisation() {
    let ex = run(
        "The Harrowgate Phonographic Industry, which represents record labels, \
        welcomed the findings.",
    );
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Harrowgate Phonographic Industry"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
}

#[test]
fn an_ampersand_joins_the_last_word_of_an_office_after_of() {
    let ex = run("The prizes are given by the Academy of Puppetry Arts & Sciences.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Academy of Puppetry Arts & Sciences"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
}

#[test]
fn a_papers_one_word_title_after_a_lower_case_the_is_the_paper() {
    let ex = run(
        "A poll for the Times suggested that crime mattered. He told the \
        Independent it was wrong. She stood as the Independent candidate in Carlow.",
    );
    let n = names(&ex);
    for paper in ["Times", "Independent"] {
        assert_eq!(
            kind(&ex, paper),
            Some(EntityKind::Organization),
            "{paper}: {n:?}"
        );
    }
}

#[test]
fn a_party_member_in_apposition_makes_a_person() {
    let ex = run("She lost her seat to Thom Varrick, a Republican, in 2014.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "Thom Varrick"), Some(EntityKind::Person), "{n:?}");
}

#[test]
fn the_budget_alone_is_no_entity() {
    let ex = run(
        "Brown hails strong economy in Budget\n\nThe chancellor used his ninth Budget \
        to help pensioners.",
    );
    let n = names(&ex);
    assert!(!n.contains(&"Budget"), "{n:?}");
}

#[test]
fn a_word_before_a_city_in_a_teams_spot_is_a_club() {
    let ex = run(
        "Rovers moved clear with a 2-0 win. Ann Smith scored after 38 minutes and the \
        manager praised the striker. AC Carlow face Inter Leeds in the derby.",
    );
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Inter Leeds"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
}

#[test]
fn a_given_name_before_an_adjective_is_no_persons_name() {
    let ex = run("He won the title in a play-off at Claudia National on Sunday.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Claudia National"),
        Some(EntityKind::Place),
        "{n:?}"
    );
}

#[test]
fn a_name_hyphened_to_a_firm_is_its_partner() {
    let ex = run("Pellow-BMW pair Ann Smith and Joe Bloggs finished behind Corrado-AMG.");
    let n = names(&ex);
    for firm in ["Pellow", "Corrado"] {
        assert_eq!(
            kind(&ex, firm),
            Some(EntityKind::Organization),
            "{firm}: {n:?}"
        );
    }
}

#[test]
fn a_festivals_fringe_and_a_tattoo_are_events() {
    let ex = run(
        "The Carlow Festival Fringe features 1,800 shows. The Carlow Military \
        Tattoo takes place every night.",
    );
    let n = names(&ex);
    for event in ["Carlow Festival Fringe", "Carlow Military Tattoo"] {
        assert_eq!(kind(&ex, event), Some(EntityKind::Event), "{event}: {n:?}");
    }
}

#[test]
fn a_two_word_possessor_of_a_person_named_in_full_is_a_side() {
    let ex = run("Blue Falcon's Ann Smith finished eighth, ahead of Joe Bloggs.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Blue Falcon"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
    assert_eq!(kind(&ex, "Ann Smith"), Some(EntityKind::Person), "{n:?}");
}

#[test]
fn a_titled_surname_is_the_persons_though_a_firm_opens_with_it() {
    let ex = run(
        "The firm controlled by billionaire Lakshmi Corvell will be called Corvell \
        Steel. Mr Corvell, who lives in London, said the combined Corvell Steel would cut costs.",
    );
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Lakshmi Corvell"),
        Some(EntityKind::Person),
        "{n:?}"
    );
    assert_ne!(
        kind(&ex, "Corvell Steel"),
        Some(EntityKind::Person),
        "{n:?}"
    );
}

#[test]
fn two_ordinary_words_of_two_more_are_one_title() {
    let ex = run("Critics praised Endless Summer of the Broken Lantern at the festival.");
    let n = names(&ex);
    assert!(n.contains(&"Endless Summer of the Broken Lantern"), "{n:?}");
    assert!(!n.contains(&"Endless Summer"), "{n:?}");
}

#[test]
fn a_side_opening_a_sentence_before_who_and_a_score_is_a_club() {
    let ex = run(
        "Carlow moved clear at the top of the league with a 2-0 win. Ann Smith \
        scored after 38 minutes and the manager praised the striker. Lancers, who were held \
        1-1 by Oldbury at home, have a game in hand.",
    );
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Lancers"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
}

#[test]
fn a_name_given_after_known_as_is_the_same_entity() {
    let ex = run("The Harrowfield Consumers' Organisation, known as Hacor, welcomed the probe.");
    let n = names(&ex);
    assert!(n.contains(&"Harrowfield Consumers' Organisation"), "{n:?}");
    assert!(!n.contains(&"Hacor"), "{n:?}");
}

#[test]
fn a_title_before_a_name_ending_in_a_surname_like_kind_word_is_a_person() {
    let ex = run("Judge Orm Lake said the trial could last four months.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "Orm Lake"), Some(EntityKind::Person), "{n:?}");
    assert!(!n.iter().any(|name| name.contains("Judge")), "{n:?}");
}

#[test]
fn a_front_takes_its_for() {
    let ex = run("Officials of the Kelvan Front for National Renewal attended the meeting.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Kelvan Front for National Renewal"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
}

#[test]
fn a_town_after_the_ending_its_clause_is_a_body_named_after_it() {
    let ex = run(
        "House prices rose by 0.2% in December, according to the Exeter. Since the \
        Dundee bombings, fear grew.",
    );
    let n = names(&ex);
    assert_eq!(kind(&ex, "Dundee"), Some(EntityKind::Place), "{n:?}");
    assert_eq!(kind(&ex, "Exeter"), Some(EntityKind::Organization), "{n:?}");
}
