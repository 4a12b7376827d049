//! A character model (orders 1 to 3 with back-off) that invents words shaped like its input:
//! the new names and rare words of a recombined corpus.

use crate::Rng;
use std::collections::{BTreeMap, HashMap};

/// Which character follows each context of 1 to 3 characters, with counts.
pub(crate) struct Chars {
    next: HashMap<String, Vec<(char, u32)>>,
}

impl Chars {
    pub(crate) fn train<'a>(input: impl Iterator<Item = &'a str>) -> Chars {
        let mut counts: HashMap<String, BTreeMap<char, u32>> = HashMap::new();
        for w in input {
            let cs: Vec<char> = "^^^"
                .chars()
                .chain(w.to_lowercase().chars())
                .chain(['$'])
                .collect();
            for i in 3..cs.len() {
                for k in 1..=3 {
                    let ctx: String = cs[i - k..i].iter().collect();
                    *counts.entry(ctx).or_default().entry(cs[i]).or_default() += 1;
                }
            }
        }
        let next = counts
            .into_iter()
            .map(|(k, v)| (k, v.into_iter().collect()))
            .collect();
        Chars { next }
    }

    /// A word that starts with `prefix` and has about `len` characters; None when the model
    /// ran past `len + 2` characters without ending the word.
    pub(crate) fn invent(&self, r: &mut Rng, prefix: &str, len: usize) -> Option<String> {
        let mut cs: Vec<char> = "^^^".chars().chain(prefix.chars()).collect();
        let (min, max) = (len.saturating_sub(2).max(3), len + 2);
        loop {
            if cs.len() - 3 > max {
                return None;
            }
            let may_end = cs.len() - 3 >= min;
            let mut picked = None;
            for k in (1..=3).rev() {
                let ctx: String = cs[cs.len() - k..].iter().collect();
                let opts: Vec<(char, u32)> = self
                    .next
                    .get(&ctx)
                    .map(|o| {
                        o.iter()
                            .copied()
                            .filter(|&(c, _)| may_end || c != '$')
                            .collect()
                    })
                    .unwrap_or_default();
                if !opts.is_empty() {
                    picked = Some(weighted(r, &opts));
                    break;
                }
            }
            match picked {
                Some('$') => return Some(cs[3..].iter().collect()),
                Some(c) => cs.push(c),
                None => cs.push(*r.pick(&['a', 'e', 'i', 'o', 'u'])),
            }
        }
    }
}

fn weighted(r: &mut Rng, opts: &[(char, u32)]) -> char {
    let total: u32 = opts.iter().map(|o| o.1).sum();
    let mut x = r.below(total as usize) as u32;
    for &(c, n) in opts {
        if x < n {
            return c;
        }
        x -= n;
    }
    opts[opts.len() - 1].0
}
