//! End-to-end tests of robustness: hostile text that must not panic, a
//! large corpus that must scale, and junk that must never be an entity
//! (a scraped caption's label glued to a name among it).

use super::extract;
use super::tests::{names, run, SPORT};

#[test]
fn hostile_text_does_not_panic() {
    let weird = [
        "",
        " ",
        "“",
        "”",
        "\"",
        "’s",
        "'s",
        "U.S.-",
        "-",
        "--A",
        "A-",
        "É’s Ü.S. “ ” ‘",
        "Mr.",
        "Dr. . . .",
        "🙂 Kim 🙂 Jong-Un’s “quote",
        "(KCNA)",
        "( KCNA",
        "Kim (",
        "ＡＢＣ Ｄｅｆ",
        "“Unclosed quote with several words in it",
        "‘a b c d e’ ’’ ‘‘",
        "I. J. K. L.",
        "3.5. 4.6.",
        "The The The. But But. Of of of",
        "A Message from The Moscow Times: Dear readers,",
    ];
    let articles: Vec<Vec<String>> = weird
        .iter()
        .map(|w| vec![(*w).to_string(), format!("{w} {w}")])
        .collect();
    let ex = extract(&articles, None);
    for (a, ms) in ex.mentions.iter().enumerate() {
        for m in ms {
            let block = articles.get(a).and_then(|b| b.get(m.block()));
            assert!(block.is_some_and(|b| b.get(m.range()).is_some()));
        }
    }
}

#[test]
fn scales_linearly_enough() {
    let article: Vec<String> = SPORT.split("\n\n").map(str::to_string).collect();
    let corpus: Vec<Vec<String>> = (0..2000).map(|_| article.clone()).collect();
    let start = std::time::Instant::now();
    let ex = extract(&corpus, None);
    assert_eq!(ex.mentions.len(), 2000);
    assert!(ex.entities.len() < 40, "{}", ex.entities.len());
    assert!(start.elapsed().as_secs() < 30);
}

#[test]
fn junk_is_never_an_entity() {
    let (ex, _) = run("\"I'm sure,\" she said. \"Yeah, I've seen it, and I'll go.\" They've left.\n\nThe robots met in Washington D.C. Image: United States Navy.\n\n((WN)) Why now?\n\nIt cost US$140bn on Monday.");
    let n = names(&ex);
    for junk in [
        "I'm", "I've", "I'll", "They've", "Yeah", "Image", "WN", "Monday",
    ] {
        assert!(!n.iter().any(|x| x.contains(junk)), "{junk} in {n:?}");
    }
    assert!(n.contains(&"United States Navy".to_string()), "{n:?}");
}

#[test]
fn spellings_that_differ_only_in_accents_are_one_entity() {
    let article = |text: &str| vec![text.to_string()];
    let articles = [
        article("Coach Tomás Verhelst praised the squad. Verhelst said the win mattered."),
        article("Coach Tomas Verhelst was sacked on Monday. Verhelst declined to comment."),
        article("Fans cheered Tomás Verhelst at the airport. Verhelst waved."),
        // A stray accent from scraped text.
        article("Critics blamed Tomás Ve\u{301}rhelst for the defeat."),
        article("Tomás Verhélst resigned."),
    ];
    let ex = extract(&articles, None);
    let found: Vec<_> = ex
        .entities
        .iter()
        .filter(|e| e.name.contains("Verhelst"))
        .collect();
    assert_eq!(found.len(), 1, "{:?}", names(&ex));
    assert_eq!(
        found.first().map(|e| e.name.as_str()),
        Some("Tomás Verhelst")
    );
}

#[test]
fn a_caption_label_glued_to_a_name_is_no_part_of_it() {
    let (ex, _) = run("Voters met in Ohio. Tam OrsettImage: Tam Orsett for Senate.");
    let n = names(&ex);
    assert!(n.contains(&"Tam Orsett".to_string()), "{n:?}");
    assert!(!n.iter().any(|name| name.contains("Image")), "{n:?}");
}
