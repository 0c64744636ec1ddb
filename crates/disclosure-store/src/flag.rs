//! The `redaction_flag` and `redaction_flag_provision` tables: redactions the reviewer flagged
//! by hand. Never touched by re-reading a document; deleting only marks a flag, so it can be
//! restored.

use rusqlite::{params, OptionalExtension, TransactionBehavior};

use crate::connection::Store;
use crate::error::{Result, StoreError};

/// A provision a flag is made under.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct FlagProvision {
    /// The regime's short name: "FOIA", "EIR", "FOISA", "EIRS", "NZ OIA", "AU FOI", "US FOIA" or "IE FOI".
    pub regime: String,
    /// The provision in normal form: "40(2)".
    pub provision: String,
}

/// A flag about to be stored, or the new state of an existing one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewFlag {
    /// The document flagged.
    pub document_id: i64,
    /// The question (label, or "#N" for an unlabelled one); `None` for the letter as a whole.
    pub question_key: Option<String>,
    /// The passage flagged, verbatim; `None` for a whole answer.
    pub quote: Option<String>,
    /// Where the passage is: byte offsets `(start, end)` into the document's text.
    pub position: Option<(i64, i64)>,
    /// One or more provisions.
    pub provisions: Vec<FlagProvision>,
    /// The reviewer's note.
    pub note: String,
}

/// A stored flag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FlagRow {
    /// Flag id.
    pub id: i64,
    /// The document flagged.
    pub document_id: i64,
    /// The question, or `None` for the letter as a whole.
    pub question_key: Option<String>,
    /// The passage flagged.
    pub quote: Option<String>,
    /// Where the passage is.
    pub position: Option<(i64, i64)>,
    /// The provisions, sorted.
    pub provisions: Vec<FlagProvision>,
    /// The reviewer's note.
    pub note: String,
    /// When it was made, RFC 3339 in UTC.
    pub created_at: String,
    /// When it was last changed.
    pub updated_at: String,
    /// When it was deleted, if it was.
    pub deleted_at: Option<String>,
}

impl Store {
    /// Stores a new flag with its provisions in one transaction and returns its id.
    pub fn insert_flag(&mut self, flag: &NewFlag) -> Result<i64> {
        if flag.provisions.is_empty() {
            return Err(StoreError::FlagWithoutProvision);
        }
        let transaction = self.connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let exists: Option<i64> = transaction
            .query_row("SELECT id FROM document WHERE id = ?1", [flag.document_id], |row| row.get(0))
            .optional()?;
        if exists.is_none() {
            return Err(StoreError::DocumentNotFound(flag.document_id.to_string()));
        }
        transaction.execute(
            "INSERT INTO redaction_flag (document_id, question_key, quote, span_start, span_end, note)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                flag.document_id,
                flag.question_key,
                flag.quote,
                flag.position.map(|(start, _)| start),
                flag.position.map(|(_, end)| end),
                flag.note
            ],
        )?;
        let id = transaction.last_insert_rowid();
        insert_provisions(&transaction, id, &flag.provisions)?;
        transaction.commit()?;
        Ok(id)
    }

    /// Replaces a flag's question, passage, provisions and note.
    pub fn update_flag(&mut self, id: i64, flag: &NewFlag) -> Result<()> {
        if flag.provisions.is_empty() {
            return Err(StoreError::FlagWithoutProvision);
        }
        let transaction = self.connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let n_changed = transaction.execute(
            "UPDATE redaction_flag SET question_key = ?2, quote = ?3, span_start = ?4, span_end = ?5, note = ?6,
                                       updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
             WHERE id = ?1",
            params![
                id,
                flag.question_key,
                flag.quote,
                flag.position.map(|(start, _)| start),
                flag.position.map(|(_, end)| end),
                flag.note
            ],
        )?;
        if n_changed == 0 {
            return Err(StoreError::FlagNotFound(id));
        }
        transaction.execute("DELETE FROM redaction_flag_provision WHERE flag_id = ?1", [id])?;
        insert_provisions(&transaction, id, &flag.provisions)?;
        transaction.commit()?;
        Ok(())
    }

    /// Deletes a flag, keeping it so [`Store::update_flag_restored`] can undo the deletion.
    pub fn delete_flag(&mut self, id: i64) -> Result<()> {
        let n_changed = self.connection.execute(
            "UPDATE redaction_flag SET deleted_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?1 AND deleted_at IS NULL",
            [id],
        )?;
        if n_changed == 0 {
            return Err(StoreError::FlagNotFound(id));
        }
        Ok(())
    }

    /// Undoes the deletion of a flag.
    pub fn update_flag_restored(&mut self, id: i64) -> Result<()> {
        let n_changed = self.connection.execute("UPDATE redaction_flag SET deleted_at = NULL WHERE id = ?1", [id])?;
        if n_changed == 0 {
            return Err(StoreError::FlagNotFound(id));
        }
        Ok(())
    }

    /// One flag by id, deleted or not.
    pub fn get_flag(&self, id: i64) -> Result<FlagRow> {
        let flag = self
            .connection
            .query_row(
                "SELECT id, document_id, question_key, quote, span_start, span_end, note, created_at, updated_at, deleted_at
                 FROM redaction_flag WHERE id = ?1",
                [id],
                read_flag,
            )
            .optional()?
            .ok_or(StoreError::FlagNotFound(id))?;
        self.with_provisions(flag)
    }

    /// The live flags of one document, in text order (whole answers and letters last).
    pub fn list_flags(&self, document_id: i64) -> Result<Vec<FlagRow>> {
        let mut statement = self.connection.prepare(
            "SELECT id, document_id, question_key, quote, span_start, span_end, note, created_at, updated_at, deleted_at
             FROM redaction_flag WHERE document_id = ?1 AND deleted_at IS NULL
             ORDER BY span_start IS NULL, span_start, id",
        )?;
        let flags = statement.query_map([document_id], read_flag)?.collect::<rusqlite::Result<Vec<_>>>()?;
        flags.into_iter().map(|flag| self.with_provisions(flag)).collect()
    }

    fn with_provisions(&self, mut flag: FlagRow) -> Result<FlagRow> {
        let mut statement = self.connection.prepare(
            "SELECT regime, provision FROM redaction_flag_provision WHERE flag_id = ?1 ORDER BY regime, provision",
        )?;
        let provisions =
            statement.query_map([flag.id], |row| Ok(FlagProvision { regime: row.get(0)?, provision: row.get(1)? }))?;
        flag.provisions = provisions.collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(flag)
    }
}

fn insert_provisions(
    transaction: &rusqlite::Transaction<'_>,
    flag_id: i64,
    provisions: &[FlagProvision],
) -> Result<()> {
    let mut statement = transaction
        .prepare("INSERT OR IGNORE INTO redaction_flag_provision (flag_id, regime, provision) VALUES (?1, ?2, ?3)")?;
    for provision in provisions {
        statement.execute(params![flag_id, provision.regime, provision.provision])?;
    }
    Ok(())
}

fn read_flag(row: &rusqlite::Row<'_>) -> rusqlite::Result<FlagRow> {
    let start: Option<i64> = row.get(4)?;
    let end: Option<i64> = row.get(5)?;
    Ok(FlagRow {
        id: row.get(0)?,
        document_id: row.get(1)?,
        question_key: row.get(2)?,
        quote: row.get(3)?,
        position: start.zip(end),
        provisions: Vec::new(),
        note: row.get(6)?,
        created_at: row.get(7)?,
        updated_at: row.get(8)?,
        deleted_at: row.get(9)?,
    })
}
