//! End-to-end tests of models, titles, sides and riverside towns: a code
//! of letters and digits before a thing's noun, a trade's adjective that
//! describes the noun after a name, a name whose compass word only leans
//! to a place beside a person, a work's noun or another's possessive
//! before a full personal name, a town named as someone's club, a town
//! by its river, a group by its number, games named for a prize, a
//! record label, titles after a capitalised "The", bodies that work
//! "for" a cause, armed units, an Arabic article spelt with "e", and a
//! title of two common nouns joined by a possessive, papers, an index
//! named after a firm, clubs, and a firm named after its chairman's family.

use super::tests_news::{assert_kind, assert_kinds, assert_no_name, run};
use super::EntityKind;

#[test]
fn a_code_before_a_things_noun_is_a_model() {
    // "giant" is a firm's word ("oil giant"), but here it describes the jet.
    let ex =
        run("Airvance unveiled the giant Q720 jet at the show. The Q720 can carry 600 people.");
    assert_kinds(&ex, &["Q720"], EntityKind::Other);
}

#[test]
fn a_name_leaning_to_a_place_beside_a_person_is_a_person() {
    let ex = run("Albums by Dravo West and Lena Marsh were nominated. Dravo West took two awards.");
    assert_kinds(&ex, &["Dravo West", "Lena Marsh"], EntityKind::Person);
}

#[test]
fn a_works_noun_before_a_full_personal_name_makes_a_title() {
    // A headline that repeats the title adds a person's lean of its own.
    let ex =
        run("Awards honour Nora Penhale\n\nTessa Marlow's drama Nora Penhale won three prizes.");
    assert_kinds(&ex, &["Nora Penhale"], EntityKind::Other);
    assert_kinds(&ex, &["Tessa Marlow"], EntityKind::Person);
}

#[test]
fn a_full_personal_name_another_person_owns_is_a_title() {
    let ex = run("Ivo Brandt's Nora Penhale opened in Leeds on Friday.");
    assert_kinds(&ex, &["Nora Penhale"], EntityKind::Other);
    assert_kinds(&ex, &["Ivo Brandt"], EntityKind::Person);
}

#[test]
fn a_town_named_as_someones_club_is_the_club() {
    assert_kind(
        "The striker joined Kestrel Rovers. Blackburn, his former club, had made a lower offer.",
        "Blackburn",
        EntityKind::Organization,
    );
}

#[test]
fn a_town_by_its_river_is_one_place() {
    let ex = run("He was born in Newcastle upon Tyne and works in Frankfurt am Main. Ashwell-upon-Dene and Weston-super-Lyme voted against the plan.");
    assert_kinds(
        &ex,
        &[
            "Newcastle upon Tyne",
            "Frankfurt am Main",
            "Ashwell-upon-Dene",
            "Weston-super-Lyme",
        ],
        EntityKind::Place,
    );
}

#[test]
fn a_group_by_its_number_is_one_body() {
    let ex = run("The Group of Seven summit released a statement. Leaders of the Group of Eight met in Dovecote.");
    assert_kinds(
        &ex,
        &["Group of Seven", "Group of Eight"],
        EntityKind::Organization,
    );
}

#[test]
fn prize_and_sports_games_are_events() {
    let ex = run("Athletes took part in the Tarnok Prize Sports Games. The Velmar Prize Games opened on Friday.");
    assert_kinds(
        &ex,
        &["Tarnok Prize Sports Games", "Velmar Prize Games"],
        EntityKind::Event,
    );
}

#[test]
fn a_label_or_a_studio_is_a_firm() {
    let ex = run("Harmon Music said the album would sell. Kestrel Pictures, run by Ada Lusk, is making the film.");
    assert_kinds(
        &ex,
        &["Harmon Music", "Kestrel Pictures"],
        EntityKind::Organization,
    );
}

#[test]
fn titles_after_a_capitalised_the_are_not_one_bodys_words() {
    let ex = run("The sketch series beat The Office and Night Show in the poll. The producer, who has worked with the Ravens and Quill, was pleased.");
    assert_no_name(&ex, |n| n.contains(" and "));
    assert_kinds(&ex, &["The Office"], EntityKind::Other);
}

