//! The letter reader: text of a Freedom of Information response in, [`Disclosure`] out.
//!
//! Reading never fails and never panics. Every value found keeps its byte [`Span`] in the
//! given text, so the UI can highlight it and annotations can point into it. What could not be
//! read, or looked wrong (a question number skipped, a question left unanswered, text that
//! stops mid-letter), is listed as a [`ParseIssue`].
//!
//! The work is line-based and linear in the size of the text: page furniture is dropped, each
//! line is given a speaker (requester or authority), and the steps below read their part.
//!
//! ```
//! use disclosure_core::parse::{parse, Decision};
//! let letter = "I note you seek access to the following information:\n\
//!               1. How many officers were suspended in 2023?\n\
//!               I have today decided to disclose the located information to you in full.\n\
//!               Q1 - How many officers were suspended in 2023?\n\
//!               12 officers were suspended.\n";
//! let disclosure = parse(letter);
//! assert_eq!(disclosure.decision, Decision::Full);
//! assert_eq!(disclosure.questions[0].answer.as_ref().map(|a| a.text.as_str()), Some("12 officers were suspended."));
//! ```

mod answers;
mod boilerplate;
mod citations;
mod dates;
mod decision;
mod figures;
mod issues;
mod letterhead;
mod lines;
mod model;
mod pattern;
mod request;
mod tables;
mod voice;

pub(crate) use dates::is_month_name;
pub use model::{labelled_position, labels_match, question_key, question_labelled, QuestionNames};
pub use model::{
    Answer, AnswerKind, AuthoritySource, Cell, DateMention, DateSource, Decision, Disclosure, ExemptionCitation,
    Figure, FigureUnit, IssueKind, Located, Outcome, ParseIssue, Question, QuestionPart, Span, Table,
};

use answers::DraftAnswer;
use boilerplate::BoilerplateKind;
use decision::{discloses_something, outcome_of, questions_mentioned};
use request::DraftQuestion;
use voice::Voice;

/// Version of the reading rules. Stored documents parsed with an older version are re-parsed.
pub const PARSER_VERSION: i64 = 4;

/// What the layout of a letter gives before its decision is weighed: its lines and who speaks
/// each, its boilerplate and tables, and its questions with their answers.
struct AnswerReading<'t> {
    lines: Vec<lines::Line<'t>>,
    labels: Vec<Option<lines::Label>>,
    furniture: Vec<Span>,
    voices: Vec<Voice>,
    boilerplate_lines: boilerplate::BoilerplateLines,
    boilerplate_blocks: Vec<(usize, usize, BoilerplateKind)>,
    tables: Vec<(usize, usize, Table)>,
    clarifications: Vec<Located>,
    questions: Vec<Question>,
    issues: Vec<ParseIssue>,
}

fn read_answers(text: &str) -> AnswerReading<'_> {
    let (lines, furniture) = lines::letter_lines(text);
    let labels = lines::line_labels(&lines);
    let mut voices = voice::assign_voices(&lines);
    request::mark_quoted_requests(&lines, &mut voices);
    request::mark_paired_labels(&lines, &labels, &mut voices);
    let boilerplate_lines = boilerplate::BoilerplateLines::read(&lines);
    let (boilerplate_marks, boilerplate_blocks) = boilerplate::find_boilerplate(&lines, &boilerplate_lines, &voices);
    let mut closes_answer = vec![false; lines.len()];
    for (first, last, kind) in &boilerplate_blocks {
        if matches!(kind, BoilerplateKind::Section(_)) {
            closes_answer[*first..=*last].iter_mut().for_each(|mark| *mark = true);
        }
    }

    let request = request::read_request(&lines, &labels, &voices);
    let mut drafts = request.questions;
    request::number_parts_as_the_reply_does(&mut drafts, &lines, &voices);
    let (draft_answers, issues) =
        answers::match_answers(&lines, &labels, &voices, &boilerplate_marks, &closes_answer, &mut drafts);
    let tables = tables::find_tables(&lines);
    let questions: Vec<Question> = drafts
        .iter()
        .zip(draft_answers)
        .map(|(draft, answer)| build_question(text, &boilerplate_marks, &tables, draft, answer))
        .collect();
    AnswerReading {
        lines,
        labels,
        furniture,
        voices,
        boilerplate_lines,
        boilerplate_blocks,
        tables,
        clarifications: request.clarifications,
        questions,
        issues,
    }
}

/// The figures of a table, each numeric cell labelled by its row and column as an answer's
/// tables label theirs: for tables outside any answer, such as the sheets of a spreadsheet.
pub fn table_figures(table: &Table) -> Vec<Figure> {
    figures::figures_in_table(table)
}

/// The questions of a letter with their answers (text, tables, figures), exactly as [`parse`]
/// reads them, without weighing the decision, the exemptions, the letterhead or the issues: what
/// a comparison of two letters needs, at a fraction of the work. Outcomes are left `Unknown` and
/// exemptions empty.
pub fn parse_answers(text: &str) -> Vec<Question> {
    read_answers(text).questions
}

