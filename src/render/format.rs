//! Small formatting helpers shared by the page renderers.

use chrono::NaiveDate;

/// `2023-09-13`.
pub(super) fn iso(date: Option<NaiveDate>) -> Option<String> {
    date.map(|d| d.format("%Y-%m-%d").to_string())
}

/// `13 September 2023`, or "Undated".
pub(super) fn human(date: Option<NaiveDate>) -> String {
    date.map_or_else(
        || "Undated".to_string(),
        |d| d.format("%-d %B %Y").to_string(),
    )
}

/// Minutes to read at 230 words a minute, at least one.
pub(super) fn reading_minutes(words: usize) -> usize {
    words.div_ceil(230).max(1)
}

/// Everything but the unreserved characters of RFC 3986.
const QUERY_VALUE: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// Percent-encodes a query-string value (everything but unreserved characters).
pub(crate) fn query_value(text: &str) -> String {
    percent_encoding::utf8_percent_encode(text, QUERY_VALUE).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        let d = NaiveDate::from_ymd_opt(2023, 9, 3);
        assert_eq!(human(d), "3 September 2023");
        assert_eq!(iso(d).as_deref(), Some("2023-09-03"));
        assert_eq!(reading_minutes(0), 1);
        assert_eq!(reading_minutes(461), 3);
        assert_eq!(
            query_value("Kim Jong Un & co/é"),
            "Kim%20Jong%20Un%20%26%20co%2F%C3%A9"
        );
    }
}
