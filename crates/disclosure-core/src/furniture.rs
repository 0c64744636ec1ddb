//! Page furniture: the cookie banners, exit buttons and site chrome that saved web pages carry
//! around the letter itself.
//!
//! The rules are deliberately cheap and line-based: a line is furniture only when it matches a
//! phrase that no FOI letter would use for its own content. A missed banner is a cosmetic flaw;
//! hiding a sentence of the letter would be a real one, so the list errs on the side of keeping.

use std::sync::LazyLock;

use regex::RegexSet;

/// One run of consecutive lines of a document, either the letter's own text or page furniture.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    /// Byte offset of the first character in the document's text.
    pub start: usize,
    /// Byte offset one past the last character (the trailing newline included).
    pub end: usize,
    /// True when the whole run is site chrome rather than the letter.
    pub is_furniture: bool,
}

static FURNITURE_LINE: LazyLock<RegexSet> = LazyLock::new(|| {
    RegexSet::new([
        r"(?i)^quickly exit this site",
        r"(?i)^leave this site$",
        r"(?i)^skip to (main )?content$",
        r"(?i)\bcookies?\b.*\b(preferences|settings|notice|policy|essential)\b",
        r"(?i)^(accept|reject|customise|manage) (all )?cookies",
        r"(?i)^sorry, there was a technical problem",
        r"(?i)^this site is a beta\b",
        r"(?i)^(back to top|print this page|share this page|share on (twitter|facebook|x))$",
        r"(?i)^(was this page (helpful|useful)\??|is this page useful\??|report a problem with this page)",
        r"(?i)^(home|menu|search|close|open menu|breadcrumb)$",
    ])
    .expect("furniture patterns are valid regular expressions")
});

/// True when one line (without its newline) is page furniture.
pub fn is_furniture_line(line: &str) -> bool {
    let line = line.trim();
    !line.is_empty() && FURNITURE_LINE.is_match(line)
}

/// Splits `text` into alternating runs of letter text and furniture, covering every byte once.
///
/// Blank lines join the run before them, so a banner followed by an empty line stays one run.
pub fn segments(text: &str) -> Vec<Segment> {
    let mut segments: Vec<Segment> = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let end = start + line.len();
        let is_blank = line.trim().is_empty();
        let is_furniture = is_furniture_line(line);
        match segments.last_mut() {
            Some(last) if is_blank || last.is_furniture == is_furniture => last.end = end,
            _ => segments.push(Segment { start, end, is_furniture }),
        }
        start = end;
    }
    segments
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_cover_the_text_exactly() {
        let text = "Quickly exit this site by pressing the Escape key Leave this site\n\nDear requester\nAnswer\n";
        let segments = segments(text);
        assert_eq!(segments.len(), 2, "one banner run then one letter run");
        assert!(segments[0].is_furniture);
        assert_eq!(&text[segments[1].start..segments[1].end], "Dear requester\nAnswer\n");
        assert_eq!(segments.last().map(|s| s.end), Some(text.len()), "no byte may be lost");
    }

    #[test]
    fn letter_sentences_about_policies_are_kept() {
        assert!(!is_furniture_line("Please provide your vetting policy and settings for renewal."));
    }
}