#[test]
fn the_and_one_kind_word_is_a_title_or_a_paper() {
    let ex =
        run("He watched The Bill on Tuesday, then read The Sun. The Sun said the show was over.");
    assert_kinds(&ex, &["The Bill"], EntityKind::Other);
    assert_kinds(&ex, &["The Sun"], EntityKind::Organization);
}

#[test]
fn an_observatory_for_rights_and_protection_units_are_bodies() {
    let ex = run("The Tarvik Observatory for Human Rights said 40 fighters died. Fighters of the Velmar People's Protection Units reached the river.");
    assert_kinds(
        &ex,
        &[
            "Tarvik Observatory for Human Rights",
            "Velmar People's Protection Units",
        ],
        EntityKind::Organization,
    );
}

#[test]
fn an_arabic_article_spelt_with_e_joins_the_name() {
    let ex = run("Fighters retreated east towards Tell ez-Zara, the militants' last town.");
    assert_kinds(&ex, &["Tell ez-Zara"], EntityKind::Place);
}

#[test]
fn one_common_nouns_possessive_before_another_is_one_title() {
    let ex = run("Fans cheered Lena Marsh and Gambler's Lantern at the festival. Critics praised the Alchemist's Candle, but KTX's Orbit sold poorly.");
    for title in ["Gambler's Lantern", "Alchemist's Candle"] {
        assert!(
            super::tests_news::names(&ex).contains(&title),
            "{title}: {:?}",
            super::tests_news::names(&ex)
        );
    }
    assert_no_name(&ex, |n| {
        n == "Gambler" || n == "Candle" || n == "KTX's Orbit"
    });
}

#[test]
fn papers_named_by_their_kind_are_bodies() {
    let ex = run("Ada Lusk, of the Evening Standard, asked first. Tom Reyes, publisher of The Spectator, spoke later, and the Dunmore Courier printed it.");
    assert_kinds(
        &ex,
        &["Evening Standard", "The Spectator", "Dunmore Courier"],
        EntityKind::Organization,
    );
}

#[test]
fn an_index_after_a_firms_possessive_is_one_name() {
    let ex = run(
        "The Kessel & Brandt's 300 index dropped 3%. The Kessel and Brandt's 300 index rose later.",
    );
    assert_no_name(&ex, |n| n == "Kessel" || n == "Brandt");
    assert!(super::tests_news::names(&ex).contains(&"Kessel & Brandt's 300"));
}

#[test]
fn clubs_whose_words_name_a_place_or_a_day_are_listed() {
    let ex = run("He joined Heart of Midlothian in May. He left Sheffield Wednesday on Monday, then trained with Nottingham Forest.");
    assert_kinds(
        &ex,
        &[
            "Heart of Midlothian",
            "Sheffield Wednesday",
            "Nottingham Forest",
        ],
        EntityKind::Organization,
    );
}

#[test]
fn a_town_that_came_from_behind_in_a_match_report_is_a_club() {
    let ex = run("Bolton came from 3-0 down to beat Kestrel Rovers 4-3. The striker scored a header in the 89th minute, and the manager praised the goalkeeper after the match.");
    assert_kinds(&ex, &["Bolton"], EntityKind::Organization);
}

#[test]
fn a_family_firm_that_only_opens_sentences_is_kept_as_a_body() {
    // "baker" is an English word, so a sentence opening with "Baker" alone
    // proves no name; the firm's own cues do.
    let ex = run("Baker is to cut 3,000 jobs. Chairman Tom Baker said the firm had to change. Baker has lost market share to Velden Motors. Baker's European arm is not affected.");
    assert_kinds(&ex, &["Baker"], EntityKind::Organization);
    assert_kinds(&ex, &["Tom Baker"], EntityKind::Person);
}

#[test]
fn a_town_that_sells_a_player_for_a_fee_is_a_club() {
    let ex = run("Kestrel Rovers have signed midfielder Tam Oakes from Bolton for £7m. The 22-year-old signed a five-year contract, and head coach Ivo Brandt said he would add goals.");
    assert_kinds(&ex, &["Bolton"], EntityKind::Organization);
}

#[test]
fn a_sale_for_money_outside_sport_leaves_the_town_a_place() {
    let ex =
        run("The council bought the depot from Bolton for £7m. The mayor said the deal was fair.");
    assert_kinds(&ex, &["Bolton"], EntityKind::Place);
}
