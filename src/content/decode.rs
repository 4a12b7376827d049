//! Bytes to text: UTF-8 (BOM dropped), else Windows-1252; then normalised
//! once for every later stage ([`crate::text::normalize`]).

/// Decodes a file's bytes. Returns the text and, when a fallback encoding was
/// used, a note for the warning list; or why the file is unusable.
pub fn decode(bytes: &[u8]) -> Result<(String, Option<String>), String> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err("file is empty".to_string());
    }
    let sniff = &bytes[..bytes.len().min(8192)];
    if sniff.contains(&0) {
        return Err("looks binary (contains NUL bytes), not a text article".to_string());
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let (text, note) = match std::str::from_utf8(bytes) {
        Ok(s) => (s.to_string(), None),
        Err(e) => {
            let (decoded, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            let note = format!(
                "not valid UTF-8 (first bad byte at offset {}): decoded as Windows-1252",
                e.valid_up_to()
            );
            (decoded.into_owned(), Some(note))
        }
    };
    let text = match crate::text::normalize(&text) {
        std::borrow::Cow::Borrowed(_) => text,
        std::borrow::Cow::Owned(normalized) => normalized,
    };
    Ok((text, note))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_and_crlf_are_silent() {
        let (t, note) = decode(b"\xEF\xBB\xBFa\r\nb").unwrap();
        assert_eq!(t, "a\nb");
        assert!(note.is_none());
    }

    #[test]
    fn latin1_falls_back_with_note() {
        let (t, note) = decode(b"caf\xe9 \x93quoted\x94").unwrap();
        assert_eq!(t, "café “quoted”");
        assert!(note.unwrap().contains("Windows-1252"));
    }

    #[test]
    fn empty_and_binary_are_refused() {
        assert!(decode(b"  \n ").is_err());
        assert!(decode(b"\x89PNG\0\0").is_err());
    }
}
