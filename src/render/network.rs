//! The co-occurrence network: entities as nodes sized by mentions, edges
//! weighted by shared articles, drawn by `render/netdraw.rs` (ForceAtlas2
//! layout, placed labels, links to the entity pages). Also each entity's
//! neighbourhood: the entity, its strongest neighbours and how often they
//! are named together in its articles.

use super::layout::Settings;
use super::netdraw::{self, DrawEdge, DrawNode, Spec};
use super::Input;
use crate::analyze::{ArticleId, EntityId};
use crate::plan::root_prefix;

/// Hash maps of node numbers, with a fast hasher (only looked up, or sorted
/// after, so their order never shows).
type HashMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;

/// Most entities drawn (the most mentioned that have a page).
pub const MAX_NODES: usize = 150;
/// Most edges drawn (the heaviest; all of them shape the layout).
pub const MAX_EDGES: usize = 400;
/// Edges shown before a reader changes the filter: about this many per node.
pub const EDGES_PER_NODE: usize = 2;
/// Neighbours drawn around an entity, and listed beside the drawing.
pub const NEIGHBOURS: usize = 12;
/// Lines drawn between an entity's neighbours (the heaviest).
const NEIGHBOUR_LINKS: usize = 16;

/// One entity in the network.
#[derive(Debug, Clone)]
pub struct Node {
    /// The entity.
    pub entity: EntityId,
    /// Display name.
    pub name: String,
    /// Entity kind ("person", …), used as a CSS class.
    pub kind: &'static str,
    /// Its page, relative to the site root.
    pub url: String,
    /// Mentions in the corpus.
    pub mentions: usize,
}

/// Two nodes named in `weight` common articles.
pub type Edge = DrawEdge;

/// The most-mentioned entities with a page and every edge between them,
/// heaviest first.
pub fn graph(input: &Input<'_>) -> (Vec<Node>, Vec<Edge>) {
    let entities = &input.knowledge.extraction.entities;
    let stats = &input.knowledge.entity_stats;
    let mut chosen: Vec<EntityId> = input
        .plan
        .entities
        .iter_enumerated()
        .filter(|(_, url)| url.is_some())
        .map(|(e, _)| e)
        .collect();
    chosen.sort_by(|&x, &y| {
        stats[y]
            .mentions
            .cmp(&stats[x].mentions)
            .then_with(|| entities[x.index()].name.cmp(&entities[y.index()].name))
    });
    chosen.truncate(MAX_NODES);
    let node_of: HashMap<EntityId, usize> =
        chosen.iter().enumerate().map(|(i, &e)| (e, i)).collect();
    let nodes: Vec<Node> = chosen
        .iter()
        .map(|&e| Node {
            entity: e,
            name: entities[e.index()].name.clone(),
            kind: entities[e.index()].kind.as_str(),
            url: input.plan.entities[e].clone().unwrap_or_default(),
            mentions: stats[e].mentions,
        })
        .collect();
    let articles = input.knowledge.extraction.mentions.iter();
    let edges = count_pairs(articles.map(|mentions| {
        mentions
            .iter()
            .filter_map(|m| node_of.get(&EntityId::new(m.entity)).copied())
            .collect()
    }));
    (nodes, edges)
}

/// Edges from the nodes present in each article (unsorted, repeats allowed),
/// heaviest first.
fn count_pairs(articles: impl Iterator<Item = Vec<usize>>) -> Vec<Edge> {
    let mut weights: HashMap<(usize, usize), usize> = HashMap::default();
    for mut present in articles {
        present.sort_unstable();
        present.dedup();
        for (i, &a) in present.iter().enumerate() {
            for &b in &present[i + 1..] {
                *weights.entry((a, b)).or_insert(0) += 1;
            }
        }
    }
    let mut edges: Vec<Edge> = weights
        .into_iter()
        .map(|((a, b), weight)| Edge { a, b, weight })
        .collect();
    edges.sort_by(|x, y| y.weight.cmp(&x.weight).then((x.a, x.b).cmp(&(y.a, y.b))));
    edges
}

/// The lightest weight shown at first: the heaviest `per_node` edges per
/// node on average, at least 1.
pub fn default_min(edges: &[Edge], nodes: usize, per_node: usize) -> usize {
    let keep = (nodes * per_node).max(1);
    match edges.get(keep) {
        // Edges are heaviest first: cut just above the first one left out.
        Some(cut) if edges.first().is_some_and(|top| top.weight > cut.weight) => cut.weight + 1,
        _ => 1,
    }
}

/// The network page's drawing.
pub fn network_svg(nodes: &[Node], edges: &[Edge], root: &str, title: &str) -> String {
    let max = nodes.iter().map(|n| n.mentions).max().unwrap_or(1);
    let drawn: Vec<DrawNode> = nodes
        .iter()
        .map(|n| DrawNode {
            name: n.name.clone(),
            kind: n.kind,
            href: Some(format!("{root}{}", n.url)),
            radius: netdraw::radius(n.mentions, max, 4.0, 18.0),
            note: plural(n.mentions, "mention"),
        })
        .collect();
    let min_weight = default_min(edges, nodes.len(), EDGES_PER_NODE);
    let desc = format!(
        "{} entities, the most mentioned, joined when named in the same articles; links in {} or more articles in common shown. Each entity links to its page.",
        nodes.len(),
        min_weight
    );
    let spec = Spec {
        class: "network",
        id: "net",
        title,
        desc: &desc,
        settings: Settings::default(),
        pinned: None,
        min_weight,
        max_edges: MAX_EDGES,
        pad: 12.0,
    };
    netdraw::draw(&spec, &drawn, edges)
}

