//! The plan stage: which pages exist and where (URLs relative to the site root).

use crate::analyze::entities::Entity;
use crate::analyze::relations::Relation;
use crate::analyze::Knowledge;
use crate::analyze::{ArticleId, EntityId, EntityStats, IdVec, OutletId, RelationId, TopicId};
use crate::config::{EntityConfig, SiteConfig};
use crate::content::slug::SlugSet;
use crate::content::Article;

/// Every page's URL, relative to the site root.
#[derive(Debug, Clone, Default)]
pub struct Plan {
    /// Per article, e.g. `articles/kim-visits-russia.html`.
    pub articles: IdVec<ArticleId, String>,
    /// Per entity, its page when it has one (enough articles and mentions).
    pub entities: IdVec<EntityId, Option<String>>,
    /// Per topic (same index as `Knowledge::topics`), e.g. `topics/military-cooperation.html`.
    pub topics: IdVec<TopicId, String>,
    /// Per relation (same index as `Knowledge::relations`), e.g. `relations/north-korea-russia.html`;
    /// for one without a page, the search for the articles naming both parties.
    pub relations: IdVec<RelationId, String>,
    /// Per outlet (same index as `Knowledge::outlets.list`), e.g. `outlets/reuters.html`.
    pub outlets: IdVec<OutletId, String>,
    /// Per folded copy (same index as `Knowledge::copies`): the URL its own
    /// page would have had, which now points to its article.
    pub copies: Vec<String>,
}

/// The outlets index.
pub const OUTLETS_INDEX: &str = "outlets.html";

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
            earns_page(entity, stats, &config.entities).then(|| {
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
            if r.has_page(&config.relations) {
                format!(
                    "relations/{}.html",
                    relation_slugs.unique(&r.name, "relation")
                )
            } else {
                pair_search_url(knowledge, r)
            }
        })
        .collect();
    let mut outlet_slugs = SlugSet::default();
    let outlets = knowledge
        .outlets
        .list
        .iter()
        .map(|o| format!("outlets/{}.html", outlet_slugs.unique(&o.name, "outlet")))
        .collect();
    let copies = knowledge
        .copies
        .iter()
        .map(|c| format!("articles/{}.html", c.article.slug))
        .collect();
    Plan {
        articles: article_urls,
        entities: entity_urls,
        topics,
        relations,
        outlets,
        copies,
    }
}

/// The search page filtered by entity `names` (the articles naming them all),
/// e.g. `search.html?entity=China&entity=North%20Korea`.
pub fn entity_search_url(names: &[&str]) -> String {
    let mut url = String::from("search.html");
    for (i, name) in names.iter().enumerate() {
        url.push(if i == 0 { '?' } else { '&' });
        url.push_str("entity=");
        url.push_str(&crate::render::format::query_value(name));
    }
    url
}

/// The search for the articles naming both parties of `relation`.
fn pair_search_url(knowledge: &Knowledge, relation: &Relation) -> String {
    let names: Vec<&str> = relation
        .party_names(&knowledge.extraction.entities)
        .collect();
    entity_search_url(&names)
}

/// Whether an entity gets a page of its own: named in enough articles and
/// mentioned often enough, or curated in the gazetteer. Names below the bar
/// stay in the article text, the article's entity list and `data/`, unlinked.
fn earns_page(entity: &Entity, stats: &EntityStats, config: &EntityConfig) -> bool {
    let named = stats.articles.len();
    let curated = config.gazetteer_pages && entity.from_gazetteer;
    let enough = named >= config.min_articles.max(1) && stats.mentions >= config.min_mentions;
    named > 0 && (enough || curated)
}

/// The prefix that leads from a page at `url` back to the site root
/// (`""` for `index.html`, `"../"` for `articles/x.html`).
pub fn root_prefix(url: &str) -> String {
    "../".repeat(url.matches('/').count())
}
