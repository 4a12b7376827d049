//! A body's name that lists its portfolios with commas: "Department for
//! Culture, Media and Sport", "Department for Environment, Food and Rural
//! Affairs".

use super::discover::Block;
use super::tokens::gap;
use super::{lexicon, places};

impl Block<'_> {
    /// When `run`, ending at token `j`, holds a body's "of" or "for" (and
    /// opens with no title) and a
    /// comma after `j` opens a list of ordinary capitalised words closed by
    /// "and" and one or two more ("…, Media and Sport"): the list's last
    /// token.
    pub(super) fn listed_portfolios(&self, run: &[usize], j: usize) -> Option<usize> {
        // Not "Secretary of State for Culture, Media and Sport Tessa
        // Jowell": an office, trimmed with its title.
        let titled = run
            .first()
            .is_some_and(|&f| lexicon::is_title(self.word(f)));
        if titled || !self.has_of_head(run, run.len()) {
            return None;
        }
        let portfolio = |t: usize| {
            let w = self.word(t);
            self.name_word(t) && lexicon::is_english_word(&w.to_lowercase()) && !places::is_place(w)
        };
        let mut t = j;
        // Each ", Word" of the list.
        while gap(self.text, self.tokens, t, t + 1) == Some(", ") && portfolio(t + 1) {
            t += 1;
        }
        if t == j || self.word(t + 1) != "and" || !self.adjacent(t, t + 1) {
            return None;
        }
        let mut end = t + 1;
        for _ in 0..2 {
            if self.adjacent(end, end + 1) && portfolio(end + 1) {
                end += 1;
            } else {
                break;
            }
        }
        (end > t + 1).then_some(end)
    }
}
