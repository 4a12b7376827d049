//! End-to-end tests of the cues news writes around names: the noun before
//! "called" or "such as", what a firm is said to be, do or buy, a party
//! before its spokesman's office, a minister's offices, regions, initials
//! without dots, and long official names.

use super::tests_news::{kind, names, run};
use super::EntityKind;

#[test]
fn the_noun_before_called_says_what_a_name_is() {
    let ex = run("Two mail firms back a new system called TrustMarq. Fishermen left a village called Porvenna.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "TrustMarq"), Some(EntityKind::Other), "{n:?}");
    assert_eq!(kind(&ex, "Porvenna"), Some(EntityKind::Place), "{n:?}");
}

#[test]
fn things_such_as_these_are_things() {
    let ex = run("Computers were hijacked by viruses such as MyGrend and Kelsky last year.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "MyGrend"), Some(EntityKind::Other), "{n:?}");
    assert_eq!(kind(&ex, "Kelsky"), Some(EntityKind::Other), "{n:?}");
}

#[test]
fn a_title_opening_with_a_gerund_is_no_person() {
    let ex =
        run("Critics praised Finding Marrowby, and nominations for Saving Private Quell followed.");
    let n = names(&ex);
    assert_ne!(
        kind(&ex, "Finding Marrowby"),
        Some(EntityKind::Person),
        "{n:?}"
    );
    assert_ne!(
        kind(&ex, "Saving Private Quell"),
        Some(EntityKind::Person),
        "{n:?}"
    );
}

#[test]
fn a_name_based_somewhere_is_a_firm() {
    let ex =
        run("Rivals are worried. Corvane Holt, based in Singapore, said its player sold well.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Corvane Holt"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
}

#[test]
fn bros_ends_a_firms_name() {
    let ex = run("Garnet Bros, which distributed the film, said it was delighted.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Garnet Bros"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
}

#[test]
fn a_party_before_its_spokesmans_portfolio_is_a_name_of_its_own() {
    let ex = run("Lib Dem Treasury spokesman Orla Penn said so. The Tory Home Office minister Ned Vale agreed. Republican National Committee chairman Kip Lowe did not.");
    let n = names(&ex);
    assert!(n.contains(&"Liberal Democrats"), "{n:?}");
    assert!(n.contains(&"Home Office"), "{n:?}");
    assert!(n.contains(&"Republican National Committee"), "{n:?}");
    assert!(
        !n.iter().any(|x| x.ends_with("Treasury") && x.len() > 8),
        "{n:?}"
    );
}

#[test]
fn a_confederation_of_members_is_one_name() {
    let ex = run("The Confederation of Alpine Industry said firms wanted stability.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Confederation of Alpine Industry"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
}

#[test]
fn the_last_of_a_ministers_offices_is_no_name() {
    let ex = run("Yesterday the Trade and Industry Secretary Orla Penn spoke, and the Food and Rural Affairs Secretary Ned Vale agreed.");
    let n = names(&ex);
    assert!(!n.contains(&"Industry"), "{n:?}");
    assert!(!n.contains(&"Rural Affairs"), "{n:?}");
    assert_eq!(kind(&ex, "Orla Penn"), Some(EntityKind::Person), "{n:?}");
}

#[test]
fn a_long_name_counts_its_words_but_not_the() {
    let ex = run("The Velmar Society for the Study of the Juche Idea sent a letter. Crowds met at the Tomb of the Unknown Soldier.");
    let n = names(&ex);
    assert!(
        n.contains(&"Velmar Society for the Study of the Juche Idea"),
        "{n:?}"
    );
    assert_eq!(
        kind(&ex, "Tomb of the Unknown Soldier"),
        Some(EntityKind::Place),
        "{n:?}"
    );
}

#[test]
fn what_a_firm_is_said_to_be_or_do_types_it() {
    let ex = run("Vardo Arts, the world's biggest games publisher, has set up a division. Its rival Quenbry said it would cut prices. Lumen Fiddler, which runs the festival, agreed. Jill Parrow, a member of the legal team, did not. Security experts at Norvane said so.");
    let n = names(&ex);
    for firm in ["Vardo Arts", "Quenbry", "Lumen Fiddler", "Norvane"] {
        assert_eq!(
            kind(&ex, firm),
            Some(EntityKind::Organization),
            "{firm}: {n:?}"
        );
    }
    assert_eq!(kind(&ex, "Jill Parrow"), Some(EntityKind::Person), "{n:?}");
}

#[test]
fn what_a_firm_bought_is_a_firm() {
    let ex = run("Morvale, which bought Quellway last year, reports next week.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Quellway"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
}

#[test]
fn an_events_short_form_is_the_event() {
    let ex = run("Tam Hollis can keep his Olympic gold medal, the court ruled.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "Olympics"), Some(EntityKind::Event), "{n:?}");
}

#[test]
fn talks_end_an_events_name() {
    let ex = run("The Four-Nation Talks in Velm made no progress.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Four-Nation Talks"),
        Some(EntityKind::Event),
        "{n:?}"
    );
}

#[test]
fn a_region_of_compass_words_is_a_place() {
    let ex = run(
        "Voters in the North East rejected the plan, and no vote will be held in the South West.",
    );
    let n = names(&ex);
    assert_eq!(kind(&ex, "North East"), Some(EntityKind::Place), "{n:?}");
    assert_eq!(kind(&ex, "South West"), Some(EntityKind::Place), "{n:?}");
}

#[test]
fn initials_without_dots_before_a_surname_are_a_person() {
    let ex = run("The new book by JK Rowmore sold well, and fans of CS Lewis queued. The LA Sheriff said so.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "JK Rowmore"), Some(EntityKind::Person), "{n:?}");
    assert_eq!(kind(&ex, "CS Lewis"), Some(EntityKind::Person), "{n:?}");
    assert_ne!(kind(&ex, "LA Sheriff"), Some(EntityKind::Person), "{n:?}");
}

#[test]
fn a_country_ends_a_name_joined_by_for() {
    let ex = run("The Committee for the Peaceful Reunion of Korea issued a statement.");
    let n = names(&ex);
    assert!(
        n.contains(&"Committee for the Peaceful Reunion of Korea"),
        "{n:?}"
    );
}

#[test]
fn a_places_adjective_opens_no_persons_name() {
    let ex = run("Forlan, who left Old Quarford last year, scored twice.");
    let n = names(&ex);
    assert_ne!(kind(&ex, "Old Quarford"), Some(EntityKind::Person), "{n:?}");
}

#[test]
fn a_person_described_by_a_trade_that_names_firms_stays_a_person() {
    let ex = run("The nanny was employed by Kimberly Quell, the publisher of a weekly magazine, and a Filipina friend.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Kimberly Quell"),
        Some(EntityKind::Person),
        "{n:?}"
    );
    assert_eq!(kind(&ex, "Philippines"), Some(EntityKind::Place), "{n:?}");
}

#[test]
fn war_of_and_brothers_hold_names_together() {
    let ex =
        run("He starred in a remake of War of the Planets, released by Varner Brothers in June.");
    let n = names(&ex);
    assert!(n.contains(&"War of the Planets"), "{n:?}");
    assert_eq!(
        kind(&ex, "Varner Brothers"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
}

#[test]
fn a_ministers_portfolio_is_the_ministry_not_a_person() {
    let ex = run("He was met by Ro Chol Su, minister of Bolt-Casting Industry, and Vice-Minister Pak Song Gun. The Information Commissioner, Ned Vale, spoke, as did the Immigration Minister, Kay Orme.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Bolt-Casting Industry"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
    assert_eq!(kind(&ex, "Pak Song Gun"), Some(EntityKind::Person), "{n:?}");
    for junk in ["Vice-Minister Pak Song Gun", "Information", "Immigration"] {
        assert_eq!(kind(&ex, junk), None, "{junk}: {n:?}");
    }
    assert_eq!(kind(&ex, "Ned Vale"), Some(EntityKind::Person), "{n:?}");
}

#[test]
fn a_firm_is_what_is_floated() {
    let ex = run("Sales rose at Marrow Pictures, which was floated in New York last month.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Marrow Pictures"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
}

#[test]
fn a_bodys_coordinated_words_and_a_staff_members_employer() {
    let ex = run("The US Securities and Exchange Commission fined Rook Insight. Analyst Ben Tarrow of Zork Insight said so. He was held at Marrowby police station.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "US Securities and Exchange Commission"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
    assert_eq!(
        kind(&ex, "Zork Insight"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
    assert_eq!(kind(&ex, "Marrowby"), Some(EntityKind::Place), "{n:?}");
}

#[test]
fn offices_alone_are_no_names() {
    let ex = run("He was met by Vice-Marshals of the army Ri Yong Ho and Kim Chol.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "Vice-Marshals"), None, "{n:?}");
}

#[test]
fn a_government_named_after_its_leader_and_a_county_by_its_shire() {
    let ex = run("The Tarkozu government fell, and the Samoan government and the Labour government did not. Floods hit Brackenshire. Rim Sol Bong, minister of Fisheries, spoke.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "Tarkozu"), Some(EntityKind::Person), "{n:?}");
    assert_ne!(kind(&ex, "Samoan"), Some(EntityKind::Person), "{n:?}");
    assert_eq!(kind(&ex, "Brackenshire"), Some(EntityKind::Place), "{n:?}");
    assert_eq!(kind(&ex, "Rim Sol Bong"), Some(EntityKind::Person), "{n:?}");
}

#[test]
fn declarations_homelands_and_names_after_the() {
    let ex = run("They scuttled the May 3 East-West Joint Declaration, said the Committee for the Peaceful Unity of the Fatherland. Updates turn on the Zorbex Firewall. The Turkish Cypriot government spoke.");
    let n = names(&ex);
    // The date is part of the declaration's name after "the".
    assert_eq!(
        kind(&ex, "May 3 East-West Joint Declaration"),
        Some(EntityKind::Other),
        "{n:?}"
    );
    assert!(
        kind(&ex, "Committee for the Peaceful Unity of the Fatherland").is_some(),
        "{n:?}"
    );
    assert_ne!(
        kind(&ex, "Zorbex Firewall"),
        Some(EntityKind::Person),
        "{n:?}"
    );
    assert_eq!(kind(&ex, "Turkish Cypriot"), None, "{n:?}");
}

#[test]
fn a_presidium_or_cabinet_holds_its_of() {
    let ex = run("He met Yang Sol Bok, vice-president of the Presidium of the SPA, and officials of the Cabinet of the DPRK.");
    let n = names(&ex);
    assert!(kind(&ex, "Presidium of the SPA").is_some(), "{n:?}");
    assert!(kind(&ex, "Cabinet of the DPRK").is_some(), "{n:?}");
}

#[test]
fn a_trade_before_a_list_and_a_peoples_adjective_after_a_name() {
    let ex = run("Cable operators Zentl and Zelewest signed up customers. The Glorbin family owns the Tarrow Bay Raiders American football team. Nick Vale won the Tarrow Masters.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Zelewest"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
    assert!(kind(&ex, "Tarrow Bay Raiders").is_some(), "{n:?}");
    assert_eq!(
        kind(&ex, "Tarrow Masters"),
        Some(EntityKind::Event),
        "{n:?}"
    );
}

#[test]
fn long_bodies_drills_and_bracketed_branches() {
    let ex = run("Speakers included Ri Sol Gun, chairman of the Central Committee of the General Federation of Farm Unions of Korea. They staged the Iron Shield and Sea Hawk joint military exercises. He wrote to the Communist Party of Nepal (Unified Zorbist-Leninist).");
    let n = names(&ex);
    assert!(
        kind(&ex, "General Federation of Farm Unions of Korea").is_some(),
        "{n:?}"
    );
    assert_eq!(kind(&ex, "Iron Shield"), Some(EntityKind::Event), "{n:?}");
    assert_eq!(kind(&ex, "Sea Hawk"), Some(EntityKind::Event), "{n:?}");
    assert_eq!(
        kind(&ex, "Unified Zorbist-Leninist"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
}

#[test]
fn speakers_months_as_given_names_and_continents_ending_bodies() {
    let ex = run("Commons Speaker Tam Orrin ruled. UN envoy Jan Pronkel said so. In May Tony Vale said so. The Organisation for Trust and Co-operation in Europe met.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "Tam Orrin"), Some(EntityKind::Person), "{n:?}");
    assert_eq!(kind(&ex, "Jan Pronkel"), Some(EntityKind::Person), "{n:?}");
    assert_eq!(kind(&ex, "Tony Vale"), Some(EntityKind::Person), "{n:?}");
    assert!(
        kind(&ex, "Organisation for Trust and Co-operation in Europe").is_some(),
        "{n:?}"
    );
}

#[test]
fn a_bodys_headquarters_stand_in_a_place() {
    let ex = run("Zorbex's Tarrowby headquarters was hit by the departure of its boss.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "Tarrowby"), Some(EntityKind::Place), "{n:?}");
}

#[test]
fn an_abbreviated_mount_is_a_place() {
    let ex = run("Members visited the battle sites on Mt. Orrenbu.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "Mt. Orrenbu"), Some(EntityKind::Place), "{n:?}");
}

#[test]
fn rivals_opening_a_sentence_are_firms_unless_people() {
    let ex = run("Rivals Zorbaphone Warehouse and Tiskel complained. Bush attacked his rivals Tom Orrin and Ann Vale.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Zorbaphone Warehouse"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
    assert_eq!(kind(&ex, "Tiskel"), Some(EntityKind::Organization), "{n:?}");
    assert_eq!(kind(&ex, "Tom Orrin"), Some(EntityKind::Person), "{n:?}");
}

#[test]
fn all_mid_sentence_belongs_to_the_name() {
    let ex = run("He flew with All Zembla Airways. All the parties agreed.");
    let n = names(&ex);
    assert!(kind(&ex, "All Zembla Airways").is_some(), "{n:?}");
}
