//! The words that trimming a piece reads: question verbs, number words,
//! courtesy titles, titles that are also surnames, and firms' trades.

/// A verb that opens a question ("Will", "Can", "Did"), some of them also
/// given names.
pub(super) fn is_auxiliary(w: &str) -> bool {
    matches!(
        w,
        "Will"
            | "Would"
            | "Can"
            | "Could"
            | "Shall"
            | "Should"
            | "May"
            | "Might"
            | "Must"
            | "Do"
            | "Does"
            | "Did"
            | "Is"
            | "Are"
            | "Was"
            | "Were"
            | "Has"
            | "Have"
            | "Had"
    )
}

/// A number written as a word, which counts the people named after it.
pub(super) fn is_number_word(w: &str) -> bool {
    matches!(
        w,
        "Two"
            | "Three"
            | "Four"
            | "Five"
            | "Six"
            | "Seven"
            | "Eight"
            | "Nine"
            | "Ten"
            | "Dozens"
            | "Hundreds"
            | "Thousands"
            | "Several"
            | "Many"
    )
}

/// A courtesy title, which only a person's name follows.
pub(super) fn is_honorific(word: &str) -> bool {
    matches!(
        word,
        "Mr" | "Mr." | "Mrs" | "Mrs." | "Ms" | "Ms." | "Miss" | "Mme" | "Mme." | "Mlle" | "Messrs"
    )
}

/// A title that is also a common surname, so that it ends a name when no
/// name follows it: "Mervyn King", "Ron Judge".
pub(super) fn is_surname_title(word: &str) -> bool {
    matches!(
        word,
        "King" | "Bishop" | "Prince" | "Duke" | "Mayor" | "Judge" | "Marshal" | "Pope" | "Baron"
    )
}

/// A noun for what a firm does, which news writes before its name and never
/// inside it.
pub(super) fn is_trade_noun(word: &str) -> bool {
    matches!(
        word,
        "conglomerate"
            | "rival"
            | "supermarket"
            | "airline"
            | "bookmaker"
            | "brewer"
            | "carmaker"
            | "automaker"
            | "retailer"
            | "insurer"
            | "lender"
            | "chipmaker"
            | "miner"
            | "broadcaster"
            | "regulator"
            | "watchdog"
            | "supplier"
            | "contractor"
            | "broker"
            | "manufacturer"
            | "distributor"
            | "startup"
            | "drugmaker"
            | "planemaker"
            | "publisher"
            | "grocer"
            | "housebuilder"
            | "wholesaler"
            | "steelmaker"
            | "shipbuilder"
            | "refiner"
            | "outsourcer"
            | "underwriter"
            | "auditor"
            | "bidder"
            | "studio"
            | "label"
            | "developer"
            | "operator"
            | "carrier"
            | "promoter"
            | "newspaper"
            | "bookseller"
            | "toymaker"
            | "jeweller"
    )
}
