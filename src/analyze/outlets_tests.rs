//! Tests of outlet naming (`analyze/outlets.rs`).

use super::*;

fn article(source: Option<&str>) -> Article {
    Article {
        source: source.map(str::to_string),
        ..Default::default()
    }
}

fn sources(raw: &[Option<&str>], config: &OutletConfig) -> (Vec<Option<String>>, Vec<OutletName>) {
    let mut articles: Vec<Article> = raw.iter().map(|s| article(*s)).collect();
    let names = normalise(&mut articles, None, config);
    (articles.into_iter().map(|a| a.source).collect(), names)
}

#[test]
fn bracketed_expansion_and_acronym_fold_into_one_outlet() {
    let (s, names) = sources(
        &[
            Some("KCNA (Korean Central News Agency)"),
            Some("KCNA"),
            Some("kcna"),
            None,
        ],
        &OutletConfig::default(),
    );
    assert_eq!(s[0].as_deref(), Some("Korean Central News Agency"));
    assert_eq!(s[1], s[0]);
    assert_eq!(s[2], s[0]);
    assert_eq!(s[3], None);
    assert_eq!(names.len(), 1);
    assert!(names[0].aliases.contains(&"KCNA".to_string()));
}

#[test]
fn spellings_and_initials_fold() {
    let (s, _) = sources(
        &[
            Some("The Daily Planet"),
            Some("Daily Planet"),
            Some("DP"),
            Some("Gotham Gazette"),
            Some("GG"),
        ],
        &OutletConfig::default(),
    );
    assert_eq!(s[0], s[1]);
    assert_eq!(s[2], s[0]);
    assert_eq!(s[4].as_deref(), Some("Gotham Gazette"));
}

#[test]
fn site_aliases_win() {
    let mut config = OutletConfig::default();
    config
        .aliases
        .insert("Planet Wire".to_string(), vec!["PW Service".to_string()]);
    let (s, _) = sources(&[Some("PW Service")], &config);
    assert_eq!(s[0].as_deref(), Some("Planet Wire"));
    let (s, _) = sources(&[Some("AP")], &config);
    assert_eq!(s[0].as_deref(), Some("Associated Press"));
}
