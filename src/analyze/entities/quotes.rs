//! Quoted passages and their speakers.

use super::Sentence;
use std::ops::Range;

/// A mention as quotes see it: entity, block and byte range.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Spot {
    pub entity: usize,
    pub block: usize,
    pub start: usize,
    pub end: usize,
}

/// A quoted passage found in the text, with its speaker's local entity id.
#[derive(Debug, Clone)]
pub(crate) struct Found {
    pub block: usize,
    pub sentence: usize,
    pub text: String,
    pub speaker: Option<usize>,
}

struct Span {
    open: usize,
    inner: Range<usize>,
    close_end: usize,
    double: bool,
}

fn is_pronoun(word: &str) -> bool {
    matches!(word, "he" | "she" | "He" | "She")
}

/// Verbs that attribute a quote to the name next to them.
fn is_attribution(word: &str) -> bool {
    matches!(
        word,
        "said"
            | "says"
            | "say"
            | "told"
            | "tells"
            | "added"
            | "adds"
            | "adding"
            | "wrote"
            | "writes"
            | "according"
            | "stated"
            | "noted"
            | "explained"
            | "insisted"
            | "warned"
            | "argued"
            | "declared"
            | "announced"
            | "claimed"
            | "replied"
            | "asked"
            | "tweeted"
            | "posted"
            | "pledged"
            | "vowed"
            | "urged"
            | "stressed"
            | "emphasised"
            | "emphasized"
            | "recalled"
            | "continued"
            | "concluded"
            | "acknowledged"
            | "admitted"
            | "reported"
            | "commented"
            | "remarked"
            | "quipped"
            | "cautioned"
            | "predicted"
            | "observed"
            | "countered"
            | "responded"
            | "confirmed"
            | "complained"
            | "conceded"
            | "joked"
    )
}

/// Words of `text` inside `range`, as byte ranges; stops at the end of a
/// sentence or at the next quotation mark.
fn words(text: &str, range: Range<usize>, stop_at_boundary: bool) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let Some(slice) = text.get(range.clone()) else {
        return out;
    };
    let mut start: Option<usize> = None;
    let mut prev = ' ';
    for (i, c) in slice.char_indices() {
        let word_char =
            c.is_alphanumeric() || ((c == '\'' || c == '’' || c == '-') && prev.is_alphanumeric());
        if word_char {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push(range.start + s..range.start + i);
        }
        if stop_at_boundary
            && (matches!(c, '!' | '?' | '“' | '"' | '”') || (c == '.' && !prev.is_uppercase()))
        {
            return out;
        }
        prev = c;
    }
    if let Some(s) = start {
        out.push(range.start + s..range.end);
    }
    out
}

/// Longest quote kept, in bytes (some 500 words).
const MAX_QUOTE_BYTES: usize = 3000;

/// The quotation marks of `text` (straight and curly, single and double)
/// with their byte offsets, found byte by byte: the curly ones all start
/// with the byte 0xE2.
fn marks(text: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    text.bytes().enumerate().filter_map(move |(i, b)| match b {
        b'"' => Some((i, '"')),
        b'\'' => Some((i, '\'')),
        0xE2 => text
            .get(i..)
            .and_then(|rest| rest.chars().next())
            .filter(|c| matches!(c, '“' | '”' | '‘' | '’'))
            .map(|c| (i, c)),
        _ => None,
    })
}

/// Quoted passages of one block.
fn spans(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut open: Option<(usize, usize, bool)> = None;
    for (i, c) in marks(text) {
        let prev = text
            .get(..i)
            .and_then(|t| t.chars().next_back())
            .unwrap_or(' ');
        let after = i + c.len_utf8();
        let next = text
            .get(after..)
            .and_then(|t| t.chars().next())
            .unwrap_or(' ');
        let opens_here = !prev.is_alphanumeric() && !next.is_whitespace();
        let closes_here = !prev.is_whitespace() && !next.is_alphanumeric();
        match (c, open) {
            // Glued to a word ("p“lane"), a curly mark is debris, not a quote.
            ('“', _) if !prev.is_alphanumeric() => open = Some((i, after, true)),
            ('"', None) if opens_here => open = Some((i, after, true)),
            ('‘' | '\'', None) if opens_here => open = Some((i, after, false)),
            ('”' | '"', Some((o, s, true))) | ('’' | '\'', Some((o, s, false)))
                if closes_here || c == '”' =>
            {
                out.push(Span {
                    open: o,
                    inner: s..i,
                    close_end: after,
                    double: c != '’' && c != '\'',
                });
                open = None;
            }
            _ => {}
        }
    }
    if let Some((o, s, true)) = open {
        out.push(Span {
            open: o,
            inner: s..text.len(),
            close_end: text.len(),
            double: true,
        });
    }
    out
}

