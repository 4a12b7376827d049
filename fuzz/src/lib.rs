//! The fuzz targets' bodies, shared by the AFL++ binaries in `src/bin/` and
//! by `replay`, which runs saved inputs without AFL (see README.md).
//!
//! Each function takes the raw input bytes and must not panic, whatever they
//! are. Errors returned by dossier are fine; a panic (or an abort, overflow,
//! stack overflow, hang) is a bug.

use dossier::analyze::entities::{extract, Gazetteer};
use dossier::build::{render_site, BuildOptions};
use dossier::content::markdown::{self, LinkSpan};
use dossier::content::{boilerplate::Boilerplate, decode, slug::SlugSet, text};
use dossier::text::{first_sentence, normalize, shorten, shorten_start, split_sentences, window};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// A target's body.
pub type Target = fn(&[u8]);

/// The targets, by the names used for binaries, corpus and output folders.
pub const TARGETS: &[(&str, Target)] = &[
    ("text_parser", text_parser),
    ("markdown", markdown),
    ("gazetteer", gazetteer),
    ("article", article),
];

/// Bytes → decode (and normalise) → plain-text article parser (date marker,
/// headline, paragraphs, boilerplate cut, dateline source) → title and slug;
/// then the text layer (`dossier::text`) over every paragraph, checking what
/// it documents: sentence and keyword-in-context ranges lie on character
/// boundaries inside the text, and shortened text keeps to its length.
pub fn text_parser(data: &[u8]) {
    let Ok((decoded, _note)) = decode::decode(data) else {
        return;
    };
    // Built once, as a build does once for all articles.
    static BOILERPLATE: OnceLock<Boilerplate> = OnceLock::new();
    let boilerplate = BOILERPLATE.get_or_init(|| Boilerplate::new(true, &[]));
    let parsed = text::parse(&decoded, boilerplate);
    let _ = SlugSet::default().unique(&parsed.title, "article");
    for p in &parsed.paragraphs {
        let _ = text::readable_title(first_sentence(p));
        let mut last = 0;
        for r in split_sentences(p) {
            assert!(
                r.start >= last && p.get(r.clone()).is_some(),
                "sentence {r:?} (after {last}) is no slice of a {}-byte paragraph",
                p.len()
            );
            last = r.end;
            let (before, after) = window(p, r.start, r.end, 30);
            assert!(
                p.get(before.clone()).is_some() && p.get(after.clone()).is_some(),
                "window {before:?} {after:?} around {r:?} is no slice of a {}-byte paragraph",
                p.len()
            );
        }
        for max in [1, 12, 90] {
            let short = shorten(p, max);
            assert!(
                short.chars().count() <= max,
                "shorten({max}) gave {short:?}"
            );
            let short = shorten_start(p, max);
            assert!(
                short.chars().count() <= max,
                "shorten_start({max}) gave {short:?}"
            );
        }
    }
}

/// Bytes → decode (as a build reads every file) → YAML front matter split and parse → Markdown blocks → HTML with
/// mention links wrapped around every other word of every block, as the
/// article pages do.
pub fn markdown(data: &[u8]) {
    let Ok((source, _note)) = decode::decode(data) else {
        return;
    };
    let body = match markdown::split_front_matter(&source) {
        Some((yaml, body, first_line)) => {
            if let Ok(front) = markdown::parse_front_matter(yaml, first_line) {
                if let Some(title) = &front.title {
                    let _ = SlugSet::default().unique(title, "article");
                }
            }
            body
        }
        None => &source,
    };
    let blocks = markdown::blocks(body);
    let links: Vec<Vec<LinkSpan>> = blocks.iter().map(|b| word_spans(b)).collect();
    let _ = markdown::render(body, &links);
}

