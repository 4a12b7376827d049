//! Typed indexes between the stages: an [`ArticleId`] cannot be used where
//! an [`EntityId`] is meant, and an [`IdVec`] is indexed by its own kind of
//! id only. An id is a position in the corpus order (articles), in
//! [`super::entities::Extraction::entities`] (entities), or in the
//! knowledge's topics, relations and outlets.
//!
//! The entity extractor still numbers entities with a bare `usize`
//! ([`super::entities::Mention::entity`], [`super::entities::Quote::speaker`]):
//! those become an [`EntityId`] where a later stage reads them, with
//! [`EntityId::new`].

use serde::Serialize;
use std::marker::PhantomData;

/// A typed index into an [`IdVec`].
pub trait Id: Copy {
    /// The id at position `index`.
    fn new(index: usize) -> Self;
    /// Its position.
    fn index(self) -> usize;
}

macro_rules! id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug, Serialize)]
        #[serde(transparent)]
        pub struct $name(usize);

        impl $name {
            /// The id at position `index`.
            pub const fn new(index: usize) -> Self {
                $name(index)
            }

            /// Its position.
            pub const fn index(self) -> usize {
                self.0
            }
        }

        impl Id for $name {
            fn new(index: usize) -> Self {
                $name(index)
            }

            fn index(self) -> usize {
                self.0
            }
        }
    };
}

id!(
    /// An article: its position in the corpus.
    ArticleId
);
id!(
    /// An entity: its position in the extraction's entities.
    EntityId
);

id!(
    /// A topic: its position in [`super::Knowledge::topics`].
    TopicId
);
id!(
    /// A relation: its position in [`super::Knowledge::relations`].
    RelationId
);

id!(
    /// An outlet: its position in [`super::outlets::Outlets::list`].
    OutletId
);

/// A `Vec` indexed by one kind of id: one `T` per article, per entity…
#[derive(Clone, PartialEq)]
pub struct IdVec<I, T> {
    items: Vec<T>,
    id: PhantomData<fn(I) -> I>,
}

impl<I: Id, T> IdVec<I, T> {
    /// The item of `id`, if there is one.
    pub fn get(&self, id: I) -> Option<&T> {
        self.items.get(id.index())
    }

    /// The item of `id`, to change, if there is one.
    pub fn get_mut(&mut self, id: I) -> Option<&mut T> {
        self.items.get_mut(id.index())
    }

    /// How many items.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// True when there is none.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The items in id order.
    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.items.iter()
    }

    /// The items in id order, to change.
    pub fn iter_mut(&mut self) -> std::slice::IterMut<'_, T> {
        self.items.iter_mut()
    }

    /// The items with their ids, in id order.
    pub fn iter_enumerated(&self) -> impl DoubleEndedIterator<Item = (I, &T)> + '_ {
        self.items.iter().enumerate().map(|(i, t)| (I::new(i), t))
    }

    /// The items as a plain slice, for code that still indexes by `usize`
    /// (the entity extractor's numbers).
    pub fn as_slice(&self) -> &[T] {
        &self.items
    }
}

impl<I, T> Default for IdVec<I, T> {
    fn default() -> Self {
        IdVec {
            items: Vec::new(),
            id: PhantomData,
        }
    }
}

impl<I, T: std::fmt::Debug> std::fmt::Debug for IdVec<I, T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.items.fmt(f)
    }
}

impl<I, T> From<Vec<T>> for IdVec<I, T> {
    fn from(items: Vec<T>) -> Self {
        IdVec {
            items,
            id: PhantomData,
        }
    }
}

impl<I, T> FromIterator<T> for IdVec<I, T> {
    fn from_iter<It: IntoIterator<Item = T>>(iter: It) -> Self {
        Vec::from_iter(iter).into()
    }
}

impl<'a, I, T> IntoIterator for &'a IdVec<I, T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.items.iter()
    }
}

impl<I: Id, T> std::ops::Index<I> for IdVec<I, T> {
    type Output = T;

    fn index(&self, id: I) -> &T {
        &self.items[id.index()]
    }
}

impl<I: Id, T> std::ops::IndexMut<I> for IdVec<I, T> {
    fn index_mut(&mut self, id: I) -> &mut T {
        &mut self.items[id.index()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_vec_is_indexed_by_its_ids() {
        let urls: IdVec<EntityId, &str> = vec!["a.html", "b.html"].into();
        assert_eq!(urls[EntityId::new(1)], "b.html");
        assert_eq!(urls.get(EntityId::new(2)), None);
        let ids: Vec<EntityId> = urls.iter_enumerated().map(|(e, _)| e).collect();
        assert_eq!(ids, vec![EntityId::new(0), EntityId::new(1)]);
        assert_eq!(serde_json::to_string(&ids[1]).ok().as_deref(), Some("1"));
    }
}
