//! The render stage: every file of the site as bytes, from the plan.

pub(crate) mod article_page;
mod body;
pub mod charts;
mod cite;
mod context;
mod copy_pages;
mod data;
mod entity_page;
mod exports;
mod feeds;
pub(crate) mod format;
mod labels;
mod layout;
mod netdraw;
pub mod network;
mod network_page;
pub(crate) mod outlet_pages;
mod previews;
mod relation_page;
mod site_pages;
pub mod theme;
mod topic_pages;
mod xml;

use crate::analyze::{ArticleId, EntityId, Knowledge};
use crate::config::SiteConfig;
use crate::content::Article;
use crate::fault::{self, Failure};
use crate::output::{OutputFile, SiteSink};
use crate::plan::{root_prefix, Plan};
use rayon::prelude::*;
use serde::Serialize;
use tera::Tera;
use theme::Theme;

pub use body::sanitize;

/// Where a renderer hands each file it makes, from any thread.
type Put<'a> = dyn Fn(OutputFile) -> Result<(), crate::Error> + Sync + 'a;

/// What rendering reads.
pub struct Input<'a> {
    /// site.toml.
    pub config: &'a SiteConfig,
    /// The corpus.
    pub articles: &'a [Article],
    /// What analysis found.
    pub knowledge: &'a Knowledge,
    /// Every page's URL.
    pub plan: &'a Plan,
    /// The build date: access date in citations, `updated` of undated feed entries.
    pub today: chrono::NaiveDate,
}

impl Input<'_> {
    /// Article `a`.
    pub fn article(&self, a: ArticleId) -> &Article {
        &self.articles[a.index()]
    }

    /// The articles with their ids, in corpus order.
    pub fn articles_with_ids(&self) -> impl DoubleEndedIterator<Item = (ArticleId, &Article)> {
        self.articles
            .iter()
            .enumerate()
            .map(|(a, article)| (ArticleId::new(a), article))
    }
}

/// Compiles the theme's templates once.
pub fn compile(theme: &Theme) -> Result<Tera, crate::Error> {
    let mut tera = Tera::default();
    let templates: Vec<(&str, &str)> = theme
        .templates
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_str()))
        .collect();
    tera.add_raw_templates(templates)
        .map_err(|e| crate::Error::Template(template_error(&e)))?;
    // The GEXF export is XML too.
    tera.autoescape_on(vec![".html", ".htm", ".xml", ".gexf"]);
    tera.set_escape_fn(escape_html);
    Ok(tera)
}

/// Tera's escaping without its `/` → `&#x2F;` and `'` → `&#x27;`: both are
/// harmless in text and in double-quoted attributes (the theme loader refuses
/// a value inside single quotes), and every link would pay five bytes a slash,
/// every title and quote five an apostrophe. Control characters XML 1.0
/// forbids are dropped, so the same escaping serves the XML templates (feed,
/// sitemap, GEXF).
fn escape_html(text: &str) -> String {
    let escaped = html_escape::encode_double_quoted_attribute(text);
    // Byte by byte first: every forbidden character has a control byte or
    // 0xEF (U+FFFE and U+FFFF) in its UTF-8, and most text has neither.
    let suspect = |b: &u8| (*b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r')) || *b == 0xEF;
    if escaped.as_bytes().iter().any(suspect) && escaped.chars().any(xml_forbidden) {
        escaped.chars().filter(|&c| !xml_forbidden(c)).collect()
    } else {
        escaped.into_owned()
    }
}

/// Characters XML 1.0 does not allow in a document.
fn xml_forbidden(c: char) -> bool {
    (c < '\u{20}' && !matches!(c, '\t' | '\n' | '\r')) || c == '\u{FFFE}' || c == '\u{FFFF}'
}

/// A Tera error with its chain of causes, which name the template and line.
fn template_error(e: &tera::Error) -> String {
    let mut message = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        message.push_str(": ");
        message.push_str(&s.to_string());
        source = s.source();
    }
    message
}

