//! The `document` table: imported letters, their original text, and their library facts.

use rusqlite::{params, OptionalExtension, Row, TransactionBehavior};

use crate::connection::Store;
use crate::error::{Result, StoreError};

/// A document about to be stored.
#[derive(Debug, Clone)]
pub struct NewDocument {
    /// SHA-256 of the original bytes, lowercase hex; unique in the library.
    pub sha256: String,
    /// File name as imported.
    pub file_name: String,
    /// Full path it was imported from, when it came from disk.
    pub source_path: Option<String>,
    /// Detected format, e.g. `txt`, `html`.
    pub format: String,
    /// Detected encoding of the original bytes, e.g. `UTF-8`, `windows-1252`.
    pub encoding: String,
    /// Size of the original bytes.
    pub byte_len: i64,
    /// The full text, verbatim as extracted.
    pub text: String,
    /// What was read from the text.
    pub facts: DocumentFacts,
    /// Version of the reader that produced the derived fields.
    pub parser_version: i64,
    /// The e-mail this document was attached to, if any.
    pub parent_id: Option<i64>,
}

/// The facts read from a document's text; replaced whenever the reading rules change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentFacts {
    /// Request reference, when found.
    pub reference: Option<String>,
    /// Title for the library view.
    pub title: String,
    /// Authority that answered, when known.
    pub authority: Option<String>,
    /// Response date as `YYYY-MM-DD`, when known.
    pub response_date: Option<String>,
    /// The decision read from the letter.
    pub decision: String,
}

/// One row of the library view: everything but the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentRow {
    /// Library id.
    pub id: i64,
    /// Request reference, when found.
    pub reference: Option<String>,
    /// Title for the library view.
    pub title: String,
    /// Authority that answered, when known.
    pub authority: Option<String>,
    /// Response date as `YYYY-MM-DD`, when known.
    pub response_date: Option<String>,
    /// Detected format.
    pub format: String,
    /// Detected encoding of the original bytes.
    pub encoding: String,
    /// File name as imported.
    pub file_name: String,
    /// Full path it was imported from, when it came from disk.
    pub source_path: Option<String>,
    /// Size of the original bytes.
    pub byte_len: i64,
    /// When it was imported, RFC 3339 in UTC.
    pub imported_at: String,
    /// SHA-256 of the original bytes.
    pub sha256: String,
    /// The decision read from the letter.
    pub decision: String,
    /// The e-mail this document was attached to, if any.
    pub parent_id: Option<i64>,
}

/// A whole document: its row and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentRecord {
    /// The library facts.
    pub row: DocumentRow,
    /// The full text, verbatim.
    pub text: String,
}

/// What happened to a document handed to [`Store::insert_document`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Inserted {
    /// Stored under this new id.
    New(i64),
    /// The same bytes were imported before, under this id; nothing was added.
    AlreadyPresent(i64),
}

const ROW_COLUMNS: &str = "id, reference, title, authority, response_date, format, encoding, file_name, source_path, byte_len, imported_at, sha256, decision, parent_id";

fn read_row(row: &Row<'_>) -> rusqlite::Result<DocumentRow> {
    Ok(DocumentRow {
        id: row.get(0)?,
        reference: row.get(1)?,
        title: row.get(2)?,
        authority: row.get(3)?,
        response_date: row.get(4)?,
        format: row.get(5)?,
        encoding: row.get(6)?,
        file_name: row.get(7)?,
        source_path: row.get(8)?,
        byte_len: row.get(9)?,
        imported_at: row.get(10)?,
        sha256: row.get(11)?,
        decision: row.get(12)?,
        parent_id: row.get(13)?,
    })
}

