//! `disclosure diff A B`: word-level differences between two letters, or between their answers
//! to one question, with changed figures called out. The comparison itself is the core's
//! [`compare_letters`], which the app's comparison screen calls too.

use std::io::IsTerminal;

use anyhow::anyhow;
use disclosure_core::diff::{compare_letters, CompareError, Comparison, DiffOptions, OpKind, Side};
use disclosure_store::Store;

use crate::wire::{AnswerDiff, CellChangeLine, DiffOpLine, FigureChangeLine, MoveLine};

const RED: &str = "\x1b[31m";
const GREEN: &str = "\x1b[32m";
const BOLD: &str = "\x1b[1m";
const RESET: &str = "\x1b[0m";

pub fn diff(store: &Store, old_key: &str, new_key: &str, question: Option<&str>, json: bool) -> anyhow::Result<()> {
    let old_record = store.get_document_by_key(old_key)?;
    let new_record = store.get_document_by_key(new_key)?;
    let comparison =
        compare_letters(&old_record.text, &new_record.text, question, &DiffOptions::default()).map_err(|error| {
            let key = match &error {
                CompareError::NoSuchQuestion { side: Side::Old, .. }
                | CompareError::Unanswered { side: Side::Old, .. } => old_key,
                _ => new_key,
            };
            anyhow!("{error} (document {key})")
        })?;
    let Comparison { diff: word_diff, figures, cells, moves } = comparison;

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
    let changed: Vec<_> = figures.iter().filter(|change| change.is_change()).collect();
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