/// Renders one page: `context` plus the values every template receives
/// (`root`, `page_url`, `site`, and `description` when the page has none).
fn page<T: Serialize>(
    tera: &Tera,
    config: &SiteConfig,
    template: &str,
    url: &str,
    context: &T,
) -> Result<OutputFile, crate::Error> {
    let html = page_html(tera, config, template, url, context)?;
    Ok(OutputFile::text(url, html))
}

/// The HTML of [`page`].
fn page_html<T: Serialize>(
    tera: &Tera,
    config: &SiteConfig,
    template: &str,
    url: &str,
    context: &T,
) -> Result<String, crate::Error> {
    let base = config.base_url.trim().trim_end_matches('/');
    // GitHub Pages serves 404.html at whatever depth the missing URL had, so
    // its relative links would break; with a known base URL they are absolute.
    let root = if url == "404.html" && !base.is_empty() {
        format!("{base}/")
    } else {
        root_prefix(url)
    };
    let mut ctx = tera::Context::from_serialize(context)
        .map_err(|e| crate::Error::Template(format!("{url}: {}", template_error(&e))))?;
    ctx.insert("root", &root);
    ctx.insert("page_url", url);
    if !ctx.contains_key("description") {
        ctx.insert("description", &config.description);
    }
    ctx.insert(
        "site",
        &context::Site {
            title: &config.title,
            description: &config.description,
            base_url: config.base_url.trim_end_matches('/'),
            language: &config.language,
        },
    );
    tera.render(template, &ctx)
        .map_err(|e| crate::Error::Template(format!("{url}: {}", template_error(&e))))
}

/// [`page`], with the links between pages of its folder written from it
/// (see [`same_folder_links`]): for the many pages that list their
/// neighbours, entity and article pages.
fn listing_page<T: Serialize>(
    tera: &Tera,
    config: &SiteConfig,
    template: &str,
    url: &str,
    context: &T,
) -> Result<OutputFile, crate::Error> {
    let html = page_html(tera, config, template, url, context)?;
    Ok(OutputFile::text(url, same_folder_links(url, html)))
}

/// Links between pages of one folder written from that folder: on
/// `entities/x.html`, `href="../entities/y.html"` becomes `href="y.html"`
/// (a tenth of the bytes of an entity page's list of neighbours). Only the
/// site's own links start that way: article text is escaped, and Markdown
/// links to pages of the site are kept only as `entities/…`, which this
/// leaves as they are on article pages.
fn same_folder_links(url: &str, html: String) -> String {
    let Some((folder, _)) = url.split_once('/') else {
        return html;
    };
    if folder.is_empty() || url.matches('/').count() != 1 {
        return html;
    }
    let long = format!("href=\"../{folder}/");
    // One pass over the page: most pages of a folder have such links.
    let mut found = html.match_indices(long.as_str()).map(|(i, _)| i).peekable();
    if found.peek().is_none() {
        return html;
    }
    let mut out = String::with_capacity(html.len());
    let mut last = 0;
    for i in found {
        out.push_str(html.get(last..i).unwrap_or_default());
        out.push_str("href=\"");
        last = i + long.len();
    }
    out.push_str(html.get(last..).unwrap_or_default());
    out
}

/// Renders one page with [`fault::isolate`]: a panic is recorded in `sink`
/// as a failure naming `what` (the article's file) and the page, and the
/// page is left out; an error still stops the build.
fn isolated(
    sink: &dyn SiteSink,
    what: String,
    page: &str,
    render: impl FnOnce() -> Result<OutputFile, crate::Error>,
) -> Result<(), crate::Error> {
    match fault::isolate(render) {
        Ok(file) => sink.put(file?).map_err(crate::Error::from),
        Err(message) => {
            sink.fail(Failure {
                file: what,
                page: Some(page.to_string()),
                stage: "rendering",
                message,
            });
            Ok(())
        }
    }
}

/// The most pages one parallel task renders in a row. Rayon otherwise
/// splits a list only into a few long runs per thread, and at the end one
/// thread renders the last run alone while the other waits.
const PAGES_PER_TASK: usize = 16;

