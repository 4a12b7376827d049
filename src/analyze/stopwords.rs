//! Words that never make a key term (see [`super::keyterms`]).

/// English function words plus the reporting verbs, number words, months and
/// fillers of news prose ("said", "according", "reported"), sorted for binary
/// search.
#[rustfmt::skip]
pub(super) const STOP_WORDS: &[&str] = &[
    "about", "above", "according", "across", "added", "after", "again", "against", "ago", "all",
    "almost", "along", "already", "also", "although", "always", "amid", "among", "and", "another",
    "any", "anyone", "anything", "april", "are", "around", "asked", "august", "away", "back",
    "became", "because", "become", "been", "before", "began", "behind", "being", "below",
    "besides", "between", "beyond", "big", "billion", "billions", "both", "but", "came", "can",
    "cannot", "come", "comes", "could", "day", "days", "december", "despite", "did", "does",
    "doing", "done", "down", "dozen", "during", "each", "eight", "either", "else", "even", "ever",
    "every", "february", "few", "first", "five", "for", "four", "friday", "from", "full",
    "further", "gave", "get", "gets", "give", "given", "going", "good", "got", "great", "had",
    "has", "have", "having", "her", "here", "hers", "herself", "high", "him", "himself", "his",
    "how", "however", "hundred", "hundreds", "including", "into", "its", "itself", "january",
    "july", "june", "just", "large", "last", "later", "least", "less", "like", "lot", "made",
    "make", "makes", "many", "may", "might", "million", "millions", "monday", "month", "months",
    "more", "most", "mr", "mrs", "ms", "much", "must", "near", "never", "new", "next", "nine",
    "none", "nor", "not", "november", "now", "october", "off", "often", "old", "once", "one",
    "only", "onto", "other", "others", "our", "ours", "out", "over", "own", "part", "people",
    "per", "percent", "put", "rather", "really", "reported", "reports", "said", "same", "saturday",
    "say", "saying", "says", "second", "see", "seen", "september", "seven", "several", "she",
    "should", "since", "six", "some", "still", "such", "sunday", "take", "taken", "ten", "than",
    "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they",
    "thing", "things", "third", "this", "those", "though", "thousand", "thousands", "three",
    "through", "throughout", "thursday", "thus", "time", "today", "told", "tomorrow", "too",
    "took", "toward", "towards", "tuesday", "two", "under", "until", "upon", "use", "used", "very",
    "via", "want", "wants", "was", "way", "wednesday", "week", "weeks", "well", "went", "were",
    "what", "when", "where", "whether", "which", "while", "who", "whom", "whose", "why", "will",
    "with", "within", "without", "would", "year", "years", "yesterday", "yet", "you", "your",
    "yours",
];
