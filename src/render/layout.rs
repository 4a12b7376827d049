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

/// A small deterministic pseudo-random generator (64-bit LCG).
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

/// ForceAtlas2 on one component; positions in the order of `nodes`.
fn force_atlas(
    nodes: &[usize],
    radii: &[f64],
    links: &[Link],
    pinned: Option<usize>,
    s: &Settings,
) -> Vec<(f64, f64)> {
    let n = nodes.len();
    if n == 1 {
        return vec![(0.0, 0.0)];
    }
    let mut local = vec![usize::MAX; radii.len()];
    for (i, &node) in nodes.iter().enumerate() {
        local[node] = i;
    }
    let edges: Vec<(usize, usize, f64)> = links
        .iter()
        .filter(|l| l.a < radii.len() && l.b < radii.len())
        .filter(|l| local[l.a] != usize::MAX && local[l.a] != local[l.b])
        .map(|l| (local[l.a], local[l.b], l.weight.max(0.0)))
        .collect();
    let mut mass = vec![1.0f64; n];
    for &(a, b, _) in &edges {
        mass[a] += 1.0;
        mass[b] += 1.0;
    }
    let size: Vec<f64> = nodes.iter().map(|&i| radii[i] + s.margin).collect();
    let pin = pinned
        .and_then(|p| local.get(p).copied())
        .filter(|&p| p < n);
    let mut rng = Lcg(s.seed ^ 0x9e37_79b9_7f4a_7c15 ^ (n as u64).wrapping_mul(0x100_0193));
    let spread = (n as f64 * s.area_per_node).sqrt();
    let mut pos: Vec<(f64, f64)> = (0..n)
        .map(|_| ((rng.next() - 0.5) * spread, (rng.next() - 0.5) * spread))
        .collect();
    if let Some(p) = pin {
        pos[p] = (0.0, 0.0);
    }
    let mut sim = Simulation {
        pos,
        mass,
        size,
        edges,
        pin,
        old: vec![(0.0, 0.0); n],
        speed: 1.0,
        efficiency: 1.0,
    };
    for done in 0..s.iterations {
        let moved = sim.step();
        // Settled: the nodes now move less per step than a ten-thousandth
        // of the drawing's size, which no later step would undo.
        if done >= MIN_ITERATIONS && moved < SETTLED * sim.rms_radius() * n as f64 {
            break;
        }
    }
    // ForceAtlas2's scale is its own: bring the component to the wanted
    // density, then push apart the circles that still overlap (what the
    // algorithm's "prevent overlap" mode does, done once at the end).
    normalise(&mut sim.pos, s.area_per_node);
    lie_flat(&mut sim.pos);
    separate(&mut sim.pos, &sim.size, sim.pin);
    sim.pos
}

/// Steps always taken, before the layout may count as settled.
const MIN_ITERATIONS: usize = 50;
/// A layout is settled when its nodes move, on average, less than this
/// fraction of its root-mean-square radius in one step.
const SETTLED: f64 = 1e-4;

/// Repulsion constant (ForceAtlas2's scaling ratio): larger spreads more.
const SCALING: f64 = 20.0;
/// Gravity towards the component's centre, so loose ends stay near.
const GRAVITY: f64 = 0.05;

/// The state of one ForceAtlas2 run.
struct Simulation {
    pos: Vec<(f64, f64)>,
    mass: Vec<f64>,
    size: Vec<f64>,
    edges: Vec<(usize, usize, f64)>,
    pin: Option<usize>,
    /// The forces of the previous step, for the adaptive speed.
    old: Vec<(f64, f64)>,
    speed: f64,
    efficiency: f64,
}

impl Simulation {
    /// The root-mean-square distance of the nodes from the origin.
    fn rms_radius(&self) -> f64 {
        let n = self.pos.len().max(1) as f64;
        (self.pos.iter().map(|(x, y)| x * x + y * y).sum::<f64>() / n).sqrt()
    }

    /// One iteration; returns how far the nodes moved in all.
    fn step(&mut self) -> f64 {
        let n = self.pos.len();
        let mut force = vec![(0.0f64, 0.0f64); n];
        for i in 0..n {
            let (done, rest) = force.split_at_mut(i + 1);
            let Some(fi) = done.last_mut() else { continue };
            let ((xi, yi), mi) = (self.pos[i], self.mass[i]);
            // Node i's force is summed apart, in the same order as ever.
            let (mut fx, mut fy) = *fi;
            let others = self.pos.iter().zip(&self.mass).skip(i + 1);
            for (((xj, yj), mj), fj) in others.zip(rest) {
                let (dx, dy) = (xi - xj, yi - yj);
                let d2 = (dx * dx + dy * dy).max(1e-9);
                // Repulsion k·mᵢ·mⱼ/d, along the unit vector (dx, dy)/d.
                let f = SCALING * mi * mj / d2;
                fx += dx * f;
                fy += dy * f;
                fj.0 -= dx * f;
                fj.1 -= dy * f;
            }
            *fi = (fx, fy);
        }
        for &(a, b, w) in &self.edges {
            let (dx, dy) = (self.pos[a].0 - self.pos[b].0, self.pos[a].1 - self.pos[b].1);
            let d = (dx * dx + dy * dy).sqrt().max(1e-6);
            // LinLog attraction w·ln(1 + d), hubs dissuaded (divided by the mass).
            let f = w * (1.0 + d).ln() / d / self.mass[a].min(self.mass[b]);
            force[a].0 -= dx * f;
            force[a].1 -= dy * f;
            force[b].0 += dx * f;
            force[b].1 += dy * f;
        }
        for (i, f) in force.iter_mut().enumerate() {
            let (x, y) = self.pos[i];
            let d = (x * x + y * y).sqrt().max(1e-6);
            f.0 -= x / d * GRAVITY * self.mass[i];
            f.1 -= y / d * GRAVITY * self.mass[i];
        }
        self.adjust_speed(&force);
        let mut moved = 0.0;
        for (i, f) in force.iter().enumerate() {
            if Some(i) == self.pin {
                continue;
            }
            let o = self.old[i];
            let swing = self.mass[i] * ((f.0 - o.0).powi(2) + (f.1 - o.1).powi(2)).sqrt();
            let factor = self.speed / (1.0 + (self.speed * swing).sqrt());
            self.pos[i].0 += f.0 * factor;
            self.pos[i].1 += f.1 * factor;
            moved += (f.0 * f.0 + f.1 * f.1).sqrt() * factor;
        }
        self.old = force;
        moved
    }

