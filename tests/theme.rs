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
    let err = build_error(dir.path());
    assert!(err.contains("index.html"), "{err}");
    assert!(!dir.path().join("public").exists());
}

/// Values are escaped for text and double-quoted attributes (an apostrophe
/// stays one byte), so a site template that puts a value inside single quotes
/// is refused, naming the file and line, before anything is written.
#[test]
fn a_value_inside_single_quotes_is_refused_and_apostrophes_stay_plain() {
    let dir = tempfile::tempdir().unwrap();
    let article =
        "Mayor's bridge\n\nThe mayor of Leeds opened O'Neill's bridge on Friday. Crowds cheered.\n";
    write_files(
        dir.path(),
        &[
            ("site.toml", "title = \"T\"\n"),
            ("seeds/a.txt", article),
            (
                "templates/article.html",
                "{% extends \"base.html\" %}\n{% block content %}\n<h1 title='{{ article.title }}'>x</h1>{% endblock content %}",
            ),
        ],
    );
    let err = build_error(dir.path());
    assert!(
        err.contains("article.html") && err.contains("line 3"),
        "{err}"
    );
    assert!(!dir.path().join("public").exists());

    // Double quotes build, and the title's apostrophe is written as itself.
    write_files(
        dir.path(),
        &[(
            "templates/article.html",
            "{% extends \"base.html\" %}{% block content %}<h1 title=\"{{ article.title }}\">{{ article.title }}</h1>{% endblock content %}",
        )],
    );
    let site = build(dir.path());
    let url = site.article_url("a.txt");
    let page = site.page(&url);
    assert_eq!(text_of(&page, "h1").as_deref(), Some("Mayor's bridge"));
    let html = std::fs::read_to_string(site.out.join(&url)).unwrap();
    assert!(html.contains("<h1 title=\"Mayor's bridge\">"), "{html}");
}

/// The feed, sitemap, robots.txt and GEXF come from templates too, so a theme
/// can change them like any page.
#[test]
fn feed_sitemap_robots_and_gexf_templates_can_be_overridden() {
    let dir = tempfile::tempdir().unwrap();
    write_files(
        dir.path(),
        &[
            ("site.toml", "title = \"Feeds\"\nbase_url = \"https://example.org/r/\"\n"),
            ("seeds/a.txt", " date 2024-02-01\nBridge opens\n\nThe mayor of Leeds opened a bridge on Friday. Crowds cheered.\n"),
            (
                "templates/feed.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Mine: {{ feed.title }}</title>{% for e in feed.entries %}<entry><title>{{ e.title }}</title></entry>{% endfor %}</feed>\n",
            ),
            ("templates/robots.txt", "User-agent: *\nDisallow: /data/\n"),
        ],
    );
    let site = build(dir.path());
    let feed = std::fs::read_to_string(site.out.join("feed.xml")).unwrap();
    let doc = roxmltree::Document::parse(&feed).unwrap();
    let titles: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("title"))
        .filter_map(|n| n.text())
        .collect();
    assert_eq!(titles, ["Mine: Feeds", "Bridge opens"]);
    let robots = std::fs::read_to_string(site.out.join("robots.txt")).unwrap();
    assert_eq!(robots, "User-agent: *\nDisallow: /data/\n");
    // The defaults still render the rest.
    let sitemap = std::fs::read_to_string(site.out.join("sitemap.xml")).unwrap();
    assert!(roxmltree::Document::parse(&sitemap)
        .unwrap()
        .descendants()
        .any(|n| n.has_tag_name("loc") && n.text() == Some("https://example.org/r/index.html")));
    let gexf = site.gunzip("data/network.gexf.gz");
    assert!(roxmltree::Document::parse(&gexf).is_ok());
}
