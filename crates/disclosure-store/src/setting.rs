//! The `setting` table: preferences stored in the library itself, shared by every program that
//! opens it (the reviewer's name, for one).

use rusqlite::{params, OptionalExtension};

use crate::connection::Store;
use crate::error::Result;

/// The name stamped on review statuses and annotations made from this library.
pub const REVIEWER_NAME: &str = "reviewer_name";

impl Store {
    /// The value stored under `key`, if any.
    pub fn find_setting(&self, key: &str) -> Result<Option<String>> {
        let value = self
            .connection
            .query_row("SELECT value FROM setting WHERE key = ?1", params![key], |row| row.get(0))
            .optional()?;
        Ok(value)
    }

    /// Stores `value` under `key`, replacing what was there; an empty value removes the setting.
    pub fn update_setting(&mut self, key: &str, value: &str) -> Result<()> {
        if value.trim().is_empty() {
            self.connection.execute("DELETE FROM setting WHERE key = ?1", params![key])?;
        } else {
            self.connection.execute(
                "INSERT INTO setting (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                params![key, value.trim()],
            )?;
        }
        Ok(())
    }
}
