//! A title's portfolio: the ordinary words that say what an office holder
//! is in charge of ("Home Secretary", "Secretary of State for Work and
//! Pensions", "Senior Policy Adviser") are no name.

use super::discover::Block;
use super::tokens::is_capitalised;
use super::{lexicon, names, places};

impl Block<'_> {
    /// "Work and Pensions Secretary", "Culture, Media and Sport Secretary":
    /// ordinary words that open a list of portfolios ending in an office of
    /// state, no name.
    pub(super) fn portfolio_before_and(&self, p: &[usize]) -> bool {
        let Some(&last) = p.last() else {
            return false;
        };
        // Not "US Secretary of State Rice and Assistant Secretary …": a
        // title or an office before the words says a name follows.
        let after_office = p
            .first()
            .and_then(|f| f.checked_sub(1))
            .is_some_and(|b| lexicon::is_title(self.word(b)) || self.of_state(b));
        if after_office
            || !self
                .words_of(p)
                .iter()
                .all(|w| is_portfolio_word(w) && !lexicon::is_title(w))
        {
            return false;
        }
        let mut listed = false;
        for t in last + 1..self.tokens.len() {
            let w = self.word(t);
            let gap = super::tokens::gap(self.text, self.tokens, t - 1, t);
            if !matches!(gap, Some(" " | ", ")) {
                return false;
            }
            match w {
                "and" => listed = true,
                _ if is_state_office(w) => return listed,
                _ if is_portfolio_word(w) && w.starts_with(char::is_uppercase) => {}
                _ => return false,
            }
        }
        false
    }

    /// "High Commissioner for Refugees", "Secretary of State for Work and
    /// Pensions", "Director of Public Prosecutions": ordinary words after a
    /// title's "for" or "of" are its portfolio, no name (not "the Minister
    /// for Wales", "the chairman of Rangers").
    pub(super) fn portfolio_of_title(&self, first: usize, words: &[&str]) -> bool {
        let portfolio = |w: &str| is_portfolio_word(w);
        if !words
            .iter()
            .all(|w| matches!(*w, "and" | "the") || portfolio(w))
        {
            return false;
        }
        // Back to "of" past the offices listed before this one ("minister of
        // Land and Marine Transport").
        let mut at = first;
        for _ in 0..6 {
            // "minister of Education, Culture and Science": past a list's
            // commas too.
            let listed = |p: usize| {
                super::tokens::gap(self.text, self.tokens, p, at) == Some(", ")
                    && is_capitalised(self.word(p))
            };
            let Some(p) = at
                .checked_sub(1)
                .filter(|&p| self.adjacent(p, at) || listed(p))
            else {
                return false;
            };
            let w = self.word(p);
            if matches!(w, "for" | "of") {
                return p
                    .checked_sub(1)
                    .filter(|&t| self.adjacent(t, p))
                    .is_some_and(|t| is_office_title(self.word(t)));
            }
            // "Secretary of State Rice": the office ends at "State"; a
            // portfolio would follow a "for".
            if (at == first && self.of_state(p))
                || !(w == "and" || (is_capitalised(w) && portfolio(w)))
            {
                return false;
            }
            at = p;
        }
        false
    }

    /// "Senior Policy Adviser", "Chief Operating Officer": ordinary words
    /// held between a title's modifier (or a title) and the title they
    /// qualify are its portfolio, no name (not "Apple Chief Executive",
    /// "Deputy Labour Leader", "State Department Spokesperson": nothing
    /// qualifies the firm, a party or a body is one).
    pub(super) fn portfolio_before_title(&self, piece: &[usize]) -> bool {
        let (Some(&first), Some(&last)) = (piece.first(), piece.last()) else {
            return false;
        };
        let title_after = self.adjacent(last, last + 1) && lexicon::is_title(self.word(last + 1));
        let title_before = first
            .checked_sub(1)
            .is_some_and(|b| self.adjacent(b, first) && lexicon::is_title(self.word(b)));
        let opened = title_before || lexicon::is_title_modifier(self.word(first));
        // The words are listed only for the few pieces a title closes.
        if !(title_after && opened) {
            return false;
        }
        let words = self.words_of(piece);
        words.iter().any(|w| !lexicon::is_title_modifier(w))
            && words.iter().all(|w| {
                // "Staff" of "Senior Staff Attorney" is the rank's, where
                // "Department" of "State Department Spokesperson" is a body.
                (lexicon::is_title_modifier(w) || is_portfolio_word(w))
                    && (!lexicon::is_kind_suffix(w) || *w == "Staff")
            })
    }
}

/// A title whose "of" or "for" names an office: "Minister", "Vice-minister"
/// and the lower case KCNA writes them in ("minister of Culture"), or the
/// "State" of "Secretary of State".
pub(super) fn is_office_title(title: &str) -> bool {
    // "Vice-minister of Railways": the title after a hyphen.
    let head = title.rsplit('-').next().unwrap_or(title);
    lexicon::is_title(title)
        || lexicon::is_title(head)
        || matches!(head, "State" | "minister" | "secretary" | "commissioner")
}

/// An office of state whose holder's portfolio may stand before it:
/// "Information Commissioner", "Home Secretary".
pub(super) fn is_state_office(word: &str) -> bool {
    matches!(
        word,
        "Secretary"
            | "Minister"
            | "Commissioner"
            | "Spokesman"
            | "Spokeswoman"
            | "Ombudsman"
            | "Undersecretary"
    )
}

/// An ordinary word that may name a minister's portfolio ("Industry",
/// "Information"): no institution, party or place of its own.
pub(super) fn is_portfolio_word(w: &str) -> bool {
    lexicon::is_english_word(w)
        && !names::is_institution(w)
        && names::party(w).is_none()
        && !places::is_place(w)
}
