//! The request: its questions as the requester numbered them, their sub-parts, clarifications,
//! and answers printed straight under a question inside the request.
//!
//! Numbering is read generically: digits, "Q1", "3A)", "Request 1" headings, letters, bullets,
//! or none at all (then each line that asks something is a question). Lists nested under a
//! question ("as follows: 1. 2016/17 2. 2017/18") are parts, not new questions.

use std::sync::LazyLock;

use super::pattern::Pattern;

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
    pub inline_answer: Vec<(usize, Span)>,
    /// The answer's cell when questions and answers are rows of one table.
    pub answer_cell: Option<Span>,
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
            answer_cell: None,
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
static ASKING: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        r"(?i)^(?:and\s+|also,?\s+|further,?\s+|(?:first|second|third|then|finally|lastly|secondly|thirdly|firstly),?\s+)?(?:(?:please|kindly)\s+(?:also\s+)?(?:can|could|would)?\s*(?:you\s+)?(?:also\s+)?(?:kindly\s+)?(?:provide|tell|confirm|state|disclose|detail|give|send|supply|list|advise|share|let|explain|break|include|indicate|specify|outline)|(?:can|could|would|will)\s+(?:you|the|your)|(?:provide|supply|send|give|list|confirm|state|detail|explain|tell|disclose|share|identify)\s+(?:me|us|the|a|an|all|any|copies|details|whether|how|what|which)|follow\s+(?:this|that|it)\s+up\s+with|how\s+(?:many|much|long|often|is|are|do|does|did|was|were|has|have)|what|which|when|where|who|whom|whose|why|do|does|did|is|are|was|were|has|have|i\s+(?:would|wish)\s+(?:like\s+)?(?:you\s+)?to\s+(?:request|know|ask|see|receive|obtain|provide|have)|i\s+would\s+be\s+grateful\s+if|i\s+(?:also\s+)?request\b|i\s+am\s+(?:requesting|writing\s+to\s+request)|under the freedom of information act,?\s+(?:please|i)|the (?:total )?number of|(?:a\s+)?(?:full\s+)?(?:list|lists|copy|copies|breakdown|details|figures|statistics)\s+(?:of|on|showing|for)\s)\b",
    )
    .expect("valid asking pattern")
});

/// A clarification or refinement agreed after the request.
static CLARIFICATION: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"(?i)^(?:clarification|clarified request|re-?defined|refined request|revised request|following clarification|you (?:clarified|responded|replied)|further to (?:our|my) (?:email|request for clarification))\b")
        .expect("valid clarification pattern")
});

/// Opening words of an answer printed inside the request ("a) We follow national guidance").
static ANSWER_VOICE: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
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
    (ANSWER_VOICE.is_match(text) || super::voice::answers_as_authority(text))
        && !lower.contains("please")
        && !lower.contains("if so")
        && !lower.contains("if not")
}

