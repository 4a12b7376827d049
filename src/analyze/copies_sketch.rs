//! What copies are compared by (see [`super`]): a text's words, their
//! five-word shingles hashed, the MinHash signature of the shingle set, and
//! the exact Jaccard similarity of two sets.

use super::{BANDS, ROWS, SHINGLE_WORDS};
use crate::content::Article;
use std::hash::{Hash, Hasher};
use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Calls `word` with each of a text's words, lower case, without
/// punctuation or accents (a stray combining mark in a scraped copy neither
/// splits nor changes a word), as bytes of UTF-8.
fn each_word(article: &Article, mut word: impl FnMut(&[u8])) {
    let mut buffer = String::new();
    for block in &article.blocks {
        if block.is_ascii() {
            // Decomposing ASCII changes nothing and marks none: a word is a
            // run of letters and digits, hashed where it stands unless it
            // has capitals to lower.
            let runs = block.as_bytes().split(|b| !b.is_ascii_alphanumeric());
            for run in runs.filter(|r| !r.is_empty()) {
                if run.iter().any(u8::is_ascii_uppercase) {
                    buffer.clear();
                    buffer.extend(run.iter().map(|b| char::from(b.to_ascii_lowercase())));
                    word(buffer.as_bytes());
                } else {
                    word(run);
                }
            }
            continue;
        }
        // Character by character, as NFD does before it reorders the
        // combining marks that follow a character: all are dropped here,
        // so their order never shows.
        buffer.clear();
        for c in block.chars() {
            if c.is_ascii() {
                // What the decomposition below does to ASCII, without it.
                if c.is_ascii_alphanumeric() {
                    buffer.push(c.to_ascii_lowercase());
                } else if !buffer.is_empty() {
                    word(buffer.as_bytes());
                    buffer.clear();
                }
                continue;
            }
            decompose_canonical(c, |d| {
                if !is_combining_mark(d) {
                    if d.is_alphanumeric() {
                        buffer.extend(d.to_lowercase());
                    } else if !buffer.is_empty() {
                        word(buffer.as_bytes());
                        buffer.clear();
                    }
                }
            });
        }
        if !buffer.is_empty() {
            word(buffer.as_bytes());
        }
    }
}

/// The hash of each of a text's words (see [`each_word`]), in order: a word
/// is hashed once, not once per shingle holding it.
pub(super) fn word_hashes(article: &Article) -> Vec<u64> {
    // About one hash per word counted at load (punctuation splits a few more).
    let mut hashes = Vec::with_capacity(article.word_count + article.word_count / 8);
    each_word(article, |w| hashes.push(word_hash(w)));
    hashes
}

/// A text's words (see [`each_word`]) joined by single spaces: equal for
/// exact copies. Only made for texts whose word hashes are equal.
pub(super) fn text(article: &Article) -> Vec<u8> {
    let mut text = Vec::new();
    each_word(article, |w| {
        if !text.is_empty() {
            text.push(b' ');
        }
        text.extend_from_slice(w);
    });
    text
}

pub(super) fn hash_of<T: Hash + ?Sized>(value: &T) -> u64 {
    // `DefaultHasher::new` has fixed keys: the same text hashes the same
    // in every build.
    let mut h = std::hash::DefaultHasher::new();
    value.hash(&mut h);
    h.finish()
}

/// The hash of a word (its UTF-8 bytes): foldhash with a fixed seed, so the
/// same word hashes the same in every build. Words are most of the copies'
/// hashing, and their hashes are only compared for equality (shingles,
/// exact copies): SipHash's resistance to chosen collisions buys nothing
/// here, at three times foldhash's cost on short words.
fn word_hash(bytes: &[u8]) -> u64 {
    use std::hash::BuildHasher;
    const STATE: foldhash::quality::FixedState =
        foldhash::quality::FixedState::with_seed(0x636f_7069_6573);
    STATE.hash_one(bytes)
}

/// SplitMix64's finaliser: one of the signature's hash functions per seed.
#[inline(always)]
fn mix(mut x: u64) -> u64 {
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// The hash of a run of words, from their hashes, in order.
fn shingle(words: &[u64]) -> u64 {
    words
        .iter()
        .fold(words.len() as u64, |acc, &w| mix(acc ^ w))
}

/// The text's shingles (from its word hashes), hashed, sorted, without repeats.
pub(super) fn shingles(words: &[u64]) -> Vec<u64> {
    let mut out: Vec<u64> = if words.len() < SHINGLE_WORDS {
        vec![shingle(words)]
    } else {
        words.windows(SHINGLE_WORDS).map(shingle).collect()
    };
    out.sort_unstable();
    out.dedup();
    out
}

/// The MinHash signature of a shingle set, by one-permutation hashing: each
/// shingle is mixed once, and the mix's top bits choose which of the
/// signature's slots it competes for, so a slot holds the least of its own
/// share of the shingles. Two sets agree in a slot with probability their
/// Jaccard similarity, as with one hash function per slot, for one mix per
/// shingle instead of one per shingle and slot (64). A slot no shingle
/// reached (a text of few shingles) borrows, rotated and re-mixed with its
/// distance, the value of the next filled slot, so equal sets still agree
/// there and unequal ones seldom do.
pub(super) fn signature(shingles: &[u64]) -> Vec<u64> {
    const SLOTS: usize = BANDS * ROWS;
    // The slot is the mix's top bits; the rest is what competes.
    const SLOT_BITS: u32 = SLOTS.trailing_zeros();
    const _: () = assert!(SLOTS.is_power_of_two());
    let mut least = vec![u64::MAX; SLOTS];
    for &s in shingles {
        let h = mix(s ^ SIGNATURE_SEED);
        let slot = (h >> (u64::BITS - SLOT_BITS)) as usize;
        if let Some(m) = least.get_mut(slot) {
            *m = (*m).min(h << SLOT_BITS);
        }
    }
    if least.iter().all(|&m| m == u64::MAX) {
        return vec![0; SLOTS];
    }
    (0..SLOTS)
        .map(|slot| {
            (0..SLOTS)
                .find_map(|distance| {
                    let filled = least[(slot + distance) % SLOTS];
                    (filled != u64::MAX).then(|| match distance {
                        0 => filled,
                        _ => mix(filled ^ mix(distance as u64)),
                    })
                })
                .unwrap_or(0)
        })
        .collect()
}

/// The seed the shingles are mixed with for [`signature`].
const SIGNATURE_SEED: u64 = 0x9e37_79b9_7f4a_7c15;

/// Jaccard similarity of two sorted sets.
pub(super) fn jaccard(a: &[u64], b: &[u64]) -> f64 {
    let (mut i, mut j, mut shared) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let union = a.len() + b.len() - shared;
    if union == 0 {
        0.0
    } else {
        shared as f64 / union as f64
    }
}
