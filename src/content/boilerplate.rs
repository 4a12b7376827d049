//! Trailing boilerplate in scraped articles: donation appeals, newsletter
//! plugs, "originally published" footers. Cut from the text; the outlet they
//! name becomes the article's source when nothing else gives one.

use regex::Regex;

/// Built-in rules: a line matching one of these starts boilerplate. A named
/// group `source` captures the outlet.
const BUILTIN: &[&str] = &[
    r"^(?i:a message from)\s+(?P<source>[^:]{2,60}?)\s*:?\s*$",
    r"^(?i:support (?:independent|quality) journalism)\b",
    r"^(?i:(?:sign up|subscribe) (?:for|to) (?:our|the)\b.*\bnewsletters?)\b",
    r"^(?i:this (?:article|story) (?:was|is|has been) (?:originally |first )?(?:published|republished|reprinted)(?: with permission)? (?:by|on|in|from))\s+(?P<source>[^.,;]{2,60}?)\s*[.,;]?\s*$",
    r"^(?i:(?:copyright|©)\s*(?:\(c\)\s*)?\d{4})\s+(?P<source>[^.,;]{2,60}?)\.?\s*(?i:all rights reserved\.?)?\s*$",
    r"^(?i:remind me later\.?)\s*$",
    r"^(?i:(?:read|see) (?:more|also):)",
    r"^(?i:follow us on)\b",
];

/// Compiled boilerplate rules.
#[derive(Debug, Clone)]
pub struct Boilerplate {
    rules: Vec<Regex>,
}

/// What cutting found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cut {
    /// Index of the first line that is boilerplate.
    pub from_line: usize,
    /// The outlet the boilerplate names, if any.
    pub source: Option<String>,
}

impl Boilerplate {
    /// The built-in rules (when `builtin`) followed by the site's own patterns,
    /// which were validated when site.toml was loaded.
    pub fn new(builtin: bool, extra: &[String]) -> Boilerplate {
        let builtin_rules = BUILTIN.iter().filter(|_| builtin).map(|p| p.to_string());
        let rules = builtin_rules
            .chain(extra.iter().cloned())
            .filter_map(|p| Regex::new(&p).ok())
            .collect();
        Boilerplate { rules }
    }

    /// Finds where trailing boilerplate starts among `lines` (trimmed text
    /// lines). Only the second half of the article is searched, so a story
    /// *about* a newsletter keeps its opening lines.
    pub fn find(&self, lines: &[&str]) -> Option<Cut> {
        let first_candidate = (lines.len() / 2).max(1);
        for (i, line) in lines.iter().enumerate().skip(first_candidate) {
            let line = line.trim();
            for rule in &self.rules {
                if let Some(caps) = rule.captures(line) {
                    let source = caps
                        .name("source")
                        .map(|m| m.as_str().trim().to_string())
                        .filter(|s| !s.is_empty());
                    return Some(Cut {
                        from_line: i,
                        source,
                    });
                }
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<&str> {
        text.lines().collect()
    }

    #[test]
    fn donation_appeal_names_outlet() {
        let b = Boilerplate::new(true, &[]);
        let text =
            "One.\nTwo.\nThree.\nA Message from The Moscow Times:\nDear readers,\nRemind me later.";
        let cut = b.find(&lines(text)).unwrap();
        assert_eq!(cut.from_line, 3);
        assert_eq!(cut.source.as_deref(), Some("The Moscow Times"));
    }

    #[test]
    fn republished_footer() {
        let b = Boilerplate::new(true, &[]);
        let text = "A.\nB.\nC.\nThis article was originally published by The Conversation.";
        let cut = b.find(&lines(text)).unwrap();
        assert_eq!(cut.source.as_deref(), Some("The Conversation"));
    }

    #[test]
    fn copyright_line() {
        let b = Boilerplate::new(true, &[]);
        let cut = b
            .find(&lines("A.\nB.\n© 2024 Reuters. All rights reserved."))
            .unwrap();
        assert_eq!(cut.source.as_deref(), Some("Reuters"));
    }

    #[test]
    fn opening_lines_are_never_cut() {
        let b = Boilerplate::new(true, &[]);
        assert_eq!(b.find(&lines("Follow us on the trail.\nMore text.")), None);
    }

    #[test]
    fn site_patterns_extend_and_builtin_can_be_off() {
        let b = Boilerplate::new(false, &["^--- (?P<source>.+) ---$".to_string()]);
        let cut = b.find(&lines("a\nb\n--- Daily Bugle ---\nads")).unwrap();
        assert_eq!(cut.source.as_deref(), Some("Daily Bugle"));
        assert_eq!(b.find(&lines("a\nb\nc\nRemind me later.")), None);
    }
}
