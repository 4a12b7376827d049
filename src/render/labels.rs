//! Label placement for a node drawing: each node's label goes beside it on
//! the first side (right, left, below, above) where it covers no node and no
//! label already placed. Labels keep their size on screen while the drawing
//! is zoomed, so the more it is zoomed the more fit: each label gets the
//! smallest zoom ("scale", screen pixels per drawing unit) from which it can
//! be shown without a collision. Labels are placed in order of importance,
//! so the most important are shown first.

/// Where a label sits beside its node.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Side {
    /// Right of the node, vertically centred.
    Right,
    /// Left of the node, vertically centred.
    Left,
    /// Below the node, horizontally centred.
    Below,
    /// Above the node, horizontally centred.
    Above,
}

impl Side {
    /// One letter, for the drawing's `data-side` attribute.
    pub(super) fn code(self) -> &'static str {
        match self {
            Side::Right => "r",
            Side::Left => "l",
            Side::Below => "b",
            Side::Above => "a",
        }
    }
}

/// The scales (screen pixels per drawing unit) at which labels are tried.
pub(super) const SCALES: [f64; 14] = [
    0.15, 0.2, 0.25, 0.3, 0.42, 0.6, 0.8, 1.0, 1.4, 2.0, 2.8, 4.0, 5.6, 8.0,
];
/// Label font size and line height on screen, in pixels.
pub(super) const FONT: f64 = 11.0;
const LINE: f64 = 14.0;
/// Screen pixels between a node's edge and its label.
pub(super) const GAP: f64 = 3.0;

/// One label's place: its side and the smallest scale it is shown from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Placed {
    /// Side of the node.
    pub side: Side,
    /// Shown at this scale and above.
    pub scale: f64,
}

/// Rough width of `text` in pixels at [`FONT`] in a sans-serif face: good
/// enough to keep labels apart (errs on the wide side).
pub(super) fn text_width(text: &str) -> f64 {
    let em: f64 = text
        .chars()
        .map(|c| match c {
            'i' | 'l' | 'j' | 'I' | '.' | ',' | '\'' | '’' | '|' | '!' | ':' | ';' => 0.3,
            'f' | 't' | 'r' | ' ' | '(' | ')' | '-' => 0.38,
            'm' | 'w' => 0.85,
            'M' | 'W' => 0.95,
            c if c.is_ascii_uppercase() => 0.7,
            c if c.is_ascii() => 0.56,
            c if c.is_alphabetic() && (c as u32) < 0x2E80 => 0.62,
            _ => 1.0,
        })
        .sum();
    em * FONT + 2.0
}

/// A box: left, top, right, bottom.
type Rect = (f64, f64, f64, f64);

fn label_rect(x: f64, y: f64, r: f64, w: f64, side: Side, s: f64) -> Rect {
    let (w, h, g) = (w / s, LINE / s, GAP / s);
    match side {
        Side::Right => (x + r + g, y - h / 2.0, x + r + g + w, y + h / 2.0),
        Side::Left => (x - r - g - w, y - h / 2.0, x - r - g, y + h / 2.0),
        Side::Below => (x - w / 2.0, y + r + g, x + w / 2.0, y + r + g + h),
        Side::Above => (x - w / 2.0, y - r - g - h, x + w / 2.0, y - r - g),
    }
}

fn rects_meet(a: &Rect, b: &Rect) -> bool {
    a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
}

fn rect_meets_circle(a: &Rect, (x, y, r): (f64, f64, f64)) -> bool {
    let nx = x.clamp(a.0, a.2);
    let ny = y.clamp(a.1, a.3);
    (nx - x).powi(2) + (ny - y).powi(2) < r * r
}

/// Places the labels of nodes at `pos` with radii `radii` and label widths
/// `widths` (pixels), in the order of `order` (most important first), within
/// the drawing `0..size.0` × `0..size.1` widened by `pad`. A label that fits
/// at no scale is shown from a scale beyond the last.
pub(super) fn place(
    pos: &[(f64, f64)],
    radii: &[f64],
    widths: &[f64],
    order: &[usize],
    size: (f64, f64),
    pad: f64,
) -> Vec<Placed> {
    const SIDES: [Side; 4] = [Side::Right, Side::Left, Side::Below, Side::Above];
    let n = pos.len();
    let mut placed: Vec<Option<Placed>> = vec![None; n];
    let bounds = (-pad, -pad, size.0 + pad, size.1 + pad);
    // The most important labels first at every scale, so that a minor
    // label placed early at a small scale never keeps a major one out.
    let tier = (order.len() / 5).max(10).min(order.len());
    let (major, minor) = order.split_at(tier);
    for (&s, &i) in [major, minor].into_iter().flat_map(|group| {
        SCALES
            .iter()
            .flat_map(move |s| group.iter().map(move |i| (s, i)))
    }) {
        if i >= n || placed[i].is_some() {
            continue;
        }
        let (x, y) = pos[i];
        let fits = |side: Side| {
            let rect = label_rect(x, y, radii[i], widths[i], side, s);
            let inside = rect.0 >= bounds.0
                && rect.1 >= bounds.1
                && rect.2 <= bounds.2
                && rect.3 <= bounds.3;
            inside
                && (0..n).all(|j| {
                    let node = (pos[j].0, pos[j].1, radii[j] + 1.0 / s);
                    (j == i || !rect_meets_circle(&rect, node))
                        && placed[j].is_none_or(|p| {
                            let other =
                                label_rect(pos[j].0, pos[j].1, radii[j], widths[j], p.side, s);
                            !rects_meet(&rect, &other)
                        })
                })
        };
        if let Some(side) = SIDES.into_iter().find(|&side| fits(side)) {
            placed[i] = Some(Placed { side, scale: s });
        }
    }
    let beyond = SCALES[SCALES.len() - 1] * 1.5;
    placed
        .into_iter()
        .map(|p| {
            p.unwrap_or(Placed {
                side: Side::Right,
                scale: beyond,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_shown_together_never_overlap() {
        // A tight row of nodes: not every label fits at once.
        let pos: Vec<(f64, f64)> = (0..12).map(|i| (20.0 + 30.0 * i as f64, 50.0)).collect();
        let radii = vec![6.0; 12];
        let widths: Vec<f64> = (0..12)
            .map(|i| text_width(&"Name ".repeat(1 + i % 3)))
            .collect();
        let order: Vec<usize> = (0..12).collect();
        let placed = place(&pos, &radii, &widths, &order, (380.0, 100.0), 10.0);
        assert!(placed.iter().any(|p| p.scale <= 1.0));
        assert!(placed.iter().any(|p| p.scale > 1.0), "some wait for zoom");
        for &s in &SCALES {
            let shown: Vec<Rect> = (0..12)
                .filter(|&i| placed[i].scale <= s)
                .map(|i| label_rect(pos[i].0, pos[i].1, radii[i], widths[i], placed[i].side, s))
                .collect();
            for (k, a) in shown.iter().enumerate() {
                for b in &shown[k + 1..] {
                    assert!(!rects_meet(a, b), "labels overlap at scale {s}");
                }
            }
        }
    }

    #[test]
    fn wide_letters_measure_wider() {
        assert!(text_width("WWW") > text_width("iii"));
        assert!(text_width("") < 3.0);
    }
}
