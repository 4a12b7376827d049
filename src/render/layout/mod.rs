//! Graph layout at build time: ForceAtlas2 (Jacomy, Venturini, Heymann and
//! Bastian, PLoS ONE 2014) in LinLog mode with overlap prevention, run on
//! each connected component apart, the components then packed into shelves
//! so that a few isolated nodes no longer squeeze the connected part into a
//! corner. Deterministic: the same graph always gives the same drawing.
//!
//! Positions and radii share one unit, the SVG user unit of the drawing
//! (about a CSS pixel at the default zoom).
//!
//! The `forceatlas2` crate needs a nightly compiler, hence this port; it is
//! O(n²) per iteration, fine for the few hundred nodes a readable drawing has.
//!
//! Here: the settings, the split into components and their packing; the
//! forces are in `force_atlas.rs`, the passes after them in `finish.rs`.

mod finish;
mod force_atlas;

use force_atlas::force_atlas;

/// One weighted, undirected edge between two node indices.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Link {
    /// A node index.
    pub a: usize,
    /// A node index.
    pub b: usize,
    /// Attraction weight (articles in common).
    pub weight: f64,
}

/// Tuning of one layout.
#[derive(Debug, Clone, Copy)]
pub(super) struct Settings {
    /// Iterations of ForceAtlas2 per component.
    pub iterations: usize,
    /// Free space kept around every node, on top of its radius.
    pub margin: f64,
    /// Room each node should get, in square units: the drawing is spread
    /// out (never squeezed) until it has about this much per node.
    pub area_per_node: f64,
    /// Wanted width / height of the packed drawing.
    pub aspect: f64,
    /// Space between packed components.
    pub gap: f64,
    /// Seed of the initial positions.
    pub seed: u64,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            iterations: 600,
            margin: 6.0,
            area_per_node: 4500.0,
            aspect: 1.5,
            gap: 36.0,
            seed: 2024,
        }
    }
}

/// Node positions, with the bounding box of the whole drawing.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Layout {
    /// Per node, its centre.
    pub pos: Vec<(f64, f64)>,
    /// Width and height of the drawing: every circle lies within
    /// `0..width` × `0..height`.
    pub size: (f64, f64),
}

/// Lays out nodes of the given radii joined by `links`, kept apart by `room`
/// (per node, at least its radius: more for a node whose label should fit
/// beside it); `pinned` (if any) stays put while the forces act.
pub(super) fn layout(
    radii: &[f64],
    room: &[f64],
    links: &[Link],
    pinned: Option<usize>,
    s: &Settings,
) -> Layout {
    let n = radii.len();
    let mut pos = vec![(0.0, 0.0); n];
    let mut boxes = Vec::new();
    for component in components(n, links) {
        let local = force_atlas(&component, room, links, pinned, s);
        let (mut lo, mut hi) = ((f64::MAX, f64::MAX), (f64::MIN, f64::MIN));
        for (&node, &(x, y)) in component.iter().zip(&local) {
            let r = radii[node] + s.margin;
            lo = (lo.0.min(x - r), lo.1.min(y - r));
            hi = (hi.0.max(x + r), hi.1.max(y + r));
            pos[node] = (x, y);
        }
        boxes.push((component, lo, (hi.0 - lo.0, hi.1 - lo.1)));
    }
    // Shelf packing: tallest first, rows as wide as a drawing of the
    // wanted aspect ratio with this much area.
    boxes.sort_by(|x, y| {
        y.2 .1
            .total_cmp(&x.2 .1)
            .then(y.0.len().cmp(&x.0.len()))
            .then(x.0.cmp(&y.0))
    });
    let area: f64 = boxes
        .iter()
        .map(|b| (b.2 .0 + s.gap) * (b.2 .1 + s.gap))
        .sum();
    let widest = boxes.iter().map(|b| b.2 .0).fold(0.0, f64::max);
    let row_width = (area * s.aspect).sqrt().max(widest);
    let (mut x, mut y, mut row_height, mut width) = (0.0f64, 0.0f64, 0.0f64, 0.0f64);
    for (component, lo, (w, h)) in &boxes {
        if x > 0.0 && x + w > row_width {
            y += row_height + s.gap;
            x = 0.0;
            row_height = 0.0;
        }
        for &node in component {
            pos[node] = (pos[node].0 - lo.0 + x, pos[node].1 - lo.1 + y);
        }
        x += w + s.gap;
        row_height = row_height.max(*h);
        width = width.max(x - s.gap);
    }
    Layout {
        pos,
        size: (width.max(1.0), (y + row_height).max(1.0)),
    }
}