/// Reads one letter. Never fails: what is missing is empty or `Unknown`, oddities are issues.
pub fn parse(text: &str) -> Disclosure {
    let AnswerReading {
        lines,
        labels,
        furniture,
        voices,
        boilerplate_lines,
        boilerplate_blocks,
        tables,
        clarifications,
        mut questions,
        mut issues,
    } = read_answers(text);
    // The decision and the exemptions are read in the voices of the reply (see `reply_voices`).
    let reply = voice::reply_voices(&lines, &voices);
    let (reply_boilerplate, _) = boilerplate::find_boilerplate(&lines, &boilerplate_lines, &reply);
    let (exemptions, mentions) = citations::find_citations(text, &lines, &labels, &reply);

    let mut signals = decision::collect_signals(&lines, &reply, &reply_boilerplate);
    signals.add_applied(&exemptions);
    let answered_any = questions.iter().any(|question| {
        question.answer.as_ref().is_some_and(|answer| {
            // An answer tied to its question by its label counts; one read under a heading
            // must also give something, since such a heading may be the reply's own prose.
            outcome_of(&answer.text).is_none()
                && !decision::prefaces_refusal(&answer.text)
                && (matches!(answer.kind, AnswerKind::Numbered | AnswerKind::Restated)
                    || !answer.figures.is_empty()
                    || !answer.tables.is_empty()
                    || decision::answers_something(&answer.text))
        })
    });
    let (decision, decision_quote) = decision::decide(&signals, answered_any);
    let decision = decision::scope_refusal(decision, &signals, &lines, &reply);
    settle_outcomes(&lines, &reply, &reply_boilerplate, decision, &signals, &mut questions);
    attach_exemptions(&lines, &reply, &mentions, &mut questions);

    let reference = letterhead::find_reference(text, &lines);
    let (authority, authority_source) =
        match letterhead::find_authority(&lines, &labels, &voices, &reply, reference.as_ref()) {
            Some((authority, source)) => (Some(authority), Some(source)),
            None => (None, None),
        };
    let (response_date, date_source) = dates::find_response_date(&lines, reference.as_ref());
    let loose_tables = tables
        .iter()
        .filter(|(_, _, table)| {
            !questions
                .iter()
                .any(|question| question.answer.as_ref().is_some_and(|answer| answer.span.contains(table.span)))
        })
        .map(|(_, _, table)| table.clone())
        .collect();

    let boilerplate: Vec<Span> = boilerplate_blocks
        .iter()
        .map(|(first, last, _)| Span::new(lines[*first].span.start, lines[*last].span.end))
        .collect();
    issues.extend(issues::boilerplate_issues(&lines, &boilerplate_blocks));
    let points_to_attachment = lines
        .iter()
        .zip(&voices)
        .any(|(line, voice)| *voice == Voice::Authority && line.text.to_ascii_lowercase().contains("attach"));
    issues.extend(issues::question_issues(&lines, &questions, decision, points_to_attachment));

    let ncnd =
        signals.ncnd.is_some() || exemptions.iter().any(|citation| citation.is_ncnd) && decision == Decision::Ncnd;
    Disclosure {
        reference,
        authority,
        authority_source,
        response_date,
        date_source,
        data_dates: dates::find_data_dates(&lines, &voices),
        questions,
        clarifications,
        decision,
        decision_quote,
        ncnd,
        exemptions,
        tables: loose_tables,
        furniture,
        boilerplate,
        issues,
    }
}

fn build_question(
    text: &str,
    boilerplate: &[bool],
    tables: &[(usize, usize, Table)],
    draft: &DraftQuestion,
    answer: Option<DraftAnswer>,
) -> Question {
    let inline = match draft.answer_cell {
        Some(cell) => Some(DraftAnswer { kind: AnswerKind::Inline, pieces: vec![cell] }),
        None => (!draft.inline_answer.is_empty()).then(|| DraftAnswer {
            kind: AnswerKind::Inline,
            pieces: draft
                .inline_answer
                .iter()
                .filter(|(index, span)| boilerplate.get(*index) != Some(&true) && !span.is_empty())
                .map(|(_, span)| *span)
                .collect(),
        }),
    };
    let answer =
        answer.or(inline).filter(|answer| !answer.pieces.is_empty()).map(|answer| build_answer(text, tables, answer));
    Question {
        label: draft.label.clone(),
        number: draft.number,
        text: draft.text(),
        span: draft.span,
        parts: draft.parts.clone(),
        answer,
        outcome: Outcome::Unknown,
        exemptions: Vec::new(),
    }
}

fn build_answer(text: &str, tables: &[(usize, usize, Table)], draft: DraftAnswer) -> Answer {
    let start = draft.pieces.first().map_or(0, |piece| piece.start);
    let end = draft.pieces.last().map_or(0, |piece| piece.end);
    let span = Span::new(start, end);
    let answer_tables: Vec<Table> =
        tables.iter().filter(|(_, _, table)| span.contains(table.span)).map(|(_, _, table)| table.clone()).collect();
    let mut figures = Vec::new();
    for piece in &draft.pieces {
        if answer_tables.iter().any(|table| table.span.contains(*piece)) {
            continue;
        }
        figures.extend(figures::figures_in_text(piece.text_in(text), piece.start));
    }
    for table in &answer_tables {
        figures.extend(figures::figures_in_table(table));
    }
    figures.sort_by_key(|figure| figure.span.start);
    let joined = draft.pieces.iter().map(|piece| piece.text_in(text)).collect::<Vec<_>>().join("\n");
    Answer { kind: draft.kind, text: joined, span, tables: answer_tables, figures }
}