/// Reads the questions from the lines the requester speaks.
pub(crate) fn read_request(lines: &[Line<'_>], labels: &[Option<Label>], voices: &[Voice]) -> RequestReading {
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
    // Whether the line before was taken as a part of the current question: its siblings are too.
    let mut previous_was_part = false;
    let mut question_indent = 0usize;

    for (index, line) in lines.iter().enumerate() {
        let label = labels[index].as_ref();
        let after_part = std::mem::take(&mut previous_was_part);
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
                // "3A) How many …" then "3B) How long …": lettered parts of one question.
                let part_of_current = same_stem && current.as_ref().is_some_and(|draft| draft.number == Some(number));
                if part_of_current {
                    false
                } else if current.is_some() && !is_asking(content) && (nested_list || previous_text.ends_with(':')) {
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
            // "2. Resulted in a hearing" then "• Resulted in dismissal": one list rendered with
            // two markers; a bullet that asks nothing beside a part is a part too.
            Some(LabelStyle::Bullet) if current.is_some() && after_part && !asks_anywhere(content) => false,
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
            // "1. In the years 2016 to 2018 how many …?" then "How many were suspended for six
            // months or more?": a whole question after a numbered one, not its continuation.
            None if numbered && !uses_request_headings => {
                current.as_ref().is_some_and(|draft| {
                    draft.style.is_some_and(|style| style != LabelStyle::Bullet) && draft.parts.is_empty()
                }) && previous_text.ends_with(['?', '.'])
                    && opens_with_asking(content)
                    && content.ends_with('?')
                    && !REFERS_BACK.is_match(content)
            }
            None => {
                !numbered
                    && !uses_request_headings
                    && (is_asking(content) || asks_within(content))
                    && !asks_only_for_a_format(content)
                    && !REFERS_BACK.is_match(content)
                    && !introduces_asking_list(lines, labels, index)
                    && (current.is_none()
                        || !is_continuation(previous_text, content)
                        // "… under investigation of\na) sexual misconduct\nb) racism\nHow many …":
                        // a capitalised line that asks after the parts starts the next question.
                        || after_part && content.starts_with(char::is_uppercase) && opens_with_asking(content))
            }
        };

        if label.is_none() && !numbered && introduces_asking_list(lines, labels, index) {
            // "Please provide data on … CPNs.\nI would like to know:\n- The number …": the list
            // spells out the ask above it, so its items are the questions.
            let just_opened = current.as_ref().is_some_and(|draft| {
                draft.style.is_none() && draft.span.end <= line.span.start && draft.text_pieces.len() == 1
            });
            if just_opened {
                current = None;
            } else if let Some(draft) = current.take() {
                reading.questions.push(draft);
            }
            previous_text = line.text;
            previous_label = label;
            continue;
        }
        if starts_question && !(label.is_none() && content.is_empty()) {
            if let Some(draft) = current.take() {
                reading.questions.push(draft);
            }
            if let Some(number) = label.and_then(|label| label.number) {
                last_number = number;
            }
            let heading_only = label.is_some_and(|label| label.style == LabelStyle::Request) && content.is_empty();
            current = Some(DraftQuestion::new(label, if heading_only { "" } else { content }, line.span));
            question_indent = line.indent;
            previous_text = line.text;
            previous_label = label;
            continue;
        }

        if let Some(draft) = current.as_mut() {
            let is_bullet = label.is_some_and(|label| label.style == LabelStyle::Bullet);
            // "Answer: 24 libraries", "Response 1: …", "Information provided": an answer printed under its question.
            let answer_label = ANSWER_LABEL.find(line.text).map(|found| found.end()).or_else(|| {
                label
                    .filter(|label| label.style == LabelStyle::AnswerHeading)
                    .map(|label| label.content_offset.min(line.text.len()))
            });
            let answering = !draft.inline_answer.is_empty()
                || answer_label.is_some()
                || !is_bullet && sounds_like_answer(content) && draft.span.start != line.span.start;
            if answering {
                let skip = answer_label.unwrap_or(0);
                let rest = &line.text[skip..];
                let lead = rest.len() - rest.trim_start().len();
                if !rest.trim().is_empty() {
                    draft.inline_answer.push((index, Span::new(line.span.start + skip + lead, line.span.end)));
                }
                if draft.inline_answer.is_empty() {
                    // A heading alone ("Response:"): the answer starts on the next line.
                    draft.inline_answer.push((index, Span::new(line.span.end, line.span.end)));
                }
            } else if label.is_some_and(|label| !matches!(label.style, LabelStyle::Request | LabelStyle::AnswerHeading))
            {
                let part_label = label.filter(|label| !label.text.is_empty()).map(|label| label.text.clone());
                draft.parts.push(QuestionPart { label: part_label, text: content.to_string(), span: content_span });
                previous_was_part = true;
            } else if let Some(part) = draft.parts.last_mut().filter(|_| content.starts_with(char::is_lowercase)) {
                part.text.push(' ');
                part.text.push_str(content);
                part.span.end = line.span.end;
                previous_was_part = true;
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
    for QuotedRequest { first, last, .. } in quoted_requests(lines, voices) {
        let numbered_inside = (first..=last).any(|index| {
            labels[index].as_ref().is_some_and(|label| label.is_numbered() || label.style == LabelStyle::Bullet)
        });
        if numbered_inside {
            continue;
        }
        let block = Span::new(lines[first].span.start, lines[last].span.end);
        reading.questions.retain(|question| !block.contains(question.span) && !question.span.contains(block));
        reading.questions.extend(prose_questions(lines, first, last));
    }
    let tabled = questions_in_a_table(lines);
    if !tabled.is_empty() {
        let first = tabled.first().map_or(0, |question| question.span.start);
        let last = tabled.last().map_or(0, |question| question.span.end);
        let table = Span::new(first, last);
        reading.questions.retain(|question| !(question.span.start < table.end && table.start < question.span.end));
        reading.questions.extend(tabled);
    }
    reading.questions.sort_by_key(|question| question.span.start);
    if reading.questions.is_empty() {
        reading.questions.extend(request_as_one_question(lines, voices));
    }
    if reading.questions.is_empty() {
        reading.questions.extend(request_restated_in_reply(lines, voices));
    }
    reading
}

/// "Please provide a list of the buildings … Please also include:" over bulleted fields, and a
/// reply answering "Q1 & 2:", "Q3": the authority numbers the fields as the questions, so they
/// are read as such, the first with the sentence that introduced them.
pub(crate) fn number_parts_as_the_reply_does(questions: &mut Vec<DraftQuestion>, lines: &[Line<'_>], voices: &[Voice]) {
    let [only] = questions.as_slice() else { return };
    if only.parts.len() < 2 || only.parts.iter().any(|part| part.label.is_some()) {
        return;
    }
    // Only the reply's own headings count: "Q1 & 2:", "Question 3"; not "Q2 2023: 14 incidents",
    // a quarter of a year.
    let highest_named = lines
        .iter()
        .zip(voices)
        .filter(|(line, voice)| **voice == Voice::Authority && heads_an_answer(line.text))
        .filter_map(|(line, _)| super::decision::questions_mentioned(line.text).into_iter().max())
        .max()
        .unwrap_or(0);
    if highest_named < 2 || highest_named as usize > only.parts.len() {
        return;
    }
    let mut first = only.clone();
    let mut parts = std::mem::take(&mut first.parts).into_iter();
    let Some(opening) = parts.next() else { return };
    first.span.end = opening.span.end;
    first.parts.push(opening);
    let rest = parts.map(|part| DraftQuestion::new(None, &part.text, part.span));
    *questions = std::iter::once(first).chain(rest).collect();
}

/// True when a line opens with a question's label ("Q1 & 2:", "Question 3 –") and goes on
/// with something other than a year.
fn heads_an_answer(text: &str) -> bool {
    static YEAR_NEXT: LazyLock<Pattern> =
        LazyLock::new(|| Pattern::new(r"^(?:&\s*\d+\s*)?[/\-]?\s*(?:19|20)\d{2}\b").expect("valid pattern"));
    read_label(text).is_some_and(|label| {
        matches!(label.style, LabelStyle::Q | LabelStyle::QuestionWord)
            && !YEAR_NEXT.is_match(text.get(label.content_offset..).unwrap_or(""))
    })
}

/// A header row naming a question column and an answer column: "Question | Answer |".
static QUESTION_ANSWER_HEADER: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"(?i)^\|?\s*(?:no\.?\s*\|\s*)?(?:questions?|requests?|information requested|you asked)\s*\|\s*(?:answers?|responses?|replies|our response|we said)\s*\|?\s*$")
        .expect("valid header pattern")
});

/// Questions and answers printed as the rows of one table under a "Question | Answer" header:
/// each row's first filled cell is the question, the next its answer.
fn questions_in_a_table(lines: &[Line<'_>]) -> Vec<DraftQuestion> {
    let mut questions = Vec::new();
    let Some(header) = lines.iter().position(|line| QUESTION_ANSWER_HEADER.is_match(line.text)) else {
        return questions;
    };
    for line in lines.iter().skip(header + 1) {
        if !line.text.contains('|') {
            break;
        }
        let mut cells = Vec::new();
        let mut from = 0;
        for cut in line.text.match_indices('|').map(|(at, _)| at).chain(std::iter::once(line.text.len())) {
            let raw = &line.text[from..cut];
            let trimmed = raw.trim();
            if !trimmed.is_empty() {
                let start = line.span.start + from + (raw.len() - raw.trim_start().len());
                cells.push((trimmed, Span::new(start, start + trimmed.len())));
            }
            from = (cut + 1).min(line.text.len());
        }
        // A leading number cell ("1 | How many …? | 412 |") is the question's label.
        let numbered =
            cells.first().is_some_and(|(text, _)| text.chars().all(|c| c.is_ascii_digit()) && cells.len() >= 3);
        let label_cell = numbered.then(|| cells[0].0);
        let rest = if numbered { &cells[1..] } else { &cells[..] };
        let Some((question, question_span)) = rest.first() else { continue };
        let label = label_cell.map(|digits| Label {
            style: LabelStyle::Number,
            text: digits.to_string(),
            number: digits.parse().ok(),
            content_offset: 0,
        });
        let mut draft = DraftQuestion::new(label.as_ref(), question, *question_span);
        draft.span = Span::new(line.span.start, line.span.end);
        draft.answer_cell =
            rest.get(1).map(|(_, span)| Span::new(span.start, rest.last().map_or(span.end, |(_, last)| last.end)));
        questions.push(draft);
    }
    questions
}

/// "For A), B) and C) can you please provide …": a line refining the items above it.
static REFERS_BACK: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"(?i)^for\s+(?:each\s+of\s+)?(?:[a-z0-9]{1,3}\)|\([a-z0-9]{1,3}\)|the above|these|those|all of the above|each of the above)").expect("valid pattern")
});

