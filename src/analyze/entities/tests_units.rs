//! End-to-end tests of forms met in British news and KCNA: a person's age
//! after the name, a military unit's number, a country's short form in a
//! compound before a name, a party's adjective before a portfolio, a
//! leader's administration with an adjective before it, a hotel, a source
//! opening a sentence, a firm's product, a town that is a surname too, a
//! club's comeback, a maker of games, capitals that stand for a term too,
//! and the noun of "X and other …".

use super::tests_news::{kind, names, run};
use super::EntityKind;

#[test]
fn a_name_with_an_age_after_it_is_a_person() {
    let ex = run("Lark Hollow, 17, from Devon, is nominated for best newcomer. The judges praised Lark Hollow.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "Lark Hollow"), Some(EntityKind::Person), "{n:?}");
    let ex = run("Amber Mill, aged 45, was charged. The court heard Amber Mill had fled.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "Amber Mill"), Some(EntityKind::Person), "{n:?}");
}

#[test]
fn a_numbered_military_unit_is_one_organisation() {
    let ex = run("Soldiers of the 47th Highland Division arrived in Farrow. Kim Jong Il inspected the Kwanmo Guards 318th Tank Division. The 9th Infantry Brigade of the KPA held a meeting.");
    let n = names(&ex);
    for unit in [
        "47th Highland Division",
        "Kwanmo Guards 318th Tank Division",
        "9th Infantry Brigade of the KPA",
    ] {
        assert_eq!(
            kind(&ex, unit),
            Some(EntityKind::Organization),
            "{unit}: {n:?}"
        );
    }
    assert!(!n.contains(&"Highland Division"), "{n:?}");
}

#[test]
fn a_countrys_short_form_in_a_compound_before_a_name_stays_in_it() {
    let ex = run("The troupe performed in Beijing to mark the DPRK-Laos Friendship Year. DPRK-Laos relations are developing.");
    let n = names(&ex);
    assert!(n.contains(&"DPRK-Laos Friendship Year"), "{n:?}");
    assert!(!n.contains(&"Laos Friendship Year"), "{n:?}");
}

#[test]
fn a_party_adjective_before_a_portfolio_is_the_party() {
    let ex = run("Liberal Democrat Treasury spokesman Orrin Vale said the plan was wrong.");
    let n = names(&ex);
    assert!(!n.contains(&"Liberal Democrat Treasury"), "{n:?}");
    assert_eq!(
        kind(&ex, "Liberal Democrats"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
}

#[test]
fn an_administration_named_after_a_leader_is_the_leaders_even_after_an_adjective() {
    let ex = run(
        "The second-term Bush administration has revealed its intention to isolate the country.",
    );
    let n = names(&ex);
    assert_eq!(kind(&ex, "Bush"), Some(EntityKind::Person), "{n:?}");
}

#[test]
fn a_hotel_named_like_a_person_is_a_place() {
    let ex = run("The ceremony was held at the Doris Wendell hotel in Leeds.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "Doris Wendell"), Some(EntityKind::Place), "{n:?}");
}

#[test]
fn a_source_opening_a_sentence_is_no_place() {
    let ex = run("According to Blorvix, which tracks prices, rents rose by 4%.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Blorvix"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
}

#[test]
fn the_owner_of_a_branded_product_is_a_firm() {
    let ex = run("The service will compete with Nine Arches's QuillPad and others.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Nine Arches"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
}

#[test]
fn a_given_name_before_a_towns_name_that_is_a_surname_is_a_person() {
    let ex = run("One of the authors, herpetologist David Blackburn, told the magazine the results were striking.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "David Blackburn"),
        Some(EntityKind::Person),
        "{n:?}"
    );
}

#[test]
fn a_town_that_fights_back_in_a_match_report_is_a_club() {
    let ex = run("Rovers dropped two points after Middlesbrough fought back from two goals down to earn a 2-2 draw. The striker scored twice and the goalkeeper was booked in the league match.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Middlesbrough"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
}

#[test]
fn a_maker_of_games_is_a_firm_and_a_multi_sport_event_an_event() {
    let ex =
        run("Tarnwell Games has been put up for sale. The Commonwealth Games opened in Melbourne.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Tarnwell Games"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
    assert_eq!(
        kind(&ex, "Commonwealth Games"),
        Some(EntityKind::Event),
        "{n:?}"
    );
}

#[test]
fn capitals_that_usually_stand_for_a_term_name_a_body_the_article_spells_out() {
    let ex = run("Brindle Airways is to cut 600 jobs. Chief executive Orla Venn said BA had to reduce costs. The Greater Northern Party opposed it, and the GNP's leader spoke.");
    let n = names(&ex);
    assert!(!n.contains(&"BA") && !n.contains(&"GNP"), "{n:?}");
    let mentions = |name: &str| {
        let id = ex.entities.iter().position(|e| e.name == name);
        ex.mentions
            .iter()
            .flatten()
            .filter(|m| Some(m.entity) == id)
            .count()
    };
    assert_eq!(mentions("Brindle Airways"), 2, "{n:?}");
    assert_eq!(mentions("Greater Northern Party"), 2, "{n:?}");
    let ex = run("Orla Venn has a BA in history from Leeds. GDP rose by 2%.");
    let n = names(&ex);
    assert!(!n.contains(&"BA") && !n.contains(&"GDP"), "{n:?}");
}

#[test]
fn the_noun_after_and_other_says_what_the_name_is() {
    let ex = run("Quorvath and other organisations of Koreans in Japan support it. Lessary and other cities were hit.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Quorvath"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
    assert_eq!(kind(&ex, "Lessary"), Some(EntityKind::Place), "{n:?}");
}

#[test]
fn a_storms_kind_word_opening_a_sentence_stays_in_its_name() {
    let ex = run("Hurricane Orlen forced oil firms to evacuate platforms. Prices could fall once the hurricane season ended.");
    let n = names(&ex);
    assert!(n.contains(&"Hurricane Orlen"), "{n:?}");
}

#[test]
fn a_surname_before_a_given_name_and_a_surname_opens_one_name() {
    let ex = run("Present there was Hasan Ahmad Yunis, ambassador here.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Hasan Ahmad Yunis"),
        Some(EntityKind::Person),
        "{n:?}"
    );
}

#[test]
fn a_band_is_named_with_the_and_a_plural_or_after_a_member_of_it() {
    let ex = run("Coldvane, The Paper Lanterns and The Rusty Gates are among the acts confirmed. Brian Hollis of the Tin Larks will perform his new album.");
    let n = names(&ex);
    for band in ["The Paper Lanterns", "The Rusty Gates", "Tin Larks"] {
        assert_eq!(
            kind(&ex, band),
            Some(EntityKind::Organization),
            "{band}: {n:?}"
        );
    }
}

#[test]
fn a_town_after_the_that_speaks_is_a_firm_named_after_it() {
    let ex = run("House prices fell in January, while the Halifax said prices were flat.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Halifax"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
}

#[test]
fn a_leaders_clique_is_named_after_the_leader() {
    let ex = run("The Tarrow clique is to blame for the crisis, the commentary says.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "Tarrow"), Some(EntityKind::Person), "{n:?}");
}

#[test]
fn an_acronym_ends_a_name_before_for_and_another_body() {
    let ex = run("The figures were compiled by Voxley EDI for the Cinema Screens Association.");
    let n = names(&ex);
    assert!(n.contains(&"Voxley EDI"), "{n:?}");
    assert!(n.contains(&"Cinema Screens Association"), "{n:?}");
}

#[test]
fn a_common_word_opening_a_sentence_with_a_sides_result_is_a_club() {
    let ex = run("Hearts drew 1-1 with Hibernian in the derby at Tynecastle. The striker scored a penalty and the goalkeeper was booked before half-time.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "Hearts"), Some(EntityKind::Organization), "{n:?}");
}

#[test]
fn a_plural_noun_after_two_names_joined_by_and_is_their_shared_kind() {
    let ex = run(
        "Speakers said the Iron Resolve and Tarn Freedom Guardian exercises were rehearsals for war.",
    );
    let n = names(&ex);
    assert!(n.contains(&"Iron Resolve"), "{n:?}");
    assert!(!n.iter().any(|w| w.contains(" and ")), "{n:?}");
}

#[test]
fn a_players_ranking_before_a_name_of_ordinary_words_makes_a_person() {
    let ex = run("World number one Lion Rivers carded a 70 at the Open.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "Lion Rivers"), Some(EntityKind::Person), "{n:?}");
}
