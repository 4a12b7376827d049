//! Relations: pairs of countries (or, by setting, places and organisations)
//! named together in one sentence, in the same articles, e.g.
//! "China – North Korea".

use super::countries::is_country;
use super::entities::{Entity, EntityKind, Extraction, Mention};
use super::ArticleId;
use crate::config::{RelationConfig, RelationScope};
use foldhash::{HashMap, HashSet};
use rayon::prelude::*;

/// Most relations kept (the pairs sharing most articles): a large corpus
/// names hundreds of places, and tens of thousands of pages on pairs met once
/// would bury the few that matter.
pub const MAX_RELATIONS: usize = 500;
/// Most parties taken from one article (its most-mentioned): pairs grow with
/// the square of the parties, and a list-like article (a table of 150
/// countries) would otherwise pair everything with everything.
const MAX_PARTIES_PER_ARTICLE: usize = 25;
/// Most parties one sentence may name and still pair them: a sentence naming
/// more is a roll call (a coalition's members, a summit's guests), which says
/// nothing of any two of them.
const MAX_PARTIES_PER_SENTENCE: usize = 4;
/// Fewest articles a pair must share to be a relation at all: a pair named
/// together once is that one article. A relation in fewer articles than
/// `[relations] min_articles` has no page (see [`Relation::has_page`]).
pub const MIN_PAIR_ARTICLES: usize = 2;

/// Two entities named together in some articles.
#[derive(Debug, Clone)]
pub struct Relation {
    /// The two entities, in the order of their names.
    pub parties: [usize; 2],
    /// The names joined by an en dash: "China – North Korea".
    pub name: String,
    /// Articles naming both, in corpus order.
    pub articles: Vec<ArticleId>,
    /// Sentences naming both: (article, index into the article's sentences).
    pub sentences: Vec<(usize, usize)>,
    /// Quotes in those articles that are about either party (their sentence
    /// names one, or their text does): (article, index into its quotes).
    pub quotes: Vec<(usize, usize)>,
}

/// Fewest articles a pair shares to be a relation under `config`:
/// [`MIN_PAIR_ARTICLES`], or `min_articles` when lower.
pub fn min_listed_articles(config: &RelationConfig) -> usize {
    config.min_articles.clamp(1, MIN_PAIR_ARTICLES)
}

/// Fewest articles a relation shares to get a page of its own.
pub fn min_page_articles(config: &RelationConfig) -> usize {
    config.min_articles.max(1)
}

impl Relation {
    /// Does the relation get a page of its own? One in fewer articles has
    /// nothing a page would add to the search for the articles naming both
    /// parties, which its links open instead.
    pub fn has_page(&self, config: &RelationConfig) -> bool {
        self.articles.len() >= min_page_articles(config)
    }

    /// The names of its parties, in order, from the corpus's `entities`.
    pub fn party_names<'a>(&'a self, entities: &'a [Entity]) -> impl Iterator<Item = &'a str> {
        self.parties
            .iter()
            .filter_map(|&p| entities.get(p))
            .map(|e| e.name.as_str())
    }
}

/// Can `entity` be a party to a relation under `scope`?
pub fn is_party(entity: &Entity, scope: RelationScope) -> bool {
    match scope {
        RelationScope::Countries => {
            entity.kind == EntityKind::Place
                && (is_country(&entity.name) || entity.aliases.iter().any(|a| is_country(a)))
        }
        RelationScope::Places => entity.kind == EntityKind::Place,
        RelationScope::PlacesAndOrganizations => {
            matches!(entity.kind, EntityKind::Place | EntityKind::Organization)
        }
    }
}

