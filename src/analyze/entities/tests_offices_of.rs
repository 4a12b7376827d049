//! End-to-end tests of what an office, a body's part or a craft's kind
//! says about the name beside it: a portfolio after a lower-case
//! "minister of" or before a federation's "of", a body's officers after
//! its possessive (a deputy chairman too), a spokesman speaking for a
//! body, two countries coordinated in one body's name, a warship's kind
//! before its name, a writer's works listed after "include", a town's
//! chairman in a story of football, a trade's "third-largest", a party's
//! word before "Party of", a party's member before a surname that is a
//! kind word, a high street's trade, a role's comma before a name ending
//! the sentence; and of names whose own form tells: a country spelt
//! without its diacritic, a town named by a saint's possessive, a
//! challenge, a shop's possessive before a comma, a cinema, a strategy,
//! the District of Columbia, a consultative conference, an event known by
//! ordinary words, an English county town, a pharmacy, a museum of a war,
//! a battle site, a family name that spells a function word opening a
//! sentence.

use super::tests_news::{assert_kind, assert_kinds, assert_no_name, names, run};
use super::EntityKind;

#[test]
fn a_portfolio_after_a_lower_case_minister_of_is_no_part_of_the_name() {
    let ex = run("Pyongyang, May 3 (KCNA) -- Vice-minister of Culture Ro Sung Chol met the guests. The minister of Foreign Trade Ri Mun Gil spoke.");
    assert_kinds(&ex, &["Ro Sung Chol", "Ri Mun Gil"], EntityKind::Person);
    assert_no_name(&ex, |n| n.contains("Culture") || n.contains("Trade"));
}

#[test]
fn a_bodys_officers_after_its_possessive_make_it_a_body() {
    assert_kind(
        "Rivals have struggled to keep pace. Hallworth's chief executive Dan Pryce will unveil a plan.",
        "Hallworth",
        EntityKind::Organization,
    );
}

#[test]
fn a_spokesman_for_a_name_of_ordinary_words_speaks_for_a_body() {
    assert_kind(
        "A spokesman for Velvet Crate, which released the albums, declined to comment.",
        "Velvet Crate",
        EntityKind::Organization,
    );
}

#[test]
fn a_spokesman_for_a_person_leaves_the_person() {
    assert_kind(
        "A spokesman for Corwin Ashdale declined to comment.",
        "Corwin Ashdale",
        EntityKind::Person,
    );
}

#[test]
fn two_countries_before_a_bodys_words_name_one_body() {
    let ex = run("The players met England and Wales Rowing Board chairman Dan Pryce on Monday.");
    assert_kinds(
        &ex,
        &["England and Wales Rowing Board"],
        EntityKind::Organization,
    );
    assert_kinds(&ex, &["Dan Pryce"], EntityKind::Person);
}

#[test]
fn a_warship_named_after_a_person_is_a_thing() {
    let ex = run(
        "The aircraft carrier Corwin Ashdale and the destroyer Halvo Renk sailed into the port.",
    );
    assert_kinds(&ex, &["Corwin Ashdale", "Halvo Renk"], EntityKind::Other);
}

#[test]
fn a_country_spelt_without_its_diacritic_is_the_country() {
    assert_kind(
        "He sent sympathy to the people of Turkiye over the earthquake.",
        "Turkey",
        EntityKind::Place,
    );
}

#[test]
fn a_writers_works_listed_after_include_are_works() {
    let ex = run("The playwright Halvo Renk won the prize. His works include The Garden Party, The Night Club and Drift.");
    assert_kinds(
        &ex,
        &["The Garden Party", "The Night Club", "Drift"],
        EntityKind::Other,
    );
}

#[test]
fn a_saints_name_with_its_possessives_s_is_a_town() {
    assert_kind(
        "Wigan Warriors and St Helens had been knocked out in the play-offs.",
        "St Helens",
        EntityKind::Place,
    );
}

#[test]
fn a_challenge_is_an_event() {
    assert_kind(
        "The win followed their victory in the World Club Challenge against the Canterbury Bulldogs.",
        "World Club Challenge",
        EntityKind::Event,
    );
}

#[test]
fn a_shops_possessive_before_a_comma_is_its_names_own() {
    let ex = run("Vantor agreed a takeover of Hallett's, the bookshop chain. Vantor, which already owns Pembury's, will combine them.");
    let n = names(&ex);
    assert!(
        n.contains(&"Hallett's") && n.contains(&"Pembury's"),
        "{n:?}"
    );
}

#[test]
fn a_persons_possessive_after_the_bare_name_stays_a_possessive() {
    let ex = run("The victim was Corwin Ashdale, a former employee. The killer had kept a bracelet of Ashdale's.");
    assert!(!names(&ex).contains(&"Ashdale's"), "{:?}", names(&ex));
}

