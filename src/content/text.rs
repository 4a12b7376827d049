//! The plain-text article format: an optional leading ` date YYYY-MM-DD`
//! marker, paragraphs split by blank lines or one per line, no explicit title.

use super::boilerplate::Boilerplate;
pub use crate::text::first_sentence;
use crate::text::{cut, sentences::Sentences};
use chrono::NaiveDate;
use regex::Regex;
use std::sync::OnceLock;

/// Titles longer than this are cut, at a clause or word boundary.
const MAX_TITLE_CHARS: usize = 110;
/// A title cut at a clause boundary keeps at least this many characters.
const MIN_CLAUSE_TITLE_CHARS: usize = 40;
/// A first line at most this long, followed by a blank line, is a headline.
const MAX_HEADLINE_CHARS: usize = 120;
/// Lines of a hard-wrapped paragraph are at most this long.
const MAX_WRAPPED_LINE_CHARS: usize = 100;
/// A wrapped line falls short of the width by less than the next word and
/// this many characters (wrapping by hand is uneven).
const WRAP_SLACK_CHARS: usize = 12;

/// A parsed plain-text article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlainText {
    /// The leading date marker: the date, or the text that is no valid date.
    pub date: Option<Result<NaiveDate, String>>,
    /// The derived title.
    pub title: String,
    /// The body paragraphs (the headline, when there is one, is not among them).
    pub paragraphs: Vec<String>,
    /// The outlet named by a dateline opening the text, or else by trailing
    /// boilerplate.
    pub source: Option<String>,
    /// True when trailing boilerplate was cut.
    pub boilerplate_cut: bool,
}

fn date_marker() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"^\s*(?i:date):?[\p{Zs}\t]+(\d{4}-\d{1,2}-\d{1,2})\b[\p{Zs}\t]*\n?")
            .expect("valid regex")
    })
}

fn dateline() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"^[\p{Lu}][\p{L}\p{M}\p{Zs}\p{Nd}.,'’/-]{1,60}\((?P<source>\p{Lu}[\p{L}\p{M}\p{Zs}.&]{1,30})\)\s*[-–—]")
            .expect("valid regex")
    })
}

/// Parses a plain-text article (already decoded, LF line endings, no BOM).
pub fn parse(text: &str, boilerplate: &Boilerplate) -> PlainText {
    let (date, rest) = match date_marker().captures(text) {
        Some(caps) => {
            let raw = caps.get(1).map_or("", |m| m.as_str());
            let date = NaiveDate::parse_from_str(raw, "%Y-%m-%d").map_err(|_| raw.to_string());
            let end = caps.get(0).map_or(0, |m| m.end());
            (Some(date), text.get(end..).unwrap_or(""))
        }
        None => (None, text),
    };

    let lines: Vec<&str> = rest.lines().collect();
    let cut = boilerplate.find(&lines);
    let kept = match &cut {
        Some(c) => &lines[..c.from_line],
        None => &lines[..],
    };

    let chunks = split_chunks(kept);
    let mut paragraphs: Vec<String> = chunks.iter().flat_map(|c| chunk_paragraphs(c)).collect();

    let headline = chunks.first().and_then(|first| {
        let line = first.first()?.trim();
        let short = line.chars().count() <= MAX_HEADLINE_CHARS;
        let one_sentence = Sentences::new(line).nth(1).is_none();
        // "SEOUL (Reuters) - …" opens the story: it is never a headline.
        let lead = dateline().is_match(line);
        // A line alone before a blank line; or, where every line is a
        // paragraph, a first line of three words or more that ends no
        // sentence ("Kim Jong Un Inspects Machine Complex").
        let alone = first.len() == 1 && chunks.len() > 1;
        let unpunctuated = first.len() > 1
            && !is_wrapped(first)
            && !ends_sentence(line)
            && line.split_whitespace().count() >= 3;
        (short && one_sentence && !lead && (alone || unpunctuated)).then(|| line.to_string())
    });
    let title = match headline {
        Some(h) => {
            let whole = h.trim_end_matches('.').trim();
            let title = readable_title(whole);
            // A sentence too long for a title would lose words when cut:
            // it stays in the body, as a lead the title is taken from. A
            // headline (no full stop) is only the title, cut or not.
            if title == whole || !h.trim_end().ends_with('.') {
                paragraphs.remove(0);
            }
            title
        }
        None => paragraphs
            .first()
            .map(|p| readable_title(first_sentence(without_dateline(p))))
            .unwrap_or_default(),
    };

    let boilerplate_cut = cut.is_some();
    // A dateline names the outlet that filed the story; trailing
    // boilerplate only the site that carried it.
    let source = paragraphs
        .first()
        .and_then(|p| super::outlet::dateline_at(p))
        .map(|(source, _)| source)
        .or_else(|| cut.and_then(|c| c.source));

    PlainText {
        date,
        title,
        paragraphs,
        source,
        boilerplate_cut,
    }
}

