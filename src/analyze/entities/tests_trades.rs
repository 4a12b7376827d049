//! End-to-end tests of forms met in British news and beyond: a side's plural verb and
//! the result words of a match report, a prosecutor's court, a firm named
//! by its trade, a list a plural noun introduces, a Crown department, an
//! island group's name before "for", the pronoun "I" after a place, a
//! demonym in "X and other …", a firm paired with a clear body, a cup tie
//! reported without a score, the possessor of a person, a band's headline
//! verb, a product named in camel case, a French "des", a constituency, a
//! title before a Korean name, a kind of place before a list, a verb before
//! an object pronoun, a son's name with "bin", a pair of examples, a
//! sentence's "Multiple", the people of a city, a transfer story, a
//! person whose given name another article's firm bears, a name its acronym
//! spells out.

use super::tests_news::{kind, names, run};
use super::EntityKind;

#[test]
fn a_side_with_a_plural_verb_in_a_match_report_is_a_club() {
    let ex = run(
        "Harriet extend lead at the top\n\nHarriet moved nine points clear at the top of the \
        league with a 2-0 win over Oldbury. Ann Smith opened the scoring after 38 minutes. \
        Rovers, who were held at home by Tamsin, now trail the leaders.",
    );
    let n = names(&ex);
    for club in ["Harriet", "Oldbury", "Tamsin"] {
        assert_eq!(
            kind(&ex, club),
            Some(EntityKind::Organization),
            "{club}: {n:?}"
        );
    }
    assert_eq!(kind(&ex, "Ann Smith"), Some(EntityKind::Person), "{n:?}");
}

#[test]
fn a_district_attorney_is_a_title_not_part_of_the_county() {
    let ex = run("Orvania County District Attorney Mikel Brand is leading the prosecution.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Orvania County"),
        Some(EntityKind::Place),
        "{n:?}"
    );
    assert_eq!(kind(&ex, "Mikel Brand"), Some(EntityKind::Person), "{n:?}");
    assert!(!n.iter().any(|name| name.contains("District")), "{n:?}");
}

