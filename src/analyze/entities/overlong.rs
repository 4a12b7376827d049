//! A piece of a run too long to be one name.

use super::discover::Block;

/// Most words a name holds; a longer piece is no name.
pub(super) const MAX_NAME_WORDS: usize = 8;

impl Block<'_> {
    /// A piece too long to be one name, split before an "of" that a known
    /// place follows: "State Affairs Commission | of the | Democratic
    /// People's Republic of Korea" is a body and a country, where the
    /// whole would be dropped. Shorter pieces ("Bank of England") stay.
    pub(super) fn split_overlong(&self, piece: Vec<usize>) -> Vec<Vec<usize>> {
        if piece.len() <= MAX_NAME_WORDS {
            return vec![piece];
        }
        let surface = |from: usize, to: usize| {
            let (Some(a), Some(b)) = (self.tokens.get(from), self.tokens.get(to)) else {
                return "";
            };
            self.text.get(a.start..b.end).unwrap_or("")
        };
        let last = piece.last().copied().unwrap_or(0);
        let cut = (1..piece.len()).find_map(|k| {
            let &of = piece.get(k)?;
            if self.word(of) != "of" {
                return None;
            }
            let mut place = k + 1;
            if piece.get(place).is_some_and(|&t| self.word(t) == "the") {
                place += 1;
            }
            let &from = piece.get(place)?;
            super::places::is_known_place(surface(from, last)).then_some((k, place))
        });
        match cut.and_then(|(k, place)| Some((piece.get(..k)?, piece.get(place..)?))) {
            Some((body, place)) => vec![body.to_vec(), place.to_vec()],
            None => vec![piece],
        }
    }
}
