//! Where a possessive inside a run of capitalised words belongs to the
//! name ("Guy's Hospital", "Korean People's Army", "the Philosopher's
//! Stone") and where it parts the owner from what it owns ("Pakistan's
//! Supreme Court").

use super::discover::Block;
use super::tokens::is_acronym;
use super::{lexicon, places};

impl Block<'_> {
    /// A plural possessive such as "Farmers'" (apostrophe without "s" after it).
    fn plural_possessive(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.plural_possessive(self.text))
    }

    /// Does a possessive at run position `k` belong inside the name?
    pub(super) fn joins_at(&self, run: &[usize], k: usize) -> bool {
        let word = |k: usize| run.get(k).map_or("", |&t| self.word(t));
        let last = run.last().map_or("", |&t| self.word(t));
        // "At St James' Park": a sentence's capitalised opener may come first.
        let saint = (0..k).any(|i| matches!(word(i), "St" | "St." | "Saint"));
        let suffix_follows = lexicon::is_kind_suffix(last) && k + 1 < run.len();
        // "Prime Minister's Questions": a title alone before the possessive.
        let titles_only = (0..=k).all(|i| {
            let w = word(i);
            lexicon::is_title(w) || lexicon::is_title_modifier(w) || w == "The"
        }) && lexicon::is_title(word(k));
        // "Pan-National Alliance for Korea's Reunification": a country's
        // possessive inside a body's "for" or "of", before one word that
        // ends it (not "… of America's DMCA", what the body has).
        let country_inside = k + 2 == run.len()
            && places::is_country(word(k))
            && !is_acronym(last)
            && self.has_of_head(run, k);
        // "the Alzheimer's Society", "Guy's Hospital", "Sainsbury's Bank":
        // one word's possessive, no place's or known body's, before one
        // word of an institution named after it (not "Pakistan's Supreme
        // Court", "Google's Foundation" is rare).
        let eponym = k + 2 == run.len()
            && (k == 0 || (k == 1 && word(0) == "The"))
            && is_eponymous_institution(last)
            && !places::is_place(word(k))
            && !lexicon::is_org(word(k))
            && !run.get(k).is_some_and(|&t| self.plural_possessive(t));
        // "King's Cross", "Queen's Park", "King's Lynn": a crown's
        // possessive before one word names a place or an institution.
        let crowns = k + 2 == run.len()
            && super::names::is_crown_word(word(k))
            && k.checked_sub(1)
                .is_none_or(|p| word(p).starts_with(char::is_lowercase));
        // "the Standard & Poor's 500 index": a firm of two names, its
        // possessive before the number of its index (not "Boeing's 747").
        let joined_firm = k.checked_sub(1).is_some_and(|p| {
            word(p) == "and"
                || run
                    .get(p)
                    .zip(run.get(k))
                    .is_some_and(|(&a, &b)| self.ampersand(a, b))
        });
        let index = k + 2 == run.len() && joined_firm && last.bytes().all(|b| b.is_ascii_digit());
        joins_across_possessive(word(k), last)
            || index
            || self.common_nouns_title(run, k)
            || eponym
            || crowns
            || self.possessive_title(run, k)
            || titles_only
            || self.place_of_nouns(run)
            || country_inside
            || (saint && suffix_follows)
            // "Farmers' Union", "Fishmongers' Hall" (members named by a
            // common noun or a trade), not "the Beatles' Apple Corps"; its
            // kind word may come before an "of" ("the National Farmers'
            // Union of Scotland"; not "the House of Representatives'
            // Committee on …", one body's of another).
            || (run.get(k).is_some_and(|&t| self.plural_possessive(t))
                && is_plural_of_members(word(k))
                && (suffix_follows
                    || (lexicon::is_kind_suffix(word(k + 1))
                        && !(0..k).any(|i| word(i) == "of"))))
    }

    /// "the Philosopher's Stone", "Destiny's Child", "Hell's Kitchen": one
    /// common noun's possessive before another, both capitalised and
    /// neither a name, a title, a kind word or a generic one, is a title's
    /// two words (apart, each would be a stray capital). Not "Labour's
    /// Manifesto", "the Government's Budget", "Bush's Texas": a body, a
    /// kind word or a place on either side. The two end the run, after
    /// nothing or a small word ("Stevie Wonder and Destiny's Child").
    fn common_nouns_title(&self, run: &[usize], k: usize) -> bool {
        let (Some(&first), Some(&second)) = (run.get(k), run.get(k + 1)) else {
            return false;
        };
        let opens = k
            .checked_sub(1)
            .and_then(|p| run.get(p))
            .is_none_or(|&p| matches!(self.word(p), "and" | "the" | "The" | "of"));
        let (owner, owned) = (self.word(first), self.word(second));
        let common = |w: &str| {
            lexicon::is_english_word(&w.to_lowercase())
                && !lexicon::is_kind_suffix(w)
                && !lexicon::is_of_head(w)
                && !lexicon::is_generic(w)
                && !lexicon::is_title(w)
                && !lexicon::is_org(w)
                && !lexicon::is_demonym(w)
                && !lexicon::is_calendar(w)
                && !places::is_place(w)
                && !is_acronym(w)
        };
        k + 2 == run.len()
            && opens
            && common(owner)
            && common(owned)
            && !super::names::is_given_name(owned)
            && !self.plural_possessive(first)
    }

    /// "in Shepherd's Bush", "at Earl's Court", "to Land's End": after a
    /// preposition of place, one common noun's possessive before another is
    /// one place's name, as is anyone's before a place's kind word ("from
    /// Hawke's Bay"). Not "at Ford's Dagenham plant" (a name after the
    /// possessive, a noun after the run), nor "the Army's Command" (a body
    /// owns it), nor "Apple's Cupertino".
    fn place_of_nouns(&self, run: &[usize]) -> bool {
        let &[first, second] = run else {
            return false;
        };
        let common = |w: &str| {
            lexicon::is_english_word(w)
                && !lexicon::is_kind_suffix(w)
                && !lexicon::is_of_head(w)
                && !places::is_place(w)
        };
        let after_place_preposition = first.checked_sub(1).is_some_and(|p| {
            matches!(self.word(p), "in" | "at" | "near" | "from" | "to") && self.adjacent(p, first)
        });
        // "from Hawke's Bay", "to Martha's Vineyard": anyone's possessive
        // before a place's own kind word.
        let named_place = matches!(
            self.word(second),
            "Bay" | "Cross" | "Bush" | "End" | "Wood" | "Vineyard" | "Head" | "Point"
        ) && !places::is_place(self.word(first))
            && !lexicon::is_org(self.word(first));
        // "at Earl's Court on Friday", not "at Earl's Court exhibition centre".
        after_place_preposition
            && (common(self.word(first)) || named_place)
            && lexicon::is_english_word(self.word(second))
            && self.content_word_after(second).is_none()
    }
}

