//! End-to-end tests of how business, British and state-press news write
//! names: a firm's trade opening a sentence, a title that is a surname, a
//! country written with a lower-case compass word, a paper that carries an
//! article.

use super::tests_news::{kind, names, run};
use super::EntityKind;

#[test]
fn a_trade_opening_the_sentence_is_no_part_of_the_name_and_types_it() {
    let ex = run("Rival Zentrix said its tool would be free. Retailer Volkmart said sales fell.");
    let n = names(&ex);
    assert!(!n.contains(&"Rival Zentrix"), "{n:?}");
    assert!(n.contains(&"Zentrix"), "{n:?}");
    assert_eq!(
        kind(&ex, "Volkmart"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
}

#[test]
fn a_title_that_is_a_surname_ends_a_name_when_no_name_follows() {
    let ex = run("The central bank's governor Orvin King said growth would slow. Later Orvin King spoke again.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "Orvin King"), Some(EntityKind::Person), "{n:?}");
    assert!(!n.contains(&"Orvin"), "{n:?}");
}

#[test]
fn a_lower_case_compass_word_still_names_the_country() {
    let ex = run(
        "The statement said the south Korean authorities and south Korea must stop the drills.",
    );
    let n = names(&ex);
    assert_eq!(kind(&ex, "South Korea"), Some(EntityKind::Place), "{n:?}");
    assert!(!n.contains(&"Korea"), "{n:?}");
}

#[test]
fn what_carries_an_article_is_a_paper() {
    let ex = run(
        "Vonsa Tallin today carries an article on the harvest. Vonsa Tallin says farms did well.",
    );
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Vonsa Tallin"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
}

#[test]
fn an_award_of_the_year_is_one_thing_and_a_member_title_splits_a_party_from_its_member() {
    let ex = run("Dara Quillon was named Zembla Sports Personality of the Year on Sunday. Greenline MEP Orla Vantry said the party would stand.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Zembla Sports Personality of the Year"),
        Some(EntityKind::Other),
        "{n:?}"
    );
    assert!(!n.contains(&"Year"), "{n:?}");
    assert!(!n.contains(&"Greenline MEP"), "{n:?}");
    assert_eq!(kind(&ex, "Orla Vantry"), Some(EntityKind::Person), "{n:?}");
}

#[test]
fn number_ten_is_downing_street_and_a_street_opening_a_sentence_keeps_its_first_word() {
    let ex = run("Downing Street said the vote would go ahead. A Number 10 spokesman agreed.\n\nFeltering Road was closed.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Downing Street"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
    assert!(!n.contains(&"Number"), "{n:?}");
    let street = ex.entities.iter().position(|e| e.name == "Downing Street");
    let mentions = ex.mentions[0]
        .iter()
        .filter(|m| Some(m.entity) == street)
        .count();
    assert_eq!(mentions, 2, "{n:?}");
    assert!(n.contains(&"Feltering Road"), "{n:?}");
}

#[test]
fn a_ruler_s_administration_opening_a_sentence_types_a_person() {
    let ex = run("The Pellam administration's policy will fail, the paper said.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "Pellam"), Some(EntityKind::Person), "{n:?}");
}

#[test]
fn a_work_named_after_its_kind_is_a_thing_unless_a_clause_follows() {
    let ex = run(
        "Critics praised the film Marla Quent at the festival. She saw the film Dorian Voss made.",
    );
    let n = names(&ex);
    assert_eq!(kind(&ex, "Marla Quent"), Some(EntityKind::Other), "{n:?}");
    assert_eq!(kind(&ex, "Dorian Voss"), Some(EntityKind::Person), "{n:?}");
}

#[test]
fn an_acronym_written_as_a_word_is_the_long_name_it_spells() {
    let ex = run("The Zemblan Orbital Agency said the probe landed. Later Zoa said it worked.");
    let n = names(&ex);
    assert!(!n.contains(&"Zoa"), "{n:?}");
    assert_eq!(
        kind(&ex, "Zemblan Orbital Agency"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
}

#[test]
fn a_war_naming_a_cemetery_is_no_short_form_of_it_and_a_day_of_is_an_event() {
    let ex = run("He visited the Vorna Liberation War Martyrs Cemetery on the anniversary of victory in the Vorna Liberation War. Celebrations of the Day of the Bright Lamp were held.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Vorna Liberation War"),
        Some(EntityKind::Event),
        "{n:?}"
    );
    assert_eq!(
        kind(&ex, "Day of the Bright Lamp"),
        Some(EntityKind::Event),
        "{n:?}"
    );
}

#[test]
fn a_courtesy_title_names_a_person_whatever_word_follows() {
    let ex = run("Dara Gates spoke at the summit. Later, Mr Gates said the deal was done.\n\nOfficials met Mr Banks on Monday.");
    let n = names(&ex);
    assert!(!n.contains(&"Mr Gates"), "{n:?}");
    assert!(!n.contains(&"Gates"), "{n:?}");
    assert_eq!(kind(&ex, "Dara Gates"), Some(EntityKind::Person), "{n:?}");
    assert_eq!(kind(&ex, "Banks"), Some(EntityKind::Person), "{n:?}");
}

#[test]
fn a_club_s_last_word_alone_is_the_club_and_a_team_faced_is_a_club() {
    let ex = run("Oldfield reached the cup final after a 1-0 win over Brackwell United at the stadium. The striker scored the only goal and the referee booked three players. Their manager said United had been unlucky. Next week Oldfield face Carlton on Saturday.");
    let n = names(&ex);
    assert!(!n.contains(&"United"), "{n:?}");
    assert_eq!(
        kind(&ex, "Brackwell United"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
    assert_eq!(
        kind(&ex, "Carlton"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
}

#[test]
fn an_overlong_run_splits_before_its_last_of_into_two_bodies() {
    let ex = run("He was accompanied by Ro Tal Gun, member of the Presidium of the Political Bureau of the ZWP Central Committee.");
    let n = names(&ex);
    assert!(n.contains(&"Presidium of the Political Bureau"), "{n:?}");
    assert_eq!(
        kind(&ex, "ZWP Central Committee"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
}

#[test]
fn an_office_after_a_title_and_of_is_no_name_and_a_name_s_syllable_is_no_title() {
    let ex = run("Pyongyang, May 5 (Juche 112) -- The Zemblan Friendship Society sent a letter.\n\nThe Minister of Foreign Affairs of Laos, Tovan Rusketh, sent a message. The ambassador, Ri Su Hon, attended.");
    let n = names(&ex);
    assert!(!n.iter().any(|x| x.contains("Affairs")), "{n:?}");
    assert_eq!(kind(&ex, "Laos"), Some(EntityKind::Place), "{n:?}");
    assert_eq!(kind(&ex, "Ri Su Hon"), Some(EntityKind::Person), "{n:?}");
    assert!(n.contains(&"Zemblan Friendship Society"), "{n:?}");
}

#[test]
fn a_troupe_or_an_orchestra_is_a_body() {
    let ex = run("The Vanzor Art Troupe gave a performance. Artistes of the Kelmar Opera Troupe also appeared.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Vanzor Art Troupe"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
    assert_eq!(
        kind(&ex, "Kelmar Opera Troupe"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
}

#[test]
fn a_festival_at_a_place_of_is_an_event() {
    let ex = run("The band will headline the Isle of Vorn Festival, organisers said.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Isle of Vorn Festival"),
        Some(EntityKind::Event),
        "{n:?}"
    );
}

#[test]
fn a_name_set_off_by_commas_after_a_role_is_that_person() {
    let ex = run("The alliance's secretary general, Jorn de Hoop Vassel, visited the capital.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Jorn de Hoop Vassel"),
        Some(EntityKind::Person),
        "{n:?}"
    );
}

#[test]
fn a_participle_after_a_description_s_head_leaves_the_head_to_decide() {
    let ex = run("He also showed off the Zorvex Mini, a small computer aimed at students.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "Zorvex Mini"), Some(EntityKind::Other), "{n:?}");
}

#[test]
fn a_shop_named_for_its_founder_keeps_its_s_and_is_a_firm() {
    let ex = run("Analysts said Brodkin's has warned of lower profits. Shares in Brodkin fell 3%.");
    let n = names(&ex);
    let shop = ex.entities.iter().find(|e| e.name.starts_with("Brodkin"));
    assert_eq!(
        shop.map(|e| e.kind),
        Some(EntityKind::Organization),
        "{n:?}"
    );
    assert_eq!(
        n.iter().filter(|x| x.starts_with("Brodkin")).count(),
        1,
        "{n:?}"
    );
    // A possessive before a noun stays a possessive.
    let ex = run("Officials said Marla Quinby's plan would fail.");
    assert!(names(&ex).contains(&"Marla Quinby"), "{:?}", names(&ex));
}

#[test]
fn the_name_after_a_person_and_of_is_where_they_work() {
    let ex = run("\"Demand is weak,\" said Richard Tolley of Harwin Pierce. Dana Reyes of Carlow Dunne agreed.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Harwin Pierce"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
    assert_eq!(
        kind(&ex, "Carlow Dunne"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
    assert_eq!(
        kind(&ex, "Richard Tolley"),
        Some(EntityKind::Person),
        "{n:?}"
    );
}

#[test]
fn the_author_of_a_goal_or_a_letter_is_no_place() {
    let ex =
        run("United won thanks to a goal from Eskil Vardanyan. A letter from Tomas Breck arrived.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Eskil Vardanyan"),
        Some(EntityKind::Person),
        "{n:?}"
    );
    assert_eq!(kind(&ex, "Tomas Breck"), Some(EntityKind::Person), "{n:?}");
}

#[test]
fn people_of_a_body_opening_a_sentence_are_not_its_name() {
    let ex = run("Farmers of the Tongrim Co-operative Farm overfulfilled their plans. Friends of the Earth objected.");
    let n = names(&ex);
    assert!(n.contains(&"Tongrim Co-operative Farm"), "{n:?}");
    assert!(n.contains(&"Friends of the Earth"), "{n:?}");
}

#[test]
fn a_name_before_war_games_is_an_event() {
    let ex = run("The allies staged the Korsan Tide joint military exercises in August.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "Korsan Tide"), Some(EntityKind::Event), "{n:?}");
}

#[test]
fn a_committee_for_relations_with_others_is_one_name() {
    let ex = run("The Varnan Committee for Cultural Relations with Foreign Countries hosted a show. Relations with Ostrava are strained.");
    let n = names(&ex);
    assert!(
        n.contains(&"Varnan Committee for Cultural Relations with Foreign Countries"),
        "{n:?}"
    );
    assert!(!n.iter().any(|x| x.starts_with("Relations")), "{n:?}");
}

#[test]
fn the_words_of_a_quoted_title_are_no_names() {
    let ex =
        run("The paper carried an article titled \"Juche Banners Are Ever-Victorious\" on Friday.");
    let n = names(&ex);
    assert!(!n.iter().any(|x| x.contains("Victorious")), "{n:?}");
}

#[test]
fn what_a_body_calls_its_own_is_a_thing() {
    let ex = run("Kestrel said its Vantor Portable would go on sale in May.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Vantor Portable"),
        Some(EntityKind::Other),
        "{n:?}"
    );
}

#[test]
fn a_role_in_a_name_is_a_part_in_a_film() {
    let ex = run("Staunton won an award for her role in Mara Quist.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "Mara Quist"), Some(EntityKind::Other), "{n:?}");
}

#[test]
fn state_press_bodies_papers_and_hills() {
    let ex = run("Flowers were laid on Tongmyong Hill. The Association of Koreans in Japan sent a delegation. The Haedong Ilbo of south Korea reported on it, and the Fed held rates.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Tongmyong Hill"),
        Some(EntityKind::Place),
        "{n:?}"
    );
    assert!(n.contains(&"Association of Koreans in Japan"), "{n:?}");
    assert_eq!(
        kind(&ex, "Haedong Ilbo"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
    assert!(n.contains(&"Federal Reserve"), "{n:?}");
}

#[test]
fn a_work_after_its_maker_and_figures_from_a_source() {
    let ex = run(
        "Brightwave's The Luminaries won the prize. Figures from Marlow Tracking showed a rise.",
    );
    let n = names(&ex);
    let work = ex.entities.iter().find(|e| e.name.contains("Luminaries"));
    assert_eq!(work.map(|e| e.kind), Some(EntityKind::Other), "{n:?}");
    assert_ne!(
        kind(&ex, "Marlow Tracking"),
        Some(EntityKind::Place),
        "{n:?}"
    );
}

#[test]
fn a_korean_family_name_that_is_an_english_word_stays() {
    let ex = run("The delegation was led by So Pyong Sul, and Minister No Kang Chol received it.");
    let n = names(&ex);
    assert!(n.contains(&"So Pyong Sul"), "{n:?}");
    assert!(n.contains(&"No Kang Chol"), "{n:?}");
}

#[test]
fn an_event_with_its_year_is_one_name() {
    let ex = run("England reached the last eight of Euro 2004 in Lisbon. Expo 2010 opened in May. In June 2004 the talks began.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "Euro 2004"), Some(EntityKind::Event), "{n:?}");
    assert_eq!(kind(&ex, "Expo 2010"), Some(EntityKind::Event), "{n:?}");
    assert!(!n.iter().any(|x| x.contains("June")), "{n:?}");
}

#[test]
fn the_olympic_adjective_names_the_games() {
    let ex = run("The double Olympic champion Mara Quell won the Olympic marathon in Lisbon.");
    let n = names(&ex);
    assert!(!n.contains(&"Olympic"), "{n:?}");
    assert_eq!(kind(&ex, "Olympics"), Some(EntityKind::Event), "{n:?}");
}
