//! End-to-end tests of quotes: each pattern that names a speaker, and
//! scare quotes that quote no one.

use super::tests::run;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    let (ex, _) = run(text);
    ex.quotes
        .iter()
        .flatten()
        .map(|q| {
            (
                q.text.clone(),
                q.speaker
                    .and_then(|s| ex.entities.get(s))
                    .map(|e| e.name.clone()),
            )
        })
        .collect()
}

#[test]
fn quotes_with_each_speaker_pattern() {
    let q = speakers("Analyst Park Won-gon spoke. \"This is a marriage of convenience,\" Park said. \"They will never trust each other,\" he added.");
    assert_eq!(q.len(), 2);
    assert!(
        q.iter().all(|(_, s)| s.as_deref() == Some("Park Won-gon")),
        "{q:?}"
    );
    let q = speakers("Park Won-gon, professor at Ewha Womans University, told AFP, “It’s a marriage of convenience.”");
    assert_eq!(
        q.first().and_then(|x| x.1.clone()).as_deref(),
        Some("Park Won-gon"),
        "{q:?}"
    );
    let q = speakers(
        "The summit went well, “and both sides signed the deal today,” according to KCNA.",
    );
    assert_eq!(
        q.first().and_then(|x| x.1.clone()).as_deref(),
        Some("KCNA"),
        "{q:?}"
    );
    let q = speakers("“We will win a great victory,” Kim Jong Un said via a translator.");
    assert_eq!(
        q.first().and_then(|x| x.1.clone()).as_deref(),
        Some("Kim Jong Un"),
        "{q:?}"
    );
    let q = speakers("“The deal is done and dusted,” said Jane Doe, a spokeswoman.");
    assert_eq!(
        q.first().and_then(|x| x.1.clone()).as_deref(),
        Some("Jane Doe"),
        "{q:?}"
    );
}

#[test]
fn scare_quotes_are_not_quotes() {
    let q = speakers("They called it \"undesirable\" and an ‘evil’ plan, a “new stage,” he wrote.");
    assert!(q.is_empty(), "{q:?}");
}

#[test]
fn he_after_a_sentence_naming_two_people_is_its_subject() {
    let q = speakers("Vorn Talbrin told reporters that Osk Meravy had wanted sanctions lifted. \"Sometimes you have to walk,\" he said.");
    assert_eq!(
        q,
        vec![(
            "Sometimes you have to walk".to_string(),
            Some("Vorn Talbrin".to_string())
        )],
    );
}
