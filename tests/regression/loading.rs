//! Bugs of loading articles: headlines and titles, slugs, invisible
//! characters, datelines read by the content side.

use dossier::content::slug::slugify;
use dossier::content::text::readable_title;

use crate::helpers::{build_files, parse, raw_texts};

/// A plain-text headline with a thin space (U+2009, three bytes) panicked
/// at load, when the title was cut by byte count.
#[test]
fn plain_text_headline_with_thin_space_did_not_panic() {
    let short = "KCNA Commentary Dubs U.S. \"Peaceful\u{2009}Effort\" a Sham";
    // Long enough (118 characters) to be cut to a title, with thin spaces
    // all around the cut.
    let long = "KCNA Commentary Dubs U.S. \"Peaceful\u{2009}Effort\" for Korean\u{2009}Peninsula\u{2009}Stability\u{2009}an\u{2009}Insidious\u{2009}Smokescreen\u{2009}for\u{2009}Aggression";
    assert!(long.chars().count() <= 120, "must still be a headline");
    let (_root, site) = build_files(&[
        (
            "seeds/short.txt",
            &format!("{short}\n\nPyongyang, March 1 (KCNA) -- The U.S. is talking about peace.\n"),
        ),
        (
            "seeds/long.txt",
            &format!("{long}\n\nThe U.S. is talking about peace while it prepares for war.\n"),
        ),
    ]);
    let page = site.page(&site.article_url("short.txt"));
    assert_eq!(raw_texts(&page, "h1"), [short]);
    let page = site.page(&site.article_url("long.txt"));
    let title = raw_texts(&page, "h1").concat();
    assert!(title.chars().count() <= 111, "{title:?}");
    let head = title.strip_suffix('…').unwrap_or(&title);
    assert!(long.starts_with(head), "{title:?}");
    assert!(head.starts_with("KCNA Commentary Dubs U.S. \"Peaceful\u{2009}Effort\" for Korean"));
}

/// Slugs dropped combining marks: "İstanbul" lower-cases to "i" + U+0307,
/// and the dot was lost (and Hindi lost its vowel signs).
#[test]
fn slugs_keep_combining_marks() {
    assert_eq!(slugify("İstanbul"), "i\u{307}stanbul");
    assert_eq!(slugify("İstanbul’s Port"), "i\u{307}stanbuls-port");
    assert_eq!(slugify("हिन्दी समाचार"), "हिन्दी-समाचार");
    let (_root, site) = build_files(&[
        (
            "seeds/istanbul.md",
            "---\ntitle: İstanbul talks\ndate: 2024-02-01\n---\nDelegates met in İstanbul.\n",
        ),
        // Decomposed at the source: composed at load, so the slug is too.
        (
            "seeds/cafe.md",
            "---\ntitle: \"Cafe\u{301} owners\"\n---\nThe owners met.\n",
        ),
    ]);
    assert_eq!(
        site.article_url("istanbul.md"),
        "articles/i\u{307}stanbul-talks.html"
    );
    assert_eq!(
        site.article_url("cafe.md"),
        "articles/caf\u{e9}-owners.html"
    );
}

/// Invisible characters inside a name ("Py\u{200B}ongyang", "Mos\u{AD}cow")
/// hid it from entity discovery, and BOM/LRM in a title reached the page.
#[test]
fn invisible_characters_inside_names_are_removed_at_load() {
    let (_root, site) = build_files(&[(
        "seeds/zw.txt",
        "\u{FEFF} date 2024-04-01\nEnvoys meet in Py\u{200B}ongyang\u{200E}\n\nOfficials said envoys from Mos\u{AD}cow arrived in Py\u{200B}ongyang on Monday.\n",
    )]);
    let page = site.page(&site.article_url("zw.txt"));
    assert_eq!(raw_texts(&page, "h1"), ["Envoys meet in Pyongyang"]);
    let linked = raw_texts(&page, "article .body a.mention");
    assert_eq!(linked, ["Moscow", "Pyongyang"]);
}

/// A story without a headline whose first paragraph is a single dateline
/// sentence followed by a blank line (the usual wire layout) had that
/// paragraph taken as the headline: the lead disappeared from the body,
/// the title started "SEOUL (Reuters) - …" and the source was lost. Fixed
/// in 2c92602 (a dateline line is never a headline); guards that the lead
/// stays the first paragraph and gives the source.
#[test]
fn dateline_lead_paragraph_is_not_a_headline() {
    let lead = "SEOUL (Reuters) - North Korea fired a ballistic missile on Tuesday, South Korea's military said.";
    let p = parse(&format!("{lead}\n\nThe launch came days after talks.\n"));
    assert_eq!(p.source.as_deref(), Some("Reuters"));
    assert_eq!(p.paragraphs, [lead, "The launch came days after talks."]);
}

/// The content side's dateline pattern (`content/text.rs`) allowed no
/// digits, so a dateline with a date, `BAKU, Azerbaijan, Nov 24 (Reuters) -`
/// (a form the entity side's dateline module handles), or KCNA's
/// `Pyongyang, March 1 (KCNA) --`, gave no source. Fixed in 2c92602 (the
/// pattern takes digits); guards that both forms give their source.
#[test]
fn dateline_with_a_date_gives_the_source() {
    let p = parse("BAKU, Azerbaijan, Nov 24 (Reuters) - Talks began on Sunday.\nMore text.\n");
    assert_eq!(p.source.as_deref(), Some("Reuters"));
    let p = parse("Pyongyang, March 1 (KCNA) -- The talks began.\nMore text.\n");
    assert_eq!(p.source.as_deref(), Some("KCNA"));
}

/// `readable_title` stripped a final full stop but not the white space
/// before it: "Kim Jong Un arrives\u{a0}." gave a title ending in a
/// no-break space, which showed in `<title>` and feeds. Fixed in 2c92602;
/// guards that no white space is left before a stripped full stop.
#[test]
fn readable_title_has_no_trailing_space() {
    assert_eq!(
        readable_title("Kim Jong Un arrives\u{a0}."),
        "Kim Jong Un arrives"
    );
    assert_eq!(readable_title("Kim\n."), "Kim");
}
