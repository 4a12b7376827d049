//! Files for crawlers and feed readers: `sitemap.xml`, `feed.xml` (Atom) and
//! `robots.txt`. URLs are absolute when `base_url` is set; without it they are
//! relative to the site root (the site still works, but feed readers and
//! search engines need the absolute form: set `base_url` or `--base-url`).

use super::context::newest_first;
use super::Input;
use crate::analyze::ArticleId;
use crate::output::OutputFile;
use chrono::NaiveDate;
use serde::Serialize;
use tera::Tera;

/// Most entries in the feed.
const FEED_ENTRIES: usize = 50;

/// `base_url` with exactly one trailing slash, or empty.
pub(super) fn base(input: &Input<'_>) -> String {
    let b = input.config.base_url.trim().trim_end_matches('/');
    if b.is_empty() {
        String::new()
    } else {
        format!("{b}/")
    }
}

/// What `sitemap.xml` receives.
#[derive(Serialize)]
struct SitemapContext {
    urls: Vec<SitemapUrl>,
}

/// A page of the sitemap.
#[derive(Serialize)]
struct SitemapUrl {
    loc: String,
    lastmod: Option<String>,
}

/// What `feed.xml` receives.
#[derive(Serialize)]
struct FeedContext<'a> {
    feed: Feed<'a>,
}

/// The Atom feed.
#[derive(Serialize)]
struct Feed<'a> {
    title: &'a str,
    id: String,
    updated: String,
    alternate: String,
    self_url: String,
    subtitle: Option<&'a str>,
    entries: Vec<FeedEntry<'a>>,
}

/// An article in the feed.
#[derive(Serialize)]
struct FeedEntry<'a> {
    title: &'a str,
    id: String,
    link: String,
    updated: String,
    published: Option<String>,
    author: Option<&'a str>,
    summary: String,
}

/// What `robots.txt` receives.
#[derive(Serialize)]
struct RobotsContext {
    sitemap: Option<String>,
}

/// Renders sitemap.xml, feed.xml and robots.txt from the theme's templates
/// of those names. `pages` are the site's HTML pages (relative URLs).
pub(super) fn render(
    input: &Input<'_>,
    tera: &Tera,
    pages: &[&str],
    today: NaiveDate,
) -> Result<Vec<OutputFile>, crate::Error> {
    let base = base(input);
    let robots = RobotsContext {
        sitemap: (!base.is_empty()).then(|| format!("{base}sitemap.xml")),
    };
    let feed = FeedContext {
        feed: feed(input, today),
    };
    Ok(vec![
        file(tera, "sitemap.xml", &sitemap(input, pages))?,
        file(tera, "feed.xml", &feed)?,
        file(tera, "robots.txt", &robots)?,
    ])
}

/// The file `name`, rendered from the template of the same name.
pub(super) fn file<T: Serialize>(
    tera: &Tera,
    name: &str,
    context: &T,
) -> Result<OutputFile, crate::Error> {
    let ctx = tera::Context::from_serialize(context)
        .map_err(|e| crate::Error::Template(format!("{name}: {e}")))?;
    let text = tera
        .render(name, &ctx)
        .map_err(|e| crate::Error::Template(format!("{name}: {}", super::template_error(&e))))?;
    Ok(OutputFile::text(name, text))
}

fn sitemap(input: &Input<'_>, pages: &[&str]) -> SitemapContext {
    let base = base(input);
    let article_dates: std::collections::HashMap<&str, NaiveDate> = input
        .plan
        .articles
        .iter()
        .zip(input.articles)
        .filter_map(|(url, a)| a.date.map(|d| (url.as_str(), d)))
        .collect();
    // A folded copy's page only points to its article.
    let copies: std::collections::HashSet<&str> =
        input.plan.copies.iter().map(String::as_str).collect();
    let urls = pages
        .iter()
        .filter(|p| **p != "404.html" && !copies.contains(*p))
        .map(|page| SitemapUrl {
            loc: format!("{base}{page}"),
            lastmod: article_dates
                .get(page)
                .map(|d| d.format("%Y-%m-%d").to_string()),
        })
        .collect();
    SitemapContext { urls }
}

fn feed<'a>(input: &'a Input<'_>, today: NaiveDate) -> Feed<'a> {
    let base = base(input);
    let id_base = if base.is_empty() {
        format!(
            "urn:dossier:{}:",
            crate::content::slug::slugify(&input.config.title)
        )
    } else {
        base.clone()
    };
    let mut order: Vec<ArticleId> = input.articles_with_ids().map(|(a, _)| a).collect();
    newest_first(input, &mut order);
    order.truncate(FEED_ENTRIES);
    let stamp =
        |d: Option<NaiveDate>| format!("{}T00:00:00Z", d.unwrap_or(today).format("%Y-%m-%d"));
    let updated = input.articles.iter().filter_map(|a| a.date).max();
    let entries = order
        .into_iter()
        .map(|a| {
            let article = input.article(a);
            let url = &input.plan.articles[a];
            FeedEntry {
                title: &article.title,
                id: format!("{id_base}{url}"),
                link: format!("{base}{url}"),
                updated: stamp(article.date),
                published: article.date.map(|d| stamp(Some(d))),
                author: article.author.as_deref().or(article.source.as_deref()),
                summary: article
                    .summary
                    .clone()
                    .unwrap_or_else(|| crate::text::shorten(&article.blocks.join(" "), 400)),
            }
        })
        .collect();
    Feed {
        title: &input.config.title,
        id: format!("{id_base}index.html"),
        updated: stamp(updated),
        alternate: format!("{base}index.html"),
        self_url: format!("{base}feed.xml"),
        subtitle: (!input.config.description.is_empty())
            .then_some(input.config.description.as_str()),
        entries,
    }
}
