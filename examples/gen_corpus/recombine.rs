//! `--from DIR`: news articles recombined from runs of real paragraphs.
//!
//! Each generated article opens with the lead of one source article (its headline, its first
//! paragraphs; every source article leads once per pass over the pool, in shuffled order) and
//! is about as long as that article (0.7 to 1.3 times), the rest made of runs of consecutive
//! paragraphs from up to two related source articles (ones that share a rarely used name with
//! it, else ones filed next to it), so names co-occur as they do in news and the spread of
//! lengths is the pool's. Date: the lead's, moved by -4 to +4 years; the weekday dateline
//! paragraph ("Tuesday, June 23, 2020") in the share of articles that have one in the pool.
//!
//! A fixed pool would stop adding words once every paragraph has been used; real news keeps
//! adding names and rare words (Heaps' law). So the rare names (in at most three source
//! articles) and rare words (used once) of each generated article are redrawn from a
//! Pitman-Yor process per source word: the original, an earlier replacement, or a new word
//! invented by a character model of the pool's names or words. Replacements are consistent
//! within an article (one cast per story) and the number of distinct replacements of a word
//! grows like uses^DISCOUNT, the shape of Heaps' law.

use crate::chars::Chars;
use crate::pool::{sub, words, Pool, DAYS, MONTHS};
use crate::Rng;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;
use std::path::Path;

/// Pitman-Yor discount: distinct replacements of a word grow like its uses to this power.
const DISCOUNT: f64 = 0.62;
/// Pitman-Yor strength: how readily a word's second use already gets a new replacement.
const STRENGTH: f64 = 1.0;
/// Names in at most this many source articles are replaced (the rest are the recurring cast).
const RARE_NAME_DF: u32 = 3;
/// Source articles one generated article is made from, at most.
const MAX_SOURCES: usize = 3;
/// Names in at least this many source articles can be Hugo tags.
const TAG_DF: u32 = 6;

/// `w` with the case pattern of `like` (ALL CAPS, Capitalised or lower).
fn recase(like: &str, w: &str) -> String {
    if like.chars().count() > 1 && !like.chars().any(char::is_lowercase) {
        w.to_uppercase()
    } else if like.chars().next().is_some_and(char::is_uppercase) {
        crate::capitalise(w)
    } else {
        w.to_string()
    }
}

/// What the corpus has drawn so far: the replacements of each rare word, with their uses.
struct Variants {
    by_word: HashMap<String, Vec<(String, u32)>>,
    taken: HashSet<String>,
}

/// The generator state for one corpus.
pub(crate) struct Recombiner<'p> {
    pool: &'p Pool,
    names: Chars,
    words: Chars,
    variants: Variants,
    dateline_share: f64,
    /// Source articles not yet used as a lead in this pass over the pool (each leads once per pass).
    leads: Vec<usize>,
    shuffle: Rng,
}

/// One generated article.
pub(crate) struct Article {
    pub headline: String,
    pub date: (i32, u32, u32),
    pub paras: Vec<String>,
    pub tags: Vec<String>,
}