/// "… I request the following where held:" over items that each ask ("- The total number of …"):
/// the items are the questions and the line only introduces them. Over plain fields ("- The full
/// address") the line itself is the question and the fields are its parts.
fn introduces_asking_list(lines: &[Line<'_>], labels: &[Option<Label>], index: usize) -> bool {
    let opens_list = lines[index].text.trim_end().ends_with([':', ';']);
    let next = index + 1;
    opens_list
        && labels.get(next).and_then(Option::as_ref).is_some_and(|label| {
            let (content, _) = lines[next].content(Some(label));
            matches!(label.style, LabelStyle::Bullet | LabelStyle::Letter | LabelStyle::Number) && is_asking(content)
        })
}

/// Asking in the middle of a line: "I understand the data is due in 2022, but I would like to
/// request …", "If possible, please provide …".
static ASKS_WITHIN: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        r"(?i)\b(?:i\s+would\s+(?:also\s+)?like\s+(?:you\s+)?to\s+(?:request|know|ask|see|receive|obtain|have)|i\s+(?:also\s+)?request\s+(?:a|the|all|any|copies|details|information)|(?:writing|like|wish|want)\s+to\s+request\s+(?:a|the|all|any|copies|details|information)|please\s+(?:could\s+you\s+)?(?:provide|send|supply|tell|confirm|disclose|list|give|state|detail)|(?:could|can|would)\s+you\s+(?:please\s+)?(?:provide|send|supply|tell|confirm|let|give|list))\b",
    )
    .expect("valid asking pattern")
});

