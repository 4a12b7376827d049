//! End-to-end tests of who does what in a sentence: a title's portfolio,
//! one player beating another, a preposition's object that does not speak,
//! a list that begins after another name's "of", two bodies joined by
//! "and", a counted plural, a bare name beside a body, and a surname after
//! "Secretary of State".

use super::tests_news::{kind, names, run};
use super::EntityKind;

#[test]
fn a_titles_portfolio_is_no_name() {
    let ex = run("The UN High Commissioner for Refugees said the camps were full. Secretary of State for Work and Pensions Arlen Dutt agreed. The Director of Public Prosecutions declined to comment, as did the Minister for Varnland.");
    let n = names(&ex);
    for office in [
        "Refugees",
        "Work and Pensions",
        "Public Prosecutions",
        "UN High",
    ] {
        assert!(!n.contains(&office), "{office}: {n:?}");
    }
    assert_eq!(kind(&ex, "Arlen Dutt"), Some(EntityKind::Person), "{n:?}");
    assert!(n.contains(&"Varnland"), "{n:?}");
    let ex = run("The ceremony was attended by Kim Ung Gwan, minister of Land and Marine Transport. Vice-minister of Railways Kim Yong Sam spoke.");
    let n = names(&ex);
    for office in ["Land", "Marine Transport", "Railways"] {
        assert!(!n.contains(&office), "{office}: {n:?}");
    }
}

#[test]
fn a_player_beaten_by_a_player_is_a_person() {
    let ex = run("World number one Roger Kastell beat Lleyvan Dromitt in straight sets on Tuesday. Chelsea beat Arsenal 2-0.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Lleyvan Dromitt"),
        Some(EntityKind::Person),
        "{n:?}"
    );
}

#[test]
fn a_prepositions_object_does_not_speak() {
    let ex = run("A farmer from Quenby said the flood came at night. The chairman of Quenby said more. Residents in Quenby said the same.");
    let n = names(&ex);
    assert_ne!(kind(&ex, "Quenby"), Some(EntityKind::Person), "{n:?}");
}

#[test]
fn a_list_after_another_names_of_lists_people() {
    let ex = run("Stars including Chris Varden of Tallowmere, Bexo, Lira and Will Hadden sang on the record.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Tallowmere"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
    for person in ["Bexo", "Lira", "Will Hadden"] {
        assert_eq!(
            kind(&ex, person),
            Some(EntityKind::Person),
            "{person}: {n:?}"
        );
    }
}

#[test]
fn two_banks_joined_by_and_stay_two() {
    let ex = run(
        "The administrator is suing lenders including Corvex, Bank of Portugal and Deutsche Bank.",
    );
    let n = names(&ex);
    assert!(n.contains(&"Bank of Portugal"), "{n:?}");
    assert!(n.contains(&"Deutsche Bank"), "{n:?}");
    assert!(!n.iter().any(|x| x.contains(" and ")), "{n:?}");
}

#[test]
fn a_counted_plural_and_an_arrangement_are_no_people() {
    let ex = run("The Lions will play three Tests against the hosts. The Quota-Fibre Arrangement expired at the end of the year.");
    let n = names(&ex);
    assert!(!n.contains(&"Tests"), "{n:?}");
    assert_eq!(
        kind(&ex, "Quota-Fibre Arrangement"),
        Some(EntityKind::Other),
        "{n:?}"
    );
}

#[test]
fn a_bare_name_beside_a_clear_body_and_an_industry_body_are_bodies() {
    let ex = run("Fairlaw and Amnesty International welcomed the ruling. Tessitex, the European textile industry body, said jobs were at risk. Both claim Varo Islet. Books came from the Quillon Library.");
    let n = names(&ex);
    for body in ["Fairlaw", "Tessitex", "Quillon Library"] {
        assert_eq!(
            kind(&ex, body),
            Some(EntityKind::Organization),
            "{body}: {n:?}"
        );
    }
    assert_eq!(kind(&ex, "Varo Islet"), Some(EntityKind::Place), "{n:?}");
}

#[test]
fn a_given_name_in_ly_opens_a_sentence_and_the_clause_after_its_appositive_is_not_its() {
    let ex = run("Beverly Quarne, publisher of The Lantern, is the mother of a son. Baroness Kettle of the Shaws said the plans undermined the law.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Beverly Quarne"),
        Some(EntityKind::Person),
        "{n:?}"
    );
    assert_ne!(kind(&ex, "The Lantern"), Some(EntityKind::Person), "{n:?}");
    assert!(!n.contains(&"Shaws"), "{n:?}");
}

