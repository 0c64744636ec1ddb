//! Which part of a letter each run of its text is: furniture, a question, an answer, a cited
//! exemption, boilerplate, or plain text. The reader uses it to show the original text with the
//! same highlights as the structured view.

use crate::furniture::segments;
use crate::parse::{Disclosure, Span};

/// The role of a run of text. Later variants win where spans overlap: an exemption quoted
/// inside an answer is shown as the exemption.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Mark {
    /// Text the parser gave no role.
    Plain,
    /// Cookie banners and site chrome.
    Furniture,
    /// Standard paragraphs that are not answers (duty to advise, press lines).
    Boilerplate,
    /// A question as the requester asked it.
    Question,
    /// The authority's answer to a question.
    Answer,
    /// The words that cite an exemption.
    Exemption,
}

impl Mark {
    const ALL: [Mark; 6] =
        [Mark::Plain, Mark::Furniture, Mark::Boilerplate, Mark::Question, Mark::Answer, Mark::Exemption];

    /// Stable name for wire formats.
    pub fn as_str(self) -> &'static str {
        match self {
            Mark::Plain => "plain",
            Mark::Furniture => "furniture",
            Mark::Boilerplate => "boilerplate",
            Mark::Question => "question",
            Mark::Answer => "answer",
            Mark::Exemption => "exemption",
        }
    }
}

/// A run of text with one role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MarkedRun {
    /// Byte offsets into the letter's text.
    pub span: Span,
    /// The role of the run.
    pub mark: Mark,
}

/// Splits the whole text into runs, each with the strongest mark covering it. The runs cover
/// every byte exactly once, in order, and always end on character boundaries.
pub fn marked_runs(text: &str, disclosure: &Disclosure) -> Vec<MarkedRun> {
    let mut spans: Vec<(Span, Mark)> = Vec::new();
    spans.extend(
        segments(text)
            .into_iter()
            .filter(|segment| segment.is_furniture)
            .map(|segment| (Span::new(segment.start, segment.end), Mark::Furniture)),
    );
    spans.extend(disclosure.boilerplate.iter().map(|span| (*span, Mark::Boilerplate)));
    for question in &disclosure.questions {
        spans.push((question.span, Mark::Question));
        if let Some(answer) = &question.answer {
            spans.push((answer.span, Mark::Answer));
        }
    }
    spans.extend(disclosure.exemptions.iter().map(|citation| (citation.span, Mark::Exemption)));

    // A sweep over span boundaries with a count of open spans per mark: linear after sorting.
    let mut events: Vec<(usize, bool, Mark)> = Vec::with_capacity(spans.len() * 2);
    for (span, mark) in spans {
        let (start, end) = (span.start.min(text.len()), span.end.min(text.len()));
        if start < end && text.is_char_boundary(start) && text.is_char_boundary(end) {
            events.push((start, true, mark));
            events.push((end, false, mark));
        }
    }
    events.sort_unstable_by_key(|(position, _, _)| *position);

    let mut open = [0usize; Mark::ALL.len()];
    let strongest = |open: &[usize; 6]| {
        Mark::ALL.iter().rev().copied().find(|mark| open[*mark as usize] > 0).unwrap_or(Mark::Plain)
    };
    let mut runs: Vec<MarkedRun> = Vec::new();
    let mut cursor = 0;
    let push = |runs: &mut Vec<MarkedRun>, start: usize, end: usize, mark: Mark| {
        if start >= end {
            return;
        }
        match runs.last_mut() {
            Some(last) if last.mark == mark && last.span.end == start => last.span.end = end,
            _ => runs.push(MarkedRun { span: Span::new(start, end), mark }),
        }
    };
    for (position, is_start, mark) in events {
        push(&mut runs, cursor, position, strongest(&open));
        cursor = cursor.max(position);
        let count = &mut open[mark as usize];
        *count = if is_start { *count + 1 } else { count.saturating_sub(1) };
    }
    push(&mut runs, cursor, text.len(), strongest(&open));
    runs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse;

    #[test]
    fn runs_cover_the_text_once_in_order() {
        let text = "Quickly exit this site\nI note you seek access to the following information:\n\
                    1. How many officers were suspended?\nI have today decided to disclose some of the information.\n\
                    Q1 - How many officers were suspended?\nThis is withheld under Section 40(2) - Personal information.\n";
        let runs = marked_runs(text, &parse(text));
        let mut expected_start = 0;
        for run in &runs {
            assert_eq!(run.span.start, expected_start, "runs must tile the text with no gap or overlap");
            expected_start = run.span.end;
        }
        assert_eq!(expected_start, text.len(), "the last run must reach the end of the text");
        assert!(runs.iter().any(|run| run.mark == Mark::Furniture), "the exit banner is furniture");
        assert!(runs.iter().any(|run| run.mark == Mark::Question), "the question is marked");
    }
}
