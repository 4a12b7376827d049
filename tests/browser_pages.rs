//! No script from an article runs (issue 8): a site built from a hostile
//! corpus, and the sample site, opened page by page in headless Chromium with
//! `alert`, `confirm`, `prompt` and `print` trapped before any page script
//! runs, and console errors, uncaught exceptions, dialogs and
//! Content-Security-Policy violations recorded. Not one may happen, and the
//! live DOM (after the page's own scripts ran) may hold no inline script,
//! event-handler attribute, `javascript:` URL or frame.
//!
//! Without Chromium or Node.js the test prints a notice and passes, except
//! when `CI` is `true`: there a missing tool is a failure.

mod common;

use common::browser::{file_url, Browser, Visit, VisitReport};
use common::*;
use std::path::Path;

/// Markup an attacker would like to see run, in every field that reaches a page.
const SCRIPT: &str = "<script>alert('script')</script>";
const IMG: &str = "<img src=x onerror=alert('img')>";
const SVG: &str = "<svg onload=alert('svg')>";
const BREAKOUT: &str = "\"><script>alert('breakout')</script>";
const CLOSE: &str = "</script><script>alert('close')</script>";
const EVIL: &str = "Dr. <b onmouseover=alert('evil')>Evil</b> Smith";
/// The same inside Markdown, where the tag is raw HTML: the whole name sits
/// in the element. (A name split by inline markup, `**Evil** Smith`, is a
/// separate bug: its mention anchor goes missing and the link check refuses
/// the build.)
const EVIL_MD: &str = "Dr. <b onmouseover=alert('evil')>Evil Smith</b>";

