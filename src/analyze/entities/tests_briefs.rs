//! End-to-end tests of forms British and agency news writes: Sunday
//! papers, ministers' portfolios, a body named by its last word, pairs of
//! people, clubs in relative clauses, and leaders' cabinets.

use super::tests_news::{kind, names, run};
use super::EntityKind;

#[test]
fn a_weekday_belongs_to_a_papers_title() {
    let ex = run("He wrote in the Sunday Courier last week. The Sunday Times and the Mail on Sunday disagreed, and he told the Independent on Sunday so.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Sunday Courier"),
        None,
        "no paper word, no paper: {n:?}"
    );
    for paper in [
        "The Sunday Times",
        "Mail on Sunday",
        "Independent on Sunday",
    ] {
        assert_eq!(
            kind(&ex, paper),
            Some(EntityKind::Organization),
            "{paper}: {n:?}"
        );
    }
    assert!(!n.contains(&"Mail"), "{n:?}");
}

#[test]
fn portfolios_before_an_office_of_state_are_no_names() {
    let ex = run("Regional Renewal Secretary Olwen Prack met Work and Pensions Secretary Dafydd Tull. Culture, Media and Sport Secretary Ianto Brace joined them. Narvonian Interior Minister Kel Abrun was there.\n\nPrack said so.");
    let n = names(&ex);
    for no_name in ["Regional Renewal", "Work", "Culture", "Media"] {
        assert!(!n.contains(&no_name), "{no_name}: {n:?}");
    }
    for person in ["Olwen Prack", "Dafydd Tull", "Ianto Brace", "Kel Abrun"] {
        assert_eq!(
            kind(&ex, person),
            Some(EntityKind::Person),
            "{person}: {n:?}"
        );
    }
}

#[test]
fn a_body_named_by_its_last_word_is_the_body() {
    let ex = run("The Greenfold Alliance has vowed to fight the ban. Alliance chief executive Tomas Prew said so.");
    let n = names(&ex);
    assert!(!n.contains(&"Alliance"), "{n:?}");
    let alliance = ex.entities.iter().find(|e| e.name == "Greenfold Alliance");
    assert!(alliance.is_some_and(|e| e.aliases == ["Alliance"]), "{n:?}");
}

