//! Tying the authority's answers to the questions: restated under the question's label, under
//! a heading that repeats the question, after a bare number or "Answer 1" heading, or once for
//! every question ("The answer to each of your 26 questions is as follows").
//!
//! Questions restated by the authority but absent from the request (pages that print only the
//! restatements) are added here; a restated label the request does not have is reported.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::pattern::Pattern;

use super::lines::{Label, LabelStyle, Line};
use super::model::{labels_match, AnswerKind, IssueKind, ParseIssue, Span};
use super::request::{is_asking, opens_with_asking, DraftQuestion};
use super::voice::Voice;

/// An answer being read: its kind and the spans of its lines (or part-lines).
#[derive(Debug, Clone)]
pub(crate) struct DraftAnswer {
    pub kind: AnswerKind,
    pub pieces: Vec<Span>,
}

static COLLECTIVE: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"(?i)\b(?:answer|response|reply) to (?:each|all|every one) of (?:your|the) (?:\d+ )?(?:questions|points|requests)|applies to (?:each|all) of (?:your|the) (?:\d+ )?questions")
        .expect("valid collective pattern")
});
static SIGNED_OFF: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"(?i)^(?:yours (?:sincerely|faithfully)|kind regards|best regards|regards),?$")
        .expect("valid sign-off pattern")
});
static BARE_ANSWER_HEADING: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"(?i)^(?:answer|response|our response|reply|our reply|our answer|we said)\s*[:\-–]?$")
        .expect("valid heading pattern")
});

/// Lower-case words of a text, for comparing a restatement with its question.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|word| !word.is_empty()).map(str::to_lowercase).collect()
}

/// The first words of a question, used to find it again when the authority repeats it.
fn heading_key(text: &str) -> Option<String> {
    let words = words(text);
    (words.len() >= 4).then(|| words.iter().take(8).cloned().collect::<Vec<_>>().join(" "))
}

/// True when `restated` repeats `question` (same opening words, or mostly the same words).
fn repeats(restated: &str, question: &str) -> bool {
    let (a, b) = (words(restated), words(question));
    if a.is_empty() || b.is_empty() {
        return false;
    }
    let prefix = a.len().min(b.len()).min(8);
    if prefix >= 3 && a[..prefix] == b[..prefix] {
        return true;
    }
    let set: std::collections::HashSet<&String> = b.iter().collect();
    let shared = a.iter().filter(|word| set.contains(word)).count();
    shared * 10 >= a.len().min(b.len()) * 7
}