/// `s` as a double-quoted YAML or TOML string (both read `\\`, `\"` and
/// `\uXXXX` escapes).
fn quoted(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() || matches!(c, '\u{2028}' | '\u{2029}') => {
                out.push_str(&format!("\\u{:04X}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Writes the hostile site under `dir`.
fn hostile_site(dir: &Path) {
    let site_toml = format!(
        "title = {title}\n\
         description = {description}\n\
         gazetteer = \"gazetteer.yaml\"\n\
         [[topics]]\n\
         name = {topic}\n\
         description = {topic_description}\n\
         keywords = [\"alert\", \"script\", {keyword}]\n",
        title = quoted(&format!("Hostile {SCRIPT}")),
        description = quoted(&format!("{CLOSE} {IMG}")),
        topic = quoted(&format!("Alerts {IMG}")),
        topic_description = quoted(&format!("{BREAKOUT} {SVG}")),
        keyword = quoted("<script>"),
    );
    let gazetteer = format!(
        "entities:\n\
         \x20 - name: {evil}\n\
         \x20   type: person\n\
         \x20   aliases: [\"Evil Smith\", {svg}]\n\
         \x20   description: {close}\n\
         \x20 - name: {place}\n\
         \x20   type: place\n\
         \x20   aliases: [\"Alertland\"]\n\
         \x20   description: {breakout}\n\
         \x20 - name: North Korea\n\
         \x20   type: place\n\
         \x20   aliases: [DPRK]\n\
         \x20 - name: Russia\n\
         \x20   type: place\n",
        evil = quoted(EVIL),
        svg = quoted(SVG),
        close = quoted(CLOSE),
        place = quoted(&format!("Javascript:alert('place') {IMG}")),
        breakout = quoted(BREAKOUT),
    );
    let markdown = format!(
        "---\n\
         title: {title}\n\
         date: 2023-01-02\n\
         source: {source}\n\
         author: {author}\n\
         url: \"javascript:alert('url')\"\n\
         tags: [{tag1}, {tag2}, \"javascript:alert('tag')\"]\n\
         topics: [{topic}]\n\
         summary: {summary}\n\
         ---\n\
         {EVIL_MD} said that North Korea and Russia would <script>alert('body')</script> meet.\n\n\
         Raw markup: {IMG} {SVG} <iframe srcdoc=\"<script>alert('frame')</script>\"></iframe>\n\
         <object data=\"javascript:alert('object')\"></object> <embed src=\"javascript:alert('embed')\">\n\n\
         [a link](javascript:alert('md-link')) and <a href=\"javascript:alert('a')\">another</a>\n\
         and <a href=\"jav&#x09;ascript:alert('tab')\">a tabbed one</a> and <javascript:alert('autolink')>\n\
         and [titled](https://example.org/ \"\\\" onmouseover=alert('title-attr') x=\\\"\").\n\n\
         ![{IMG}](javascript:alert('image')) <img src=\"x\" onerror=\"alert('img2')\"/>\n\n\
         <details open ontoggle=alert('toggle')><summary>s</summary>d</details>\n\n\
         <form action=\"javascript:alert('form')\"><button formaction=\"javascript:alert('b')\">go</button></form>\n\n\
         <math><mtext><table><mglyph><style><img src=x onerror=alert('mxss')></style></mglyph></table></mtext></math>\n\n\
         <meta http-equiv=\"refresh\" content=\"0;url=javascript:alert('refresh')\">\n\
         <base href=\"javascript:alert('base')//\">\n\
         <style>body {{ background: url(\"javascript:alert('style')\") }}</style>\n\
         <div style=\"background:url(javascript:alert('inline-style'))\">styled</div>\n\n\
         \u{201c}{SCRIPT},\u{201d} {EVIL_MD} said. \"{CLOSE}\", Evil Smith told KCNA.\n\n\
         Code: `{SCRIPT}` and a footnote.[^x]\n\n\
         | {IMG} | {SVG} |\n|---|---|\n| {BREAKOUT} | ${{alert('template')}} |\n\n\
         [^x]: {SCRIPT} in a footnote, with Alertland named.\n",
        title = quoted(&format!("{SCRIPT} {IMG}")),
        source = quoted(IMG),
        author = quoted(BREAKOUT),
        tag1 = quoted(SVG),
        tag2 = quoted(CLOSE),
        topic = quoted(&format!("Alerts {IMG}")),
        summary = quoted(&format!("{CLOSE} \u{2028} {SVG}")),
    );
    let second = format!(
        "---\n\
         title: {title}\n\
         date: 2023-02-03\n\
         source: {source}\n\
         url: \"https://example.org/a?b=1&c=<script>alert('url2')</script>\"\n\
         tags: [{tag}]\n\
         ---\n\
         Russia and North Korea signed a pact. {EVIL_MD} was there, in Alertland.\n\n\
         > \"{BREAKOUT},\" Evil Smith said.\n",
        title = quoted(&format!("{BREAKOUT} second")),
        source = quoted(SCRIPT),
        tag = quoted(SVG),
    );
    let text = format!(
        "Kursk {CLOSE} {IMG}\n\n\
         {EVIL} said the troops of North Korea reached Kursk. \"{SVG} is coming,\" {EVIL} said.\n\
         President Javascript Alert met Minister Script Onerror in Alertland on Monday.\n\
         A dataline with ]]> and <!-- and --> and \u{2028} and {{{{ alert }}}} and ${{alert('tpl')}}.\n\
         \"{SCRIPT}\", KCNA reported. Evil Smith later said \"{BREAKOUT}\" to reporters.\n"
    );
    let dated = format!(
        " date 2022-03-04 {SCRIPT} opened the session in Alertland.\n\n\
         Visit javascript:alert('plain') or {IMG} for more. Russia said \"{SVG}\" on Tuesday.\n"
    );
    write_files(
        dir,
        &[
            ("site.toml", &site_toml),
            ("gazetteer.yaml", &gazetteer),
            ("seeds/hostile.md", &markdown),
            ("seeds/second.md", &second),
            ("seeds/kursk.txt", &text),
            ("seeds/dated.txt", &dated),
        ],
    );
}

/// Evaluated on every page after it loaded (and its scripts ran).
const PROBE: &str = r#"(() => {
  const URL_ATTRS = new Set(["href", "xlink:href", "src", "srcset", "action", "formaction", "data",
    "poster", "background", "cite", "ping", "srcdoc", "codebase", "manifest"]);
  const all = [...document.querySelectorAll("*")];
  const handlers = [];
  const jsUrls = [];
  for (const el of all) {
    for (const a of el.attributes) {
      if (a.name.toLowerCase().startsWith("on")) handlers.push(`${el.tagName} ${a.name}`);
      if (!URL_ATTRS.has(a.name.toLowerCase())) continue;
      const v = a.value.replace(/[\u0000-\u0020]/g, "").toLowerCase();
      if (v.startsWith("javascript:") || v.startsWith("vbscript:") || v.startsWith("data:text/html")) {
        jsUrls.push(`${el.tagName} ${a.name}=${a.value}`);
      }
    }
  }
  const results = document.getElementById("results");
  return {
    inline_scripts: [...document.scripts].filter((s) => !s.src).map((s) => s.textContent.slice(0, 80)),
    foreign_scripts: [...document.scripts]
      .filter((s) => s.src && new URL(s.src).protocol !== location.protocol)
      .map((s) => s.src),
    handlers,
    js_urls: jsUrls,
    frames: [...document.querySelectorAll("iframe, frame, object, embed, base, meta[http-equiv=refresh i]")]
      .map((e) => e.outerHTML.slice(0, 120)),
    status: document.getElementById("search-status")?.textContent ?? null,
    results: results ? results.children.length : null,
    results_text: results ? results.textContent : null,
    page: location.href.split(/[?#]/)[0],
  };
})()"#;

/// The failures a visit shows: dialogs, trapped calls, CSP violations,
/// console errors, exceptions, and what the probe found. Failed resource
/// loads (`<img src=x>` left by the sanitiser) are not script and not counted.
fn failures(visit: &VisitReport) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(error) = &visit.error {
        out.push(format!("visit failed: {error}"));
    }
    for event in &visit.events {
        if event.kind == "log" && event.source.as_deref() == Some("network") {
            continue;
        }
        out.push(format!("{} {:?}", event.kind, event.details));
    }
    let Some(probe) = &visit.probe else {
        out.push("no probe result".to_string());
        return out;
    };
    for key in [
        "inline_scripts",
        "foreign_scripts",
        "handlers",
        "js_urls",
        "frames",
    ] {
        match probe[key].as_array() {
            Some(found) if found.is_empty() => {}
            Some(found) => out.push(format!("{key}: {found:?}")),
            None => out.push(format!("probe without {key}: {probe}")),
        }
    }
    // The search page may rewrite its query string; the page itself stays.
    let page = visit.url.split(['?', '#']).next().unwrap_or_default();
    if probe["page"].as_str() != Some(page) {
        out.push(format!("navigated away to {}", probe["page"]));
    }
    out
}

/// Every HTML page of `site`, plus search pages with hostile-looking queries.
fn visits_for(site: &Built) -> Vec<Visit> {
    let mut visits: Vec<Visit> = site
        .html_pages()
        .iter()
        .map(|page| Visit::desktop(file_url(&site.out.join(page), "")))
        .collect();
    let search = site.out.join("search.html");
    for query in [
        "q=alert",
        "q=script",
        "q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
        "q=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E&entity=%3Csvg%20onload%3Dalert(1)%3E&topic=%3Cscript%3E&year=%3Cimg%3E",
        "q=javascript%3Aalert(1)",
    ] {
        visits.push(Visit::desktop(file_url(&search, query)));
    }
    visits
}

/// Control pages that must trip the traps, so that a silent run means
/// something: an inline `alert`, a CSP-blocked inline script, a
/// `console.error` and an uncaught exception.
fn control_pages(dir: &Path) -> Vec<(String, &'static str)> {
    write_files(
        dir,
        &[
            ("alert.html", "<!DOCTYPE html><title>a</title><script>alert('control')</script>"),
            (
                "csp.html",
                "<!DOCTYPE html><meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'self'\"><title>c</title><script>void 0</script>",
            ),
            ("error.html", "<!DOCTYPE html><title>e</title><script>console.error('control')</script>"),
            ("throw.html", "<!DOCTYPE html><title>t</title><img src=x onerror=\"prompt('img')\"><script>throw new Error('control')</script>"),
        ],
    );
    vec![
        (file_url(&dir.join("alert.html"), ""), "trap"),
        (file_url(&dir.join("csp.html"), ""), "csp"),
        (file_url(&dir.join("error.html"), ""), "console"),
        (file_url(&dir.join("throw.html"), ""), "exception"),
    ]
}

#[test]
fn no_script_from_an_article_runs_on_any_page() {
    let Some(browser) = Browser::find(false) else {
        return;
    };
    let source = tempfile::tempdir().expect("temp dir");
    hostile_site(source.path());
    if std::env::var_os("KEEP_HOSTILE").is_some() {
        hostile_site(Path::new("/tmp/hostile"));
    }
    if std::env::var_os("KEEP_HOSTILE").is_some() {
        hostile_site(Path::new("/tmp/hostile"));
    }
    let hostile = build(source.path());
    assert_eq!(
        hostile.report.articles, 4,
        "every hostile article is published: {:#?}",
        hostile.report.warnings
    );
    let sample = build_samples();
    let controls_dir = tempfile::tempdir().expect("temp dir");
    let controls = control_pages(controls_dir.path());

    let mut visits: Vec<Visit> = controls
        .iter()
        .map(|(url, _)| Visit::desktop(url.clone()))
        .collect();
    let hostile_visits = visits_for(&hostile);
    let sample_visits = visits_for(&sample);
    visits.extend(hostile_visits.iter().cloned());
    visits.extend(sample_visits.iter().cloned());

    let started = std::time::Instant::now();
    let reports = browser.run(&visits, Some(PROBE));
    println!(
        "{} pages visited in {:.1?}",
        reports.len(),
        started.elapsed()
    );

    // The harness sees what it is meant to see.
    for ((url, kind), report) in controls.iter().zip(&reports) {
        assert!(
            report.events.iter().any(|e| e.kind == *kind),
            "control page {url} should have produced a {kind:?} event: {report:#?}"
        );
    }
    assert!(
        reports[0]
            .events
            .iter()
            .any(|e| e.kind == "trap"
                && e.details.get("name").and_then(|n| n.as_str()) == Some("alert")),
        "{:#?}",
        reports[0]
    );

    let mut problems = Vec::new();
    for report in &reports[controls.len()..] {
        for failure in failures(report) {
            problems.push(format!("{}\n    {failure}", report.url));
        }
    }
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );

    // The hostile search pages did show hostile text, as text.
    let hostile_search = &reports[controls.len()..controls.len() + hostile_visits.len()];
    let by_query = |query: &str| {
        hostile_search
            .iter()
            .find(|r| r.url.ends_with(query))
            .and_then(|r| r.probe.as_ref())
            .unwrap_or_else(|| panic!("no visit for {query}"))
    };
    for query in ["search.html?q=alert", "search.html?q=script"] {
        let probe = by_query(query);
        assert!(
            probe["results"].as_u64().unwrap_or(0) > 0,
            "{query}: no results on the hostile site: {probe}"
        );
    }
    let shown = by_query("search.html?q=script")["results_text"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(
        shown.contains("<script>alert('script')</script>"),
        "hostile title not shown as text in results: {shown:?}"
    );
    assert!(
        hostile.html_pages().len() > 10 && sample.html_pages().len() > 10,
        "too few pages built"
    );
}
