//! End-to-end tests of the rules that make discovery generalise to unseen
//! news: organisation cues, clubs, parties, given names and short forms;
//! and the helpers the other end-to-end test files share. Datelines and
//! headlines are tested in `tests_text_forms`.

use super::*;

pub(super) fn run(text: &str) -> Extraction {
    let blocks: Vec<String> = text.split("\n\n").map(str::to_string).collect();
    extract(std::slice::from_ref(&blocks), None)
}

pub(super) fn kind(ex: &Extraction, name: &str) -> Option<EntityKind> {
    ex.entities.iter().find(|e| e.name == name).map(|e| e.kind)
}

pub(super) fn names(ex: &Extraction) -> Vec<&str> {
    let mut v: Vec<&str> = ex.entities.iter().map(|e| e.name.as_str()).collect();
    v.sort_unstable();
    v
}

/// Asserts that `name` is found in `text`, an entity of `expected` kind.
pub(super) fn assert_kind(text: &str, name: &str, expected: EntityKind) {
    assert_kinds(&run(text), &[name], expected);
}

/// Asserts that each of `wanted` is an entity of `expected` kind, naming it
/// and listing every name found when one is not.
pub(super) fn assert_kinds(ex: &Extraction, wanted: &[&str], expected: EntityKind) {
    for name in wanted {
        assert_eq!(kind(ex, name), Some(expected), "{name}: {:?}", names(ex));
    }
}

/// Asserts that no name found satisfies `unwanted`, listing every name
/// found when one does.
pub(super) fn assert_no_name(ex: &Extraction, unwanted: impl Fn(&str) -> bool) {
    let found = names(ex);
    assert!(!found.iter().any(|n| unwanted(n)), "{found:?}");
}

#[test]
fn holdings_and_staff_point_to_organisations() {
    let ex = run("Investors bought shares in Ekaterra and a stake in Six Nations Rugby. Analysts at Bernstein and economists at Capital Economics were unsure, according to The Information.");
    for org in [
        "Ekaterra",
        "Six Nations Rugby",
        "Bernstein",
        "Capital Economics",
        "The Information",
    ] {
        assert_eq!(
            kind(&ex, org),
            Some(EntityKind::Organization),
            "{org}: {:?}",
            names(&ex)
        );
    }
}

#[test]
fn football_clubs_are_organisations() {
    let ex = run("Wolverhampton Wanderers beat Chelsea 2-1 on Saturday. Chelsea manager Enzo Maresca said Chelsea fans deserved better. Manchester City were held by Newcastle United, and Arsenal face Aston Villa next.");
    for club in [
        "Wolverhampton Wanderers",
        "Chelsea",
        "Manchester City",
        "Newcastle United",
    ] {
        assert_eq!(
            kind(&ex, club),
            Some(EntityKind::Organization),
            "{club}: {:?}",
            names(&ex)
        );
    }
    assert_eq!(kind(&ex, "Enzo Maresca"), Some(EntityKind::Person));
}

#[test]
fn parties_outlets_and_institutions() {
    let ex = run("Labour leader Keir Starmer told BBC Sport that the Conservatives and the Liberal Democrats had failed. Reform UK leader Nigel Farage disagreed, and the Treasury declined to comment. In Iowa, the Democratic primary drew crowds.");
    let n = names(&ex);
    assert!(!n.contains(&"Democratic"), "{n:?}");
    for org in [
        "Democratic Party",
        "Labour Party",
        "Conservative Party",
        "Liberal Democrats",
        "Reform UK",
        "BBC Sport",
        "Treasury",
    ] {
        assert_eq!(
            kind(&ex, org),
            Some(EntityKind::Organization),
            "{org}: {n:?}"
        );
    }
    assert_eq!(kind(&ex, "Keir Starmer"), Some(EntityKind::Person));
    assert_eq!(kind(&ex, "Nigel Farage"), Some(EntityKind::Person));
}

#[test]
fn a_person_needs_a_given_name_or_a_cue() {
    let ex = run("Goldman Sachs raised its forecast while Sky Sports reported the deal. Bank of England Governor Andrew Bailey spoke, and Mukhtar Babayev said talks would go on. Babayev left.");
    assert_ne!(kind(&ex, "Goldman Sachs"), Some(EntityKind::Person));
    assert_eq!(kind(&ex, "Sky Sports"), Some(EntityKind::Organization));
    assert_eq!(kind(&ex, "Andrew Bailey"), Some(EntityKind::Person));
    assert_eq!(kind(&ex, "Mukhtar Babayev"), Some(EntityKind::Person));
    assert!(!names(&ex).contains(&"Babayev"));
}

