//! The links of a whole site, kept small: every path, link and id is stored
//! once (interned) and each page keeps numbers, so that checking a site of
//! tens of thousands of pages costs a few bytes per link, not a string each.

use super::scan::PageLinks;
use super::{percent_decode, resolve, BrokenLink};
use std::collections::{HashMap, HashSet};

/// A string of the table (a path, a link as written, an id), by number.
type Sym = u32;

/// Strings, each stored once and known by its number.
#[derive(Default)]
struct Interner {
    numbers: HashMap<Box<str>, Sym, foldhash::fast::RandomState>,
    strings: Vec<Box<str>>,
}

impl Interner {
    fn intern(&mut self, s: &str) -> Sym {
        if let Some(&n) = self.numbers.get(s) {
            return n;
        }
        let n = Sym::try_from(self.strings.len()).unwrap_or(Sym::MAX);
        self.strings.push(s.into());
        self.numbers.insert(s.into(), n);
        n
    }

    fn get(&self, n: Sym) -> &str {
        self.strings.get(n as usize).map_or("", |s| s)
    }
}

/// Where a link leads, worked out when its page was read.
#[derive(Clone, Copy)]
enum Target {
    /// A file of the site (relative to the root), maybe with an id in it.
    File { path: Sym, fragment: Option<Sym> },
    /// `/…`: breaks under a subpath and from disk.
    Absolute,
    /// More `..` than folders.
    AboveRoot,
}

/// One internal link of a page.
#[derive(Clone, Copy)]
struct Link {
    /// As written, for the message: the part before `#` (without a query)
    /// and the fragment. Kept apart, since a page's many links into one
    /// other page share the first part.
    written: (Sym, Option<Sym>),
    target: Target,
}

/// One HTML page: where it is, its internal links and its ids.
struct Page {
    path: Sym,
    links: Vec<Link>,
    /// Sorted, for lookup.
    ids: Vec<Sym>,
    titled: bool,
}

/// Every file of a site and the links of its pages, gathered page by page
/// (in any order) and checked at the end.
#[derive(Default)]
pub(super) struct LinkTable {
    strings: Interner,
    files: HashSet<Sym>,
    pages: Vec<Page>,
}

/// Where a link leads, worked out apart from the table.
enum Resolved {
    /// A file of the site (relative to the root), maybe with an id in it.
    File {
        path: String,
        fragment: Option<String>,
    },
    /// `/…`.
    Absolute,
    /// More `..` than folders.
    AboveRoot,
}

/// One internal link of a page, resolved.
struct PreparedLink<'a> {
    /// As written: the part before `#` (without a query), and the fragment.
    written: (&'a str, Option<&'a str>),
    target: Resolved,
}

/// A page's internal links (each once), resolved against the page.
pub(super) struct Prepared<'a> {
    page: &'a PageLinks,
    links: Vec<PreparedLink<'a>>,
}

/// Resolves the internal links of `page`, each once, in their order.
pub(super) fn prepare(page: &PageLinks) -> Prepared<'_> {
    let mut seen: HashSet<&str, foldhash::fast::RandomState> = HashSet::default();
    let mut links = Vec::new();
    for link in &page.links {
        if is_external(link) {
            continue;
        }
        let link = link.split('?').next().unwrap_or("");
        if !seen.insert(link) {
            continue;
        }
        let written = match link.split_once('#') {
            Some((path, fragment)) => (path, Some(fragment)),
            None => (link, None),
        };
        links.push(PreparedLink {
            written,
            target: resolve_link(&page.page, link),
        });
    }
    Prepared { page, links }
}

/// Resolves `link`, written in `page`.
fn resolve_link(page: &str, link: &str) -> Resolved {
    let (path, fragment) = match link.split_once('#') {
        Some((p, f)) => (p, Some(f).filter(|f| !f.is_empty())),
        None => (link, None),
    };
    if path.starts_with('/') {
        return Resolved::Absolute;
    }
    let resolved = if path.is_empty() {
        Some(page.to_string())
    } else if path.contains('%') {
        resolve(page, &percent_decode(path))
    } else {
        resolve(page, path)
    };
    match resolved {
        Some(path) => Resolved::File {
            path,
            fragment: fragment.map(percent_decode),
        },
        None => Resolved::AboveRoot,
    }
}

