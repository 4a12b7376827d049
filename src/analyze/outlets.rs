//! Outlets: every article's outlet under one name. The names an article
//! gives (front matter `source`, a dateline's agency, a byline, trailing
//! boilerplate) are grouped when they are the same name written otherwise
//! (case, a leading "The", dots, hyphens), when one bracket expands the
//! other ("KCNA (Korean Central News Agency)"), when site.toml, the
//! gazetteer (its organisations) or a built-in list of news agencies makes
//! them aliases, or when one is the only name in the corpus whose initials
//! spell the other ("AFP" and "Agence France-Presse").

use super::copies::Copy;
use super::entities::{EntityKind, Gazetteer};
use super::{ArticleId, IdVec, OutletId};
use crate::config::OutletConfig;
use crate::content::Article;
use crate::text::collapse_whitespace;
use std::collections::{BTreeMap, HashMap};

/// Wire services and state agencies that reach readers under several names.
const BUILTIN: &[(&str, &[&str])] = &[
    ("Associated Press", &["AP", "The Associated Press"]),
    ("Agence France-Presse", &["AFP", "Agence France Presse"]),
    ("United Press International", &["UPI"]),
    ("Deutsche Presse-Agentur", &["dpa", "DPA"]),
    ("Press Trust of India", &["PTI"]),
    ("Korean Central News Agency", &["KCNA"]),
    ("Yonhap", &["Yonhap News Agency", "Yonhap News"]),
    ("Xinhua", &["Xinhua News Agency"]),
    ("Kyodo News", &["Kyodo"]),
    ("TASS", &["ITAR-TASS", "TASS News Agency"]),
    ("Reuters", &["Thomson Reuters"]),
    ("Bloomberg", &["Bloomberg News"]),
];

/// Words left out of a name's initials.
const MINOR_WORDS: &[&str] = &["the", "of", "and", "for", "&", "de", "la", "le"];

/// An outlet's name and the other names the corpus gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutletName {
    /// The name shown.
    pub name: String,
    /// Other names seen in the corpus, sorted.
    pub aliases: Vec<String>,
}

/// One outlet and what it published.
#[derive(Debug, Clone, Default)]
pub struct Outlet {
    /// The name shown.
    pub name: String,
    /// Other names seen in the corpus.
    pub aliases: Vec<String>,
    /// Its articles (indices into the folded article list), in corpus order.
    pub articles: Vec<ArticleId>,
    /// Copies it filed of other articles (indices into the copies).
    pub copies: Vec<usize>,
}

/// Every outlet of the corpus.
#[derive(Debug, Clone, Default)]
pub struct Outlets {
    /// Outlets by name (case-insensitive).
    pub list: IdVec<OutletId, Outlet>,
    /// Per article, its outlet.
    pub of_article: IdVec<ArticleId, Option<OutletId>>,
}

/// Comparison key of a name: lower case, no leading "the", dots and
/// hyphens dropped, spaces collapsed.
fn key(name: &str) -> String {
    let lower = name.to_lowercase();
    let spaced: String = lower
        .chars()
        .filter(|c| *c != '.')
        .map(|c| {
            if matches!(c, '-' | '‐' | '–') {
                ' '
            } else {
                c
            }
        })
        .collect();
    let collapsed = collapse_whitespace(&spaced);
    let trimmed = collapsed.trim_matches(|c: char| !c.is_alphanumeric());
    trimmed.strip_prefix("the ").unwrap_or(trimmed).to_string()
}

/// The names one written source holds: "KCNA (Korean Central News
/// Agency)" holds two.
fn forms(raw: &str) -> Vec<String> {
    let raw = collapse_whitespace(raw);
    let raw = raw.trim();
    if let Some((outer, inner)) = raw.strip_suffix(')').and_then(|r| r.rsplit_once('(')) {
        let (outer, inner) = (outer.trim(), inner.trim());
        if !outer.is_empty() && !inner.is_empty() {
            return vec![outer.to_string(), inner.to_string()];
        }
    }
    if raw.is_empty() {
        Vec::new()
    } else {
        vec![raw.to_string()]
    }
}

