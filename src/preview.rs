//! A quick preview of one edited article for `dossier serve`: its page as if
//! it were the only article, with its links resolved against the site last
//! built, shown while the whole site is rebuilt. The rebuild then replaces
//! it, so what `serve` ends up showing is what a clean build writes.

use crate::analyze::{self, entities::Gazetteer, ArticleId, Knowledge};
use crate::config::SiteConfig;
use crate::content::{self, Article};
use crate::output::OutputFile;
use crate::plan::{self, Plan};
use crate::render::{self, Input};
use std::collections::HashMap;
use std::path::Path;
use tera::Tera;

/// Where a built site's pages are, by what they show.
#[derive(Debug, Clone, Default)]
pub struct SiteLinks {
    /// Article page by source path (relative to the content folder).
    articles: HashMap<String, String>,
    /// Entity page by canonical name and by alias.
    entities: HashMap<String, String>,
    /// Topic and relation page by name.
    topics: HashMap<String, String>,
}

impl SiteLinks {
    /// Indexes the pages of a planned site.
    pub fn of(articles: &[Article], knowledge: &Knowledge, plan: &Plan) -> SiteLinks {
        let mut links = SiteLinks::default();
        for (article, url) in articles.iter().zip(&plan.articles) {
            links.articles.insert(article.path.clone(), url.clone());
        }
        for (entity, url) in knowledge.extraction.entities.iter().zip(&plan.entities) {
            let Some(url) = url else { continue };
            for alias in &entity.aliases {
                links
                    .entities
                    .entry(alias.clone())
                    .or_insert_with(|| url.clone());
            }
            links.entities.insert(entity.name.clone(), url.clone());
        }
        let topics = knowledge.topics.iter().map(|t| &t.name).zip(&plan.topics);
        let relations = knowledge.relations.iter().map(|r| &r.name);
        for (name, url) in topics.chain(relations.zip(&plan.relations)) {
            links.topics.insert(name.clone(), url.clone());
        }
        links
    }
}

/// What a preview needs besides the article: the site's settings, theme
/// and gazetteer as the last build read them.
pub struct Site<'a> {
    /// The site folder.
    pub root: &'a Path,
    /// Its settings.
    pub config: &'a SiteConfig,
    /// The compiled theme.
    pub tera: &'a Tera,
    /// The curated entities, if any.
    pub gazetteer: Option<&'a Gazetteer>,
}

/// The page of the article at `path` (an existing article of the last
/// build), or `None` when it has no page yet or cannot be read.
pub fn article_page(site: &Site<'_>, links: &SiteLinks, path: &Path) -> Option<OutputFile> {
    let article = content::load_one(site.root, site.config, path)?;
    let url = links.articles.get(&article.path)?.clone();
    let articles = std::slice::from_ref(&article);
    let mut knowledge = analyze::analyze(articles, site.gazetteer, site.config);
    // Only topics and relations that have a page in the built site.
    let (topics, relations) = (&knowledge.topics, &knowledge.relations);
    let known = |name: &String| links.topics.contains_key(name);
    let kept_topics = knowledge
        .article_topics
        .iter()
        .map(|ts| {
            ts.iter()
                .copied()
                .filter(|&t| topics.get(t).is_some_and(|t| known(&t.name)))
                .collect()
        })
        .collect();
    let kept_relations = knowledge
        .article_relations
        .iter()
        .map(|rs| {
            rs.iter()
                .copied()
                .filter(|&r| relations.get(r).is_some_and(|r| known(&r.name)))
                .collect()
        })
        .collect();
    knowledge.article_topics = kept_topics;
    knowledge.article_relations = kept_relations;
    let mut plan = plan::plan(articles, &knowledge, site.config);
    plan.articles = vec![url].into();
    // Only pages of the built site: a link to one the preview would have
    // made on its own would be dead until the rebuild.
    plan.entities = knowledge
        .extraction
        .entities
        .iter()
        .map(|e| links.entities.get(&e.name).cloned())
        .collect();
    let topic_url = |name: &String| links.topics.get(name).cloned().unwrap_or_default();
    plan.topics = knowledge
        .topics
        .iter()
        .map(|t| topic_url(&t.name))
        .collect();
    plan.relations = knowledge
        .relations
        .iter()
        .map(|r| topic_url(&r.name))
        .collect();
    let input = Input {
        config: site.config,
        articles,
        knowledge: &knowledge,
        plan: &plan,
        today: chrono::Local::now().date_naive(),
    };
    crate::fault::isolate(|| {
        render::article_page::render(&input, site.tera, ArticleId::new(0)).ok()
    })
    .ok()
    .flatten()
}
