//! A piece of a run too long to be one name.

use super::discover::Block;

/// Most words a name holds, "the" aside; a longer piece is no name.
pub(super) const MAX_NAME_WORDS: usize = 8;

/// Most words a body's name holds when its kind word opens it.
const MAX_BODY_WORDS: usize = 14;

impl Block<'_> {
    /// The words of `piece` that count toward [`MAX_NAME_WORDS`]: all but
    /// "the" ("Japanese Society for the Study of the Juche Idea" is seven).
    pub(super) fn name_length(&self, piece: &[usize]) -> usize {
        piece.iter().filter(|&&t| self.word(t) != "the").count()
    }

    /// Too long for a name, by [`MAX_NAME_WORDS`]: a body's name may run to
    /// [`MAX_BODY_WORDS`] when its kind word comes early ("Korean Committee
    /// on Measures for Sex Slaves for the Japanese Army and Drafted
    /// Victims").
    pub(super) fn too_long(&self, piece: &[usize]) -> bool {
        let length = self.name_length(piece);
        // Most pieces are short: the kind word is looked up only for long ones.
        let body_first = || {
            piece
                .iter()
                .take(3)
                .any(|&t| super::lexicon::is_org_suffix(self.word(t)))
        };
        length > MAX_BODY_WORDS || (length > MAX_NAME_WORDS && !body_first())
    }

    /// A piece too long to be one name, split before an "of" that a known
    /// place follows: "State Affairs Commission | of the | Democratic
    /// People's Republic of Korea" is a body and a country, where the
    /// whole would be dropped; else before the last "of" that leaves two
    /// names of at most [`MAX_NAME_WORDS`]. Shorter pieces ("Bank of
    /// England") stay.
    pub(super) fn split_overlong(&self, piece: Vec<usize>) -> Vec<Vec<usize>> {
        // "Presidium of the Political Bureau of the WPK Central Committee":
        // a long chain of "of"s is two bodies, however its "the"s count.
        // But "Presidium of the Supreme People's Assembly of the DPRK": a
        // body's body, then the country both belong to, is one name.
        let fits = |piece: &[usize], max: usize| {
            let ofs = piece.iter().filter(|&&t| self.word(t) == "of").count();
            piece.len() <= MAX_NAME_WORDS
                || (self.name_length(piece) <= max
                    && (ofs < 2 || (ofs == 2 && self.ends_in_country(piece))))
        };
        if fits(&piece, MAX_NAME_WORDS) {
            return vec![piece];
        }
        // "Japanese | Ministry of Education, Culture, Sports, Science and
        // Technology": a nationality before a long name only describes it.
        if let Some((&first, rest)) = piece.split_first() {
            if super::lexicon::is_demonym(self.word(first)) && fits(rest, MAX_NAME_WORDS) {
                return vec![rest.to_vec()];
            }
        }
        // A body's long name, its kind word early (see `too_long`).
        if !self.too_long(&piece) && fits(&piece, MAX_BODY_WORDS) {
            return vec![piece];
        }
        let surface = |from: usize, to: usize| {
            let (Some(a), Some(b)) = (self.tokens.get(from), self.tokens.get(to)) else {
                return "";
            };
            self.text.get(a.start..b.end).unwrap_or("")
        };
        let last = piece.last().copied().unwrap_or(0);
        let cut = (1..piece.len()).find_map(|k| {
            let &of = piece.get(k)?;
            if self.word(of) != "of" {
                return None;
            }
            let mut place = k + 1;
            if piece.get(place).is_some_and(|&t| self.word(t) == "the") {
                place += 1;
            }
            let &from = piece.get(place)?;
            super::places::is_known_place(surface(from, last)).then_some((k, place))
        });
        // "Central Committee | of the | General Federation of Trade Unions
        // of Korea": when the body before the country holds an "of" of its
        // own, the country ends a body named after the first "of" that
        // leaves a name short enough.
        let cut = cut.map(|(k, place)| {
            let inner = piece
                .get(..k)
                .is_some_and(|body| body.iter().any(|&t| self.word(t) == "of"));
            inner
                .then(|| self.after_first_of(&piece))
                .flatten()
                .unwrap_or((k, place))
        });
        // Else before the last "of" that leaves two names short enough:
        // "Presidium of the Political Bureau | of the | WPK Central
        // Committee"; not when an "and" may join two names ("… Union of
        // Montana and Native American Rights Fund").
        let joined = piece.iter().any(|&t| matches!(self.word(t), "and" | "&"));
        let cut = cut.or_else(|| {
            if joined {
                return None;
            }
            (1..piece.len()).rev().find_map(|k| {
                let &of = piece.get(k)?;
                if self.word(of) != "of" || k > MAX_NAME_WORDS {
                    return None;
                }
                let mut name = k + 1;
                if piece.get(name).is_some_and(|&t| self.word(t) == "the") {
                    name += 1;
                }
                let &from = piece.get(name)?;
                (piece
                    .get(name..)
                    .is_some_and(|n| self.name_length(n) <= MAX_NAME_WORDS)
                    && super::discover::is_name_start(self.word(from)))
                .then_some((k, name))
            })
        });
        match cut.and_then(|(k, place)| Some((piece.get(..k)?, piece.get(place..)?))) {
            Some((body, place)) => vec![body.to_vec(), place.to_vec()],
            None => vec![piece],
        }
    }

    /// The last "of" of `piece` is followed (past a "the") by a known place
    /// and nothing else.
    fn ends_in_country(&self, piece: &[usize]) -> bool {
        let Some(k) = piece.iter().rposition(|&t| self.word(t) == "of") else {
            return false;
        };
        let rest = piece.get(k + 1..).unwrap_or(&[]);
        let rest = match rest {
            [the, tail @ ..] if self.word(*the) == "the" => tail,
            _ => rest,
        };
        let (Some(&a), Some(&b)) = (rest.first(), rest.last()) else {
            return false;
        };
        let (Some(a), Some(b)) = (self.tokens.get(a), self.tokens.get(b)) else {
            return false;
        };
        self.text
            .get(a.start..b.end)
            .is_some_and(super::places::is_known_place)
    }

    /// The first "of" of `piece` (at `k`) after which the rest (past a
    /// "the") is short enough to be one name, and that name's start:
    /// "Standing Committee of the Political Bureau | of the | Central
    /// Committee of the Communist Party of China".
    fn after_first_of(&self, piece: &[usize]) -> Option<(usize, usize)> {
        (1..piece.len()).find_map(|k| {
            if piece.get(k).is_none_or(|&t| self.word(t) != "of") {
                return None;
            }
            let mut name = k + 1;
            if piece.get(name).is_some_and(|&t| self.word(t) == "the") {
                name += 1;
            }
            let rest = piece.get(name..)?;
            (self.name_length(rest) <= MAX_NAME_WORDS
                && rest
                    .first()
                    .is_some_and(|&t| super::discover::is_name_start(self.word(t))))
            .then_some((k, name))
        })
    }
}
