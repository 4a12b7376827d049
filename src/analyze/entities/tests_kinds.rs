//! End-to-end tests of how discovery types and bounds a name: planets,
//! people whose surname is a kind word, cues only a person gives, things
//! named by the noun after them, companies' arms and airlines, terms and
//! labels that are no names, particles inside names, lower-case brands.

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
fn a_particle_ends_no_name_however_often_it_is_written_in_lower_case() {
    let ex = run("Mayor Bill de Blasio met Ana de Souza and Rui de Castro in La Paz, a de facto capital under de jure rule.\n\nThe businessman Rocky De La Fuente ran. Voters backed Rocky De La Fuente in May. The nominee Rocky De La Fuente won.");
    let n = names(&ex);
    assert!(n.contains(&"Rocky De La Fuente"), "{n:?}");
    assert!(!n.contains(&"Rocky De"), "{n:?}");
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
fn a_family_name_before_a_hyphenated_given_name_is_kept() {
    let ex = run("Son Ha-jun went closest for the visitors. Later, Son scored.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "Son Ha-jun"), Some(EntityKind::Person), "{n:?}");
}

#[test]
fn a_desk_adjective_in_a_byline_is_no_name() {
    let ex = run("By Tom Varsey, Political editor\n\nThe minister is facing pressure from Diplomatic sources.");
    let n = names(&ex);
    for bad in ["Political", "Diplomatic"] {
        assert!(!n.contains(&bad), "{n:?}");
    }
}
