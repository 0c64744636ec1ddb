//! The request: its questions as the requester numbered them, their sub-parts, clarifications,
//! and answers printed straight under a question inside the request.
//!
//! Numbering is read generically: digits, "Q1", "3A)", "Request 1" headings, letters, bullets,
//! or none at all (then each line that asks something is a question). Lists nested under a
//! question ("as follows: 1. 2016/17 2. 2017/18") are parts, not new questions.

use std::sync::LazyLock;

use regex::Regex;

use super::lines::{read_label, Label, LabelStyle, Line};
use super::model::{Located, QuestionPart, Span};
use super::voice::Voice;

/// A question being read, with the lines that belong to it.
#[derive(Debug, Clone)]
pub(crate) struct DraftQuestion {
    pub label: Option<String>,
    pub number: Option<u32>,
    /// How the question was labelled, to tell sibling bullets from parts.
    pub style: Option<LabelStyle>,
    pub text_pieces: Vec<String>,
    pub span: Span,
    pub parts: Vec<QuestionPart>,
    /// Lines answering the question inside the request (publishers that interleave).
    pub inline_answer: Vec<usize>,
}

impl DraftQuestion {
    pub(crate) fn new(label: Option<&Label>, text: &str, span: Span) -> Self {
        DraftQuestion {
            label: label.filter(|label| !label.text.is_empty()).map(|label| label.text.clone()),
            number: label.and_then(|label| label.number),
            style: label.map(|label| label.style),
            text_pieces: vec![text.to_string()],
            span,
            parts: Vec::new(),
            inline_answer: Vec::new(),
        }
    }

    /// The question's words on one line.
    pub fn text(&self) -> String {
        self.text_pieces.iter().filter(|piece| !piece.is_empty()).cloned().collect::<Vec<_>>().join(" ")
    }
}

/// What the request section yielded.
#[derive(Debug, Default)]
pub(crate) struct RequestReading {
    pub questions: Vec<DraftQuestion>,
    pub clarifications: Vec<Located>,
    /// Line indexes that belong to the request (questions and their context), for citation filtering.
    pub requester_lines: Vec<usize>,
}

/// Words that open a question or a request for information when no number does.
static ASKING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:and\s+|also,?\s+|further,?\s+)?(?:(?:please|kindly)\s+(?:can|could|would)?\s*(?:you\s+)?(?:provide|tell|confirm|state|disclose|detail|give|send|supply|list|advise|share|let|explain|break|include|indicate|specify|outline)|(?:can|could|would|will)\s+(?:you|the|your)|how\s+(?:many|much|long|often|is|are|do|does|did|was|were|has|have)|what|which|when|where|who|whom|whose|why|do|does|did|is|are|was|were|has|have|i\s+(?:would|wish)\s+(?:like\s+)?to\s+(?:request|know|ask|see|receive|obtain)|i\s+am\s+(?:requesting|writing\s+to\s+request)|under the freedom of information act,?\s+(?:please|i)|the (?:total )?number of)\b",
    )
    .expect("valid asking pattern")
});

/// A clarification or refinement agreed after the request.
static CLARIFICATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:clarification|clarified request|re-?defined|refined request|revised request|following clarification|you (?:clarified|responded|replied)|further to (?:our|my) (?:email|request for clarification))\b")
        .expect("valid clarification pattern")
});

/// Opening words of an answer printed inside the request ("a) We follow national guidance").
static ANSWER_VOICE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:(?:yes|no)\b[,.;:]?(?:\s|$)|(?:we|our)\s|(?:no|nil|none|n/?a)\s*(?:information|data|records?|\.|$)|(?:this|the) information (?:is|was)\b|(?:information )?not held\b|see attached\b)",
    )
    .expect("valid answer-voice pattern")
});

/// True when a line opens with words that ask for something.
pub(crate) fn opens_with_asking(text: &str) -> bool {
    ASKING.is_match(text)
}

/// True when a line asks for something, whatever its numbering.
pub(crate) fn is_asking(text: &str) -> bool {
    text.ends_with('?') || ASKING.is_match(text)
}