#[test]
fn a_portfolio_of_a_federation_is_no_body() {
    let ex = run("Velo Marsk, minister of Defence of the Russian Federation, arrived on Tuesday. The Minister of Foreign Affairs of the Russian Federation spoke.");
    assert_no_name(&ex, |n| n.contains("Defence") || n.contains("Minister"));
    assert_kinds(&ex, &["Russia"], EntityKind::Place);
}

#[test]
fn a_cinema_is_a_place_and_a_strategy_a_thing() {
    let ex = run("A film week opened at the Harlan Voss Cinema in the capital. The regime adopted the National Coastal Strategy last year.");
    assert_kinds(&ex, &["Harlan Voss Cinema"], EntityKind::Place);
    assert_kinds(&ex, &["National Coastal Strategy"], EntityKind::Other);
}

#[test]
fn a_town_in_a_transfer_story_is_its_club() {
    let ex = run("Rovers have agreed a fee of £2m with Leicester for the striker. The club said the player would join the squad this week. Leicester chairman Dan Pryce said the football club could not refuse. He joined the Championship side in May.");
    assert_kinds(&ex, &["Leicester"], EntityKind::Organization);
}

#[test]
fn the_third_largest_of_a_trade_is_a_firm_whatever_its_first_word() {
    assert_kind(
        "Vantor has agreed to buy Oskar Telnet, the region's third-largest mobile phone operator, for £2bn.",
        "Oskar Telnet",
        EntityKind::Organization,
    );
}

#[test]
fn the_district_of_columbia_is_one_place_however_written() {
    let ex = run("Crowds gathered in Washington, D.C. on Monday. Others marched in Washington DC and called for DC statehood.");
    assert_kinds(&ex, &["Washington, D.C."], EntityKind::Place);
    assert_no_name(&ex, |n| matches!(n, "D.C." | "DC"));
}

#[test]
fn a_partys_word_before_party_of_a_country_stays_in_its_name() {
    let ex = run("It was attended by members of the Labour Party of Mexico. Deputy Prime Minister Dan Pryce spoke.");
    assert_kinds(&ex, &["Labour Party of Mexico"], EntityKind::Organization);
    assert_kinds(&ex, &["Dan Pryce"], EntityKind::Person);
}

#[test]
fn a_consultative_conference_is_a_body() {
    assert_kind(
        "He was vice-chairman of the Zemblan People's Political Consultative Conference.",
        "Zemblan People's Political Consultative Conference",
        EntityKind::Organization,
    );
}

#[test]
fn an_event_known_by_ordinary_words_is_an_event() {
    let ex = run("The mare has won the Grand National at Aintree. England have won the Ashes.");
    assert_kinds(&ex, &["Grand National", "Ashes"], EntityKind::Event);
}

#[test]
fn a_partys_member_before_a_surname_that_is_a_kind_word_is_a_description() {
    let ex = run("Mark Hunter won with a majority over Conservative Stephen Day.");
    assert_kinds(&ex, &["Stephen Day"], EntityKind::Person);
    assert_kinds(&ex, &["Conservative Party"], EntityKind::Organization);
}

#[test]
fn an_english_county_town_is_a_place() {
    assert_kind(
        "Durham finished second, 14 points behind.",
        "Durham",
        EntityKind::Place,
    );
}

#[test]
fn a_high_street_trade_and_a_deputy_chairman_make_firms() {
    let ex = run("High street chemist Pembury has agreed to merge. The new firm will be run by Tarlow Kemi's deputy chairman Dan Pryce. Rivals include Hallett Pharmacy.");
    assert_kinds(
        &ex,
        &["Pembury", "Tarlow Kemi", "Hallett Pharmacy"],
        EntityKind::Organization,
    );
}

#[test]
fn a_museum_of_a_war_is_a_place() {
    assert_kind(
        "The delegation will visit the Museum of the Victorious Zemblan War.",
        "Museum of the Victorious Zemblan War",
        EntityKind::Place,
    );
}

#[test]
fn a_family_name_that_spells_a_function_word_may_open_a_sentence() {
    let ex =
        run("An Kwang Sok, ambassador to Zembla, met officials. An Al Jazeera reporter was there.");
    assert_kinds(&ex, &["An Kwang Sok"], EntityKind::Person);
    assert_no_name(&ex, |n| n.starts_with("An Al"));
}

#[test]
fn a_battle_site_is_a_place() {
    assert_kind(
        "They looked round the Rimsokdong Revolutionary Battle Site.",
        "Rimsokdong Revolutionary Battle Site",
        EntityKind::Place,
    );
}

#[test]
fn a_name_after_a_role_and_a_comma_ending_the_sentence_is_that_person() {
    assert_kind(
        "He admitted an affair with his diary secretary, Tracey Temple.",
        "Tracey Temple",
        EntityKind::Person,
    );
}
