//! Draws a node-link graph as SVG: laid out by [`super::layout`], labels
//! placed by [`super::labels`], every node a link to its page (the drawing
//! works without script), with the data `static/network.js` needs to zoom,
//! filter and highlight it as attributes: `data-i` per node, `data-a`,
//! `data-b`, `data-w` per edge, `data-s` and `data-side` per label.

use super::labels::{self, Side};
use super::layout::{self, Link, Settings};
use super::xml::escape;
use std::fmt::Write;

/// One node to draw.
#[derive(Debug, Clone)]
pub(super) struct DrawNode {
    /// Full name (the node's accessible name and tooltip).
    pub name: String,
    /// Entity kind, a CSS class `kind-…`.
    pub kind: &'static str,
    /// Its page from the drawing's page (`None`: the page itself, not a link).
    pub href: Option<String>,
    /// Circle radius (drawing units).
    pub radius: f64,
    /// Tooltip after the name, e.g. "12 mentions".
    pub note: String,
}

/// One edge to draw (node indices).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DrawEdge {
    /// A node index.
    pub a: usize,
    /// A node index.
    pub b: usize,
    /// Articles in common.
    pub weight: usize,
}

/// What the drawing is and how it is laid out.
pub(super) struct Spec<'a> {
    /// CSS class of the `<svg>` besides `netgraph`.
    pub class: &'a str,
    /// Unique id prefix within the page.
    pub id: &'a str,
    /// Title (accessible name).
    pub title: &'a str,
    /// Longer description.
    pub desc: &'a str,
    /// Layout settings.
    pub settings: Settings,
    /// Node to keep at the centre.
    pub pinned: Option<usize>,
    /// Edges lighter than this are drawn hidden (`net-weak`) until a reader
    /// lowers the filter.
    pub min_weight: usize,
    /// Edges used for the layout but not drawn beyond this many (heaviest kept).
    pub max_edges: usize,
    /// Space around the laid-out nodes, for labels at the edge.
    pub pad: f64,
}

/// Share of its label's width kept free around an important node.
const LABEL_ROOM: f64 = 0.6;

/// Label text: long names are cut (the node's `<title>` keeps the full name).
pub(super) fn short_label(name: &str) -> String {
    const MAX: usize = 24;
    if name.chars().count() <= MAX {
        return name.to_string();
    }
    let cut: String = name.chars().take(MAX - 1).collect();
    format!("{}…", cut.trim_end())
}

/// Where a label's anchor goes at scale `s` (its `text-anchor` and
/// `dominant-baseline` follow from `data-side` in the style sheet).
fn label_at(x: f64, y: f64, r: f64, side: Side, s: f64) -> (f64, f64) {
    let g = r + labels::GAP / s;
    match side {
        Side::Right => (x + g, y),
        Side::Left => (x - g, y),
        Side::Below => (x, y + g),
        Side::Above => (x, y - g),
    }
}

/// The SVG of `nodes` and `edges` (nodes in order of importance: the first
/// get their labels first).
pub(super) fn draw(spec: &Spec<'_>, nodes: &[DrawNode], edges: &[DrawEdge]) -> String {
    let labels_text: Vec<String> = nodes.iter().map(|n| short_label(&n.name)).collect();
    let (laid, placed) = arrange(spec, nodes, edges, &labels_text);
    let mut svg = open_svg(spec, laid.size);
    draw_edges(&mut svg, spec, edges, &laid.pos);
    svg.push_str("</g><g class=\"net-nodes\">");
    // In order of importance, which is the keyboard's order too (nodes and
    // labels do not overlap, so paint order does not matter).
    for (i, node) in nodes.iter().enumerate() {
        draw_node(&mut svg, i, node, laid.pos[i], placed[i], &labels_text[i]);
    }
    svg.push_str("</g></svg>");
    svg
}

