//! Charts as inline SVG, drawn at build time: a bar chart of a count per month
//! for the timeline and a small sparkline for entity, topic and relation pages.
//!
//! The site's Content-Security-Policy forbids inline styles, so the SVG carries
//! only presentation attributes (a fallback when no style sheet applies) and
//! classes that static/style.css colours with the theme's custom properties,
//! which makes light and dark mode work. Every text is XML-escaped.

use super::xml::escape;
use chrono::{Datelike, NaiveDate};
use std::fmt::Write;

/// A count per calendar month, every month from the first to the last
/// present (zeros included, so gaps show), plus what has no date.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MonthSeries {
    /// ((year, month), count), consecutive months, oldest first.
    pub months: Vec<((i32, u32), usize)>,
    /// Items without a date, not plotted.
    pub undated: usize,
}

impl MonthSeries {
    /// Counts `items`: each a date (or none) and how much it counts.
    pub fn from_dates(items: impl IntoIterator<Item = (Option<NaiveDate>, usize)>) -> MonthSeries {
        let mut counts: std::collections::BTreeMap<(i32, u32), usize> = Default::default();
        let mut undated = 0;
        for (date, n) in items {
            match date {
                Some(d) => *counts.entry((d.year(), d.month())).or_insert(0) += n,
                None => undated += n,
            }
        }
        let (Some(&first), Some(&last)) = (counts.keys().next(), counts.keys().next_back()) else {
            return MonthSeries {
                months: Vec::new(),
                undated,
            };
        };
        let mut months = Vec::new();
        let mut m = first;
        while m <= last {
            months.push((m, counts.get(&m).copied().unwrap_or(0)));
            m = if m.1 == 12 {
                (m.0 + 1, 1)
            } else {
                (m.0, m.1 + 1)
            };
        }
        MonthSeries { months, undated }
    }

    /// Sum of the plotted counts.
    pub fn total(&self) -> usize {
        self.months.iter().map(|m| m.1).sum()
    }

    /// Months with a count above zero.
    pub fn active_months(&self) -> usize {
        self.months.iter().filter(|m| m.1 > 0).count()
    }
}

