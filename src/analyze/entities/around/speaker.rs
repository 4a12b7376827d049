//! A quote's speaker named after its verb: '"It is a start," said Clive
//! Black.' British and wire copy put the verb first once the quote is out.

use super::Around;
use crate::analyze::entities::candidate_words::is_plain_name_word;
use crate::analyze::entities::votes::Votes;
use crate::analyze::entities::EntityKind;

impl Around<'_> {
    /// Two or three plain name words right after a quote's closing "said"
    /// are the speaker's name: a person (a body speaks after "the" or
    /// through "a spokesman for", and its name ends in a kind word:
    /// "said Amnesty International").
    pub(in super::super) fn inverted_speaker(&self, v: &mut Votes) {
        let Some(said) = self.close_before(self.first) else {
            return;
        };
        let Some(verb) = self.tokens.get(said) else {
            return;
        };
        let quote_closes = self
            .text
            .get(..verb.start)
            .map(str::trim_end)
            .is_some_and(|t| t.ends_with(['"', '”', '\'', '’']));
        let plain =
            (2..=3).contains(&self.name.len()) && self.name.iter().all(|w| is_plain_name_word(w));
        if quote_closes && matches!(self.word(said), "said" | "says") && plain {
            v.add(EntityKind::Person, 2.0);
        }
    }
}
