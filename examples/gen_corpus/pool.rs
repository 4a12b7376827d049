//! `--from DIR`: the real articles a generated corpus is recombined from.
//!
//! Reads every `.txt` (dossier's plain-text form: optional ` date YYYY-MM-DD` line, headline,
//! blank-line or one-per-line paragraphs) and `.md` (YAML front matter with `title:` and
//! `date:`) file of a folder, and gathers the statistics the recombination needs: which words
//! are names (capitalised inside sentences, rarely written in lower case), in how many articles
//! each word occurs, and which articles share a name.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

/// One source article, cut into paragraphs.
pub(crate) struct Source {
    /// Publication date (year, month, day), when the file has one.
    pub date: Option<(i32, u32, u32)>,
    /// The headline (or the first sentence when the file has no headline line).
    pub headline: String,
    /// Paragraphs, without a leading weekday dateline paragraph.
    pub paras: Vec<String>,
    /// Whitespace-separated words of each paragraph.
    pub words: Vec<usize>,
    /// Whether the article opened with a "Friday, January 4, 2019" dateline paragraph.
    pub dateline: bool,
    /// Names (indices into `Pool::linking`) shared with a few other articles.
    pub links: Vec<usize>,
}

/// Counts of one alphabetic word over the pool.
#[derive(Default)]
pub(crate) struct WordStat {
    /// Occurrences written with a capital first letter.
    pub cap: u32,
    /// … of which not at the start of a sentence.
    pub cap_inside: u32,
    /// Occurrences written all in lower case.
    pub lower: u32,
    /// Number of articles it occurs in.
    pub df: u32,
}

/// The source articles and their statistics.
pub(crate) struct Pool {
    pub sources: Vec<Source>,
    /// Statistics by word as written (case kept).
    pub stats: HashMap<String, WordStat>,
    /// Lower-case occurrences by lower-cased word (to tell "The" from "Pelosi").
    pub lower: HashMap<String, u32>,
    /// Names that occur in 2 to 8 articles, and the articles they occur in.
    pub linking: Vec<(String, Vec<usize>)>,
    /// Every word of the pool, lower-cased (new names and words must not be in it).
    pub vocabulary: HashSet<String>,
}

