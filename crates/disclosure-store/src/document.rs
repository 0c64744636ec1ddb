//! The `document` table: imported letters, their original text, and their library facts.

use rusqlite::{params, Connection, OptionalExtension, Row, TransactionBehavior};

use crate::connection::Store;
use crate::correction::{correct_reading, corrected_fields, CorrectedField};
use crate::error::{Result, StoreError};
use crate::exemption::DocumentFindings;
use crate::search::SearchPassage;

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
    /// Where the response date came from: `letter`, `email`, `reference` (only the year is
    /// known; the date is 1 January) or `file`.
    pub date_source: Option<String>,
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
    /// The facts above that hold a reviewer's correction rather than the value read from the text.
    pub corrected: Vec<CorrectedField>,
    /// Where the response date came from (see [`DocumentFacts::date_source`]).
    pub date_source: Option<String>,
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

/// A document with everything read from it, stored together so it is read only once.
#[derive(Debug, Clone)]
pub struct ReadDocument {
    /// The document and its library facts.
    pub document: NewDocument,
    /// What was read about exemptions.
    pub findings: DocumentFindings,
    /// The questions with their answers, for search.
    pub passages: Vec<SearchPassage>,
    /// The marks drawn on the file's pages, which its text cannot give back.
    pub page_marks: Vec<disclosure_core::redactions::PageMark>,
    /// How each page was read, for formats with pages (PDF); empty otherwise.
    pub pages: Vec<crate::document_page::DocumentPage>,
}

const ROW_COLUMNS: &str = "id, reference, title, authority, response_date, format, encoding, file_name, source_path, byte_len, imported_at, sha256, decision, parent_id,
     (SELECT group_concat(field) FROM correction WHERE correction.document_id = document.id), date_source";

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
        corrected: corrected_fields(row.get(14)?),
        date_source: row.get(15)?,
    })
}

impl Store {
    /// Stores one document in its own transaction, unless the same bytes are already there.
    /// Search reads the text itself; [`Store::insert_documents`] takes what was already read.
    pub fn insert_document(&mut self, document: &NewDocument) -> Result<Inserted> {
        let transaction = self.connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let inserted = insert_row(&transaction, document)?;
        if let Inserted::New(id) = inserted {
            crate::search::index_document(&transaction, id, &document.text)?;
        }
        transaction.commit()?;
        Ok(inserted)
    }

    /// Stores a group of documents, each with its findings and search passages, in one
    /// transaction: the disk is waited on once for the group, not once per letter. Should one
    /// document fail to store, the group is rolled back and stored again one document per
    /// transaction, so that document is reported on its own and the others are still kept;
    /// the outer error means nothing of the group could be committed.
    pub fn insert_documents(&mut self, batch: &[ReadDocument]) -> Result<Vec<Result<Inserted>>> {
        // No savepoint per document: releasing one makes the search index flush to disk, which
        // would cost more than the whole group's other writes.
        let transaction = self.connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut stored = Vec::with_capacity(batch.len());
        for read in batch {
            match insert_read_document(&transaction, read) {
                Ok(inserted) => stored.push(Ok(inserted)),
                Err(_) => {
                    drop(transaction);
                    return Ok(self.insert_documents_one_by_one(batch));
                }
            }
        }
        transaction.commit()?;
        Ok(stored)
    }

    fn insert_documents_one_by_one(&mut self, batch: &[ReadDocument]) -> Vec<Result<Inserted>> {
        batch
            .iter()
            .map(|read| {
                let transaction = self.connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
                let inserted = insert_read_document(&transaction, read)?;
                transaction.commit()?;
                Ok(inserted)
            })
            .collect()
    }

