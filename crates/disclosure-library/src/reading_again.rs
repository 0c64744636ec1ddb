//! Reading a stored document again from its file, for the reviewer's "Read again": a letter read
//! by an older reader, or before a program it needs (Tesseract for scanned pages) was installed,
//! takes the new reading in place of its first, while the reviewer's work on it is kept.
//!
//! A [`crate::refresh`] re-reads the stored text; this reads the file, so its text can change.

use std::path::PathBuf;

use disclosure_ingest::batch::{read_bytes, Source};
use disclosure_ingest::{ChildCommand, IngestError};
use disclosure_store::{DocumentRow, Store, StoreError};

/// Why a document could not be read again.
#[derive(Debug, thiserror::Error)]
pub enum ReadAgainError {
    /// The document came from no file of its own (an e-mail's attachment, the sample library).
    #[error("document {document_id} was not imported from a file of its own, so it cannot be read again")]
    NoSourceFile {
        /// The document.
        document_id: i64,
    },
    /// The file it was imported from is gone or cannot be read.
    #[error("cannot read {path}: {source}")]
    FileUnreadable {
        /// Where it was imported from.
        path: PathBuf,
        /// Why it could not be read.
        source: std::io::Error,
    },
    /// The file could not be read as a document (a program still missing, a damaged file).
    #[error("{0}")]
    Unreadable(#[from] IngestError),
    /// The library could not be read or written.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// What reading again changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadAgain {
    /// The document.
    pub document_id: i64,
    /// True when the text differs from the first reading's.
    pub text_changed: bool,
    /// Pages now read by OCR.
    pub n_ocr_pages: usize,
}

/// The file a stored document was imported from, when it came from one of its own.
pub fn source_file(row: &DocumentRow) -> Option<PathBuf> {
    let path = row.source_path.as_deref()?;
    // An attachment is named `mail.eml#attachment`: a place in an e-mail, not a file.
    if row.parent_id.is_some() || path.contains(".eml#") {
        return None;
    }
    Some(PathBuf::from(path))
}

/// Reads document `document_id` again from its file and stores the new reading in place of the
/// old (see [`Store::update_document_reading`]); nothing changes when the file cannot be read.
pub fn read_again(store: &mut Store, document_id: i64, pdf_reader: &ChildCommand) -> Result<ReadAgain, ReadAgainError> {
    let record = store.get_document(document_id)?;
    let path = source_file(&record.row).ok_or(ReadAgainError::NoSourceFile { document_id })?;
    let bytes = std::fs::read(&path).map_err(|source| ReadAgainError::FileUnreadable { path: path.clone(), source })?;
    let source = Source {
        file_name: &record.row.file_name,
        source_path: record.row.source_path.clone(),
        parent_id: record.row.parent_id,
    };
    let mut read = read_bytes(&source, &bytes, pdf_reader)?;
    // The file's creation date is not in the text: a letter dated by it keeps the date it had.
    if read.document.facts.response_date.is_none() && record.row.date_source.as_deref() == Some("file") {
        read.document.facts.response_date.clone_from(&record.row.response_date);
        read.document.facts.date_source = Some("file".to_string());
    }
    store.update_document_reading(document_id, &read)?;
    Ok(ReadAgain {
        document_id,
        text_changed: read.document.text != record.text,
        n_ocr_pages: read.pages.iter().filter(|page| page.source == "ocr").count(),
    })
}

/// The documents that can be read again: those imported from a file of their own that is still
/// on disk, in the order the library lists them.
pub fn documents_with_files(store: &Store) -> Result<Vec<i64>, StoreError> {
    Ok(store
        .list_documents()?
        .into_iter()
        .filter(|row| source_file(row).is_some_and(|path| path.is_file()))
        .map(|row| row.id)
        .collect())
}