#[test]
fn short_forms_join_their_full_names() {
    let ex = run("Lloyds Banking Group fell. Lloyds said costs rose. Marine Le Pen voted. Le Pen told TF1 the Associated Press was wrong, AP said. The UK Health Security Agency (UKHSA) agreed.");
    let n = names(&ex);
    for short in ["Lloyds", "Le Pen", "AP", "UKHSA"] {
        assert!(!n.contains(&short), "{short} in {n:?}");
    }
    for full in [
        "Lloyds Banking Group",
        "Marine Le Pen",
        "Associated Press",
        "UK Health Security Agency",
    ] {
        assert!(n.contains(&full), "{full} missing in {n:?}");
    }
}

#[test]
fn leading_words_name_the_longer_name_only_after_it() {
    // Named first, the maker stays itself; named after, the court is short
    // for the longer name; a firm's legal form never makes a second firm.
    let ex = run("The software firm Blue Lantern sold Blue Lantern Desktop Server to schools. Staff at Blue Lantern agreed.\n\nThe Supreme Court of Cassation ruled. The Supreme Court said more.\n\nShares in Teal Wings rose, Teal Wings Group PLC said.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Blue Lantern"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
    assert!(n.contains(&"Blue Lantern Desktop Server"), "{n:?}");
    assert!(!n.contains(&"Supreme Court"), "{n:?}");
    assert!(!n.contains(&"Teal Wings"), "{n:?}");
}

#[test]
fn gangs_troupes_and_party_members_are_groups_unless_a_role_follows() {
    let ex = run("Police said the Iron Wolves biker gang fought the Velvet Stars dance troupe. Members of the Green Dawn Democrats protested. On Monday, Tarik Oberon, a Marrow gang leader, was arrested.");
    let n = names(&ex);
    for org in ["Iron Wolves", "Velvet Stars", "Green Dawn Democrats"] {
        assert_eq!(
            kind(&ex, org),
            Some(EntityKind::Organization),
            "{org}: {n:?}"
        );
    }
    assert_eq!(kind(&ex, "Tarik Oberon"), Some(EntityKind::Person), "{n:?}");
}

#[test]
fn names_listed_together_share_a_kind_and_peoples_are_no_names() {
    // Nothing but the list says what Quorvex and Zandrel are; "next to"
    // outweighs a given name; a counted people is no name.
    let ex = run("The hall held Quorvex, Microsoft, Zandrel and Ubisoft booths. The village lies next to Genova. Three American Samoans sued the government.");
    let n = names(&ex);
    for org in ["Quorvex", "Zandrel"] {
        assert_eq!(
            kind(&ex, org),
            Some(EntityKind::Organization),
            "{org}: {n:?}"
        );
    }
    assert_eq!(kind(&ex, "Genova"), Some(EntityKind::Place), "{n:?}");
    for bad in ["Three American Samoans", "American Samoans"] {
        assert!(!n.contains(&bad), "{bad} in {n:?}");
    }
}

#[test]
fn an_english_word_after_a_weak_ending_continues_the_name() {
    // "Red Hat Enterprise Linux" is one product, "Refugee Council Enver
    // Solomon" two names.
    let ex = run("Schools moved to Green Cap Enterprise Quorx last year. Refugee Council Enver Solomon disagreed.");
    let n = names(&ex);
    assert!(n.contains(&"Green Cap Enterprise Quorx"), "{n:?}");
    assert!(!n.contains(&"Enterprise Quorx"), "{n:?}");
    assert!(n.contains(&"Enver Solomon"), "{n:?}");
}

#[test]
fn a_star_in_the_sky_is_no_film_star() {
    let ex = run("Astronomers watched the star QX Lyrae. The host star QX Lyrae is a young star. Film star Dana Whitfield attended.");
    let n = names(&ex);
    assert_ne!(kind(&ex, "QX Lyrae"), Some(EntityKind::Person), "{n:?}");
    assert_eq!(
        kind(&ex, "Dana Whitfield"),
        Some(EntityKind::Person),
        "{n:?}"
    );
}

#[test]
fn an_elided_particle_continues_a_name_and_opens_none() {
    let ex = run("Biologist Patrizia d'Ettorre spoke to Marco d’Alessi about the Grotte de l’Ouzé site. Later, d’Ettorre left.");
    let n = names(&ex);
    assert!(n.contains(&"Patrizia d'Ettorre"), "{n:?}");
    assert!(n.contains(&"Marco d’Alessi"), "{n:?}");
    assert!(
        !n.iter().any(|x| x.starts_with("l’") || x.starts_with("d’")),
        "{n:?}"
    );
}

#[test]
fn a_hyphen_adjective_is_no_name() {
    let ex =
        run("Doctors treated HIV-positive patients with Windows-compatible pumps from Medtronic in ISIL-held towns.");
    let n = names(&ex);
    for bad in ["HIV-positive", "Windows-compatible", "ISIL-held"] {
        assert!(!n.contains(&bad), "{bad} in {n:?}");
    }
}

#[test]
fn names_with_possessives_prefixes_and_ordinals_stay_whole() {
    let ex = run("The National Farmers' Union met at St Michael's Church near St James' Park. The World Anti-Doping Agency and the Royal College of Paediatrics and Child Health agreed, as did First West Yorkshire. Senators Susan Collins and Detective Constable Aisha Rahman spoke at Prime Minister's Questions.");
    let n = names(&ex);
    for want in [
        "National Farmers' Union",
        "St Michael's Church",
        "St James' Park",
        "World Anti-Doping Agency",
        "Royal College of Paediatrics and Child Health",
        "First West Yorkshire",
        "Susan Collins",
        "Aisha Rahman",
    ] {
        assert!(n.contains(&want), "{want} missing in {n:?}");
    }
    assert_eq!(kind(&ex, "St Michael's Church"), Some(EntityKind::Place));
    assert!(
        !n.iter()
            .any(|x| *x == "Questions" || x.starts_with("Senators")),
        "{n:?}"
    );
}

#[test]
fn a_description_before_a_given_name_is_split_off() {
    let ex = run("The video featured Scientologist Tom Cruise. Founder L. Ron Hubbard wrote it, and referee Farouk Ben Mustapha watched.");
    let n = names(&ex);
    assert!(n.contains(&"Tom Cruise"), "{n:?}");
    assert!(!n.iter().any(|x| x.contains("Scientologist")), "{n:?}");
    assert!(n.contains(&"L. Ron Hubbard"), "{n:?}");
    assert!(n.contains(&"Farouk Ben Mustapha"), "{n:?}");
}

#[test]
fn company_cues_and_nationalities_in_a_business_story() {
    let ex = extract(
        &[
            vec!["Irish low-cost airline, Zephyrair, ordered five jets.".to_string(),
                "The best performer was the Old Mutual insurance company, while Japanese stocks fell.".to_string(),
                "Analysts said Ford shares rose.".to_string()],
            vec!["The carmaker said the Ford Taurus would return.".to_string()],
        ],
        None,
    );
    assert_eq!(kind(&ex, "Zephyrair"), Some(EntityKind::Organization));
    assert_eq!(kind(&ex, "Old Mutual"), Some(EntityKind::Organization));
    assert_eq!(kind(&ex, "Japan"), Some(EntityKind::Place));
    assert_ne!(kind(&ex, "Ford Taurus"), Some(EntityKind::Person));
}

#[test]
fn firms_joined_by_an_ampersand_tickers_and_codes() {
    let ex = run("Shares in Procter & Gamble rose, while Marks & Spencer fell. Quillfeather (NYSE: QLF) said its C.E.O. would stay.\n\nThe Skyliner A390 carries 8GB of data; SARS-CoV-2 spread.");
    let n = names(&ex);
    for firm in ["Procter & Gamble", "Marks & Spencer"] {
        assert_eq!(kind(&ex, firm), Some(EntityKind::Organization), "{n:?}");
    }
    for bad in ["Procter", "Gamble", "Spencer", "QLF", "C.E.O."] {
        assert!(!n.contains(&bad), "{bad} in {n:?}");
    }
    for code in ["8GB", "SARS-CoV-2"] {
        assert_ne!(kind(&ex, code), Some(EntityKind::Organization), "{n:?}");
    }
}

#[test]
fn people_by_death_places_by_direction_and_a_given_name_beside_an_acronym() {
    let ex = extract(
        &[
            vec!["Zoltan Brimble has died, his band said. The storm passed north of Quenmore and reached the island Tarvos.".to_string()],
            vec!["TED said it would publish the talk, and Ted Wrathall agreed.".to_string()],
        ],
        None,
    );
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Zoltan Brimble"),
        Some(EntityKind::Person),
        "{n:?}"
    );
    assert_eq!(kind(&ex, "Quenmore"), Some(EntityKind::Place), "{n:?}");
    assert_eq!(kind(&ex, "Tarvos"), Some(EntityKind::Place), "{n:?}");
    assert_eq!(kind(&ex, "Ted Wrathall"), Some(EntityKind::Person), "{n:?}");
}