/// "Farmers", "Fishmongers", "Scientists": a common noun or an agent noun in
/// the plural, whose possessive names a body of its members.
fn is_plural_of_members(word: &str) -> bool {
    lexicon::is_english_word(word)
        || ["ers", "ors", "ists", "ians"]
            .iter()
            .any(|end| word.ends_with(end))
}

/// The word of an institution (or grounds) named after someone in the
/// possessive: "Guy's Hospital", "Franklin's Gardens".
fn is_eponymous_institution(word: &str) -> bool {
    matches!(
        word,
        "Society"
            | "Trust"
            | "Hospital"
            | "College"
            | "Foundation"
            | "Association"
            | "Institute"
            | "Fund"
            | "Bank"
            | "Gardens"
    )
}

/// Names of organisations that open with a plural possessive ("Korean People's Army"),
/// places named for a kind of people ("Mangyongdae Schoolchildren's Palace"),
/// and a title's office ("Attorney General's Office"); not a body after a
/// generic word's possessive ("the Bank's Monetary Policy Committee", "the
/// United Kingdom's Royal Air Force"): that word names another body.
fn joins_across_possessive(stem: &str, last: &str) -> bool {
    matches!(
        stem,
        "People" | "Women" | "Men" | "Children" | "Workers" | "Peoples"
    ) || (["children", "men"].iter().any(|end| stem.ends_with(end))
        && lexicon::is_kind_suffix(last))
        || (lexicon::is_org_suffix(last) && lexicon::is_title(stem) && !places::is_place(stem))
}
