//! End-to-end tests of names told by what owns, holds or follows them: a
//! crown's word before "of the" in a title, a firm's two trades, what a
//! person's possessive owns, a show's actors, a venue led by "Theatre", a
//! product's priced model, a product line's first word, a film "which
//! starred" someone, rivers listed after their plural noun, a record's
//! maker, bodies listed before a body's plural noun, clubs listed before
//! a player's noun, a leader "led by", a body's head set off after it, a
//! city's airport joined by a hyphen, bases listed after their noun, a
//! rival "competition" comes from, a coalition's partner, an honours
//! list, performers listed after "headlined by" or "acts include", and a
//! work someone "co-wrote", a given name and a place's word that is a
//! surname too with no preposition of place before them, and a show that
//! is a fair or a programme, a firm named in "'s" before "have", and a
//! firm "taken over", and a product between its owner and its noun past
//! a modifier.

use super::tests_news::{assert_kinds, assert_no_name, kind, run};
use super::EntityKind;

#[test]
fn a_crowns_word_before_of_the_leads_a_title() {
    let ex = run("Fans of Lord of the Fens were thrilled. Lord Pellow was not.");
    assert_kinds(&ex, &["Lord of the Fens"], EntityKind::Other);
    assert_no_name(&ex, |n| n == "Fens");
}

#[test]
fn a_firms_second_trade_named_by_its_work_ends_its_name() {
    let ex = run("Shares in Brakel Transport and Trading fell 2% in London.");
    assert_kinds(
        &ex,
        &["Brakel Transport and Trading"],
        EntityKind::Organization,
    );
}

#[test]
fn what_a_persons_possessive_owns_is_no_person() {
    let ex = run("He wrote the score for Andrew Pellow's Zubin Dreams.");
    assert_kinds(&ex, &["Zubin Dreams"], EntityKind::Other);
    assert_kinds(&ex, &["Andrew Pellow"], EntityKind::Person);
}

#[test]
fn a_shows_actress_names_the_show_not_a_street() {
    let ex = run("Harbour Street actress Sue Pellow left the cast.");
    assert_kinds(&ex, &["Harbour Street"], EntityKind::Other);
    assert_kinds(&ex, &["Sue Pellow"], EntityKind::Person);
}

#[test]
fn a_theatre_royal_and_the_west_end_are_places() {
    let ex = run("Talks are under way with the Theatre Royal, Drury Lane, for the run. The West End is busy this winter.");
    assert_kinds(&ex, &["Theatre Royal", "West End"], EntityKind::Place);
}

#[test]
fn a_cheaper_model_is_a_product_not_a_fashion_model() {
    let ex = run("The firm launched the Zorb Shuffle, a cheaper model without a screen.");
    assert_kinds(&ex, &["Zorb Shuffle"], EntityKind::Other);
}

#[test]
fn a_product_lines_first_word_called_a_thing_is_no_given_name() {
    let ex = run("The firm launched the Max Mini, a computer aimed at students. People buy an iPod and they think about buying a Max, said one analyst.");
    assert_kinds(&ex, &["Max Mini"], EntityKind::Other);
}

#[test]
fn a_film_which_starred_someone_is_a_work() {
    let ex = run("It is his first film since Wars of the Moons, which starred Tom Fairlie.");
    assert_kinds(&ex, &["Wars of the Moons"], EntityKind::Other);
}

#[test]
fn names_listed_after_rivers_are_places() {
    let ex = run("After heavy rain the rivers Brede, Caldon and Pettel burst their banks.");
    assert_kinds(&ex, &["Brede", "Caldon", "Pettel"], EntityKind::Place);
}

#[test]
fn a_new_albums_maker_is_an_artist() {
    let ex = run("Zendaro's new album Tidewater has gone straight to number one.");
    assert_kinds(&ex, &["Zendaro"], EntityKind::Person);
}

#[test]
fn names_before_a_bodys_plural_noun_are_bodies() {
    let ex = run("Books from libraries at Brakel and Ostmoor universities were scanned.");
    assert_kinds(&ex, &["Brakel", "Ostmoor"], EntityKind::Organization);
}

#[test]
fn clubs_listed_before_a_players_noun_describe_no_one() {
    let ex =
        run("Kluivert, a former Brakel, AC Torvo and Ostmoor player, joined on a free transfer.");
    assert_no_name(&ex, |n| {
        n == "Brakel" && kind(&ex, n) == Some(EntityKind::Person)
    });
}