fn asks_within(text: &str) -> bool {
    ASKS_WITHIN.is_match(text)
}

/// True when a line asks at its start, in its middle ("For each year, how many …") or by its
/// question mark.
fn asks_anywhere(text: &str) -> bool {
    static COUNTS: LazyLock<Pattern> =
        LazyLock::new(|| Pattern::new(r"(?i)\bhow (?:many|much|long|often)\b").expect("valid pattern"));
    is_asking(text) || asks_within(text) || COUNTS.is_match(text)
}

/// "Please provide copies in an electronic format", "in Excel format if possible": how to send
/// the answer, not another question.
static FORMAT_ONLY: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"(?i)\b(?:electronic(?:ally)?|excel|csv|spreadsheet|format|by e-?mail|in writing|hard copy)\b")
        .expect("valid format pattern")
});
static COUNTS_SOMETHING: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"(?i)\b(?:how many|how much|number of|what|which|list of|cost)\b").expect("valid pattern")
});

fn asks_only_for_a_format(text: &str) -> bool {
    FORMAT_ONLY.is_match(text) && !COUNTS_SOMETHING.is_match(text) && text.len() < 220
}

/// "…, you requested all information North Yorkshire Fire and Rescue Service hold with regard
/// to …": a request the authority only restates in its own sentence.
static RESTATED_REQUEST: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"(?i)\byou (?:requested|asked for|asked|sought|wanted)(?: to know| the following| for)?\s*[:,]?\s+(?P<ask>(?:all|the|a|an|any|copies|copy|information|details|data|whether|how|what|which|if)\b[^.;]{12,})").expect("valid restated pattern")
});