/// "KCNA", "AFP": two to six capitals.
fn is_acronym(name: &str) -> bool {
    (2..=6).contains(&name.chars().count()) && name.chars().all(|c| c.is_uppercase())
}

/// "Agence France-Presse" → "AFP".
fn initials(name: &str) -> String {
    name.split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty() && !MINOR_WORDS.contains(&w.to_lowercase().as_str()))
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_uppercase)
        .collect()
}

/// Union-find over name keys, with how often each spelling was seen.
#[derive(Default)]
struct Groups {
    ids: HashMap<String, usize>,
    parent: Vec<usize>,
    /// Per key: spelling → articles giving it.
    spellings: Vec<BTreeMap<String, usize>>,
    /// Per key: the known canonical name and its rank (0: site.toml, 1:
    /// gazetteer, 2: built in).
    canonical: Vec<Option<(usize, String)>>,
}

impl Groups {
    fn node(&mut self, name: &str) -> usize {
        let k = key(name);
        if let Some(&id) = self.ids.get(&k) {
            return id;
        }
        let id = self.parent.len();
        self.ids.insert(k, id);
        self.parent.push(id);
        self.spellings.push(BTreeMap::new());
        self.canonical.push(None);
        id
    }

    fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        if a != b {
            self.parent[a.max(b)] = a.min(b);
        }
    }
}

/// Known names: (canonical, aliases, rank), site.toml first.
fn known<'a>(
    gazetteer: Option<&'a Gazetteer>,
    config: &'a OutletConfig,
) -> Vec<(&'a str, Vec<&'a str>, usize)> {
    let mut out: Vec<(&str, Vec<&str>, usize)> = config
        .aliases
        .iter()
        .map(|(name, aliases)| {
            (
                name.as_str(),
                aliases.iter().map(String::as_str).collect(),
                0,
            )
        })
        .collect();
    for entry in gazetteer.iter().flat_map(|g| &g.entries) {
        if entry.kind == EntityKind::Organization {
            let aliases = entry.aliases.iter().map(String::as_str).collect();
            out.push((entry.name.as_str(), aliases, 1));
        }
    }
    out.extend(BUILTIN.iter().map(|(n, a)| (*n, a.to_vec(), 2)));
    out
}

/// Gives every article's source its outlet's name, and returns the outlets'
/// names with the other names seen for each.
pub fn normalise(
    articles: &mut [Article],
    gazetteer: Option<&Gazetteer>,
    config: &OutletConfig,
) -> Vec<OutletName> {
    let mut groups = Groups::default();
    for article in articles.iter() {
        let ids: Vec<usize> = forms(article.source.as_deref().unwrap_or(""))
            .iter()
            .map(|f| {
                let id = groups.node(f);
                *groups.spellings[id].entry(f.clone()).or_insert(0) += 1;
                id
            })
            .collect();
        for pair in ids.windows(2) {
            groups.union(pair[0], pair[1]);
        }
    }
    let seen = groups.parent.len();
    for (name, aliases, rank) in known(gazetteer, config) {
        // Only names the corpus uses join: a gazetteer's other
        // organisations make no outlets.
        let used: Vec<usize> = std::iter::once(name)
            .chain(aliases)
            .filter_map(|n| groups.ids.get(&key(n)).copied())
            .filter(|&id| id < seen)
            .collect();
        if used.is_empty() {
            continue;
        }
        let id = groups.node(name);
        if groups.canonical[id].as_ref().is_none_or(|(r, _)| rank < *r) {
            groups.canonical[id] = Some((rank, name.to_string()));
        }
        for other in used {
            groups.union(id, other);
        }
    }
    join_acronyms(&mut groups, seen);
    name_groups(articles, &mut groups)
}

/// Joins an acronym to the one other name in the corpus whose initials it is.
fn join_acronyms(groups: &mut Groups, seen: usize) {
    let spelled: Vec<(usize, String)> = (0..seen)
        .filter_map(|id| Some((id, groups.spellings[id].keys().next()?.clone())))
        .collect();
    for (id, name) in spelled.iter().filter(|(_, n)| is_acronym(n)) {
        let mut roots: Vec<usize> = spelled
            .iter()
            .filter(|(_, other)| !is_acronym(other) && other.contains(' '))
            .filter(|(_, other)| initials(other) == *name)
            .map(|&(other, _)| other)
            .collect::<Vec<_>>()
            .into_iter()
            .map(|other| groups.find(other))
            .collect();
        roots.sort_unstable();
        roots.dedup();
        if let [only] = roots[..] {
            groups.union(*id, only);
        }
    }
}