/// The drawing as data for `static/network.js` to draw: an empty `<svg>`
/// (title, description, viewBox) whose `data-nodes` hold, per node in order,
/// its kind's first letter, centre, radius, label side and label scale, and
/// whose `data-edges` hold, per drawn edge (lightest first), its two nodes
/// and weight. Names and links are not repeated: the script takes them from
/// the list the page shows beside the drawing (see `entity.html`). A tenth
/// of the bytes of [`draw`], for a drawing that adds nothing without script.
pub(super) fn data(spec: &Spec<'_>, nodes: &[DrawNode], edges: &[DrawEdge]) -> String {
    let labels_text: Vec<String> = nodes.iter().map(|n| short_label(&n.name)).collect();
    let (laid, placed) = arrange(spec, nodes, edges, &labels_text);
    let mut svg = open_svg(spec, laid.size);
    // open_svg ends with the edges' group, which the script makes itself.
    let shell = svg.len() - "<g class=\"net-edges\">".len();
    svg.truncate(shell);
    let mut node_data = Vec::with_capacity(nodes.len());
    for ((node, &(x, y)), p) in nodes.iter().zip(&laid.pos).zip(&placed) {
        let kind = node.kind.get(..1).unwrap_or("o");
        node_data.push(format!(
            "{kind} {x:.0} {y:.0} {:.1} {} {}",
            node.radius,
            p.side.code(),
            p.scale
        ));
    }
    let edge_data: Vec<String> = drawn_edges(spec, edges)
        .iter()
        .rev()
        .map(|e| format!("{} {} {}", e.a, e.b, e.weight))
        .collect();
    let attrs = format!(
        " data-nodes=\"{}\" data-edges=\"{}\">",
        node_data.join(";"),
        edge_data.join(";")
    );
    // Into the `<svg>` start tag, before its `>`.
    if let Some(end) = svg.find("><title") {
        svg.replace_range(end..end + 1, &attrs);
    }
    svg.push_str("</svg>");
    svg
}

/// Lays the nodes out, the most important keeping room for their labels,
/// then places the labels.
fn arrange(
    spec: &Spec<'_>,
    nodes: &[DrawNode],
    edges: &[DrawEdge],
    labels_text: &[String],
) -> (layout::Layout, Vec<labels::Placed>) {
    let radii: Vec<f64> = nodes.iter().map(|n| n.radius).collect();
    let links: Vec<Link> = edges
        .iter()
        .map(|e| Link {
            a: e.a,
            b: e.b,
            weight: e.weight as f64,
        })
        .collect();
    let widths: Vec<f64> = labels_text.iter().map(|t| labels::text_width(t)).collect();
    // The most important nodes keep room for their label around them.
    let major = (nodes.len() / 5).max(10);
    let room: Vec<f64> = radii
        .iter()
        .zip(&widths)
        .enumerate()
        .map(|(i, (&r, &w))| if i < major { r + w * LABEL_ROOM } else { r })
        .collect();
    let laid = layout::layout(&radii, &room, &links, spec.pinned, &spec.settings);
    let order: Vec<usize> = (0..nodes.len()).collect();
    let placed = labels::place(&laid.pos, &radii, &widths, &order, laid.size, spec.pad);
    (laid, placed)
}

/// The `<svg>` element of a drawing of `size`, its title and description,
/// and the opening of the edges' group.
fn open_svg(spec: &Spec<'_>, size: (f64, f64)) -> String {
    let pad = spec.pad;
    let (w, h) = (size.0 + 2.0 * pad, size.1 + 2.0 * pad);
    let id = escape(spec.id);
    format!(
        "<svg class=\"netgraph {}\" id=\"{id}\" viewBox=\"{:.0} {:.0} {w:.0} {h:.0}\" role=\"group\" aria-labelledby=\"{id}-title\" aria-describedby=\"{id}-desc\" data-min=\"{}\">\
<title id=\"{id}-title\">{}</title><desc id=\"{id}-desc\">{}</desc><g class=\"net-edges\">",
        escape(spec.class),
        -pad,
        -pad,
        spec.min_weight,
        escape(spec.title),
        escape(spec.desc),
    )
}

/// The heaviest [`Spec::max_edges`] edges, lightest first so that heavy
/// lines are painted on top; those under the filter drawn hidden.
fn draw_edges(svg: &mut String, spec: &Spec<'_>, edges: &[DrawEdge], pos: &[(f64, f64)]) {
    let drawn = drawn_edges(spec, edges);
    let max_weight = drawn.iter().map(|e| e.weight).max().unwrap_or(1).max(1) as f64;
    for e in drawn.iter().rev() {
        let ((x1, y1), (x2, y2)) = (pos[e.a], pos[e.b]);
        let width = 0.7 + 3.3 * (e.weight as f64 / max_weight).sqrt();
        let weak = if e.weight < spec.min_weight {
            " net-weak"
        } else {
            ""
        };
        let _ = write!(
            svg,
            "<line class=\"net-edge{weak}\" data-a=\"{}\" data-b=\"{}\" data-w=\"{}\" x1=\"{x1:.0}\" y1=\"{y1:.0}\" x2=\"{x2:.0}\" y2=\"{y2:.0}\" stroke-width=\"{width:.1}\"/>",
            e.a, e.b, e.weight
        );
    }
}

