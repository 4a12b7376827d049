//! The index's files are classic scripts, not JSON, so that they load from
//! `file://`: JSON written into a script, safely.

use serde::Serialize;

use super::GLOBAL;

/// Serialises `data` as a classic script assigning it to [`GLOBAL`].
pub(super) fn to_script<T: Serialize>(data: &T) -> String {
    // Serialising plain structs of strings, numbers and maps with string keys
    // cannot fail; fall back to `null` rather than panic all the same.
    let json = serde_json::to_string(data).unwrap_or_else(|_| "null".to_string());
    format!("window.{GLOBAL} = {};\n", escape_json_for_script(&json))
}

/// Rewrites characters that are harmless in JSON but dangerous in an HTML
/// script (`<`, `>`, `&`) or in older JavaScript parsers (U+2028, U+2029) as
/// `\u` escapes. They can only occur inside JSON strings, where the escape
/// means the same character.
pub fn escape_json_for_script(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}