/// "… your request for information, received 16 February 2026, regarding Request for documents: …",
/// "… to request the following information:Any and all fires …": the request named in one sentence.
static REQUEST_NAMED_IN_PASSING: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"(?i)(?:\byour (?:request|email|letter)\b[^.]{0,80}?\b(?:regarding|concerning|relating to)\s+|\bto request the following(?: information)?\s*:\s*)(?P<ask>\S[^;]{8,})")
        .expect("valid request pattern")
});

/// The one question of a letter that prints no request but restates it ("you requested …").
fn request_restated_in_reply(lines: &[Line<'_>], voices: &[Voice]) -> Option<DraftQuestion> {
    let _ = voices;
    lines.iter().take(40).find_map(|line| {
        let found = RESTATED_REQUEST.captures(line.text).or_else(|| REQUEST_NAMED_IN_PASSING.captures(line.text))?;
        let ask = found.name("ask")?;
        let span = Span::new(line.span.start + ask.start(), line.span.start + ask.end());
        Some(DraftQuestion::new(None, ask.as_str(), span))
    })
}

/// A request written as a statement ("List of all gross misconduct hearings …") under a
/// request heading: its first line is the one question.
fn request_as_one_question(lines: &[Line<'_>], voices: &[Voice]) -> Option<DraftQuestion> {
    let opening = lines.iter().position(|line| line.opens_request)?;
    let first = lines.get(opening + 1).filter(|_| voices.get(opening + 1) == Some(&Voice::Requester))?;
    let label = read_label(first.text);
    let (content, _) = first.content(label.as_ref());
    Some(DraftQuestion::new(None, content, first.span))
}

/// Closing lines of a request that are not part of its last question.
static SIGN_OFF_OR_NAME: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"(?i)^(?:yours (?:faithfully|sincerely)|kind regards|regards|many thanks|thank you|thanks)\b")
        .expect("valid sign-off pattern")
});

/// True when `next` carries on the sentence of `previous` rather than starting a new one.
fn is_continuation(previous: &str, next: &str) -> bool {
    !previous.ends_with(['.', '?', '!', ':']) || next.starts_with(char::is_lowercase)
}

/// The authority's words that hand over to the request it quotes: "You wrote:", "you asked:",
/// "for the undernoted information:", "your request as follows:" (not "I also stated the
/// following:", the authority quoting itself).
static QUOTE_INTRODUCTION: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"(?i)(?:\b(?:wrote|asked|requested)|\brequest(?:ed)?(?: (?:was|is|reads|read))?(?: as follows)?|\b(?:undernoted|following) information|\b(?:wrote|asked|requested)\b[^.:]{0,30}\b(?:is|are|was|were) (?:below|as follows))\s*:$")
        .expect("valid introduction pattern")
});

/// How many lines a quoted request may run before its closing quote is given up on.
const QUOTE_MAX_LINES: usize = 80;

