//! The letter as lines: page furniture dropped, blank lines dropped, whitespace trimmed, each
//! line keeping its byte span, and the list label at its start ("Q1 -", "3A)", "•") read.
//!
//! Every later step works on these lines, so the parser walks the text once and never
//! rescans it per question.

use std::sync::LazyLock;

use super::pattern::Pattern;

use super::model::Span;
use crate::furniture::is_furniture_line;

/// One trimmed, non-blank line of the letter (or one item of a line that packs several bullets).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Line<'t> {
    /// The trimmed text.
    pub text: &'t str,
    /// Where the trimmed text is.
    pub span: Span,
    /// Columns of white space before the text (a tab counts four), which tells a nested list
    /// ("    1. Long-term empty") from the list it sits in.
    pub indent: usize,
    /// True when the line opens the request (see `voice::opens_request`); read once here because
    /// most steps ask it of every line.
    pub opens_request: bool,
}

impl<'t> Line<'t> {
    /// The line without its label, with the span of what is left.
    pub fn content(&self, label: Option<&Label>) -> (&'t str, Span) {
        let skip = label.map_or(0, |label| label.content_offset).min(self.text.len());
        let rest = self.text.get(skip..).unwrap_or("");
        let trimmed = rest.trim_start();
        let start = self.span.start + skip + (rest.len() - trimmed.len());
        (trimmed, Span::new(start, self.span.end))
    }
}

/// Site chrome this module drops on top of `crate::furniture`: notices that web pages about
/// FOI carry and letters never do.
static EXTRA_FURNITURE: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        r"(?i)^(?:coronavirus \(covid-19\)|how we are working to keep our foi requests running.*|this website \(.*no longer live.*|include attachments here|skip to (?:main )?content|leave this site|menu)$",
    )
    .expect("valid furniture pattern")
});

/// Splits the letter into lines, returning them with the spans of the furniture that was dropped.
pub(crate) fn letter_lines(text: &str) -> (Vec<Line<'_>>, Vec<Span>) {
    let mut lines = Vec::new();
    let mut furniture: Vec<Span> = Vec::new();
    let mut offset = 0;
    for raw in text.split_inclusive('\n') {
        let start = offset;
        offset += raw.len();
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            continue;
        }
        let lead = raw.len() - raw.trim_start().len();
        let span = Span::new(start + lead, start + lead + trimmed.len());
        if is_furniture_line(trimmed) || EXTRA_FURNITURE.is_match(trimmed) {
            match furniture.last_mut() {
                Some(last) if text.get(last.end..span.start).is_some_and(|gap| gap.trim().is_empty()) => {
                    last.end = span.end
                }
                _ => furniture.push(span),
            }
            continue;
        }
        let indent = raw[..lead].chars().map(|c| if c == '\t' { 4 } else { 1 }).sum();
        for piece in split_run_on_numbering(Line { text: trimmed, span, indent, opens_request: false }) {
            for part in split_answer_from_question(piece) {
                split_packed_bullets(part, &mut lines);
            }
        }
    }
    for line in &mut lines {
        line.opens_request = super::voice::opens_request(line.text);
    }
    (lines, furniture)
}

/// A year run into the first list number ("Responded Wed 26 February 20251. What was …").
static YEAR_THEN_ITEM: LazyLock<Pattern> =
    LazyLock::new(|| Pattern::new(r"\b(?:19|20)\d{2}(1[.)]\s+[A-Z])").expect("valid run-on pattern"));
