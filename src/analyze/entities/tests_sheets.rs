//! End-to-end tests of match reports' team sheets and labels, initials
//! before a surname, a firm's head and owner, a generic word's possessive,
//! a nationality before a long name, ranks, and a number after "No.".

use super::tests_news::{kind, names, run};
use super::EntityKind;

#[test]
fn a_team_sheets_labels_are_no_names() {
    let ex = run("Dornley 1-0 Castlebrook\n\nDornley: Pask, Hibbern, Yobrin. Subs not used: Walley.\n\nAtt: 31,204\n\nRef: K Tamsett (Kent).");
    let n = names(&ex);
    for label in ["Att", "Ref"] {
        assert!(!n.contains(&label), "{label}: {n:?}");
    }
}

#[test]
fn initials_before_a_surname_stand_for_the_one_full_name_they_fit() {
    let ex = run("The referee, Keith Tamsett, sent off two players. Stephen Jorrow kicked three penalties and Steve Jorrow none.\n\nRef: K Tamsett. Wales: S Jorrow, D Penrice, M Lavery.");
    let n = names(&ex);
    let tamsett = ex.entities.iter().find(|e| e.name == "Keith Tamsett");
    assert!(
        tamsett.is_some_and(|e| e.aliases.contains(&"K Tamsett".to_string())),
        "{n:?}"
    );
    // Two full names fit "S Jorrow": it stays apart.
    assert!(n.contains(&"S Jorrow"), "{n:?}");
}

#[test]
fn a_firms_head_or_owner_names_the_firm() {
    let ex = run("He met the chief executive of Brallco on Monday. The retail tycoon, the owner of Tarvex and Quendle, made a bid. The chairman of Morvick resigned after the takeover of Dranfield.");
    let n = names(&ex);
    for firm in ["Brallco", "Tarvex", "Quendle", "Morvick", "Dranfield"] {
        assert_eq!(
            kind(&ex, firm),
            Some(EntityKind::Organization),
            "{firm}: {n:?}"
        );
    }
}

#[test]
fn a_generic_words_possessive_is_no_part_of_the_body_after_it() {
    let ex = run("The decision by the Bank's Monetary Policy Committee was expected. The Prime Minister's Office declined to comment.");
    let n = names(&ex);
    assert!(n.contains(&"Monetary Policy Committee"), "{n:?}");
    assert!(n.contains(&"Prime Minister's Office"), "{n:?}");
}

#[test]
fn a_nationality_before_a_long_name_only_describes_it() {
    let ex = run("The Finnish Ministry of Education, Culture, Sports, Science and Technology approved the textbook. Double Olympic champion Kelda Morrow will run.");
    let n = names(&ex);
    assert!(
        n.contains(&"Ministry of Education, Culture, Sports, Science and Technology"),
        "{n:?}"
    );
    assert!(!n.contains(&"Double Olympic"), "{n:?}");
    assert_eq!(kind(&ex, "Kelda Morrow"), Some(EntityKind::Person), "{n:?}");
}

