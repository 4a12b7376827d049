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
    let mut hashes = Vec::new();
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

/// [`hash_of`] of a word (its UTF-8 bytes), the same value: SipHash-1-3
/// with the keys of `DefaultHasher::new`, over the word's bytes and the
/// 0xFF that `str` hashing appends, in one pass. Through the `Hasher`
/// interface each word went into a buffer in two writes; words are most of
/// the copies' hashing.
fn word_hash(bytes: &[u8]) -> u64 {
    #[inline(always)]
    fn round(v: &mut [u64; 4]) {
        v[0] = v[0].wrapping_add(v[1]);
        v[1] = v[1].rotate_left(13) ^ v[0];
        v[0] = v[0].rotate_left(32);
        v[2] = v[2].wrapping_add(v[3]);
        v[3] = v[3].rotate_left(16) ^ v[2];
        v[0] = v[0].wrapping_add(v[3]);
        v[3] = v[3].rotate_left(21) ^ v[0];
        v[2] = v[2].wrapping_add(v[1]);
        v[1] = v[1].rotate_left(17) ^ v[2];
        v[2] = v[2].rotate_left(32);
    }
    // "somepseudorandomlygeneratedbytes" with both keys zero.
    let mut v = [
        0x736f_6d65_7073_6575,
        0x646f_7261_6e64_6f6d,
        0x6c79_6765_6e65_7261,
        0x7465_6462_7974_6573,
    ];
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut m = [0u8; 8];
        m.copy_from_slice(chunk);
        let m = u64::from_le_bytes(m);
        v[3] ^= m;
        round(&mut v);
        v[0] ^= m;
    }
    // The tail, the 0xFF terminator, and the length in the top byte.
    let rest = chunks.remainder();
    let mut tail = [0u8; 8];
    tail.get_mut(..rest.len())
        .unwrap_or(&mut [])
        .copy_from_slice(rest);
    let len = bytes.len() + 1;
    let mut b = (len as u64 & 0xff) << 56;
    if rest.len() == 7 {
        // The terminator completes a word of eight bytes.
        let mut full = [0xffu8; 8];
        full.get_mut(..7).unwrap_or(&mut []).copy_from_slice(rest);
        let m = u64::from_le_bytes(full);
        v[3] ^= m;
        round(&mut v);
        v[0] ^= m;
    } else {
        if let Some(t) = tail.get_mut(rest.len()) {
            *t = 0xff;
        }
        b |= u64::from_le_bytes(tail);
    }
    v[3] ^= b;
    round(&mut v);
    v[0] ^= b;
    v[2] ^= 0xff;
    round(&mut v);
    round(&mut v);
    round(&mut v);
    v[0] ^ v[1] ^ v[2] ^ v[3]
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

/// The MinHash signature of a shingle set: per seed, the least of the
/// shingles mixed with it, kept eight at a time (independent minimums keep
/// the processor busy and fill a vector register; the same signature).
pub(super) fn signature(shingles: &[u64]) -> Vec<u64> {
    let mut signature = Vec::with_capacity(BANDS * ROWS);
    for i in 0..BANDS * ROWS {
        let seed = mix(i as u64 + 1);
        let mut least = [u64::MAX; 8];
        let mut eights = shingles.chunks_exact(8);
        for eight in &mut eights {
            for (m, &s) in least.iter_mut().zip(eight) {
                *m = (*m).min(mix(s ^ seed));
            }
        }
        let mut min = if shingles.is_empty() { 0 } else { u64::MAX };
        for &m in &least {
            min = min.min(m);
        }
        for &s in eights.remainder() {
            min = min.min(mix(s ^ seed));
        }
        signature.push(min);
    }
    signature
}

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

#[cfg(test)]
mod tests {
    use super::{hash_of, word_hash};

    #[test]
    fn word_hash_is_the_default_hash_of_the_word() {
        let letters = "abcdefghij".repeat(4);
        let mut words: Vec<String> = (0..40)
            .map(|n| letters.get(..n).unwrap_or("").to_string())
            .collect();
        words.extend(["", "é", "naïve", "日本語のテキスト", "x7", "copies"].map(String::from));
        for w in &words {
            assert_eq!(word_hash(w.as_bytes()), hash_of(w.as_str()), "{w:?}");
        }
    }
}
