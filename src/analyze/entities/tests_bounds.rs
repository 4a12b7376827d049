//! End-to-end tests of where discovery bounds a name: particles, opening
//! possessives, bracketed acronyms, "and", "of" and "on" inside names,
//! ranks, titles and letters around them, hyphens and legal forms.

use super::tests_news::{kind, names, run};
use super::EntityKind;

#[test]
fn a_particle_ends_no_name_however_often_it_is_written_in_lower_case() {
    let ex = run("Mayor Bill de Blasio met Ana de Souza and Rui de Castro in La Paz, a de facto capital under de jure rule.\n\nThe businessman Rocky De La Fuente ran. Voters backed Rocky De La Fuente in May. The nominee Rocky De La Fuente won.");
    let n = names(&ex);
    assert!(n.contains(&"Rocky De La Fuente"), "{n:?}");
    assert!(!n.contains(&"Rocky De"), "{n:?}");
}

#[test]
fn a_possessive_that_opens_a_name_stays_in_it() {
    let ex = run("Officials of the People's Republic of Zembla met on Monday. They praised the People's Liberation Front.");
    let n = names(&ex);
    assert!(n.contains(&"People's Republic of Zembla"), "{n:?}");
    assert!(n.contains(&"People's Liberation Front"), "{n:?}");
}

