//! Article text as HTML, with entity mentions linked to their pages.

use crate::analyze::entities::Mention;
use crate::content::markdown::{self, LinkSpan};
use crate::content::{Article, Body};
use std::collections::HashSet;

/// The article's text as safe HTML. Each mention of an entity that has a page
/// becomes `<a class="mention" id="m{k}">`, `k` being its index in
/// `mentions`, so keyword-in-context lists can link to the very sentence.
pub(super) fn article_html(
    article: &Article,
    mentions: &[Mention],
    entity_urls: &[Option<String>],
    root: &str,
) -> String {
    let mut spans: Vec<Vec<LinkSpan>> = vec![Vec::new(); article.blocks.len()];
    for (k, m) in mentions.iter().enumerate() {
        let Some(Some(url)) = entity_urls.get(m.entity) else {
            continue;
        };
        if let Some(list) = spans.get_mut(m.block()) {
            list.push(LinkSpan {
                start: m.range().start,
                end: m.range().end,
                open: format!("<a class=\"mention\" id=\"m{k}\" href=\"{root}{url}\">"),
                close: "</a>",
                id: Some(format!("m{k}")),
            });
        }
    }
    match &article.body {
        Body::Text => {
            let mut html = String::with_capacity(article.word_count * 8);
            for (i, block) in article.blocks.iter().enumerate() {
                let refs: Vec<&LinkSpan> =
                    spans.get(i).map(|s| s.iter().collect()).unwrap_or_default();
                html.push_str("<p>");
                html.push_str(&markdown::linked_paragraph_html(block, &refs));
                html.push_str("</p>\n");
            }
            html
        }
        Body::Markdown(source) => sanitize(&markdown::render(source, &spans)),
    }
}

/// Sanitises rendered Markdown: raw HTML from the article may not run script,
/// load frames or carry event handlers; our own mention links keep their
/// `id` and `class`. Relative URLs other than in-page fragments and links to
/// entity pages are dropped: the article's neighbouring files are not part
/// of the site, so such links could only break.
pub fn sanitize(html: &str) -> String {
    let generic: HashSet<&str> = ["id", "class", "title", "lang"].into_iter().collect();
    ammonia::Builder::default()
        .generic_attributes(generic)
        .link_rel(Some("noopener noreferrer"))
        .url_relative(ammonia::UrlRelative::Custom(Box::new(keep_site_link)))
        .clean(html)
        .to_string()
}

fn keep_site_link(url: &str) -> Option<std::borrow::Cow<'_, str>> {
    let rest = url.trim_start_matches("../");
    let entity_page =
        rest.starts_with("entities/") && rest.ends_with(".html") && !rest.contains("..");
    (url.starts_with('#') || entity_page).then(|| url.into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_and_handlers_are_removed() {
        let out = sanitize("<p onclick=\"x()\">a<script>alert(1)</script><a href=\"javascript:alert(1)\">b</a><img src=x onerror=alert(1)></p>");
        assert!(!out.contains("script"), "{out}");
        assert!(
            !out.contains("onclick") && !out.contains("onerror"),
            "{out}"
        );
        assert!(!out.contains("javascript:"), "{out}");
    }

    #[test]
    fn only_site_relative_links_survive() {
        let out = sanitize("<a href=\"../entities/kim.html\">k</a><a href=\"#fn1\">1</a><img src=\"chart.png\"><a href=\"../../etc/passwd\">p</a>");
        assert!(
            out.contains("../entities/kim.html") && out.contains("#fn1"),
            "{out}"
        );
        assert!(
            !out.contains("chart.png") && !out.contains("passwd"),
            "{out}"
        );
    }
}