/// Finds each question's answer in the authority's lines. Returns one slot per question
/// (questions may be added) and the issues met on the way.
pub(crate) fn match_answers(
    lines: &[Line<'_>],
    labels: &[Option<Label>],
    voices: &[Voice],
    boilerplate: &[bool],
    closes_answer: &[bool],
    questions: &mut Vec<DraftQuestion>,
) -> (Vec<Option<DraftAnswer>>, Vec<ParseIssue>) {
    let requested = questions.len();
    let alternating = lines.iter().filter(|line| line.opens_request).count() >= 2;
    let request_numbered = questions.iter().any(|question| question.number.is_some());
    let mut by_heading: HashMap<String, usize> = HashMap::new();
    for (index, question) in questions.iter().enumerate() {
        if let Some(key) = heading_key(&question.text()) {
            by_heading.entry(key).or_insert(index);
        }
    }
    let mut answers: Vec<Option<DraftAnswer>> = vec![None; questions.len()];
    let mut issues = Vec::new();
    let mut open: Option<(Option<usize>, DraftAnswer)> = None;
    let mut collective: Option<DraftAnswer> = None;

    let close = |open: &mut Option<(Option<usize>, DraftAnswer)>,
                 answers: &mut Vec<Option<DraftAnswer>>,
                 collective: &mut Option<DraftAnswer>| {
        if let Some((target, answer)) = open.take() {
            if answer.pieces.is_empty() {
                return;
            }
            match target {
                Some(index) => {
                    if let Some(slot) = answers.get_mut(index).filter(|slot| slot.is_none()) {
                        *slot = Some(answer);
                    }
                }
                None => *collective = Some(answer),
            }
        }
    };

    for (index, line) in lines.iter().enumerate() {
        if voices.get(index) != Some(&Voice::Authority) {
            close(&mut open, &mut answers, &mut collective);
            continue;
        }
        if boilerplate.get(index) == Some(&true) {
            if closes_answer.get(index) == Some(&true) {
                close(&mut open, &mut answers, &mut collective);
            }
            continue;
        }
        if SIGNED_OFF.is_match(line.text) {
            // "Yours sincerely" ends the last answer; the signature is no part of it.
            close(&mut open, &mut answers, &mut collective);
            continue;
        }
        if COLLECTIVE.is_match(line.text) {
            close(&mut open, &mut answers, &mut collective);
            open = Some((None, DraftAnswer { kind: AnswerKind::Collective, pieces: Vec::new() }));
            continue;
        }
        let label = labels.get(index).and_then(Option::as_ref);
        let (content, content_span) = line.content(label);
        let target = label.and_then(|label| labelled_target(label, content, questions, request_numbered));
        if let Some((question_index, restated)) = target {
            close(&mut open, &mut answers, &mut collective);
            let mut answer = DraftAnswer {
                kind: if restated { AnswerKind::Restated } else { AnswerKind::Numbered },
                pieces: Vec::new(),
            };
            if !restated && !content.is_empty() {
                answer.pieces.push(content_span);
            }
            open = Some((Some(question_index), answer));
            continue;
        }
        if let Some(label) = label.filter(|label| matches!(label.style, LabelStyle::Q | LabelStyle::QuestionWord)) {
            if !content.is_empty() && is_asking(content) {
                // A restated question the request did not list: keep it, and say so when the
                // request had its own numbering.
                close(&mut open, &mut answers, &mut collective);
                if request_numbered
                    && questions.iter().all(|question| {
                        question.number != label.number
                            || question.label.as_deref().is_some_and(|own| !labels_match(own, &label.text))
                    })
                {
                    issues.push(ParseIssue {
                        kind: IssueKind::UnmatchedAnswer,
                        detail: format!("The letter answers {} but the request has no such question", label.text),
                        span: Some(line.span),
                    });
                }
                questions.push(DraftQuestion::new(Some(label), content, line.span));
                answers.push(None);
                open =
                    Some((Some(questions.len() - 1), DraftAnswer { kind: AnswerKind::Restated, pieces: Vec::new() }));
                continue;
            }
        }
        let heading = heading_key(line.text)
            .and_then(|key| by_heading.get(&key).copied())
            .filter(|question_index| repeats(line.text, &questions[*question_index].text()));
        if let Some(question_index) = heading {
            close(&mut open, &mut answers, &mut collective);
            open = Some((Some(question_index), DraftAnswer { kind: AnswerKind::UnderHeading, pieces: Vec::new() }));
            continue;
        }
        if BARE_ANSWER_HEADING.is_match(line.text) {
            let last_question = questions.iter().rposition(|question| question.span.end <= line.span.start);
            // "Request: … Response: … Request: … Response: …": each response answers the request just above it.
            if let Some(question_index) =
                last_question.filter(|index| answers[*index].is_none() && (requested == 1 || alternating))
            {
                close(&mut open, &mut answers, &mut collective);
                open = Some((Some(question_index), DraftAnswer { kind: AnswerKind::Numbered, pieces: Vec::new() }));
                continue;
            }
        }
        let next_is_answer = lines.get(index + 1).is_some_and(|next| !is_asking(next.text));
        if requested == 0 && label.is_none() && line.text.len() >= 15 && opens_with_asking(line.text) && next_is_answer
        {
            // The request was not printed: the authority's question headings are the questions.
            close(&mut open, &mut answers, &mut collective);
            questions.push(DraftQuestion::new(None, line.text, line.span));
            answers.push(None);
            open =
                Some((Some(questions.len() - 1), DraftAnswer { kind: AnswerKind::UnderHeading, pieces: Vec::new() }));
            continue;
        }
        if let Some((_, answer)) = open.as_mut() {
            answer.pieces.push(line.span);
        }
    }
    close(&mut open, &mut answers, &mut collective);
    if let Some(shared) = collective {
        for slot in answers.iter_mut().filter(|slot| slot.is_none()) {
            *slot = Some(shared.clone());
        }
    }
    (answers, issues)
}

/// The question a labelled authority line belongs to, and whether the line restates it.
fn labelled_target(
    label: &Label,
    content: &str,
    questions: &[DraftQuestion],
    request_numbered: bool,
) -> Option<(usize, bool)> {
    match label.style {
        LabelStyle::AnswerHeading => {
            let number = label.number?;
            let index = questions
                .iter()
                .position(|question| question.number == Some(number))
                .or_else(|| (!request_numbered).then(|| number.checked_sub(1)).flatten().map(|index| index as usize))
                .filter(|index| *index < questions.len())?;
            Some((index, false))
        }
        LabelStyle::Q | LabelStyle::QuestionWord | LabelStyle::Number | LabelStyle::NumberLetter => {
            let by_label = questions.iter().position(|question| {
                question.label.as_deref().is_some_and(|own| labels_match(own, &label.text))
                    || label.style != LabelStyle::NumberLetter
                        && question.number.is_some()
                        && question.number == label.number
                        && question
                            .label
                            .as_deref()
                            .is_some_and(|own| !own.ends_with(|c: char| c.is_ascii_alphabetic()))
            });
            let index = by_label.or_else(|| {
                // Requests in bullets, answers numbered: the n-th answer is the n-th question.
                let position = (label.number? as usize).checked_sub(1)?;
                (!request_numbered && label.style == LabelStyle::Number && position < questions.len())
                    .then_some(position)
            })?;
            let restated = repeats(content, &questions[index].text());
            Some((index, restated))
        }
        _ => None,
    }
}
