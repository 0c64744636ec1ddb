//! `disclosure diff A B`: word-level differences between two letters, or between their answers
//! to one question, with changed figures called out.

use std::io::IsTerminal;

use anyhow::{anyhow, Context};
use disclosure_core::diff::{diff_words, figure_changes, find_moves, table_changes, DiffOptions, OpKind};
use disclosure_core::parse::{parse, Answer, Disclosure, Figure, Table};
use disclosure_store::Store;

use crate::wire::{AnswerDiff, CellChangeLine, DiffOpLine, FigureChangeLine, MoveLine};

const RED: &str = "\x1b[31m";
const GREEN: &str = "\x1b[32m";
const BOLD: &str = "\x1b[1m";
const RESET: &str = "\x1b[0m";

pub fn diff(store: &Store, old_key: &str, new_key: &str, question: Option<&str>, json: bool) -> anyhow::Result<()> {
    let old_record = store.get_document_by_key(old_key)?;
    let new_record = store.get_document_by_key(new_key)?;
    let old_letter = parse(&old_record.text);
    let new_letter = parse(&new_record.text);
    let (old_text, new_text, old_figures, new_figures, old_tables, new_tables) = match question {
        Some(label) => {
            let old_answer = answer_to(&old_letter, label).with_context(|| format!("in document {old_key}"))?;
            let new_answer = answer_to(&new_letter, label).with_context(|| format!("in document {new_key}"))?;
            (old_answer.text.clone(), new_answer.text.clone(), old_answer.figures.clone(), new_answer.figures.clone(), old_answer.tables.clone(), new_answer.tables.clone())
        }
        None => {
            let (old_figures, old_tables) = answers_of(&old_letter);
            let (new_figures, new_tables) = answers_of(&new_letter);
            (old_record.text.clone(), new_record.text.clone(), old_figures, new_figures, old_tables, new_tables)
        }
    };
    let word_diff = diff_words(&old_text, &new_text, &DiffOptions::default());
    let figures = figure_changes(&old_figures, &new_figures);
    let cells = table_changes(&old_tables, &new_tables);
    let moves = find_moves(&word_diff.ops);

    if json {
        let shaped = AnswerDiff {
            ops: word_diff.ops.iter().map(DiffOpLine::from).collect(),
            figure_changes: figures.iter().map(FigureChangeLine::from).collect(),
            table_changes: cells.iter().map(CellChangeLine::from).collect(),
            moves: moves.iter().map(MoveLine::from).collect(),
            coarse: word_diff.coarse,
        };
        println!("{}", serde_json::to_string_pretty(&shaped)?);
        return Ok(());
    }
    let colour = std::io::stdout().is_terminal();
    let mut out = String::new();
    for op in &word_diff.ops {
        match (op.kind, colour) {
            (OpKind::Equal, _) => out.push_str(&op.new),
            (OpKind::Delete, true) => out.push_str(&format!("{RED}[-{}-]{RESET}", op.old)),
            (OpKind::Insert, true) => out.push_str(&format!("{GREEN}{{+{}+}}{RESET}", op.new)),
            (OpKind::Delete, false) => out.push_str(&format!("[-{}-]", op.old)),
            (OpKind::Insert, false) => out.push_str(&format!("{{+{}+}}", op.new)),
        }
    }
    println!("{out}");
    let changed: Vec<_> = figures.iter().filter(|change| change.delta() != Some(0.0)).collect();
    if !changed.is_empty() {
        println!();
        println!("{}figures{}", if colour { BOLD } else { "" }, if colour { RESET } else { "" });
        for change in changed {
            println!("  {}: {}", change.label, change.describe());
        }
    }
    if word_diff.coarse {
        println!("(the texts differ too much to compare in time: parts are shown as whole replacements)");
    }
    Ok(())
}

/// The answer to the question labelled `label` ("2", "Q2" and "q2" all name question 2).
fn answer_to<'d>(letter: &'d Disclosure, label: &str) -> anyhow::Result<&'d Answer> {
    let wanted = label.trim().to_lowercase();
    let wanted_number: Option<u32> = wanted.trim_start_matches(|c: char| !c.is_ascii_digit()).parse().ok();
    let question = letter
        .questions
        .iter()
        .find(|question| question.label.as_deref().is_some_and(|found| found.to_lowercase() == wanted))
        .or_else(|| letter.questions.iter().find(|question| wanted_number.is_some() && question.number == wanted_number))
        .ok_or_else(|| anyhow!("no question labelled {label}"))?;
    question.answer.as_ref().ok_or_else(|| anyhow!("question {label} has no answer"))
}

/// Every figure and table of every answer, in letter order.
fn answers_of(letter: &Disclosure) -> (Vec<Figure>, Vec<Table>) {
    let answers = letter.questions.iter().filter_map(|question| question.answer.as_ref());
    let figures = answers.clone().flat_map(|answer| answer.figures.iter().cloned()).collect();
    let tables = answers.flat_map(|answer| answer.tables.iter().cloned()).collect();
    (figures, tables)
}
