//! Japanese personal names by their sound: romanised Japanese is a run of
//! kana syllables (a consonant or none, then a vowel; or a syllabic "n"),
//! so "Nobuyuki Idei" and "Ryoji Chubachi" read as a person's name though
//! no list holds them.

/// The consonants that open a kana syllable, two letters first.
const ONSETS: &[&str] = &[
    "sh", "ch", "ts", "ky", "gy", "ny", "hy", "my", "ry", "by", "py", "k", "g", "s", "z", "t", "d",
    "n", "h", "b", "p", "m", "r", "j", "f", "w", "y",
];

/// Is `word` (lower case) a run of kana syllables?
fn is_kana_run(word: &str) -> bool {
    let bytes = word.as_bytes();
    let vowel = |b: u8| matches!(b, b'a' | b'e' | b'i' | b'o' | b'u');
    let mut i = 0;
    while i < bytes.len() {
        let rest = &bytes[i..];
        // A doubled consonant ("Hattori", "Hokkaido") opens the next syllable.
        if let [a, b, ..] = rest {
            if a == b && !vowel(*a) && *a != b'n' {
                i += 1;
                continue;
            }
        }
        let onset = ONSETS
            .iter()
            .find(|o| {
                rest.starts_with(o.as_bytes()) && rest.get(o.len()).is_some_and(|&v| vowel(v))
            })
            .map_or(0, |o| o.len());
        match rest.get(onset) {
            Some(&v) if vowel(v) => i += onset + 1,
            // A syllabic "n" before a consonant or at the end ("Ken", "Honda").
            _ if rest.first() == Some(&b'n') => i += 1,
            _ => return false,
        }
    }
    true
}

/// "Nobuyuki Idei", "Toshimasa Iue": two capitalised words of kana
/// syllables, the first of four letters or more, eight in all.
pub(crate) fn is_japanese_name(words: &[&str]) -> bool {
    let [given, family] = words else {
        return false;
    };
    let kana = |w: &str| {
        let mut chars = w.chars();
        chars.next().is_some_and(|c| c.is_ascii_uppercase())
            && chars.all(|c| c.is_ascii_lowercase())
            && is_kana_run(&w.to_ascii_lowercase())
    };
    given.len() >= 4 && given.len() + family.len() >= 8 && kana(given) && kana(family)
}

#[cfg(test)]
mod tests {
    use super::is_japanese_name;

    #[test]
    fn kana_names_are_japanese() {
        for name in [
            ["Nobuyuki", "Idei"],
            ["Ryoji", "Chubachi"],
            ["Toshimasa", "Iue"],
            ["Koya", "Tabata"],
            ["Satoru", "Iwata"],
            ["Junichiro", "Koizumi"],
            ["Masahiro", "Hattori"],
        ] {
            assert!(is_japanese_name(&name), "{name:?}");
        }
    }

    #[test]
    fn other_names_are_not() {
        for name in [
            ["Howard", "Stringer"],
            ["Gordon", "Brown"],
            ["Kim", "Jong"],
            ["Tamil", "Nadu"],
            ["Boko", "Haram"],
            ["Sony", "Ericsson"],
        ] {
            assert!(!is_japanese_name(&name), "{name:?}");
        }
    }
}