/// Names each group and writes the name into the articles' sources.
fn name_groups(articles: &mut [Article], groups: &mut Groups) -> Vec<OutletName> {
    let mut members: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for id in 0..groups.parent.len() {
        let root = groups.find(id);
        members.entry(root).or_default().push(id);
    }
    let mut name_of_root: HashMap<usize, usize> = HashMap::new();
    let mut names: Vec<OutletName> = Vec::new();
    for (root, ids) in &members {
        let mut spellings: BTreeMap<&str, usize> = BTreeMap::new();
        for &id in ids {
            for (s, n) in &groups.spellings[id] {
                *spellings.entry(s.as_str()).or_insert(0) += n;
            }
        }
        if spellings.is_empty() {
            continue;
        }
        let known = ids
            .iter()
            .filter_map(|&id| groups.canonical[id].as_ref())
            .min()
            .map(|(_, n)| n.clone());
        // The most used full name; an acronym only when there is no other.
        let best = spellings
            .iter()
            .max_by(|a, b| {
                (!is_acronym(a.0), a.1, a.0.len())
                    .cmp(&(!is_acronym(b.0), b.1, b.0.len()))
                    .then(b.0.cmp(a.0))
            })
            .map(|(s, _)| s.to_string());
        let Some(name) = known.or(best) else { continue };
        let mut aliases: Vec<String> = spellings
            .keys()
            .filter(|s| **s != name)
            .map(|s| s.to_string())
            .collect();
        aliases.sort();
        name_of_root.insert(*root, names.len());
        names.push(OutletName { name, aliases });
    }
    for article in articles.iter_mut() {
        let first = forms(article.source.as_deref().unwrap_or(""))
            .first()
            .and_then(|f| groups.ids.get(&key(f)).copied());
        if let Some(id) = first {
            let root = groups.find(id);
            if let Some(&n) = name_of_root.get(&root) {
                article.source = Some(names[n].name.clone());
            }
        }
    }
    names
}

impl Outlets {
    /// Which outlet each (folded) article and copy comes from; outlets
    /// with neither are left out.
    pub fn assign(articles: &[Article], copies: &[Copy], names: &[OutletName]) -> Outlets {
        let mut by_name: BTreeMap<String, Outlet> = BTreeMap::new();
        let aliases: HashMap<&str, &OutletName> =
            names.iter().map(|n| (n.name.as_str(), n)).collect();
        fn entry<'m>(
            by_name: &'m mut BTreeMap<String, Outlet>,
            aliases: &HashMap<&str, &OutletName>,
            source: &str,
        ) -> &'m mut Outlet {
            by_name
                .entry(source.to_lowercase())
                .or_insert_with(|| Outlet {
                    name: source.to_string(),
                    aliases: aliases
                        .get(source)
                        .map(|n| n.aliases.clone())
                        .unwrap_or_default(),
                    ..Outlet::default()
                })
        }
        for (a, article) in articles.iter().enumerate() {
            if let Some(source) = article.source.as_deref() {
                entry(&mut by_name, &aliases, source)
                    .articles
                    .push(ArticleId::new(a));
            }
        }
        for (c, copy) in copies.iter().enumerate() {
            if let Some(source) = copy.article.source.as_deref() {
                entry(&mut by_name, &aliases, source).copies.push(c);
            }
        }
        let list: Vec<Outlet> = by_name.into_values().collect();
        let list: IdVec<OutletId, Outlet> = list.into();
        let index: HashMap<String, OutletId> = list
            .iter_enumerated()
            .map(|(i, o)| (o.name.to_lowercase(), i))
            .collect();
        let of_article = articles
            .iter()
            .map(|a| {
                let source = a.source.as_deref()?;
                index.get(&source.to_lowercase()).copied()
            })
            .collect();
        Outlets { list, of_article }
    }
}

#[cfg(test)]
#[path = "outlets_tests.rs"]
mod tests;
