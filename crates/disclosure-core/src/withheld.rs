//! The silences of a letter: the parts that were withheld or are missing, found in a parsed
//! [`Disclosure`] and its text.
//!
//! A question number skipped, a question left without an answer, a table cell suppressed
//! ("*", "<5", "fewer than 5", "[redacted]"), and text removed with a marker are each reported
//! as a [`WithheldPart`] with the reason the letter gives, when it gives one. Nothing here
//! decides whether withholding was right; it only shows where it happened.
//!
//! ```
//! use disclosure_core::{parse::parse, withheld::{withheld_parts, WithheldKind}};
//! let text = "Name of officer: [REDACTED]\n";
//! let parts = withheld_parts(text, &parse(text));
//! assert!(parts.iter().any(|part| part.kind == WithheldKind::RemovedText));
//! ```

use std::sync::LazyLock;

use regex::Regex;

use crate::parse::{Disclosure, IssueKind, Span, Table};

/// What kind of silence a [`WithheldPart`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WithheldKind {
    /// The question numbers skip: a question may have been dropped from the letter.
    MissingQuestion,
    /// A question with no answer tied to it.
    UnansweredQuestion,
    /// A table cell suppressed or marked instead of a figure.
    SuppressedCell,
    /// Text removed and replaced by a marker ("[redacted]", "██").
    RemovedText,
}

impl WithheldKind {
    /// Stable short name: "missing_question", "unanswered_question", "suppressed_cell", "removed_text".
    pub fn as_str(self) -> &'static str {
        match self {
            WithheldKind::MissingQuestion => "missing_question",
            WithheldKind::UnansweredQuestion => "unanswered_question",
            WithheldKind::SuppressedCell => "suppressed_cell",
            WithheldKind::RemovedText => "removed_text",
        }
    }
}

/// One part of a letter that was withheld or is missing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WithheldPart {
    /// What kind of silence.
    pub kind: WithheldKind,
    /// A sentence for the reviewer: the letter's own reason when it gives one.
    pub reason: String,
    /// Where it is in the text, when it has a place.
    pub span: Option<Span>,
    /// The question it belongs to (index into `Disclosure::questions`), when known.
    pub question_idx: Option<usize>,
}

/// Cell texts that stand for a figure held back. Compared after trimming, ignoring case.
const SUPPRESSED_CELLS: &[(&str, &str)] = &[
    ("*", "Marked \"*\" instead of a figure"),
    ("-", "Marked \"-\" instead of a figure (suppressed, or nil)"),
    ("–", "Marked \"–\" instead of a figure (suppressed, or nil)"),
    ("<5", "Suppressed: fewer than 5"),
    ("< 5", "Suppressed: fewer than 5"),
    ("<=5", "Suppressed: 5 or fewer"),
    ("≤5", "Suppressed: 5 or fewer"),
    ("fewer than 5", "Suppressed: fewer than 5"),
    ("less than 5", "Suppressed: fewer than 5"),
    ("[redacted]", "Redacted"),
    ("redacted", "Redacted"),
    ("withheld", "Withheld"),
    ("[withheld]", "Withheld"),
    ("suppressed", "Suppressed"),
    ("exempt", "Withheld as exempt"),
];

/// Markers of removed text: bracketed words and runs of block characters.
static REMOVED_TEXT: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\[\s*(?:redacted|withheld|removed|exempt|name removed|personal data removed)[^\]\n]{0,80}\]|█+|■{3,}",
    )
    .ok()
});

/// A legend that explains a marker: a line starting with "*" followed by words.
static STAR_LEGEND: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(r"(?m)^[ \t]*\*+[ \t]*([A-Za-z][^\n]{3,160})$").ok());

/// Every withheld or missing part of one letter, in text order (those without a place last).
pub fn withheld_parts(text: &str, disclosure: &Disclosure) -> Vec<WithheldPart> {
    let mut parts = Vec::new();
    for issue in &disclosure.issues {
        let kind = match issue.kind {
            IssueKind::QuestionNumberGap => WithheldKind::MissingQuestion,
            IssueKind::UnansweredQuestion => WithheldKind::UnansweredQuestion,
            _ => continue,
        };
        let question_idx =
            issue.span.and_then(|span| disclosure.questions.iter().position(|question| question.span == span));
        parts.push(WithheldPart { kind, reason: issue.detail.clone(), span: issue.span, question_idx });
    }

    let legend = star_legend(text);
    let mut cell_spans = Vec::new();
    for (question_idx, question) in disclosure.questions.iter().enumerate() {
        for table in question.answer.iter().flat_map(|answer| &answer.tables) {
            suppressed_cells(table, Some(question_idx), legend.as_deref(), &mut parts, &mut cell_spans);
        }
    }
    for table in &disclosure.tables {
        suppressed_cells(table, None, legend.as_deref(), &mut parts, &mut cell_spans);
    }

    if let Some(pattern) = REMOVED_TEXT.as_ref() {
        for found in pattern.find_iter(text) {
            let span = Span::new(found.start(), found.end());
            if cell_spans.iter().any(|cell: &Span| cell.start <= span.start && span.end <= cell.end.max(cell.start + 1))
            {
                continue; // Already reported as a suppressed cell.
            }
            let question_idx = disclosure.questions.iter().position(|question| {
                question.answer.as_ref().is_some_and(|answer| answer.span.contains(span))
                    || question.span.contains(span)
            });
            parts.push(WithheldPart {
                kind: WithheldKind::RemovedText,
                reason: format!("Text removed, marked \"{}\"", found.as_str().trim()),
                span: Some(span),
                question_idx,
            });
        }
    }
    parts.sort_by_key(|part| part.span.map_or((usize::MAX, usize::MAX), |span| (span.start, span.end)));
    parts
}

fn suppressed_cells(
    table: &Table,
    question_idx: Option<usize>,
    legend: Option<&str>,
    parts: &mut Vec<WithheldPart>,
    cell_spans: &mut Vec<Span>,
) {
    for cell in table.rows.iter().flatten() {
        let Some(reason) = suppression_reason(&cell.text) else { continue };
        let reason = match (cell.text.trim(), legend) {
            ("*", Some(legend)) => format!("Marked \"*\": {legend}"),
            _ => reason.to_string(),
        };
        cell_spans.push(cell.span);
        parts.push(WithheldPart { kind: WithheldKind::SuppressedCell, reason, span: Some(cell.span), question_idx });
    }
}

/// Why a cell with this text counts as suppressed, or `None` for an ordinary cell.
pub fn suppression_reason(cell: &str) -> Option<&'static str> {
    let trimmed = cell.trim();
    if trimmed.chars().count() >= 2 && trimmed.chars().all(|character| character == '█') {
        return Some("Redacted");
    }
    SUPPRESSED_CELLS.iter().find(|(marker, _)| marker.eq_ignore_ascii_case(trimmed)).map(|(_, reason)| *reason)
}

fn star_legend(text: &str) -> Option<String> {
    let pattern = STAR_LEGEND.as_ref()?;
    let legend = pattern.captures(text)?.get(1)?.as_str().trim();
    Some(legend.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_are_recognised_and_figures_are_not() {
        assert_eq!(suppression_reason(" <5 "), Some("Suppressed: fewer than 5"));
        assert_eq!(suppression_reason("Fewer than 5"), Some("Suppressed: fewer than 5"));
        assert_eq!(suppression_reason("██"), Some("Redacted"));
        assert_eq!(suppression_reason("5"), None, "a figure is not a suppression");
        assert_eq!(suppression_reason("5*"), None, "a footnoted figure is still a figure");
    }
}
