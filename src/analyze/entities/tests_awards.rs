//! End-to-end tests of awards, works, clubs and bodies' parts: the
//! category a name wins, a work set off by its maker's possessive, a town
//! listed beside clubs, a firm's name ending in "'s" before its
//! description, a firm's arm, an acronym beside the part named after it, a
//! constituency before its member, a ruler's epithet, a possessive inside a
//! title, a trade only firms ply, a band after the sentence's "The", a
//! maker's games, units and stations, a short headline's verb, a title
//! inside a run before an East Asian name, a party's candidate's seat, a
//! club's first word, two bodies joined by "and", a country named with "and",
//! a subtitle after a colon, a connector left first by a cut.

use super::tests_news::{assert_kind, kind, names, run};
use super::EntityKind;

#[test]
fn a_work_set_off_by_its_makers_possessive() {
    assert_kind(
        "Critics praised Tilly Brannock, Ned Oswin's drama about a miner's daughter, last year.",
        "Tilly Brannock",
        EntityKind::Other,
    );
}

#[test]
fn the_winner_of_a_groups_award_is_a_band() {
    assert_kind(
        "Martin Quill, from Glasgow, took best British group at the ceremony.",
        "Martin Quill",
        EntityKind::Organization,
    );
}

#[test]
fn the_winner_of_a_films_award_is_a_work() {
    assert_kind(
        "Winter of the Lost Herons won best original screenplay on Sunday.",
        "Winter of the Lost Herons",
        EntityKind::Other,
    );
}

#[test]
fn a_town_listed_beside_clubs_in_a_match_report_is_a_club() {
    assert_kind(
        "Report\n\nRovers beat Oldbury 2-0 in the league. The striker scored twice. \
        Oldbury, Rovers and Liverpool are also in the last 16 of the cup.",
        "Liverpool",
        EntityKind::Organization,
    );
}

#[test]
fn a_relative_clause_makes_a_governed_town_a_side() {
    assert_kind(
        "Report\n\nRovers lead the league by two points from Liverpool, who play Oldbury \
        on Sunday. The striker scored twice in a 2-0 win.",
        "Liverpool",
        EntityKind::Organization,
    );
}

#[test]
fn a_firms_name_ending_in_s_before_its_description() {
    assert_kind(
        "Dorrington's, Britain's third-largest supermarket, reported a fall in sales.",
        "Dorrington's",
        EntityKind::Organization,
    );
}

#[test]
fn a_firms_arm_is_a_body() {
    assert_kind(
        "Velskonneft, the main production arm of the oil firm, was sold on Sunday.",
        "Velskonneft",
        EntityKind::Organization,
    );
}

#[test]
fn an_industrys_body_and_no_stray_industry() {
    let ex = run(
        "The Vellish Phonographic Industry has started suing people. \
        Trade and Industry Secretary Ann Smith said it was right.",
    );
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Vellish Phonographic Industry"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
    assert!(!n.contains(&"Industry"), "{n:?}");
}

#[test]
fn an_acronym_is_the_parent_of_the_part_named_after_it() {
    let ex =
        run("VNRC Videsh Ltd already has stakes in Sudan. Shares in VNRC rose 1.2% in Mumbai.");
    let n = names(&ex);
    assert!(
        n.contains(&"VNRC") && n.contains(&"VNRC Videsh Ltd"),
        "{n:?}"
    );
}

#[test]
fn a_members_constituency_before_the_member() {
    let ex = run("Labour MP for Carrowby Dennis Davies said voters had rejected more powers.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "Carrowby"), Some(EntityKind::Place), "{n:?}");
    assert_eq!(
        kind(&ex, "Dennis Davies"),
        Some(EntityKind::Person),
        "{n:?}"
    );
}

#[test]
fn a_rulers_epithet_ends_the_name() {
    let ex = run(
        "The book about Catherine the Great sold well. It attacks handsets running \
        the Series 60 software.",
    );
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Catherine the Great"),
        Some(EntityKind::Person),
        "{n:?}"
    );
    assert!(!n.contains(&"Great") && !n.contains(&"Series"), "{n:?}");
}

#[test]
fn a_possessive_inside_a_cued_title() {
    let ex = run(
        "Harlow's Nine, starring Ann Smith, fell to second place. The film Dead \
        Fish's Shoes was shown at the festival.",
    );
    let n = names(&ex);
    assert_eq!(kind(&ex, "Harlow's Nine"), Some(EntityKind::Other), "{n:?}");
    assert_eq!(
        kind(&ex, "Dead Fish's Shoes"),
        Some(EntityKind::Other),
        "{n:?}"
    );
    assert!(!n.contains(&"Nine") && !n.contains(&"Shoes"), "{n:?}");
}

