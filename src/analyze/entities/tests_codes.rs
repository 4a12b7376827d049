//! End-to-end tests of names told by a code, a copula or a resort: a
//! code name after "codenamed", a city named in full after "the area of",
//! a compound of a word and a plural agent noun opening a sentence, a ski
//! resort and a beach, a team's mascot after its town, what a name "has
//! become", a show's award, a version's letter, what is "known as" or "to
//! be called" something, a composer's opera, a surname that is a rank,
//! and a body before "group".

use super::tests_news::{assert_kind, assert_kinds, assert_no_name, run};
use super::EntityKind;

#[test]
fn a_code_name_after_drills_or_an_operation_is_an_event() {
    let ex = run("The allies began exercises codenamed Storm Heron on Monday. The operation, code-named Granite Veil, ended in May.");
    assert_kinds(&ex, &["Storm Heron", "Granite Veil"], EntityKind::Event);
}

#[test]
fn a_code_name_for_a_product_is_a_thing() {
    assert_kind(
        "The firm showed a phone codenamed Tarnwick at the fair.",
        "Tarnwick",
        EntityKind::Other,
    );
}

#[test]
fn the_area_of_a_city_names_the_city() {
    // "Kaesong" is a known city, and "Manchester City" a club: the area
    // makes this one a place.
    assert_kind(
        "Drones flew over the border in the area of Kaesong City on Friday.",
        "Kaesong City",
        EntityKind::Place,
    );
}

#[test]
fn a_word_and_a_plural_agent_noun_opening_a_sentence_is_no_name() {
    let ex = run(
        "Holidaymakers from the north will visit the coast. Policymakers met in Tarvos on Monday.",
    );
    assert_no_name(&ex, |n| {
        n.contains("Holidaymakers") || n.contains("Policymakers")
    });
    assert_kinds(&ex, &["Tarvos"], EntityKind::Place);
}

#[test]
fn a_ski_resort_and_a_named_beach_are_places() {
    let ex = run("The resort stretches along Orlimbari, the sandy beach of the bay, near the Dervanok Ski Resort.");
    assert_kinds(
        &ex,
        &["Orlimbari", "Dervanok Ski Resort"],
        EntityKind::Place,
    );
}

#[test]
fn a_town_and_a_plural_mascot_name_a_team() {
    assert_kind(
        "England trained with sessions at Leeds Stingrays before the World Cup.",
        "Leeds Stingrays",
        EntityKind::Organization,
    );
}

#[test]
fn what_a_name_has_become_says_what_it_is() {
    assert_kind(
        "Tell Marlow has become the third leading online search firm this week.",
        "Tell Marlow",
        EntityKind::Organization,
    );
}

#[test]
fn a_show_that_wins_best_comedy_series_is_a_work() {
    assert_kind(
        "On the television side, Lantern Hollow won best comedy series.",
        "Lantern Hollow",
        EntityKind::Other,
    );
}

#[test]
fn a_hyphen_and_one_capital_mark_a_version_known_as_a_technology() {
    let ex = run("Phone makers back a technology known as DVB-Q for handsets.");
    assert_kinds(&ex, &["DVB-Q"], EntityKind::Other);
    assert_no_name(&ex, |n| n == "DVB");
}

#[test]
fn what_is_known_as_takes_the_kind_of_its_noun() {
    // The guard: a man known as someone stays a person.
    let ex = run("A man known as Corvin Dray was seen near a village known as Ormbury.");
    assert_kinds(&ex, &["Corvin Dray"], EntityKind::Person);
    assert_kinds(&ex, &["Ormbury"], EntityKind::Place);
}

#[test]
fn an_opera_or_a_painting_names_its_maker() {
    let ex = run("The film is a version of Vandrel's opera and borrows from Ostrik's painting.");
    assert_kinds(&ex, &["Vandrel", "Ostrik"], EntityKind::Person);
}

#[test]
fn a_title_after_a_given_name_behind_a_common_noun_is_a_surname() {
    let ex = run("Organiser Paul Sergeant said the money would go to charity.");
    assert_kinds(&ex, &["Paul Sergeant"], EntityKind::Person);
    assert_no_name(&ex, |n| n.contains("Organiser"));
}

#[test]
fn what_a_party_is_to_be_called_is_a_party() {
    assert_kind(
        "The new party, to be called Veracor, will contest seats.",
        "Veracor",
        EntityKind::Organization,
    );
}

#[test]
fn a_name_before_group_is_a_body() {
    // The guard: a leader's faction keeps the leader a person.
    let ex = run("He sits in the parliament with the Liberty and Reason group. He denounced the Kim Yong Chol group of traitors.");
    assert_kinds(&ex, &["Liberty and Reason"], EntityKind::Organization);
    assert_kinds(&ex, &["Kim Yong Chol"], EntityKind::Person);
}

#[test]
fn a_name_before_academy_is_a_body() {
    assert_kind(
        "She trains at the Vellacotti academy in Florida.",
        "Vellacotti",
        EntityKind::Organization,
    );
}