/// Finds the relations (pairs in at least [`MIN_PAIR_ARTICLES`] articles, or
/// `min_articles` when lower) and, per article, the relations it belongs to.
/// Relations are sorted by articles shared (most first), then by name.
pub fn find(extraction: &Extraction, config: &RelationConfig) -> (Vec<Relation>, Vec<Vec<usize>>) {
    let party: Vec<bool> = extraction
        .entities
        .iter()
        .map(|e| is_party(e, config.between))
        .collect();
    let mut pairs: HashMap<(usize, usize), Vec<usize>> = HashMap::default();
    for (a, mentions) in extraction.mentions.iter().enumerate() {
        for pair in pairs_named_together(mentions, &party) {
            pairs.entry(pair).or_default().push(a);
        }
    }
    let min = min_listed_articles(config);
    let entities = &extraction.entities;
    let mut kept: Vec<([usize; 2], Vec<usize>)> = pairs
        .into_iter()
        .filter(|(_, articles)| articles.len() >= min)
        .map(|((x, y), articles)| {
            let ordered = if entities[x].name.to_lowercase() <= entities[y].name.to_lowercase() {
                [x, y]
            } else {
                [y, x]
            };
            (ordered, articles)
        })
        .collect();
    kept.sort_by(|p, q| {
        q.1.len()
            .cmp(&p.1.len())
            .then_with(|| pair_name(entities, p.0).cmp(&pair_name(entities, q.0)))
    });
    kept.truncate(MAX_RELATIONS);

    let relations: Vec<Relation> = kept
        .into_par_iter()
        .map(|(parties, articles)| {
            let (sentences, quotes) = evidence(extraction, parties, &articles);
            Relation {
                name: pair_name(entities, parties),
                parties,
                articles: articles.into_iter().map(ArticleId::new).collect(),
                sentences,
                quotes,
            }
        })
        .collect();
    let mut per_article = vec![Vec::new(); extraction.mentions.len()];
    for (r, relation) in relations.iter().enumerate() {
        for &a in &relation.articles {
            if let Some(list) = per_article.get_mut(a.index()) {
                list.push(r);
            }
        }
    }
    (relations, per_article)
}

