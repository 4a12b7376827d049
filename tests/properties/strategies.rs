//! The random inputs: any text, news-like text, and text laced with the
//! characters that broke real scraped news; and the proptest settings.

use proptest::prelude::*;

/// Any text: full Unicode, hazard text, lossily decoded bytes, or
/// Markdown-ish ASCII.
pub(crate) fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        hazard_text(),
        proptest::collection::vec(any::<u8>(), 0..400)
            .prop_map(|b| String::from_utf8_lossy(&b).into_owned()),
        "[A-Za-z \n.,'’\"“”:;()\\-—–#*_\\[\\]{}<>|`!?0-9]{0,400}",
    ]
}

/// News-like text: capitalised words, quotes, dates, odd punctuation.
pub(crate) fn article_text() -> impl Strategy<Value = String> {
    let word = prop_oneof![
        "[A-Z][a-z]{1,9}",
        "[a-z]{1,9}",
        "[A-Z]{2,5}",
        Just("U.S.".to_string()),
        Just("the".to_string()),
        Just("of".to_string()),
        Just("said".to_string()),
        Just("’s".to_string()),
        Just("\"".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just(",".to_string()),
        Just(".".to_string()),
        Just("-".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        "[A-Z][a-z]+-[a-z]+",
        "[0-9]{1,4}",
    ];
    proptest::collection::vec(word, 0..120).prop_map(|w| w.join(" "))
}

/// The characters that broke real news text, one or two at a time.
const HAZARDS: &[&str] = &[
    "\u{a0}",   // no-break space
    "\u{2009}", // thin space
    "\u{202F}", // narrow no-break space
    "\u{2002}", // en space
    "\u{2003}", // em space
    "\u{3000}", // ideographic space
    "\u{200B}", // zero-width space
    "\u{FEFF}", // byte order mark
    "\u{200E}", // left-to-right mark
    "\u{200F}", // right-to-left mark
    "\u{61C}",  // Arabic letter mark
    "\u{2060}", // word joiner
    "\u{AD}",   // soft hyphen
    "\u{200D}", // zero-width joiner (kept)
    "\u{200C}", // zero-width non-joiner (kept)
    "\u{301}",  // combining acute accent
    "\u{307}",  // combining dot above
    "\r\n",     // Windows line end
    "\r",       // old Mac line end
    "\u{2028}", // line separator
    "\u{2029}", // paragraph separator
    "\t",       // tab (kept)
    "\u{7}",    // bell
    "\u{1B}",   // escape
];

/// Words and names as they come in scraped news, hazards included.
const WORDS: &[&str] = &[
    "Kim",
    "Jong",
    "Un",
    "Kim\u{a0}Jong\u{a0}Un",
    "Py\u{200B}ongyang",
    "Pyongyang",
    "Seoul",
    "Seoul\u{2009}’s",
    "Korea's",
    "Farmers’",
    "SEOUL\u{a0}(Reuters)\u{2009}-",
    "U.S.",
    "U.S. President",
    "Mr.",
    "No.",
    "e.g.",
    "Inc.",
    "£5\u{a0}bn",
    "3.5",
    "Cafe\u{301}",
    "Café",
    "İstanbul",
    "北朝鮮",
    "は",
    "発表した。",
    "Путин",
    "Ким",
    "👩\u{200D}💻",
    "🇰🇷",
    "a",
    "the",
    "said",
    "The",
    " date\u{a0}2024-03-01",
    "2024-03-01",
];

/// Punctuation and white space between words.
const PUNCT: &[&str] = &[
    ".", "!", "?", "…", "“", "”", "\"", "'", "’", ",", ":", ";", "(", ")", "-", "—", "\n", "\n\n",
    " ", " ", " ", " ",
];

/// One of `list`, as a `String`.
pub(crate) fn one_of(list: &'static [&'static str]) -> impl Strategy<Value = String> {
    proptest::sample::select(list).prop_map(str::to_string)
}

/// One piece of hazardous text: a word, punctuation, a hazard character, any
/// character at all.
pub(crate) fn hazard_token() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => one_of(WORDS),
        4 => one_of(PUNCT),
        3 => one_of(HAZARDS),
        1 => any::<char>().prop_map(String::from),
        1 => "[A-Z][a-z]{0,8}",
    ]
}

/// Full Unicode (`any::<String>()`) and hazard tokens, alone and mixed.
pub(crate) fn hazard_text() -> impl Strategy<Value = String> {
    prop_oneof![
        1 => any::<String>(),
        4 => proptest::collection::vec(hazard_token(), 0..80).prop_map(|t| t.concat()),
        1 => (any::<String>(), proptest::collection::vec(hazard_token(), 0..40)).prop_map(
            |(noise, tokens)| {
                let mut out = String::new();
                for (c, t) in noise.chars().zip(tokens.iter()) {
                    out.push(c);
                    out.push_str(t);
                }
                out
            }
        ),
    ]
}

/// Hazard text repeated past [`dossier::text::MAX_SENTENCE_BYTES`] now and
/// then (a list of names without a full stop, a table dump).
fn long_text() -> impl Strategy<Value = String> {
    (
        proptest::collection::vec(hazard_token(), 1..40),
        1usize..200,
    )
        .prop_map(|(tokens, n)| tokens.concat().repeat(n))
}

/// Mostly hazard text, sometimes long.
pub(crate) fn text_input() -> impl Strategy<Value = String> {
    prop_oneof![4 => hazard_text(), 1 => long_text()]
}

/// Random inputs locally; under CI a fixed seed, so that a submission's
/// result does not depend on luck (new failures are found by local runs and
/// by the cargo-fuzz targets).
pub(crate) fn config() -> ProptestConfig {
    let mut config = ProptestConfig {
        cases: 300,
        ..ProptestConfig::default()
    };
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        config.rng_seed = proptest::test_runner::RngSeed::Fixed(0x0d05_51e2);
    }
    config
}

/// A config with fewer cases, for the properties that build long texts.
pub(crate) fn config_cases(cases: u32) -> ProptestConfig {
    ProptestConfig { cases, ..config() }
}
