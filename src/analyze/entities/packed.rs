//! An article's sentences and tokens, packed (12 bytes a token instead of
//! 40) and kept from the pass that counts capitalisation to the pass that
//! discovers names, so that a block is split and tokenised once.

use super::tokens::Token;
use std::ops::Range;

/// One token in 12 bytes instead of 40: see [`Packed`].
#[derive(Debug, Clone, Copy)]
struct PackedToken {
    start: u32,
    sentence: u32,
    len: u16,
    possessive: u8,
    initial: bool,
}

/// The sentences and tokens of an article's blocks, packed, kept from the
/// pass that counts capitalisation to the pass that discovers names so
/// that a block is not split and tokenised twice.
#[derive(Debug, Default)]
pub(crate) struct Packed {
    /// Per block: the end of its sentences and of its tokens in the lists below.
    blocks: Vec<(u32, u32)>,
    sentences: Vec<(u32, u32)>,
    tokens: Vec<PackedToken>,
}

impl Packed {
    /// The article's bytes in memory.
    pub(crate) fn bytes(&self) -> usize {
        self.blocks.len() * 8 + self.sentences.len() * 8 + self.tokens.len() * 12
    }

    /// Appends a block's sentences and tokens; `None` (and nothing kept)
    /// when an offset does not fit, in a block far larger than prose.
    pub(crate) fn push(&mut self, sentences: &[Range<usize>], tokens: &[Token]) -> Option<()> {
        let small = |n: usize| u32::try_from(n).ok();
        for r in sentences {
            self.sentences.push((small(r.start)?, small(r.end)?));
        }
        for t in tokens {
            self.tokens.push(PackedToken {
                start: small(t.start)?,
                sentence: small(t.sentence)?,
                len: u16::try_from(t.end - t.start).ok()?,
                possessive: u8::try_from(t.full_end - t.end).ok()?,
                initial: t.initial,
            });
        }
        self.blocks
            .push((small(self.sentences.len())?, small(self.tokens.len())?));
        Some(())
    }

    /// Block `b`'s sentences and tokens, as [`crate::text::split_sentences`]
    /// and [`super::tokens::tokenize`] gave them; `None` for a block not kept.
    pub(crate) fn block(&self, b: usize) -> Option<(Vec<Range<usize>>, Vec<Token>)> {
        let &(s_end, t_end) = self.blocks.get(b)?;
        let (s_start, t_start) = match b.checked_sub(1) {
            Some(p) => *self.blocks.get(p)?,
            None => (0, 0),
        };
        let sentences = self
            .sentences
            .get(s_start as usize..s_end as usize)?
            .iter()
            .map(|&(start, end)| start as usize..end as usize)
            .collect();
        let tokens = self
            .tokens
            .get(t_start as usize..t_end as usize)?
            .iter()
            .map(|p| {
                let start = p.start as usize;
                let end = start + usize::from(p.len);
                Token {
                    start,
                    end,
                    full_end: end + usize::from(p.possessive),
                    sentence: p.sentence as usize,
                    initial: p.initial,
                }
            })
            .collect();
        Some((sentences, tokens))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze::entities::tokens::tokenize;
    use crate::text::split_sentences;

    #[test]
    fn packed_tokens_come_back_as_tokenised() {
        let blocks = [
            "Kim said: “We win.” Then Putin's aides left.",
            "",
            "LONDON (Reuters) - The Farmers' Union met Dr. No in the U.S.",
        ];
        let mut packed = Packed::default();
        let mut direct = Vec::new();
        for text in blocks {
            let s = split_sentences(text);
            let t = tokenize(text, &s);
            assert!(packed.push(&s, &t).is_some());
            direct.push(format!("{s:?} {t:?}"));
        }
        for (b, expected) in direct.iter().enumerate() {
            let (s, t) = packed.block(b).expect("kept");
            assert_eq!(&format!("{s:?} {t:?}"), expected);
        }
        assert!(packed.block(blocks.len()).is_none());
    }
}
