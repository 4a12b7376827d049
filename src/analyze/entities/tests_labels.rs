//! End-to-end tests of names told by the trade, rank or tie around them: a
//! double given name, a ranked player, a pope's numeral, a Vatican body
//! named for its work, a paper after "and", well-known airports and
//! grounds, a maker's trade, a town in a compass region, what one manages,
//! a band one was "formerly of", a record's label, a film's maker after
//! "nominated for", a search engine, a firm named in the plural of its
//! founder, a list after "including", a kind word alone, two towns in a
//! region, a steroid, a bare name beside a body after "and the", and
//! shows introduced by their plural, a crown's possessive before one
//! word, the places of an MP's seat, kin set off by a comma, and a
//! short code opening sentences, and a performer before a record's noun.

use super::tests_news::{assert_kinds, assert_no_name, run};
use super::EntityKind;

#[test]
fn two_given_names_joined_by_a_hyphen_are_a_given_name() {
    let ex = run("According to Marie-Odile Vantrel, the vote failed.");
    assert_kinds(&ex, &["Marie-Odile Vantrel"], EntityKind::Person);
}

#[test]
fn a_world_number_is_a_player() {
    let ex = run("In the second round he beat Taylor Stack, the world number 26.");
    assert_kinds(&ex, &["Taylor Stack"], EntityKind::Person);
}

#[test]
fn a_given_name_and_a_numeral_name_a_pope_or_a_king() {
    let ex = run("The new pope will take the name Anselm XIV.");
    assert_kinds(&ex, &["Anselm XIV"], EntityKind::Person);
}

#[test]
fn a_congregation_for_a_work_is_one_body() {
    let ex = run("He headed the Congregation for the Defence of the Rites for years.");
    assert_kinds(
        &ex,
        &["Congregation for the Defence of the Rites"],
        EntityKind::Organization,
    );
}

#[test]
fn a_capitalised_the_after_and_opens_a_paper() {
    let ex = run("The company owns Ranfield and The Times.");
    assert_kinds(&ex, &["Ranfield", "The Times"], EntityKind::Organization);
}

#[test]
fn well_known_airports_and_grounds_are_places() {
    let ex = run("The deal gives Corvane control of Gatwick and Stansted. They regroup for Old Trafford on Thursday. Holyrood was opened by the Queen.");
    assert_kinds(
        &ex,
        &["Gatwick", "Stansted", "Old Trafford", "Holyrood"],
        EntityKind::Place,
    );
}

#[test]
fn a_glassmaker_is_a_firm() {
    let ex = run("He worked for glassmaker Velmont for years.");
    assert_kinds(&ex, &["Velmont"], EntityKind::Organization);
}

#[test]
fn a_word_in_a_compass_region_is_a_town() {
    let ex = run("Whitlock in north Wales lost 200 jobs.");
    assert_kinds(&ex, &["Whitlock"], EntityKind::Place);
}

#[test]
fn what_one_manages_by_a_name_of_no_person_is_a_band_or_a_club() {
    let ex = run("Walsh, who managed Zentrix and Brightwave, said little.");
    assert_kinds(&ex, &["Zentrix", "Brightwave"], EntityKind::Organization);
}

#[test]
fn what_one_was_formerly_of_is_a_band_or_a_firm() {
    let ex = run("Producer Mick Jones, formerly of The Clashers, said so.");
    assert_kinds(&ex, &["The Clashers"], EntityKind::Organization);
    assert_kinds(&ex, &["Mick Jones"], EntityKind::Person);
}

#[test]
fn a_records_label_releases_it() {
    let ex = run("The album is released by Velvet Crane next month.");
    assert_kinds(&ex, &["Velvet Crane"], EntityKind::Organization);
}

#[test]
fn a_films_maker_is_no_work_after_nominated_for() {
    let ex = run("Imelda Stanton, nominated for Mike Leighton's Vera Drakes, lost.");
    assert_kinds(&ex, &["Mike Leighton"], EntityKind::Person);
    assert_no_name(&ex, |n| n.contains("Leighton's"));
}

