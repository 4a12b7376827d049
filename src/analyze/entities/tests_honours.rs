//! End-to-end tests of honours, players and the words that mark a name's
//! kind from outside it: a counted award, a title-case headline's
//! capitalised participle, a surname's particle inside a personal name, a
//! nationality of two words before a name, a player of a country, two
//! tennis sets after a player's country, the firms of a merger, a panel
//! and a tribunal, an arch, a band after "The", a compound adjective
//! opening a sentence, two nations' adjectives naming a firm, initials and
//! a surname after "owned by", what an actor stars in, a venture,
//! "Am" inside a title, a writer's plays after "include", great rivers,
//! a title-case headline's plural office and acronym, and an acronym
//! used alone in other articles, ordinary words joined by "&", and a
//! promoter or a newspaper opening a sentence, a firm named by its
//! partners' trade, an ampersand's name before a list's "and", an
//! actor's award, a town a player is sold to, and a short title-case
//! headline's verb, a given name before "West", and a sister firm named
//! like a body of the article.

use super::tests_news::{assert_kind, assert_kinds, assert_no_name, names, run};
use super::{extract, EntityKind};

#[test]
fn a_counted_award_is_the_awards_name_not_a_person() {
    assert_kind(
        "The musical won four Halloran awards and an Emmett award last year.",
        "Halloran",
        EntityKind::Other,
    );
}

#[test]
fn a_headlines_capitalised_participle_names_nothing() {
    let ex = run("Credentials Presented to Ri Su Yong\n\nPyongyang, May 10 (KCNA) -- Ri Su Yong received credentials from the new ambassador of Laos.");
    assert!(!names(&ex).contains(&"Presented"), "{:?}", names(&ex));
    assert_kinds(&ex, &["Ri Su Yong"], EntityKind::Person);
}

#[test]
fn a_surnames_particle_inside_a_name_keeps_it_a_persons() {
    let ex = run("The talks were attended by Brazil's Luan Otavio Freitas da Ribeira on Monday.");
    assert_kinds(&ex, &["Luan Otavio Freitas da Ribeira"], EntityKind::Person);
}

#[test]
fn a_nationality_of_two_words_is_no_part_of_the_name() {
    let ex = run("The film was directed by New Zealander Corwin Ashdale and shot in Wellington.");
    assert_kinds(&ex, &["Corwin Ashdale"], EntityKind::Person);
    assert_no_name(&ex, |n| n.contains("Zealander"));
}

#[test]
fn a_name_shaped_as_a_persons_of_a_country_is_a_player() {
    assert_kind(
        "He lost in the first round to Jarvo Kettunen of Finland on Tuesday.",
        "Jarvo Kettunen",
        EntityKind::Person,
    );
}

#[test]
fn tennis_sets_after_a_players_country_make_a_player() {
    assert_kind(
        "Brisk beat Carter Dent of the US 6-3 6-4 on Thursday.",
        "Carter Dent",
        EntityKind::Person,
    );
}

#[test]
fn the_names_of_a_merger_are_firms() {
    let ex = run("The group was formed in 2002 from the merger of Ostrava, Velmet and Corisa.");
    assert_kinds(
        &ex,
        &["Ostrava", "Velmet", "Corisa"],
        EntityKind::Organization,
    );
}

#[test]
fn a_panel_and_a_tribunal_are_bodies() {
    let ex = run("The Standards Panel for Wales ruled against him, and the Employment Tribunal heard his appeal.");
    assert_kinds(
        &ex,
        &["Standards Panel for Wales", "Employment Tribunal"],
        EntityKind::Organization,
    );
}

#[test]
fn an_arch_is_a_place() {
    let ex =
        run("The delegation toured the Arch of Reunification and laid flowers at Tolley Arch.");
    assert_kinds(
        &ex,
        &["Arch of Reunification", "Tolley Arch"],
        EntityKind::Place,
    );
}

#[test]
fn a_name_after_the_opening_the_is_no_persons_by_its_shape() {
    let ex = run("The Basement Vexx and the Killers are among the acts expected to play.");
    assert_ne!(
        super::tests_news::kind(&ex, "Basement Vexx"),
        Some(EntityKind::Person),
        "{:?}",
        names(&ex)
    );
}

#[test]
fn a_compound_of_ordinary_words_opening_a_sentence_names_nothing() {
    let ex = run("Far-right leader Jean-Marc Vassal called on the president to resign.");
    assert!(!names(&ex).contains(&"Far-right"), "{:?}", names(&ex));
    assert_kinds(&ex, &["Jean-Marc Vassal"], EntityKind::Person);
}

#[test]
fn two_nations_adjectives_before_a_firms_trade_are_its_name() {
    assert_kind(
        "Kestrel bought the remaining shares from British American Tobacco last year.",
        "British American Tobacco",
        EntityKind::Organization,
    );
}

#[test]
fn initials_and_a_surname_after_owned_by_are_a_persons() {
    assert_kind(
        "The horse, owned by JP Fennessy, was carried out at the first fence.",
        "JP Fennessy",
        EntityKind::Person,
    );
}

