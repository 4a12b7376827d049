//! The scene of a disaster or an attack: "the Hatfield rail crash", "the
//! Lockerbie bombing", "the Potters Bar derailment" name the place where
//! it happened.

use super::Around;
use crate::analyze::entities::tokens::Token;
use crate::analyze::entities::votes::Votes;
use crate::analyze::entities::EntityKind;

/// What happens at a place and is named after it.
fn is_disaster(word: &str) -> bool {
    matches!(
        word,
        "crash"
            | "derailment"
            | "disaster"
            | "bombing"
            | "bombings"
            | "massacre"
            | "siege"
            | "explosion"
            | "blast"
            | "earthquake"
            | "riots"
            | "shooting"
            | "shootings"
            | "murders"
            | "fire"
    )
}

/// A means of travel that a crash is of ("the Hatfield rail crash").
fn is_travel(word: &str) -> bool {
    matches!(
        word,
        "rail" | "train" | "air" | "plane" | "ferry" | "coach" | "bus" | "helicopter"
    )
}

impl Around<'_> {
    /// "the Hatfield rail crash": a name after "the" and before a
    /// disaster's noun (maybe past a means of travel) is the scene, a
    /// weak vote that a vehicle's or a firm's own cues outweigh ("the
    /// Concorde crash").
    pub(in super::super) fn disaster_scene(&self, v: &mut Votes, end_tok: &Token) {
        if end_tok.possessive() || !self.close(self.last, self.last + 1) {
            return;
        }
        let the = self
            .close_before(self.first)
            .is_some_and(|p| matches!(self.word(p), "the" | "The"));
        let next = self.word(self.last + 1);
        let disaster = is_disaster(next)
            || (is_travel(next)
                && self.close(self.last + 1, self.last + 2)
                && is_disaster(self.word(self.last + 2)));
        if the && disaster {
            v.add(EntityKind::Place, 2.0);
        }
    }
}