#[test]
fn a_trade_in_the_plural_before_a_name_makes_it_a_firm() {
    let ex = run(
        "Accountants Brindlecoat were appointed administrators on Friday. A report by \
        analysts Kestrel Telecoms said sales fell.",
    );
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Brindlecoat"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
    assert_eq!(
        kind(&ex, "Kestrel Telecoms"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
    assert!(!n.iter().any(|name| name.contains("Accountants")), "{n:?}");
}

#[test]
fn a_plural_noun_before_a_list_outweighs_a_listed_town() {
    let ex = run("Banks including Bristol, Fenmoor and the Brackley Bank will offer the accounts.");
    let n = names(&ex);
    for bank in ["Bristol", "Fenmoor", "Brackley Bank"] {
        assert_eq!(
            kind(&ex, bank),
            Some(EntityKind::Organization),
            "{bank}: {n:?}"
        );
    }
}

#[test]
fn a_crown_department_is_one_body() {
    let ex = run("The forms go to HM Revenue and Customs, which checks them.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "HM Revenue and Customs"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
}

#[test]
fn islands_end_their_name_before_for() {
    let ex = run("The stars flew to the Tarrow Islands for the Golden Globes.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Tarrow Islands"),
        Some(EntityKind::Place),
        "{n:?}"
    );
    assert!(!n.iter().any(|name| name.contains(" for ")), "{n:?}");
}

#[test]
fn the_pronoun_after_a_place_is_no_numeral() {
    let ex = run("Lina Ostrow said: \"After Paris I needed a rest.\" She won in Paris.");
    let n = names(&ex);
    assert!(!n.iter().any(|name| name.ends_with(" I")), "{n:?}");
    assert_eq!(kind(&ex, "Paris"), Some(EntityKind::Place), "{n:?}");
}

#[test]
fn a_demonym_before_the_noun_of_and_other_is_skipped() {
    let ex = run("Tanabe and other Japanese politicians visited the shrine.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "Tanabe"), Some(EntityKind::Person), "{n:?}");
}

#[test]
fn a_name_of_no_given_name_beside_a_clear_body_is_a_body() {
    let ex = run("Fenwick Airways and Aer Tolva have struggled with rising fuel costs.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Aer Tolva"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
}

#[test]
fn a_story_about_a_cup_tie_without_a_score_names_its_clubs() {
    let ex = run(
        "Kelso manager Ann Smith has been fined for his remarks about the referee after the \
        Champions League tie with Bristol. Bristol coach Jo Lane was cleared. The side face \
        Rovers in the quarter-finals.",
    );
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Bristol"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
}

#[test]
fn the_possessor_of_a_person_named_in_full_is_no_person() {
    let ex = run("Tarvel's Jenson Brook finished third in the race.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "Tarvel"), Some(EntityKind::Organization), "{n:?}");
    assert_eq!(kind(&ex, "Jenson Brook"), Some(EntityKind::Person), "{n:?}");
}

#[test]
fn a_band_in_a_headline_takes_a_plural_verb() {
    let ex =
        run("Otto Brenner win at awards\n\nGlasgow band Otto Brenner won two prizes on Tuesday.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Otto Brenner"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
}

#[test]
fn a_camel_cased_word_after_a_makers_name_is_a_product() {
    let ex = run("The Tarvex ShieldGuard tool is based on technology the firm bought.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Tarvex ShieldGuard"),
        Some(EntityKind::Other),
        "{n:?}"
    );
}

#[test]
fn a_french_des_joins_a_name() {
    let ex = run("He sheltered 1,200 people at the Hotel des Trois Vents in Kigali.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Hotel des Trois Vents"),
        Some(EntityKind::Place),
        "{n:?}"
    );
}

#[test]
fn a_town_and_two_compass_words_is_a_constituency() {
    let ex = run("The party is targeting Leeds North West at the election.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Leeds North West"),
        Some(EntityKind::Place),
        "{n:?}"
    );
}

#[test]
fn a_title_before_a_korean_name_of_english_syllables_is_trimmed() {
    let ex = run("Chairman So Man Ryol said the association had grown.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "So Man Ryol"), Some(EntityKind::Person), "{n:?}");
    assert!(!n.iter().any(|name| name.contains("Chairman")), "{n:?}");
}

#[test]
fn a_kind_of_place_in_the_plural_before_a_list_names_places() {
    let ex = run("The county is home to the cities Farrowby and Tenwick, which closed schools.");
    let n = names(&ex);
    for town in ["Farrowby", "Tenwick"] {
        assert_eq!(kind(&ex, town), Some(EntityKind::Place), "{town}: {n:?}");
    }
}

#[test]
fn a_word_before_an_object_pronoun_opening_a_sentence_is_a_verb() {
    let ex = run("They were given old rice. Dissolvz it in water and drink it?");
    let n = names(&ex);
    assert!(n.is_empty(), "{n:?}");
}

#[test]
fn a_sons_name_with_bin_is_a_person() {
    let ex = run("On Friday, Qassim bin Tariq, the long-serving ruler, died aged 79.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Qassim bin Tariq"),
        Some(EntityKind::Person),
        "{n:?}"
    );
}

#[test]
fn a_pair_given_as_examples_after_a_known_place_is_two_places() {
    let ex = run("Those born in possessions such as Puerto Rico and Tavuam gain no citizenship.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "Tavuam"), Some(EntityKind::Place), "{n:?}");
}

#[test]
fn multiple_opening_a_sentence_and_the_people_of_a_city_are_no_names() {
    let ex =
        run("The virus spread. Multiple Farrovian officials were infected. Berliners stayed home.");
    let n = names(&ex);
    assert!(
        !n.iter()
            .any(|name| name.contains("Multiple") || *name == "Berliners"),
        "{n:?}"
    );
}

#[test]
fn a_transfer_story_names_its_clubs() {
    let ex = run(
        "Bristol captain Jo Lane has rejected a transfer and signed a new contract. The \
        midfielder captained Bristol to victory in the Champions League final, and the club \
        was delighted.",
    );
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Bristol"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
}

#[test]
fn a_role_before_a_name_outweighs_a_firm_named_like_its_first_word() {
    let article = |text: &str| -> Vec<String> { text.split("\n\n").map(str::to_string).collect() };
    let ex = super::extract(
        &[
            article("Players\n\nUnited defender Zeno Farrant has been banned for eight months."),
            article("Players\n\nRival makers such as Creative, Zeno and Vexa have struggled."),
        ],
        None,
    );
    let n = names(&ex);
    assert_eq!(kind(&ex, "Zeno"), Some(EntityKind::Organization), "{n:?}");
    assert_eq!(kind(&ex, "Zeno Farrant"), Some(EntityKind::Person), "{n:?}");
}

#[test]
fn a_name_its_acronym_spells_out_holds_its_small_word() {
    let ex =
        run("Shoppers spent more online, according to the Digital Trade in Retail Forum (DTRF).");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Digital Trade in Retail Forum"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
}