#[test]
fn what_an_actor_stars_in_is_a_work() {
    assert_kind(
        "Next year she will star in Sailors and Mermaids at the Palace Theatre.",
        "Sailors and Mermaids",
        EntityKind::Other,
    );
}

#[test]
fn a_venture_is_a_body() {
    assert_kind(
        "The grants go to the Medicines for Fever Venture in Geneva.",
        "Medicines for Fever Venture",
        EntityKind::Organization,
    );
}

#[test]
fn am_inside_a_title_names_nothing() {
    let ex = run("Their album Whatever They Say I Am sold 300,000 copies in a week.");
    assert!(!names(&ex).contains(&"Am"), "{:?}", names(&ex));
}

#[test]
fn a_writers_plays_listed_after_include_are_works() {
    let ex = run("The academy praised the playwright, whose plays include The Garden Party, The Lodger and Deceit, for his work.");
    assert_kinds(
        &ex,
        &["The Garden Party", "The Lodger", "Deceit"],
        EntityKind::Other,
    );
}

#[test]
fn a_great_river_is_a_place() {
    let ex = run("Plans include a new Thames crossing and a bridge over the Danube.");
    assert_kinds(&ex, &["Thames", "Danube"], EntityKind::Place);
}

#[test]
fn a_headlines_plural_office_names_nothing_and_its_acronym_stays() {
    let ex = run("Talks between DPRK and Laotian Defence Ministers\n\nPyongyang, October 9 (KCNA) -- Talks were held between Kim Il Chol and Chanh Sisouk today.");
    assert!(!names(&ex).contains(&"Ministers"), "{:?}", names(&ex));
    assert!(names(&ex).contains(&"North Korea"), "{:?}", names(&ex));
}

#[test]
fn an_acronym_named_elsewhere_takes_its_expansions_kind() {
    let one = vec![
        "The site received a notice under the Northern Seed Patent Act (NSPA) on Monday."
            .to_string(),
    ];
    let two = vec![
        "The NSPA notice has no effect. The NSPA gives power to seed firms. Parts of the NSPA were written to stop sharing, and the NSPA is old."
            .to_string(),
    ];
    let ex = extract(&[one, two], None);
    assert_kinds(&ex, &["Northern Seed Patent Act"], EntityKind::Other);
}

#[test]
fn ordinary_words_joined_by_an_ampersand_name_a_firm() {
    let ex = run("The insurer Royal & General said profits rose. Shares in Royal & General fell.");
    assert_kinds(&ex, &["Royal & General"], EntityKind::Organization);
}

#[test]
fn a_promoter_or_a_newspaper_opening_a_sentence_is_no_part_of_the_name() {
    let ex = run("Promoter Live Arena said it was disappointed. Newspapers Rodong Sinmun and Minju Joson carried editorials.");
    for name in ["Live Arena", "Rodong Sinmun"] {
        assert!(names(&ex).contains(&name), "{name}: {:?}", names(&ex));
    }
}

#[test]
fn a_firm_named_by_its_partners_trade_is_a_body() {
    let ex = run("Brackwell, the accountants, said wages had risen. Harlowes, the estate agents, said prices fell.");
    assert_kinds(&ex, &["Brackwell", "Harlowes"], EntityKind::Organization);
}

#[test]
fn an_ampersands_name_ends_at_the_lists_and() {
    let ex =
        run("Shareholders including Royal & General and Standard Mutual had criticised the bonus.");
    assert!(names(&ex).contains(&"Royal & General"), "{:?}", names(&ex));
    assert!(names(&ex).contains(&"Standard Mutual"), "{:?}", names(&ex));
}

#[test]
fn an_actors_or_directors_award_makes_a_person() {
    assert_kind(
        "At the ceremony, Dorado West won best actress for the film.",
        "Dorado West",
        EntityKind::Person,
    );
}

#[test]
fn a_town_a_player_is_sold_to_is_a_club() {
    assert_kind(
        "Leeds lost 2-1 at Derby on Saturday in the league, and the striker scored only once for the club. The manager said Jim Barlow has already been sold to Newcastle.",
        "Newcastle",
        EntityKind::Organization,
    );
}

#[test]
fn a_short_title_case_headlines_verb_names_nothing() {
    let ex = run("Delegation of Chongryon Arrives\n\nPyongyang, April 12 (KCNA) -- A delegation arrived here today by air.");
    assert_no_name(&ex, |n| n.contains("Arrives"));
}

#[test]
fn a_given_name_before_west_is_a_persons_name_not_a_district() {
    let ex = run(
        "Timothy West starred in the play, and voters in Belfast West and Brent East chose Adams.",
    );
    assert_kinds(&ex, &["Timothy West"], EntityKind::Person);
    assert_kinds(&ex, &["Belfast West", "Brent East"], EntityKind::Place);
}

#[test]
fn a_name_an_articles_body_opens_with_is_its_sister_firm() {
    let ex = run("Anil Varma will take control of the power businesses, including Kestrova Infocomm. The rest of Kestrova Industries stays with his brother. Shares in Kestrova Industries rose 3%.");
    assert_kinds(&ex, &["Kestrova Infocomm"], EntityKind::Organization);
}