impl<'p> Recombiner<'p> {
    /// Trains the character models on the pool.
    pub(crate) fn new(pool: &'p Pool, seed: u64) -> Recombiner<'p> {
        let mut keys: Vec<&String> = pool.stats.keys().collect();
        keys.sort();
        let names = Chars::train(keys.iter().filter(|w| pool.is_name(w)).map(|w| w.as_str()));
        let words = Chars::train(
            keys.iter()
                .filter(|w| w.chars().all(char::is_lowercase) && w.chars().count() >= 4)
                .map(|w| w.as_str()),
        );
        let with = pool.sources.iter().filter(|s| s.dateline).count();
        Recombiner {
            pool,
            names,
            words,
            variants: Variants {
                by_word: HashMap::new(),
                taken: HashSet::new(),
            },
            dateline_share: with as f64 / pool.sources.len() as f64,
            leads: Vec::new(),
            shuffle: Rng(seed ^ 0x5EED_1EAD),
        }
    }

    /// Whether `w` is replaced: a rare name (2) or a rare word (1), else 0.
    fn rare(&self, w: &str) -> u8 {
        let Some(st) = self.pool.stats.get(w) else {
            return 0;
        };
        if self.pool.is_name(w) && st.df <= RARE_NAME_DF {
            2
        } else if st.cap == 0 && st.lower <= 1 && w.chars().count() >= 6 {
            1
        } else {
            0
        }
    }

    /// The replacement of `w` for a new article (Pitman-Yor draw).
    fn draw(&mut self, w: &str, name: bool, r: &mut Rng) -> String {
        let vs = self.variants.by_word.entry(w.to_string()).or_default();
        if vs.is_empty() {
            vs.push((w.to_string(), 1));
            return w.to_string();
        }
        let uses: u32 = vs.iter().map(|v| v.1).sum();
        let k = vs.len() as f64;
        if r.unit() < (STRENGTH + DISCOUNT * k) / (uses as f64 + STRENGTH) {
            let fresh = self.invent(w, name, r);
            let vs = self.variants.by_word.entry(w.to_string()).or_default();
            vs.push((fresh.clone(), 1));
            return fresh;
        }
        let weights: Vec<f64> = vs.iter().map(|v| v.1 as f64 - DISCOUNT).collect();
        let mut x = r.unit() * weights.iter().sum::<f64>();
        let mut i = 0;
        while i + 1 < vs.len() && x >= weights[i] {
            x -= weights[i];
            i += 1;
        }
        vs[i].1 += 1;
        vs[i].0.clone()
    }

    /// A word that is neither in the pool nor drawn before, shaped like `w`.
    fn invent(&mut self, w: &str, name: bool, r: &mut Rng) -> String {
        let lower = w.to_lowercase();
        let keep = if name { 1 } else { 3 };
        let prefix: String = lower.chars().take(keep).collect();
        let len = lower.chars().count();
        let model = if name { &self.names } else { &self.words };
        let mut fresh = lower.clone();
        for attempt in 0..32 {
            let Some(w) = model.invent(r, &prefix, len + attempt / 8) else {
                continue;
            };
            fresh = w;
            if !self.pool.vocabulary.contains(&fresh) && !self.variants.taken.contains(&fresh) {
                break;
            }
        }
        while self.pool.vocabulary.contains(&fresh) || self.variants.taken.contains(&fresh) {
            fresh.push(*r.pick(&['a', 'e', 'i', 'o', 'u', 'n', 'r', 's', 'l']));
        }
        self.variants.taken.insert(fresh.clone());
        recase(w, &fresh)
    }

    /// `text` with its rare words replaced through `cast` (this article's replacements).
    fn perturb(&mut self, text: &str, cast: &mut HashMap<String, String>, r: &mut Rng) -> String {
        let mut out = String::with_capacity(text.len() + 16);
        let mut at = 0;
        for (a, b, _) in words(text) {
            let w = sub(text, a, b);
            out.push_str(sub(text, at, a));
            at = b;
            let kind = self.rare(w);
            if kind == 0 {
                out.push_str(w);
                continue;
            }
            if !cast.contains_key(w) {
                let v = self.draw(w, kind == 2, r);
                cast.insert(w.to_string(), v);
            }
            out.push_str(&cast[w]);
        }
        out.push_str(sub(text, at, text.len()));
        out
    }

    /// A source article related to `a`: one sharing a rarely used name, else one filed near it.
    fn related(&self, a: usize, r: &mut Rng) -> usize {
        let n = self.pool.sources.len();
        let links = &self.pool.sources[a].links;
        if !links.is_empty() && r.chance(0.8) {
            let arts = &self.pool.linking[*r.pick(links)].1;
            let b = *r.pick(arts);
            if b != a {
                return b;
            }
        }
        (a + n + r.below(11) - 5) % n
    }

    /// The next article of the corpus.
    pub(crate) fn article(&mut self, r: &mut Rng) -> Article {
        let pool = self.pool;
        let src = &pool.sources;
        if self.leads.is_empty() {
            self.leads = (0..src.len()).collect();
            for i in (1..self.leads.len()).rev() {
                let j = self.shuffle.below(i + 1);
                self.leads.swap(i, j);
            }
        }
        let a = self.leads.pop().unwrap_or(0);
        let length: usize = src[a].words.iter().sum();
        let target = ((length as f64 * (0.7 + 0.6 * r.unit())) as usize).max(60);
        let lead = if r.chance(0.7) {
            1.0
        } else {
            0.5 + 0.5 * r.unit()
        };
        let mut runs: Vec<(usize, usize, usize)> = Vec::new(); // source, first, end
        let mut got = 0;
        let mut take = |s: usize, first: usize, goal: usize, got: &mut usize| {
            let mut end = first;
            while end < src[s].paras.len() && (end == first || *got < goal) {
                *got += src[s].words[end];
                end += 1;
            }
            runs.push((s, first, end));
        };
        take(a, 0, (target as f64 * lead) as usize, &mut got);
        let mut used = vec![a];
        for _ in 0..12 {
            if got >= target || used.len() >= MAX_SOURCES {
                break;
            }
            let b = self.related(a, r);
            if used.contains(&b) {
                continue;
            }
            used.push(b);
            let first = r.below(src[b].paras.len());
            take(b, first, target, &mut got);
        }
        let mut cast = HashMap::new();
        let headline = self.perturb(&src[a].headline, &mut cast, r);
        let mut paras = Vec::new();
        for (s, first, end) in runs {
            for p in &src[s].paras[first..end] {
                paras.push(self.perturb(p, &mut cast, r));
            }
        }
        let date = self.date(a, r);
        if r.unit() < self.dateline_share {
            let (y, m, d) = date;
            let dateline = format!(
                "{}, {} {d}, {y}",
                DAYS[weekday(y, m, d)],
                MONTHS[m as usize - 1]
            );
            paras.insert(0, dateline);
        }
        let tags = self.tags(&headline, &paras);
        Article {
            headline,
            date,
            paras,
            tags,
        }
    }

    /// The lead source's date moved by -4 to +4 years (so a large corpus spans about a decade).
    fn date(&self, a: usize, r: &mut Rng) -> (i32, u32, u32) {
        let (y, m, d) = self.pool.sources[a]
            .date
            .unwrap_or((2020, 1 + r.below(12) as u32, 1));
        let y = y + r.below(9) as i32 - 4;
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
        let days = [
            31,
            if leap { 29 } else { 28 },
            31,
            30,
            31,
            30,
            31,
            31,
            30,
            31,
            30,
            31,
        ];
        (y, m, d.min(days[m as usize - 1]))
    }

    /// Up to three names the pool uses often (countries, parties, leaders), most mentioned first.
    fn tags(&self, headline: &str, paras: &[String]) -> Vec<String> {
        let mut count: BTreeMap<&str, u32> = BTreeMap::new();
        for t in std::iter::once(headline).chain(paras.iter().map(String::as_str)) {
            for (a, b, _) in words(t) {
                let w = sub(t, a, b);
                let frequent = self.pool.stats.get(w).is_some_and(|s| s.df >= TAG_DF);
                if frequent && self.pool.is_name(w) {
                    *count.entry(w).or_default() += 1;
                }
            }
        }
        let mut ranked: Vec<(&str, u32)> = count.into_iter().collect();
        ranked.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(y.0)));
        ranked
            .into_iter()
            .take(3)
            .map(|(w, _)| w.to_string())
            .collect()
    }
}