#[test]
fn arabic_articles_plural_heads_and_offices_inside_names() {
    let ex = run("President Bashar al-Assad met the Centers for Disease Control and Prevention. Later, Assad said the Royal Courts of Justice would rule.\n\nAmnesty International said the House would vote.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Bashar al-Assad"),
        Some(EntityKind::Person),
        "{n:?}"
    );
    for org in [
        "Centers for Disease Control and Prevention",
        "Royal Courts of Justice",
        "Amnesty International",
    ] {
        assert_eq!(kind(&ex, org), Some(EntityKind::Organization), "{n:?}");
    }
    for bad in ["Assad", "Bashar", "Prevention", "Royal Courts of"] {
        assert!(!n.contains(&bad), "{bad} in {n:?}");
    }
}

#[test]
fn numbered_names_and_lone_personal_names() {
    let ex = run("Passengers left Terminal 3 as Apollo 17 flew. Garuda Indonesia Flight 200 landed.\n\nGloria laughed. Later, Marx wrote again.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "Terminal 3"), Some(EntityKind::Place), "{n:?}");
    assert_eq!(kind(&ex, "Apollo 17"), Some(EntityKind::Event), "{n:?}");
    assert!(n.contains(&"Garuda Indonesia"), "{n:?}");
    assert!(!n.iter().any(|x| x.contains("Flight")), "{n:?}");
    assert_eq!(kind(&ex, "Gloria"), Some(EntityKind::Person), "{n:?}");
    assert_eq!(kind(&ex, "Marx"), Some(EntityKind::Person), "{n:?}");
}

#[test]
fn a_storm_by_its_given_name_and_an_eponym() {
    let ex = run("Hurricane Dorian hit the Bahamas. Dorian then moved north. Her father has Parkinson's disease.");
    let n = names(&ex);
    assert!(!n.contains(&"Dorian"), "{n:?}");
    assert_ne!(kind(&ex, "Parkinson"), Some(EntityKind::Person), "{n:?}");
}

#[test]
fn a_prefixed_name_modifies_and_joins_nothing() {
    let ex = run(
        "Voters backed the pro-Beijing Zentral Alliance and the anti-Qorvath Front in the poll.",
    );
    let n = names(&ex);
    assert!(!n.iter().any(|x| x.starts_with("Beijing ")), "{n:?}");
    assert!(!n.iter().any(|x| x.starts_with("Qorvath ")), "{n:?}");
}

#[test]
fn storm_names_end_at_the_given_name_and_residents_are_no_name() {
    let ex = run("The National Hurricane Center issued Hurricane Zelda Intermediate Advisory Number 25A. Brisbanians and E. Smith watched; J. waited.");
    let n = names(&ex);
    assert!(n.contains(&"Hurricane Zelda"), "{n:?}");
    assert_eq!(
        kind(&ex, "National Hurricane Center"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
    for bad in ["Brisbanians", "J."] {
        assert!(!n.contains(&bad), "{bad} in {n:?}");
    }
}

#[test]
fn a_definition_outweighs_prepositions_unless_the_name_is_an_object() {
    let ex = run("Blorptest is an open-source game. Players build in Blorptest. Mods run in Blorptest and on Blorptest.\n\nThe Zephone developed by Quarnix is a device for calls. Shares in Quarnix rose.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "Blorptest"), Some(EntityKind::Other), "{n:?}");
    assert_ne!(kind(&ex, "Quarnix"), Some(EntityKind::Other), "{n:?}");
}

#[test]
fn people_listed_after_a_plural_or_described_as_a_woman_stay_people() {
    let ex = run("Guests included publishers Jann Vellor of Stone Weekly.\n\nMarta Quibell, an Australian woman, left the group. Later Marta Quibell spoke.\n\nThe line is attributed to Zandrovic, who wrote it.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "Jann Vellor"), Some(EntityKind::Person), "{n:?}");
    assert_eq!(
        kind(&ex, "Marta Quibell"),
        Some(EntityKind::Person),
        "{n:?}"
    );
    assert_ne!(kind(&ex, "Zandrovic"), Some(EntityKind::Place), "{n:?}");
}

#[test]
fn an_acronym_before_a_full_name_is_the_outlet() {
    let ex = run("The agent told NPR Hamza Qadiri had left. Photo: NASA Bill Ingrath took it.");
    let n = names(&ex);
    for good in ["NPR", "Hamza Qadiri", "NASA", "Bill Ingrath"] {
        assert!(n.contains(&good), "{good} not in {n:?}");
    }
}

#[test]
fn a_name_after_the_that_speaks_is_a_paper_or_a_body() {
    let ex = run("The Marlow Weekly reported a fire on Monday. The Hollow Pines said the tour was over. Tolvane Brisk said she was sorry.");
    let n = names(&ex);
    for body in ["Marlow Weekly", "Hollow Pines"] {
        assert_eq!(
            kind(&ex, body),
            Some(EntityKind::Organization),
            "{body}: {n:?}"
        );
    }
    assert_eq!(
        kind(&ex, "Tolvane Brisk"),
        Some(EntityKind::Person),
        "{n:?}"
    );
}