    /// Ids of the documents whose facts were read by another version of the rules.
    pub fn list_stale_documents(&self, parser_version: i64) -> Result<Vec<i64>> {
        let mut statement =
            self.connection.prepare("SELECT id FROM document WHERE parser_version <> ?1 ORDER BY id")?;
        let ids = statement.query_map([parser_version], |row| row.get(0))?;
        Ok(ids.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Replaces the facts read from one document's text; the text itself is never touched, and
    /// the reviewer's corrections stay in force over the new reading.
    pub fn update_document_facts(&mut self, id: i64, facts: &DocumentFacts, parser_version: i64) -> Result<()> {
        let transaction = self.connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let shown = correct_reading(&transaction, id, facts)?;
        let n_changed = transaction.execute(
            "UPDATE document SET reference = ?2, title = ?3, authority = ?4, response_date = ?5, decision = ?6,
                                 parser_version = ?7, date_source = ?8
             WHERE id = ?1",
            params![
                id,
                shown.reference,
                shown.title,
                shown.authority,
                shown.response_date,
                shown.decision,
                parser_version,
                shown.date_source
            ],
        )?;
        if n_changed == 0 {
            return Err(StoreError::DocumentNotFound(id.to_string()));
        }
        transaction.commit()?;
        // Questions and answers are read anew by the rules that re-read the facts.
        self.update_search_index(id)
    }

    /// Replaces a document's reading with one made again from its file (by a newer reader, or
    /// with a program the first reading lacked, such as OCR): its text, its bytes' hash and size,
    /// how its pages were read and the marks on them, its facts (under the reviewer's
    /// corrections) and its findings, in one transaction. The reviewer's notes, flags, decisions
    /// and threads are kept: they find their passages again in the new text as after any change.
    pub fn update_document_reading(&mut self, id: i64, read: &ReadDocument) -> Result<()> {
        let transaction = self.connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let shown = correct_reading(&transaction, id, &read.document.facts)?;
        let document = &read.document;
        let n_changed = transaction.execute(
            "UPDATE document SET sha256 = ?2, format = ?3, encoding = ?4, byte_len = ?5, text = ?6,
                                 reference = ?7, title = ?8, authority = ?9, response_date = ?10, decision = ?11,
                                 parser_version = ?12, date_source = ?13
             WHERE id = ?1",
            params![
                id,
                document.sha256,
                document.format,
                document.encoding,
                document.byte_len,
                document.text,
                shown.reference,
                shown.title,
                shown.authority,
                shown.response_date,
                shown.decision,
                document.parser_version,
                shown.date_source
            ],
        )?;
        if n_changed == 0 {
            return Err(StoreError::DocumentNotFound(id.to_string()));
        }
        crate::exemption::write_findings(&transaction, id, &read.findings)?;
        transaction.execute("DELETE FROM redaction_page_mark WHERE document_id = ?1", [id])?;
        crate::redaction::insert_page_marks(&transaction, id, &read.page_marks)?;
        transaction.execute("DELETE FROM document_page WHERE document_id = ?1", [id])?;
        crate::document_page::insert_pages(&transaction, id, &read.pages)?;
        // The search rows of the old text go with it.
        crate::search::index_read_document(&transaction, id, &document.text, &read.passages)?;
        transaction.commit()?;
        Ok(())
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

    /// The documents imported on their own (not attached to an e-mail) under one reference, in
    /// the order they were imported; the reference is matched as stored, case aside.
    pub fn list_documents_of_reference(&self, reference: &str) -> Result<Vec<DocumentRow>> {
        let mut statement = self.connection.prepare_cached(&format!(
            "SELECT {ROW_COLUMNS} FROM document WHERE reference = ?1 COLLATE NOCASE AND parent_id IS NULL ORDER BY id"
        ))?;
        let rows = statement.query_map([reference.trim()], read_row)?;
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
                Ok(DocumentRecord { row: read_row(row)?, text: row.get(16)? })
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

/// Writes a document's row unless the same bytes are already stored.
fn insert_row(transaction: &Connection, document: &NewDocument) -> Result<Inserted> {
    let existing: Option<i64> = transaction
        .prepare_cached("SELECT id FROM document WHERE sha256 = ?1")?
        .query_row([&document.sha256], |row| row.get(0))
        .optional()?;
    if let Some(id) = existing {
        return Ok(Inserted::AlreadyPresent(id));
    }
    transaction
        .prepare_cached(
            "INSERT INTO document (sha256, file_name, source_path, format, encoding, byte_len, text,
                                   reference, title, authority, response_date, decision, parser_version,
                                   parent_id, date_source)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
        )?
        .execute(params![
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
            document.facts.date_source,
        ])?;
    Ok(Inserted::New(transaction.last_insert_rowid()))
}

/// Writes a document with its findings and search passages.
fn insert_read_document(transaction: &Connection, read: &ReadDocument) -> Result<Inserted> {
    let inserted = insert_row(transaction, &read.document)?;
    if let Inserted::New(id) = inserted {
        crate::exemption::insert_findings(transaction, id, &read.findings)?;
        crate::redaction::insert_page_marks(transaction, id, &read.page_marks)?;
        crate::search::index_new_document(transaction, id, &read.document.text, &read.passages)?;
        crate::document_page::insert_pages(transaction, id, &read.pages)?;
    }
    Ok(inserted)
}