/// Connected components, each sorted, the components in order of their
/// smallest node.
fn components(n: usize, links: &[Link]) -> Vec<Vec<usize>> {
    let mut parent: Vec<usize> = (0..n).collect();
    fn find(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    for l in links {
        if l.a < n && l.b < n {
            let (ra, rb) = (find(&mut parent, l.a), find(&mut parent, l.b));
            parent[ra.max(rb)] = ra.min(rb);
        }
    }
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut slot: Vec<Option<usize>> = vec![None; n];
    for i in 0..n {
        let root = find(&mut parent, i);
        match slot[root] {
            Some(g) => groups[g].push(i),
            None => {
                slot[root] = Some(groups.len());
                groups.push(vec![i]);
            }
        }
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link(a: usize, b: usize, weight: f64) -> Link {
        Link { a, b, weight }
    }

    #[test]
    fn deterministic_without_overlaps_and_within_bounds() {
        let radii = vec![10.0, 6.0, 6.0, 4.0, 4.0, 4.0, 8.0, 5.0];
        let links = vec![
            link(0, 1, 5.0),
            link(0, 2, 3.0),
            link(1, 2, 1.0),
            link(3, 4, 2.0),
        ];
        let s = Settings::default();
        let one = layout(&radii, &radii, &links, None, &s);
        assert_eq!(one, layout(&radii, &radii, &links, None, &s));
        for (i, p) in one.pos.iter().enumerate() {
            assert!(p.0 - radii[i] >= -1e-6 && p.0 + radii[i] <= one.size.0 + 1e-6);
            assert!(p.1 - radii[i] >= -1e-6 && p.1 + radii[i] <= one.size.1 + 1e-6);
            for (j, q) in one.pos.iter().enumerate().skip(i + 1) {
                let d = ((p.0 - q.0).powi(2) + (p.1 - q.1).powi(2)).sqrt();
                assert!(d >= radii[i] + radii[j], "{i} and {j} overlap");
            }
        }
    }

    #[test]
    fn linked_nodes_sit_closer_than_unlinked_ones() {
        // Two triangles joined by one edge: within a triangle, nodes are nearer.
        let radii = vec![5.0; 6];
        let links = vec![
            link(0, 1, 3.0),
            link(1, 2, 3.0),
            link(0, 2, 3.0),
            link(3, 4, 3.0),
            link(4, 5, 3.0),
            link(3, 5, 3.0),
            link(2, 3, 1.0),
        ];
        let l = layout(&radii, &radii, &links, None, &Settings::default());
        let d = |a: usize, b: usize| {
            ((l.pos[a].0 - l.pos[b].0).powi(2) + (l.pos[a].1 - l.pos[b].1).powi(2)).sqrt()
        };
        assert!(d(0, 1) < d(0, 5) && d(4, 5) < d(1, 4));
    }

    #[test]
    fn components_are_packed_not_flung_apart() {
        let radii = vec![5.0; 30];
        let links: Vec<Link> = (0..19).map(|i| link(i, i + 1, 1.0)).collect();
        let l = layout(&radii, &radii, &links, None, &Settings::default());
        // Ten isolated nodes and one chain fill a box of about the wanted area.
        let per_node = l.size.0 * l.size.1 / 30.0;
        assert!(per_node < 4.0 * Settings::default().area_per_node, "{l:?}");
    }
}