/// Quotes of one article. `spots` are sorted by (block, start);
/// `is_person` says whether a local entity is a person.
pub(crate) fn find(
    blocks: &[&str],
    sentences: &[Sentence],
    spots: &[Spot],
    is_person: &dyn Fn(usize) -> bool,
) -> Vec<Found> {
    let mut out = Vec::new();
    for (b, text) in blocks.iter().enumerate() {
        let lo = spots.partition_point(|s| s.block < b);
        let hi = spots.partition_point(|s| s.block <= b);
        let block = QuoteBlock {
            b,
            text,
            sentences,
            spots,
            lo,
            here: spots.get(lo..hi).unwrap_or(&[]),
            is_person,
        };
        block.quotes(&mut out);
    }
    out
}

/// One block of an article, with the mentions in it, as quotes see it.
struct QuoteBlock<'a> {
    b: usize,
    text: &'a str,
    /// The article's sentences.
    sentences: &'a [Sentence],
    /// The article's mentions.
    spots: &'a [Spot],
    /// Index in `spots` of the block's first mention.
    lo: usize,
    /// The block's mentions.
    here: &'a [Spot],
    is_person: &'a dyn Fn(usize) -> bool,
}

impl QuoteBlock<'_> {
    /// Appends the block's quotes to `out` (which holds the earlier blocks').
    fn quotes(&self, out: &mut Vec<Found>) {
        let (b, text) = (self.b, self.text);
        let spans = spans(text);
        // End of the previous accepted quote in this block: attribution before
        // a quote does not reach back past it.
        let mut last_close: Option<usize> = None;
        for (k, span) in spans.iter().enumerate() {
            let inner = text.get(span.inner.clone()).unwrap_or("").trim();
            if !is_quote(inner, span.double) {
                continue;
            }
            let sentence = self
                .sentences
                .partition_point(|s| (s.block as usize, s.start as usize) <= (b, span.open))
                .saturating_sub(1);
            let next_open = spans.get(k + 1).map_or(text.len(), |n| n.open);
            // After the quote: "…," Yang said / he added / said X / according to X.
            let mut speaker = self.speaker_after(span, next_open);
            // Before the quote: X said, "…" / X told AFP: "…".
            if speaker.is_none() {
                speaker = self.speaker_before(span, sentence, last_close);
            }
            // A paragraph that is only a quote continues the previous speaker's words.
            let opens_block = text.get(..span.open).is_some_and(|h| h.trim().is_empty());
            if speaker.is_none() && opens_block {
                speaker = out
                    .last()
                    .filter(|q: &&Found| q.block + 1 == b)
                    .and_then(|q| q.speaker);
            }
            last_close = Some(span.close_end);
            out.push(Found {
                block: b,
                sentence,
                text: inner.trim_end_matches(',').trim_end().to_string(),
                speaker,
            });
        }
    }

    /// Whom "he" or "she" before `pos` of this block stands for: of the
    /// sentence that last mentions a person, its first person, the
    /// subject ("Trump told reporters that Kim had wanted … '…,' he said"
    /// is Trump).
    fn before_in_article(&self, pos: usize) -> Option<usize> {
        let upto = self.lo + self.here.partition_point(|s| s.start < pos);
        let before = self.spots.get(..upto)?;
        let last = before.iter().rposition(|s| (self.is_person)(s.entity))?;
        let spot = before.get(last)?;
        let sentence_start = self
            .sentences
            .iter()
            .find(|s| {
                s.block as usize == spot.block
                    && s.start as usize <= spot.start
                    && spot.start < s.end as usize
            })
            .map_or(spot.start, |s| s.start as usize);
        before
            .get(..=last)?
            .iter()
            .rev()
            .take_while(|s| s.block == spot.block && s.start >= sentence_start)
            .filter(|s| (self.is_person)(s.entity))
            .last()
            .map(|s| s.entity)
    }

    /// The last person mentioned within `r`, else the last entity.
    fn pick(&self, r: Range<usize>) -> Option<usize> {
        let from = self.here.partition_point(|s| s.start < r.start);
        let to = self.here.partition_point(|s| s.start < r.end);
        let all: Vec<&Spot> = self
            .here
            .get(from..to.max(from))
            .unwrap_or(&[])
            .iter()
            .filter(|s| s.end <= r.end)
            .collect();
        all.iter()
            .rev()
            .find(|s| (self.is_person)(s.entity))
            .or(all.last())
            .map(|s| s.entity)
    }

    /// The speaker named after the quote, up to the next quote: "…," Yang
    /// said / he added / said X / according to X.
    fn speaker_after(&self, span: &Span, next_open: usize) -> Option<usize> {
        let (b, text) = (self.b, self.text);
        // A quote that ends its sentence takes no attribution from the next one.
        let closing = self
            .sentences
            .partition_point(|s| (s.block as usize, s.start as usize) < (b, span.close_end))
            .saturating_sub(1);
        let closes_sentence = self
            .sentences
            .get(closing)
            .is_some_and(|s| s.block as usize == b && s.end as usize == span.close_end);
        if closes_sentence {
            return None;
        }
        let after = words(text, span.close_end..next_open, true);
        let v = after
            .iter()
            .take(16)
            .find(|w| text.get((*w).clone()).is_some_and(is_attribution))?;
        let speaker = self.pick(span.close_end..v.start);
        if speaker.is_some() {
            return speaker;
        }
        let pron = after
            .iter()
            .take_while(|w| w.start < v.start)
            .any(|w| text.get(w.clone()).is_some_and(is_pronoun));
        if pron {
            self.before_in_article(span.open)
        } else {
            self.here
                .iter()
                .find(|s| s.start >= v.end && s.start <= v.end + 25)
                .map(|s| s.entity)
        }
    }

    /// The speaker named before the quote in its sentence, not before the
    /// previous quote's end: X said, "…" / X told AFP: "…".
    fn speaker_before(
        &self,
        span: &Span,
        sentence: usize,
        last_close: Option<usize>,
    ) -> Option<usize> {
        let text = self.text;
        let seg_start = self.sentences.get(sentence).map_or(0, |s| s.start as usize);
        let seg_start = last_close.map_or(seg_start, |c| c.max(seg_start));
        let before = words(text, seg_start..span.open, false);
        let v = before
            .iter()
            .rev()
            .find(|w| text.get((*w).clone()).is_some_and(is_attribution))?;
        let speaker = self.pick(seg_start..v.start);
        if speaker.is_none()
            && before
                .iter()
                .any(|w| w.start < v.start && text.get(w.clone()).is_some_and(is_pronoun))
        {
            return self.before_in_article(seg_start);
        }
        speaker
    }
}

/// A quoted passage long enough to be a quote: four words, or two that end
/// a sentence in double quotation marks; never one so long that its mark
/// was never closed (copying it would make quotes grow with the text).
fn is_quote(inner: &str, double: bool) -> bool {
    if inner.len() > MAX_QUOTE_BYTES {
        return false;
    }
    let n_words = inner.split_whitespace().count();
    let ends_sentence = inner
        .trim_end_matches(['”', '"', '’', '\''])
        .ends_with(['.', '!', '?']);
    n_words >= 4 || (double && n_words >= 2 && ends_sentence)
}

#[cfg(test)]
mod tests {
    use super::spans;

    #[test]
    fn a_curly_mark_inside_a_word_opens_no_quote() {
        let text = "The p“lane docks at the terminal gate every day.";
        assert!(spans(text).is_empty());
        let quoted = "He said “the plane docks at the gate” today.";
        assert_eq!(spans(quoted).len(), 1);
    }
}
