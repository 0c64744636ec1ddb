//! The JSON shapes of `import`, `reread`, `list` and `show`.

use disclosure_ingest::{FileOutcome, FileStatus};
use disclosure_store::{DocumentRecord, DocumentRow};
use serde::Serialize;

/// One file of `import --json`.
#[derive(Debug, Serialize)]
pub struct ImportLine<'a> {
    pub path: &'a str,
    pub status: &'static str,
    pub id: Option<i64>,
    pub error: Option<&'a str>,
}

/// One document of `reread --json`.
#[derive(Debug, Serialize)]
pub struct ReadAgainLine {
    pub id: i64,
    /// `read` or `error`.
    pub status: &'static str,
    pub text_changed: Option<bool>,
    /// Pages now read by OCR.
    pub ocr_pages: Option<usize>,
    pub error: Option<String>,
}

impl<'a> From<&'a FileOutcome> for ImportLine<'a> {
    fn from(outcome: &'a FileOutcome) -> Self {
        ImportLine {
            path: &outcome.path,
            status: status_name(outcome.status),
            id: outcome.id,
            error: outcome.error.as_deref(),
        }
    }
}

pub fn status_name(status: FileStatus) -> &'static str {
    match status {
        FileStatus::Imported => "imported",
        FileStatus::Duplicate => "duplicate",
        FileStatus::Error => "error",
    }
}

/// One document of `list --json`.
#[derive(Debug, Serialize)]
pub struct ListedDocument<'a> {
    pub id: i64,
    pub reference: Option<&'a str>,
    pub title: &'a str,
    pub authority: Option<&'a str>,
    pub date: Option<&'a str>,
    pub format: &'a str,
    pub path: Option<&'a str>,
    pub file_name: &'a str,
    pub encoding: &'a str,
    pub imported_at: &'a str,
    pub sha256: &'a str,
    pub decision: &'a str,
    /// The e-mail this document was attached to.
    pub parent_id: Option<i64>,
    /// Which of authority, date, reference and decision are the reviewer's values.
    pub corrected: Vec<&'static str>,
    /// Where `date` came from: `letter`, `email`, `reference` (only the year is known) or `file`.
    pub date_source: Option<&'a str>,
}

impl<'a> From<&'a DocumentRow> for ListedDocument<'a> {
    fn from(row: &'a DocumentRow) -> Self {
        ListedDocument {
            id: row.id,
            reference: row.reference.as_deref(),
            title: &row.title,
            authority: row.authority.as_deref(),
            date: row.response_date.as_deref(),
            format: &row.format,
            path: row.source_path.as_deref(),
            file_name: &row.file_name,
            encoding: &row.encoding,
            imported_at: &row.imported_at,
            sha256: &row.sha256,
            decision: &row.decision,
            parent_id: row.parent_id,
            corrected: row.corrected.iter().map(|field| field.as_str()).collect(),
            date_source: row.date_source.as_deref(),
        }
    }
}

/// `show --json`: the listed fields plus size and the full text.
#[derive(Debug, Serialize)]
pub struct ShownDocument<'a> {
    #[serde(flatten)]
    pub summary: ListedDocument<'a>,
    pub byte_len: i64,
    pub text: &'a str,
}

impl<'a> From<&'a DocumentRecord> for ShownDocument<'a> {
    fn from(record: &'a DocumentRecord) -> Self {
        ShownDocument { summary: ListedDocument::from(&record.row), byte_len: record.row.byte_len, text: &record.text }
    }
}
