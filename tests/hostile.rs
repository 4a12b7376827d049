//! Hostile input: every unusable file is skipped with a warning naming it,
//! oddities are repaired, nothing is written outside the output folder, no
//! article markup survives as script, and `--strict` keeps the previous site.

mod common;

use common::*;
use dossier::build::{build_site, BuildOptions};
use std::path::Path;

/// Writes the hostile corpus; returns the site folder.
fn hostile_site(dir: &Path) {
    write_files(
        dir,
        &[
            ("site.toml", "title = \"Hostile\"\nmax_file_size = 200000\n"),
            ("seeds/good.txt", " date 2022-05-01 The port of Rotterdam reopened on Monday after a strike. Dock workers returned.\n"),
            ("seeds/empty.txt", ""),
            ("seeds/blank.txt", "  \n\n \t\n"),
            ("seeds/bad-date.txt", " date 2023-02-30 The council met on a day that does not exist. It adjourned.\n"),
            ("seeds/broken-front.md", "---\ntitle: [unclosed\ndate: 2020-01-01\n---\nBody.\n"),
            ("seeds/not-yaml-map.md", "---\n- just\n- a list\n---\nBody text here.\n"),
            ("seeds/xss.md", "---\ntitle: \"<script>alert('title')</script><img src=x onerror=alert(1)>\"\nurl: \"javascript:alert(1)\"\nsource: \"<b onmouseover=alert(2)>Evil</b>\"\ntags: [\"../../etc/passwd\", \"/abs/tag\", \"C:\\\\win\", \"<script>\"]\n---\nHello <script>alert(3)</script> <a href=\"javascript:alert(4)\">click</a> <iframe src=\"https://e.org\"></iframe>\n\n<svg onload=alert(5)><circle r=1></circle></svg>\n"),
            ("seeds/traversal.md", "---\ntitle: \"../../../../tmp/owned\"\n---\nA title that looks like a path.\n"),
            ("seeds/nothing.md", "---\ntitle: \"!!! ??? ...\"\n---\nOnly punctuation in the title.\n"),
            ("seeds/same-1.md", "---\ntitle: Same Title\n---\nFirst.\n"),
            ("seeds/same-2.md", "---\ntitle: Same Title\n---\nSecond.\n"),
            ("seeds/korean.md", "---\ntitle: 북한과 러시아의 관계\ndate: 2024-01-01\n---\n평양에서 회담이 열렸다.\n"),
            ("seeds/long-title.md", &format!("---\ntitle: \"{}\"\n---\nText.\n", "A very long headline about everything ".repeat(20))),
        ],
    );
    let seeds = dir.join("seeds");
    std::fs::write(
        seeds.join("binary.txt"),
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0",
    )
    .unwrap();
    std::fs::write(
        seeds.join("latin1.txt"),
        b"Caf\xe9 owners in Li\xe8ge said prices rose. \x93We cannot go on,\x94 one said.\n",
    )
    .unwrap();
    std::fs::write(
        seeds.join("bom-crlf.txt"),
        b"\xEF\xBB\xBF date 2021-03-04 Ferries resumed.\r\n\r\nThe harbour was calm.\r\n",
    )
    .unwrap();
    std::fs::write(seeds.join("huge.txt"), "word ".repeat(50_000)).unwrap();
    let mut laughs = String::from(
        "---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
    );
    for i in 0..10 {
        let prev = if i == 0 {
            "a".to_string()
        } else {
            format!("l{}", i - 1)
        };
        laughs.push_str(&format!("l{i}: &l{i} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]\n"));
    }
    laughs.push_str("---\nBody.\n");
    std::fs::write(seeds.join("laughs.md"), laughs).unwrap();
    let deep = format!(
        "---\ntitle: x\nnest: {}{}\n---\nBody.\n",
        "[".repeat(5000),
        "]".repeat(5000)
    );
    std::fs::write(seeds.join("deep.md"), deep).unwrap();
}

#[test]
fn hostile_corpus_builds_with_a_warning_per_bad_file() {
    let dir = tempfile::tempdir().unwrap();
    hostile_site(dir.path());
    let before: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    let site = build(dir.path());
    let warnings: Vec<String> = site.report.warnings.iter().map(|w| w.to_string()).collect();
    let warned = |file: &str, what: &str| {
        assert!(
            warnings
                .iter()
                .any(|w| w.contains(file) && w.contains(what)),
            "no warning naming {file} with {what:?} in {warnings:#?}"
        );
    };
    warned("seeds/empty.txt", "empty");
    warned("seeds/blank.txt", "empty");
    warned("seeds/binary.txt", "binary");
    warned("seeds/bad-date.txt", "undated");
    warned("seeds/broken-front.md:", "front matter");
    warned("seeds/not-yaml-map.md", "front matter");
    warned("seeds/latin1.txt", "Windows-1252");
    warned("seeds/huge.txt", "max_file_size");
    warned("seeds/laughs.md", "front matter");
    warned("seeds/deep.md", "front matter");
    warned("seeds/xss.md", "http(s)");
    assert!(
        !warnings.iter().any(|w| w.contains("bom-crlf")),
        "BOM/CRLF must be silent: {warnings:#?}"
    );
    assert!(!warnings.iter().any(|w| w.contains("good.txt")));

    // Nothing outside the output folder (which is in another temp folder).
    let after: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(after, before);
    assert!(!Path::new("/tmp/owned.html").exists());

    // Repaired files are published with sensible fields.
    let latin = site.page(&site.article_url("latin1.txt"));
    assert!(text_of(&latin, "article .body")
        .unwrap()
        .contains("Café owners in Liège"));
    let bom = site.page(&site.article_url("bom-crlf.txt"));
    assert_eq!(
        attrs(&bom, "article header time", "datetime"),
        vec!["2021-03-04"]
    );
    let bad = site.page(&site.article_url("bad-date.txt"));
    assert!(attrs(&bad, "article header time", "datetime").is_empty());
    let urls: Vec<String> = [
        "same-1.md",
        "same-2.md",
        "nothing.md",
        "traversal.md",
        "korean.md",
        "long-title.md",
    ]
    .iter()
    .map(|f| site.article_url(f))
    .collect();
    assert_ne!(urls[0], urls[1]);
    assert!(urls[2].len() > "articles/.html".len());
    assert!(
        urls[3].starts_with("articles/") && !urls[3].contains(".."),
        "{}",
        urls[3]
    );
    assert!(urls[4].contains("북한"), "{}", urls[4]);
    assert!(urls[5].chars().count() < 100, "{}", urls[5]);
    for u in &urls {
        assert!(site.out.join(u).is_file());
    }
}

