//! A word diff laid out side by side: rows of old and new paragraphs that line up, each a run of
//! pieces marked equal, deleted, inserted or moved, with every change numbered so a reader can
//! jump from one to the next.
//!
//! Rows break only where both texts break a paragraph at the same place (inside an equal run), so
//! the two columns of a row always hold the same passage and scroll together. A paragraph deleted
//! or inserted as a whole stays inside the row it falls in, as its own paragraph there.

use super::moves::words_of;
use super::{MovedBlock, OpKind, WordDiff};

/// What a piece of a column is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PieceKind {
    /// The same words on both sides.
    Equal,
    /// Only in the old text.
    Deleted,
    /// Only in the new text.
    Inserted,
    /// A paragraph of the old text found again elsewhere in the new one.
    MovedAway,
    /// A paragraph of the new text that was elsewhere in the old one.
    MovedHere,
}

impl PieceKind {
    /// Stable short name: "equal", "deleted", "inserted", "moved_away", "moved_here".
    pub fn as_str(self) -> &'static str {
        match self {
            PieceKind::Equal => "equal",
            PieceKind::Deleted => "deleted",
            PieceKind::Inserted => "inserted",
            PieceKind::MovedAway => "moved_away",
            PieceKind::MovedHere => "moved_here",
        }
    }
}

/// A run of words in one column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    /// What it is.
    pub kind: PieceKind,
    /// The words as printed, with the spaces between them.
    pub text: String,
    /// The number of the change it belongs to (from 0), for every piece but equal ones.
    pub change: Option<usize>,
    /// True when it opens a new paragraph inside its row.
    pub starts_paragraph: bool,
}

/// One passage, old beside new.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ColumnRow {
    /// The old text's pieces.
    pub old: Vec<Piece>,
    /// The new text's pieces.
    pub new: Vec<Piece>,
}

impl ColumnRow {
    /// The changes this row holds, in order.
    pub fn changes(&self) -> Vec<usize> {
        let mut changes: Vec<usize> = self.old.iter().chain(&self.new).filter_map(|piece| piece.change).collect();
        changes.sort_unstable();
        changes.dedup();
        changes
    }
}

/// The diff side by side.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Columns {
    /// The rows, in text order.
    pub rows: Vec<ColumnRow>,
    /// How many changes there are: a deletion and the insertion that replaces it are one change.
    pub n_changes: usize,
}

struct Layout {
    rows: Vec<ColumnRow>,
    current: ColumnRow,
}

impl Layout {
    fn push(&mut self, side: OpKind, kind: PieceKind, text: &str, change: Option<usize>, starts_paragraph: bool) {
        let column = if side == OpKind::Delete { &mut self.current.old } else { &mut self.current.new };
        // A paragraph's or a row's first words need no space in front of them.
        let text = if starts_paragraph || column.is_empty() { text.trim_start() } else { text };
        if text.is_empty() {
            return;
        }
        column.push(Piece {
            kind,
            text: text.to_string(),
            change,
            starts_paragraph: starts_paragraph && !column.is_empty(),
        });
    }

    fn break_row(&mut self) {
        let row = std::mem::take(&mut self.current);
        if !row.old.is_empty() || !row.new.is_empty() {
            self.rows.push(row);
        }
    }
}

/// Lays a word diff out in two columns, marking the paragraphs `moves` found.
pub fn side_by_side(diff: &WordDiff, moves: &[MovedBlock]) -> Columns {
    let mut layout = Layout { rows: Vec::new(), current: ColumnRow::default() };
    let mut n_changes = 0;
    let mut previous = OpKind::Equal;
    for (op_idx, op) in diff.ops.iter().enumerate() {
        let change = match op.kind {
            OpKind::Equal => None,
            // A delete then an insert is one replacement: one change.
            OpKind::Insert if previous == OpKind::Delete => Some(n_changes - 1),
            _ => {
                n_changes += 1;
                Some(n_changes - 1)
            }
        };
        previous = op.kind;
        match op.kind {
            OpKind::Equal => {
                let old_parts: Vec<&str> = op.old.split("\n\n").collect();
                let new_parts: Vec<&str> = op.new.split("\n\n").collect();
                if old_parts.len() == new_parts.len() {
                    for (n, (old_part, new_part)) in old_parts.iter().zip(&new_parts).enumerate() {
                        if n > 0 {
                            layout.break_row();
                        }
                        layout.push(OpKind::Delete, PieceKind::Equal, old_part, None, false);
                        layout.push(OpKind::Insert, PieceKind::Equal, new_part, None, false);
                    }
                } else {
                    // The same words broken into paragraphs differently: one row, each side's own breaks.
                    for (n, part) in old_parts.iter().enumerate() {
                        layout.push(OpKind::Delete, PieceKind::Equal, part, None, n > 0);
                    }
                    for (n, part) in new_parts.iter().enumerate() {
                        layout.push(OpKind::Insert, PieceKind::Equal, part, None, n > 0);
                    }
                }
            }
            OpKind::Delete => {
                for (n, part) in op.old.split("\n\n").enumerate() {
                    let moved =
                        moves.iter().any(|block| block.from_op == op_idx && is_moved_paragraph(part, &block.text));
                    let kind = if moved { PieceKind::MovedAway } else { PieceKind::Deleted };
                    layout.push(OpKind::Delete, kind, part, change, n > 0);
                }
            }
            OpKind::Insert => {
                for (n, part) in op.new.split("\n\n").enumerate() {
                    let moved =
                        moves.iter().any(|block| block.to_op == op_idx && is_moved_paragraph(part, &block.text));
                    let kind = if moved { PieceKind::MovedHere } else { PieceKind::Inserted };
                    layout.push(OpKind::Insert, kind, part, change, n > 0);
                }
            }
        }
    }
    layout.break_row();
    Columns { rows: layout.rows, n_changes }
}

fn is_moved_paragraph(paragraph: &str, moved: &str) -> bool {
    let words = words_of(paragraph);
    !words.is_empty() && words == words_of(moved)
}