/// The pairs of parties (lower id first) one sentence of an article names
/// together, among its [`MAX_PARTIES_PER_ARTICLE`] most-mentioned parties,
/// in sentences naming at most [`MAX_PARTIES_PER_SENTENCE`] of them.
/// Named in one article but never in one sentence, two countries are two
/// subjects of a story (an airline's job cuts in France, a supplier in
/// Spain), not a relation between them, and the relation's page would have
/// no sentence to show for the article.
fn pairs_named_together(mentions: &[Mention], party: &[bool]) -> Vec<(usize, usize)> {
    let is_party = |e: usize| party.get(e).copied().unwrap_or(false);
    let mut counts: HashMap<usize, usize> = HashMap::default();
    for m in mentions.iter().filter(|m| is_party(m.entity)) {
        *counts.entry(m.entity).or_insert(0) += 1;
    }
    let mut present: Vec<(usize, usize)> = counts.into_iter().collect();
    present.sort_unstable_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));
    present.truncate(MAX_PARTIES_PER_ARTICLE);
    let kept: HashSet<usize> = present.into_iter().map(|(e, _)| e).collect();
    let mut by_sentence: HashMap<usize, Vec<usize>> = HashMap::default();
    for m in mentions.iter().filter(|m| kept.contains(&m.entity)) {
        by_sentence.entry(m.sentence()).or_default().push(m.entity);
    }
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for mut ids in by_sentence.into_values() {
        ids.sort_unstable();
        ids.dedup();
        if ids.len() > MAX_PARTIES_PER_SENTENCE {
            continue;
        }
        for (i, &x) in ids.iter().enumerate() {
            pairs.extend(ids[i + 1..].iter().map(|&y| (x, y)));
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

fn pair_name(entities: &[Entity], [x, y]: [usize; 2]) -> String {
    format!("{} – {}", entities[x].name, entities[y].name)
}

/// A place in the corpus: (article, index into one of its per-article lists).
type Place = (usize, usize);

/// The sentences naming both parties and the quotes about either, in `articles`.
fn evidence(
    extraction: &Extraction,
    parties: [usize; 2],
    articles: &[usize],
) -> (Vec<Place>, Vec<Place>) {
    let names: Vec<&str> = parties
        .iter()
        .filter_map(|&p| extraction.entities.get(p))
        .flat_map(|e| std::iter::once(e.name.as_str()).chain(e.aliases.iter().map(String::as_str)))
        .collect();
    let mut sentences = Vec::new();
    let mut quotes = Vec::new();
    for &a in articles {
        // Per sentence: bit 1 when the first party is named, bit 2 the second.
        let mut named: HashMap<usize, u8> = HashMap::default();
        for m in extraction.mentions.get(a).map(Vec::as_slice).unwrap_or(&[]) {
            if m.entity == parties[0] {
                *named.entry(m.sentence()).or_insert(0) |= 1;
            } else if m.entity == parties[1] {
                *named.entry(m.sentence()).or_insert(0) |= 2;
            }
        }
        let mut both: Vec<usize> = named
            .iter()
            .filter(|(_, bits)| **bits == 3)
            .map(|(s, _)| *s)
            .collect();
        both.sort_unstable();
        sentences.extend(both.into_iter().map(|s| (a, s)));
        for (k, q) in extraction
            .quotes
            .get(a)
            .map(Vec::as_slice)
            .unwrap_or(&[])
            .iter()
            .enumerate()
        {
            let about = named.contains_key(&q.sentence)
                || names.iter().any(|n| crate::text::contains_word(&q.text, n));
            if about {
                quotes.push((a, k));
            }
        }
    }
    (sentences, quotes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze::entities::Quote;

    fn entity(name: &str, kind: EntityKind) -> Entity {
        Entity {
            name: name.to_string(),
            kind,
            aliases: Vec::new(),
            description: None,
            wikidata: None,
            from_gazetteer: false,
        }
    }

    fn mention(entity: usize, sentence: u32) -> Mention {
        Mention {
            entity,
            block: 0,
            start: sentence * 10,
            end: sentence * 10 + 3,
            sentence,
        }
    }

    #[test]
    fn countries_pair_up_with_their_sentences_and_quotes() {
        let extraction = Extraction {
            entities: vec![
                entity("Russia", EntityKind::Place),
                entity("North Korea", EntityKind::Place),
                entity("China", EntityKind::Place),
                entity("Moscow", EntityKind::Place),
            ],
            sentences: vec![Vec::new(); 3],
            mentions: vec![
                vec![mention(0, 0), mention(1, 0), mention(3, 0)],
                vec![mention(1, 2), mention(0, 2)],
                vec![mention(2, 1), mention(1, 1)],
            ],
            quotes: vec![
                vec![Quote {
                    block: 0,
                    sentence: 1,
                    text: "Moscow is near".into(),
                    speaker: None,
                }],
                vec![Quote {
                    block: 0,
                    sentence: 3,
                    text: "Russia stands firm".into(),
                    speaker: None,
                }],
                Vec::new(),
            ],
            faults: Vec::new(),
        };
        let one = RelationConfig {
            min_articles: 1,
            ..Default::default()
        };
        let (relations, per_article) = find(&extraction, &one);
        let names: Vec<&str> = relations.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(names, vec!["North Korea – Russia", "China – North Korea"]);
        assert_eq!(
            relations[0].articles,
            vec![ArticleId::new(0), ArticleId::new(1)]
        );
        assert_eq!(relations[0].sentences, vec![(0, 0), (1, 2)]);
        assert_eq!(relations[0].quotes, vec![(1, 0)]);
        assert_eq!(per_article, vec![vec![0], vec![0], vec![1]]);

        // By default a pair in two articles is a relation without a page.
        let default = RelationConfig::default();
        let (pairs, _) = find(&extraction, &default);
        assert_eq!(pairs.len(), 1);
        assert!(!pairs[0].has_page(&default));
        let two = RelationConfig {
            min_articles: 2,
            ..Default::default()
        };
        assert!(pairs[0].has_page(&two));
        let places = RelationConfig {
            between: RelationScope::Places,
            ..one
        };
        assert!(find(&extraction, &places)
            .0
            .iter()
            .any(|r| r.name == "Moscow – Russia"));
    }

    /// An extraction of one article with these (entity, sentence) mentions
    /// of the countries Russia, North Korea, China, Laos and Cuba.
    fn one_article(mentions: &[(usize, u32)]) -> Extraction {
        Extraction {
            entities: ["Russia", "North Korea", "China", "Laos", "Cuba"]
                .iter()
                .map(|n| entity(n, EntityKind::Place))
                .collect(),
            sentences: vec![Vec::new()],
            mentions: vec![mentions.iter().map(|&(e, s)| mention(e, s)).collect()],
            quotes: vec![Vec::new()],
            faults: Vec::new(),
        }
    }

    #[test]
    fn a_pair_is_named_in_one_sentence_of_at_most_four_countries() {
        let one = RelationConfig {
            min_articles: 1,
            ..Default::default()
        };
        let names = |mentions: &[(usize, u32)]| -> Vec<String> {
            find(&one_article(mentions), &one)
                .0
                .into_iter()
                .map(|r| r.name)
                .collect()
        };
        // Named in the same article, never in the same sentence.
        assert!(names(&[(0, 0), (1, 1), (2, 2)]).is_empty());
        // Three in one sentence pair up; a roll call of five pairs nobody.
        assert_eq!(names(&[(0, 0), (1, 0), (2, 0)]).len(), 3);
        assert!(names(&[(0, 0), (1, 0), (2, 0), (3, 0), (4, 0)]).is_empty());
        assert_eq!(
            names(&[(0, 0), (1, 0), (2, 0), (3, 0), (4, 0), (0, 1), (4, 1)]),
            vec!["Cuba – Russia"]
        );
    }
}