/// Gives every question an outcome: from its answer, from a sentence naming it, or from the
/// decision on the whole request.
fn settle_outcomes(
    lines: &[lines::Line<'_>],
    voices: &[Voice],
    boilerplate: &[bool],
    decision: Decision,
    signals: &decision::Signals,
    questions: &mut [Question],
) {
    for question in questions.iter_mut() {
        if let Some(answer) = &question.answer {
            question.outcome = match outcome_of(&answer.text) {
                Some(Outcome::Withheld)
                    if !answer.figures.is_empty() || !answer.tables.is_empty() || discloses_something(&answer.text) =>
                {
                    Outcome::PartlyWithheld
                }
                Some(outcome) => outcome,
                None => Outcome::Answered,
            };
        }
    }
    for (index, line) in lines.iter().enumerate() {
        if voices.get(index) != Some(&Voice::Authority) || boilerplate.get(index) == Some(&true) {
            continue;
        }
        for clause in line.text.split_inclusive(['.', ';']).flat_map(|sentence| sentence.split(" but ")) {
            let mentioned = questions_mentioned(clause);
            if mentioned.is_empty() {
                continue;
            }
            let Some(said) = outcome_of(clause) else { continue };
            settle_mentioned(questions, &mentioned, said);
        }
    }
    let fallback = match decision {
        Decision::Ncnd => Outcome::Ncnd,
        Decision::NotHeld => Outcome::NotHeld,
        Decision::Refused if signals.cost.is_some() => Outcome::RefusedCost,
        Decision::Refused => Outcome::Withheld,
        _ => Outcome::Unknown,
    };
    for question in questions.iter_mut().filter(|question| question.outcome == Outcome::Unknown) {
        question.outcome = fallback;
    }
}

/// Applies an outcome stated for some question numbers ("questions 3 to 5 … exempt").
fn settle_mentioned(questions: &mut [Question], mentioned: &[u32], said: Outcome) {
    for question in
        questions.iter_mut().filter(|question| question.number.is_some_and(|number| mentioned.contains(&number)))
    {
        question.outcome = match (question.outcome, said) {
            (Outcome::Unknown, said) => said,
            (Outcome::Answered, Outcome::Withheld) => Outcome::PartlyWithheld,
            (current, _) => current,
        };
    }
}

/// Ties each exemption to the questions its sentence names, or whose answer cites it.
fn attach_exemptions(
    lines: &[lines::Line<'_>],
    voices: &[Voice],
    exemptions: &[ExemptionCitation],
    questions: &mut [Question],
) {
    // Citations by where they start, so each line looks only at its own, not at every citation.
    let mut by_start: Vec<usize> = (0..exemptions.len()).collect();
    by_start.sort_by_key(|at| exemptions[*at].span.start);
    for (index, line) in lines.iter().enumerate() {
        if voices.get(index) != Some(&Voice::Authority) {
            continue;
        }
        let first = by_start.partition_point(|at| exemptions[*at].span.start < line.span.start);
        let mut in_line: Vec<usize> = by_start[first..]
            .iter()
            .take_while(|at| exemptions[**at].span.start <= line.span.end)
            .copied()
            .filter(|at| line.span.contains(exemptions[*at].span))
            .collect();
        in_line.sort_unstable();
        let cited: Vec<&ExemptionCitation> = in_line.into_iter().map(|at| &exemptions[at]).collect();
        if cited.is_empty() {
            continue;
        }
        let mut mentioned = questions_mentioned(line.text);
        if mentioned.is_empty() && index > 0 && voices.get(index - 1) == Some(&Voice::Authority) {
            mentioned = questions_mentioned(lines[index - 1].text);
        }
        for question in questions.iter_mut() {
            let named = question.number.is_some_and(|number| mentioned.contains(&number));
            let in_answer = question.answer.as_ref().is_some_and(|answer| answer.span.contains(line.span));
            if named || in_answer {
                for citation in &cited {
                    add_to_question(&mut question.exemptions, citation);
                }
            }
        }
    }
}

/// Adds a citation to a question once per provision; a bare section gives way to a subsection.
fn add_to_question(own: &mut Vec<ExemptionCitation>, citation: &ExemptionCitation) {
    let bare = citation.provision == citation.section;
    if let Some(existing) =
        own.iter_mut().find(|other| other.section == citation.section && other.provision == other.section && !bare)
    {
        *existing = citation.clone();
    } else if !own
        .iter()
        .any(|other| other.provision == citation.provision || bare && other.section == citation.section)
    {
        own.push(citation.clone());
    }
}
