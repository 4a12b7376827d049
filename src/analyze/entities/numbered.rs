//! Numbers inside names: a numbered head's designation ("Terminal 3",
//! "Flight 447"), a sequel's or version's digit ("Shrek 2") and a military
//! unit's ordinal ("82nd Airborne Division").

use super::discover::{is_designation, is_numbered, Block};
use super::tokens::{gap, is_capitalised};
use super::{lexicon, places};

impl Block<'_> {
    /// "the 82nd Airborne Division", "the Guards 105th Tank Division": an
    /// ordinal numeral at token `i`, then a run of capitalised words that
    /// ends in a military unit's word, is that unit's name.
    pub(super) fn unit_run(&self, i: usize) -> Option<(Vec<usize>, usize)> {
        if !(super::trim::is_numeral_ordinal(self.word(i))
            && self.adjacent(i, i + 1)
            && self.name_word(i + 1))
        {
            return None;
        }
        let (rest, j) = self.run_at(i + 1);
        let run: Vec<usize> = std::iter::once(i).chain(rest).collect();
        self.unit_ordinal(&run).then_some((run, j))
    }

    /// `p` opens with an ordinal numeral, and names a military unit: its
    /// last word, or the last before "of", is a unit's ("1st Infantry
    /// Division of the KPA").
    pub(super) fn unit_ordinal(&self, p: &[usize]) -> bool {
        let p = match p {
            [the, rest @ ..] if self.word(*the) == "The" => rest,
            _ => p,
        };
        let Some((&first, rest)) = p.split_first() else {
            return false;
        };
        let head = rest
            .iter()
            .position(|&t| self.word(t) == "of")
            .map_or(rest, |k| rest.get(..k).unwrap_or(&[]));
        super::trim::is_numeral_ordinal(self.word(first))
            && head
                .last()
                .is_some_and(|&t| lexicon::is_military_unit(self.word(t)))
    }

    /// Does the run so far, ending at token `j`, take the number after it:
    /// a numbered head's designation or a sequel's digit?
    pub(super) fn takes_number(&self, run: &[usize], j: usize) -> bool {
        (is_numbered(self.word(j), self.word(j + 1)) || self.sequel(run, j))
            && self.adjacent(j, j + 1)
            || (run.len() >= 2
                && j.checked_sub(1)
                    .is_some_and(|p| is_capitalised(self.word(p)) && self.adjacent(p, j))
                && self.numero(j))
    }

    /// "Taehongdan Potato Farm No. 3", "Symphony No. 5": token `j` is "No."
    /// and a designation follows it in the same line.
    fn numero(&self, j: usize) -> bool {
        self.word(j) == "No"
            && is_designation(self.word(j + 1))
            && gap(self.text, self.tokens, j, j + 1).is_some_and(|g| {
                let g = g.strip_prefix('.').unwrap_or(g);
                !g.is_empty() && g.chars().all(|c| c == ' ' || c == '\u{a0}')
            })
    }

    /// The piece ends in a numbered head and its number ("Flight 447",
    /// "Shrek 2").
    pub(super) fn numbered_tail(&self, piece: &[usize]) -> bool {
        let Some((&number, name)) = piece.split_last() else {
            return false;
        };
        name.last().is_some_and(|&head| {
            is_numbered(self.word(head), self.word(number))
                || self.sequel(name, head)
                || (name.len() >= 2 && self.numero(head))
        })
    }

    /// "Shrek 2", "PlayStation 2", "Windows XP Service Pack 2": a digit
    /// after a name is part of it, as news writes a count under ten in
    /// words, and so are a model's three ("Xbox 360"); not a count or a
    /// score ("2-1", "2 million"), nor after a date, a place or a lone
    /// common word ("Category 4", "Type 2").
    fn sequel(&self, run: &[usize], j: usize) -> bool {
        let number = self.word(j + 1);
        let head = self.word(j);
        let digit = number.len() == 1 && number.bytes().all(|b| (b'1'..=b'9').contains(&b));
        let model = is_model_number(number);
        if !digit && !model {
            return false;
        }
        let after = self
            .tokens
            .get(j + 1)
            .and_then(|t| self.text.get(t.end..))
            .unwrap_or("");
        let counted = matches!(
            after.chars().next(),
            Some('-' | '–' | ':' | '%' | '/' | '.' | ',' | '×')
        ) && after.chars().nth(1).is_some_and(|c| c.is_ascii_digit());
        let next = if self.adjacent(j + 1, j + 2) {
            self.word(j + 2)
        } else {
            ""
        };
        let units = matches!(
            next,
            "million"
                | "billion"
                | "trillion"
                | "bn"
                | "m"
                | "per"
                | "percent"
                | "times"
                | "of"
                | "out"
                | "to"
                | "or"
                | "and"
                | "x"
        ) && !(next == "and" && self.word(j + 3).starts_with(char::is_uppercase))
            // "Acme 300 staff", "Arsenal 100 years old": a count.
            || (model
                && matches!(
                    next,
                    "people"
                        | "staff"
                        | "jobs"
                        | "workers"
                        | "employees"
                        | "members"
                        | "troops"
                        | "soldiers"
                        | "years"
                        | "points"
                        | "votes"
                        | "seats"
                ));
        // "Kewell (Smicer 23)", "(Rui Costa 112)": a team sheet's substitute
        // and his minute, the bracket round both.
        let minute = after.starts_with(')')
            && number.parse::<u32>().is_ok_and(|m| m <= 120)
            && run
                .first()
                .and_then(|&t| self.tokens.get(t))
                .and_then(|t| self.text.get(..t.start))
                .is_some_and(|before| before.ends_with('('));
        if minute {
            return false;
        }
        let words: Vec<&str> = run
            .iter()
            .map(|&t| self.word(t))
            .filter(|w| !lexicon::is_stopword(w))
            .collect();
        let name = words.join(" ");
        !counted
            && !after.starts_with(['-', '–', '%', '/'])
            && !units
            && !lexicon::is_calendar(head)
            && !lexicon::is_stopword(head)
            && !matches!(head, "No" | "No." | "Nos" | "Number")
            && !places::is_place(&name)
            && (words.len() > 1
                || !(lexicon::is_english_word(head)
                    || self.stats.common(head)
                    || super::names::is_given_name(head)))
    }
}

/// "Xbox 360", "Boeing 747", "FTSE 100", "Nokia 6230": a model's or an
/// index's three digits, or four that make no year.
pub(super) fn is_model_number(word: &str) -> bool {
    (word.len() == 3 || (word.len() == 4 && !super::discover::is_year(word)))
        && word.bytes().all(|b| b.is_ascii_digit())
        && !word.starts_with('0')
}
