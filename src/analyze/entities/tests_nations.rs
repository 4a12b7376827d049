//! End-to-end tests of nations' adjectives of two words and of names
//! joined by "and": "Sri Lankan President …", "the British and Irish
//! Lions", "the … Convention and Exhibition Centre".

use super::tests_news::{assert_kinds, assert_no_name, run};
use super::EntityKind;

#[test]
fn a_nations_two_word_adjective_names_the_nation_not_a_person() {
    let ex = run("Sri Lankan President Naveena Ratnasiri appealed for help. Saudi Arabian Foreign Minister Tarek al-Hamdi flew in. The Costa Rican government agreed.");
    assert_kinds(
        &ex,
        &["Naveena Ratnasiri", "Tarek al-Hamdi"],
        EntityKind::Person,
    );
    assert_kinds(
        &ex,
        &["Sri Lanka", "Saudi Arabia", "Costa Rica"],
        EntityKind::Place,
    );
    assert_no_name(&ex, |n| {
        n.ends_with("Lankan") || n.ends_with("Rican") || n.ends_with("Arabian")
    });
}

#[test]
fn a_listed_name_joined_by_and_stays_whole_after_the() {
    let ex = run("The British and Irish Lions lost the second Test in Wellington.");
    assert_kinds(&ex, &["British and Irish Lions"], EntityKind::Organization);
    assert_no_name(&ex, |n| n == "Irish Lions");
}

#[test]
fn ordinary_words_coordinated_after_a_places_scope_make_one_name() {
    let ex = run("He toured the Tianhe International Convention and Exhibition Centre on Monday. Medals were won at the Asia National Championships and Youth National Championships.");
    let found = super::tests_news::names(&ex);
    assert!(
        found.contains(&"Tianhe International Convention and Exhibition Centre"),
        "{found:?}"
    );
    assert!(found.contains(&"Youth National Championships"), "{found:?}");
}

#[test]
fn a_place_opening_the_next_name_of_a_list_makes_no_place() {
    let ex = run("Witnesses including Marla Tennant, Kobe Darnell and Stevie Ormond could be called. He lives in Santa Maria, California.");
    assert_kinds(
        &ex,
        &["Marla Tennant", "Kobe Darnell", "Stevie Ormond"],
        EntityKind::Person,
    );
    assert_kinds(&ex, &["Santa Maria"], EntityKind::Place);
}

#[test]
fn a_peers_title_vouches_for_a_surname_that_is_an_ordinary_word() {
    let ex = run("The tycoon Rufus Green was charged in Chicago. Lord Green said he would fight. Lord Green's lawyer agreed.");
    let green = ex.entities.iter().position(|e| e.name == "Rufus Green");
    let mentions = ex
        .mentions
        .iter()
        .flatten()
        .filter(|m| Some(m.entity) == green)
        .count();
    assert_eq!(mentions, 3, "{:?}", super::tests_news::names(&ex));
}

#[test]
fn a_family_named_after_the_is_its_peoples_name() {
    let ex = run("The Marzotti family, which controls the group, backed the deal. The Harcastle brothers bought the paper. The Windows family of software grew.");
    assert_kinds(&ex, &["Marzotti", "Harcastle"], EntityKind::Person);
    assert_ne!(
        super::tests_news::kind(&ex, "Windows"),
        Some(EntityKind::Person)
    );
}

#[test]
fn a_creator_before_a_given_name_and_a_kind_word_is_a_person() {
    let ex = run("Puppet show creator Dan Park's company Clayworks won nothing this year.");
    assert_kinds(&ex, &["Dan Park"], EntityKind::Person);
}

#[test]
fn a_coded_name_before_and_is_a_name_of_its_own() {
    let ex = run("The game was preceded by performances by Q7 and Silver Day.");
    assert_no_name(&ex, |n| n.contains(" and "));
}

#[test]
fn a_police_force_named_after_two_areas_is_one_body() {
    let ex = run("Lothian and Borders Police said the march was peaceful.");
    assert_kinds(
        &ex,
        &["Lothian and Borders Police"],
        EntityKind::Organization,
    );
}

#[test]
fn what_one_is_nominated_for_is_no_person() {
    let ex = run("British actress Imelda Stanway, nominated for Vera Drayton, lost out.");
    assert_kinds(&ex, &["Imelda Stanway"], EntityKind::Person);
    assert_kinds(&ex, &["Vera Drayton"], EntityKind::Other);
}

#[test]
fn a_bodys_word_opening_a_camel_cased_name_makes_a_firm() {
    let ex = run("Boots agreed to merge with Alliance PharmaNet, the wholesaler, in a deal. Alliance PharmaNet operates in Spain. Alliance PharmaNet grew.");
    assert_kinds(&ex, &["Alliance PharmaNet"], EntityKind::Organization);
}