/// Renders the whole site into `sink`, each page as soon as it is made, so
/// that the site's bytes need never all be in memory at once.
pub fn render(
    input: &Input<'_>,
    tera: &Tera,
    theme: &Theme,
    sink: &dyn SiteSink,
) -> Result<(), crate::Error> {
    let put = |file: OutputFile| sink.put(file).map_err(crate::Error::from);
    // The data exports and the search index are built mostly on one thread;
    // they run beside the pages, which keep the other cores busy.
    let (pages, data) = rayon::join(
        || -> Result<(), crate::Error> {
            let index = entity_page::MentionIndex::build(input);
            input
                .articles
                .par_iter()
                .enumerate()
                .with_max_len(PAGES_PER_TASK)
                .try_for_each(|(i, article)| {
                    let a = ArticleId::new(i);
                    let file = article.shown_path(input.config);
                    let page = &input.plan.articles[a];
                    isolated(sink, file, page, || article_page::render(input, tera, a))
                })?;
            // The site-wide pages, one after the other, beside the entity
            // pages: no core waits for them at the end.
            let (entities, others) = rayon::join(
                move || entity_pages(input, tera, &index, sink),
                || other_pages(input, tera, &put),
            );
            entities.and(others)
        },
        || data::render(input, tera, &put),
    );
    pages?;
    data?;
    let pages = sink.html_pages();
    let pages: Vec<&str> = pages.iter().map(String::as_str).collect();
    for file in feeds::render(input, tera, &pages, input.today)? {
        put(file)?;
    }
    for file in &theme.statics {
        put(file.clone())?;
    }
    put(OutputFile::text(".nojekyll", String::new()))
}

/// Every entity page, in parallel.
fn entity_pages(
    input: &Input<'_>,
    tera: &Tera,
    index: &entity_page::MentionIndex,
    sink: &dyn SiteSink,
) -> Result<(), crate::Error> {
    input
        .plan
        .entities
        .as_slice()
        .par_iter()
        .enumerate()
        .with_max_len(PAGES_PER_TASK)
        .filter_map(|(e, url)| url.as_ref().map(|u| (EntityId::new(e), u)))
        .try_for_each(|(e, url)| {
            let name = input.knowledge.extraction.entities.get(e.index());
            let what = format!("entity “{}”", name.map_or("", |n| n.name.as_str()));
            isolated(sink, what, url, || {
                entity_page::render(input, tera, index, e, url)
            })
        })
}

/// The pages that are neither an article's nor an entity's (home, timeline,
/// topics, outlets, copies, the data README) and the hover previews.
fn other_pages(input: &Input<'_>, tera: &Tera, put: &Put<'_>) -> Result<(), crate::Error> {
    for file in site_pages::render(input, tera)? {
        put(file)?;
    }
    for file in topic_pages::render(input, tera)? {
        put(file)?;
    }
    for file in outlet_pages::render(input, tera)? {
        put(file)?;
    }
    for file in copy_pages::render(input, tera)? {
        put(file)?;
    }
    put(page(
        tera,
        input.config,
        "data.html",
        "data/README.html",
        &context::Empty {},
    )?)?;
    previews::render(input, put)
}

#[cfg(test)]
mod tests {
    use super::{escape_html, same_folder_links};

    #[test]
    fn escaping_drops_what_xml_forbids_and_keeps_the_rest() {
        assert_eq!(escape_html("a<b & \"c\""), "a&lt;b &amp; &quot;c&quot;");
        assert_eq!(escape_html("x\u{1}y\u{FFFE}z\u{FFFF}"), "xyz");
        // Tab, newline and other characters with an 0xEF byte stay.
        assert_eq!(
            escape_html("\t\n\r\u{FFFD}\u{F000}"),
            "\t\n\r\u{FFFD}\u{F000}"
        );
    }

    #[test]
    fn links_within_a_folder_are_written_from_it() {
        let html = "<a href=\"../entities/b.html\">B</a><a href=\"../articles/c.html\">C</a>";
        assert_eq!(
            same_folder_links("entities/a.html", html.to_string()),
            "<a href=\"b.html\">B</a><a href=\"../articles/c.html\">C</a>"
        );
        assert_eq!(same_folder_links("index.html", html.to_string()), html);
        assert_eq!(same_folder_links("a/b/c.html", html.to_string()), html);
    }
}
