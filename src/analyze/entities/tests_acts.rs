//! End-to-end tests of acts and owners, seats and airports: "the Scissor
//! Sisters", "TV Globo", "It also owns Excite", "the MP for Arundel and
//! South Downs", "Heathrow's Terminal 5".

use super::tests_news::{assert_kinds, names, run};
use super::EntityKind;

#[test]
fn a_constituency_after_mp_for_is_one_place_though_joined_by_and() {
    let ex = run("Mr Peller, the MP for Harnby and East Wolds, was recorded at a meeting.");
    let found = names(&ex);
    assert!(found.contains(&"Harnby and East Wolds"), "{found:?}");
    assert_kinds(&ex, &["Harnby and East Wolds"], EntityKind::Place);
}

#[test]
fn what_a_firm_owns_or_buys_by_name_is_a_business() {
    let ex = run("The group already runs a ticket seller. It also owns Quandrix.");
    assert_kinds(&ex, &["Quandrix"], EntityKind::Organization);
}

#[test]
fn whose_novels_or_paintings_they_are_is_a_person() {
    let ex = run("The butler was named after one in QT Wendlebury's novels. Critics praised Orvane's paintings.");
    assert_kinds(&ex, &["QT Wendlebury", "Orvane"], EntityKind::Person);
}

#[test]
fn a_broadcaster_or_a_family_plural_names_no_person() {
    let ex = run("The concert will be shown live on TV Corvana. Acts include the Mirror Brothers, Talia Renfrew and Joss Amberley.");
    assert_kinds(
        &ex,
        &["TV Corvana", "Mirror Brothers"],
        EntityKind::Organization,
    );
    assert_kinds(&ex, &["Talia Renfrew", "Joss Amberley"], EntityKind::Person);
}

#[test]
fn an_airports_terminal_makes_it_a_place() {
    let ex = run("The airline will move to Brackwell's Terminal 2 next year.");
    assert_kinds(&ex, &["Brackwell"], EntityKind::Place);
}

#[test]
fn a_clause_after_a_comma_describes_no_name_before_it() {
    let ex = run("Dax Morrell was named best actor for his role in Tundra, while Pella Ostrand won best supporting actress.");
    assert_ne!(
        super::tests_news::kind(&ex, "Tundra"),
        Some(EntityKind::Person)
    );
}

#[test]
fn a_given_name_of_the_an_ordinary_word_is_one_title() {
    let ex = run("Critics loved Marla of the Damned and other films. Marla of the Damned's director Arno Peltz was there.");
    let found = names(&ex);
    assert!(found.contains(&"Marla of the Damned"), "{found:?}");
    assert!(!found.contains(&"Marla"), "{found:?}");
}

#[test]
fn an_air_lines_name_is_an_airline_though_a_role_describes_it() {
    let ex = run("The group agreed to buy Corvish International Air Lines, the successor to the collapsed carrier Corvair.");
    assert_kinds(
        &ex,
        &["Corvish International Air Lines"],
        EntityKind::Organization,
    );
}

#[test]
fn a_name_set_off_after_an_owned_works_noun_is_that_work() {
    let ex = run("His latest film, Tolan Aur Mira, in which he stars with Rani Velkar, is a hit. Its head of programming, Kevin Dorrow, said so.");
    assert_kinds(&ex, &["Tolan Aur Mira"], EntityKind::Other);
    assert_kinds(&ex, &["Rani Velkar", "Kevin Dorrow"], EntityKind::Person);
}

#[test]
fn a_team_sheets_roll_is_of_players_though_one_name_is_a_country() {
    let ex = run("Dornley beat Castlebrook 4-0 at home.\n\nCastlebrook: Kielty, Younger, Perrin, Holland, Konchev, Kishan, Murtagh, Bartle (Johanssen 60), Jeffry.");
    assert_kinds(
        &ex,
        &[
            "Kielty",
            "Perrin",
            "Konchev",
            "Murtagh",
            "Bartle",
            "Johanssen",
        ],
        EntityKind::Person,
    );
}