#[test]
fn a_bare_name_paired_with_a_person_is_a_person() {
    let ex = run("The captain paired Lynx Marrow and Philip Castagne on the first day. A Republican Assemblywoman, Jill Tarrow, spoke.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "Lynx Marrow"), Some(EntityKind::Person), "{n:?}");
    assert_ne!(
        kind(&ex, "Republican Assemblywoman"),
        Some(EntityKind::Person),
        "an appositive, not a pair: {n:?}"
    );
}

#[test]
fn a_titled_east_asian_name_ends_before_of() {
    let ex = run(
        "The team, led by Professor Pyon Ha-sok of Tonggang National University, cloned embryos.",
    );
    let n = names(&ex);
    assert_eq!(kind(&ex, "Pyon Ha-sok"), Some(EntityKind::Person), "{n:?}");
    assert_eq!(
        kind(&ex, "Tonggang National University"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
}

#[test]
fn a_club_that_beat_another_in_a_relative_clause_is_a_club() {
    let ex = run("Kimberley, who beat Dunmore 3-0 at the Oval, are second in the league. The striker scored twice and the manager praised the goal.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Kimberley"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
}

#[test]
fn a_cabinet_magazine_and_rivals_say_what_names_are() {
    let ex = run("The Tanabeko cabinet is revising the law. The firm publishes Marta Quell Living magazine. Analysts named rivals such as Brontix and Kelvara.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "Tanabeko"), Some(EntityKind::Person), "{n:?}");
    assert_eq!(
        kind(&ex, "Marta Quell Living"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
    assert_eq!(
        kind(&ex, "Brontix"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
}

#[test]
fn a_models_three_digits_belong_to_its_name() {
    let ex = run("Delmar unveiled its Qubox 360 last week. The Brenta 100 index fell. Delmar 300 staff left, and in Ostrava 100 people marched.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "Qubox 360"), Some(EntityKind::Other), "{n:?}");
    assert_eq!(kind(&ex, "Brenta 100"), Some(EntityKind::Other), "{n:?}");
    assert!(!n.contains(&"Delmar 300"), "a count of staff: {n:?}");
    assert!(!n.contains(&"Ostrava 100"), "a count of people: {n:?}");
}

#[test]
fn a_constituency_a_ranch_and_a_relation_with_the_world() {
    let ex = run("She heard the news in her home constituency of Wetumba, near Nyandi. He stayed at his Halloway ranch. The Narvonian Committee for Solidarity with the World People issued a statement.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "Wetumba"), Some(EntityKind::Place), "{n:?}");
    assert_eq!(kind(&ex, "Halloway"), Some(EntityKind::Place), "{n:?}");
    assert_eq!(
        kind(
            &ex,
            "Narvonian Committee for Solidarity with the World People"
        ),
        Some(EntityKind::Organization),
        "{n:?}"
    );
}

#[test]
fn a_body_listing_its_portfolios_with_commas_stays_whole() {
    let ex = run("The winner will be named by the Bureau for Culture, Media and Sport in June. The Union of Rail, Maritime and Transport Workers agreed, but Secretary of State for Culture, Media and Sport Margaret Prack did not. The University of Varnholm, Cambridge and Durham met.");
    let n = names(&ex);
    for body in [
        "Bureau for Culture, Media and Sport",
        "Union of Rail, Maritime and Transport Workers",
    ] {
        assert_eq!(
            kind(&ex, body),
            Some(EntityKind::Organization),
            "{body}: {n:?}"
        );
    }
    assert_eq!(
        kind(&ex, "Margaret Prack"),
        Some(EntityKind::Person),
        "{n:?}"
    );
    assert!(!n.contains(&"Culture, Media and Sport"), "{n:?}");
    assert!(
        n.contains(&"University of Varnholm"),
        "places are no portfolios: {n:?}"
    );
}

#[test]
fn openers_and_buildings_of_british_news() {
    let ex = run("Team-mate Paul Varrichi was third. Non-Aligned Movement envoys met. A service will follow at St Aldhelm's Chapel. Sophos found a flaw in Internet Wanderer that the worm exploits.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Paul Varrichi"),
        Some(EntityKind::Person),
        "{n:?}"
    );
    assert!(n.contains(&"Non-Aligned Movement"), "{n:?}");
    assert_eq!(
        kind(&ex, "St Aldhelm's Chapel"),
        Some(EntityKind::Place),
        "{n:?}"
    );
    assert_ne!(
        kind(&ex, "Internet Wanderer"),
        Some(EntityKind::Place),
        "{n:?}"
    );
}

#[test]
fn lists_of_firms_and_bands_keep_their_kind() {
    let ex = run("Vodafone, Orange, T-Mobile and Telvanica said they would cut charges. Headliners include Paul McCartney, Orbisa and Vantara. Rivals Brenning's and Halloways have struggled.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Telvanica"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
    for band in ["Orbisa", "Vantara"] {
        assert_ne!(kind(&ex, band), Some(EntityKind::Person), "{band}: {n:?}");
    }
    assert_eq!(
        kind(&ex, "Halloways"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
}

#[test]
fn every_country_is_a_place_and_a_save_is_no_place() {
    let ex = run("He plotted to overthrow the government of Equatorial Guinea. Goalkeeper Jerzy Dudek saved from Andriy Vashenko in the shoot-out.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Equatorial Guinea"),
        Some(EntityKind::Place),
        "{n:?}"
    );
    assert_ne!(
        kind(&ex, "Andriy Vashenko"),
        Some(EntityKind::Place),
        "{n:?}"
    );
}

#[test]
fn a_cause_against_something_is_a_body() {
    let ex = run("Campaign Against Arms Sales spokeswoman Anna Jones said so. He marched with the Veterans Against the Border War. The League Against Cruel Sports agreed. He voted Against Brexit.");
    let n = names(&ex);
    for body in [
        "Campaign Against Arms Sales",
        "Veterans Against the Border War",
        "League Against Cruel Sports",
    ] {
        assert_eq!(
            kind(&ex, body),
            Some(EntityKind::Organization),
            "{body}: {n:?}"
        );
    }
}

#[test]
fn a_long_chain_of_bodies_splits_where_each_part_is_a_name() {
    let ex = run("He received Wu Bangfei, member of the Standing Committee of the Political Bureau of the Central Committee of the Communist Party of Narvonia, and his party.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Central Committee of the Communist Party of Narvonia"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
    assert_eq!(
        kind(&ex, "Standing Committee of the Political Bureau"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
}

#[test]
fn prisons_craters_and_a_place_paired_with_a_place() {
    let ex = run("The men are held at Harlmarsh prison. The rover is exploring the Vusek crater in the Martian south. The firm has plants in Warton and Samblesby in Lancashire.");
    let n = names(&ex);
    for place in ["Harlmarsh", "Vusek", "Samblesby"] {
        assert_eq!(kind(&ex, place), Some(EntityKind::Place), "{place}: {n:?}");
    }
    assert!(!n.contains(&"Martian"), "{n:?}");
}

#[test]
fn auction_houses_charities_and_organs_of_a_body() {
    let ex = run("The guitar was bought at Marlowe's in London. Aid agencies including Save the Infants and Oxfam said so. The Stop the Border Coalition marched. Kim Yong Dae, vice-president of the SPA Presidium, spoke, and the SPA met.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Marlowe's"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
    for body in ["Save the Infants", "Stop the Border Coalition"] {
        assert_eq!(
            kind(&ex, body),
            Some(EntityKind::Organization),
            "{body}: {n:?}"
        );
    }
    assert!(n.contains(&"SPA") && n.contains(&"SPA Presidium"), "{n:?}");
}

#[test]
fn a_word_seen_only_inside_longer_names_opens_no_sentence_as_a_name() {
    let ex = run("Computer users are being warned. The warning came from Brindle Computer and from Vantor. Shares in Vantor rose.\n\nVantor said so.");
    let n = names(&ex);
    assert!(!n.contains(&"Computer"), "{n:?}");
    assert!(n.contains(&"Brindle Computer"), "{n:?}");
    assert!(n.contains(&"Vantor"), "{n:?}");
}

#[test]
fn kin_quoted_titles_and_which_say_what_names_are() {
    let ex = run("His wife Victoria and their sons Brooklyn, Romeo and Cruz live in Hertfordshire. Songs including \"We Will Defend General Pak With Our Lives\" were performed for General Pak. The Pensions Overseer, which started work in April, has powers.");
    let n = names(&ex);
    for person in ["Victoria", "Brooklyn", "Romeo", "Cruz"] {
        assert_eq!(
            kind(&ex, person),
            Some(EntityKind::Person),
            "{person}: {n:?}"
        );
    }
    assert!(
        !n.iter().any(|w| w.contains("Will Defend") || *w == "Lives"),
        "{n:?}"
    );
    assert_ne!(
        kind(&ex, "Pensions Overseer"),
        Some(EntityKind::Person),
        "{n:?}"
    );
}

#[test]
fn firms_with_ampersands_leagues_and_counted_craft() {
    let ex = run("The deficit was large, according to consultants Lane Varley & Peacock. Real are second in La Liga behind Barcelona. The firm will supply 72 Vantor Typhoon jets to Saudi Arabia.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Lane Varley & Peacock"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
    assert_eq!(
        kind(&ex, "La Liga"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
    assert_eq!(
        kind(&ex, "Vantor Typhoon"),
        Some(EntityKind::Other),
        "{n:?}"
    );
}

#[test]
fn a_one_sentence_paragraph_with_a_short_verb_is_no_headline() {
    let ex = run("Minister visits the north\n\nHe met Home Secretary Hilary Brace in Varnholm.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "Hilary Brace"), Some(EntityKind::Person), "{n:?}");
}