/// The requests an authority quotes inside its reply ("You wrote: “…”"): the first and last line
/// of each quotation, opened right after the authority introduces it and closed by the matching
/// quotation mark at the end of a line.
pub(crate) fn quoted_requests(lines: &[Line<'_>], voices: &[Voice]) -> Vec<QuotedRequest> {
    let mut blocks = Vec::new();
    let mut index = 0;
    // The introduction a run of quotations answers to, while the run goes on.
    let mut run_introduction: Option<usize> = None;
    while index + 1 < lines.len() {
        let introduction = run_introduction.take().or_else(|| {
            (QUOTE_INTRODUCTION.is_match(lines[index].text)
                && (voices.get(index) == Some(&Voice::Authority) || addresses_the_requester(lines, index)))
            .then_some(index)
        });
        let Some(introduction) = introduction else {
            index += 1;
            continue;
        };
        // "… what you wrote is below:" then a title and its references before each quotation.
        let gap = if run_from_introduction(lines, introduction) { QUOTE_GAP_LINES } else { 1 };
        let opening = (index + 1..lines.len().min(index + 1 + gap))
            .take_while(|at| {
                *at == index + 1
                    || closing_mark(lines[*at].text).is_some()
                    || !super::voice::opens_reply(lines[*at].text) && !is_asking(lines[*at].text)
            })
            .find_map(|at| closing_mark(lines[at].text).map(|closing| (at, closing)));
        let Some((first, closing)) = opening else {
            index += 1;
            continue;
        };
        let last = (first..lines.len().min(first + QUOTE_MAX_LINES))
            .find(|at| {
                let text = lines[*at].text.trim_end_matches(['.', ',', ';', ' ']);
                let opened_here = *at == first;
                text.ends_with(closing) && (!opened_here || text.chars().count() > 1)
            })
            // A page cut off inside one of several quotations: it runs to the end of the text.
            .or_else(|| {
                (run_from_introduction(lines, introduction) && lines.len() - first <= QUOTE_MAX_LINES)
                    .then(|| lines.len() - 1)
            });
        match last {
            Some(last) => {
                blocks.push(QuotedRequest { introduction, first, last });
                // Only an introduction that said where the quotations are carries on to the next.
                if run_from_introduction(lines, introduction) {
                    run_introduction = Some(introduction);
                }
                index = last;
            }
            None => index += 1,
        }
    }
    blocks
}

/// A request the authority quotes: the line introducing it, and its first and last line.
#[derive(Debug, Clone, Copy)]
pub(crate) struct QuotedRequest {
    pub introduction: usize,
    pub first: usize,
    pub last: usize,
}

/// How many lines (a title, a list of references) may stand between an introduction and its
/// quotation.
const QUOTE_GAP_LINES: usize = 6;

/// "The reference numbers and an example of what you wrote is below:": several quotations follow.
static INTRODUCES_SEVERAL: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"(?i)\b(?:is|are|was|were) (?:below|as follows)\s*:$").expect("valid introduction pattern")
});

fn run_from_introduction(lines: &[Line<'_>], introduction: usize) -> bool {
    INTRODUCES_SEVERAL.is_match(lines[introduction].text)
}

/// The mark that closes a quotation a line opens with.
fn closing_mark(text: &str) -> Option<char> {
    match text.chars().next() {
        Some('“') => Some('”'),
        Some('"') => Some('"'),
        Some('‘') => Some('’'),
        Some('\'') => Some('\''),
        _ => None,
    }
}

/// "Thank you for your request received on 11 December. You wrote:": the authority speaking to
/// the requester about the request (not "In your response you wrote:", the requester quoting a reply).
static ABOUT_YOUR_REQUEST: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"(?i)\b(?:your\b[^.]*\brequest|you (?:wrote|asked|requested))\b").expect("valid pattern")
});
static ABOUT_A_REPLY: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"(?i)\b(?:your|the|our) (?:response|reply|letter|answer)\b").expect("valid pattern")
});