#[test]
fn a_bodys_trade_set_off_by_commas_names_a_firm() {
    let ex = run(
        "Its accountants, Arthur Wendell, went out of business. His lawyers, Tom Mesner, said no.",
    );
    assert_kinds(&ex, &["Arthur Wendell"], EntityKind::Organization);
    assert_kinds(&ex, &["Tom Mesner"], EntityKind::Person);
}

#[test]
fn a_coined_word_and_a_longer_name_are_two_bodies() {
    let ex = run("He toured the campuses of Zentrix and Mahora Consultancy Services. Doctors at Guy's and St Thomas' NHS Foundation Trust agreed.");
    let found = super::tests_news::names(&ex);
    for name in [
        "Zentrix",
        "Mahora Consultancy Services",
        "Guy's and St Thomas' NHS Foundation Trust",
    ] {
        assert!(found.contains(&name), "{name}: {found:?}");
    }
}

#[test]
fn a_hyphened_coined_name_opening_a_sentence_is_a_name() {
    let ex = run("The council said the tournament would go on. Nadeem-ul-Karim, the Pakistan captain, has resigned. Party-goers left early. Co-lead singers sang.");
    assert_kinds(&ex, &["Nadeem-ul-Karim"], EntityKind::Person);
    assert_no_name(&ex, |n| n.starts_with("Party") || n.starts_with("Co-"));
}

#[test]
fn a_motor_racing_series_after_in_is_no_place() {
    let ex = run("He will be the first driver from Stevenage in Formula One. His rival left to race in Nascar.");
    assert_kinds(&ex, &["Formula One", "Nascar"], EntityKind::Organization);
}

#[test]
fn compound_ranks_and_a_prime_ministers_short_title_are_trimmed() {
    let ex = run("Chinese military attache Major General Wang Dongshan was invited. Rear Admiral Jon Halsey said no. Italian PM Bernardo Rossetti agreed.");
    assert_kinds(
        &ex,
        &["Wang Dongshan", "Jon Halsey", "Bernardo Rossetti"],
        EntityKind::Person,
    );
    assert_no_name(&ex, |n| {
        n == "Major" || n.starts_with("Rear") || n.contains("PM")
    });
}

#[test]
fn a_monument_to_the_war_is_one_name() {
    let ex = run("They laid a floral basket before the Monument to the Victorious Harvest War.");
    assert_kinds(
        &ex,
        &["Monument to the Victorious Harvest War"],
        EntityKind::Place,
    );
}

#[test]
fn a_conference_centre_is_a_hall_and_a_consort_a_title() {
    let ex = run("Outside the Stockbridge Central conference centre, protesters marched. She will be known as Princess Consort when Edmund becomes king.");
    assert_kinds(&ex, &["Stockbridge Central"], EntityKind::Place);
    assert_no_name(&ex, |n| n.contains("Consort"));
}

#[test]
fn a_club_a_player_played_for_or_signed_from_is_a_side() {
    let ex = run("The midfielder, who has also played for Pescina, Ravona and Montelli, passed a medical. He is on loan from Castellano.");
    assert_kinds(
        &ex,
        &["Pescina", "Ravona", "Montelli", "Castellano"],
        EntityKind::Organization,
    );
}

#[test]
fn a_slavic_family_name_after_any_first_name_is_a_persons() {
    let ex = run("Mr Bates sold the club to Roman Abrazovich in 2003 for 140m pounds.");
    assert_kinds(&ex, &["Roman Abrazovich"], EntityKind::Person);
}

#[test]
fn one_elected_chairman_is_a_person_and_a_ward_a_place() {
    let ex = run("The meeting elected So Chol Min chairman of the standing committee. Delegates visited its headquarters in Hanazono ward.");
    assert_kinds(&ex, &["So Chol Min"], EntityKind::Person);
    assert_kinds(&ex, &["Hanazono"], EntityKind::Place);
}

#[test]
fn a_lettered_street_and_a_listed_portfolio_are_no_person_or_name() {
    let ex = run("The bank is on K Street in Washington. Batu Erdene, the minister of Education, Culture and Science, signed it.");
    assert_kinds(&ex, &["K Street"], EntityKind::Place);
    assert_no_name(&ex, |n| n.contains("Culture"));
}

#[test]
fn a_surnames_title_between_a_given_name_and_a_family_name_is_a_middle_name() {
    let ex = run("The ministry threatened comedian Sacha Baron Kowalczyk over the film. Baron Kowalczyk responded in character.");
    assert_kinds(&ex, &["Sacha Baron Kowalczyk"], EntityKind::Person);
    assert_no_name(&ex, |n| n == "Sacha");
}