#[test]
fn the_first_of_a_trade_set_off_after_a_town_makes_a_firm() {
    // "Halifax" is a known town; the guard: a city ranked as a city.
    let ex = run("Halifax, the UK's biggest mortgage lender, will publish figures. Lagos, Nigeria's biggest city, flooded.");
    assert_kinds(&ex, &["Halifax"], EntityKind::Organization);
    assert_kinds(&ex, &["Lagos"], EntityKind::Place);
}

#[test]
fn a_nations_red_crescent_is_a_body_not_a_street() {
    let ex = run("Aid came from the Iranian Red Crescent and the Syrian Arab Red Crescent.");
    assert_kinds(
        &ex,
        &["Iranian Red Crescent", "Syrian Arab Red Crescent"],
        EntityKind::Organization,
    );
}

#[test]
fn a_parliament_named_by_its_house_is_a_body() {
    let ex = run("Present were officials of the Ministry of Defence and the State Duma. The Verkhovna Rada and the National Majlis met.");
    assert_kinds(
        &ex,
        &["State Duma", "National Majlis"],
        EntityKind::Organization,
    );
}

#[test]
fn a_name_before_a_geographical_constituency_is_a_seat() {
    assert_kind(
        "In the Harrow Vale West geographical constituency, the count ended late.",
        "Harrow Vale West",
        EntityKind::Place,
    );
}

#[test]
fn a_surname_after_a_bodys_acronym_is_its_member() {
    // The guard: a show governed by a preposition stays no person.
    let ex = run("Pro-Beijing DXB's Starry Lee and Holden Chow were elected. He said so on CNBC's Mad Money.");
    assert_kinds(&ex, &["Starry Lee"], EntityKind::Person);
    assert!(super::tests_news::kind(&ex, "Mad Money") != Some(EntityKind::Person));
}

#[test]
fn a_show_named_after_its_kind_outweighs_a_streets_word() {
    let ex =
        run("The soap Larkhill Street won best serial drama, and the film Ember Mountain opened.");
    assert_kinds(
        &ex,
        &["Larkhill Street", "Ember Mountain"],
        EntityKind::Other,
    );
}

#[test]
fn a_nominee_for_best_solo_artist_is_a_singer() {
    assert_kind(
        "Jamelora is nominated for best British female solo artist.",
        "Jamelora",
        EntityKind::Person,
    );
}

#[test]
fn and_ends_a_name_in_a_list_after_bands_or_towns() {
    // Ordinary words either side of "and" would else make one name.
    let ex = run("The rock bands Mirage and Drift played. The towns Haven and Marsh flooded.");
    assert_kinds(&ex, &["Mirage", "Drift"], EntityKind::Organization);
    assert_kinds(&ex, &["Haven", "Marsh"], EntityKind::Place);
}

#[test]
fn a_side_named_by_its_town_alone_is_the_club_named_in_full() {
    let ex = run("Leicester sack manager\n\nLeicester City have sacked their manager after a 2-0 defeat, the club's seventh match without a win.\n\nThe striker who scored both goals joined from Leicester last season, and Leicester manager Jim Tate left on Monday.");
    assert_kinds(&ex, &["Leicester City"], EntityKind::Organization);
    assert_no_name(&ex, |n| n == "Leicester");
}

#[test]
fn what_wins_seats_is_a_party() {
    assert_kind(
        "President Dorran's Volta-PF won two-thirds of the seats in the poll.",
        "Volta-PF",
        EntityKind::Organization,
    );
}

#[test]
fn the_townships_of_a_list_are_places() {
    let ex = run("Police were deployed in the townships of Mbarevo and Chitanga to stop protests.");
    assert_kinds(&ex, &["Mbarevo", "Chitanga"], EntityKind::Place);
}

#[test]
fn bare_names_listed_before_a_body_after_the_are_bodies() {
    let ex = run("Google will scan books from the libraries of Harwick, Stanmere and the University of Tolland.");
    assert_kinds(&ex, &["Harwick", "Stanmere"], EntityKind::Organization);
}

#[test]
fn a_name_closing_a_sentence_after_a_new_things_noun_is_that_thing() {
    assert_kind(
        "Apple unveiled a new desktop computer, the Mac Quill.",
        "Mac Quill",
        EntityKind::Other,
    );
}

#[test]
fn a_name_ending_in_linux_is_a_system_not_a_person() {
    let ex = run("Tarrow Linux aims to be compatible with Enterprise Linux.");
    assert_kinds(
        &ex,
        &["Tarrow Linux", "Enterprise Linux"],
        EntityKind::Other,
    );
}

#[test]
fn a_name_ending_in_race_is_an_event() {
    assert_kind(
        "The 31st Tollvale Prize International Marathon Race took place on Sunday.",
        "Tollvale Prize International Marathon Race",
        EntityKind::Event,
    );
}