/// A list number inside a line: "… this council. 2. Please confirm …".
static INLINE_ITEM: LazyLock<Pattern> =
    LazyLock::new(|| Pattern::new(r#"(?:^|\s)(\d{1,2})[.)]\s+[A-Z\[“"]"#).expect("valid item pattern"));

/// Pages that lose their line breaks print a numbered list on one line ("Postponement 1. Please
/// identify … 2. Please confirm …") or glue its first number to the line before. Such a line is
/// cut before each number of a run 1, 2, 3 … that follows the end of a sentence.
fn split_run_on_numbering(line: Line<'_>) -> Vec<Line<'_>> {
    let mut cuts: Vec<usize> = Vec::new();
    if let Some(item) = YEAR_THEN_ITEM.captures(line.text).and_then(|found| found.get(1)) {
        cuts.push(item.start());
    }
    let mut expected = 1;
    let mut run: Vec<usize> = Vec::new();
    for found in INLINE_ITEM.captures_iter(line.text) {
        let Some(number) = found.get(1) else { continue };
        let value: u32 = number.as_str().parse().unwrap_or(0);
        let before = line.text[..number.start()].trim_end();
        let after_sentence =
            before.is_empty() || before.ends_with(['.', '?', '!', ':', ';', '"', '”', ')']) || value == 1;
        if value == expected && after_sentence {
            run.push(number.start());
            expected += 1;
        } else if value == 1 {
            run = vec![number.start()];
            expected = 2;
        }
    }
    if run.len() >= 2 {
        cuts.extend(run.into_iter().filter(|cut| *cut > 0));
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut pieces = Vec::with_capacity(cuts.len() + 1);
    let mut from = 0;
    for cut in cuts.into_iter().chain(std::iter::once(line.text.len())) {
        let piece = line.text[from..cut].trim();
        if !piece.is_empty() {
            let lead = line.text[from..cut].len() - line.text[from..cut].trim_start().len();
            let start = line.span.start + from + lead;
            pieces.push(Line { text: piece, span: Span::new(start, start + piece.len()), ..line });
        }
        from = cut;
    }
    pieces
}

/// A sentence that asks: by its question mark or its words.
static ASKING_SENTENCE: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"(?i)\?|\bplease\b|\b(?:how (?:many|much|long|often)|could you|can you|would you|i would like)\b")
        .expect("valid asking pattern")
});

/// Pages that print each answer at the end of its numbered question ("1. … per patient per day.
/// The Trust does not have a budget …", "2. … on expenses? Zero.") join two voices on one line.
/// The line is cut before the first sentence that answers, once a sentence has asked and when
/// nothing after it asks again, so the question and its answer are read apart.
fn split_answer_from_question(line: Line<'_>) -> Vec<Line<'_>> {
    if !read_label(line.text).is_some_and(|label| label.is_numbered()) {
        return vec![line];
    }
    // The answer follows the last ask, so only sentence ends after it are tried: one pass.
    let Some(last_ask) = ASKING_SENTENCE.find_iter(line.text).last() else { return vec![line] };
    // A question mark is both the last ask and the end of its sentence.
    let from = last_ask.start();
    let cut = line.text[from..].match_indices(['.', '?', '!']).map(|(at, _)| from + at + 1).find(|&end| {
        let tail = line.text[end..].trim_start();
        end >= last_ask.end()
            && tail.len() < line.text[end..].len()
            && tail.starts_with(|c: char| c.is_uppercase())
            && super::voice::answers_as_authority(tail)
    });
    let Some(cut) = cut else { return vec![line] };
    let answer = line.text[cut..].trim_start();
    let answer_start = line.span.start + (line.text.len() - answer.len());
    vec![
        Line { text: &line.text[..cut], span: Span::new(line.span.start, line.span.start + cut), ..line },
        Line { text: answer, span: Span::new(answer_start, line.span.end), ..line },
    ]
}

/// Some pages flatten a bullet list into one line ("* How many …? * For the last three years …").
/// Such a line is split into one line per bullet so each can become a question.
fn split_packed_bullets<'t>(line: Line<'t>, lines: &mut Vec<Line<'t>>) {
    let marker = match line.text.chars().next() {
        Some(marker @ ('*' | '•')) if line.text[marker.len_utf8()..].starts_with(' ') => marker,
        _ => {
            lines.push(line);
            return;
        }
    };
    let separator = format!(" {marker} ");
    let mut item_start = 0;
    let mut search_from = marker.len_utf8();
    while let Some(found) = line.text[search_from..].find(&separator) {
        let cut = search_from + found;
        push_item(line, item_start, cut, lines);
        item_start = cut + 1;
        search_from = cut + separator.len();
    }
    push_item(line, item_start, line.text.len(), lines);
}

fn push_item<'t>(line: Line<'t>, from: usize, to: usize, lines: &mut Vec<Line<'t>>) {
    let piece = &line.text[from..to];
    let trimmed = piece.trim();
    if trimmed.is_empty() {
        return;
    }
    let lead = piece.len() - piece.trim_start().len();
    let start = line.span.start + from + lead;
    lines.push(Line { text: trimmed, span: Span::new(start, start + trimmed.len()), ..line });
}

/// How a list item is numbered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LabelStyle {
    /// "Q1 -", "Q1a -", "Q.7".
    Q,
    /// "Question 3 -".
    QuestionWord,
    /// "Request 1" as a heading.
    Request,
    /// "Answer 1" or "Response 1" as a heading.
    AnswerHeading,
    /// "1.", "1)", "1,", "1/", "1 -", "(1)".
    Number,
    /// "3A)", "1a)".
    NumberLetter,
    /// "a)", "(b)", "A)", "a.", "ii)".
    Letter,
    /// "•", "*", "-", "–".
    Bullet,
}