/// A paragraph without its opening dateline ("SEOUL (Reuters) - ",
/// "CAMP DAVID, Maryland — "): the title is the story's first sentence, not
/// where and by whom it was filed.
fn without_dateline(paragraph: &str) -> &str {
    super::outlet::dateline_at(paragraph)
        .map(|(_, body)| body)
        .or_else(|| crate::analyze::entities::dateline::find(paragraph).map(|d| d.body))
        .and_then(|body| paragraph.get(body..))
        .filter(|rest| !rest.trim().is_empty())
        .unwrap_or(paragraph)
}

/// Groups lines into runs separated by blank lines.
fn split_chunks<'a>(lines: &[&'a str]) -> Vec<Vec<&'a str>> {
    let mut chunks = Vec::new();
    let mut current = Vec::new();
    for line in lines {
        if line.trim().is_empty() {
            if !current.is_empty() {
                chunks.push(std::mem::take(&mut current));
            }
        } else {
            current.push(*line);
        }
    }
    if !current.is_empty() {
        chunks.push(current);
    }
    chunks
}

/// A run of lines is one hard-wrapped paragraph when its lines are short and
/// break mid-sentence; otherwise each line is a paragraph of its own.
fn chunk_paragraphs(chunk: &[&str]) -> Vec<String> {
    if is_wrapped(chunk) {
        let joined: Vec<&str> = chunk.iter().map(|l| l.trim()).collect();
        vec![joined.join(" ")]
    } else {
        chunk.iter().map(|l| l.trim().to_string()).collect()
    }
}

/// Are these lines one hard-wrapped paragraph? Several short lines, one of
/// them (bar the last) breaking mid-sentence. The last line of a wrapped
/// paragraph is no longer than the others: a long one is a paragraph of its
/// own after a short line such as a headline. And wrapping fills each line
/// but the last: a line that would have held the next line's first word
/// with room to spare ends a line of its own ("Assembly Session Held" above
/// the story).
fn is_wrapped(chunk: &[&str]) -> bool {
    let body = &chunk[..chunk.len().saturating_sub(1)];
    let width = chunk
        .iter()
        .map(|l| l.trim().chars().count())
        .max()
        .unwrap_or(0);
    let filled = chunk.windows(2).all(|pair| {
        let next_word = pair[1]
            .split_whitespace()
            .next()
            .map_or(0, |w| w.chars().count());
        pair[0].trim().chars().count() + 1 + next_word + WRAP_SLACK_CHARS >= width
    });
    chunk.len() > 1
        && width <= MAX_WRAPPED_LINE_CHARS
        && filled
        && body.iter().any(|l| !ends_sentence(l.trim()))
}

fn ends_sentence(line: &str) -> bool {
    line.ends_with(['.', '!', '?', ':', '"', '”', '’', '\''])
}

