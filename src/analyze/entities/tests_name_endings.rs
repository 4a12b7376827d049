//! End-to-end tests of names that their own letters or their order in
//! the article type: a family name by its Slavic, Georgian or Balkan
//! ending, a listed place's first word opening a sentence, a nation's
//! noun that is a given name before a full name, a family firm named
//! before its chairman, a trade between a body and a given name, a
//! shop's possessive before another name, a title's small first word,
//! a drill's adjectives before its noun, an ordinary word before a
//! leader, a firm named before the new name it opens, an unknown word
//! before "West" among people, a family name that is a kind's word
//! opening an East Asian name, a band, a chorus, a generalissimo, a
//! service named by one word before "and", a plural title before a list.

use super::tests_news::{assert_kind, assert_kinds, assert_no_name, run};
use super::EntityKind;

#[test]
fn a_slavic_family_name_alone_is_a_persons() {
    let ex = run("There had been an agreement between Dravichev and the first administration. I also like the books by Pelnikov. Dravichev later proposed a zone.");
    assert_kinds(&ex, &["Dravichev", "Pelnikov"], EntityKind::Person);
}

#[test]
fn a_georgian_or_balkan_family_name_alone_is_a_persons() {
    let ex = run("The talks stalled when Berishvili left the room. Observers expected Dragomirovic to return.");
    assert_kinds(&ex, &["Berishvili", "Dragomirovic"], EntityKind::Person);
}

#[test]
fn a_place_with_a_surnames_ending_stays_a_place() {
    assert_kind(
        "Fans gathered in Rostov on Sunday as the talks stalled.",
        "Rostov",
        EntityKind::Place,
    );
}

#[test]
fn a_listed_places_first_word_opens_a_sentence_though_written_in_lower_case_elsewhere() {
    let ex = run("The committee will decide in July on the new stadium. New York, Madrid and Moscow are also bidding for a new contract.");
    assert_kinds(&ex, &["New York", "Madrid"], EntityKind::Place);
}

#[test]
fn a_nations_noun_that_is_a_given_name_drops_before_a_name_of_two_words() {
    let ex = run("The service was founded by Swede Anders Tovik and Dane Jorunn Velsgaard in 2003. Finn Castleby kicked a penalty.");
    assert_kinds(
        &ex,
        &["Jorunn Velsgaard", "Finn Castleby"],
        EntityKind::Person,
    );
}

#[test]
fn a_family_firm_named_before_its_chairman_stays_a_body() {
    let ex = run("Carmaker Velden sold more cars than Harkness in the United States last month.\n\nHarkness chairman Tom Harkness said the company would cut 3,000 jobs. Harkness's shares fell 2% on the stock exchange.");
    assert_kinds(&ex, &["Harkness"], EntityKind::Organization);
    assert_kinds(&ex, &["Tom Harkness"], EntityKind::Person);
}

#[test]
fn a_surname_after_the_full_name_stays_the_persons() {
    let ex = run("Analysts spoke to Craig Dunmore, who is running for the Liberal Democrats. Dunmore is a former military contractor and owns a vape store.");
    assert_kinds(&ex, &["Craig Dunmore"], EntityKind::Person);
    assert_no_name(&ex, |n| n == "Dunmore");
}

#[test]
fn a_trade_between_a_body_and_a_given_name_is_the_persons_post() {
    assert_kind(
        "He had an affair with Tattler publisher Moira Quennell, it emerged.",
        "Moira Quennell",
        EntityKind::Person,
    );
}

#[test]
fn a_shops_possessive_before_and_and_another_name_is_its_own() {
    let ex = run("Booksellers Pennick's and Dollond Group are taking advance orders.");
    assert_kinds(
        &ex,
        &["Pennick's", "Dollond Group"],
        EntityKind::Organization,
    );
}

#[test]
fn a_titles_small_first_word_inside_a_sentence_is_the_titles() {
    assert_kind(
        "The band won album of the year for How To Mend A Broken Drum on Sunday.",
        "How To Mend A Broken Drum",
        EntityKind::Other,
    );
}

#[test]
fn a_drills_adjectives_before_exercises_outweigh_a_papers_last_word() {
    assert_kind(
        "The warmongers staged the Hanbit Freedom Guardian joint military exercises again.",
        "Hanbit Freedom Guardian",
        EntityKind::Event,
    );
}

#[test]
fn an_ordinary_word_opening_the_sentence_before_a_leader_names_nothing() {
    let ex = run("Outgoing leader Marcus Pellow said he had every confidence in his successor.");
    assert_kinds(&ex, &["Marcus Pellow"], EntityKind::Person);
    assert_no_name(&ex, |n| n.contains("Outgoing"));
}

#[test]
fn a_firm_named_before_the_new_name_it_opens_stays_a_body() {
    let ex = run("Dravon Steel has agreed to buy rival Castelor. Castelor's board had fought the bid, and Castelor chairman Joseph Kinnell will stay. The new company will be called Castelor Dravon. Shares in Castelor rose 3.5%.");
    assert_kinds(&ex, &["Castelor"], EntityKind::Organization);
}

#[test]
fn an_unknown_word_before_west_in_a_list_of_people_is_a_persons_name() {
    let ex = run("Mariah Carey, Tavon West and John Legend won three awards each. In Kowloon West, turnout was high.");
    assert_kinds(&ex, &["Tavon West"], EntityKind::Person);
    assert_kinds(&ex, &["Kowloon West"], EntityKind::Place);
}

#[test]
fn a_family_name_that_is_a_kinds_word_opens_an_east_asian_name() {
    let ex = run("The statement said that the Park Sung Hye group was pursuing confrontation. Park Sung Hye met officials.");
    assert_kinds(&ex, &["Park Sung Hye"], EntityKind::Person);
    assert_no_name(&ex, |n| n == "Park" || n == "Sung Hye");
}

#[test]
fn a_band_and_a_chorus_are_bodies_and_a_generalissimo_a_title() {
    let ex = run("The Hanbong Band gave a performance in celebration of the day. The State Merited Chorus also performed. They sang of Generalissimo Ri Pyong Chun.");
    assert_kinds(
        &ex,
        &["Hanbong Band", "State Merited Chorus"],
        EntityKind::Organization,
    );
    assert_kinds(&ex, &["Ri Pyong Chun"], EntityKind::Person);
}

#[test]
fn a_service_named_by_one_word_is_no_part_of_the_next_services_name() {
    let ex = run("The Army and Air Force were deployed. The Navy and Marine Corps trained together. He met the Food and Drug Administration.");
    assert_kinds(
        &ex,
        &[
            "Army",
            "Air Force",
            "Navy",
            "Marine Corps",
            "Food and Drug Administration",
        ],
        EntityKind::Organization,
    );
}

#[test]
fn a_plural_title_before_a_list_names_people() {
    let ex = run("Princes Edmund and Harry are said to be delighted.");
    assert_kinds(&ex, &["Edmund", "Harry"], EntityKind::Person);
}