impl Store {
    /// Stores one document in its own transaction, unless the same bytes are already there.
    pub fn insert_document(&mut self, document: &NewDocument) -> Result<Inserted> {
        let transaction = self.connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let existing: Option<i64> = transaction
            .query_row("SELECT id FROM document WHERE sha256 = ?1", [&document.sha256], |row| row.get(0))
            .optional()?;
        if let Some(id) = existing {
            return Ok(Inserted::AlreadyPresent(id));
        }
        transaction.execute(
            "INSERT INTO document (sha256, file_name, source_path, format, encoding, byte_len, text,
                                   reference, title, authority, response_date, decision, parser_version,
                                   parent_id)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
            params![
                document.sha256,
                document.file_name,
                document.source_path,
                document.format,
                document.encoding,
                document.byte_len,
                document.text,
                document.facts.reference,
                document.facts.title,
                document.facts.authority,
                document.facts.response_date,
                document.facts.decision,
                document.parser_version,
                document.parent_id,
            ],
        )?;
        let id = transaction.last_insert_rowid();
        crate::search::index_document(&transaction, id, &document.text)?;
        transaction.commit()?;
        Ok(Inserted::New(id))
    }

    /// Ids of the documents whose facts were read by another version of the rules.
    pub fn list_stale_documents(&self, parser_version: i64) -> Result<Vec<i64>> {
        let mut statement = self.connection.prepare("SELECT id FROM document WHERE parser_version <> ?1 ORDER BY id")?;
        let ids = statement.query_map([parser_version], |row| row.get(0))?;
        Ok(ids.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Replaces the facts read from one document's text; the text itself is never touched.
    pub fn update_document_facts(&mut self, id: i64, facts: &DocumentFacts, parser_version: i64) -> Result<()> {
        let n_changed = self.connection.execute(
            "UPDATE document SET reference = ?2, title = ?3, authority = ?4, response_date = ?5, decision = ?6,
                                 parser_version = ?7
             WHERE id = ?1",
            params![id, facts.reference, facts.title, facts.authority, facts.response_date, facts.decision, parser_version],
        )?;
        if n_changed == 0 {
            return Err(StoreError::DocumentNotFound(id.to_string()));
        }
        // Questions and answers are read anew by the rules that re-read the facts.
        self.update_search_index(id)
    }

    /// The id of the document with these original bytes, if imported.
    pub fn find_document_by_sha256(&self, sha256: &str) -> Result<Option<i64>> {
        Ok(self
            .connection
            .query_row("SELECT id FROM document WHERE sha256 = ?1", [sha256], |row| row.get(0))
            .optional()?)
    }

    /// Every document, newest response first, then by reference.
    pub fn list_documents(&self) -> Result<Vec<DocumentRow>> {
        let mut statement = self.connection.prepare(&format!(
            "SELECT {ROW_COLUMNS} FROM document ORDER BY response_date IS NULL, response_date DESC, reference, id"
        ))?;
        let rows = statement.query_map([], read_row)?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// The documents attached to one e-mail, in the order they were imported.
    pub fn list_attachments(&self, parent_id: i64) -> Result<Vec<DocumentRow>> {
        let mut statement =
            self.connection.prepare(&format!("SELECT {ROW_COLUMNS} FROM document WHERE parent_id = ?1 ORDER BY id"))?;
        let rows = statement.query_map([parent_id], read_row)?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// How many documents the library holds.
    pub fn count_documents(&self) -> Result<i64> {
        Ok(self.connection.query_row("SELECT count(*) FROM document", [], |row| row.get(0))?)
    }

    /// One whole document by id.
    pub fn get_document(&self, id: i64) -> Result<DocumentRecord> {
        self.connection
            .query_row(&format!("SELECT {ROW_COLUMNS}, text FROM document WHERE id = ?1"), [id], |row| {
                Ok(DocumentRecord { row: read_row(row)?, text: row.get(14)? })
            })
            .optional()?
            .ok_or_else(|| StoreError::DocumentNotFound(id.to_string()))
    }

    /// One whole document by id, or by its printed reference (case-insensitive).
    ///
    /// When several documents share a reference, the most recently imported one is returned.
    pub fn get_document_by_key(&self, key: &str) -> Result<DocumentRecord> {
        if let Ok(id) = key.parse::<i64>() {
            if let Ok(record) = self.get_document(id) {
                return Ok(record);
            }
        }
        let id: Option<i64> = self
            .connection
            .query_row(
                "SELECT id FROM document WHERE reference = ?1 COLLATE NOCASE ORDER BY id DESC LIMIT 1",
                [key],
                |row| row.get(0),
            )
            .optional()?;
        match id {
            Some(id) => self.get_document(id),
            None => Err(StoreError::DocumentNotFound(key.to_string())),
        }
    }
}
