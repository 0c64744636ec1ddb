//! Tables compared cell by cell, when both answers have a table whose rows and columns carry
//! the same labels (years in labels ignored: "Status on 31 December 2022" meets its 2023 twin).

use crate::diff::figure_label_key;
use crate::parse::{Span, Table};

/// One cell present in both tables, by row and column label.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellChange {
    /// The row's label (its first cell).
    pub row: String,
    /// The column's label (its header cell).
    pub column: String,
    /// The old cell's text.
    pub old: String,
    /// The new cell's text.
    pub new: String,
    /// Where the old cell is.
    pub old_span: Span,
    /// Where the new cell is.
    pub new_span: Span,
}

impl CellChange {
    /// True when the cell's text changed.
    pub fn changed(&self) -> bool {
        self.old.trim() != self.new.trim()
    }
}

/// Matches the tables of two answers (first pair whose row and column labels overlap) and
/// compares their common cells. Rows or columns found in only one table are left out: the word
/// diff shows them.
pub fn table_changes(old: &[Table], new: &[Table]) -> Vec<CellChange> {
    let mut changes = Vec::new();
    let mut old_used = vec![false; old.len()];
    for new_table in new {
        let new_columns = column_keys(new_table);
        let found = old.iter().enumerate().find(|(n, old_table)| {
            !old_used[*n] && column_keys(old_table) == new_columns && shares_a_row(old_table, new_table)
        });
        let Some((n, old_table)) = found else { continue };
        old_used[n] = true;
        for new_row in &new_table.rows {
            let Some(row_label) = new_row.first() else { continue };
            let row_key = figure_label_key(&row_label.text);
            let Some(old_row) = old_table
                .rows
                .iter()
                .find(|row| row.first().is_some_and(|cell| figure_label_key(&cell.text) == row_key))
            else {
                continue;
            };
            for (column, new_cell) in new_row.iter().enumerate().skip(1) {
                let Some(old_cell) = old_row.get(column) else { continue };
                let column_label = new_table
                    .header
                    .as_ref()
                    .and_then(|header| header.get(column))
                    .map(|cell| cell.text.clone())
                    .unwrap_or_else(|| format!("column {}", column + 1));
                changes.push(CellChange {
                    row: row_label.text.clone(),
                    column: column_label,
                    old: old_cell.text.clone(),
                    new: new_cell.text.clone(),
                    old_span: old_cell.span,
                    new_span: new_cell.span,
                });
            }
        }
    }
    changes
}

fn column_keys(table: &Table) -> Vec<String> {
    match &table.header {
        Some(header) => header.iter().skip(1).map(|cell| figure_label_key(&cell.text)).collect(),
        None => vec![String::new(); table.rows.first().map_or(0, |row| row.len().saturating_sub(1))],
    }
}

fn shares_a_row(old: &Table, new: &Table) -> bool {
    let old_rows: Vec<String> =
        old.rows.iter().filter_map(|row| row.first()).map(|cell| figure_label_key(&cell.text)).collect();
    new.rows.iter().filter_map(|row| row.first()).any(|cell| old_rows.contains(&figure_label_key(&cell.text)))
}