#[test]
fn general_is_a_rank_before_a_name_and_an_adjective_before_a_word() {
    let ex = run("He was accompanied by KPA General Pak Su Il and KPA Generals Ri Chol Man and Jon Kwang Ho at KPA Unit 4127. Shares in General Electric fell.");
    let n = names(&ex);
    for person in ["Pak Su Il", "Ri Chol Man", "Jon Kwang Ho"] {
        assert_eq!(
            kind(&ex, person),
            Some(EntityKind::Person),
            "{person}: {n:?}"
        );
    }
    assert!(!n.iter().any(|x| x.starts_with("KPA General")), "{n:?}");
    assert_eq!(
        kind(&ex, "KPA Unit 4127"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
    assert!(n.contains(&"General Electric"), "{n:?}");
}

#[test]
fn research_names_who_made_it_and_general_heads_a_bodys_name() {
    let ex = run("Research by Pell Tarrant found that sales rose. He was accompanied by Ri Chol Man, deputy director of the General Political Bureau of the KPA.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Pell Tarrant"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
    assert!(n.contains(&"General Political Bureau of the KPA"), "{n:?}");
}

#[test]
fn a_bands_member_names_the_band_and_a_nationality_before_a_surname_folds() {
    let ex = run("Marrowbones singer Pete Dallow was arrested. Soul singer Jessa Stane won. Tarrick Wendell led after three rounds. South African Wendell finished second. The firm bought Cobalt Software of Hendleford.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Marrowbones"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
    assert_ne!(kind(&ex, "Soul"), Some(EntityKind::Organization), "{n:?}");
    let wendell = ex.entities.iter().find(|e| e.name == "Tarrick Wendell");
    assert!(
        wendell.is_some_and(|e| e.aliases.contains(&"South African Wendell".to_string())),
        "{n:?}"
    );
    assert_eq!(kind(&ex, "Hendleford"), Some(EntityKind::Place), "{n:?}");
}

#[test]
fn a_month_and_day_after_the_name_the_works() {
    let ex = run("Workers of the February 8 Varnalon Complex and the April 13 Ironworks met at the April 25 House of Culture. On April 15 Kim Il Sung spoke. The price of Brent crude fell. In the men's race, South African Hennick Ramalo won.");
    let n = names(&ex);
    for works in [
        "February 8 Varnalon Complex",
        "April 13 Ironworks",
        "April 25 House of Culture",
    ] {
        assert!(n.contains(&works), "{works}: {n:?}");
    }
    assert!(n.contains(&"Kim Il Sung"), "{n:?}");
    assert_eq!(kind(&ex, "Brent"), Some(EntityKind::Other), "{n:?}");
    assert_eq!(
        kind(&ex, "Hennick Ramalo"),
        Some(EntityKind::Person),
        "{n:?}"
    );
}

#[test]
fn a_korean_syllable_that_reads_as_a_function_word_stays_in_the_name() {
    let ex = run("He was accompanied by Pak To Chol and Kim In Sul. Do They Know was sung. A message went to Nguyen Van An, chairman of the assembly.");
    let n = names(&ex);
    for person in ["Pak To Chol", "Kim In Sul", "Nguyen Van An"] {
        assert_eq!(
            kind(&ex, person),
            Some(EntityKind::Person),
            "{person}: {n:?}"
        );
    }
    assert!(!n.iter().any(|x| x.starts_with("Do They")), "{n:?}");
}

#[test]
fn a_plural_role_before_one_name_is_a_side_and_shareholders_hold_a_firm() {
    let ex = run("Dornley moved within six points of leaders Chelsea. Shareholders in Tarnvale backed the plan.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Chelsea"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
    assert_eq!(
        kind(&ex, "Tarnvale"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
}

#[test]
fn an_order_is_an_award_a_member_belongs_to_a_body_and_towns_pair() {
    let ex = run("The decree awarded the Order of Kim Kyong Su to the college. The police arrested members of Tarnchongryon. The troupe will tour Hamhung and Sonballo.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Order of Kim Kyong Su"),
        Some(EntityKind::Other),
        "{n:?}"
    );
    assert_eq!(
        kind(&ex, "Tarnchongryon"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
    assert_eq!(kind(&ex, "Sonballo"), Some(EntityKind::Place), "{n:?}");
}

#[test]
fn a_channels_programme_a_teams_driver_and_a_test_match() {
    let ex = run("ITV's Carrow Street won best continuing drama, and the comedy series Dimbleton Hours won too. ITV's Michael Tay said so. Corvane driver Nick Heldt was third. England won the fourth Test.");
    let n = names(&ex);
    for show in ["Carrow Street", "Dimbleton Hours"] {
        assert_eq!(kind(&ex, show), Some(EntityKind::Other), "{show}: {n:?}");
    }
    assert_eq!(kind(&ex, "Michael Tay"), Some(EntityKind::Person), "{n:?}");
    assert_eq!(
        kind(&ex, "Corvane"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
    assert!(!n.contains(&"Test"), "{n:?}");
}

#[test]
fn a_sentences_opening_in_places_it_and_a_firms_word_ends_a_firm() {
    let ex = run("In Tadworth Vale, Mr Brell was challenged by Reg Dunmore. In Corvex's view, it is fine. The case began with a complaint by Ardent Microsystems in 1998.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "Tadworth Vale"), Some(EntityKind::Place), "{n:?}");
    assert_ne!(kind(&ex, "Corvex"), Some(EntityKind::Place), "{n:?}");
    assert_eq!(
        kind(&ex, "Ardent Microsystems"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
}

#[test]
fn a_version_is_of_a_product() {
    let ex = run("The firm is working on the next version of QuarnPress.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "QuarnPress"), Some(EntityKind::Other), "{n:?}");
}

#[test]
fn a_firm_joined_by_an_ampersand_is_whole_and_a_possessor_is_no_head() {
    let ex = run("Bank of America and Dorrow & Pelch have been named in lawsuits. Enrico Varnelli, the company's administrator, is suing the banks.");
    let n = names(&ex);
    assert!(n.contains(&"Bank of America"), "{n:?}");
    assert!(n.contains(&"Dorrow & Pelch"), "{n:?}");
    assert_eq!(
        kind(&ex, "Enrico Varnelli"),
        Some(EntityKind::Person),
        "{n:?}"
    );
}

#[test]
fn a_team_sheet_lists_its_players_and_their_substitutes() {
    let ex = run("Dornley beat Castlebrook on penalties on Wednesday night.\n\nDornley: Pask, Walsh (Yobrin 46), Quellan, Barker, Vesk (Ombray 112), Lurrin (Sadeck 85).\n\nSubs Not Used: Walley, Hughes, Norrat, Kelly.");
    let n = names(&ex);
    for player in [
        "Pask", "Walsh", "Yobrin", "Quellan", "Barker", "Vesk", "Ombray", "Lurrin", "Sadeck",
        "Walley", "Hughes", "Norrat", "Kelly",
    ] {
        assert_eq!(
            kind(&ex, player),
            Some(EntityKind::Person),
            "{player}: {n:?}"
        );
    }
}

#[test]
fn a_number_after_no_belongs_to_the_name_before_it() {
    let ex = run("The general inspected the Torvang Potato Farm No. 3 and the Brelling Middle School No. 1 on Tuesday. It was the No. 2 seed.");
    let n = names(&ex);
    assert!(n.contains(&"Torvang Potato Farm No. 3"), "{n:?}");
    assert_eq!(
        kind(&ex, "Brelling Middle School No. 1"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
    assert!(!n.iter().any(|n| n.starts_with("No")), "{n:?}");
}

#[test]
fn a_bodys_body_and_the_country_they_belong_to_are_one_name() {
    let ex = run("Tarn Velo, head of the Steering Board of the National Farmers Council of Peru, arrived on Monday.");
    let n = names(&ex);
    assert!(
        n.contains(&"Steering Board of the National Farmers Council of Peru"),
        "{n:?}"
    );
}

#[test]
fn a_royal_style_is_a_title_and_a_named_house_a_building() {
    let ex = run("She will be known as HRH The Duchess of Marlowe after the wedding, Clarence House said on Thursday.");
    let n = names(&ex);
    assert!(!n.contains(&"HRH"), "{n:?}");
    assert!(n.contains(&"Duchess of Marlowe"), "{n:?}");
    assert_eq!(
        kind(&ex, "Clarence House"),
        Some(EntityKind::Place),
        "{n:?}"
    );
}

#[test]
fn a_capital_a_in_a_list_of_players_is_an_initial() {
    let ex = run("Dornley won at home on Saturday.\n\nReplacements: F Quellan, M Tarrow, A Vesketh, D Lurrin, A Sadeck.\n\nA Dornley fan ran on.");
    let n = names(&ex);
    for player in ["A Vesketh", "A Sadeck"] {
        assert_eq!(
            kind(&ex, player),
            Some(EntityKind::Person),
            "{player}: {n:?}"
        );
    }
    assert!(!n.contains(&"A Dornley"), "{n:?}");
}

#[test]
fn a_moving_share_price_and_a_head_of_department_name_firms() {
    let ex = run("Brelco Tinto added 41p and Quandry Holt rose 2p to 352p. Richard Hollis, head of UK equities at Tarrant Lansdown, was upbeat.");
    let n = names(&ex);
    for firm in ["Brelco Tinto", "Quandry Holt", "Tarrant Lansdown"] {
        assert_eq!(
            kind(&ex, firm),
            Some(EntityKind::Organization),
            "{firm}: {n:?}"
        );
    }
}

#[test]
fn a_short_sentence_of_function_words_is_no_headline() {
    let ex =
        run("A ceremony was held on Friday.\n\nOfficials of the Narvo Peace Committee were there.");
    let n = names(&ex);
    assert!(n.contains(&"Narvo Peace Committee"), "{n:?}");
}

#[test]
fn the_name_before_mp_is_a_seat() {
    let ex =
        run("The Tarrowby MP was ordered out of the chamber. A Labour MP, Dennis Kell, objected.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "Tarrowby"), Some(EntityKind::Place), "{n:?}");
}

#[test]
fn a_quantity_with_its_unit_is_no_name_and_an_opening_rival_is_a_firm() {
    let ex = run("The player will cost $99 for a 512MB version, with a 3GHz chip. Rival Brisk Quorvex, whose player competes with it, said it was not worried.");
    let n = names(&ex);
    assert!(!n.contains(&"512MB") && !n.contains(&"3GHz"), "{n:?}");
    assert_eq!(
        kind(&ex, "Brisk Quorvex"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
}

#[test]
fn a_party_before_mp_is_the_partys_mention() {
    let ex = run("Veteran Labour MP Dorran Kell has been suspended from the chamber.");
    let n = names(&ex);
    assert!(n.contains(&"Labour Party"), "{n:?}");
    assert_eq!(kind(&ex, "Dorran Kell"), Some(EntityKind::Person), "{n:?}");
}
