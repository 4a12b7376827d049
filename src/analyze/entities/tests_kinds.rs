//! End-to-end tests of how discovery types a name: planets, people whose
//! surname is a kind word, cues only a person gives, things named by the
//! noun after them, companies' arms and airlines, terms and labels that are
//! no names, lower-case brands. Where a name starts and ends is tested in
//! `tests_bounds`.

use super::tests_news::{kind, names, run};
use super::EntityKind;

#[test]
fn a_planet_alone_is_a_place() {
    let ex = run("The probe landed back on Earth in May. A model of the Mars atmosphere shows oxygen throughout Mars.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "Earth"), Some(EntityKind::Place), "{n:?}");
    assert_eq!(kind(&ex, "Mars"), Some(EntityKind::Place), "{n:?}");
}

#[test]
fn a_given_name_before_day_is_a_person_and_a_headline_role_is_dropped() {
    let ex = run("Actor Dorinda Day dies at 97\n\nThe singer Dorinda Day died on Monday. Fans marked Labor Day and Victoria Day. Chrysler's president, Dorinda Press, agreed.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "Dorinda Day"), Some(EntityKind::Person), "{n:?}");
    assert!(!n.contains(&"Actor Dorinda Day"), "{n:?}");
    assert_eq!(kind(&ex, "Labor Day"), Some(EntityKind::Event), "{n:?}");
    assert_eq!(kind(&ex, "Victoria Day"), Some(EntityKind::Event), "{n:?}");
    assert_eq!(
        kind(&ex, "Dorinda Press"),
        Some(EntityKind::Person),
        "{n:?}"
    );
}

#[test]
fn the_noun_after_the_name_makes_it_a_thing() {
    let ex = run("Interns get laptops with the Zorvex operating system. Builds ran on Zorvex.\n\nDoctors tracked the Quellia virus in May.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "Zorvex"), Some(EntityKind::Other), "{n:?}");
    assert_eq!(kind(&ex, "Quellia"), Some(EntityKind::Other), "{n:?}");
}

#[test]
fn a_country_in_its_own_language_ends_a_company_arm() {
    let ex = run("In the past few years, Brovmart Polska has cut costs. Staff at Siemens Deutschland agreed.");
    let n = names(&ex);
    for arm in ["Brovmart Polska", "Siemens Deutschland"] {
        assert_eq!(kind(&ex, arm), Some(EntityKind::Organization), "{n:?}");
    }
}

#[test]
fn a_speaker_label_a_self_introduction_and_a_family_make_a_person() {
    let ex = run("Rich people and rich firms gain. Rich Quorvel spoke.\n\n((Rich Quorvel))  I'm Rich Quorvel and I run the project.\n\nThere was a lady there, Vandamma, she worked at the station. Vandamma and her husband left. We met Vandamma's son.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "Rich Quorvel"), Some(EntityKind::Person), "{n:?}");
    assert_eq!(kind(&ex, "Vandamma"), Some(EntityKind::Person), "{n:?}");
}

#[test]
fn a_term_defined_in_lower_case_and_a_currency_prefix_are_no_names() {
    let ex = run("Rats need the anterior cingulate cortex (ACC) to learn. Without the ACC they fail, said the Korean Central News Agency (KCNA).\n\nEvery month I pay Rs.2000 for it. He opposes VLT (variable loan tariffs, the subject of the bill). The VLT rules stand.");
    let n = names(&ex);
    for bad in ["ACC", "Rs", "VLT"] {
        assert!(!n.contains(&bad), "{bad} in {n:?}");
    }
    assert!(n.contains(&"Korean Central News Agency"), "{n:?}");
}

#[test]
fn a_leaders_rule_is_named_after_a_person() {
    let ex = run("Forces loyal to the Vasquor regime advanced. Vasquor's regime denied it.\n\nThe Pellam administration said so. Critics of the Pellam administration spoke.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "Vasquor"), Some(EntityKind::Person), "{n:?}");
    assert_eq!(kind(&ex, "Pellam"), Some(EntityKind::Person), "{n:?}");
}

#[test]
fn a_possessive_after_a_preposition_is_no_place_and_big_firms_are_known() {
    let ex = run("Thousands fled from Vasquor's forces.\n\nApple moved its Macs to Intel chips. Lockheed Martin won the contract.");
    let n = names(&ex);
    assert_ne!(kind(&ex, "Vasquor"), Some(EntityKind::Place), "{n:?}");
    for firm in ["Intel", "Lockheed Martin"] {
        assert_eq!(kind(&ex, firm), Some(EntityKind::Organization), "{n:?}");
    }
}

#[test]
fn named_days_airlines_and_hyphen_adjectives() {
    let ex = run("Voters went to the polls on Super Tuesday.\n\nGermany banned Qorvan Air from its airports.\n\nAntibodies came from Zelvora-infected mice.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "Super Tuesday"), Some(EntityKind::Event), "{n:?}");
    assert_eq!(
        kind(&ex, "Qorvan Air"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
    assert_ne!(kind(&ex, "Zelvora"), Some(EntityKind::Place), "{n:?}");
}

#[test]
fn a_brand_written_with_a_lower_case_i_is_a_product() {
    let ex = run("Apple sells songs on the iTunes Music Store and the new iPod Shuffle. Buyers of the iPod Shuffle were pleased.");
    let n = names(&ex);
    for product in ["iTunes Music Store", "iPod Shuffle"] {
        assert_eq!(kind(&ex, product), Some(EntityKind::Other), "{n:?}");
    }
    for part in ["Music Store", "Shuffle"] {
        assert!(!n.contains(&part), "{part} in {n:?}");
    }
}

#[test]
fn a_conference_of_members_is_an_organisation() {
    let ex = run("The National Conference of State Legislatures tracked the bills. Talks at the Conference of the Parties ended.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "National Conference of State Legislatures"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
    assert_eq!(
        kind(&ex, "Conference of the Parties"),
        Some(EntityKind::Event),
        "{n:?}"
    );
}

#[test]
fn a_given_name_alone_is_not_someone_of_another_article_and_philippines_is_a_place() {
    let article = |text: &str| vec![text.to_string()];
    let ex = super::extract(
        &[
            article("Representative Francis Rooney voted against the bill. Rooney said so."),
            article("Pope Francis met pilgrims. Francis spoke in the Philippines."),
            article("The Philippine government closed the network."),
        ],
        None,
    );
    let n = names(&ex);
    let rooney = ex.entities.iter().find(|e| e.name == "Francis Rooney");
    assert!(
        rooney.is_some_and(|e| !e.aliases.contains(&"Francis".to_string())),
        "{n:?}"
    );
    assert_eq!(kind(&ex, "Philippines"), Some(EntityKind::Place), "{n:?}");
}

#[test]
fn a_place_is_no_short_form_of_a_body_named_after_it() {
    let ex = run("A man was stabbed in Greater Wexford on Friday. Greater Wexford Police (GWP) said he died. The mayor of Greater Wexford spoke.\n\nWexbury MP Paul Quill will raise it. He lives on Oldham Road in Wexbury.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Greater Wexford"),
        Some(EntityKind::Place),
        "{n:?}"
    );
    assert_eq!(
        kind(&ex, "Greater Wexford Police"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
    assert_eq!(kind(&ex, "Wexbury"), Some(EntityKind::Place), "{n:?}");
}

#[test]
fn a_title_before_a_kind_word_names_the_body_or_the_place() {
    let ex = run("A delegation of the General Association of Zemblan Residents came. Jo met President Bill Vandell on King Street. The Minju Vonsa newspaper said so.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "General Association of Zemblan Residents"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
    assert_eq!(kind(&ex, "King Street"), Some(EntityKind::Place), "{n:?}");
    assert_eq!(kind(&ex, "Bill Vandell"), Some(EntityKind::Person), "{n:?}");
    assert_eq!(
        kind(&ex, "Minju Vonsa"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
}

#[test]
fn a_nation_s_adjective_before_an_acronym_names_the_country() {
    let ex = run("Stocks fell in Tokyo. The British QTSE, however, gained 0.77%.");
    let n = names(&ex);
    assert!(n.contains(&"QTSE"), "{n:?}");
    assert_eq!(
        kind(&ex, "United Kingdom"),
        Some(EntityKind::Place),
        "{n:?}"
    );
    assert!(!n.contains(&"British QTSE"), "{n:?}");
}

#[test]
fn a_paper_described_as_a_body_s_organ_is_an_organisation() {
    let ex = run("Vonsa Sinmun, organ of the Central Committee of the Zemblan Party, carried an editorial on Friday.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Vonsa Sinmun"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
}

#[test]
fn what_a_firm_does_before_its_name_makes_it_an_organisation() {
    let ex = run("The chipmaker Zorvex fell. The operator Quellnet said it would appeal.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "Zorvex"), Some(EntityKind::Organization), "{n:?}");
    assert_eq!(
        kind(&ex, "Quellnet"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
}

#[test]
fn a_bodys_possession_and_office_say_what_the_names_are() {
    let ex = run("The Zemblan party's Jairam Velankar accused the government. At the conference, Vantor general secretary Olga Brisk said the cut was wrong. Sales rose at the company's Widget Store.");
    let n = names(&ex);
    for person in ["Jairam Velankar", "Olga Brisk"] {
        assert_eq!(kind(&ex, person), Some(EntityKind::Person), "{n:?}");
    }
    assert_eq!(kind(&ex, "Vantor"), Some(EntityKind::Organization), "{n:?}");
    assert_eq!(kind(&ex, "Widget Store"), Some(EntityKind::Other), "{n:?}");
}

#[test]
fn a_common_word_before_the_nations_name_is_a_body() {
    let ex = run("Age UK said two million pensioners would suffer. Snow fell across Northern England on Monday.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "Age UK"), Some(EntityKind::Organization), "{n:?}");
    assert_eq!(
        kind(&ex, "Northern England"),
        Some(EntityKind::Place),
        "{n:?}"
    );
}

#[test]
fn a_region_adjective_after_a_preposition_keeps_the_place() {
    let ex = run("Troops clashed along the border in eastern Qarskand on Monday. Fighting spread into north-eastern Vorlandia. Rovers lost 2-1 at Brellfield earlier in the day.");
    let n = names(&ex);
    for place in ["Qarskand", "Vorlandia", "Brellfield"] {
        assert_eq!(kind(&ex, place), Some(EntityKind::Place), "{n:?}");
    }
}

#[test]
fn a_desk_adjective_in_a_byline_is_no_name() {
    let ex = run("By Tom Varsey, Political editor\n\nThe minister is facing pressure from Diplomatic sources.");
    let n = names(&ex);
    for bad in ["Political", "Diplomatic"] {
        assert!(!n.contains(&bad), "{n:?}");
    }
}

#[test]
fn a_company_name_before_other_words_names_its_product() {
    let ex = run("The software company Grey Fox said it would stop support. Grey Fox builds Grey Fox Enterprise Linux, and Grey Fox shares fell. Users of Grey Fox Enterprise Linux may move, Grey Fox said.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Grey Fox"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
    assert_eq!(
        kind(&ex, "Grey Fox Enterprise Linux"),
        Some(EntityKind::Other),
        "{n:?}"
    );
}

#[test]
fn a_ship_keeps_its_prefix_and_the_person_it_is_named_after() {
    let ex = run("The drills involved the USS Dorian Kessly. HMS King Orvald sailed from Varhala on Monday, and the MV Tessa ran aground. Later the Dorian Kessly sailed home.");
    let n = names(&ex);
    for ship in ["USS Dorian Kessly", "HMS King Orvald", "MV Tessa"] {
        assert_eq!(kind(&ex, ship), Some(EntityKind::Other), "{ship}: {n:?}");
    }
    assert!(
        !n.contains(&"Dorian Kessly") && !n.contains(&"USS"),
        "{n:?}"
    );
}

#[test]
fn currency_codes_are_no_names() {
    let ex = run("The state paid Rs 500 crore to Varhala, while investors put in GBP 20 million and INR 30 million.");
    let n = names(&ex);
    assert!(
        !n.iter().any(|x| matches!(*x, "Rs" | "GBP" | "INR")),
        "{n:?}"
    );
}

#[test]
fn a_long_city_in_capitals_before_a_colon_is_a_dateline() {
    let ex = run("KESTRUMAVAL: At least 37 people died after heavy rain in the hills, officials said on Tuesday.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "Kestrumaval"), Some(EntityKind::Place), "{n:?}");
}

#[test]
fn a_facility_noun_after_a_name_makes_it_a_place_and_a_share_price_no_speaker() {
    let ex = run("Flights landed at Dorian Kessly airport on Monday. Trains left Varhala station late. Shares in Orvatek added 3.1% on Friday.\n\nDrills began. The Ulmaran exercises ended on Sunday. Pilgrims left for the Tesvali pilgrimage.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "Dorian Kessly"), Some(EntityKind::Place), "{n:?}");
    assert_eq!(kind(&ex, "Varhala"), Some(EntityKind::Place), "{n:?}");
    assert_ne!(kind(&ex, "Orvatek"), Some(EntityKind::Person), "{n:?}");
    assert_eq!(kind(&ex, "Ulmaran"), Some(EntityKind::Event), "{n:?}");
    assert_eq!(kind(&ex, "Tesvali"), Some(EntityKind::Event), "{n:?}");
}

#[test]
fn a_national_legislature_is_a_body() {
    let ex = run("The bill passed in the Lok Sabha on Tuesday and went to the Rajya Sabha. The Storting debated it too.");
    let n = names(&ex);
    for body in ["Lok Sabha", "Rajya Sabha", "Storting"] {
        assert_eq!(
            kind(&ex, body),
            Some(EntityKind::Organization),
            "{body}: {n:?}"
        );
    }
}

#[test]
fn descriptions_after_a_name_type_it_and_honours_are_dropped() {
    let ex = run("Staff at the Queen Morwen Hospital Birmingham were praised. Judge Tavish Orrel KC said the case was grave. The crew includes Dorian Kessly, China's first female engineer. Slovak refiner Ulvatek was exempted.");
    let n = names(&ex);
    assert!(
        !matches!(
            kind(&ex, "Queen Morwen Hospital Birmingham"),
            None | Some(EntityKind::Person)
        ),
        "{n:?}"
    );
    assert_eq!(kind(&ex, "Tavish Orrel"), Some(EntityKind::Person), "{n:?}");
    assert_eq!(
        kind(&ex, "Dorian Kessly"),
        Some(EntityKind::Person),
        "{n:?}"
    );
    assert_eq!(
        kind(&ex, "Ulvatek"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
}

#[test]
fn a_meeting_is_an_event_and_a_session_alone_no_name() {
    let ex = run("The 12th Plenary Meeting of the 8th Central Committee of the Orvat Party was held. The 11th Session of the Varhala Assembly opened on Monday.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Plenary Meeting"),
        Some(EntityKind::Event),
        "{n:?}"
    );
    assert!(!n.contains(&"Session"), "{n:?}");
}

#[test]
fn a_constituency_is_a_place_and_a_laboratory_a_body() {
    let ex = run("Dorian Kessly, the Conservative MP for Varhalby, objected. Anna Orvat, MSP for Kestrum, agreed. Professor Roberto Orrel of the Ulvane Laboratory said so.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "Varhalby"), Some(EntityKind::Place), "{n:?}");
    assert_eq!(kind(&ex, "Kestrum"), Some(EntityKind::Place), "{n:?}");
    assert_eq!(
        kind(&ex, "Ulvane Laboratory"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
    assert!(!n.contains(&"MSP") && !n.contains(&"MP"), "{n:?}");
}

#[test]
fn a_maker_or_owner_after_by_is_a_firm_unless_a_person() {
    let ex = run("Faulty software made by Orvatek showed money missing. The tanker, owned by Sulvanflot, sank. The game was developed by Linus Orvalsk.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Orvatek"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
    assert_eq!(
        kind(&ex, "Sulvanflot"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
    assert_eq!(
        kind(&ex, "Linus Orvalsk"),
        Some(EntityKind::Person),
        "{n:?}"
    );
}
