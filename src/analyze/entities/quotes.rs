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

/// Quoted passages of one block.
fn spans(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut open: Option<(usize, usize, bool)> = None;
    let mut prev = ' ';
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let next = it.peek().map_or(' ', |&(_, n)| n);
        let after = i + c.len_utf8();
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
        prev = c;
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
    blocks: &[String],
    sentences: &[Sentence],
    spots: &[Spot],
    is_person: &dyn Fn(usize) -> bool,
) -> Vec<Found> {
    let mut out = Vec::new();
    for (b, text) in blocks.iter().enumerate() {
        let lo = spots.partition_point(|s| s.block < b);
        let hi = spots.partition_point(|s| s.block <= b);
        let here = spots.get(lo..hi).unwrap_or(&[]);
        let before_in_article = |pos: usize| -> Option<usize> {
            let upto = lo + here.partition_point(|s| s.start < pos);
            spots
                .get(..upto)?
                .iter()
                .rev()
                .find(|s| is_person(s.entity))
                .map(|s| s.entity)
        };
        let in_range = |r: Range<usize>| {
            let from = here.partition_point(|s| s.start < r.start);
            let to = here.partition_point(|s| s.start < r.end);
            here.get(from..to.max(from))
                .unwrap_or(&[])
                .iter()
                .filter(move |s| s.end <= r.end)
        };
        let pick = |r: Range<usize>| {
            let all: Vec<&Spot> = in_range(r).collect();
            all.iter()
                .rev()
                .find(|s| is_person(s.entity))
                .or(all.last())
                .map(|s| s.entity)
        };
        let spans = spans(text);
        // End of the previous accepted quote in this block: attribution before
        // a quote does not reach back past it.
        let mut last_close: Option<usize> = None;
        for (k, span) in spans.iter().enumerate() {
            let inner = text.get(span.inner.clone()).unwrap_or("").trim();
            if inner.len() > MAX_QUOTE_BYTES {
                // A quotation mark never closed, not a quote: copying it
                // would make quotes grow with the text.
                continue;
            }
            let n_words = inner.split_whitespace().count();
            let ends_sentence = inner
                .trim_end_matches(['”', '"', '’', '\''])
                .ends_with(['.', '!', '?']);
            if !(n_words >= 4 || (span.double && n_words >= 2 && ends_sentence)) {
                continue;
            }
            let sentence = sentences
                .partition_point(|s| (s.block, s.start) <= (b, span.open))
                .saturating_sub(1);
            let next_open = spans.get(k + 1).map_or(text.len(), |n| n.open);
            // After the quote: "…," Yang said / he added / said X / according to X.
            let mut speaker = None;
            // A quote that ends its sentence takes no attribution from the next one.
            let closing = sentences
                .partition_point(|s| (s.block, s.start) < (b, span.close_end))
                .saturating_sub(1);
            let closes_sentence = sentences
                .get(closing)
                .is_some_and(|s| s.block == b && s.end == span.close_end);
            let after = if closes_sentence {
                Vec::new()
            } else {
                words(text, span.close_end..next_open, true)
            };
            if let Some(v) = after
                .iter()
                .take(16)
                .find(|w| text.get((*w).clone()).is_some_and(is_attribution))
            {
                speaker = pick(span.close_end..v.start);
                if speaker.is_none() {
                    let pron = after
                        .iter()
                        .take_while(|w| w.start < v.start)
                        .any(|w| text.get(w.clone()).is_some_and(is_pronoun));
                    if pron {
                        speaker = before_in_article(span.open);
                    } else {
                        speaker = here
                            .iter()
                            .find(|s| s.start >= v.end && s.start <= v.end + 25)
                            .map(|s| s.entity);
                    }
                }
            }
            // Before the quote: X said, "…" / X told AFP: "…".
            if speaker.is_none() {
                let seg_start = sentences.get(sentence).map_or(0, |s| s.start);
                let seg_start = last_close.map_or(seg_start, |c| c.max(seg_start));
                let before = words(text, seg_start..span.open, false);
                if let Some(v) = before
                    .iter()
                    .rev()
                    .find(|w| text.get((*w).clone()).is_some_and(is_attribution))
                {
                    speaker = pick(seg_start..v.start);
                    if speaker.is_none()
                        && before.iter().any(|w| {
                            w.start < v.start && text.get(w.clone()).is_some_and(is_pronoun)
                        })
                    {
                        speaker = before_in_article(seg_start);
                    }
                }
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
    out
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
