//! End-to-end tests of names' forms and the words around them: a place
//! named alone before "for", a firm's production unit, a brand's plural,
//! a list with one event-shaped name, a title of two words joined by
//! "and", an appositive ending before the next sentence, a club's director
//! of rugby, the plural subject of "include", a thing set off after its
//! noun or counted, a firm's business, a co-star, an honour, a quoted
//! title after a work's noun, a lance corporal, a regiment "of", clubs in
//! a draw's report, a body's director, a studio, a trade opening the
//! sentence, a person's possession, a store, the seat of a name with "and",
//! plural roles opening a sentence, a role and two words before "of", "its"
//! headquarters.

use super::tests_news::{assert_kinds, kind, names, run};
use super::EntityKind;

#[test]
fn a_place_named_alone_is_for_no_event() {
    let ex = run("Tamsin Hale will travel to Doha for the Doha Kestrel Open next week.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "Doha"), Some(EntityKind::Place), "{n:?}");
    assert_eq!(
        kind(&ex, "Doha Kestrel Open"),
        Some(EntityKind::Event),
        "{n:?}"
    );
}

#[test]
fn a_production_unit_is_a_firm() {
    let ex = run(
        "A court ruled that the auction of Brelvaneft, the main production unit of \
        the oil firm, can go ahead next month.",
    );
    assert_eq!(
        kind(&ex, "Brelvaneft"),
        Some(EntityKind::Organization),
        "{:?}",
        names(&ex)
    );
}

#[test]
fn a_camel_cased_brand_and_its_plural_are_one_thing() {
    let ex = run(
        "The iTablet goes on sale in May. The firm sold four million iTablets in the \
        three months to December, and the iTablet is its best seller.",
    );
    let n = names(&ex);
    assert!(n.contains(&"iTablet"), "{n:?}");
    assert!(!n.contains(&"iTablets"), "{n:?}");
}

#[test]
fn one_event_shaped_name_does_not_make_a_list_of_events() {
    let ex = run(
        "Acts nominated include Crimson Day, Marlowex, Tallow Sisters and Quennet, \
        the organisers said.",
    );
    for name in ["Marlowex", "Quennet", "Tallow Sisters"] {
        assert_ne!(
            kind(&ex, name),
            Some(EntityKind::Event),
            "{name}: {:?}",
            names(&ex)
        );
    }
}

#[test]
fn two_ordinary_words_joined_by_and_are_one_title() {
    let ex = run(
        "The band are nominated for best album with Embers and Echoes, their second \
        record. Talks between Republicans and Democrats broke down. He called for a \
        return to a state of Peace and Security.",
    );
    let n = names(&ex);
    assert!(n.contains(&"Embers and Echoes"), "{n:?}");
    assert!(!n.contains(&"Embers") && !n.contains(&"Echoes"), "{n:?}");
    assert!(
        !n.iter().any(|name| name.starts_with("Republicans")),
        "{n:?}"
    );
    assert!(!n.contains(&"Peace and Security"), "{n:?}");
}

#[test]
fn an_appositive_ends_at_its_sentence() {
    let ex = run(
        "The minister urged both sides to return to talks at Fennick, the conciliation \
        service. A ballot of staff closes on Friday.",
    );
    assert_eq!(
        kind(&ex, "Fennick"),
        Some(EntityKind::Organization),
        "{:?}",
        names(&ex)
    );
}

#[test]
fn a_director_of_rugby_names_his_club() {
    let ex = run(
        "Harrowgate director of rugby Tom Pellow said he was pleased. The statement \
        from Harrowgate came on Monday.",
    );
    assert_eq!(
        kind(&ex, "Harrowgate"),
        Some(EntityKind::Organization),
        "{:?}",
        names(&ex)
    );
}

#[test]
fn the_plural_subject_of_include_names_what_the_list_is() {
    let ex = run(
        "Games on sale at the launch include Zelmora Quest, Brindle Touched and \
        Spiderine. Publishers developing titles include Quorvex and Bramblesoft.",
    );
    assert_kinds(
        &ex,
        &["Zelmora Quest", "Brindle Touched", "Spiderine"],
        EntityKind::Other,
    );
    assert_kinds(&ex, &["Quorvex", "Bramblesoft"], EntityKind::Organization);
}

#[test]
fn a_thing_set_off_after_its_noun_is_that_thing() {
    let ex = run(
        "Quorvex's new handheld games console, the ZX, was shown on Friday. The firm \
        hopes to sell five million ZX consoles by 2006.",
    );
    // An acronym leans to a body at each mention; the two cues outweigh it.
    assert_eq!(kind(&ex, "ZX"), Some(EntityKind::Other), "{:?}", names(&ex));
}

#[test]
fn a_firms_business_named_with_its_is_a_body() {
    let ex = run("The chain has also sold its Brelly Opticians business to a rival.");
    assert_eq!(
        kind(&ex, "Brelly Opticians"),
        Some(EntityKind::Organization),
        "{:?}",
        names(&ex)
    );
}

#[test]
fn a_co_star_is_a_role_and_an_honour_no_name() {
    let ex = run(
        "Marla Quent was awarded an MBE in 2000. Co-star Tobin Harrow said she was the \
        heart of the show.",
    );
    let n = names(&ex);
    assert!(n.contains(&"Tobin Harrow"), "{n:?}");
    assert!(!n.iter().any(|name| name.starts_with("Co-star")), "{n:?}");
    assert!(!n.contains(&"MBE"), "{n:?}");
}

#[test]
fn a_quotation_after_a_works_noun_is_a_title() {
    let ex = run(
        "Put on the stage were the song \"Let Us Hold Fast to the Banner of Juniper\" \
        and a dance \"Dance of Marrowind\". He starred in the film \"Stellar Quarrels\" \
        in 1977.",
    );
    let n = names(&ex);
    assert!(!n.iter().any(|name| name.contains("Juniper")), "{n:?}");
    assert!(!n.contains(&"Marrowind"), "{n:?}");
    // One name that is the whole title is the work.
    assert_eq!(
        kind(&ex, "Stellar Quarrels"),
        Some(EntityKind::Other),
        "{n:?}"
    );
}

#[test]
fn a_lance_corporal_and_a_regiment_of_are_whole() {
    let ex = run(
        "Lance Corporal Darren Quellby, 30, was cleared. He served with the 1st \
        Battalion, Royal Regiment of Fusiliers, in Basra.",
    );
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Darren Quellby"),
        Some(EntityKind::Person),
        "{n:?}"
    );
    assert!(!n.iter().any(|name| name.starts_with("Lance")), "{n:?}");
    assert!(n.contains(&"Royal Regiment of Fusiliers"), "{n:?}");
}