/// The heaviest [`Spec::max_edges`] edges, heaviest first.
fn drawn_edges<'e>(spec: &Spec<'_>, edges: &'e [DrawEdge]) -> Vec<&'e DrawEdge> {
    let mut drawn: Vec<&DrawEdge> = edges.iter().collect();
    drawn.sort_by(|x, y| y.weight.cmp(&x.weight).then((x.a, x.b).cmp(&(y.a, y.b))));
    drawn.truncate(spec.max_edges);
    drawn
}

/// Node `i` at `(x, y)`: a link to its page (or, for the page's own node,
/// a plain group), its circle and its label.
fn draw_node(
    svg: &mut String,
    i: usize,
    node: &DrawNode,
    (x, y): (f64, f64),
    p: labels::Placed,
    label: &str,
) {
    let (lx, ly) = label_at(x, y, node.radius, p.side, 1.0);
    let minor = if p.scale > 1.0 { " minor" } else { "" };
    let title = format!("{}: {}", node.name, node.note);
    let (open, close) = match &node.href {
        Some(href) => (
            format!(
                "<a href=\"{}\" class=\"net-node kind-{}\" data-i=\"{i}\">",
                escape(href),
                node.kind
            ),
            "</a>",
        ),
        None => (
            format!(
                "<g class=\"net-node net-center kind-{}\" data-i=\"{i}\">",
                node.kind
            ),
            "</g>",
        ),
    };
    let _ = write!(
        svg,
        "{open}<title>{}</title><circle class=\"net-dot\" cx=\"{x:.0}\" cy=\"{y:.0}\" r=\"{:.1}\"/>\
<text class=\"net-label{minor}\" x=\"{lx:.0}\" y=\"{ly:.0}\" data-s=\"{}\" data-side=\"{}\">{}</text>{close}",
        escape(&title),
        node.radius,
        p.scale,
        p.side.code(),
        escape(label),
    );
}

/// A radius between `small` and `large`, by the square root of `value`'s
/// share of `max` (so that areas follow the values).
pub(super) fn radius(value: usize, max: usize, small: f64, large: f64) -> f64 {
    small + (large - small) * (value as f64 / max.max(1) as f64).sqrt()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drawing_is_xml_with_titles_and_escaped_names() {
        let nodes = vec![
            DrawNode {
                name: "A & B <Ltd>".into(),
                kind: "organization",
                href: Some("../entities/a.html".into()),
                radius: 8.0,
                note: "3 mentions".into(),
            },
            DrawNode {
                name: "C \"D\"".into(),
                kind: "place",
                href: None,
                radius: 4.0,
                note: "1 mention".into(),
            },
        ];
        let edges = vec![DrawEdge {
            a: 0,
            b: 1,
            weight: 2,
        }];
        let spec = Spec {
            class: "network",
            id: "net",
            title: "T <x>",
            desc: "D",
            settings: Settings::default(),
            pinned: None,
            min_weight: 1,
            max_edges: 10,
            pad: 12.0,
        };
        let svg = draw(&spec, &nodes, &edges);
        let doc = roxmltree::Document::parse(&svg).expect("well-formed");
        assert_eq!(
            doc.descendants()
                .filter(|n| n.has_tag_name("title"))
                .count(),
            3
        );
        assert_eq!(
            doc.descendants().filter(|n| n.has_tag_name("line")).count(),
            1
        );
        assert!(!svg.contains("style="));
        assert!(svg.contains("A &amp; B &lt;Ltd&gt;"));
    }

    #[test]
    fn long_labels_are_cut() {
        let long = "The International Organization of Something Long";
        assert!(short_label(long).chars().count() <= 24);
        assert_eq!(short_label("Kim"), "Kim");
    }
}
