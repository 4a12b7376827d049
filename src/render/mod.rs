//! The render stage: every file of the site as bytes, from the plan.

mod article_page;
mod body;
pub mod charts;
mod cite;
mod data;
mod entity_page;
mod exports;
mod feeds;
mod format;
pub mod network;
mod site_pages;
pub mod theme;
mod topic_pages;
mod xml;

use crate::analyze::Knowledge;
use crate::config::SiteConfig;
use crate::content::Article;
use crate::output::OutputFile;
use crate::plan::{root_prefix, Plan};
use rayon::prelude::*;
use serde_json::{json, Value};
use tera::Tera;
use theme::Theme;

pub use body::sanitize;

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
    Ok(tera)
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

/// Renders one page: `context` plus the values every template receives.
fn page(
    tera: &Tera,
    config: &SiteConfig,
    template: &str,
    url: &str,
    mut context: Value,
) -> Result<OutputFile, crate::Error> {
    let root = root_prefix(url);
    if let Value::Object(map) = &mut context {
        map.insert("root".into(), json!(root));
        map.insert("page_url".into(), json!(url));
        if !map.contains_key("description") {
            map.insert("description".into(), json!(config.description));
        }
        map.insert(
            "site".into(),
            json!({
                "title": config.title,
                "description": config.description,
                "base_url": config.base_url.trim_end_matches('/'),
                "language": config.language,
            }),
        );
    }
    let ctx = tera::Context::from_value(context)
        .map_err(|e| crate::Error::Template(template_error(&e)))?;
    let html = tera
        .render(template, &ctx)
        .map_err(|e| crate::Error::Template(format!("{url}: {}", template_error(&e))))?;
    Ok(OutputFile::text(url, html))
}

/// Renders the whole site.
pub fn render(
    input: &Input<'_>,
    tera: &Tera,
    theme: &Theme,
) -> Result<Vec<OutputFile>, crate::Error> {
    let index = entity_page::MentionIndex::build(input);
    let mut files: Vec<OutputFile> = input
        .articles
        .par_iter()
        .enumerate()
        .map(|(i, _)| article_page::render(input, tera, i))
        .collect::<Result<_, _>>()?;
    let entity_pages: Vec<OutputFile> = input
        .plan
        .entities
        .par_iter()
        .enumerate()
        .filter_map(|(e, url)| url.as_ref().map(|u| (e, u)))
        .map(|(e, url)| entity_page::render(input, tera, &index, e, url))
        .collect::<Result<_, _>>()?;
    files.extend(entity_pages);
    files.extend(site_pages::render(input, tera)?);
    files.extend(topic_pages::render(input, tera)?);
    files.extend(data::render(input)?);
    files.push(page(
        tera,
        input.config,
        "data.html",
        "data/README.html",
        json!({}),
    )?);
    let pages: Vec<&str> = files
        .iter()
        .map(|f| f.path.as_str())
        .filter(|p| p.ends_with(".html"))
        .collect();
    let feeds = feeds::render(input, &pages, input.today);
    files.extend(feeds);
    files.extend(theme.statics.iter().cloned());
    files.push(OutputFile::text(".nojekyll", String::new()));
    Ok(files)
}