/// "1 mention", "2 mentions".
fn plural(n: usize, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}

/// Fewest articles naming an entity for its page to draw its neighbourhood:
/// named in one or two, every neighbour shares the same article or two, and
/// the drawing says nothing that the ranked list beside it does not (it
/// would weigh more than the rest of the page).
const NEIGHBOURHOOD_ARTICLES: usize = 3;

/// Entity `e`'s neighbourhood on its page at `url`: it, its strongest
/// neighbours with a page and, between the neighbours, how many of `e`'s
/// articles name both. `None` when it has no neighbour, or is named in fewer
/// than `NEIGHBOURHOOD_ARTICLES` articles.
pub fn neighbourhood(input: &Input<'_>, e: EntityId, url: &str) -> Option<String> {
    let stats = input.knowledge.entity_stats.get(e)?;
    if stats.articles.len() < NEIGHBOURHOOD_ARTICLES {
        return None;
    }
    let entity = input.knowledge.entity(e)?;
    let root = root_prefix(url);
    let chosen: Vec<(EntityId, usize, &String)> = stats
        .cooccurring
        .iter()
        .filter_map(|&(other, shared)| {
            let page = input.plan.entities.get(other)?.as_ref()?;
            Some((other, shared, page))
        })
        .take(NEIGHBOURS)
        .collect();
    if chosen.is_empty() {
        return None;
    }
    let (nodes, index) = neighbour_nodes(input, e, &chosen, &root)?;
    let edges = neighbour_edges(input, &stats.articles, &index);
    // The title names the entity; the description adds what it does not.
    let desc = format!(
        "{} entities; lines join those named together in its articles.",
        chosen.len()
    );
    let spec = Spec {
        class: "neighbourhood",
        id: "neighbourhood",
        title: &format!("{} and the entities most often named with it", entity.name),
        desc: &desc,
        settings: Settings {
            iterations: 300,
            area_per_node: 5000.0,
            aspect: 1.2,
            ..Settings::default()
        },
        pinned: Some(0),
        min_weight: 1,
        max_edges: NEIGHBOURS + NEIGHBOUR_LINKS,
        pad: 40.0,
    };
    Some(netdraw::data(&spec, &nodes, &edges))
}

/// The drawing's nodes: entity `e` first, then its `chosen` neighbours
/// (entity, shared articles, page), with each entity's node number.
fn neighbour_nodes(
    input: &Input<'_>,
    e: EntityId,
    chosen: &[(EntityId, usize, &String)],
    root: &str,
) -> Option<(Vec<DrawNode>, HashMap<EntityId, usize>)> {
    let entity = input.knowledge.entity(e)?;
    let named_in = input.knowledge.entity_stats.get(e)?.articles.len();
    let max = chosen.iter().map(|c| c.1).max().unwrap_or(1);
    let mut nodes = vec![DrawNode {
        name: entity.name.clone(),
        kind: entity.kind.as_str(),
        href: None,
        radius: 12.0,
        note: plural(named_in, "article"),
    }];
    let mut index: HashMap<EntityId, usize> = HashMap::from_iter([(e, 0)]);
    for &(other, shared, page) in chosen {
        let o = input.knowledge.entity(other)?;
        index.insert(other, nodes.len());
        nodes.push(DrawNode {
            name: o.name.clone(),
            kind: o.kind.as_str(),
            href: Some(format!("{root}{page}")),
            radius: netdraw::radius(shared, max, 4.0, 10.0),
            note: format!("{} in common", plural(shared, "article")),
        });
    }
    Some((nodes, index))
}

/// The drawing's edges: a spoke from the centre to each neighbour, and
/// between two neighbours a line only when named together in two or more
/// of the centre's `articles` (in an entity's one article everyone is).
fn neighbour_edges(
    input: &Input<'_>,
    articles: &[ArticleId],
    index: &HashMap<EntityId, usize>,
) -> Vec<Edge> {
    let extraction = &input.knowledge.extraction;
    let articles = articles.iter().map(|&a| {
        extraction
            .mentions
            .get(a.index())
            .map(|list| {
                list.iter()
                    .filter_map(|m| index.get(&EntityId::new(m.entity)).copied())
                    .collect()
            })
            .unwrap_or_default()
    });
    let (spokes, mut between): (Vec<Edge>, Vec<Edge>) =
        count_pairs(articles).into_iter().partition(|x| x.a == 0);
    between.retain(|x| x.weight >= 2);
    between.truncate(NEIGHBOUR_LINKS);
    spokes.into_iter().chain(between).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_are_counted_once_per_article() {
        let edges = count_pairs(vec![vec![2, 0, 2, 1], vec![0, 2], vec![1]].into_iter());
        assert_eq!(
            edges[0],
            Edge {
                a: 0,
                b: 2,
                weight: 2
            }
        );
        assert_eq!(edges.len(), 3);
    }

    #[test]
    fn default_filter_keeps_about_the_heaviest() {
        let edges: Vec<Edge> = (0..10)
            .map(|i| Edge {
                a: i,
                b: i + 1,
                weight: 10 - i,
            })
            .collect();
        // Keep 4: weights 10, 9, 8, 7; the fifth (6) is left out.
        assert_eq!(default_min(&edges, 2, 2), 7);
        assert_eq!(default_min(&edges, 100, 2), 1);
    }
}