/// Day of the week, 0 = Monday (Sakamoto's method).
fn weekday(y: i32, m: u32, d: u32) -> usize {
    const T: [i32; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
    let y = if m < 3 { y - 1 } else { y };
    let sunday0 = (y + y / 4 - y / 100 + y / 400 + T[m as usize - 1] + d as i32).rem_euclid(7);
    ((sunday0 + 6) % 7) as usize
}

/// A file name from the article number and headline: `000042-nancy-pelosi-again-elected`.
fn file_stem(i: usize, headline: &str) -> String {
    let mut slug = String::new();
    for c in headline.to_lowercase().chars() {
        if c.is_alphanumeric() && c.is_ascii() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
        if slug.len() >= 60 {
            break;
        }
    }
    format!("{i:06}-{}", slug.trim_end_matches('-'))
}

/// Writes `n` recombined articles as dossier plain text into `seeds` (and as Hugo Markdown
/// into `hugo`); returns the number of words written.
pub(crate) fn write_all(
    pool: &Pool,
    n: usize,
    seed: u64,
    seeds: &Path,
    hugo: Option<&Path>,
) -> usize {
    let mut gen = Recombiner::new(pool, seed);
    let mut words_total = 0;
    for i in 0..n {
        let mut r = Rng(seed ^ (i as u64).wrapping_mul(0xA24B_AED4_963E_E407));
        let art = gen.article(&mut r);
        let (y, m, d) = art.date;
        let date = format!("{y:04}-{m:02}-{d:02}");
        let body = art.paras.join("\n\n");
        words_total += art
            .paras
            .iter()
            .map(|p| p.split_whitespace().count())
            .sum::<usize>();
        let stem = file_stem(i, &art.headline);
        let text = format!(" date {date}\n{}\n\n{body}\n", art.headline);
        crate::write(&seeds.join(format!("{stem}.txt")), &text);
        if let Some(h) = hugo {
            let q = |t: &str| format!("\"{}\"", t.replace('\\', "\\\\").replace('"', "\\\""));
            let tags = art.tags.iter().map(|t| q(t)).collect::<Vec<_>>().join(", ");
            let mut f = format!("---\ntitle: {}\ndate: {date}\n", q(&art.headline));
            let _ = write!(f, "tags: [{tags}]\n---\n\n{body}\n");
            crate::write(&h.join(format!("{stem}.md")), &f);
        }
    }
    words_total
}
