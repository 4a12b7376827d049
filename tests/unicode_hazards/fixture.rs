//! The hazard corpus: five articles holding every hazard where it broke
//! before, a test that the file still holds them, and the site built from
//! it.

use crate::common::*;
use std::path::Path;

/// Writes the hazard corpus under `dir` (site.toml and seeds/).
fn hazard_site(dir: &Path) {
    write_files(
        dir,
        &[
            // Every name gets a page, so that each hazard reaches one.
            (
                "site.toml",
                "title = \"Hazards\"\n[entities]\nmin_articles = 1\nmin_mentions = 1\n",
            ),
            // UTF-8 BOM at the start, CRLF line endings, a no-break space
            // in the date marker, a thin space and curly quotes in the
            // headline, a zero-width space inside a name, a dateline with
            // a no-break and a thin space.
            (
                "seeds/dateline-reuters.txt",
                "\u{FEFF} date\u{a0}2024-03-01\r\n\
                 Kim\u{a0}Jong\u{a0}Un Opens “Peaceful\u{2009}Route” to Py\u{200B}ongyang\r\n\
                 \r\n\
                 SEOUL\u{a0}(Reuters)\u{2009}- North Korean leader Kim\u{a0}Jong\u{a0}Un toured a new rail link to Py\u{200B}ongyang on Friday, state media said.\r\n\
                 “We will finish the line this year,” Kim said.\r\n\
                 Officials at Seoul\u{2009}’s foreign ministry declined to comment.\r\n",
            ),
            // Markdown: decomposed é, bidi marks, a soft hyphen and a
            // no-break space in the front-matter title; a BOM mid-text;
            // U+2028 and U+2029 in the body; emoji ZWJ, Cyrillic and CJK.
            (
                "seeds/front-matter.md",
                "---\r\n\
                 title: \"Cafe\u{301} diplomacy:\u{a0}Kim\u{a0}Jong\u{a0}Un’s envoy\u{200E} in Mos\u{AD}cow\u{200F}\"\r\n\
                 date: 2024-03-02\r\n\
                 ---\r\n\
                 \u{FEFF}Russian and North Korean officials met in Mos\u{AD}cow on Saturday.\u{2028}The talks ran late.\u{2029}“We are brothers,” Kim said through an envoy.\r\n\
                 \r\n\
                 A developer 👩\u{200D}💻 streamed the event. Москва и Пхеньян подписали соглашение. 北朝鮮とロシアは協力を約束した。\r\n\
                 \r\n\
                 Jose\u{301} Alvarez, an analyst in Mos\u{AD}cow, said the\u{a0}deal mattered. Mos\u{2060}cow\u{200B} did not comment.\r\n",
            ),
            // Every kind of space at sentence ends and inside numbers and
            // names, a Unicode line separator in plain text.
            (
                "seeds/spaces.txt",
                " date 2024-03-03 The firm lost £5\u{a0}bn.\u{2009}Next quarter looks better, analysts in Seoul said.\u{202F}Trade fell 3\u{202F}%.\u{2002}Exports rose.\u{2003}Imports fell.\u{3000}Analysts in Py\u{200B}ongyang were silent.\u{2028}\
                 Vladimir\u{a0}Putin and Kim\u{a0}Jong\u{a0}Un spoke by phone, officials in Mos\u{AD}cow and\u{2002}Py\u{200B}ongyang said.\n\
                 \n\
                 “The line is open,” Kim\u{2009}Jong\u{202F}Un said.\u{200F} Seoul\u{2009}’s response was muted.\n",
            ),
            // Scripts without spaces or case; an ideographic space in a
            // capitalised date marker; a Cyrillic headline.
            (
                "seeds/scripts.txt",
                " Date:\u{3000}2024-03-05\n\
                 Путин\u{a0}и Ким обсудили\u{2009}сотрудничество\n\
                 \n\
                 Президент Путин встретился с Ким Чен Ыном в Пхеньяне.\u{a0}Переговоры длились\u{202F}два часа.\n\
                 北朝鮮とロシアは協力を約束した。\u{3000}Kim\u{a0}Jong\u{a0}Un met Vladimir Putin in Py\u{200B}ongyang.\n",
            ),
        ],
    );
    // Windows-1252: 0xA0 is a no-break space, 0x92 ’, 0x93 “, 0x94 ”.
    std::fs::write(
        dir.join("seeds/cp1252.txt"),
        b" date\xa02024-03-04\r\nCaf\xe9 owners in Li\xe8ge welcomed Kim\xa0Jong\xa0Un\x92s visit\r\n\r\n\x93We are ready,\x94 one owner said in Py\xadongyang.\xa0Trade rose.\r\n",
    )
    .unwrap();
}

/// The seed files of [`hazard_site`], relative to seeds/.
pub(crate) const SEEDS: &[&str] = &[
    "cp1252.txt",
    "dateline-reuters.txt",
    "front-matter.md",
    "scripts.txt",
    "spaces.txt",
];

/// Guards the fixture: every hazard is really in the corpus (an editor that
/// "cleans" the file would make the other tests vacuous).
#[test]
fn fixture_holds_every_hazard() {
    let root = tempfile::tempdir().unwrap();
    hazard_site(root.path());
    let mut utf8 = String::new();
    for seed in SEEDS.iter().filter(|s| **s != "cp1252.txt") {
        utf8.push_str(&std::fs::read_to_string(root.path().join("seeds").join(seed)).unwrap());
    }
    for hazard in [
        "\u{a0}",
        "\u{2009}",
        "\u{202F}",
        "\u{2002}",
        "\u{2003}",
        "\u{3000}",
        "\u{200B}",
        "\u{FEFF}",
        "\u{200E}",
        "\u{200F}",
        "\u{AD}",
        "\u{2060}",
        "e\u{301}",
        "👩\u{200D}💻",
        "\r\n",
        "\u{2028}",
        "\u{2029}",
        "“",
        "”",
        "’",
        "北朝鮮",
        "Путин",
    ] {
        assert!(utf8.contains(hazard), "fixture lost {hazard:?}");
    }
    let bom_first = std::fs::read(root.path().join("seeds/dateline-reuters.txt")).unwrap();
    assert!(bom_first.starts_with(b"\xEF\xBB\xBF"));
    let cp1252 = std::fs::read(root.path().join("seeds/cp1252.txt")).unwrap();
    assert!(std::str::from_utf8(&cp1252).is_err() && cp1252.contains(&0xA0));
}

/// The hazard site folder and the site built from it (both removed on drop).
pub(crate) struct Hazards {
    _root: tempfile::TempDir,
    site: Built,
}

impl std::ops::Deref for Hazards {
    type Target = Built;
    fn deref(&self) -> &Built {
        &self.site
    }
}

/// Writes the hazard corpus and builds it.
pub(crate) fn built() -> Hazards {
    let root = tempfile::tempdir().unwrap();
    hazard_site(root.path());
    let site = build(root.path());
    Hazards { _root: root, site }
}
