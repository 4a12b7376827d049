//! Kind cues: votes for what a discovered name denotes, from the name itself
//! (suffixes, built-in lists) and from the words around it.

use super::tokens::{is_acronym, is_capitalised, Token};
use super::{lexicon, places, EntityKind};

/// Accumulated evidence for each kind, indexed like [`EntityKind`].
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct Votes(pub [f32; 5]);

impl Votes {
    /// Adds `weight` for `kind`.
    pub fn add(&mut self, kind: EntityKind, weight: f32) {
        if let Some(v) = self.0.get_mut(kind_index(kind)) {
            *v += weight;
        }
    }

    /// Adds all of `other`.
    pub fn merge(&mut self, other: &Votes) {
        for (a, b) in self.0.iter_mut().zip(other.0.iter()) {
            *a += b;
        }
    }

    /// Weight for `kind`.
    pub fn get(&self, kind: EntityKind) -> f32 {
        self.0.get(kind_index(kind)).copied().unwrap_or(0.0)
    }

    /// The best-supported kind; `Other` without evidence.
    pub fn best(&self) -> EntityKind {
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
    pub fn person_like(&self) -> bool {
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

/// Prepositions after which a capitalised name is usually a place.
fn is_place_preposition(word: &str) -> bool {
    matches!(
        word,
        "in" | "at"
            | "from"
            | "to"
            | "near"
            | "into"
            | "across"
            | "throughout"
            | "toward"
            | "towards"
            | "outside"
            | "inside"
            | "visited"
            | "visiting"
            | "via"
    )
}

/// Kind evidence intrinsic to a name: built-in lists and suffixes.
pub(crate) fn name_votes(name: &str) -> Votes {
    let mut v = Votes::default();
    let canonical = lexicon::alias(name).unwrap_or(name);
    if places::is_place(canonical) {
        v.add(EntityKind::Place, 10.0);
    } else if lexicon::is_org(canonical) {
        v.add(EntityKind::Organization, 10.0);
    }
    let last = name.rsplit(' ').next().unwrap_or(name);
    let words = name.split(' ').count();
    if words > 1 || !lexicon::is_generic(last) {
        if lexicon::is_org_suffix(last) {
            v.add(EntityKind::Organization, 8.0);
        } else if lexicon::is_event_suffix(last) {
            v.add(EntityKind::Event, 8.0);
        } else if lexicon::is_place_suffix(last) {
            v.add(EntityKind::Place, 8.0);
        } else if lexicon::is_other_suffix(last) {
            v.add(EntityKind::Other, 8.0);
        }
    }
    let list: Vec<&str> = name.split(' ').collect();
    let head = list
        .iter()
        .position(|w| matches!(*w, "of" | "for"))
        .and_then(|i| i.checked_sub(1))
        .and_then(|i| list.get(i));
    if let (Some(head), true) = (head, v == Votes::default()) {
        // "University of …", "Institute for …", "Gulf of …": the head comes first.
        if lexicon::is_org_suffix(head) {
            v.add(EntityKind::Organization, 6.0);
        } else if lexicon::is_place_suffix(head) {
            v.add(EntityKind::Place, 6.0);
        } else if lexicon::is_event_suffix(head) || matches!(*head, "Battle" | "Siege") {
            v.add(EntityKind::Event, 6.0);
        } else {
            v.add(EntityKind::Organization, 3.0);
        }
    }
    let has_place = list.iter().any(|w| places::is_place(w));
    if words == 1 && is_acronym(name) {
        v.add(EntityKind::Organization, 3.0);
    }
    let namey = |w: &str| {
        is_capitalised(w)
            && !is_acronym(w)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
    };
    if v == Votes::default() && (2..=3).contains(&words) {
        if has_place {
            // "Manchester United", "Bayern Munich": a club or firm named after a place.
            v.add(EntityKind::Organization, 1.0);
        } else if list.iter().all(|w| namey(w)) {
            v.add(EntityKind::Person, 1.5);
        }
    }
    v
}

/// Kind evidence from the words around a name spanning `first..=last` of
/// `tokens` in `text`.
pub(crate) fn context_votes(text: &str, tokens: &[Token], first: usize, last: usize) -> Votes {
    let mut v = Votes::default();
    let same_sentence = |a: usize, b: usize| match (tokens.get(a), tokens.get(b)) {
        (Some(x), Some(y)) => x.sentence == y.sentence,
        _ => false,
    };
    if let Some(prev) = first.checked_sub(1).and_then(|p| tokens.get(p)) {
        let gap = text.get(prev.full_end..tokens.get(first).map_or(0, |t| t.start));
        if same_sentence(first - 1, first) && gap.is_some_and(|g| g.trim().is_empty()) {
            let w = prev.word(text);
            if lexicon::is_person_role(w) {
                v.add(EntityKind::Person, 6.0);
            } else if lexicon::is_org_cue(w) {
                v.add(EntityKind::Organization, 5.0);
            } else if is_place_preposition(w) {
                v.add(EntityKind::Place, 2.5);
            }
        }
    }
    let Some(end_tok) = tokens.get(last) else {
        return v;
    };
    let after = text.get(end_tok.full_end..).unwrap_or("");
    if let Some(next) = tokens
        .get(last + 1)
        .filter(|_| same_sentence(last, last + 1))
    {
        let w = next.word(text);
        let gap = text.get(end_tok.full_end..next.start).unwrap_or("");
        if gap.trim().is_empty() {
            if matches!(
                w,
                "said" | "says" | "told" | "added" | "wrote" | "explained"
            ) {
                v.add(EntityKind::Person, 2.0);
            } else if lexicon::is_place_cue(w) {
                v.add(EntityKind::Place, 4.0);
            }
        }
    }
    // Appositive: "Yang Moo-jin, president of …", "Acme, a company that …".
    if after.starts_with(',') && !end_tok.possessive() {
        for (k, t) in tokens.iter().enumerate().skip(last + 1).take(4) {
            let w = t.word(text);
            // ", Conservative leader Kemi Badenoch": a title of the next name.
            let titles_next = tokens
                .get(k + 1)
                .is_some_and(|n| is_capitalised(n.word(text)));
            if text
                .get(end_tok.full_end + 1..t.start)
                .is_some_and(|g| g.contains([',', '.', ';']))
            {
                break;
            }
            if titles_next && (lexicon::is_person_role(w) || lexicon::is_org_cue(w)) {
                break;
            }
            if lexicon::is_person_role(w) {
                v.add(EntityKind::Person, 5.0);
                break;
            }
            if lexicon::is_org_cue(w) {
                v.add(EntityKind::Organization, 4.0);
                break;
            }
        }
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suffixes_and_lists_decide() {
        assert_eq!(
            name_votes("Ewha Womans University").best(),
            EntityKind::Organization
        );
        assert_eq!(name_votes("Korean War").best(), EntityKind::Event);
        assert_eq!(name_votes("Vostochny Cosmodrome").best(), EntityKind::Place);
        assert_eq!(name_votes("Seoul").best(), EntityKind::Place);
        assert_eq!(name_votes("U.S").best(), EntityKind::Place);
        assert_eq!(name_votes("KCNA").best(), EntityKind::Organization);
        assert_eq!(name_votes("Jane Doe").best(), EntityKind::Person);
    }
}