/// Cuts a sentence to a readable title: at a clause boundary when one falls in
/// a good place, else at a word boundary with an ellipsis.
pub fn readable_title(sentence: &str) -> String {
    let sentence = sentence.trim();
    let trimmed = sentence
        .strip_suffix('.')
        .filter(|s| !s.ends_with('.'))
        .unwrap_or(sentence)
        .trim_end();
    let head = cut::prefix_at_break(trimmed, MAX_TITLE_CHARS, |_| false);
    if head.len() == trimmed.len() {
        return trimmed.to_string();
    }
    let clause = head
        .rfind([',', ';', '—', '–', ':'])
        .and_then(|i| head.get(..i))
        .filter(|c| c.chars().count() >= MIN_CLAUSE_TITLE_CHARS);
    if let Some(clause) = clause {
        return clause.trim_end().to_string();
    }
    cut::shorten(trimmed, MAX_TITLE_CHARS + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_default(text: &str) -> PlainText {
        parse(text, &Boilerplate::new(true, &[]))
    }

    #[test]
    fn date_marker_followed_by_paragraph() {
        let p = parse_default(" date 2023-09-13 Kim arrived. He left.\n\nSecond paragraph.");
        assert_eq!(
            p.date,
            Some(Ok(NaiveDate::from_ymd_opt(2023, 9, 13).unwrap()))
        );
        assert_eq!(p.paragraphs[0], "Kim arrived. He left.");
        assert_eq!(p.title, "Kim arrived");
    }

    #[test]
    fn date_marker_alone_on_its_line() {
        let p = parse_default("date 2021-07-11\nFirst para here. More.\nSecond para here.");
        assert!(matches!(p.date, Some(Ok(_))));
        assert_eq!(p.paragraphs.len(), 2);
    }

    #[test]
    fn impossible_date_is_reported() {
        let p = parse_default(" date 2023-02-30 Text.");
        assert_eq!(p.date, Some(Err("2023-02-30".to_string())));
    }

    #[test]
    fn no_marker_is_undated() {
        assert_eq!(parse_default("Just text.").date, None);
    }

    #[test]
    fn one_paragraph_per_line() {
        let p = parse_default("First long line ends here.\nSecond line also ends.\nThird.");
        assert_eq!(p.paragraphs.len(), 3);
    }

    #[test]
    fn hard_wrapped_paragraphs_are_joined() {
        let text = "The minister said on Monday that\nthe budget would be cut.\n\nNext paragraph\ncontinues here.";
        let p = parse_default(text);
        assert_eq!(
            p.paragraphs,
            vec![
                "The minister said on Monday that the budget would be cut.",
                "Next paragraph continues here."
            ]
        );
    }

    #[test]
    fn short_first_line_then_blank_is_headline() {
        let p = parse_default("Leaders pledge to strengthen ties.\n\nBody one. Body two.\n\nMore.");
        assert_eq!(p.title, "Leaders pledge to strengthen ties");
        assert_eq!(p.paragraphs, vec!["Body one. Body two.", "More."]);
    }

    #[test]
    fn unpunctuated_first_line_of_line_paragraphs_is_headline() {
        let body = "Pyongyang, November 14 (KCNA) -- The leader inspected the machine complex on Friday with senior officials.";
        let p = parse_default(&format!(
            "Leader Inspects Machine Complex\n{body}\nHe left."
        ));
        assert_eq!(p.title, "Leader Inspects Machine Complex");
        assert_eq!(p.paragraphs, vec![body, "He left."]);
        // One line and one long paragraph: no wrapped paragraph either.
        let p = parse_default(&format!("Leader Inspects Machine Complex\n{body}"));
        assert_eq!(p.paragraphs, vec![body]);
        // Lines that end sentences are paragraphs, the first one too.
        let p = parse_default("Leaders met on Monday.\nThey talked.");
        assert_eq!(p.paragraphs.len(), 2);
    }

    #[test]
    fn long_first_sentence_is_cut_at_clause() {
        let text = "Russia's president and North Korea's leader have vowed to strengthen cooperation, days ahead of a summit in Alaska with the U.S. President, state media reported on Wednesday. Next.";
        let p = parse_default(text);
        assert_eq!(
            p.title,
            "Russia's president and North Korea's leader have vowed to strengthen cooperation"
        );
    }

    #[test]
    fn abbreviations_do_not_end_the_first_sentence() {
        assert_eq!(
            first_sentence("Talks with the U.S. President began. Then more."),
            "Talks with the U.S. President began."
        );
        assert_eq!(first_sentence("Mr. Smith went. Home."), "Mr. Smith went.");
    }

    #[test]
    fn word_cut_gets_ellipsis() {
        let t = readable_title(&"alpha beta gamma delta ".repeat(10));
        assert!(t.ends_with('…'));
        assert!(t.chars().count() <= MAX_TITLE_CHARS + 1);
    }

    #[test]
    fn boilerplate_cut_and_source() {
        let text = "One.\nTwo.\nThree.\nFour.\nA Message from The Daily Planet:\nDear readers,\nPlease give.\n\nRemind me later.";
        let p = parse_default(text);
        assert_eq!(p.paragraphs, vec!["One.", "Two.", "Three.", "Four."]);
        assert_eq!(p.source.as_deref(), Some("The Daily Planet"));
        assert!(p.boilerplate_cut);
    }

    #[test]
    fn a_short_line_above_lines_it_could_have_filled_is_a_headline() {
        let p = parse_default(
            "Assembly Session Held\nPremier Vorn Tal of the Cabinet reported on the state budget.\n\
             The session adopted the Law on Regional Development.\n",
        );
        assert_eq!(p.title, "Assembly Session Held");
        assert_eq!(p.paragraphs.len(), 2, "{:?}", p.paragraphs);
    }

    #[test]
    fn a_headline_too_long_for_a_title_stays_in_the_body() {
        let lead = "The central bank has cut interest rates to a two-year low and warned that the \
                    new budget will push prices up next year.";
        let p = parse_default(&format!(" date 2024-11-07 {lead}\n\nThe committee voted."));
        assert!(p.title.ends_with('…'), "{}", p.title);
        assert_eq!(p.paragraphs.first().map(String::as_str), Some(lead));
    }

    #[test]
    fn dateline_is_no_headline() {
        let p = parse_default("SEOUL (Reuters) - North Korea fired a missile.\n\nMore text here.");
        assert_eq!(p.title, "North Korea fired a missile");
        assert_eq!(p.source.as_deref(), Some("Reuters"));
        assert_eq!(
            p.paragraphs[0],
            "SEOUL (Reuters) - North Korea fired a missile."
        );
    }

    #[test]
    fn empty_text_is_empty() {
        let p = parse_default("   \n\n  ");
        assert!(p.paragraphs.is_empty());
        assert_eq!(p.title, "");
    }
}