#[test]
fn a_makers_possessive_before_a_film_starring() {
    let ex = run("The jury gave the prize to Jim Orlow's Broken Lanterns, starring Ann Smith.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "Jim Orlow"), Some(EntityKind::Person), "{n:?}");
    assert_eq!(
        kind(&ex, "Broken Lanterns"),
        Some(EntityKind::Other),
        "{n:?}"
    );
}

#[test]
fn a_title_holding_a_possessive_before_its_star() {
    assert_kind(
        "The film Bridget Lowe's Diary opened. Bridget Lowe's Diary star Ann Smith returned.",
        "Bridget Lowe's Diary",
        EntityKind::Other,
    );
}

#[test]
fn a_trade_only_firms_ply_names_a_firm_shaped_as_a_person() {
    assert_kind(
        "Bookmakers Martin Hale had made him the favourite.",
        "Martin Hale",
        EntityKind::Organization,
    );
}

#[test]
fn a_musician_opening_the_sentence_is_no_part_of_the_name() {
    let ex = run("Musician Vorn met the chancellor on Friday.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "Vorn"), Some(EntityKind::Person), "{n:?}");
    assert!(!n.contains(&"Musician Vorn"), "{n:?}");
}

#[test]
fn a_band_after_the_sentences_opening_the() {
    assert_kind(
        "The Velvet Lanterns, Coldplay and Ann Smith will headline the festival.",
        "Velvet Lanterns",
        EntityKind::Organization,
    );
}

#[test]
fn the_noun_of_the_noun_after_a_capital_the_is_a_title() {
    assert_kind(
        "He won three Oscars for The Return of the Heron, the last of the films.",
        "The Return of the Heron",
        EntityKind::Other,
    );
}

#[test]
fn a_makers_games_are_products() {
    let ex = run("Vellon's Tarko and Mirelle games will be on sale.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "Tarko"), Some(EntityKind::Other), "{n:?}");
    assert_eq!(kind(&ex, "Mirelle"), Some(EntityKind::Other), "{n:?}");
}

#[test]
fn units_volunteers_and_broadcasting_stations_are_bodies() {
    let ex = run(
        "The Dedicated Cheque and Plastic Crime Unit arrested 140 people. \
        Delegations of the Vellish People's Volunteers visited. It was reported by the \
        Korean Central Broadcasting Station. Volunteers from Kaesong came too.",
    );
    let n = names(&ex);
    for body in [
        "Dedicated Cheque and Plastic Crime Unit",
        "Vellish People's Volunteers",
        "Korean Central Broadcasting Station",
    ] {
        assert_eq!(kind(&ex, body), Some(EntityKind::Organization), "{n:?}");
    }
    assert!(!n.contains(&"Volunteers"), "{n:?}");
}

#[test]
fn a_short_title_case_headline_ending_in_its_verb_names_nothing_alone() {
    let ex = run(
        "Harvest Day Celebrated\n\nPyongyang, July 27 (KCNA) -- The day was \
        celebrated across the country.",
    );
    let n = names(&ex);
    assert!(!n.iter().any(|name| name.contains("Celebrated")), "{n:?}");
}

#[test]
fn a_title_inside_a_run_before_an_east_asian_name_splits_it() {
    let ex = run("Vollyon Chairman So Man Sul said the association had defended Koreans.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "So Man Sul"), Some(EntityKind::Person), "{n:?}");
    assert!(n.contains(&"Vollyon"), "{n:?}");
}

#[test]
fn a_firms_noun_modifying_a_things_is_no_head() {
    assert_kind(
        "He topped the chart with Vellum Skies, his fifth studio album.",
        "Vellum Skies",
        EntityKind::Other,
    );
}

#[test]
fn a_partys_candidate_for_a_seat() {
    assert_kind(
        "He was reselected as Conservative candidate for Carrowby despite the row.",
        "Carrowby",
        EntityKind::Place,
    );
}

#[test]
fn a_clubs_first_word_types_it() {
    assert_kind(
        "Oldbury beat Stade Vellois 18-12 after extra time.",
        "Stade Vellois",
        EntityKind::Organization,
    );
}

#[test]
fn a_global_bodys_word_ends_the_first_of_two_bodies() {
    let ex = run("The deal combines Vorsk International and Kelm Holdings in one firm.");
    let n = names(&ex);
    assert!(
        n.contains(&"Vorsk International") && n.contains(&"Kelm Holdings"),
        "{n:?}"
    );
}

#[test]
fn a_listed_country_named_with_and_is_one_name() {
    let ex = run("Kim Collins of St Kitts and Nevis won. They flew to Trinidad and Tobago.");
    let n = names(&ex);
    for place in ["Saint Kitts and Nevis", "Trinidad and Tobago"] {
        assert_eq!(kind(&ex, place), Some(EntityKind::Place), "{n:?}");
    }
}

#[test]
fn a_subtitle_after_a_colon_is_held_by_its_of() {
    let ex = run("Mira Vell: The Edge of Winter has topped the box office this week.");
    let n = names(&ex);
    assert!(n.contains(&"Edge of Winter"), "{n:?}");
    assert!(!n.contains(&"Edge") && !n.contains(&"Winter"), "{n:?}");
}

#[test]
fn no_name_opens_with_a_connector() {
    let ex = run("He met the Asian and Oceanian Affairs Bureau of the Japanese Foreign Ministry.");
    let n = names(&ex);
    assert!(!n.iter().any(|name| name.starts_with("and ")), "{n:?}");
}
