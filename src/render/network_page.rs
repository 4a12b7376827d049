//! The network page: the entities named in the same articles, drawn, and
//! listed beside the drawing.

use super::network;
use super::{page, Input};
use crate::output::OutputFile;
use crate::plan::root_prefix;
use serde::Serialize;
use tera::Tera;

/// What `network.html` receives.
#[derive(Serialize)]
struct NetworkContext<'a> {
    svg: Option<String>,
    nodes: Vec<NodeRow<'a>>,
    edges: usize,
    entities_total: usize,
    kinds: Vec<KindCount>,
    min_shared: usize,
    max_shared: usize,
}

/// An entity of the network, in the list beside it.
#[derive(Serialize)]
struct NodeRow<'a> {
    name: &'a str,
    url: &'a str,
    kind: &'static str,
    mentions: usize,
    links: usize,
}

/// How many of the network's entities are of a kind.
#[derive(Serialize)]
struct KindCount {
    kind: &'static str,
    label: &'static str,
    count: usize,
}

/// Renders `network.html`.
pub(super) fn render(input: &Input<'_>, tera: &Tera) -> Result<OutputFile, crate::Error> {
    let url = "network.html";
    let (nodes, edges) = network::graph(input);
    let svg = (!nodes.is_empty()).then(|| {
        network::network_svg(
            &nodes,
            &edges,
            &root_prefix(url),
            "Entities named in the same articles",
        )
    });
    let mut degree = vec![0usize; nodes.len()];
    for e in &edges {
        degree[e.a] += 1;
        degree[e.b] += 1;
    }
    let listed = nodes
        .iter()
        .zip(&degree)
        .map(|(n, &links)| NodeRow {
            name: &n.name,
            url: &n.url,
            kind: n.kind,
            mentions: n.mentions,
            links,
        })
        .collect();
    let kinds = super::article_page::KINDS
        .iter()
        .filter_map(|(kind, label)| {
            let count = nodes.iter().filter(|n| n.kind == kind.as_str()).count();
            (count > 0).then_some(KindCount {
                kind: kind.as_str(),
                label,
                count,
            })
        })
        .collect();
    let context = NetworkContext {
        svg,
        nodes: listed,
        edges: edges.len().min(network::MAX_EDGES),
        entities_total: input.plan.entities.iter().filter(|e| e.is_some()).count(),
        kinds,
        min_shared: network::default_min(&edges, nodes.len(), network::EDGES_PER_NODE),
        max_shared: edges.first().map_or(1, |e| e.weight),
    };
    page(tera, input.config, "network.html", url, &context)
}
