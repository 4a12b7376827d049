//! The tally of kind evidence: weights for each [`EntityKind`], added up
//! from a name's own words and the cues around it.

use super::EntityKind;

/// Accumulated evidence for each kind, indexed like [`EntityKind`].
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct Votes(pub [f32; 5]);

impl Votes {
    /// Adds `weight` for `kind`.
    pub(super) fn add(&mut self, kind: EntityKind, weight: f32) {
        if let Some(v) = self.0.get_mut(kind_index(kind)) {
            *v += weight;
        }
    }

    /// Adds all of `other`.
    pub(super) fn merge(&mut self, other: &Votes) {
        for (a, b) in self.0.iter_mut().zip(other.0.iter()) {
            *a += b;
        }
    }

    /// Takes back up to `weight` of `kind`'s evidence.
    pub(super) fn withdraw(&mut self, kind: EntityKind, weight: f32) {
        if let Some(v) = self.0.get_mut(kind_index(kind)) {
            *v = (*v - weight).max(0.0);
        }
    }

    /// All the evidence, whatever kind it points to.
    pub(super) fn total(&self) -> f32 {
        self.0.iter().sum()
    }

    /// Weight for `kind`.
    pub(super) fn get(&self, kind: EntityKind) -> f32 {
        self.0.get(kind_index(kind)).copied().unwrap_or(0.0)
    }

    /// The best-supported kind; `Other` without evidence.
    pub(super) fn best(&self) -> EntityKind {
        let mut best = EntityKind::Other;
        let mut weight = 0.0;
        for kind in KINDS {
            let w = self.get(kind);
            if w > weight {
                best = kind;
                weight = w;
            }
        }
        best
    }

    /// True unless the evidence points to an organisation, place or event.
    pub(super) fn person_like(&self) -> bool {
        matches!(self.best(), EntityKind::Person | EntityKind::Other)
    }
}

const KINDS: [EntityKind; 5] = [
    EntityKind::Person,
    EntityKind::Organization,
    EntityKind::Place,
    EntityKind::Event,
    EntityKind::Other,
];

fn kind_index(kind: EntityKind) -> usize {
    match kind {
        EntityKind::Person => 0,
        EntityKind::Organization => 1,
        EntityKind::Place => 2,
        EntityKind::Event => 3,
        EntityKind::Other => 4,
    }
}