    /// ForceAtlas2's adaptive global speed, from swinging and traction.
    fn adjust_speed(&mut self, force: &[(f64, f64)]) {
        let n = force.len() as f64;
        let (mut swinging, mut traction) = (0.0, 0.0);
        for ((f, o), m) in force.iter().zip(&self.old).zip(&self.mass) {
            swinging += m * ((f.0 - o.0).powi(2) + (f.1 - o.1).powi(2)).sqrt();
            traction += m * ((f.0 + o.0).powi(2) + (f.1 + o.1).powi(2)).sqrt() / 2.0;
        }
        if swinging <= 0.0 || traction <= 0.0 {
            return;
        }
        let estimated = 0.05 * n.sqrt();
        let mut jitter = estimated
            .sqrt()
            .max(estimated * traction / (n * n))
            .min(10.0);
        if swinging / traction > 2.0 {
            if self.efficiency > 0.05 {
                self.efficiency *= 0.5;
            }
            jitter = jitter.max(1.0);
        }
        let target = jitter * self.efficiency * traction / swinging;
        if swinging > jitter * traction {
            if self.efficiency > 0.05 {
                self.efficiency *= 0.7;
            }
        } else if self.speed < 1000.0 {
            self.efficiency *= 1.3;
        }
        self.speed += (target - self.speed).min(0.5 * self.speed);
    }
}

/// Centres a component on the origin and scales it so that its nodes, if
/// spread evenly over a disc, would have about `area_per_node` each (the
/// disc's radius from their root-mean-square distance to the centre, which
/// a few far-flung nodes do not sway as they would a bounding box).
fn normalise(pos: &mut [(f64, f64)], area_per_node: f64) {
    let n = pos.len() as f64;
    let (cx, cy) = (
        pos.iter().map(|p| p.0).sum::<f64>() / n,
        pos.iter().map(|p| p.1).sum::<f64>() / n,
    );
    let rms = (pos
        .iter()
        .map(|p| (p.0 - cx).powi(2) + (p.1 - cy).powi(2))
        .sum::<f64>()
        / n)
        .sqrt();
    // A uniform disc of radius R has an RMS radius of R/√2.
    let wanted = (n * area_per_node / std::f64::consts::PI).sqrt() / std::f64::consts::SQRT_2;
    let factor = if rms > 1e-9 { wanted / rms } else { 1.0 };
    for p in pos.iter_mut() {
        *p = ((p.0 - cx) * factor, (p.1 - cy) * factor);
    }
}

/// Turns a component (centred on the origin) so that its longer axis is
/// horizontal: pages are wider than tall.
fn lie_flat(pos: &mut [(f64, f64)]) {
    let (mut xx, mut yy, mut xy) = (0.0, 0.0, 0.0);
    for p in pos.iter() {
        xx += p.0 * p.0;
        yy += p.1 * p.1;
        xy += p.0 * p.1;
    }
    let angle = 0.5 * (2.0 * xy).atan2(xx - yy);
    let (sin, cos) = (-angle).sin_cos();
    for p in pos.iter_mut() {
        *p = (p.0 * cos - p.1 * sin, p.0 * sin + p.1 * cos);
    }
}

/// Pushes apart any two circles (radius `size`) that still overlap.
fn separate(pos: &mut [(f64, f64)], size: &[f64], pin: Option<usize>) {
    for _ in 0..100 {
        let mut moved = false;
        for i in 0..pos.len() {
            for j in i + 1..pos.len() {
                let (dx, dy) = (pos[j].0 - pos[i].0, pos[j].1 - pos[i].1);
                let d = (dx * dx + dy * dy).sqrt();
                let overlap = size[i] + size[j] - d;
                if overlap <= 0.01 {
                    continue;
                }
                moved = true;
                let (ux, uy) = if d > 1e-9 {
                    (dx / d, dy / d)
                } else {
                    let a = (i * 7 + j * 13) as f64;
                    (a.cos(), a.sin())
                };
                let (si, sj) = match pin {
                    Some(p) if p == i => (0.0, 1.0),
                    Some(p) if p == j => (1.0, 0.0),
                    _ => (0.5, 0.5),
                };
                let push = overlap + 0.02;
                pos[i] = (pos[i].0 - ux * push * si, pos[i].1 - uy * push * si);
                pos[j] = (pos[j].0 + ux * push * sj, pos[j].1 + uy * push * sj);
            }
        }
        if !moved {
            break;
        }
    }
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
