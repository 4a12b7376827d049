//! End-to-end tests of forms British news and KCNA use: spellings of
//! ordinary words at the start of a sentence, a firm's two capitals that
//! the corpus names again and again, a band among people in a list or
//! before an aside and a plural verb, a month that opens a name, a post
//! after a body's name, a work's author, a maker's product, an acronym
//! with small letters, a body's long name, and a court that is a place.

use super::tests_news::{kind, names, run};
use super::{extract, EntityKind};

#[test]
fn british_spellings_that_open_a_sentence_are_no_names() {
    let ex = run("Organisers of the Fenwick fair said it would go ahead. Neighbours complained about the noise. Privatisation of the Kelmoor works was delayed. Behaviour at the ground had improved, said Dara Lusk.");
    let n = names(&ex);
    for word in ["Organisers", "Neighbours", "Privatisation", "Behaviour"] {
        assert!(!n.contains(&word), "{word}: {n:?}");
    }
    assert_eq!(kind(&ex, "Dara Lusk"), Some(EntityKind::Person), "{n:?}");
}

#[test]
fn two_capitals_the_corpus_names_often_are_a_name_in_every_article() {
    let article = |text: &str| vec![text.to_string()];
    let corpus = [
        article("QX said its profits rose by 5%."),
        article("Shares in QX fell 3p in early trading."),
        article("The contract went to QX after a long tender."),
        article("Analysts said QX would gain from the deal."),
        // Once in one article and nowhere else: a code, no name.
        article("The form was marked ZK by the clerk."),
    ];
    let ex = extract(&corpus, None);
    let n = names(&ex);
    let qx = ex.entities.iter().position(|e| e.name == "QX");
    assert!(qx.is_some(), "{n:?}");
    let naming = ex
        .mentions
        .iter()
        .filter(|ms| ms.iter().any(|m| Some(m.entity) == qx))
        .count();
    assert_eq!(naming, 4, "{n:?}");
    assert!(!n.contains(&"ZK"), "{n:?}");
}

#[test]
fn a_name_with_a_digit_takes_no_persons_kind_from_a_list() {
    let ex =
        run("The line-up includes R7, Tallis Moor, Madonna and Elton Jarvis, the organisers said.");
    let n = names(&ex);
    assert_ne!(kind(&ex, "R7"), Some(EntityKind::Person), "{n:?}");
    assert_eq!(kind(&ex, "Elton Jarvis"), Some(EntityKind::Person), "{n:?}");
}

#[test]
fn a_plural_verb_after_an_aside_makes_a_band() {
    let ex = run("Velmoor, from Rye in East Sussex, also have three nominations. Tarn Ellis, with his wife, were at the party.");
    let n = names(&ex);
    assert_eq!(
        kind(&ex, "Velmoor"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
    assert_eq!(kind(&ex, "Tarn Ellis"), Some(EntityKind::Person), "{n:?}");
}

#[test]
fn a_month_after_the_opens_a_name() {
    let ex = run("Veterans marked the November Uprising in Kelvar. The 9th June Tarsk Art Festival opened on Monday. In May Dara Lusk won the seat.");
    let n = names(&ex);
    for name in ["November Uprising", "June Tarsk Art Festival", "Dara Lusk"] {
        assert!(n.contains(&name), "{name}: {n:?}");
    }
}

#[test]
fn a_club_takes_a_plural_verb_in_a_league_report() {
    let ex = run("Drumvale remain third after a 1-1 draw. Corrieford travel to Inverlane on Saturday. Fans saw Tobin Marsh face the press.");
    let n = names(&ex);
    for club in ["Drumvale", "Corrieford"] {
        assert_eq!(
            kind(&ex, club),
            Some(EntityKind::Organization),
            "{club}: {n:?}"
        );
    }
    assert_eq!(kind(&ex, "Tobin Marsh"), Some(EntityKind::Person), "{n:?}");
}

#[test]
fn a_departments_post_after_a_name_makes_a_body() {
    let ex = run("Kelmar Athletics performance director Max Joss said so. Vantor finance director Jo Lusk agreed.");
    let n = names(&ex);
    for body in ["Kelmar Athletics", "Vantor"] {
        assert_eq!(
            kind(&ex, body),
            Some(EntityKind::Organization),
            "{body}: {n:?}"
        );
    }
    assert_eq!(kind(&ex, "Jo Lusk"), Some(EntityKind::Person), "{n:?}");
}

#[test]
fn a_written_works_by_names_its_author() {
    let ex =
        run("The film is based on the novel by HG Marsh. A portrait by Kovar Ilsen sold for £2m.");
    let n = names(&ex);
    for person in ["HG Marsh", "Kovar Ilsen"] {
        assert_eq!(
            kind(&ex, person),
            Some(EntityKind::Person),
            "{person}: {n:?}"
        );
    }
}

#[test]
fn a_known_makers_coined_word_is_a_product() {
    let ex = run(
        "Sony MegaDeck sales rose in Japan. BT Wholesale said it had signed up more customers.",
    );
    let n = names(&ex);
    assert_eq!(kind(&ex, "Sony MegaDeck"), Some(EntityKind::Other), "{n:?}");
    assert_eq!(
        kind(&ex, "BT Wholesale"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
}

#[test]
fn an_acronym_with_small_letters_is_its_full_name() {
    let ex = run("The Department for Kelp and Tides said the DfKT would act. The Ministry of Vellum agreed, and the MoV said so.");
    let n = names(&ex);
    for short in ["DfKT", "MoV"] {
        assert!(!n.contains(&short), "{short}: {n:?}");
    }
    let full = ex
        .entities
        .iter()
        .find(|e| e.name == "Ministry of Vellum")
        .map(|e| e.aliases.clone());
    assert!(full.is_some_and(|a| a.iter().any(|x| x == "MoV")), "{n:?}");
}

#[test]
fn a_bodys_long_name_stays_whole() {
    let name = "Tarsk Committee on Measures for Flood Victims for the Northern Provinces and Displaced Workers";
    let ex = run(&format!("The {name} issued a statement on Monday."));
    let n = names(&ex);
    assert_eq!(kind(&ex, name), Some(EntityKind::Organization), "{n:?}");
}

#[test]
fn a_nationality_before_a_bodys_ordinary_last_word_stays_in_its_name() {
    let ex = run("The British Phonoglyph Industry welcomed the launch. The Kelvish Retail Consortium agreed.");
    let n = names(&ex);
    assert!(n.contains(&"British Phonoglyph Industry"), "{n:?}");
    assert!(!n.contains(&"Phonoglyph Industry"), "{n:?}");
    assert_eq!(
        kind(&ex, "Kelvish Retail Consortium"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
}

#[test]
fn a_technologys_acronym_is_no_name() {
    let ex = run("The Kelvar regulator said VoIP calls and ADSL lines were growing. DRM software is unpopular, said Ilse Varga.");
    let n = names(&ex);
    for term in ["VoIP", "ADSL", "DRM"] {
        assert!(!n.contains(&term), "{term}: {n:?}");
    }
}

#[test]
fn a_court_named_by_its_own_word_is_a_place() {
    let ex = run("The final was played on Tarrow Court in Kelvar. The High Court ruled on Monday, and the European Court agreed.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "Tarrow Court"), Some(EntityKind::Place), "{n:?}");
    for court in ["High Court", "European Court"] {
        assert_eq!(
            kind(&ex, court),
            Some(EntityKind::Organization),
            "{court}: {n:?}"
        );
    }
}
