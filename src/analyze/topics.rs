//! Topics: defined in site.toml (keyword and entity rules) or given by the
//! articles' front matter (`tags`, `topics`).

use super::entities::Extraction;
use super::ArticleId;
use crate::config::TopicConfig;
use crate::content::Article;
use crate::text;
use aho_corasick::AhoCorasick;
use foldhash::HashMap;
use rayon::prelude::*;

/// Where a topic comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TopicOrigin {
    /// A `[[topics]]` entry of site.toml.
    Configured,
    /// A front-matter tag or topic of at least one article.
    FrontMatter,
}

/// One topic and its articles.
#[derive(Debug, Clone)]
pub struct Topic {
    /// Display name (a configured name, or the first spelling seen in front matter).
    pub name: String,
    /// What the topic covers (configured topics only; may be empty).
    pub description: String,
    /// Where it comes from.
    pub origin: TopicOrigin,
    /// Indices of its articles, in corpus order.
    pub articles: Vec<ArticleId>,
}

/// Finds every topic and the articles in it.
///
/// Returns the topics (configured ones first, in site.toml order, then
/// front-matter ones, most used first) and, per article, the indices of its
/// topics. A front-matter tag that names a configured topic (ignoring case)
/// adds the article to that topic rather than making a second one.
pub fn find(
    articles: &[Article],
    extraction: &Extraction,
    configs: &[TopicConfig],
) -> (Vec<Topic>, Vec<Vec<usize>>) {
    let rules = Rules::new(configs, extraction);
    let mut per_article: Vec<Vec<usize>> = articles
        .par_iter()
        .enumerate()
        .map(|(a, article)| rules.matching(article, extraction.mentions.get(a)))
        .collect();

    let mut topics: Vec<Topic> = configs
        .iter()
        .map(|c| Topic {
            name: c.name.trim().to_string(),
            description: c.description.trim().to_string(),
            origin: TopicOrigin::Configured,
            articles: Vec::new(),
        })
        .collect();
    let mut by_key: HashMap<String, usize> = topics
        .iter()
        .enumerate()
        .map(|(i, t)| (t.name.to_lowercase(), i))
        .collect();
    for (a, article) in articles.iter().enumerate() {
        for label in article.tags.iter().chain(&article.topics) {
            let name = label.split_whitespace().collect::<Vec<_>>().join(" ");
            if name.is_empty() {
                continue;
            }
            let index = *by_key.entry(name.to_lowercase()).or_insert_with(|| {
                topics.push(Topic {
                    name: name.clone(),
                    description: String::new(),
                    origin: TopicOrigin::FrontMatter,
                    articles: Vec::new(),
                });
                topics.len() - 1
            });
            per_article[a].push(index);
        }
    }
    for (a, list) in per_article.iter_mut().enumerate() {
        list.sort_unstable();
        list.dedup();
        for &t in list.iter() {
            topics[t].articles.push(ArticleId::new(a));
        }
    }
    order_front_matter_topics(topics, per_article, configs.len())
}

/// Sorts the front-matter topics (after the configured ones) most used first,
/// then by name, and renumbers the per-article lists to match.
fn order_front_matter_topics(
    topics: Vec<Topic>,
    per_article: Vec<Vec<usize>>,
    configured: usize,
) -> (Vec<Topic>, Vec<Vec<usize>>) {
    let mut order: Vec<usize> = (0..topics.len()).collect();
    order[configured.min(topics.len())..].sort_by(|&x, &y| {
        topics[y]
            .articles
            .len()
            .cmp(&topics[x].articles.len())
            .then_with(|| {
                topics[x]
                    .name
                    .to_lowercase()
                    .cmp(&topics[y].name.to_lowercase())
            })
    });
    let mut new_index = vec![0; topics.len()];
    for (new, &old) in order.iter().enumerate() {
        new_index[old] = new;
    }
    let mut slots: Vec<Option<Topic>> = topics.into_iter().map(Some).collect();
    let topics = order.iter().filter_map(|&old| slots[old].take()).collect();
    let per_article = per_article
        .into_iter()
        .map(|list| {
            let mut list: Vec<usize> = list.into_iter().map(|t| new_index[t]).collect();
            list.sort_unstable();
            list
        })
        .collect();
    (topics, per_article)
}

/// The configured topics' rules, compiled once.
struct Rules {
    /// All keywords of all topics, lower case.
    keywords: Option<AhoCorasick>,
    /// Per keyword pattern, the topics it selects.
    keyword_topics: Vec<Vec<usize>>,
    /// Per topic, its entity rule: one alternative set of entity indices per
    /// configured name; `None` when the topic has no entity rule or names an
    /// entity the corpus does not contain (then the rule cannot match).
    entity_rules: Vec<Option<Vec<Vec<usize>>>>,
}

