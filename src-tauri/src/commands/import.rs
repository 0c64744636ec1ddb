//! Importing: files and folders named by the UI (drag and drop), picked in a native dialog, or
//! the sample library. Every batch runs on a worker thread and reports progress on a channel.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use disclosure_ingest::{import_paths as import_batch, import_samples, FileStatus};
use serde::{Deserialize, Serialize};
use tauri::ipc::Channel;
use tauri::{AppHandle, Runtime, State};
use tauri_plugin_dialog::DialogExt;
use ts_rs::TS;

use super::off_main_thread;
use crate::error::{CommandError, CommandResult};
use crate::library::Library;

/// How far an import has got.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ImportProgress {
    /// Files finished.
    pub n_done: u32,
    /// Files in the batch.
    pub n_total: u32,
    /// The file being read now.
    pub current: Option<String>,
    /// Files that failed so far.
    pub n_errors: u32,
}

/// What happened to one file.
#[derive(Debug, Clone, Copy, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ImportStatus {
    /// Stored as a new document.
    Imported,
    /// Already in the library; nothing added.
    Duplicate,
    /// Not imported.
    Error,
}

/// One file of an import, for the summary at the end.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ImportedFile {
    /// The file.
    pub path: String,
    /// What happened.
    pub status: ImportStatus,
    /// The document's id when it is in the library.
    #[ts(type = "number | null")]
    pub id: Option<i64>,
    /// Why it failed.
    pub error: Option<String>,
}

/// The summary of a finished import.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ImportReport {
    /// New documents.
    pub n_imported: u32,
    /// Files already in the library.
    pub n_duplicates: u32,
    /// Files that failed.
    pub n_errors: u32,
    /// Every file, in the order read.
    pub files: Vec<ImportedFile>,
}

/// What the native dialog should let the user pick.
#[derive(Debug, Clone, Copy, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PickKind {
    /// One or more files.
    Files,
    /// One folder, imported recursively.
    Folder,
}

impl From<disclosure_ingest::ImportReport> for ImportReport {
    fn from(report: disclosure_ingest::ImportReport) -> Self {
        let count = |status| report.count(status) as u32;
        ImportReport {
            n_imported: count(FileStatus::Imported),
            n_duplicates: count(FileStatus::Duplicate),
            n_errors: count(FileStatus::Error),
            files: report
                .files
                .into_iter()
                .map(|file| ImportedFile {
                    path: file.path,
                    status: match file.status {
                        FileStatus::Imported => ImportStatus::Imported,
                        FileStatus::Duplicate => ImportStatus::Duplicate,
                        FileStatus::Error => ImportStatus::Error,
                    },
                    id: file.id,
                    error: file.error,
                })
                .collect(),
        }
    }
}

/// Forwards progress to the UI at most every 50 ms, and always the last event, so a batch of
/// ten thousand small files does not flood the webview.
fn throttled(channel: Channel<ImportProgress>) -> impl FnMut(&disclosure_ingest::ImportProgress) {
    const INTERVAL: Duration = Duration::from_millis(50);
    let mut last_sent: Option<Instant> = None;
    move |event| {
        let is_last = event.current.is_none();
        if !is_last && last_sent.is_some_and(|sent| sent.elapsed() < INTERVAL) {
            return;
        }
        last_sent = Some(Instant::now());
        // A closed channel means the window went away; the import itself goes on.
        let _ = channel.send(ImportProgress {
            n_done: event.n_done as u32,
            n_total: event.n_total as u32,
            current: event.current.clone(),
            n_errors: event.n_errors as u32,
        });
    }
}

/// Imports files and folders given by absolute path (from a drop on the window).
#[tauri::command]
pub async fn import_paths(
    library: State<'_, Library>,
    paths: Vec<PathBuf>,
    on_progress: Channel<ImportProgress>,
) -> CommandResult<ImportReport> {
    let mut store = library.separate_connection()?;
    off_main_thread(move || {
        let mut progress = throttled(on_progress);
        Ok(import_batch(&mut store, &paths, &mut progress).into())
    })
    .await
}

/// Opens the native file or folder dialog, then imports what was picked; `None` when cancelled.
#[tauri::command]
pub async fn pick_and_import<R: Runtime>(
    app: AppHandle<R>,
    library: State<'_, Library>,
    kind: PickKind,
    on_progress: Channel<ImportProgress>,
) -> CommandResult<Option<ImportReport>> {
    let mut store = library.separate_connection()?;
    off_main_thread(move || {
        let dialog = app.dialog().file().set_title("Import into Disclosure Desk");
        let picked: Option<Vec<PathBuf>> = match kind {
            PickKind::Files => dialog
                .add_filter(
                    "Disclosures",
                    &["txt", "text", "html", "htm", "pdf", "docx", "eml", "xlsx", "xlsm", "xls", "ods", "csv"],
                )
                .blocking_pick_files()
                .map(|files| files.into_iter().filter_map(|file| file.into_path().ok()).collect()),
            PickKind::Folder => {
                dialog.blocking_pick_folder().and_then(|folder| folder.into_path().ok()).map(|folder| vec![folder])
            }
        };
        let Some(paths) = picked else { return Ok(None) };
        if paths.is_empty() {
            return Err(CommandError::new("dialog", "the chosen items are not files on this computer"));
        }
        let mut progress = throttled(on_progress);
        Ok(Some(import_batch(&mut store, &paths, &mut progress).into()))
    })
    .await
}

/// Imports the sample library (a fictional authority's yearly letters).
#[tauri::command]
pub async fn open_sample_library(
    library: State<'_, Library>,
    on_progress: Channel<ImportProgress>,
) -> CommandResult<ImportReport> {
    let mut store = library.separate_connection()?;
    off_main_thread(move || {
        let mut progress = throttled(on_progress);
        Ok(import_samples(&mut store, &mut progress).into())
    })
    .await
}

/// Files the operating system asked the app to open and that are waiting for import.
#[tauri::command]
pub async fn take_opened_files(opened: State<'_, crate::opened_files::OpenedFiles>) -> CommandResult<Vec<String>> {
    Ok(opened.take().into_iter().map(|path| path.display().to_string()).collect())
}