fn addresses_the_requester(lines: &[Line<'_>], index: usize) -> bool {
    let before = index.checked_sub(1).map_or("", |previous| lines[previous].text);
    let sentence = format!("{before} {}", lines[index].text);
    let sentence = sentence.rsplit_once(". ").map_or(sentence.as_str(), |(_, last)| last);
    ABOUT_YOUR_REQUEST.is_match(sentence) && !ABOUT_A_REPLY.is_match(sentence)
}

/// Letters that pair each question with a labelled answer ("Question 1" … "Answer 1", "Q1." …
/// "A1."): the questions are the requester's and the answers the authority's, whatever words
/// open them.
pub(crate) fn mark_paired_labels(lines: &[Line<'_>], line_labels: &[Option<Label>], voices: &mut [Voice]) {
    mark_response_introductions(lines, voices);
    mark_alternating_headings(lines, voices);
    let labels: Vec<Option<LabelStyle>> =
        line_labels.iter().map(|label| label.as_ref().map(|label| label.style)).collect();
    let has = |wanted: &[LabelStyle]| labels.iter().any(|style| style.is_some_and(|style| wanted.contains(&style)));
    if !has(&[LabelStyle::AnswerHeading]) || !has(&[LabelStyle::Q, LabelStyle::QuestionWord]) {
        return;
    }
    let mut current: Option<Voice> = None;
    for (style, voice) in labels.iter().zip(voices.iter_mut()) {
        match style {
            Some(LabelStyle::Q | LabelStyle::QuestionWord | LabelStyle::Request) => current = Some(Voice::Requester),
            Some(LabelStyle::AnswerHeading) => current = Some(Voice::Authority),
            _ => {}
        }
        if let Some(current) = current {
            *voice = current;
        }
    }
}

/// Words that label an answer printed under its question inside the request.
static ANSWER_LABEL: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"(?i)^(?:(?:answer|response|reply|our response|our answer|information provided|information released)\s*(?:[:\-–]\s*|$)|a\s*:\s*)").expect("valid answer label")
});

/// "Our response is as follows:", "Please find our response below": the authority takes over.
static RESPONSE_INTRODUCTION: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"(?i)^(?:(?:our|my) (?:response|answers?|reply)\b[^.]{0,40}\b(?:as follows|below)|(?:please )?(?:find|see) (?:our|my) (?:response|answers?) below|we have answered (?:each of )?your questions? below)").expect("valid pattern")
});

/// Lines from an authority's "Our response is as follows" on are its own, until a request heading.
fn mark_response_introductions(lines: &[Line<'_>], voices: &mut [Voice]) {
    let mut authority = false;
    for (line, voice) in lines.iter().zip(voices.iter_mut()) {
        if line.opens_request {
            authority = false;
        } else if RESPONSE_INTRODUCTION.is_match(line.text) {
            authority = true;
        }
        if authority {
            *voice = Voice::Authority;
        }
    }
}

/// A heading that hands a block to the authority in letters that alternate "You asked" and
/// "We said" (or "Request" and "Our response").
static ANSWER_BLOCK_HEADING: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"(?i)^(?:we said|we answered|our (?:response|answer|reply)|response|answer|reply)\s*[:\-–]?$")
        .expect("valid heading pattern")
});

