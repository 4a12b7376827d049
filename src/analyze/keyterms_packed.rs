//! One article's candidates, packed into one string and small numbers while
//! they wait for every other article's (see [`super::find`]).

use super::candidates::Candidate;

/// One article's candidates after pruning, packed for the wait until every
/// article's are known: their keys (and the surface of a phrase never seen
/// in lower case) in one string, with small numbers beside.
#[derive(Debug, Default)]
pub(super) struct Packed {
    text: String,
    items: Vec<PackedCandidate>,
}

/// A [`Candidate`] in a [`Packed`] list.
#[derive(Debug, Clone, Copy)]
pub(super) struct PackedCandidate {
    /// End of the key in the packed text (it starts where the previous
    /// item's text ends).
    key_end: u32,
    /// End of the surface, just after the key (empty unless needed).
    surface_end: u32,
    /// Occurrences in the article.
    pub(super) count: u32,
    /// Length of the phrase, in words.
    pub(super) words: u8,
    /// Whether it was ever written with a word not capitalised.
    pub(super) lower_seen: bool,
}

impl Packed {
    /// Packs candidates.
    pub(super) fn new(list: Vec<(String, Candidate)>) -> Packed {
        let mut packed = Packed {
            text: String::with_capacity(list.iter().map(|(k, c)| k.len() + c.surface.len()).sum()),
            items: Vec::with_capacity(list.len()),
        };
        let at = |text: &String| u32::try_from(text.len()).unwrap_or(u32::MAX);
        for (key, c) in list {
            packed.text.push_str(&key);
            let key_end = at(&packed.text);
            if !c.lower_seen {
                packed.text.push_str(&c.surface);
            }
            packed.items.push(PackedCandidate {
                key_end,
                surface_end: at(&packed.text),
                count: u32::try_from(c.count).unwrap_or(u32::MAX),
                words: u8::try_from(c.words).unwrap_or(u8::MAX),
                lower_seen: c.lower_seen,
            });
        }
        packed
    }

    /// Each candidate with its key.
    pub(super) fn iter(&self) -> impl Iterator<Item = (&str, &PackedCandidate)> {
        let starts = std::iter::once(0).chain(self.items.iter().map(|c| c.surface_end));
        self.items.iter().zip(starts).map(|(c, start)| {
            let key = self.text.get(start as usize..c.key_end as usize);
            (key.unwrap_or(""), c)
        })
    }

    /// The surface of a candidate never seen in lower case.
    pub(super) fn surface(&self, c: &PackedCandidate) -> &str {
        self.text
            .get(c.key_end as usize..c.surface_end as usize)
            .unwrap_or("")
    }
}