#[test]
fn a_search_engine_is_a_firm() {
    let ex = run("Blog search engine Quorati said it tracks blogs.");
    assert_kinds(&ex, &["Quorati"], EntityKind::Organization);
}

#[test]
fn a_firm_named_in_the_plural_of_its_founder_is_no_family() {
    let ex = run("Boots, founded in Nottingham by John Boot in 1849, struggled. Shares in Boots rose. Sir Nigel Rudd, the Boots chairman, said so. John Karlen was there. The Karlens left for Boston.");
    assert_kinds(&ex, &["Boots"], EntityKind::Organization);
    assert_kinds(&ex, &["Karlens"], EntityKind::Other);
}

#[test]
fn and_ends_a_list_after_including() {
    let ex = run("Anti-virus firms including Zyntec and Computer Associates said so.");
    assert_kinds(
        &ex,
        &["Zyntec", "Computer Associates"],
        EntityKind::Organization,
    );
}

#[test]
fn a_kind_word_alone_leans_little_to_a_place() {
    let ex = run("Smokers' group Forest said the ban was wrong. Santander bought Abbey last year. They bought Satellite from Corvane.");
    assert_kinds(
        &ex,
        &["Forest", "Abbey", "Satellite"],
        EntityKind::Organization,
    );
}

#[test]
fn two_towns_in_a_region_are_places() {
    let ex = run("The storm also devastated Gulfbury and Biloxi in Mississippi.");
    assert_kinds(&ex, &["Gulfbury", "Biloxi"], EntityKind::Place);
}

#[test]
fn a_steroid_is_a_thing() {
    let ex = run("He tested positive for THG, a steroid.");
    assert_kinds(&ex, &["THG"], EntityKind::Other);
}

#[test]
fn a_bare_name_beside_a_body_after_and_the_is_a_body() {
    let ex = run("The group beat favourites Brightwave and the Kaiser Chiefs to the award. Harry Pottle and the Half-Blood Prince went on sale.");
    assert_kinds(&ex, &["Brightwave"], EntityKind::Organization);
    assert_kinds(&ex, &["Half-Blood Prince"], EntityKind::Other);
}

#[test]
fn a_things_plural_introducing_a_list_outweighs_a_kind_word() {
    let ex = run("Soaps such as Corrie Street and Eastlanders were popular.");
    assert_kinds(&ex, &["Corrie Street", "Eastlanders"], EntityKind::Other);
}

#[test]
fn a_crowns_possessive_before_one_word_is_one_name() {
    let ex = run("The bombs exploded near Aldgate, Edgware Road and King's Cross.");
    assert_kinds(&ex, &["King's Cross"], EntityKind::Place);
    assert_no_name(&ex, |n| n == "Cross");
}

#[test]
fn the_places_listed_after_an_mps_for_are_one_seats() {
    let ex = run("Mr Kennedy, the MP for Rossby, Skyeholm and Lochvar, led the party.");
    assert_kinds(&ex, &["Rossby", "Skyeholm", "Lochvar"], EntityKind::Place);
}

#[test]
fn kin_set_off_by_a_comma_is_a_person() {
    let ex = run("Moss's husband, Victoria, flew home.");
    assert_kinds(&ex, &["Victoria"], EntityKind::Person);
}

#[test]
fn a_short_code_opening_sentences_is_a_name() {
    let ex =
        run("Q7 have gone straight to number one. Q7 will tour in March. Brianhayden1980 said so.");
    assert_kinds(&ex, &["Q7"], EntityKind::Organization);
    assert_no_name(&ex, |n| n.starts_with("Brianhayden"));
}

#[test]
fn a_name_before_a_records_noun_is_its_performer() {
    let ex = run(
        "He sang a Brightwave song. The song samples the Zubba hit. She sang a Kylie Tarrant song.",
    );
    assert_kinds(&ex, &["Brightwave", "Zubba"], EntityKind::Organization);
    assert_kinds(&ex, &["Kylie Tarrant"], EntityKind::Person);
}