/// Byte ranges of every other word of `block` (split on whitespace), as
/// sorted, non-overlapping link spans.
fn word_spans(block: &str) -> Vec<LinkSpan> {
    let mut spans = Vec::new();
    let mut start = None;
    let mut words = 0usize;
    let ends = block
        .char_indices()
        .map(|(i, c)| (i, Some(c)))
        .chain(std::iter::once((block.len(), None)));
    for (i, c) in ends {
        let space = c.is_none_or(char::is_whitespace);
        match (start, space) {
            (None, false) => start = Some(i),
            (Some(s), true) => {
                if words.is_multiple_of(2) {
                    spans.push(LinkSpan {
                        start: s,
                        end: i,
                        open: format!("<a class=\"mention\" id=\"m{words}\" href=\"#e\">"),
                        close: "</a>",
                        id: Some(format!("m{words}")),
                    });
                }
                words += 1;
                start = None;
            }
            _ => {}
        }
    }
    spans
}

/// Bytes → gazetteer YAML, then entity extraction (gazetteer matching,
/// discovery, quotes) over some text. The input is `YAML NUL TEXT`; without a
/// NUL byte the whole input is both the YAML and the text.
pub fn gazetteer(data: &[u8]) {
    let (yaml, body) = match data.iter().position(|&b| b == 0) {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (data, data),
    };
    let yaml = String::from_utf8_lossy(yaml);
    let Ok(gazetteer) = Gazetteer::from_yaml(&yaml, Path::new("fuzz.yaml")) else {
        return;
    };
    let body = String::from_utf8_lossy(body);
    // Article text reaches the analysis normalised (see `content::decode`).
    let body = normalize(&body);
    let blocks: Vec<String> = body
        .split("\n\n")
        .filter(|b| !b.trim().is_empty())
        .map(str::to_string)
        .collect();
    let _ = extract(&[blocks], Some(&gazetteer));
}

/// One temporary site folder per process, reused by every input: `site.toml`
/// and `seeds/`, into which each input is written as the only article.
fn site_dir() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let parent = std::env::temp_dir().join("dossier-fuzz-article");
        // Folders left by earlier processes (AFL kills its children) whose
        // process is gone.
        if let Ok(entries) = std::fs::read_dir(&parent) {
            for e in entries.flatten() {
                let name = e.file_name().to_string_lossy().into_owned();
                let gone = name
                    .parse::<u32>()
                    .is_ok_and(|pid| !Path::new("/proc").join(pid.to_string()).exists());
                if gone {
                    let _ = std::fs::remove_dir_all(e.path());
                }
            }
        }
        let dir = parent.join(std::process::id().to_string());
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("seeds")).expect("create the fuzz site folder");
        std::fs::write(dir.join("site.toml"), "title = \"Fuzz\"\n").expect("write site.toml");
        dir
    })
}

/// Bytes → one article (`.md` when it starts with `---`, else `.txt`) in a
/// site folder → load, analyze, plan, render and link-check the whole site in
/// memory (`dossier::build::render_site`).
///
/// A crash: a panic, including one dossier catches and reports as a failure
/// in the build report; and a plain-text article whose site does not build,
/// since nothing in a `.txt` file may break a template or make a broken
/// internal link. A Markdown article may (its own links can point anywhere).
pub fn article(data: &[u8]) {
    let dir = site_dir();
    let markdown = data.starts_with(b"---");
    let (name, other) = if markdown {
        ("article.md", "article.txt")
    } else {
        ("article.txt", "article.md")
    };
    let seeds = dir.join("seeds");
    let _ = std::fs::remove_file(seeds.join(other));
    std::fs::write(seeds.join(name), data).expect("write the article");
    let options = BuildOptions {
        root: dir.to_path_buf(),
        ..BuildOptions::default()
    };
    match render_site(&options, None, &|_| {}) {
        // A panic in one article or page is caught by dossier
        // (`dossier::fault`) and reported as a failure: a crash here.
        Ok(site) => {
            if let Some(failure) = site.report.failures.first() {
                panic!("{failure}");
            }
        }
        Err(e) => assert!(
            markdown && matches!(e, dossier::Error::BrokenLinks { .. }),
            "a one-article site failed to build: {e}"
        ),
    }
}
