//! End-to-end tests of forms from news reports of many kinds: long
//! personal names after a title, firms by their trade, shops by their
//! possessive, holidays' months, buildings, towns listed after "the towns
//! of", quoted titles and video games.

use super::tests_news::{kind, names, run};
use super::EntityKind;

#[test]
fn a_title_keeps_every_word_of_a_long_name() {
    let ex = run("Yesterday Varnish President Sunaro Bambang Kelwati said the island was worst hit. The video featured Scientologist Tom Cruise.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Sunaro Bambang Kelwati"),
        Some(EntityKind::Person),
        "{n:?}"
    );
    assert!(!n.contains(&"Bambang Kelwati"), "{n:?}");
    assert!(!n.iter().any(|x| x.contains("Scientologist")), "{n:?}");
}

#[test]
fn a_publishers_trade_and_a_shops_possessive_open_firms() {
    let ex = run("Publisher Quillmark said it had printed ten million copies. Brackwell's said queues had formed outside its stores before midnight.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Quillmark"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
    assert!(n.contains(&"Brackwell's"), "{n:?}");
    assert!(!n.iter().any(|x| x.contains("Publisher")), "{n:?}");
}

#[test]
fn a_holidays_month_a_building_and_listed_towns_are_places() {
    let ex = run("The rally was held at the May Day Stadium in Varnholm. The president spoke at the Harold Tenby Building in Ostrava. Floods hit the coastal towns of Keldry and Tarnvik.");
    let n = names(&ex);
    for place in [
        "May Day Stadium",
        "Harold Tenby Building",
        "Keldry",
        "Tarnvik",
    ] {
        assert_eq!(kind(&ex, place), Some(EntityKind::Place), "{place}: {n:?}");
    }
    assert!(!n.contains(&"Day Stadium"), "{n:?}");
}

#[test]
fn quoted_titles_and_video_games_are_things() {
    let ex = run("The performers sang the numbers “Army-People Unity” and “Song of Varnholm”. Then Korvane showed its Skyrider 3 games console at the fair.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Army-People Unity"),
        Some(EntityKind::Other),
        "{n:?}"
    );
    assert_eq!(kind(&ex, "Skyrider 3"), Some(EntityKind::Other), "{n:?}");
}

#[test]
fn ordinary_words_that_speak_are_a_body_and_feasts_open_places() {
    let ex = run("Elder Care said many older people did not claim benefits. Sheriff Lund said one person was arrested. Fans gathered at Easter Road, and ships reached Christmas Island.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Elder Care"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
    for place in ["Easter Road", "Christmas Island"] {
        assert_eq!(kind(&ex, place), Some(EntityKind::Place), "{place}: {n:?}");
    }
    assert!(!n.contains(&"Road"), "{n:?}");
}

#[test]
fn a_title_race_with_a_score_is_a_match_report() {
    let ex = run("Report\n\nKelvin clinched the league title with a 2-0 win over Brackmoor. Their side moved clear of Tarnwick, who beat Oldmere 3-1. Dunmere president Ola Brandt was there.");
    let n = names(&ex);
    for club in ["Brackmoor", "Tarnwick", "Oldmere", "Dunmere"] {
        assert_eq!(
            kind(&ex, club),
            Some(EntityKind::Organization),
            "{club}: {n:?}"
        );
    }
}

#[test]
fn a_product_named_often_by_its_tail_stays_a_thing() {
    let ex = run("Red Hat sponsors the Mirela operating system. Mirela gets a snapshot every year. Engineers test Mirela every week. Mirela is fast. Users like Mirela.\n\nDevelopers now build the Helix Stream operating system. Stream gets updates first, and Stream is ahead of the rest. They formed a sex workers' group called \"Dravida Sangha\" in 2010.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "Mirela"), Some(EntityKind::Other), "{n:?}");
    assert_eq!(kind(&ex, "Stream"), None, "folds into Helix Stream: {n:?}");
    assert_eq!(
        kind(&ex, "Dravida Sangha"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
}

#[test]
fn peers_seats_communities_and_lettered_parties() {
    let ex = run("The inquiry was led by Lord Brackley of Tarnmoor last year. Observers from the Southern Varnian Development Community said the vote was calm. The ruling Kanu-PF party won, and Sen. Ada Brell (R-AZ) objected.");
    let n = names(&ex);
    assert!(!n.contains(&"Tarnmoor"), "{n:?}");
    assert_eq!(kind(&ex, "Brackley"), Some(EntityKind::Person), "{n:?}");
    assert_eq!(
        kind(&ex, "Southern Varnian Development Community"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
    assert_eq!(
        kind(&ex, "Kanu-PF"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
    assert!(!n.contains(&"R-AZ"), "{n:?}");
}

#[test]
fn possessives_and_ampersands_inside_longer_names() {
    let ex = run("They visited the Tarnby Schoolchildren's Palace on Monday. The craft went to the Heritage Aviation & Space Museum of Keldry, Varnia. Underwriters Holt Feldman ran the auction.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Tarnby Schoolchildren's Palace"),
        Some(EntityKind::Place),
        "{n:?}"
    );
    assert!(
        n.contains(&"Heritage Aviation & Space Museum of Keldry"),
        "{n:?}"
    );
    assert!(!n.iter().any(|x| x.starts_with("Underwriters")), "{n:?}");
}

#[test]
fn a_letter_hyphened_to_a_common_noun_is_no_name() {
    let ex = run("He wore a Korvane T-shirt to school on Monday. The X-ray showed a break.");
    let n = names(&ex);
    assert!(n.contains(&"Korvane"), "{n:?}");
    assert!(!n.iter().any(|x| x.contains("T-shirt")), "{n:?}");
    assert!(!n.contains(&"X-ray"), "{n:?}");
}

#[test]
fn what_employs_or_is_owned_is_a_firm() {
    let ex = run("Catering staff employed by Brell Gourmet were sacked. The dispute at Brell Gourmet grew. Brell Gourmet, owned by the Tarnby Pacific Group, lost money.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Brell Gourmet"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
}

#[test]
fn the_sun_is_a_paper_only_where_it_prints() {
    let ex = run("The Sun newspaper published a photograph of the prince. He later told The Sun he was sorry.\n\nThe probe orbits the Sun every year. The Sun is hot.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "The Sun"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
    let paper = ex.entities.iter().position(|e| e.name == "The Sun");
    let sun = ex
        .mentions
        .iter()
        .flatten()
        .filter(|m| Some(m.entity) == paper)
        .count();
    assert_eq!(sun, 2, "the star is no mention of the paper: {n:?}");
}

#[test]
fn a_name_set_off_after_a_kind_of_place_is_that_place() {
    let ex = run("The probe landed on Varnia's largest moon, Keldry, on Friday. The president of the Tarnby region, Hal Brenner, spoke. In the capital, Brenner said no.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "Keldry"), Some(EntityKind::Place), "{n:?}");
    assert_eq!(kind(&ex, "Hal Brenner"), Some(EntityKind::Person), "{n:?}");
}
