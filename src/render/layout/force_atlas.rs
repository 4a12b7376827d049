//! ForceAtlas2 itself: the forces (repulsion between every pair of nodes,
//! LinLog attraction along links, gravity to the centre) and the adaptive
//! speed, stepped until one component settles, then handed to the passes
//! of [`super::finish`].

use super::finish::{lie_flat, normalise, separate};
use super::{Link, Settings};

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

/// ForceAtlas2 on one component; positions in the order of `nodes`.
pub(super) fn force_atlas(
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
