//! The `document_link` table: the letter a spreadsheet imported on its own goes with, as the
//! reviewer chose it. Re-reading never touches it.

use rusqlite::{params, OptionalExtension};

use crate::connection::Store;
use crate::document::DocumentRow;
use crate::error::{Result, StoreError};

impl Store {
    /// Links sheet `sheet_id` to letter `letter_id`, in place of any letter it went with before.
    pub fn insert_document_link(&mut self, sheet_id: i64, letter_id: i64) -> Result<()> {
        for id in [sheet_id, letter_id] {
            let exists: Option<i64> = self
                .connection
                .query_row("SELECT id FROM document WHERE id = ?1", [id], |row| row.get(0))
                .optional()?;
            if exists.is_none() {
                return Err(StoreError::DocumentNotFound(id.to_string()));
            }
        }
        self.connection.execute(
            "INSERT INTO document_link (sheet_id, letter_id) VALUES (?1, ?2)
             ON CONFLICT (sheet_id) DO UPDATE SET letter_id = excluded.letter_id, linked_at = excluded.linked_at",
            params![sheet_id, letter_id],
        )?;
        Ok(())
    }

    /// Removes the link of a sheet; true when there was one.
    pub fn delete_document_link(&mut self, sheet_id: i64) -> Result<bool> {
        Ok(self.connection.execute("DELETE FROM document_link WHERE sheet_id = ?1", [sheet_id])? > 0)
    }

    /// The letter a sheet was linked to by the reviewer, if any.
    pub fn find_document_link(&self, sheet_id: i64) -> Result<Option<i64>> {
        Ok(self
            .connection
            .query_row("SELECT letter_id FROM document_link WHERE sheet_id = ?1", [sheet_id], |row| row.get(0))
            .optional()?)
    }

    /// The sheets the reviewer linked to a letter, in the order they were imported.
    pub fn list_linked_sheets(&self, letter_id: i64) -> Result<Vec<DocumentRow>> {
        let mut ids: Vec<i64> = {
            let mut statement =
                self.connection.prepare_cached("SELECT sheet_id FROM document_link WHERE letter_id = ?1")?;
            let rows = statement.query_map([letter_id], |row| row.get(0))?;
            rows.collect::<rusqlite::Result<Vec<_>>>()?
        };
        ids.sort_unstable();
        ids.into_iter().map(|id| self.get_document(id).map(|record| record.row)).collect()
    }
}
