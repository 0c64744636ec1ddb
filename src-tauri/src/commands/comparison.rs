//! Two letters side by side: their answers to one question (numbered differently in each, if
//! need be) or the whole letters, word by word, with the figures and table cells that changed.
//! The comparison is the core's `compare_letters`, the CLI's `diff` too; here it is only
//! converted for the UI. The pieces and figure changes are also what a thread's years show.

use disclosure_core::diff::{
    compare_letters, compare_questions, side_by_side, CellChange, CompareError, DiffOptions, FigureChange, Piece,
};
use serde::{Deserialize, Serialize};
use tauri::State;
use ts_rs::TS;

use super::codes::{DiffPieceKind, FigureUnitCode};
use super::threads::store_error;
use super::with_store;
use crate::error::{CommandError, CommandResult};
use crate::library::Library;

/// A piece of an answer or letter in a comparison.
#[derive(Debug, Clone, Serialize, TS)]
pub struct DiffPiece {
    /// In both texts, only in one, or a paragraph that moved.
    pub kind: DiffPieceKind,
    /// The words, to be shown as text only.
    pub text: String,
    /// The number of the change it belongs to (from 0), for everything but equal pieces.
    pub change: Option<u32>,
    /// True when it opens a new paragraph.
    pub starts_paragraph: bool,
}

/// One passage of a side-by-side comparison: both columns always hold the same passage.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ComparisonRow {
    /// The old text's pieces.
    pub old: Vec<DiffPiece>,
    /// The new text's pieces.
    pub new: Vec<DiffPiece>,
    /// The changes in this row.
    pub changes: Vec<u32>,
}

/// A figure compared across two answers.
#[derive(Debug, Clone, Serialize, TS)]
pub struct FigureChangeView {
    /// What it counts.
    pub label: String,
    /// What the figure counts in.
    pub unit: FigureUnitCode,
    /// The old value, when the old answer has it.
    pub old: Option<f64>,
    /// The new value, when the new answer has it.
    pub new: Option<f64>,
    /// New minus old.
    pub delta: Option<f64>,
    /// The change in per cent of the old value, to one decimal.
    pub percent: Option<f64>,
    /// "377 → 412, +35, +9.3 %".
    pub description: String,
    /// False when the value held steady.
    pub changed: bool,
}

/// A table cell in both answers.
#[derive(Debug, Clone, Serialize, TS)]
pub struct CellChangeView {
    /// The row's label.
    pub row: String,
    /// The column's label.
    pub column: String,
    /// The old cell.
    pub old: String,
    /// The new cell.
    pub new: String,
    /// True when the cell's text changed.
    pub changed: bool,
}

/// One side of a comparison.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ComparedLetter {
    /// The letter.
    #[ts(type = "number")]
    pub document_id: i64,
    /// Its reference.
    pub reference: Option<String>,
    /// Its response date, `YYYY-MM-DD`.
    pub date: Option<String>,
    /// Its short title.
    pub title: String,
}

/// Two answers (or two letters) side by side.
#[derive(Debug, Clone, Serialize, TS)]
pub struct AnswerComparison {
    /// The older letter.
    pub old: ComparedLetter,
    /// The newer letter.
    pub new: ComparedLetter,
    /// The question compared, or null for the whole letters.
    pub question: Option<String>,
    /// The passages, old beside new.
    pub rows: Vec<ComparisonRow>,
    /// How many changes the rows number.
    pub n_changes: u32,
    /// Every figure matched by label (unchanged ones marked so).
    pub figure_changes: Vec<FigureChangeView>,
    /// Table cells in both answers.
    pub table_changes: Vec<CellChangeView>,
    /// Paragraphs that moved, as printed in the new text.
    pub moves: Vec<String>,
    /// True when the texts were too different to compare in time and parts are whole replacements.
    pub coarse: bool,
}

/// How words are compared.
#[derive(Debug, Clone, Copy, Default, Deserialize, Serialize, TS)]
pub struct CompareOptions {
    /// "Withdrawn" equals "withdrawn".
    pub ignore_case: bool,
    /// "2022," equals "2022".
    pub ignore_punctuation: bool,
}