#[test]
fn a_party_member_is_a_person_and_the_x_company_a_firm() {
    let ex = run("He was heckled by a protester, Walter Vollmann, an 82-year-old party member. Mr Vollmann was removed. The owners, the Shiroyama Kosan company, refused. Research firm Gartner agreed.");
    assert_kinds(&ex, &["Walter Vollmann"], EntityKind::Person);
    assert_kinds(&ex, &["Shiroyama Kosan"], EntityKind::Organization);
    assert!(!names(&ex).contains(&"Research"));
}

#[test]
fn the_scene_of_a_crash_or_a_bombing_is_a_place() {
    let ex =
        run("The firm was fined over the Halstow rail crash. The Dunmarsh bombing was in 1988.");
    assert_kinds(&ex, &["Halstow", "Dunmarsh"], EntityKind::Place);
}

#[test]
fn a_time_zone_is_no_name() {
    let ex = run(
        "The train left Mysore at 11:30 am IST (0600 UTC). The storm hit at 5:00 pm EDT on Sunday.",
    );
    let found = names(&ex);
    assert!(
        !found.iter().any(|n| matches!(*n, "IST" | "EDT" | "UTC")),
        "{found:?}"
    );
}

#[test]
fn two_given_names_before_a_surname_that_ends_places_make_a_person() {
    let ex = run("The judge sentenced Ohio man James Alan Fields, now 22, to life in prison.");
    assert_kinds(&ex, &["James Alan Fields"], EntityKind::Person);
}

#[test]
fn anyones_possessive_before_a_places_kind_word_is_one_place() {
    let ex = run("Sergeant Rawiri, from Korako's Bay, New Zealand, served in Auckland.");
    assert_kinds(&ex, &["Korako's Bay"], EntityKind::Place);
}

#[test]
fn a_bracket_spelling_out_capitals_keeps_its_first_word() {
    let ex = run("He was named MVP (Most Valuable Player) twice and fought for AEW (All Elite Wrestling) under a ring name.");
    let found = names(&ex);
    assert!(found.contains(&"Most Valuable Player"), "{found:?}");
    assert!(found.contains(&"All Elite Wrestling"), "{found:?}");
}

#[test]
fn a_world_war_by_its_number_is_an_event() {
    let ex = run("He served in the army in World War Two. His father fought in World War I.");
    assert_kinds(&ex, &["World War Two", "World War I"], EntityKind::Event);
}

#[test]
fn a_bracket_spelling_a_runs_initials_keeps_its_ampersand_whole() {
    let ex =
        run("Northern Avionic Defence & Space NV (NADS), the parent of Skyrex, won the contract.");
    let found = names(&ex);
    assert!(
        found.contains(&"Northern Avionic Defence & Space NV"),
        "{found:?}"
    );
}

#[test]
fn a_name_a_person_goes_by_inside_the_full_one_folds_into_it() {
    let ex = run("President Luiz Ignacio Lula da Souza said he felt betrayed. Lula said he had not known. Governor Ricardo Rossano Nevares resigned. Rossano had been under pressure.");
    let found = names(&ex);
    assert!(!found.contains(&"Lula"), "{found:?}");
    assert!(!found.contains(&"Rossano"), "{found:?}");
}

#[test]
fn a_devices_or_a_formats_capitals_are_no_name() {
    let ex = run("The chain first sold a VCR in 1978, before the VHS format won.");
    let found = names(&ex);
    assert!(
        !found.iter().any(|n| matches!(*n, "VCR" | "VHS")),
        "{found:?}"
    );
}

#[test]
fn where_an_event_is_held_is_a_place_whatever_person_it_recalls() {
    let ex = run("Anastasia Mirskova won the Danish Open at Roland Garrick last year.");
    assert_kinds(&ex, &["Roland Garrick"], EntityKind::Place);
}