fn sounds_like_answer(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    ANSWER_VOICE.is_match(text) && !lower.contains("please") && !lower.contains("if so") && !lower.contains("if not")
}

/// Reads the questions from the lines the requester speaks.
pub(crate) fn read_request(lines: &[Line<'_>], voices: &[Voice]) -> RequestReading {
    let labels: Vec<Option<Label>> = lines.iter().map(|line| read_label(line.text)).collect();
    let requester = |index: usize| voices.get(index) == Some(&Voice::Requester);
    let uses_request_headings =
        (0..lines.len()).any(|i| labels[i].as_ref().is_some_and(|l| l.style == LabelStyle::Request));
    let numbered = (0..lines.len()).any(|i| requester(i) && labels[i].as_ref().is_some_and(Label::is_numbered));

    let mut reading = RequestReading::default();
    let mut current: Option<DraftQuestion> = None;
    let mut last_number = 0u32;
    let mut in_clarification: Option<Located> = None;
    let mut nested_list = false;
    let mut previous_text = "";
    let mut previous_label: Option<&Label> = None;
    let mut question_indent = 0usize;

    for (index, line) in lines.iter().enumerate() {
        let label = labels[index].as_ref();
        if !requester(index) {
            // Request headings reopen the request even after the authority has spoken.
            if let Some(draft) = current.take() {
                reading.questions.push(draft);
            }
            if let Some(clarification) = in_clarification.take() {
                reading.clarifications.push(clarification);
            }
            previous_text = line.text;
            continue;
        }
        reading.requester_lines.push(index);
        let (content, content_span) = line.content(label);

        if CLARIFICATION.is_match(line.text) {
            if let Some(clarification) = in_clarification.take() {
                reading.clarifications.push(clarification);
            }
            in_clarification = Some(Located { value: String::new(), span: line.span });
            previous_text = line.text;
            continue;
        }
        if let Some(clarification) = in_clarification.as_mut() {
            let continues_sequence = label.is_some_and(|label| {
                matches!(label.style, LabelStyle::Number | LabelStyle::Q | LabelStyle::Request)
                    && label.number == Some(last_number + 1)
                    && !previous_text.ends_with([':', '?'])
            });
            if !continues_sequence {
                if !clarification.value.is_empty() {
                    clarification.value.push(' ');
                }
                clarification.value.push_str(line.text);
                clarification.span.end = line.span.end;
                previous_text = line.text;
                continue;
            }
            if let Some(done) = in_clarification.take() {
                reading.clarifications.push(done);
            }
        }

        let started_by_bullet = current.as_ref().is_some_and(|draft| draft.style == Some(LabelStyle::Bullet));
        // "  1. A list of … recorded as:\n    1. Long-term empty": a list indented under a
        // numbered question is its parts, whatever its numbers.
        let indented_under_question =
            current.as_ref().is_some_and(|draft| draft.style.is_some_and(|style| style != LabelStyle::Bullet))
                && line.indent >= question_indent + 2;
        // "Management of Subject Access Requests:" then "1. …": a headed section numbers again from 1.
        let section_heading_before =
            previous_label.is_none() && previous_text.ends_with(':') && !is_asking(previous_text);
        let starts_question = match label.map(|label| label.style) {
            _ if indented_under_question && label.is_some_and(Label::is_numbered) => false,
            Some(LabelStyle::Request) => true,
            Some(LabelStyle::AnswerHeading) => false,
            Some(LabelStyle::Q | LabelStyle::QuestionWord | LabelStyle::Number | LabelStyle::NumberLetter)
                if !uses_request_headings =>
            {
                let number = label.and_then(|label| label.number).unwrap_or(0);
                let same_stem =
                    label.is_some_and(|label| label.style == LabelStyle::NumberLetter) && number == last_number;
                if current.is_some() && !is_asking(content) && (nested_list || previous_text.ends_with(':')) {
                    // "in each of the following years: 4. 2018 5. 2019" is a list inside a question.
                    nested_list = true;
                    false
                } else {
                    nested_list = false;
                    let restarts = number <= last_number
                        && !same_stem
                        && !(number == 1 && section_heading_before && is_asking(content));
                    !restarts && number <= last_number + 10
                }
            }
            Some(LabelStyle::Q | LabelStyle::QuestionWord | LabelStyle::Number | LabelStyle::NumberLetter) => false,
            Some(LabelStyle::Bullet) => {
                // A short bullet that asks nothing before any question is a breadcrumb ("• My council").
                current.is_none() && (is_asking(content) || content.split_whitespace().count() > 5)
                    || started_by_bullet && !previous_text.ends_with(':')
                    || !numbered && !previous_text.ends_with(':') && is_asking(content)
            }
            Some(LabelStyle::Letter) => {
                let started_by_letter = current.as_ref().is_some_and(|draft| draft.style == Some(LabelStyle::Letter));
                !numbered && (current.is_none() || started_by_letter)
            }
            None => {
                !numbered
                    && !uses_request_headings
                    && is_asking(content)
                    && (current.is_none() || !is_continuation(previous_text, content))
            }
        };

        if starts_question && !(label.is_none() && content.is_empty()) {
            if let Some(draft) = current.take() {
                reading.questions.push(draft);
            }
            if let Some(number) = label.and_then(|label| label.number) {
                last_number = number;
            }
            let heading_only = label.is_some_and(|label| label.style == LabelStyle::Request);
            current = Some(DraftQuestion::new(label, if heading_only { "" } else { content }, line.span));
            question_indent = line.indent;
            previous_text = line.text;
            previous_label = label;
            continue;
        }

        if let Some(draft) = current.as_mut() {
            let is_bullet = label.is_some_and(|label| label.style == LabelStyle::Bullet);
            let answering = !draft.inline_answer.is_empty()
                || !is_bullet && sounds_like_answer(content) && draft.span.start != line.span.start;
            if answering {
                draft.inline_answer.push(index);
            } else if label.is_some_and(|label| !matches!(label.style, LabelStyle::Request | LabelStyle::AnswerHeading))
            {
                let part_label = label.filter(|label| !label.text.is_empty()).map(|label| label.text.clone());
                draft.parts.push(QuestionPart { label: part_label, text: content.to_string(), span: content_span });
            } else if let Some(part) = draft.parts.last_mut().filter(|_| content.starts_with(char::is_lowercase)) {
                part.text.push(' ');
                part.text.push_str(content);
                part.span.end = line.span.end;
            } else if SIGN_OFF_OR_NAME.is_match(content) {
                // A closing line is not part of the last question.
            } else {
                draft.text_pieces.push(content.to_string());
            }
            draft.span.end = draft.span.end.max(line.span.end);
        }
        previous_text = line.text;
        previous_label = label;
    }
    if let Some(draft) = current.take() {
        reading.questions.push(draft);
    }
    if let Some(clarification) = in_clarification.take() {
        reading.clarifications.push(clarification);
    }
    if reading.questions.is_empty() {
        reading.questions.extend(request_as_one_question(lines, voices));
    }
    reading
}

/// A request written as a statement ("List of all gross misconduct hearings …") under a
/// request heading: its first line is the one question.
fn request_as_one_question(lines: &[Line<'_>], voices: &[Voice]) -> Option<DraftQuestion> {
    let opening = lines.iter().position(|line| super::voice::opens_request(line.text))?;
    let first = lines.get(opening + 1).filter(|_| voices.get(opening + 1) == Some(&Voice::Requester))?;
    let label = read_label(first.text);
    let (content, _) = first.content(label.as_ref());
    Some(DraftQuestion::new(None, content, first.span))
}

/// Closing lines of a request that are not part of its last question.
static SIGN_OFF_OR_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:yours (?:faithfully|sincerely)|kind regards|regards|many thanks|thank you|thanks)\b")
        .expect("valid sign-off pattern")
});

/// True when `next` carries on the sentence of `previous` rather than starting a new one.
fn is_continuation(previous: &str, next: &str) -> bool {
    !previous.ends_with(['.', '?', '!', ':']) || next.starts_with(char::is_lowercase)
}
