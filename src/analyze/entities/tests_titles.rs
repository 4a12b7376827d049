//! End-to-end tests of titles and offices: a title held together by a
//! capitalised contraction or pronoun, a country before its leader's
//! government, a firm's works named after their town, magistrates, a
//! series' title opening with "The", a show's star, an office in a body,
//! a firm set off before a clause without "that", a quoted dance, the film
//! an award is for, a body named for its aim, a work set off by its noun,
//! a title's small words after a work's noun, three names with an unknown
//! first, a listed charity's campaign verb, a surname known by another name,
//! a nationality noun before a surname, a saint's ground opening a sentence,
//! quoted titles after a plural work noun, a name shaped only beside a place,
//! "van de" inside a surname, a firm beside the chain named after it, a
//! trade opening the sentence before its firm, an opponent shaped as a person.

use super::tests_news::{assert_kind, kind, names, run};
use super::EntityKind;

#[test]
fn a_capitalised_contraction_holds_a_title_together() {
    let ex = run("She won praise for Girls Don't Wait in 2001, critics said.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Girls Don't Wait"),
        Some(EntityKind::Other),
        "{n:?}"
    );
    assert!(!n.contains(&"Girls") && !n.contains(&"Wait"), "{n:?}");
}

#[test]
fn a_capitalised_who_inside_a_sentence_is_part_of_a_name() {
    assert_kind(
        "Fans at the Inspector Who Appreciation Society met on Sunday.",
        "Inspector Who Appreciation Society",
        EntityKind::Organization,
    );
}

