//! Comparing two letters, or their answers to one question: the word diff, the figures and table
//! cells that changed, and the paragraphs that moved, in one value. The CLI's `diff` and the
//! app's comparison screen both call [`compare_letters`], so they can never disagree.

use std::fmt;

use super::{
    diff_words, figure_changes, find_moves, table_changes, CellChange, DiffOptions, FigureChange, MovedBlock, WordDiff,
};
use crate::parse::{parse_answers, Answer, Disclosure, Figure, Question, Table};

/// Which of the two letters a problem is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// The older letter.
    Old,
    /// The newer letter.
    New,
}

impl Side {
    /// "old" or "new".
    pub fn as_str(self) -> &'static str {
        match self {
            Side::Old => "old",
            Side::New => "new",
        }
    }
}

/// Why two answers could not be compared.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CompareError {
    /// No question of that letter carries the label.
    NoSuchQuestion {
        /// The letter without it.
        side: Side,
        /// The label asked for.
        label: String,
    },
    /// The question is there but no answer to it was found.
    Unanswered {
        /// The letter with the unanswered question.
        side: Side,
        /// The label asked for.
        label: String,
    },
}

impl fmt::Display for CompareError {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CompareError::NoSuchQuestion { side, label } => {
                write!(formatter, "the {} letter has no question labelled {label}", side.as_str())
            }
            CompareError::Unanswered { side, label } => {
                write!(formatter, "question {label} of the {} letter has no answer", side.as_str())
            }
        }
    }
}

impl std::error::Error for CompareError {}

/// Two letters or two answers compared.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    /// The words, run by run.
    pub diff: WordDiff,
    /// Every figure matched by label, unchanged ones included (see [`figure_changes`]).
    pub figures: Vec<FigureChange>,
    /// Table cells present in both, by row and column label.
    pub cells: Vec<CellChange>,
    /// Paragraphs deleted in one place and inserted, the same, in another.
    pub moves: Vec<MovedBlock>,
}

/// Compares two letters' texts: their answers to the question `question` names ("2", "Q2" and
/// "q2" all name question 2), or, without one, the whole letters with the figures and tables of
/// every answer.
pub fn compare_letters(
    old_text: &str,
    new_text: &str,
    question: Option<&str>,
    options: &DiffOptions,
) -> Result<Comparison, CompareError> {
    // Only the answers are compared, so only they are read, not the decision or the letterhead.
    let old_letter = parse_answers(old_text);
    let new_letter = parse_answers(new_text);
    match question {
        Some(label) => compare_parsed_questions(&old_letter, &new_letter, label, label, options),
        None => {
            let (old_figures, old_tables) = answers_of(&old_letter);
            let (new_figures, new_tables) = answers_of(&new_letter);
            Ok(compare_parts(old_text, new_text, (&old_figures, &new_figures), (&old_tables, &new_tables), options))
        }
    }
}

/// Compares the answer to question `old_label` of one letter with the answer to question
/// `new_label` of another: the same question is often numbered differently from year to year.
pub fn compare_questions(
    old_text: &str,
    new_text: &str,
    old_label: &str,
    new_label: &str,
    options: &DiffOptions,
) -> Result<Comparison, CompareError> {
    compare_parsed_questions(&parse_answers(old_text), &parse_answers(new_text), old_label, new_label, options)
}

fn compare_parsed_questions(
    old_letter: &[Question],
    new_letter: &[Question],
    old_label: &str,
    new_label: &str,
    options: &DiffOptions,
) -> Result<Comparison, CompareError> {
    let old_answer = answer_among(old_letter, old_label).map_err(|error| error.on(Side::Old))?;
    let new_answer = answer_among(new_letter, new_label).map_err(|error| error.on(Side::New))?;
    Ok(compare_answers(old_answer, new_answer, options))
}

/// Compares two answers already read: their words, figures, tables and moves.
pub fn compare_answers(old: &Answer, new: &Answer, options: &DiffOptions) -> Comparison {
    compare_parts(&old.text, &new.text, (&old.figures, &new.figures), (&old.tables, &new.tables), options)
}

fn compare_parts(
    old_text: &str,
    new_text: &str,
    figures: (&[Figure], &[Figure]),
    tables: (&[Table], &[Table]),
    options: &DiffOptions,
) -> Comparison {
    let diff = diff_words(old_text, new_text, options);
    let moves = find_moves(&diff.ops);
    Comparison { figures: figure_changes(figures.0, figures.1), cells: table_changes(tables.0, tables.1), moves, diff }
}

/// A question label not found, before it is known which letter it was looked for in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MissingAnswer {
    /// No question carries the label.
    NoSuchQuestion(String),
    /// The question has no answer.
    Unanswered(String),
}

impl MissingAnswer {
    fn on(self, side: Side) -> CompareError {
        match self {
            MissingAnswer::NoSuchQuestion(label) => CompareError::NoSuchQuestion { side, label },
            MissingAnswer::Unanswered(label) => CompareError::Unanswered { side, label },
        }
    }
}

/// The answer to the question labelled `label`, found by [`Disclosure::question`]'s rule, so
/// "2", "Q2" and "q2" all name question 2.
pub fn answer_to<'d>(letter: &'d Disclosure, label: &str) -> Result<&'d Answer, MissingAnswer> {
    answer_among(&letter.questions, label)
}

fn answer_among<'d>(questions: &'d [Question], label: &str) -> Result<&'d Answer, MissingAnswer> {
    let (_, question) = crate::parse::question_labelled(questions, label)
        .ok_or_else(|| MissingAnswer::NoSuchQuestion(label.trim().to_string()))?;
    question.answer.as_ref().ok_or_else(|| MissingAnswer::Unanswered(label.trim().to_string()))
}

/// Every figure and table of every answer, in letter order.
fn answers_of(questions: &[Question]) -> (Vec<Figure>, Vec<Table>) {
    let answers = questions.iter().filter_map(|question| question.answer.as_ref());
    let figures = answers.clone().flat_map(|answer| answer.figures.iter().cloned()).collect();
    let tables = answers.flat_map(|answer| answer.tables.iter().cloned()).collect();
    (figures, tables)
}
