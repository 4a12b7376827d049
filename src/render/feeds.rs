//! Files for crawlers and feed readers: `sitemap.xml`, `feed.xml` (Atom) and
//! `robots.txt`. URLs are absolute when `base_url` is set; without it they are
//! relative to the site root (the site still works, but feed readers and
//! search engines need the absolute form: set `base_url` or `--base-url`).

use super::entity_page::newest_first;
use super::xml::escape;
use super::Input;
use crate::output::OutputFile;
use chrono::NaiveDate;

/// Most entries in the feed.
const FEED_ENTRIES: usize = 50;

/// `base_url` with exactly one trailing slash, or empty.
pub fn base(input: &Input<'_>) -> String {
    let b = input.config.base_url.trim().trim_end_matches('/');
    if b.is_empty() {
        String::new()
    } else {
        format!("{b}/")
    }
}

/// Renders sitemap.xml, feed.xml and robots.txt. `pages` are the site's HTML
/// pages (relative URLs).
pub fn render(input: &Input<'_>, pages: &[&str], today: NaiveDate) -> Vec<OutputFile> {
    vec![sitemap(input, pages), feed(input, today), robots(input)]
}

fn sitemap(input: &Input<'_>, pages: &[&str]) -> OutputFile {
    let base = base(input);
    let article_dates: std::collections::HashMap<&str, NaiveDate> = input
        .plan
        .articles
        .iter()
        .zip(input.articles)
        .filter_map(|(url, a)| a.date.map(|d| (url.as_str(), d)))
        .collect();
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    // A folded copy's page only points to its article.
    let copies: std::collections::HashSet<&str> =
        input.plan.copies.iter().map(String::as_str).collect();
    for page in pages
        .iter()
        .filter(|p| **p != "404.html" && !copies.contains(*p))
    {
        xml.push_str("  <url><loc>");
        xml.push_str(&escape(&format!("{base}{page}")));
        xml.push_str("</loc>");
        if let Some(d) = article_dates.get(page) {
            xml.push_str(&format!("<lastmod>{}</lastmod>", d.format("%Y-%m-%d")));
        }
        xml.push_str("</url>\n");
    }
    xml.push_str("</urlset>\n");
    OutputFile::text("sitemap.xml", xml)
}

fn feed(input: &Input<'_>, today: NaiveDate) -> OutputFile {
    let base = base(input);
    let id_base = if base.is_empty() {
        format!(
            "urn:dossier:{}:",
            crate::content::slug::slugify(&input.config.title)
        )
    } else {
        base.clone()
    };
    let mut order: Vec<usize> = (0..input.articles.len()).collect();
    newest_first(input, &mut order);
    order.truncate(FEED_ENTRIES);
    let stamp =
        |d: Option<NaiveDate>| format!("{}T00:00:00Z", d.unwrap_or(today).format("%Y-%m-%d"));
    let updated = input.articles.iter().filter_map(|a| a.date).max();
    let title = escape(&input.config.title);
    let mut xml = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n  <title>{title}</title>\n  <id>{}</id>\n  <updated>{}</updated>\n  <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n  <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n  <author><name>{title}</name></author>\n  <generator>dossier</generator>\n",
        escape(&format!("{id_base}index.html")),
        stamp(updated),
        escape(&format!("{base}index.html")),
        escape(&format!("{base}feed.xml")),
    );
    if !input.config.description.is_empty() {
        xml.push_str(&format!(
            "  <subtitle>{}</subtitle>\n",
            escape(&input.config.description)
        ));
    }
    for a in order {
        let article = &input.articles[a];
        let url = &input.plan.articles[a];
        let summary = article
            .summary
            .clone()
            .unwrap_or_else(|| crate::text::shorten(&article.blocks.join(" "), 400));
        xml.push_str("  <entry>\n");
        xml.push_str(&format!("    <title>{}</title>\n", escape(&article.title)));
        xml.push_str(&format!(
            "    <id>{}</id>\n",
            escape(&format!("{id_base}{url}"))
        ));
        xml.push_str(&format!(
            "    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
            escape(&format!("{base}{url}"))
        ));
        xml.push_str(&format!("    <updated>{}</updated>\n", stamp(article.date)));
        if let Some(d) = article.date {
            xml.push_str(&format!("    <published>{}</published>\n", stamp(Some(d))));
        }
        if let Some(author) = article.author.as_ref().or(article.source.as_ref()) {
            xml.push_str(&format!(
                "    <author><name>{}</name></author>\n",
                escape(author)
            ));
        }
        xml.push_str(&format!("    <summary>{}</summary>\n", escape(&summary)));
        xml.push_str("  </entry>\n");
    }
    xml.push_str("</feed>\n");
    OutputFile::text("feed.xml", xml)
}

fn robots(input: &Input<'_>) -> OutputFile {
    let base = base(input);
    let mut text = String::from("User-agent: *\nAllow: /\n");
    if !base.is_empty() {
        text.push_str(&format!("Sitemap: {base}sitemap.xml\n"));
    }
    OutputFile::text("robots.txt", text)
}
