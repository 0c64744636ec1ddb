//! Issues a reviewer should see about the letter as a whole: skipped question numbers,
//! questions left without an answer, boilerplate set aside, and text that stops mid-letter.

use super::boilerplate::BoilerplateKind;
use super::lines::Line;
use super::model::{Decision, IssueKind, Outcome, ParseIssue, Question, Span};

/// One issue per boilerplate block, so the reviewer sees what was not read as an answer.
pub(crate) fn boilerplate_issues(lines: &[Line<'_>], blocks: &[(usize, usize, BoilerplateKind)]) -> Vec<ParseIssue> {
    blocks
        .iter()
        .filter_map(|(first, last, kind)| {
            let span = Span::new(lines.get(*first)?.span.start, lines.get(*last)?.span.end);
            let detail = match kind {
                BoilerplateKind::Section(name) => format!("Standard text ({name}), not an answer"),
                BoilerplateKind::Statement => "Statement of the authority's position, not an answer".to_string(),
            };
            Some(ParseIssue { kind: IssueKind::Boilerplate, detail, span: Some(span) })
        })
        .collect()
}

/// Gaps in the numbering, unanswered questions, a missing request and a cut-off text.
pub(crate) fn question_issues(
    lines: &[Line<'_>],
    questions: &[Question],
    decision: Decision,
    points_to_attachment: bool,
) -> Vec<ParseIssue> {
    let mut issues = Vec::new();
    let mut previous: Option<u32> = None;
    for question in questions {
        let Some(number) = question.number else { continue };
        if question.label.as_deref().is_some_and(|label| label.ends_with(|c: char| c.is_ascii_alphabetic())) {
            continue; // "3A", "Q1a" are parts of a numbered question, not steps in the sequence.
        }
        if let Some(before) = previous.filter(|before| number > before + 1) {
            let missing = if number == before + 2 {
                format!("question {}", before + 1)
            } else {
                format!("questions {} to {}", before + 1, number - 1)
            };
            issues.push(ParseIssue {
                kind: IssueKind::QuestionNumberGap,
                detail: format!("The questions jump from {before} to {number}: {missing} is absent from the letter"),
                span: Some(question.span),
            });
        }
        previous = Some(previous.map_or(number, |before| before.max(number)));
    }

    let truncated = stops_mid_letter(lines);
    let answered_any = questions.iter().any(|question| question.answer.is_some());
    let expects_answers = (answered_any || matches!(decision, Decision::Full)) && !points_to_attachment;
    if expects_answers && !truncated {
        for question in
            questions.iter().filter(|question| question.answer.is_none() && question.outcome == Outcome::Unknown)
        {
            let name = question
                .label
                .clone()
                .unwrap_or_else(|| format!("\"{}\"", question.text.chars().take(60).collect::<String>()));
            issues.push(ParseIssue {
                kind: IssueKind::UnansweredQuestion,
                detail: format!("No answer was found for {name}"),
                span: Some(question.span),
            });
        }
    }
    if questions.is_empty() {
        issues.push(ParseIssue {
            kind: IssueKind::NoQuestions,
            detail: "No request or questions were found".to_string(),
            span: None,
        });
    }
    if truncated {
        let detail = if decision == Decision::Unknown {
            "The text stops mid-letter, before the decision"
        } else {
            "The text stops mid-letter; later answers or reasons may be missing"
        };
        let span = lines.last().map(|line| line.span);
        issues.push(ParseIssue { kind: IssueKind::Truncated, detail: detail.to_string(), span });
    }
    issues
}

/// True when the last line of the letter breaks off: a letter ends with a full sentence or a
/// signature, so a last line without closing punctuation and no sign-off shortly before it
/// means the text was cut.
fn stops_mid_letter(lines: &[Line<'_>]) -> bool {
    let Some(last) = lines.last() else { return false };
    let text = last.text.trim_end();
    let closed = text.ends_with(['.', '?', '!', ')', '”', '"', '’', '\'', ']', '>', ':']);
    let signed = lines.iter().rev().take(5).any(|line| {
        let lower = line.text.to_ascii_lowercase();
        lower.starts_with("yours ") || lower.starts_with("kind regards") || lower.starts_with("regards")
    });
    !closed && !signed
}