fn month_name((year, month): (i32, u32), format: &str) -> String {
    NaiveDate::from_ymd_opt(year, month, 1)
        .map(|d| d.format(format).to_string())
        .unwrap_or_default()
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// A one-sentence summary of a series, for `<desc>` and screen readers.
pub fn describe(series: &MonthSeries, unit: &str) -> String {
    let mut text = match (series.months.first(), series.months.last()) {
        (Some(first), Some(last)) => {
            let (peak_month, peak) = series
                .months
                .iter()
                .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
                .map(|m| (m.0, m.1))
                .unwrap_or((first.0, 0));
            format!(
                "{} from {} to {}; most in {} ({}).",
                plural(series.total(), unit),
                month_name(first.0, "%B %Y"),
                month_name(last.0, "%B %Y"),
                month_name(peak_month, "%B %Y"),
                peak
            )
        }
        _ => format!("No dated {unit}s."),
    };
    if series.undated > 0 {
        let _ = write!(
            text,
            " {} not plotted.",
            plural(series.undated, &format!("undated {unit}"))
        );
    }
    text
}

/// A "nice" axis top and tick step for counts up to `max`.
fn ticks(max: usize) -> (usize, usize) {
    let max = max.max(1);
    let mut step = 1;
    loop {
        for f in [1, 2, 5] {
            let s = step * f;
            if max.div_ceil(s) <= 5 {
                return (max.div_ceil(s) * s, s);
            }
        }
        step *= 10;
    }
}

/// Months between labels on the x axis: as few as keep labels about 70 units apart.
fn label_step(months: usize, width: f64) -> usize {
    let fits = (width / 70.0).max(1.0) as usize;
    [1, 3, 6, 12, 24, 60, 120, 240, 600]
        .into_iter()
        .find(|&s| months.div_ceil(s) <= fits)
        .unwrap_or(1200)
}

/// The timeline's bar chart: one bar per month, labelled axes, gaps for empty months.
/// `id` must be unique in the page; `unit` names what is counted ("article").
pub fn bar_chart(series: &MonthSeries, id: &str, title: &str, unit: &str) -> String {
    let (w, h) = (720.0, 240.0);
    let (left, right, top, bottom) = (44.0, 28.0, 12.0, 46.0);
    let (pw, ph) = (w - left - right, h - top - bottom);
    let id = escape(id);
    let mut svg = format!(
        "<svg class=\"chart\" viewBox=\"0 0 {w} {h}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\">\
<title id=\"{id}-title\">{}</title><desc id=\"{id}-desc\">{}</desc>",
        escape(title),
        escape(&describe(series, unit))
    );
    let n = series.months.len().max(1);
    let max = series.months.iter().map(|m| m.1).max().unwrap_or(0);
    let (top_value, step) = ticks(max);
    let y = |v: usize| top + ph - ph * v as f64 / top_value as f64;
    let mut v = 0;
    while v <= top_value {
        let _ = write!(
            svg,
            "<line class=\"chart-grid\" x1=\"{left}\" x2=\"{}\" y1=\"{:.1}\" y2=\"{:.1}\" stroke=\"#ccc\"/>\
<text class=\"chart-label\" x=\"{}\" y=\"{:.1}\" text-anchor=\"end\" fill=\"#555\">{v}</text>",
            left + pw,
            y(v),
            y(v),
            left - 6.0,
            y(v) + 4.0
        );
        v += step;
    }
    let slot = pw / n as f64;
    let bar = (slot * 0.8).max(0.6);
    let label_every = label_step(n, pw);
    for (i, &((year, month), count)) in series.months.iter().enumerate() {
        let x = left + slot * i as f64;
        if count > 0 {
            let _ = write!(
                svg,
                "<rect class=\"chart-bar\" x=\"{:.2}\" y=\"{:.1}\" width=\"{bar:.2}\" height=\"{:.1}\" fill=\"#0b5cad\"><title>{}: {}</title></rect>",
                x + (slot - bar) / 2.0,
                y(count),
                top + ph - y(count),
                escape(&month_name((year, month), "%B %Y")),
                plural(count, unit)
            );
        }
        let labelled = if label_every < 12 {
            (month as usize - 1) % label_every == 0 || n == 1
        } else {
            month == 1 && year.rem_euclid(label_every as i32 / 12) == 0
        };
        if labelled {
            let x = x + slot / 2.0;
            let format = if label_every < 12 { "%b %Y" } else { "%Y" };
            let _ = write!(
                svg,
                "<line class=\"chart-axis\" x1=\"{x:.1}\" x2=\"{x:.1}\" y1=\"{b}\" y2=\"{:.1}\" stroke=\"#555\"/>\
<text class=\"chart-label\" x=\"{x:.1}\" y=\"{:.1}\" text-anchor=\"middle\" fill=\"#555\">{}</text>",
                top + ph + 4.0,
                top + ph + 16.0,
                escape(&month_name((year, month), format)),
                b = top + ph
            );
        }
    }
    let _ = write!(
        svg,
        "<line class=\"chart-axis\" x1=\"{left}\" x2=\"{}\" y1=\"{b}\" y2=\"{b}\" stroke=\"#555\"/>\
<line class=\"chart-axis\" x1=\"{left}\" x2=\"{left}\" y1=\"{top}\" y2=\"{b}\" stroke=\"#555\"/>\
<text class=\"chart-axis-title\" x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" fill=\"#555\">Month</text>\
<text class=\"chart-axis-title\" transform=\"rotate(-90)\" x=\"{:.1}\" y=\"12\" text-anchor=\"middle\" fill=\"#555\">{}s per month</text></svg>",
        left + pw,
        left + pw / 2.0,
        h - 6.0,
        -(top + ph / 2.0),
        escape(&capitalise(unit)),
        b = top + ph
    );
    svg
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// A small chart of a series over time, with its first and last month and peak.
pub fn sparkline(series: &MonthSeries, id: &str, title: &str, unit: &str) -> String {
    let (w, h) = (240.0, 64.0);
    let (top, base) = (6.0, 46.0);
    let id = escape(id);
    let mut svg = format!(
        "<svg class=\"sparkline\" viewBox=\"0 0 {w} {h}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\">\
<title id=\"{id}-title\">{}</title><desc id=\"{id}-desc\">{}</desc>",
        escape(title),
        escape(&describe(series, unit))
    );
    let n = series.months.len().max(1);
    let max = series.months.iter().map(|m| m.1).max().unwrap_or(0).max(1);
    let slot = w / n as f64;
    // A lone month would otherwise be one wide slab.
    let bar = (slot * 0.8).clamp(0.8, 16.0);
    // The bars share their class, width and colour through their group.
    svg.push_str("<g class=\"chart-bars\" fill=\"#0b5cad\">");
    for (i, &(month, count)) in series.months.iter().enumerate() {
        if count == 0 {
            continue;
        }
        let height = ((base - top) * count as f64 / max as f64).max(1.5);
        let _ = write!(
            svg,
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"><title>{}: {}</title></rect>",
            short(slot * i as f64 + (slot - bar) / 2.0),
            short(base - height),
            short(bar),
            short(height),
            escape(&month_name(month, "%B %Y")),
            plural(count, unit)
        );
    }
    svg.push_str("</g>");
    let _ = write!(
        svg,
        "<line class=\"chart-axis\" x1=\"0\" x2=\"{w}\" y1=\"{base}\" y2=\"{base}\" stroke=\"#555\"/>"
    );
    if let (Some(first), Some(last)) = (series.months.first(), series.months.last()) {
        let _ = write!(
            svg,
            "<text class=\"chart-label\" x=\"0\" y=\"{y}\" fill=\"#555\">{}</text>",
            escape(&month_name(first.0, "%b %Y")),
            y = h - 4.0
        );
        if series.months.len() > 1 {
            let _ = write!(
                svg,
                "<text class=\"chart-label\" x=\"{w}\" y=\"{y}\" text-anchor=\"end\" fill=\"#555\">{}</text>",
                escape(&month_name(last.0, "%b %Y")),
                y = h - 4.0
            );
        }
    }
    svg.push_str("</svg>");
    svg
}

/// A coordinate to two decimals at most, without trailing zeros ("32",
/// "6.5", "0.16").
fn short(v: f64) -> String {
    let s = format!("{v:.2}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".to_string()
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, 5)
    }

    #[test]
    fn series_fills_gaps_and_counts_undated_apart() {
        let s = MonthSeries::from_dates([(d(2021, 11), 1), (d(2022, 2), 2), (None, 1)]);
        let months: Vec<_> = s.months.iter().map(|m| (m.0, m.1)).collect();
        assert_eq!(
            months,
            vec![
                ((2021, 11), 1),
                ((2021, 12), 0),
                ((2022, 1), 0),
                ((2022, 2), 2)
            ]
        );
        assert_eq!(s.undated, 1);
        assert_eq!(s.active_months(), 2);
        assert!(describe(&s, "article").ends_with("1 undated article not plotted."));
    }

    #[test]
    fn charts_are_xml_with_a_title_and_no_inline_style() {
        let s =
            MonthSeries::from_dates((0..40).map(|i| (d(2000 + i / 12, (i % 12) as u32 + 1), 1)));
        for svg in [
            bar_chart(&s, "c", "A & <b>", "article"),
            sparkline(&s, "s", "x \"y\"", "mention"),
            bar_chart(&MonthSeries::default(), "e", "Empty", "article"),
        ] {
            let doc = roxmltree::Document::parse(&svg).expect("well-formed");
            assert!(doc.descendants().any(|n| n.has_tag_name("title")));
            assert!(!svg.contains("style"), "{svg}");
        }
    }

    #[test]
    fn ticks_are_round() {
        assert_eq!(ticks(0), (1, 1));
        assert_eq!(ticks(7), (8, 2));
        assert_eq!(ticks(23), (25, 5));
        assert_eq!(ticks(130), (150, 50));
    }
}
