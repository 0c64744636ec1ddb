//! The `document_page` table: how each page of a PDF was read (its text layer, or OCR with a
//! confidence) and where its text lies, written with the document and never changed after.

use rusqlite::{params, Connection};

use crate::connection::Store;
use crate::error::Result;

/// One page of a stored document.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentPage {
    /// The page number, from 1.
    pub number: u32,
    /// `text` (the PDF's text layer) or `ocr` (read from the page's picture).
    pub source: String,
    /// For an OCR page, the mean confidence of its words, 0 to 100.
    pub confidence: Option<f64>,
    /// Where the page's text begins in the document's text (bytes).
    pub start: usize,
    /// One past the end of the page's text.
    pub end: usize,
}

impl Store {
    /// The pages of a document, in order; none for formats without pages.
    pub fn list_document_pages(&self, document_id: i64) -> Result<Vec<DocumentPage>> {
        let mut statement = self.connection.prepare_cached(
            "SELECT number, source, confidence, start_byte, end_byte FROM document_page
             WHERE document_id = ?1 ORDER BY number",
        )?;
        let rows = statement.query_map([document_id], |row| {
            Ok(DocumentPage {
                number: row.get(0)?,
                source: row.get(1)?,
                confidence: row.get(2)?,
                start: row.get::<_, i64>(3)?.max(0) as usize,
                end: row.get::<_, i64>(4)?.max(0) as usize,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }
}

/// Writes a new document's pages, inside the transaction that stores the document.
pub(crate) fn insert_pages(transaction: &Connection, document_id: i64, pages: &[DocumentPage]) -> Result<()> {
    let mut statement = transaction.prepare_cached(
        "INSERT OR REPLACE INTO document_page (document_id, number, source, confidence, start_byte, end_byte)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for page in pages {
        statement.execute(params![
            document_id,
            page.number,
            page.source,
            page.confidence,
            page.start as i64,
            page.end as i64
        ])?;
    }
    Ok(())
}