#[test]
fn an_operating_system_is_a_thing_and_workers_of_a_complex_are_no_name() {
    let ex = run("The firm favours the operating system Tuxen. Workers of the Ryo Chang Electric Locomotive Complex have produced new engines.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "Tuxen"), Some(EntityKind::Other), "{n:?}");
    assert!(
        n.contains(&"Ryo Chang Electric Locomotive Complex"),
        "{n:?}"
    );
    assert!(!n.iter().any(|x| x.starts_with("Workers")), "{n:?}");
}

#[test]
fn british_given_names_and_a_particles_tail_name_people() {
    let ex = run("Graeme Tollit beat Niall Varey 18-8 at the Crucible. Arsene Wenger accused Ruud van Kestelrooy of cheating. Wenger hits out at Van Kestelrooy.");
    let n = names(&ex);
    for person in ["Graeme Tollit", "Niall Varey", "Ruud van Kestelrooy"] {
        assert_eq!(
            kind(&ex, person),
            Some(EntityKind::Person),
            "{person}: {n:?}"
        );
    }
    assert!(!n.contains(&"Van Kestelrooy"), "{n:?}");
}

#[test]
fn an_honorific_vouches_for_a_surname_that_is_an_ordinary_word() {
    let ex = run("Mr Green said the plan was wrong. Later Mr Church agreed with Mr Field. Mr. President, do you agree?");
    let n = names(&ex);
    for person in ["Green", "Church", "Field"] {
        assert_eq!(
            kind(&ex, person),
            Some(EntityKind::Person),
            "{person}: {n:?}"
        );
    }
    assert!(!n.contains(&"President"), "{n:?}");
}

#[test]
fn a_verb_after_a_place_ends_no_modifier_and_a_known_body_keeps_its_nation() {
    let ex = run("The 20-year-old from Quarrington will release a single in March. The 30-year-old from Tollerby held off the challenge. Fraudsters posed as the British Red Cross. Sony BMG is re-releasing the records.");
    let n = names(&ex);
    for place in ["Quarrington", "Tollerby"] {
        assert_eq!(kind(&ex, place), Some(EntityKind::Place), "{place}: {n:?}");
    }
    for body in ["British Red Cross", "Sony BMG"] {
        assert_eq!(
            kind(&ex, body),
            Some(EntityKind::Organization),
            "{body}: {n:?}"
        );
    }
}

#[test]
fn a_model_word_makes_a_product_and_a_partys_member_leaves_the_place() {
    let ex = run(
        "The Quasar mini costs $499. Senator Dolan Varek, a New York Democrat, proposed a tariff.",
    );
    let n = names(&ex);
    assert_eq!(kind(&ex, "Quasar"), Some(EntityKind::Other), "{n:?}");
    assert_eq!(kind(&ex, "New York"), Some(EntityKind::Place), "{n:?}");
    assert!(!n.contains(&"New York Democrat"), "{n:?}");
}

#[test]
fn no_one_is_a_group() {
    let ex = run("Christian Vigil, a campaign group, published the addresses of executives.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Christian Vigil"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
}

#[test]
fn a_ministrys_listed_portfolios_end_before_the_next_and() {
    let ex = run("Present were officials of the Ministry of Education, Culture and Science and Jon Yong Sok, ambassador to Varnland.");
    let n = names(&ex);
    assert!(
        n.contains(&"Ministry of Education, Culture and Science"),
        "{n:?}"
    );
    assert_eq!(kind(&ex, "Jon Yong Sok"), Some(EntityKind::Person), "{n:?}");
}

#[test]
fn a_countrys_possessive_inside_a_bodys_for_stays_in_the_name() {
    let ex = run("The Pan-National Alliance for Moldova's Reunification released an appeal. Fans of the Recording Industries Association of Moldova's DMCA complained.");
    let n = names(&ex);
    assert!(
        n.contains(&"Pan-National Alliance for Moldova's Reunification"),
        "{n:?}"
    );
    assert!(
        !n.iter()
            .any(|x| x.ends_with("DMCA") && x.contains("Association")),
        "{n:?}"
    );
}

#[test]
fn a_surname_after_secretary_of_state_is_no_portfolio() {
    let ex = run("The remarks made by US Secretary of State Marsh and Assistant Secretary of State Birch were noted. Secretary of State Marsh left on Friday. The Work and Pensions Secretary said nothing.");
    let n = names(&ex);
    for person in ["Marsh", "Birch"] {
        assert_eq!(
            kind(&ex, person),
            Some(EntityKind::Person),
            "{person}: {n:?}"
        );
    }
    assert!(!n.contains(&"Work"), "{n:?}");
}
