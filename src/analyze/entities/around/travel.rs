//! Where one travels: "flights between London Heathrow and Shanghai",
//! "the ferry to Rosslare", "flew from Kabul".

use super::Around;
use crate::analyze::entities::votes::Votes;
use crate::analyze::entities::EntityKind;

/// A journey's noun or verb, before the preposition of where it goes.
fn is_journey(word: &str) -> bool {
    matches!(
        word,
        "flight"
            | "flights"
            | "fly"
            | "flies"
            | "flew"
            | "flown"
            | "flying"
            | "route"
            | "routes"
            | "train"
            | "trains"
            | "ferry"
            | "ferries"
            | "sail"
            | "sails"
            | "sailed"
            | "sailing"
            | "voyage"
            | "journey"
            | "commute"
    )
}

impl Around<'_> {
    /// A name after a journey's "to", "from" or "between" is where it
    /// goes: a place, a light vote that a body's own cues outweigh ("flew
    /// to Ryanair's base" names the airline by its possessive).
    pub(in super::super) fn journey_end(&self, v: &mut Votes) {
        let Some(p) = self.close_before(self.first) else {
            return;
        };
        let journey = matches!(self.word(p), "to" | "from" | "between")
            && self
                .close_before(p)
                .is_some_and(|q| is_journey(self.word(q)));
        let possessive = self.tokens.get(self.last).is_some_and(|t| t.possessive());
        if journey && !possessive && !self.given {
            v.add(EntityKind::Place, 3.0);
        }
    }
}
