//! The one list of abbreviations whose full stop may not end a sentence.

/// Titles and name parts written with a full stop that belongs to the
/// word: "Mr.", "Gen.", "St.", "Jr.". The entity tokenizer keeps their
/// dot, and sentences never end after them.
pub(crate) fn is_title(word: &str) -> bool {
    matches!(
        word,
        "Mr" | "Mrs"
            | "Ms"
            | "Messrs"
            | "Mme"
            | "Dr"
            | "Prof"
            | "St"
            | "Sen"
            | "Rep"
            | "Gov"
            | "Gen"
            | "Lt"
            | "Col"
            | "Maj"
            | "Sgt"
            | "Capt"
            | "Adm"
            | "Cmdr"
            | "Rev"
            | "Hon"
            | "Pres"
            | "Ald"
            | "Jr"
            | "Sr"
            | "Mt"
            | "Ft"
    )
}

/// Abbreviations after which a full stop never ends a sentence: they are
/// almost always followed by a name or a number ("Mr. Kim", "No. 5",
/// "Sept. 9"). Case matters: "no." at the end of a sentence is a word.
pub(super) fn is_fixed(word: &str) -> bool {
    is_title(word)
        || matches!(
            word,
            "No" | "Nos"
                | "vs"
                | "Jan"
                | "Feb"
                | "Apr"
                | "Aug"
                | "Sep"
                | "Sept"
                | "Oct"
                | "Nov"
                | "Dec"
                | "approx"
                | "Fig"
                | "fig"
                | "pp"
                | "p"
                | "Vol"
                | "vol"
        )
        || is_lowercase_dotted(word)
}

/// "e.g", "i.e", "a.m": dotted lower-case abbreviations (the last dot is the
/// one being tested, so it is not part of `word`); not a sum ("£1.5bn").
fn is_lowercase_dotted(word: &str) -> bool {
    word.contains('.') && word.chars().all(|c| c == '.' || c.is_lowercase())
}

/// A company's legal form written with a full stop that belongs to the
/// word ("Co.", "Inc."): the entity tokenizer keeps the dot, so that the
/// name runs on ("Hyundai Motor Co. Ltd").
pub(crate) fn is_company_form(word: &str) -> bool {
    matches!(word, "Inc" | "Corp" | "Ltd" | "Co" | "Bros")
}

/// Abbreviations that end a sentence only when a sentence-opening word
/// follows: dotted acronyms ("U.S."), company forms ("Inc."), "etc.".
pub(super) fn is_soft(word: &str) -> bool {
    is_company_form(word)
        || matches!(word, "etc" | "Mass" | "Calif")
        || (word.contains('.') && word.chars().any(char::is_uppercase))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_are_fixed_acronyms_soft() {
        assert!(is_fixed("Mr"));
        assert!(is_fixed("e.g"));
        assert!(!is_fixed("1.5bn") && !is_fixed("2.4m"));
        assert!(!is_fixed("no"));
        assert!(is_soft("U.S"));
        assert!(is_soft("Inc"));
        assert!(!is_soft("Kim"));
    }
}
