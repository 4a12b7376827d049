//! The co-occurrence network: entities as nodes sized by mentions, edges
//! weighted by shared articles, laid out at build time with a seeded
//! force-directed (Fruchterman–Reingold) simulation and drawn as SVG whose
//! nodes link to the entity pages. Also the small neighbourhood chart of one
//! entity. At most [`MAX_NODES`] nodes, so the O(n²) layout stays instant and
//! the drawing readable.

use super::xml::escape;
use super::Input;
use std::collections::HashMap;
use std::fmt::Write;

/// Most entities drawn (the most mentioned that have a page).
pub const MAX_NODES: usize = 80;
/// Most edges drawn (the heaviest): beyond that the drawing is a hairball.
const MAX_EDGES: usize = 360;
/// Layout iterations.
const ITERATIONS: usize = 400;
/// Drawing size (SVG user units).
const WIDTH: f64 = 960.0;
const HEIGHT: f64 = 680.0;

/// One entity in the network.
#[derive(Debug, Clone)]
pub struct Node {
    /// Index into the extraction's entities.
    pub entity: usize,
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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Edge {
    /// Index into the nodes.
    pub a: usize,
    /// Index into the nodes.
    pub b: usize,
    /// Articles naming both.
    pub weight: usize,
}

/// The most-mentioned entities with a page and the edges between them.
pub fn graph(input: &Input<'_>) -> (Vec<Node>, Vec<Edge>) {
    let entities = &input.knowledge.extraction.entities;
    let stats = &input.knowledge.entity_stats;
    let mut chosen: Vec<usize> = (0..entities.len())
        .filter(|&e| matches!(input.plan.entities.get(e), Some(Some(_))))
        .collect();
    chosen.sort_by(|&x, &y| {
        stats[y]
            .mentions
            .cmp(&stats[x].mentions)
            .then_with(|| entities[x].name.cmp(&entities[y].name))
    });
    chosen.truncate(MAX_NODES);
    let node_of: HashMap<usize, usize> = chosen.iter().enumerate().map(|(i, &e)| (e, i)).collect();
    let nodes: Vec<Node> = chosen
        .iter()
        .map(|&e| Node {
            entity: e,
            name: entities[e].name.clone(),
            kind: entities[e].kind.as_str(),
            url: input.plan.entities[e].clone().unwrap_or_default(),
            mentions: stats[e].mentions,
        })
        .collect();
    let mut weights: HashMap<(usize, usize), usize> = HashMap::new();
    for mentions in &input.knowledge.extraction.mentions {
        let mut present: Vec<usize> = mentions
            .iter()
            .filter_map(|m| node_of.get(&m.entity).copied())
            .collect();
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
    edges.truncate(MAX_EDGES);
    (nodes, edges)
}

/// A small deterministic pseudo-random generator (64-bit LCG), so that the
/// same corpus always gives the same drawing.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> f64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Fruchterman–Reingold layout in the unit square, seeded; positions in [0, 1].
pub fn layout(n: usize, edges: &[Edge], seed: u64) -> Vec<(f64, f64)> {
    let mut rng = Lcg(seed ^ 0x9e37_79b9_7f4a_7c15);
    let mut pos: Vec<(f64, f64)> = (0..n)
        .map(|_| (rng.next() - 0.5, rng.next() - 0.5))
        .collect();
    if n < 2 {
        return pos.iter().map(|_| (0.5, 0.5)).collect();
    }
    let k = (1.0 / n as f64).sqrt();
    for step in 0..ITERATIONS {
        let temperature = 0.1 * (1.0 - step as f64 / ITERATIONS as f64) + 0.002;
        let mut disp = vec![(0.0f64, 0.0f64); n];
        for i in 0..n {
            for j in i + 1..n {
                let (dx, dy) = (pos[i].0 - pos[j].0, pos[i].1 - pos[j].1);
                let d2 = (dx * dx + dy * dy).max(1e-6);
                let f = k * k / d2;
                disp[i].0 += dx * f;
                disp[i].1 += dy * f;
                disp[j].0 -= dx * f;
                disp[j].1 -= dy * f;
            }
        }
        for e in edges {
            let (dx, dy) = (pos[e.a].0 - pos[e.b].0, pos[e.a].1 - pos[e.b].1);
            let d = (dx * dx + dy * dy).sqrt().max(1e-3);
            let f = d / k * (1.0 + (e.weight as f64).ln());
            disp[e.a].0 -= dx * f;
            disp[e.a].1 -= dy * f;
            disp[e.b].0 += dx * f;
            disp[e.b].1 += dy * f;
        }
        for (p, d) in pos.iter_mut().zip(&disp) {
            // A little gravity keeps unconnected nodes from drifting off.
            let (gx, gy) = (-p.0 * 2.0 * k, -p.1 * 2.0 * k);
            let (dx, dy) = (d.0 + gx, d.1 + gy);
            let len = (dx * dx + dy * dy).sqrt().max(1e-9);
            let moved = len.min(temperature);
            p.0 += dx / len * moved;
            p.1 += dy / len * moved;
        }
    }
    let (min_x, max_x) = bounds(pos.iter().map(|p| p.0));
    let (min_y, max_y) = bounds(pos.iter().map(|p| p.1));
    pos.iter()
        .map(|p| {
            (
                (p.0 - min_x) / (max_x - min_x).max(1e-9),
                (p.1 - min_y) / (max_y - min_y).max(1e-9),
            )
        })
        .collect()
}

fn bounds(values: impl Iterator<Item = f64>) -> (f64, f64) {
    values.fold((f64::MAX, f64::MIN), |(lo, hi), v| (lo.min(v), hi.max(v)))
}

fn radius(mentions: usize, max: usize, small: f64, large: f64) -> f64 {
    small + (large - small) * (mentions as f64 / max.max(1) as f64).sqrt()
}

/// The whole network as SVG; `root` leads from the page to the site root.
pub fn network_svg(nodes: &[Node], edges: &[Edge], root: &str, title: &str) -> String {
    let pos = layout(nodes.len(), edges, 2024);
    let (mx, my) = (90.0, 30.0);
    let at = |i: usize| {
        let p = pos.get(i).copied().unwrap_or((0.5, 0.5));
        (
            mx + p.0 * (WIDTH - 2.0 * mx),
            my + p.1 * (HEIGHT - 2.0 * my),
        )
    };
    let max_mentions = nodes.iter().map(|n| n.mentions).max().unwrap_or(1);
    let max_weight = edges.iter().map(|e| e.weight).max().unwrap_or(1);
    let mut svg = format!(
        "<svg class=\"network\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" role=\"group\" aria-labelledby=\"net-title net-desc\" xmlns=\"http://www.w3.org/2000/svg\">\
<title id=\"net-title\">{}</title><desc id=\"net-desc\">{} entities, the most mentioned, and {} links between those named in the same articles. Each entity links to its page.</desc><g class=\"net-edges\">",
        escape(title),
        nodes.len(),
        edges.len()
    );
    for e in edges {
        let ((x1, y1), (x2, y2)) = (at(e.a), at(e.b));
        let width = 0.6 + 3.4 * e.weight as f64 / max_weight as f64;
        let _ = write!(
            svg,
            "<line class=\"net-edge\" x1=\"{x1:.1}\" y1=\"{y1:.1}\" x2=\"{x2:.1}\" y2=\"{y2:.1}\" stroke=\"#999\" stroke-width=\"{width:.2}\"/>"
        );
    }
    svg.push_str("</g><g class=\"net-nodes\">");
    for (i, node) in nodes.iter().enumerate() {
        let (x, y) = at(i);
        let r = radius(node.mentions, max_mentions, 4.0, 18.0);
        let _ = write!(
            svg,
            "<a href=\"{}{}\" class=\"net-node kind-{}\"><title>{}: {} mention{}</title>\
<circle class=\"net-dot\" cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"{r:.1}\" fill=\"#0b5cad\"/>\
<text class=\"net-label\" x=\"{x:.1}\" y=\"{:.1}\" text-anchor=\"middle\" fill=\"#222\">{}</text></a>",
            escape(root),
            escape(&node.url),
            node.kind,
            escape(&node.name),
            node.mentions,
            if node.mentions == 1 { "" } else { "s" },
            y + r + 12.0,
            escape(&node.name)
        );
    }
    svg.push_str("</g></svg>");
    svg
}

/// One neighbour of an entity: name, page URL, kind and articles in common.
#[derive(Debug, Clone)]
pub struct Neighbour {
    /// Display name.
    pub name: String,
    /// Its page, relative to the site root.
    pub url: String,
    /// Entity kind, used as a CSS class.
    pub kind: &'static str,
    /// Articles naming both.
    pub shared: usize,
}

/// An entity and its strongest neighbours drawn around it (a radial layout:
/// nothing to simulate with one centre). `id` must be unique in the page.
pub fn neighbourhood_svg(
    center: &str,
    kind: &str,
    neighbours: &[Neighbour],
    root: &str,
    id: &str,
) -> String {
    let (w, h) = (460.0, 300.0);
    let (cx, cy, ring) = (w / 2.0, h / 2.0, 100.0);
    let id = escape(id);
    let mut svg = format!(
        "<svg class=\"neighbourhood\" viewBox=\"0 0 {w} {h}\" role=\"group\" aria-labelledby=\"{id}-title\" xmlns=\"http://www.w3.org/2000/svg\">\
<title id=\"{id}-title\">{} and the entities most often named with it</title>",
        escape(center)
    );
    let max = neighbours.iter().map(|n| n.shared).max().unwrap_or(1);
    let count = neighbours.len().max(1) as f64;
    let place = |i: usize| {
        let angle = -std::f64::consts::FRAC_PI_2 + std::f64::consts::TAU * i as f64 / count;
        (angle.cos(), angle.sin())
    };
    for (i, n) in neighbours.iter().enumerate() {
        let (c, s) = place(i);
        let width = 0.8 + 3.2 * n.shared as f64 / max as f64;
        let _ = write!(
            svg,
            "<line class=\"net-edge\" x1=\"{cx}\" y1=\"{cy}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"#999\" stroke-width=\"{width:.2}\"/>",
            cx + c * ring,
            cy + s * ring
        );
    }
    for (i, n) in neighbours.iter().enumerate() {
        let (c, s) = place(i);
        let (x, y) = (cx + c * ring, cy + s * ring);
        let r = radius(n.shared, max, 4.0, 10.0);
        let anchor = if c > 0.3 {
            "start"
        } else if c < -0.3 {
            "end"
        } else {
            "middle"
        };
        let (lx, ly) = (
            x + c * (r + 4.0),
            y + s * (r + 4.0)
                + if s > 0.3 {
                    10.0
                } else if s < -0.3 {
                    -2.0
                } else {
                    4.0
                },
        );
        let _ = write!(
            svg,
            "<a href=\"{}{}\" class=\"net-node kind-{}\"><title>{}: {} article{} in common</title>\
<circle class=\"net-dot\" cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"{r:.1}\" fill=\"#0b5cad\"/>\
<text class=\"net-label\" x=\"{lx:.1}\" y=\"{ly:.1}\" text-anchor=\"{anchor}\" fill=\"#222\">{}</text></a>",
            escape(root),
            escape(&n.url),
            n.kind,
            escape(&n.name),
            n.shared,
            if n.shared == 1 { "" } else { "s" },
            escape(&short_label(&n.name))
        );
    }
    let _ = write!(
        svg,
        "<g class=\"net-node net-center kind-{}\"><circle class=\"net-dot\" cx=\"{cx}\" cy=\"{cy}\" r=\"14\" fill=\"#0b5cad\"/>\
<text class=\"net-label\" x=\"{cx}\" y=\"{:.1}\" text-anchor=\"middle\" fill=\"#222\">{}</text></g></svg>",
        escape(kind),
        cy + 30.0,
        escape(center)
    );
    svg
}

/// A label that fits beside a node: long names are cut (the node's `<title>`
/// keeps the full name).
fn short_label(name: &str) -> String {
    const MAX: usize = 20;
    if name.chars().count() <= MAX {
        return name.to_string();
    }
    let cut: String = name.chars().take(MAX - 1).collect();
    format!("{}…", cut.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout_is_deterministic_and_separates_nodes() {
        let edges = vec![
            Edge {
                a: 0,
                b: 1,
                weight: 3,
            },
            Edge {
                a: 1,
                b: 2,
                weight: 1,
            },
        ];
        let one = layout(5, &edges, 7);
        assert_eq!(one, layout(5, &edges, 7));
        for (i, p) in one.iter().enumerate() {
            assert!((0.0..=1.0).contains(&p.0) && (0.0..=1.0).contains(&p.1));
            for q in &one[i + 1..] {
                let d = ((p.0 - q.0).powi(2) + (p.1 - q.1).powi(2)).sqrt();
                assert!(d > 0.05, "nodes overlap: {p:?} {q:?}");
            }
        }
    }

    #[test]
    fn svgs_are_xml_with_titles_and_escaped_names() {
        let nodes = vec![
            Node {
                entity: 0,
                name: "A & B <Ltd>".into(),
                kind: "organization",
                url: "entities/a.html".into(),
                mentions: 3,
            },
            Node {
                entity: 1,
                name: "C".into(),
                kind: "place",
                url: "entities/c.html".into(),
                mentions: 1,
            },
        ];
        let edges = vec![Edge {
            a: 0,
            b: 1,
            weight: 2,
        }];
        let neighbours = vec![Neighbour {
            name: "D \"E\"".into(),
            url: "entities/d.html".into(),
            kind: "person",
            shared: 2,
        }];
        for svg in [
            network_svg(&nodes, &edges, "../", "Network"),
            neighbourhood_svg("X", "place", &neighbours, "../", "n"),
        ] {
            let doc = roxmltree::Document::parse(&svg).expect("well-formed");
            assert!(doc.descendants().any(|n| n.has_tag_name("title")));
            assert!(!svg.contains("style="));
        }
    }
}