impl From<CompareOptions> for DiffOptions {
    fn from(options: CompareOptions) -> Self {
        DiffOptions {
            ignore_case: options.ignore_case,
            ignore_punctuation: options.ignore_punctuation,
            ..DiffOptions::default()
        }
    }
}

impl From<&FigureChange> for FigureChangeView {
    fn from(change: &FigureChange) -> Self {
        FigureChangeView {
            label: change.label.clone(),
            unit: FigureUnitCode::named(change.unit.as_str()),
            old: change.old,
            new: change.new,
            delta: change.delta(),
            percent: change.percent().map(|percent| (percent * 10.0).round() / 10.0),
            description: change.describe(),
            changed: change.is_change(),
        }
    }
}

impl From<&CellChange> for CellChangeView {
    fn from(cell: &CellChange) -> Self {
        CellChangeView {
            row: cell.row.clone(),
            column: cell.column.clone(),
            old: cell.old.clone(),
            new: cell.new.clone(),
            changed: cell.changed(),
        }
    }
}

impl From<&Piece> for DiffPiece {
    fn from(piece: &Piece) -> Self {
        DiffPiece {
            kind: DiffPieceKind::named(piece.kind.as_str()),
            text: piece.text.clone(),
            change: piece.change.map(|change| change as u32),
            starts_paragraph: piece.starts_paragraph,
        }
    }
}

fn compare_error(error: CompareError) -> CommandError {
    let message = error.to_string();
    // The core's sentence starts in lower case, for the CLI's "disclosure: …" prefix.
    let mut sentence: String =
        message.chars().take(1).flat_map(char::to_uppercase).chain(message.chars().skip(1)).collect();
    sentence.push('.');
    CommandError::new("not_found", sentence)
}

/// Two letters side by side: their answers to `question` (numbered `old_question` in the old
/// letter, when that differs), or the whole letters without one.
#[tauri::command]
pub async fn compare_documents(
    library: State<'_, Library>,
    old_id: i64,
    new_id: i64,
    question: Option<String>,
    old_question: Option<String>,
    options: Option<CompareOptions>,
) -> CommandResult<AnswerComparison> {
    with_store(&library, move |store| {
        let old = store.get_document(old_id).map_err(store_error)?;
        let new = store.get_document(new_id).map_err(store_error)?;
        let options = DiffOptions::from(options.unwrap_or_default());
        // The same question is often numbered differently from one year to the next.
        let comparison = match (question.as_deref(), old_question.as_deref()) {
            (Some(new_label), Some(old_label)) => {
                compare_questions(&old.text, &new.text, old_label, new_label, &options)
            }
            _ => compare_letters(&old.text, &new.text, question.as_deref(), &options),
        }
        .map_err(compare_error)?;
        let columns = side_by_side(&comparison.diff, &comparison.moves);
        let letter = |record: &disclosure_store::DocumentRecord| ComparedLetter {
            document_id: record.row.id,
            reference: record.row.reference.clone(),
            date: record.row.response_date.clone(),
            title: record.row.title.clone(),
        };
        Ok(AnswerComparison {
            old: letter(&old),
            new: letter(&new),
            question,
            rows: columns
                .rows
                .iter()
                .map(|row| ComparisonRow {
                    old: row.old.iter().map(DiffPiece::from).collect(),
                    new: row.new.iter().map(DiffPiece::from).collect(),
                    changes: row.changes().into_iter().map(|change| change as u32).collect(),
                })
                .collect(),
            n_changes: columns.n_changes as u32,
            figure_changes: comparison.figures.iter().map(FigureChangeView::from).collect(),
            table_changes: comparison.cells.iter().map(CellChangeView::from).collect(),
            moves: comparison.moves.iter().map(|moved| moved.text.clone()).collect(),
            coarse: comparison.diff.coarse,
        })
    })
    .await
}
