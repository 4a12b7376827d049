//! The search filters (entity, topic, outlet): their names, the documents
//! naming each, and the files the browser loads for them (see the module docs
//! of [`super`]).

use std::collections::HashMap;

use serde::Serialize;

use super::{shards, SearchDoc};

/// The entity and topic names the filters offer, with their documents.
pub(super) struct Facets<'a> {
    pub(super) entities: Names<'a>,
    pub(super) topics: Names<'a>,
    /// The outlets of articles.
    pub(super) outlets: Names<'a>,
}

impl<'a> Facets<'a> {
    /// Interns the (canonical) entity names and the topics of `docs`.
    pub(super) fn new(docs: &[&'a SearchDoc]) -> Facets<'a> {
        let canonical = canonical_entity_names(docs);
        let mut entities = Names::default();
        let mut topics = Names::default();
        let mut outlets = Names::default();
        for (i, doc) in docs.iter().enumerate() {
            if let Some(source) = doc.source.as_deref().filter(|_| doc.kind == "article") {
                outlets.add(source, i);
            }
            for name in &doc.entities {
                let key = name.to_lowercase();
                let name = canonical.get(&key).copied().unwrap_or(name.as_str());
                entities.add(name, i);
            }
            for topic in &doc.topics {
                topics.add(topic, i);
            }
        }
        Facets {
            entities: entities.shared(),
            topics,
            outlets,
        }
    }
}

/// Maps every lower-cased name and alias of an entity page to the page's
/// title, so that filters list each entity once under its canonical name.
fn canonical_entity_names<'a>(docs: &[&'a SearchDoc]) -> HashMap<String, &'a str> {
    let mut map = HashMap::new();
    for doc in docs.iter().filter(|d| d.kind == "entity") {
        for name in doc.entities.iter().chain(std::iter::once(&doc.title)) {
            map.entry(name.to_lowercase()).or_insert(doc.title.as_str());
        }
    }
    // A page's own title always wins over another page's alias.
    for doc in docs.iter().filter(|d| d.kind == "entity") {
        map.insert(doc.title.to_lowercase(), doc.title.as_str());
    }
    map
}

/// A filter's names list is cut into parts of about this many bytes: a
/// filter named in the URL loads one part, not the whole list (1.6 MB of
/// entity names at 10,000 articles).
const NAME_PART_BYTES: usize = 32_000;

/// A name of a filter as listed: `[name, documents, chunk]`.
type NameEntry<'a> = (&'a str, usize, usize);

/// How a filter's names are split, for the manifest.
#[derive(Serialize)]
pub(super) struct FacetIndex<'a> {
    /// How many names.
    names: usize,
    /// Per part, its first name and that name's number.
    parts: Vec<(&'a str, usize)>,
}

/// The files of filter `name`: the parts of its list of `[name, documents,
/// chunk]` (names in UTF-16 order, numbered so), then each chunk of the
/// documents of its names. Returns how the list is split.
pub(super) fn facet_files<'a, E>(
    name: &str,
    names: &Names<'a>,
    shard_bytes: usize,
    add: &mut impl FnMut(&str, String) -> Result<(), E>,
) -> Result<FacetIndex<'a>, E> {
    let mut order: Vec<usize> = (0..names.names.len()).collect();
    order.sort_by(|&a, &b| shards::js_cmp(names.names[a], names.names[b]));
    let docs: Vec<Vec<usize>> = order.iter().map(|&i| names.docs[i].clone()).collect();
    let (chunk_of, chunks) = shards::facet_chunks(&docs, shard_bytes);
    // Each part: its first name's number and its entries.
    let mut parts: Vec<(usize, Vec<NameEntry<'a>>)> = Vec::new();
    let mut size = 0;
    for (id, (&i, (d, &c))) in order.iter().zip(docs.iter().zip(&chunk_of)).enumerate() {
        let n = names.names[i];
        if parts.is_empty() || size >= NAME_PART_BYTES {
            parts.push((id, Vec::new()));
            size = 0;
        }
        size += n.len() + 16;
        if let Some((_, entries)) = parts.last_mut() {
            entries.push((n, d.len(), c));
        }
    }
    for (p, (_, entries)) in parts.iter().enumerate() {
        let key = format!("{name}-names-{p}");
        add(&key, shards::script(&key, entries))?;
    }
    for (c, chunk) in chunks.iter().enumerate() {
        let key = format!("{name}-{c}");
        add(&key, shards::script(&key, chunk))?;
    }
    Ok(FacetIndex {
        names: names.names.len(),
        parts: parts
            .iter()
            .filter_map(|(id, entries)| Some((entries.first()?.0, *id)))
            .collect(),
    })
}

/// Interns names, in first-seen order, with the documents naming each.
#[derive(Default)]
pub(super) struct Names<'a> {
    names: Vec<&'a str>,
    docs: Vec<Vec<usize>>,
    ids: HashMap<&'a str, usize>,
}

impl<'a> Names<'a> {
    /// Records that document `doc` (added in ascending order) names `name`.
    fn add(&mut self, name: &'a str, doc: usize) {
        let id = match self.ids.get(name) {
            Some(id) => *id,
            None => {
                self.names.push(name);
                self.docs.push(Vec::new());
                self.ids.insert(name, self.names.len() - 1);
                self.names.len() - 1
            }
        };
        if let Some(docs) = self.docs.get_mut(id) {
            if docs.last() != Some(&doc) {
                docs.push(doc);
            }
        }
    }

    /// The names two or more documents carry. The entity filter leaves out
    /// a name only one article names: no link leads to its filter (its
    /// article lists it as plain text), a search for the name finds that
    /// article, and such names are most of a corpus's (two in three on real
    /// news, 0.4 kB of the index per article).
    fn shared(self) -> Names<'a> {
        let mut kept = Names::default();
        for (name, docs) in self.names.into_iter().zip(self.docs) {
            if docs.len() >= 2 {
                kept.ids.insert(name, kept.names.len());
                kept.names.push(name);
                kept.docs.push(docs);
            }
        }
        kept
    }

    /// How many documents name `name`.
    pub(super) fn count(&self, name: &str) -> usize {
        self.ids
            .get(name)
            .and_then(|&id| self.docs.get(id))
            .map_or(0, Vec::len)
    }
}