/// Letters that alternate request and answer blocks under headings: each request heading opens
/// the requester's block and each answer heading the authority's.
fn mark_alternating_headings(lines: &[Line<'_>], voices: &mut [Voice]) {
    let requests = lines.iter().filter(|line| line.opens_request).count();
    let answers = lines.iter().filter(|line| ANSWER_BLOCK_HEADING.is_match(line.text)).count();
    if requests < 2 || answers < 2 {
        return;
    }
    let mut current: Option<Voice> = None;
    for (line, voice) in lines.iter().zip(voices.iter_mut()) {
        if line.opens_request {
            current = Some(Voice::Requester);
        } else if ANSWER_BLOCK_HEADING.is_match(line.text) {
            current = Some(Voice::Authority);
        }
        if let Some(current) = current {
            *voice = current;
        }
    }
}

/// Gives the requester the lines of every request the authority quotes, so its questions are
/// read and the sections it mentions are not taken for the authority's.
pub(crate) fn mark_quoted_requests(lines: &[Line<'_>], voices: &mut [Voice]) {
    let mut previous_last: Option<usize> = None;
    for QuotedRequest { introduction, first, last } in quoted_requests(lines, voices) {
        let speaking_to_requester = addresses_the_requester(lines, introduction);
        voices[first..=last].iter_mut().for_each(|voice| *voice = Voice::Requester);
        // The titles between one quotation of a run and the next are the authority's.
        let gap_start = previous_last.map_or(introduction, |previous| (previous + 1).max(introduction));
        previous_last = Some(last);
        if !speaking_to_requester {
            continue;
        }
        voices[gap_start..first].iter_mut().for_each(|voice| *voice = Voice::Authority);
        // Once the quotation closes the authority speaks again, until a request heading.
        for (line, voice) in lines.iter().zip(voices.iter_mut()).skip(last + 1) {
            if line.opens_request || *voice == Voice::Authority {
                break;
            }
            *voice = Voice::Authority;
        }
    }
}

/// Sentence-initial words of the requester talking about the request rather than asking:
/// "I am not sure if this needs to be a new request?".
static ABOUT_THE_REQUEST: LazyLock<Pattern> =
    LazyLock::new(|| Pattern::new(r"(?i)^(?:i\s|i'm\s|i’m\s|thank)").expect("valid pattern"));

/// The questions of a quoted request written as prose: a question opens at each sentence that
/// asks ("Could you …", "I would like …", or a sentence ending in "?" after a statement) and runs
/// on over the sentences that follow it until the next one that asks.
fn prose_questions(lines: &[Line<'_>], first: usize, last: usize) -> Vec<DraftQuestion> {
    let mut questions: Vec<DraftQuestion> = Vec::new();
    let mut in_question = false;
    for sentence in sentences(&lines[first..=last]) {
        let text =
            sentence.text.trim_start_matches(['“', '"', '‘', '\'', ' ']).trim_end_matches(['”', '"', '’', '\'', ' ']);
        let ends_asking = text.ends_with('?');
        let opens = opens_with_asking(text);
        let asks = opens || ends_asking && !in_question && !ABOUT_THE_REQUEST.is_match(text);
        if asks {
            questions.push(DraftQuestion::new(None, text, sentence.span));
            in_question = true;
        } else if let Some(question) = questions.last_mut().filter(|_| in_question && ends_asking) {
            question.text_pieces.push(text.to_string());
            question.span.end = sentence.span.end;
        } else {
            in_question = false;
        }
    }
    questions
}

/// One sentence of a run of lines, its words joined across line breaks.
struct Sentence {
    text: String,
    span: Span,
}

/// Splits lines into sentences at ".", "?" or "!" followed by a capital, a quotation mark or the end.
fn sentences(lines: &[Line<'_>]) -> Vec<Sentence> {
    let mut found = Vec::new();
    let mut current = String::new();
    let mut start: Option<usize> = None;
    for line in lines {
        let mut piece_start = 0;
        let chars: Vec<(usize, char)> = line.text.char_indices().collect();
        for (position, (_, c)) in chars.iter().enumerate() {
            if !matches!(c, '.' | '?' | '!') {
                continue;
            }
            let mut next = position + 1;
            while chars.get(next).is_some_and(|(_, c)| matches!(c, '”' | '"' | '’' | '\'' | ')')) {
                next += 1;
            }
            let ends = match chars.get(next) {
                None => true,
                Some((_, ' ')) => {
                    chars.get(next + 1).is_some_and(|(_, c)| c.is_uppercase() || matches!(c, '“' | '"' | '‘'))
                }
                _ => false,
            };
            if !ends {
                continue;
            }
            let end = chars.get(next).map_or(line.text.len(), |(at, _)| *at);
            let piece = &line.text[piece_start..end];
            if start.is_none() {
                start = Some(line.span.start + piece_start);
            }
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(piece.trim());
            found.push(Sentence {
                text: std::mem::take(&mut current),
                span: Span::new(start.take().unwrap_or(line.span.start), line.span.start + end),
            });
            piece_start = end;
        }
        let rest = line.text[piece_start..].trim();
        if !rest.is_empty() {
            if start.is_none() {
                start = Some(
                    line.span.start
                        + piece_start
                        + (line.text[piece_start..].len() - line.text[piece_start..].trim_start().len()),
                );
            }
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(rest);
        }
    }
    if let (Some(start), Some(line)) = (start, lines.last()) {
        if !current.is_empty() {
            found.push(Sentence { text: current, span: Span::new(start, line.span.end) });
        }
    }
    found
}