/// Whether a link leaves the site (or is not a link to a file at all).
fn is_external(link: &str) -> bool {
    link.is_empty()
        || link.starts_with("//")
        || link.contains("://")
        || link.starts_with("mailto:")
        || link.starts_with("data:")
}

impl LinkTable {
    /// Records a file of the site (relative to its root).
    pub(super) fn add_file(&mut self, path: &str) {
        let n = self.strings.intern(path);
        self.files.insert(n);
    }

    /// Records a page's internal links (each once), ids and title.
    pub(super) fn add_page(&mut self, page: &PageLinks) {
        self.add_prepared(&prepare(page));
    }

    /// Records a page read by [`prepare`] (which needs no table, so that
    /// threads can do it apart and hold the table only to store).
    pub(super) fn add_prepared(&mut self, page: &Prepared<'_>) {
        let path = self.strings.intern(&page.page.page);
        let links = page
            .links
            .iter()
            .map(|link| Link {
                written: (
                    self.strings.intern(link.written.0),
                    link.written.1.map(|f| self.strings.intern(f)),
                ),
                target: match &link.target {
                    Resolved::File { path, fragment } => Target::File {
                        path: self.strings.intern(path),
                        fragment: fragment.as_deref().map(|f| self.strings.intern(f)),
                    },
                    Resolved::Absolute => Target::Absolute,
                    Resolved::AboveRoot => Target::AboveRoot,
                },
            })
            .collect();
        let mut ids: Vec<Sym> = page
            .page
            .ids
            .iter()
            .map(|id| self.strings.intern(id))
            .collect();
        ids.sort_unstable();
        self.pages.push(Page {
            path,
            links,
            ids,
            titled: page.page.titled,
        });
    }

    /// How many files.
    pub(super) fn files(&self) -> usize {
        self.files.len()
    }

    /// How many HTML pages.
    pub(super) fn pages(&self) -> usize {
        self.pages.len()
    }

    /// The HTML pages, sorted.
    pub(super) fn html_pages(&self) -> Vec<String> {
        self.sorted_paths(|_| true)
    }

    /// The pages without a `<title>` with text in it, sorted.
    pub(super) fn untitled(&self) -> Vec<String> {
        self.sorted_paths(|p| !p.titled)
    }

    fn sorted_paths(&self, keep: impl Fn(&Page) -> bool) -> Vec<String> {
        let mut paths: Vec<String> = self
            .pages
            .iter()
            .filter(|p| keep(p))
            .map(|p| self.strings.get(p.path).to_string())
            .collect();
        paths.sort_unstable();
        paths
    }

    /// The links that lead nowhere, page by page in the order the pages
    /// were added, each page's in its order.
    pub(super) fn broken(&self) -> Vec<BrokenLink> {
        let ids: HashMap<Sym, &[Sym]> = self
            .pages
            .iter()
            .map(|p| (p.path, p.ids.as_slice()))
            .collect();
        let mut broken = Vec::new();
        for page in &self.pages {
            for link in &page.links {
                let why = match link.target {
                    Target::Absolute => "absolute path: breaks under a subpath and from disk",
                    Target::AboveRoot => "climbs above the site root",
                    Target::File { path, .. } if !self.files.contains(&path) => {
                        "no such file in the site"
                    }
                    Target::File {
                        path,
                        fragment: Some(id),
                    } if ids
                        .get(&path)
                        .is_none_or(|list| list.binary_search(&id).is_err()) =>
                    {
                        "no element with that id"
                    }
                    Target::File { .. } => continue,
                };
                let mut target = self.strings.get(link.written.0).to_string();
                if let Some(fragment) = link.written.1 {
                    target.push('#');
                    target.push_str(self.strings.get(fragment));
                }
                broken.push(BrokenLink {
                    page: self.strings.get(page.path).to_string(),
                    target,
                    why,
                });
            }
        }
        broken
    }
}