#[test]
fn a_draw_report_names_clubs_after_their_towns() {
    let ex = run(
        "Last year's holders Porto face Bristol in the last 16 of the Champions League, with the \
        first leg in February. Leeds take on Dundee. Bristol coach Carlo Venti said his \
        side were not afraid. The draw was made at the league's headquarters.",
    );
    assert_kinds(
        &ex,
        &["Porto", "Leeds", "Bristol"],
        EntityKind::Organization,
    );
}

#[test]
fn a_director_after_a_name_and_a_studio_make_bodies() {
    let ex = run(
        "Quellton director Sir Amos Brindle said the prize was a strong one. Works of \
        the Harrowby Art Studio were on show. Sporting director Frank Dollan left.",
    );
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Quellton"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
    assert_eq!(
        kind(&ex, "Harrowby Art Studio"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
    assert!(!n.contains(&"Sporting"), "{n:?}");
}

#[test]
fn a_trade_opening_the_sentence_is_no_part_of_the_name() {
    let ex = run(
        "Studio Quorvex Bros said the opening was better than expected. Label Brellin \
        Records said the band would tour.",
    );
    let n = names(&ex);
    assert!(n.contains(&"Quorvex Bros"), "{n:?}");
    assert!(n.contains(&"Brellin Records"), "{n:?}");
}

#[test]
fn a_persons_possession_and_a_store_are_no_people() {
    let ex = run(
        "The family was kept at the singer's Quillstone ranch for a month. She had lied \
        in a lawsuit against the department store Harlow Penwick.",
    );
    let n = names(&ex);
    assert_eq!(kind(&ex, "Quillstone"), Some(EntityKind::Place), "{n:?}");
    assert_eq!(
        kind(&ex, "Harlow Penwick"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
}

#[test]
fn the_seat_of_a_name_with_and_is_one_place() {
    let ex = run(
        "Mr Dallow has won the east London seat of Quarrel Green and Fenny for his \
        party, defeating the sitting member by 823 votes.",
    );
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Quarrel Green and Fenny"),
        Some(EntityKind::Place),
        "{n:?}"
    );
}

#[test]
fn plural_roles_opening_a_sentence_are_no_part_of_a_name() {
    let ex = run(
        "Co-founders Stewart Quillan and Caterina Brask will join the firm. Reporters \
        Without Borders said the deal was welcome.",
    );
    let n = names(&ex);
    assert!(n.contains(&"Stewart Quillan"), "{n:?}");
    assert!(
        !n.iter().any(|name| name.starts_with("Co-founders")),
        "{n:?}"
    );
    assert!(n.contains(&"Reporters Without Borders"), "{n:?}");
}

#[test]
fn a_role_and_two_words_before_of_are_a_person_of_a_body() {
    let ex = run(
        "Shares rose 2p. Analyst Tobin Black of Shore Capital said the plan was \
        sensible.",
    );
    let n = names(&ex);
    assert_eq!(kind(&ex, "Tobin Black"), Some(EntityKind::Person), "{n:?}");
    assert_eq!(
        kind(&ex, "Shore Capital"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
}

#[test]
fn a_bodys_headquarters_after_its_stand_in_a_place() {
    let ex = run("The group is to shed 750 jobs at its Quenby headquarters.");
    assert_eq!(
        kind(&ex, "Quenby"),
        Some(EntityKind::Place),
        "{:?}",
        names(&ex)
    );
}