#[test]
fn a_country_before_its_leaders_government_is_a_name_of_its_own() {
    let ex = run("He said the U.S. Dorvan administration had failed the farmers.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "Dorvan"), Some(EntityKind::Person), "{n:?}");
    assert_eq!(kind(&ex, "United States"), Some(EntityKind::Place), "{n:?}");
    assert!(!n.contains(&"U.S. Dorvan"), "{n:?}");
}

#[test]
fn a_firms_works_stand_in_a_place() {
    assert_kind(
        "Carmaker Velstrom closed its Marrowby plant last year.",
        "Marrowby",
        EntityKind::Place,
    );
}

#[test]
fn magistrates_named_after_their_court_are_a_body() {
    assert_kind(
        "Singer Jon Pell was bailed by Harrowgate Corner magistrates on Monday.",
        "Harrowgate Corner",
        EntityKind::Organization,
    );
}

#[test]
fn a_series_title_opening_with_the_is_a_work() {
    assert_kind(
        "Ricky Dale, whose series The Sales Agency won two awards, spoke first.",
        "The Sales Agency",
        EntityKind::Other,
    );
}

#[test]
fn a_stars_show_is_a_work() {
    assert_kind(
        "The part went to Tom Rell, star of Marcella, after a long search.",
        "Marcella",
        EntityKind::Other,
    );
}

#[test]
fn an_office_of_a_name_makes_it_a_body() {
    assert_kind(
        "Anna Pell, national director of Christian Dawn, said the show was offensive.",
        "Christian Dawn",
        EntityKind::Organization,
    );
}

#[test]
fn an_appositive_firm_before_a_clause_without_that_is_a_body() {
    assert_kind(
        "The game comes from Dravenloft, the Marbury studio Kestrel bought in 2002.",
        "Dravenloft",
        EntityKind::Organization,
    );
}

#[test]
fn the_words_of_a_quoted_dance_are_no_place() {
    let ex = run("The troupe danced \"Lanterns in Full Moonlight\" on Friday.");
    let n = names(&ex);
    assert!(!n.contains(&"Full Moonlight"), "{n:?}");
}

#[test]
fn what_an_award_is_for_is_a_work() {
    assert_kind(
        "Ana Vell won best original screenplay for Echoes of the Silent Mind last night.",
        "Echoes of the Silent Mind",
        EntityKind::Other,
    );
}

#[test]
fn a_body_named_for_its_aim_keeps_its_to() {
    let ex = run(
        "The Campaign to Save Rural Marbury said the plans were bad. \
        He joined the Coalition to Stop the Quarry in 2003.",
    );
    let n = names(&ex);
    for name in [
        "Campaign to Save Rural Marbury",
        "Coalition to Stop the Quarry",
    ] {
        assert_eq!(kind(&ex, name), Some(EntityKind::Organization), "{n:?}");
    }
}

#[test]
fn a_work_set_off_by_its_noun_is_a_work() {
    assert_kind(
        "Critics loved Tilly Brannock, the film about a miner's daughter, last year.",
        "Tilly Brannock",
        EntityKind::Other,
    );
}

#[test]
fn a_titles_small_words_join_it_after_a_works_noun() {
    let ex = run(
        "He made the film Sixteen Lanterns and a Kettle in 1994. Her hit Lantern in \
        the Harbour sold well. The film Kestrel in the US did well.",
    );
    let n = names(&ex);
    for name in [
        "Sixteen Lanterns and a Kettle",
        "Lantern in the Harbour",
        "Kestrel",
    ] {
        assert_eq!(kind(&ex, name), Some(EntityKind::Other), "{n:?}");
    }
    assert_eq!(kind(&ex, "United States"), Some(EntityKind::Place), "{n:?}");
}

#[test]
fn an_unknown_word_before_a_given_name_and_surname_is_a_first_name() {
    let ex = run("Her husband, Kadreen Omar Saleh, appealed for her release.");
    let n = names(&ex);
    assert!(n.contains(&"Kadreen Omar Saleh"), "{n:?}");
    assert!(!n.contains(&"Omar Saleh"), "{n:?}");
}

#[test]
fn a_campaign_verb_opens_a_listed_charity() {
    let ex = run("Charities including Oxfam, the Red Cross and Save the Lanterns raised money.");
    assert_eq!(
        kind(&ex, "Save the Lanterns"),
        Some(EntityKind::Organization),
        "{:?}",
        names(&ex)
    );
}

#[test]
fn a_surname_known_by_another_name_still_joins_the_full_name() {
    let ex = run(
        "Halim Dassar won the vote. Mr Dassar, known as Abu Rami, said he would work \
        for peace.",
    );
    let n = names(&ex);
    assert!(n.contains(&"Halim Dassar"), "{n:?}");
    assert!(!n.contains(&"Dassar"), "{n:?}");
}

#[test]
fn a_nationality_noun_before_a_surname_is_no_part_of_it() {
    let ex = run(
        "Jon Brackwell won the final. The Scot Brackwell had beaten Stephen Hendry in \
        the semi-finals.",
    );
    let n = names(&ex);
    assert!(!n.contains(&"Scot Brackwell"), "{n:?}");
    assert!(n.contains(&"Jon Brackwell"), "{n:?}");
}

#[test]
fn a_saints_ground_opening_a_sentence_is_one_place() {
    let ex = run("At St Aldric's Park, Marbury beat Kestrel Town on Saturday.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "St Aldric's Park"),
        Some(EntityKind::Place),
        "{n:?}"
    );
    assert!(!n.contains(&"Park"), "{n:?}");
}

#[test]
fn the_words_of_quoted_films_are_no_names() {
    let ex = run("The troupe showed feature films \"The Lantern and Destiny\" last week.");
    let n = names(&ex);
    assert!(!n.contains(&"Lantern") && !n.contains(&"Destiny"), "{n:?}");
}

#[test]
fn a_name_shaped_only_beside_a_listed_place_is_a_place() {
    assert_kind(
        "Thousands were killed at resorts such as Phuket and Khao Varn last week.",
        "Khao Varn",
        EntityKind::Place,
    );
}

#[test]
fn van_de_joins_a_dutch_surname() {
    let ex = run("Former head of exploration Walter van de Kerkhove has also left the firm.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Walter van de Kerkhove"),
        Some(EntityKind::Person),
        "{n:?}"
    );
}

#[test]
fn a_firm_named_first_and_most_is_no_short_form_of_its_own_chain() {
    let ex = run(
        "Kestrel has sold its Kestrel Opticians chain to Varn & Pell. Kestrel said the \
        deal would let it focus on its stores. Shares in Kestrel rose.",
    );
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Kestrel"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
    assert!(n.contains(&"Kestrel Opticians"), "{n:?}");
}

#[test]
fn a_trade_opening_the_sentence_names_its_firm() {
    assert_kind(
        "Bookmakers Ladbrokes said the favourite's win had cost them millions.",
        "Ladbrokes",
        EntityKind::Organization,
    );
}

#[test]
fn an_opponent_shaped_as_a_person_is_no_side() {
    assert_kind(
        "Hatton, who beat Kostya Varnik for the title in Manchester, watched from ringside.",
        "Kostya Varnik",
        EntityKind::Person,
    );
}