#[rustfmt::skip]
pub(crate) const MONTHS: &[&str] = &["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
#[rustfmt::skip]
pub(crate) const DAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/// Alphabetic runs of `text` with their byte ranges and whether each starts a sentence.
pub(crate) fn words(text: &str) -> Vec<(usize, usize, bool)> {
    let mut out = Vec::new();
    let mut start = None;
    let mut initial = true;
    let mut prev = None::<char>;
    for (i, c) in text.char_indices() {
        if c.is_alphabetic() {
            if start.is_none() {
                start = Some(i);
                initial = match prev {
                    None => true,
                    Some(p) => ".!?:;\"“‘'(—–-*•".contains(p),
                };
            }
        } else {
            if let Some(s) = start.take() {
                out.push((s, i, initial));
            }
            if !c.is_whitespace() {
                prev = Some(c);
            }
        }
        if c.is_alphabetic() {
            prev = Some(c);
        }
    }
    if let Some(s) = start {
        out.push((s, text.len(), initial));
    }
    out
}

/// `t[a..b]`, or "" when the range does not fall on character boundaries.
pub(crate) fn sub(t: &str, a: usize, b: usize) -> &str {
    t.get(a..b).unwrap_or("")
}

fn parse_date(s: &str) -> Option<(i32, u32, u32)> {
    let mut it = s.trim().splitn(3, '-');
    let y = it.next()?.parse().ok()?;
    let m = it.next()?.parse().ok()?;
    let d = it.next()?.get(..2)?.parse().ok()?;
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some((y, m, d))
}

fn is_dateline(p: &str) -> bool {
    let mut it = p.trim().splitn(2, ", ");
    let (Some(day), Some(rest)) = (it.next(), it.next()) else {
        return false;
    };
    DAYS.contains(&day)
        && MONTHS.iter().any(|m| rest.starts_with(m))
        && rest.len() < 24
        && rest.ends_with(|c: char| c.is_ascii_digit())
}

fn paragraphs(body: &str) -> Vec<String> {
    let blocks: Vec<&str> = body.split("\n\n").collect();
    let split: Vec<&str> = if blocks.iter().filter(|b| !b.trim().is_empty()).count() > 1 {
        blocks
    } else {
        body.lines().collect()
    };
    split
        .iter()
        .map(|b| b.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect()
}

/// Reads one file into a source article; None when it holds no text.
fn read_source(path: &Path) -> Option<Source> {
    let raw = std::fs::read(path).ok()?;
    let text = String::from_utf8_lossy(&raw).replace("\r\n", "\n");
    let text = text.trim_start_matches('\u{feff}');
    let (mut date, mut headline, body) = (None, None, text.to_string());
    let body = if let Some(rest) = text.strip_prefix("---\n") {
        let end = rest.find("\n---")?;
        for line in rest.get(..end)?.lines() {
            if let Some(v) = line.strip_prefix("title:") {
                headline = Some(v.trim().trim_matches('"').to_string());
            } else if let Some(v) = line.strip_prefix("date:") {
                date = parse_date(v.trim().trim_matches('"'));
            }
        }
        rest.get(end + 4..)?.to_string()
    } else if let Some(rest) = text.trim_start().strip_prefix("date ") {
        date = parse_date(rest.get(..10).unwrap_or(""));
        let rest = rest.get(10..).unwrap_or("");
        // A headline: the line after the date marker, short, followed by a blank line.
        let (first, after) = match rest.strip_prefix('\n') {
            Some(r) => r.split_once('\n').unwrap_or((r, "")),
            None => ("", rest),
        };
        let first = first.trim();
        if !first.is_empty() && after.starts_with('\n') && first.split_whitespace().count() <= 30 {
            headline = Some(first.trim_end_matches('.').to_string());
            after.to_string()
        } else {
            rest.to_string()
        }
    } else {
        body
    };
    let mut paras = paragraphs(&body);
    let dateline = paras.first().is_some_and(|p| is_dateline(p));
    if dateline {
        paras.remove(0);
    }
    let first = paras.first()?;
    let headline = headline.filter(|h| !h.is_empty()).unwrap_or_else(|| {
        let s = first.split(". ").next().unwrap_or(first);
        s.split_whitespace().take(14).collect::<Vec<_>>().join(" ")
    });
    let words = paras.iter().map(|p| p.split_whitespace().count()).collect();
    Some(Source {
        date,
        headline,
        paras,
        words,
        dateline,
        links: Vec::new(),
    })
}

impl Pool {
    /// Reads every `.txt` and `.md` file of `dir` (sorted by name; subfolders too).
    pub(crate) fn read(dir: &Path) -> Result<Pool, String> {
        let mut files = Vec::new();
        let mut stack = vec![dir.to_path_buf()];
        while let Some(d) = stack.pop() {
            let entries = std::fs::read_dir(&d).map_err(|e| format!("{}: {e}", d.display()))?;
            for e in entries.flatten() {
                let p = e.path();
                if p.is_dir() {
                    stack.push(p);
                } else if p.extension().is_some_and(|x| x == "txt" || x == "md") {
                    files.push(p);
                }
            }
        }
        files.sort();
        let sources: Vec<Source> = files.iter().filter_map(|p| read_source(p)).collect();
        if sources.is_empty() {
            return Err(format!(
                "{}: no .txt or .md articles with text",
                dir.display()
            ));
        }
        let mut pool = Pool {
            sources,
            stats: HashMap::new(),
            lower: HashMap::new(),
            linking: Vec::new(),
            vocabulary: HashSet::new(),
        };
        pool.count();
        pool.link();
        Ok(pool)
    }

    fn count(&mut self) {
        for s in &self.sources {
            let mut seen = HashSet::new();
            for text in std::iter::once(&s.headline).chain(&s.paras) {
                for (a, b, initial) in words(text) {
                    let w = sub(text, a, b);
                    let st = self.stats.entry(w.to_string()).or_default();
                    if w.chars().next().is_some_and(char::is_uppercase) {
                        st.cap += 1;
                        st.cap_inside += u32::from(!initial);
                    } else if w.chars().all(char::is_lowercase) {
                        st.lower += 1;
                        *self.lower.entry(w.to_string()).or_default() += 1;
                    }
                    if seen.insert(w.to_string()) {
                        st.df += 1;
                    }
                    self.vocabulary.insert(w.to_lowercase());
                }
            }
        }
    }

    /// Whether `w` (as written) is a name: capitalised inside sentences, seldom in lower case.
    pub(crate) fn is_name(&self, w: &str) -> bool {
        let Some(st) = self.stats.get(w) else {
            return false;
        };
        let lower = self.lower.get(&w.to_lowercase()).copied().unwrap_or(0);
        w.chars().count() >= 2
            && st.cap_inside >= 1
            && lower * 4 < st.cap
            && !DAYS.contains(&w)
            && !MONTHS.contains(&w)
    }

    /// Indexes names in 2 to 8 articles: articles sharing one are related stories.
    fn link(&mut self) {
        let mut by_name: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for (i, s) in self.sources.iter().enumerate() {
            let mut seen = HashSet::new();
            for p in &s.paras {
                for (a, b, _) in words(p) {
                    let w = sub(p, a, b);
                    let df = self.stats.get(w).map_or(0, |st| st.df);
                    if (2..=8).contains(&df) && self.is_name(w) && seen.insert(w.to_string()) {
                        by_name.entry(w.to_string()).or_default().push(i);
                    }
                }
            }
        }
        for (k, (name, arts)) in by_name.into_iter().enumerate() {
            for &a in &arts {
                self.sources[a].links.push(k);
            }
            self.linking.push((name, arts));
        }
    }
}