#[test]
fn article_markup_never_becomes_script() {
    let dir = tempfile::tempdir().unwrap();
    hostile_site(dir.path());
    let site = build(dir.path());
    for page in site.html_pages() {
        let doc = site.page(&page);
        for src in attrs(&doc, "script", "src") {
            assert!(
                src.ends_with(".js") && !src.contains("://"),
                "{page}: script {src}"
            );
        }
        let inline = scraper::Selector::parse("script:not([src])").unwrap();
        assert_eq!(doc.select(&inline).count(), 0, "{page}: inline script");
        for attr in ["onerror", "onload", "onmouseover", "onclick"] {
            assert!(
                attrs(&doc, &format!("[{attr}]"), attr).is_empty(),
                "{page}: {attr}"
            );
        }
        for href in attrs(&doc, "[href]", "href") {
            assert!(
                !href.to_lowercase().starts_with("javascript:"),
                "{page}: {href}"
            );
        }
        assert_eq!(
            doc.select(&scraper::Selector::parse("iframe, object, embed").unwrap())
                .count(),
            0
        );
        let csp = attrs(&doc, "meta[http-equiv=Content-Security-Policy]", "content");
        assert!(
            csp.first().is_some_and(|c| c.contains("script-src 'self'")),
            "{page}"
        );
    }
    let xss = site.page(&site.article_url("xss.md"));
    assert_eq!(
        text_of(&xss, "h1").as_deref(),
        Some("<script>alert('title')</script><img src=x onerror=alert(1)>")
    );
    for file in ["feed.xml", "sitemap.xml", "data/network.gexf.gz"] {
        let text = match file.strip_suffix(".gz") {
            Some(_) => site.gunzip(file),
            None => std::fs::read_to_string(site.out.join(file)).unwrap(),
        };
        roxmltree::Document::parse(&text).unwrap_or_else(|e| panic!("{file}: {e}"));
    }
    let json = std::fs::read_to_string(site.out.join("data/articles.json")).unwrap();
    let _: serde_json::Value = serde_json::from_str(&json).unwrap();
}

#[test]
fn strict_failure_keeps_the_previous_site_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    write_files(
        dir.path(),
        &[
            ("site.toml", "title = \"S\"\n"),
            ("seeds/a.txt", "A good article about ferries. It ran.\n"),
        ],
    );
    let out = dir.path().join("public");
    let options = BuildOptions {
        root: dir.path().to_path_buf(),
        output: Some(out.clone()),
        ..Default::default()
    };
    build_site(&options).unwrap();
    let before = tree(&out);
    std::fs::write(dir.path().join("seeds/b.txt"), "").unwrap();
    std::fs::write(
        dir.path().join("seeds/c.txt"),
        "Another good article. About trains.\n",
    )
    .unwrap();
    let strict = BuildOptions {
        strict: true,
        ..options.clone()
    };
    let err = build_site(&strict).unwrap_err().to_string();
    assert!(err.contains("--strict"), "{err}");
    assert_eq!(tree(&out), before, "previous site changed");
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("dossier-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    // The same build without --strict goes through and counts the warning.
    assert_eq!(build_site(&options).unwrap().warnings.len(), 1);
}

#[test]
fn dangerous_output_folders_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    write_files(
        dir.path(),
        &[
            ("site.toml", "title = \"S\"\n"),
            ("seeds/a.txt", "Text here. More.\n"),
        ],
    );
    for out in [
        dir.path().to_path_buf(),
        dir.path().join("seeds"),
        "/".into(),
    ] {
        let options = BuildOptions {
            root: dir.path().to_path_buf(),
            output: Some(out.clone()),
            ..Default::default()
        };
        let err = build_site(&options).unwrap_err().to_string();
        assert!(err.contains("refusing"), "{}: {err}", out.display());
    }
    assert!(dir.path().join("seeds/a.txt").is_file());
}

#[test]
fn five_megabyte_single_paragraph_builds() {
    let dir = tempfile::tempdir().unwrap();
    let sentence = "The committee of the Northern Ports Authority met in Hamburg to discuss tariffs with officials from Rotterdam, and delegates said talks would continue. ";
    let body = sentence.repeat(5 * 1024 * 1024 / sentence.len());
    write_files(
        dir.path(),
        &[("site.toml", "title = \"Big\"\n"), ("seeds/big.txt", &body)],
    );
    let started = std::time::Instant::now();
    let site = build(dir.path());
    assert_eq!(site.report.articles, 1);
    // Not a timing assertion: printed so a quadratic regression is visible in the log.
    println!(
        "5 MB single-paragraph article built in {:.2?}",
        started.elapsed()
    );
}
