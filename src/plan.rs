//! The plan stage: which pages exist and where (URLs relative to the site root).

use crate::analyze::Knowledge;
use crate::config::SiteConfig;
use crate::content::slug::SlugSet;
use crate::content::Article;

/// Every page's URL, relative to the site root.
#[derive(Debug, Clone, Default)]
pub struct Plan {
    /// Per article, e.g. `articles/kim-visits-russia.html`.
    pub articles: Vec<String>,
    /// Per entity, its page when it has one (enough articles and mentions).
    pub entities: Vec<Option<String>>,
    /// Per topic (same index as `Knowledge::topics`), e.g. `topics/military-cooperation.html`.
    pub topics: Vec<String>,
    /// Per relation (same index as `Knowledge::relations`), e.g. `relations/north-korea-russia.html`.
    pub relations: Vec<String>,
}

/// Gives every page its URL.
pub fn plan(articles: &[Article], knowledge: &Knowledge, config: &SiteConfig) -> Plan {
    let article_urls = articles
        .iter()
        .map(|a| format!("articles/{}.html", a.slug))
        .collect();
    let mut slugs = SlugSet::default();
    let entity_urls = knowledge
        .extraction
        .entities
        .iter()
        .zip(&knowledge.entity_stats)
        .map(|(entity, stats)| {
            let enough = stats.articles.len() >= config.entities.min_articles.max(1)
                && stats.mentions >= config.entities.min_mentions;
            enough.then(|| {
                format!(
                    "entities/{}.html",
                    slugs.unique(&entity.name, entity.kind.as_str())
                )
            })
        })
        .collect();
    let mut topic_slugs = SlugSet::default();
    let topics = knowledge
        .topics
        .iter()
        .map(|t| format!("topics/{}.html", topic_slugs.unique(&t.name, "topic")))
        .collect();
    let mut relation_slugs = SlugSet::default();
    let relations = knowledge
        .relations
        .iter()
        .map(|r| {
            format!(
                "relations/{}.html",
                relation_slugs.unique(&r.name, "relation")
            )
        })
        .collect();
    Plan {
        articles: article_urls,
        entities: entity_urls,
        topics,
        relations,
    }
}

/// The prefix that leads from a page at `url` back to the site root
/// (`""` for `index.html`, `"../"` for `articles/x.html`).
pub fn root_prefix(url: &str) -> String {
    "../".repeat(url.matches('/').count())
}
