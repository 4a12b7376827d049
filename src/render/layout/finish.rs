//! The passes that finish a component once the forces have settled: scale
//! it to the wanted density, turn it to lie flat, push apart the circles
//! that still overlap.

/// Centres a component on the origin and scales it so that its nodes, if
/// spread evenly over a disc, would have about `area_per_node` each (the
/// disc's radius from their root-mean-square distance to the centre, which
/// a few far-flung nodes do not sway as they would a bounding box).
pub(super) fn normalise(pos: &mut [(f64, f64)], area_per_node: f64) {
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
pub(super) fn lie_flat(pos: &mut [(f64, f64)]) {
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
pub(super) fn separate(pos: &mut [(f64, f64)], size: &[f64], pin: Option<usize>) {
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