/// A list label at the start of a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Label {
    pub style: LabelStyle,
    /// The label without punctuation: "Q1", "3A", "a", "Request 2"; empty for bullets.
    pub text: String,
    /// The number in the label, when it has one.
    pub number: Option<u32>,
    /// Byte offset in the line where the labelled content starts.
    pub content_offset: usize,
}

impl Label {
    /// True for labels that number top-level questions rather than parts.
    pub fn is_numbered(&self) -> bool {
        matches!(self.style, LabelStyle::Q | LabelStyle::QuestionWord | LabelStyle::Number | LabelStyle::NumberLetter)
    }
}

static Q_LABEL: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"^[Qq]\.?\s?(\d{1,3})([a-zA-Z])?(?:\s*[-–—:.)]\s*|\s+)").expect("valid label pattern")
});
static QUESTION_WORD: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"^(?i:question)\s+(\d{1,3})([a-zA-Z])?(?:\s*[-–—:.)]\s*|\s+|$)").expect("valid label pattern")
});
static REQUEST_HEADING: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"^(?i:request)\s+(\d{1,3})\s*(?:[:.]?\s*$|[:\-–]\s*)").expect("valid label pattern")
});
static ANSWER_HEADING: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"^(?:(?i:answer|response|reply)\s+(?:to\s+(?i:request|question)\s+)?(\d{1,3})\b\s*[:.\-–]?\s*|A\.?\s?(\d{1,3})\s*[:.)\-–]\s*)")
        .expect("valid label pattern")
});
static NUMBER_LETTER: LazyLock<Pattern> =
    LazyLock::new(|| Pattern::new(r"^(\d{1,3})\s?([a-zA-Z])\s*[).:]\s*").expect("valid label pattern"));
static NUMBER: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"^(?:\((\d{1,3})\)|(\d{1,3})(?:\s*[.):,/]|\s+[-–—]))\s*").expect("valid label pattern")
});
static LETTER: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"^(?:\(([a-zA-Z]|i{1,3}|iv|vi{0,3}|ix|x)\)|([a-zA-Z]|i{1,3}|iv|vi{0,3}|ix|x)[).])\s*")
        .expect("valid label pattern")
});
static BULLET: LazyLock<Pattern> =
    LazyLock::new(|| Pattern::new(r"^(?:[•·▪‣◦●]\s*|[*\-–—]\s+)").expect("valid label pattern"));