#[test]
fn an_acronym_in_brackets_holds_the_words_it_spells_together() {
    let ex = run("Firms including the Confederation of Zemblan Industry (CZI) warned about hiring. The CZI said more.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Confederation of Zemblan Industry"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
    assert!(!n.contains(&"Zemblan Industry"), "{n:?}");
}

#[test]
fn ordinary_words_either_side_of_and_stay_in_one_name() {
    let ex = run("The plant sold compressors to the Kim Chorak Iron and Steel Complex. Visitors toured the Vonsa Economic and Trade Zone. John Brown and Green Party members met.");
    let n = names(&ex);
    assert!(n.contains(&"Kim Chorak Iron and Steel Complex"), "{n:?}");
    assert!(n.contains(&"Vonsa Economic and Trade Zone"), "{n:?}");
    assert!(!n.contains(&"John Brown and Green Party"), "{n:?}");
}

#[test]
fn a_treaty_or_committee_on_a_subject_is_one_name() {
    let ex = run("Both states are bound by the Treaty on Strategic Partnership. The Committee on Ways and Means met. The Committee on Monday said little.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Treaty on Strategic Partnership"),
        Some(EntityKind::Other),
        "{n:?}"
    );
    assert_eq!(
        kind(&ex, "Committee on Ways and Means"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
    assert!(!n.iter().any(|x| x.contains("Monday")), "{n:?}");
}

#[test]
fn former_and_uk_police_ranks_are_no_part_of_a_name() {
    let ex = run("Former Zembla captain Alan Quorvel said the side lacked a striker.\n\nDet Ch Insp Sarah Vandell said the inquiry went on. Det Supt Mark Quill agreed.");
    let n = names(&ex);
    for person in ["Alan Quorvel", "Sarah Vandell", "Mark Quill"] {
        assert_eq!(kind(&ex, person), Some(EntityKind::Person), "{n:?}");
    }
    assert!(
        !n.iter()
            .any(|x| x.starts_with("Former") || x.starts_with("Det")),
        "{n:?}"
    );
}

#[test]
fn letters_after_a_name_and_a_respectful_title_are_no_part_of_it() {
    let ex = run("His lawyer, Helen Quorvel KC, said he would appeal.\n\nRespected Comrade Kim Jong Vun visited the plant.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Helen Quorvel"),
        Some(EntityKind::Person),
        "{n:?}"
    );
    assert!(n.contains(&"Kim Jong Vun"), "{n:?}");
    assert!(
        !n.iter()
            .any(|x| x.contains("KC") || x.contains("Respected")),
        "{n:?}"
    );
}

#[test]
fn a_trade_noun_before_a_firm_and_a_band_s_possessive_are_no_part_of_it() {
    let ex = run("Conglomerate Vonsa Group saw its shares plunge. The Quorvels' Apple Corps sued.\n\nThe Farmers' Union met at the Fishmongers' Hall. Zembla's Revolutionary Guard Corps (RGC) seized a tanker.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Vonsa Group"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
    assert!(n.contains(&"Apple Corps"), "{n:?}");
    assert!(n.contains(&"Farmers' Union"), "{n:?}");
    assert!(n.contains(&"Fishmongers' Hall"), "{n:?}");
    assert_eq!(
        kind(&ex, "Revolutionary Guard Corps"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
}

#[test]
fn a_festival_or_a_plain_of_somewhere_is_one_name() {
    let ex = run("Pilgrims gathered on the Plains of Zembla on Monday. He performed at the Winter Carnival of Magic. The Festival of Vonsa opened.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Plains of Zembla"),
        Some(EntityKind::Place),
        "{n:?}"
    );
    assert_eq!(
        kind(&ex, "Winter Carnival of Magic"),
        Some(EntityKind::Event),
        "{n:?}"
    );
    assert!(n.contains(&"Festival of Vonsa"), "{n:?}");
}

#[test]
fn a_person_named_after_a_firm_s_legal_form_is_split_off() {
    let ex = run("So said the chairman of Vonsa Motors LLC Jim Quorvel on Monday.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "Jim Quorvel"), Some(EntityKind::Person), "{n:?}");
    assert!(n.contains(&"Vonsa Motors LLC"), "{n:?}");
}

#[test]
fn a_hyphen_between_letters_does_not_make_another_name() {
    let ex = run("Pak Song-chol arrived on Monday. On Tuesday Pak Song Chol left for Vardana.");
    let n = names(&ex);
    let paks = n.iter().filter(|x| x.starts_with("Pak")).count();
    assert_eq!(paks, 1, "{n:?}");
}

#[test]
fn hyphenated_titles_and_bodies_of_chiefs_and_summits_hold() {
    let ex = run("Zemblan Secretary-General Olek Varnas spoke. The Joint Chiefs of Staff (JCS) said it detected launches. \"We are ready,\" the JCS said. Vardana hosted the Summit for Prosperity. A car hit her on Tolvey Embankment. National Security Adviser Ajit Varma and Brigadier General Ivo Tamm met the General Staff. The Chief of Staff resigned.");
    let n = names(&ex);
    for person in ["Olek Varnas", "Ajit Varma", "Ivo Tamm"] {
        assert_eq!(kind(&ex, person), Some(EntityKind::Person), "{n:?}");
    }
    assert_eq!(
        kind(&ex, "General Staff"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
    assert!(!n.contains(&"Staff"), "{n:?}");
    assert_eq!(
        kind(&ex, "Joint Chiefs of Staff"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
    assert_eq!(
        kind(&ex, "Summit for Prosperity"),
        Some(EntityKind::Event),
        "{n:?}"
    );
    assert_eq!(
        kind(&ex, "Tolvey Embankment"),
        Some(EntityKind::Place),
        "{n:?}"
    );
    let ex = run("He inspected the Kangrim Greenhouse Farm under construction, then the Sunmor Fertilizer Factory.");
    let n = names(&ex);
    for site in ["Kangrim Greenhouse Farm", "Sunmor Fertilizer Factory"] {
        assert_eq!(kind(&ex, site), Some(EntityKind::Place), "{n:?}");
    }
}

#[test]
fn a_legal_form_keeps_its_dot_and_ends_the_name() {
    let ex = run("Profits came from Bank of Zembla Corp. and Varco Chase & Co., who reported on Monday. Shares of Tolvey Motor Co. Ltd fell. The unit is run by Qarsen Asset Management, Inc. now.");
    let n = names(&ex);
    for name in [
        "Bank of Zembla Corp.",
        "Varco Chase & Co.",
        "Tolvey Motor Co. Ltd",
    ] {
        assert_eq!(kind(&ex, name), Some(EntityKind::Organization), "{n:?}");
    }
    assert!(!n.contains(&"Inc."), "{n:?}");
}

#[test]
fn a_family_name_before_a_hyphenated_given_name_is_kept() {
    let ex = run("Son Ha-jun went closest for the visitors. Later, Son scored.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "Son Ha-jun"), Some(EntityKind::Person), "{n:?}");
}

#[test]
fn a_state_agency_dateline_in_title_case_opens_the_sentence() {
    let ex = run("Varhala, January 15 (KCNA) -- The Missile Orvat Bureau of the DPRK conducted a test on Sunday.");
    let n = names(&ex);
    assert!(n.contains(&"Missile Orvat Bureau of the DPRK"), "{n:?}");
    assert_eq!(kind(&ex, "Varhala"), Some(EntityKind::Place), "{n:?}");
}

#[test]
fn after_a_title_a_month_is_a_given_name() {
    let ex = run("Dr Jan Orvalsk, a co-author, agreed. The deal was signed on Jan 5 in Varhala. Ms May Tessold spoke on Monday.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "Jan Orvalsk"), Some(EntityKind::Person), "{n:?}");
    assert_eq!(kind(&ex, "May Tessold"), Some(EntityKind::Person), "{n:?}");
    assert!(!n.contains(&"Jan"), "{n:?}");
}

#[test]
fn an_administrative_unit_of_a_place_is_one_name() {
    let ex = run("Requests came from the Municipality of Kestrum and the County of Varhala. The Prefecture of Tesvali agreed.");
    let n = names(&ex);
    for name in [
        "Municipality of Kestrum",
        "County of Varhala",
        "Prefecture of Tesvali",
    ] {
        assert!(n.contains(&name), "{name}: {n:?}");
    }
    assert!(!n.contains(&"Municipality"), "{n:?}");
}

#[test]
fn a_country_before_a_full_personal_name_is_no_part_of_it() {
    let ex = run("The order was signed by the President of the United States Marlon Oduya on Monday. Georgia May Renwick sang.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "Marlon Oduya"), Some(EntityKind::Person), "{n:?}");
    assert_eq!(kind(&ex, "United States"), Some(EntityKind::Place), "{n:?}");
    assert!(!n.iter().any(|m| m.contains("States Marlon")), "{n:?}");
    // A given name that is also a place opens the person's name.
    assert!(n.contains(&"Georgia May Renwick"), "{n:?}");
}

#[test]
fn a_member_of_a_body_is_no_part_of_its_name() {
    let ex = run("Members of the Zemblan Budget Committee disagreed. The town has always elected a Labour Member of Parliament.");
    let n = names(&ex);
    assert!(n.contains(&"Zemblan Budget Committee"), "{n:?}");
    assert!(!n.iter().any(|m| m.starts_with("Member")), "{n:?}");
}

#[test]
fn a_countrys_abbreviation_or_style_makes_no_other_entity() {
    let ex = run("The US Zemblan Survey reported the quake. Later the U.S. Zemblan Survey said aftershocks may follow.\n\nThe United States Zemblan Survey placed the epicentre at sea. The State of Texas sued, and Texas won.");
    let n = names(&ex);
    let surveys = n.iter().filter(|m| m.contains("Zemblan Survey")).count();
    assert_eq!(surveys, 1, "{n:?}");
    assert!(!n.contains(&"State of Texas"), "{n:?}");
    assert_eq!(kind(&ex, "Texas"), Some(EntityKind::Place), "{n:?}");
}

#[test]
fn a_middle_initial_makes_no_other_person() {
    let ex = run("Former adviser Marlon T. Oduya spoke on Monday.\n\nLater, Marlon Oduya said he would stay. Oduya left.");
    let n = names(&ex);
    let people = n.iter().filter(|m| m.contains("Oduya")).count();
    assert_eq!(people, 1, "{n:?}");
}

#[test]
fn a_party_member_before_a_name_is_no_part_of_it() {
    let ex = run("Democrat Rod Ostrava was released on Monday. Ostrava thanked his lawyers.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "Rod Ostrava"), Some(EntityKind::Person), "{n:?}");
    assert!(!n.iter().any(|m| m.starts_with("Democrat ")), "{n:?}");
}

#[test]
fn a_peerage_title_alone_is_no_name_a_style_is_a_person_and_a_title_after_a_given_name_is_a_surname(
) {
    let ex = run("The Duke and Duchess of Zembla arrived on Monday. Later the Duchess spoke. The Archbishop of Borovia blessed them. She won the Princess of Borovia Award.\n\nThe actor Winston Duke met Lisa Chancellor and the physicist Michel Mayor.");
    let n = names(&ex);
    assert!(!n.contains(&"Duke"), "{n:?}");
    assert!(!n.contains(&"Duchess"), "{n:?}");
    assert_ne!(
        kind(&ex, "Princess of Borovia Award"),
        Some(EntityKind::Person),
        "{n:?}"
    );
    for person in [
        "Winston Duke",
        "Lisa Chancellor",
        "Michel Mayor",
        "Duchess of Zembla",
        "Archbishop of Borovia",
    ] {
        assert_eq!(
            kind(&ex, person),
            Some(EntityKind::Person),
            "{person}: {n:?}"
        );
    }
}

#[test]
fn a_piece_too_long_for_one_name_splits_before_of_and_a_known_place() {
    let ex = run("Ri Son, chairman of the Zemblan State Affairs Relief Commission of the Democratic People's Republic of Korea, spoke.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Zemblan State Affairs Relief Commission"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
    assert_eq!(kind(&ex, "North Korea"), Some(EntityKind::Place), "{n:?}");
}

#[test]
fn an_office_after_a_title_and_its_of_is_the_titles() {
    let ex = run("Secretary of State Orla Quennell said it. The US Secretary of State Orla Quennell spoke.\n\nThe Wales First Minister Idris Pengwern met Plaid Cymru and Sinn Fein leaders.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Orla Quennell"),
        Some(EntityKind::Person),
        "{n:?}"
    );
    assert!(!n.contains(&"State Orla Quennell"), "{n:?}");
    assert_eq!(
        kind(&ex, "Idris Pengwern"),
        Some(EntityKind::Person),
        "{n:?}"
    );
    assert!(!n.iter().any(|x| x.contains("First")), "{n:?}");
    for party in ["Plaid Cymru", "Sinn Fein"] {
        assert_eq!(
            kind(&ex, party),
            Some(EntityKind::Organization),
            "{party}: {n:?}"
        );
    }
}

#[test]
fn an_ordinary_noun_of_another_is_one_title() {
    let ex =
        run("Critics praised Goblet of Fire on Monday. Later One of the Representatives spoke.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Goblet of Fire"),
        Some(EntityKind::Other),
        "{n:?}"
    );
    assert!(!n.contains(&"Fire") && !n.contains(&"Goblet"), "{n:?}");
    assert!(!n.iter().any(|x| x.starts_with("One of")), "{n:?}");
}