impl Rules {
    fn new(configs: &[TopicConfig], extraction: &Extraction) -> Rules {
        let mut patterns: Vec<String> = Vec::new();
        let mut keyword_topics: Vec<Vec<usize>> = Vec::new();
        let mut seen: HashMap<String, usize> = HashMap::default();
        for (t, config) in configs.iter().enumerate() {
            for keyword in &config.keywords {
                let k = normalise(keyword);
                if k.is_empty() {
                    continue;
                }
                let p = *seen.entry(k.clone()).or_insert_with(|| {
                    patterns.push(k);
                    keyword_topics.push(Vec::new());
                    patterns.len() - 1
                });
                keyword_topics[p].push(t);
            }
        }
        // Building fails only for absurdly large pattern sets; then keyword
        // rules are off rather than the build failing.
        let keywords = (!patterns.is_empty())
            .then(|| AhoCorasick::new(&patterns).ok())
            .flatten();

        let mut names: HashMap<String, Vec<usize>> = HashMap::default();
        for (e, entity) in extraction.entities.iter().enumerate() {
            for name in std::iter::once(&entity.name).chain(&entity.aliases) {
                names.entry(normalise(name)).or_default().push(e);
            }
        }
        let entity_rules = configs
            .iter()
            .map(|config| {
                let wanted: Vec<String> = config
                    .entities
                    .iter()
                    .map(|n| normalise(n))
                    .filter(|n| !n.is_empty())
                    .collect();
                if wanted.is_empty() {
                    return None;
                }
                wanted
                    .iter()
                    .map(|n| names.get(n).cloned())
                    .collect::<Option<Vec<_>>>()
            })
            .collect();
        Rules {
            keywords,
            keyword_topics,
            entity_rules,
        }
    }

    /// The configured topics `article` belongs to.
    fn matching(
        &self,
        article: &Article,
        mentions: Option<&Vec<super::entities::Mention>>,
    ) -> Vec<usize> {
        let mut found: Vec<usize> = Vec::new();
        if let Some(ac) = &self.keywords {
            let text = normalise(&format!("{}\n{}", article.title, article.blocks.join("\n")));
            for m in ac.find_overlapping_iter(&text) {
                if text::is_whole_word(&text, m.start(), m.end()) {
                    if let Some(ts) = self.keyword_topics.get(m.pattern().as_usize()) {
                        found.extend(ts);
                    }
                }
            }
        }
        let mut named: Vec<usize> = mentions
            .map(|ms| ms.iter().map(|m| m.entity).collect())
            .unwrap_or_default();
        named.sort_unstable();
        named.dedup();
        for (t, rule) in self.entity_rules.iter().enumerate() {
            let Some(rule) = rule else { continue };
            let all = rule
                .iter()
                .all(|alternatives| alternatives.iter().any(|e| named.binary_search(e).is_ok()));
            if all {
                found.push(t);
            }
        }
        found.sort_unstable();
        found.dedup();
        found
    }
}

/// Lower case with runs of white space made one space, so that keywords match
/// across line breaks and in any capitalisation.
fn normalise(text: &str) -> String {
    text::collapse_whitespace(text).to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(title: &str, text: &str, tags: &[&str]) -> Article {
        Article {
            path: format!("{title}.txt"),
            slug: title.to_lowercase(),
            title: title.to_string(),
            tags: tags.iter().map(|t| t.to_string()).collect(),
            blocks: vec![text.to_string()],
            word_count: text.split_whitespace().count(),
            ..Default::default()
        }
    }

    fn topic(name: &str, keywords: &[&str]) -> TopicConfig {
        TopicConfig {
            name: name.to_string(),
            keywords: keywords.iter().map(|k| k.to_string()).collect(),
            ..Default::default()
        }
    }

    #[test]
    fn keywords_match_whole_words_in_any_case() {
        let articles = vec![
            article("A", "The Striker scored a late goal.", &[]),
            article("B", "Goalkeepers train on Mondays.", &[]),
            article("C", "Wind power\nstations open.", &["Energy"]),
        ];
        let extraction = Extraction::default();
        let configs = vec![
            topic("Football", &["goal", "striker"]),
            topic("Energy", &["wind power"]),
        ];
        let (topics, per_article) = find(&articles, &extraction, &configs);
        assert_eq!(topics.len(), 2, "the Energy tag joins the configured topic");
        assert_eq!(topics[0].articles, vec![ArticleId::new(0)]);
        assert_eq!(topics[1].articles, vec![ArticleId::new(2)]);
        assert_eq!(per_article, vec![vec![0], vec![], vec![1]]);
    }

    #[test]
    fn front_matter_tags_become_topics_most_used_first() {
        let articles = vec![
            article("A", "x", &["rare", "Common"]),
            article("B", "y", &["common"]),
        ];
        let (topics, per_article) = find(&articles, &Extraction::default(), &[]);
        let names: Vec<&str> = topics.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names, vec!["Common", "rare"]);
        assert_eq!(per_article, vec![vec![0, 1], vec![0]]);
    }
}
