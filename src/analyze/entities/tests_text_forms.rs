//! End-to-end tests of how the form of the text bears on names: datelines
//! in capitals, sentence openings after questions and interview labels,
//! names vouched for at a sentence's start, another script than the
//! block's, and a headline passed as an extra first block.

use super::tests_news::{kind, names, run};
use super::{extract, EntityKind};

#[test]
fn capitals_datelines_name_a_place_and_open_the_sentence() {
    let ex = run("LONDON (Reuters) - Shares in Barclays rose 2% on Monday.\n\nBAKU, Azerbaijan, Nov 24 (Reuters) - Nearly 200 countries agreed.\n\nSAN FRANCISCO — Nvidia shares fell.");
    let n = names(&ex);
    assert_eq!(kind(&ex, "London"), Some(EntityKind::Place), "{n:?}");
    assert_eq!(kind(&ex, "Baku"), Some(EntityKind::Place), "{n:?}");
    assert_eq!(kind(&ex, "San Francisco"), Some(EntityKind::Place), "{n:?}");
    assert_eq!(
        kind(&ex, "Barclays"),
        Some(EntityKind::Organization),
        "{n:?}"
    );
    for bad in ["LONDON", "Shares", "Nearly", "SAN FRANCISCO"] {
        assert!(!n.contains(&bad), "{bad} in {n:?}");
    }
    let london = ex.entities.iter().find(|e| e.name == "London");
    assert!(london.is_some_and(|e| e.aliases.contains(&"LONDON".to_string())));
}

#[test]
fn names_in_another_script_than_the_blocks_are_left_out() {
    let ex = run("The rally in Nukuʻalofa was filmed by Ирина Волкова for Tonga Broadcasting.\n\nВладимир Петров приехал в Тюмень.");
    let n = names(&ex);
    assert!(n.contains(&"Nukuʻalofa"), "{n:?}");
    assert!(!n.contains(&"Ирина Волкова"), "{n:?}");
    assert!(n.contains(&"Владимир Петров"), "{n:?}");
}

#[test]
fn questions_and_interview_labels_open_sentences() {
    let ex = run("((WN))  Will Blue Lantern keep the old servers?\n\n((Dana Whitfield))  Greetings from the team. Certainly Blue Lantern will.\n\nThe film starred Will Smith.");
    let n = names(&ex);
    for bad in ["Will Blue Lantern", "Greetings", "Certainly Blue Lantern"] {
        assert!(!n.contains(&bad), "{bad} in {n:?}");
    }
    assert!(n.contains(&"Blue Lantern"), "{n:?}");
    assert!(n.contains(&"Will Smith"), "{n:?}");
}

#[test]
fn sentence_initial_names_vouched_by_what_follows() {
    let ex = run("Anthropic, a rival backed by Amazon, raised money. Fitch and Moody's will review it. NatWest shares slipped. Spaniard wins again. Local officials said the local roads were shut.");
    let n = names(&ex);
    for want in ["Anthropic", "Fitch", "NatWest"] {
        assert!(n.contains(&want), "{want} missing in {n:?}");
    }
    assert!(!n.contains(&"Spaniard"), "{n:?}");
    assert!(!n.contains(&"Local"), "{n:?}");
}

#[test]
fn a_headline_as_extra_first_block_is_harmless() {
    let body =
        "Wolves beat Manchester City 2-1 on Saturday.\n\nGary O'Neil said the fans were superb.";
    let with_title = format!("Wolves stun City at Molineux\n\n{body}");
    for text in [body, with_title.as_str()] {
        let blocks: Vec<String> = text.split("\n\n").map(str::to_string).collect();
        let ex = extract(std::slice::from_ref(&blocks), None);
        for m in ex.mentions.iter().flatten() {
            assert!(blocks
                .get(m.block())
                .is_some_and(|b| b.get(m.range()).is_some()));
        }
        assert_eq!(kind(&ex, "Manchester City"), Some(EntityKind::Organization));
    }
    let blocks = vec![
        "Wolves stun Manchester City at Molineux".to_string(),
        body.replace("\n\n", " "),
    ];
    let ex = extract(&[blocks], None);
    assert!(names(&ex).contains(&"Molineux"), "{:?}", names(&ex));
}
