//! One article cannot take the site down: deliberate faults (test builds
//! only, see [`crate::fault::inject`]) in reading, analysing and rendering.

use super::*;
use std::fs;
use std::path::Path;

/// A site of two good articles and one deliberate fault per stage.
pub(crate) fn write_site(root: &Path) {
    let seeds = root.join("seeds");
    fs::create_dir_all(&seeds).unwrap();
    // Two good articles: a name in both gets a page, however often it is
    // mentioned (the default asks for three articles and five mentions).
    fs::write(
        root.join("site.toml"),
        "title = \"Faults\"\n[entities]\nmin_articles = 2\nmin_mentions = 1\n",
    )
    .unwrap();
    let files = [
        ("good.txt", " date 2024-01-02 Kim Jong Un met Vladimir Putin in Moscow. The talks lasted two days.\n"),
        ("other.txt", " date 2024-01-03 Vladimir Putin returned to Moscow on Tuesday. Officials said little.\n"),
        ("read.txt", "Kim Jong Un spoke. dossier-test-fault:reading\n"),
        ("analyse.txt", " date 2024-01-04 Kim Jong Un visited Seoul. dossier-test-fault:analysing\n"),
        ("render.txt", " date 2024-01-05 Putin dossier-test-fault:rendering spoke. More text.\n"),
    ];
    for (name, text) in files {
        fs::write(seeds.join(name), text).unwrap();
    }
}

#[test]
fn failures_name_their_file_and_the_rest_is_built() {
    let dir = tempfile::tempdir().unwrap();
    write_site(dir.path());
    let options = BuildOptions {
        root: dir.path().to_path_buf(),
        ..Default::default()
    };
    let report = build_site(&options).expect("the build goes on past the faults");
    let by_stage = |stage: &str| {
        report
            .failures
            .iter()
            .find(|f| f.stage == stage)
            .unwrap_or_else(|| panic!("a {stage} failure in {:?}", report.failures))
    };
    assert_eq!(report.failures.len(), 3, "{:?}", report.failures);
    assert_eq!(by_stage("reading").file, "seeds/read.txt");
    assert_eq!(by_stage("analysing").file, "seeds/analyse.txt");
    let rendering = by_stage("rendering");
    assert_eq!(rendering.file, "seeds/render.txt");
    let page = rendering.page.clone().expect("the page is named");
    assert!(rendering.message.contains("deliberate test fault"));
    assert!(rendering.to_string().contains("seeds/render.txt"));
    assert!(
        report.summary().contains("and 3 error(s)"),
        "{}",
        report.summary()
    );

    let out = dir.path().join("public");
    assert!(!out.join(&page).exists(), "the failed page is left out");
    // The read failure is left out; the analysis failure is published without entities.
    assert_eq!(report.articles, 4);
    let articles = fs::read_dir(out.join("articles")).unwrap().count();
    assert_eq!(articles, 3);
    assert!(out.join("index.html").is_file() && out.join("search.html").is_file());
    let kim = fs::read_to_string(out.join("entities/kim-jong-un.html")).unwrap();
    assert!(kim.contains("Kim Jong Un"));
}

#[test]
fn strict_fails_before_writing() {
    let dir = tempfile::tempdir().unwrap();
    write_site(dir.path());
    let out = dir.path().join("public");
    fs::create_dir_all(&out).unwrap();
    fs::write(out.join("index.html"), "previous site").unwrap();
    let options = BuildOptions {
        root: dir.path().to_path_buf(),
        strict: true,
        ..Default::default()
    };
    let err = build_site(&options).unwrap_err();
    assert!(matches!(err, Error::Failed { count: 3, .. }), "{err}");
    assert_eq!(
        fs::read_to_string(out.join("index.html")).unwrap(),
        "previous site"
    );
    let leftovers: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().contains("dossier-new"))
        .collect();
    assert!(leftovers.is_empty(), "no staging folder is left behind");
}
