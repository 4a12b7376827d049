//! A site's own templates/ and static/ override the built-in theme file by file.

mod common;

use common::*;

#[test]
fn site_templates_and_static_files_override_the_defaults() {
    let dir = tempfile::tempdir().unwrap();
    write_files(
        dir.path(),
        &[
            ("site.toml", "title = \"Themed\"\n"),
            ("seeds/a.txt", "The mayor of Leeds opened a bridge on Friday. Crowds cheered.\n"),
            (
                "templates/article.html",
                "{% extends \"base.html\" %}{% block title %}{{ article.title }}{% endblock title %}{% block content %}<h1 class=\"custom-article\">{{ article.title }}</h1>{{ body | safe }}{% endblock content %}",
            ),
            ("static/style.css", "/* my own theme */ body { color: teal; }\n"),
            ("static/extra.txt", "an extra static file\n"),
        ],
    );
    let site = build(dir.path());
    let page = site.page(&site.article_url("a.txt"));
    assert_eq!(
        text_of(&page, "h1.custom-article").as_deref(),
        Some("The mayor of Leeds opened a bridge on Friday")
    );
    // Other templates are still the built-in ones.
    let home = site.page("index.html");
    assert!(text_of(&home, ".stats").is_some());
    assert!(
        text_of(&page, "header.site-header .brand").is_some(),
        "base.html is still the default"
    );
    let css = std::fs::read_to_string(site.out.join("static/style.css")).unwrap();
    assert!(css.starts_with("/* my own theme */"));
    assert!(site.out.join("static/extra.txt").is_file());
    assert!(
        site.out.join("static/site.js").is_file(),
        "unchanged defaults are still copied"
    );
}

#[test]
fn a_broken_site_template_names_the_template() {
    let dir = tempfile::tempdir().unwrap();
    write_files(
        dir.path(),
        &[
            ("site.toml", "title = \"T\"\n"),
            ("seeds/a.txt", "Text here. More.\n"),
            (
                "templates/index.html",
                "{% extends \"base.html\" %}{% block content %}{{ unclosed {% endblock content %}",
            ),
        ],
    );
    let err = dossier::build::build_site(&dossier::build::BuildOptions {
        root: dir.path().to_path_buf(),
        output: Some(dir.path().join("public")),
        ..Default::default()
    })
    .unwrap_err()
    .to_string();
    assert!(err.contains("index.html"), "{err}");
    assert!(!dir.path().join("public").exists());
}