/// The label of every line, read once: most steps look at the labels of many lines.
pub(crate) fn line_labels(lines: &[Line<'_>]) -> Vec<Option<Label>> {
    lines.iter().map(|line| read_label(line.text)).collect()
}

/// False when no label pattern below can match the line's start, so most lines of prose skip
/// them all: labels open with a digit, a bracket, a bullet, "Q", "A", a label word ("Question",
/// "Request", "Answer", "Response", "Reply") or a letter or numeral closed within five bytes.
fn may_open_with_label(line: &str) -> bool {
    let bytes = line.as_bytes();
    let Some(&first) = bytes.first() else { return false };
    if !first.is_ascii_alphabetic() {
        return first.is_ascii_digit() || first == b'(' || first == b'*' || first == b'-' || !first.is_ascii();
    }
    let head = &bytes[..bytes.len().min(9)];
    // Case-insensitive patterns fold some non-ASCII letters into ASCII ones: leave those to them.
    if !head.is_ascii() {
        return true;
    }
    let starts = |word: &[u8]| head.len() >= word.len() && head[..word.len()].eq_ignore_ascii_case(word);
    matches!(first, b'Q' | b'q' | b'A')
        || starts(b"question")
        || starts(b"request")
        || starts(b"answer")
        || starts(b"response")
        || starts(b"reply")
        || bytes[1..bytes.len().min(5)].iter().any(|byte| matches!(byte, b')' | b'.'))
}

/// Reads the list label at the start of a line, if any.
pub(crate) fn read_label(line: &str) -> Option<Label> {
    // A quoted request opens on its quotation mark: "“a. communications …".
    if let Some(quoted) = line.strip_prefix(['“', '"', '‘']) {
        let skipped = line.len() - quoted.len();
        return read_label(quoted).map(|label| Label { content_offset: label.content_offset + skipped, ..label });
    }
    if !may_open_with_label(line) {
        return None;
    }
    let number_of = |text: &str| text.parse::<u32>().ok();
    // "Request 1 - 10:" names a range of requests, not request 1.
    let request_heading = REQUEST_HEADING.captures(line).filter(|found| {
        !line[found.get(0).map_or(line.len(), |whole| whole.end())..].starts_with(|c: char| c.is_ascii_digit())
    });
    if let Some(found) = request_heading {
        let number = number_of(&found[1]);
        // "Request 1" as a heading, or "Request 1: How many …" with its question after it.
        let end = found.get(0).map_or(line.len(), |whole| whole.end());
        return Some(Label {
            style: LabelStyle::Request,
            text: format!("Request {}", &found[1]),
            number,
            content_offset: end,
        });
    }
    if let Some(found) = ANSWER_HEADING.captures(line) {
        let end = found.get(0).map_or(0, |whole| whole.end());
        let digits = found.get(1).or_else(|| found.get(2)).map_or("", |digits| digits.as_str());
        return Some(Label {
            style: LabelStyle::AnswerHeading,
            text: digits.to_string(),
            number: number_of(digits),
            content_offset: end,
        });
    }
    for (pattern, style) in [(&*Q_LABEL, LabelStyle::Q), (&*QUESTION_WORD, LabelStyle::QuestionWord)] {
        if let Some(found) = pattern.captures(line) {
            let letter = found.get(2).map_or("", |letter| letter.as_str());
            let end = found.get(0).map_or(0, |whole| whole.end());
            let prefix = if style == LabelStyle::Q { "Q" } else { "Question " };
            return Some(Label {
                style,
                text: format!("{prefix}{}{}", &found[1], letter.to_ascii_lowercase()),
                number: number_of(&found[1]),
                content_offset: end,
            });
        }
    }
    if let Some(found) = NUMBER_LETTER.captures(line) {
        let end = found.get(0).map_or(0, |whole| whole.end());
        return Some(Label {
            style: LabelStyle::NumberLetter,
            text: format!("{}{}", &found[1], &found[2]),
            number: number_of(&found[1]),
            content_offset: end,
        });
    }
    if let Some(found) = NUMBER.captures(line) {
        let end = found.get(0).map_or(0, |whole| whole.end());
        // "10,000 officers", "2.5 million" and "1/2" are numbers, not labels.
        let digits_end = found.get(1).or_else(|| found.get(2)).map_or(0, |digits| digits.end());
        let after_separator = line[digits_end..].trim_start().get(1..).unwrap_or("");
        if after_separator.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        let digits = found.get(1).or_else(|| found.get(2)).map_or("", |digits| digits.as_str());
        return Some(Label {
            style: LabelStyle::Number,
            text: digits.to_string(),
            number: number_of(digits),
            content_offset: end,
        });
    }
    if let Some(found) = LETTER.captures(line) {
        let end = found.get(0).map_or(0, |whole| whole.end());
        let letter = found.get(1).or_else(|| found.get(2)).map_or("", |letter| letter.as_str());
        // "I." and "A." open sentences too often; only a bracket makes a single capital a label.
        let bracketed = line[..end].contains(')');
        if !bracketed && (line[end..].is_empty() || letter.len() == 1 && letter.chars().all(|c| c.is_ascii_uppercase()))
        {
            return None;
        }
        return Some(Label { style: LabelStyle::Letter, text: letter.to_string(), number: None, content_offset: end });
    }
    if let Some(found) = BULLET.find(line) {
        return Some(Label {
            style: LabelStyle::Bullet,
            text: String::new(),
            number: None,
            content_offset: found.end(),
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label_of(line: &str) -> Option<(LabelStyle, String)> {
        read_label(line).map(|label| (label.style, label.text))
    }

    #[test]
    fn labels_in_their_printed_shapes() {
        assert_eq!(label_of("Q1 - Please tell me"), Some((LabelStyle::Q, "Q1".into())));
        assert_eq!(label_of("Q1a - To date"), Some((LabelStyle::Q, "Q1a".into())));
        assert_eq!(label_of("1, How many"), Some((LabelStyle::Number, "1".into())));
        assert_eq!(label_of("1/ In the following years"), Some((LabelStyle::Number, "1".into())));
        assert_eq!(label_of("3A) How many"), Some((LabelStyle::NumberLetter, "3A".into())));
        assert_eq!(label_of("(b) Your own guidance"), Some((LabelStyle::Letter, "b".into())));
        assert_eq!(label_of("Request 2"), Some((LabelStyle::Request, "Request 2".into())));
        assert_eq!(label_of("10,000 employees"), None);
        assert_eq!(label_of("2.5 million"), None);
    }
}