#[test]
fn a_given_name_led_by_is_a_leader_not_a_building() {
    let ex = run("The firm was bought by a group known as the Phoenix Five, led by Alan Towers.");
    assert_kinds(&ex, &["Alan Towers"], EntityKind::Person);
}

#[test]
fn a_name_set_off_after_the_body_a_role_heads_may_be_the_holder() {
    let ex = run("He dined with the head of Beloria's security service, Ivor Shenko, in June.");
    assert_no_name(&ex, |n| {
        n == "Ivor Shenko" && kind(&ex, n) == Some(EntityKind::Organization)
    });
}

#[test]
fn a_citys_airport_joined_by_a_hyphen_is_one_place() {
    let ex =
        run("The airline flies from Frankfurt-Brel and from bases such as Stanwick and Girola.");
    assert_kinds(
        &ex,
        &["Frankfurt-Brel", "Stanwick", "Girola"],
        EntityKind::Place,
    );
}

#[test]
fn competition_comes_from_a_rival_not_a_place() {
    let ex = run(
        "The chain faced competition from J Brakel and Wm Ostmoor, which bought a rival last year.",
    );
    assert_kinds(&ex, &["J Brakel"], EntityKind::Organization);
}

#[test]
fn a_coalition_partner_is_a_party() {
    let ex = run("The LDP and its coalition partner New Tovarito won a majority.");
    assert_kinds(&ex, &["New Tovarito"], EntityKind::Organization);
}

#[test]
fn an_honours_list_is_no_place() {
    let ex = run("She was made a dame in the New Year Honours.");
    assert_kinds(&ex, &["New Year Honours"], EntityKind::Other);
}

#[test]
fn performers_listed_are_singers_by_given_names_else_bands() {
    let ex = run("The festival will be headlined by Zorbalite, the Grey Stripes and Kylie Marlowe. Other acts include Jaxxon and the Tin Kettles.");
    assert_kinds(
        &ex,
        &["Zorbalite", "Grey Stripes", "Jaxxon", "Tin Kettles"],
        EntityKind::Organization,
    );
    assert_kinds(&ex, &["Kylie Marlowe"], EntityKind::Person);
}

#[test]
fn what_someone_co_wrote_is_a_work() {
    let ex = run("He co-wrote The Bureau and is now making a new series. Ian Pellow co-founded Games Workshop.");
    assert_kinds(&ex, &["The Bureau"], EntityKind::Other);
    assert_kinds(&ex, &["Games Workshop"], EntityKind::Organization);
}

#[test]
fn a_given_name_and_a_places_word_with_no_preposition_is_a_person() {
    let ex = run("The founder was succeeded by Alan Grove as chief executive in 1998. A concert was held in Stanley Park.");
    assert_kinds(&ex, &["Alan Grove"], EntityKind::Person);
    assert_kinds(&ex, &["Stanley Park"], EntityKind::Place);
}

#[test]
fn a_show_is_a_fair_unless_titled_as_a_programme() {
    let ex = run("The Brakel Motor Show opened on Monday. He appeared on The Jerry Pellow Show.");
    assert_kinds(&ex, &["Brakel Motor Show"], EntityKind::Event);
    assert_kinds(&ex, &["The Jerry Pellow Show"], EntityKind::Other);
}

#[test]
fn a_firms_name_in_s_before_have_keeps_it() {
    let ex = run("The guitar sold for £200,000, the auctioneers Morgan's have said. Morgan's specialist Sarah Brill was pleased.");
    assert_kinds(&ex, &["Morgan's"], EntityKind::Organization);
}

#[test]
fn what_a_firm_took_over_is_a_firm() {
    let ex = run("Vodafone took over Brakelmann in 2000.");
    assert_kinds(&ex, &["Brakelmann"], EntityKind::Organization);
}

#[test]
fn a_product_between_its_owner_and_its_noun_past_a_modifier_is_a_thing() {
    let ex = run("Mobile phone maker Motorola has unveiled a successor to its best-selling Zorvo handset at a show in Cannes. The new phone is smaller than the Zorvo. Motorola has sold more than 12 million Zorvo phones since its launch in 2004.");
    assert_kinds(&ex, &["Zorvo"], EntityKind::Other);
}
