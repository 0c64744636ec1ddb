//! "Read again" in the reader: a stored letter read anew from the file it was imported from
//! (after installing Tesseract, say), the reviewer's work on it kept.

use disclosure_ingest::ChildCommand;
use serde::Serialize;
use tauri::State;
use ts_rs::TS;

use super::off_main_thread;
use crate::error::CommandResult;
use crate::library::Library;

/// What reading a letter again changed.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ReadAgainReport {
    /// The letter.
    #[ts(type = "number")]
    pub document_id: i64,
    /// True when its text differs from the first reading's.
    pub text_changed: bool,
    /// Pages now read by OCR.
    pub n_ocr_pages: u32,
}

/// Reads a stored letter again from its file. Like an import it reads on a connection of its
/// own and commits once, so notes saved meanwhile wait one step, not the reading.
#[tauri::command]
pub async fn read_document_again(library: State<'_, Library>, id: i64) -> CommandResult<ReadAgainReport> {
    let mut store = library.separate_connection()?;
    off_main_thread(move || {
        let again = disclosure_library::reading_again::read_again(&mut store, id, &ChildCommand::this_program())?;
        Ok(ReadAgainReport {
            document_id: again.document_id,
            text_changed: again.text_changed,
            n_ocr_pages: u32::try_from(again.n_ocr_pages).unwrap_or(u32::MAX),
        })
    })
    .await
}
