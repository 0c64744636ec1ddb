//! Exports of annotations, review statuses and the library, and reports for one document or thread.
//!
//! Every export writes a file the reviewer chose in a native save dialog. When `DISCLOSURE_EXPORT_DIR`
//! names a folder, exports are written there under their suggested names without asking: for
//! unattended use, and for the end-to-end tests, which cannot click a native dialog.

use std::path::{Path, PathBuf};

use disclosure_core::report::render::{self, Table};
use disclosure_library::export::{build_report, ExportScope};
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Runtime, State};
use tauri_plugin_dialog::DialogExt;
use ts_rs::TS;

use crate::error::{CommandError, CommandResult};
use crate::library::Library;

/// Where an export was written.
#[derive(Debug, Clone, Serialize, TS)]
pub struct SavedExport {
    /// The file written, for the UI to show.
    pub path: String,
    /// Its size in bytes.
    #[ts(type = "number")]
    pub n_bytes: u64,
}

/// Asks where to save `suggested_name` (blocking: call it off the main thread); `None` when the
/// reviewer cancels.
pub(crate) fn choose_destination<R: Runtime>(
    app: &AppHandle<R>,
    title: &str,
    suggested_name: &str,
    extension: &str,
) -> CommandResult<Option<PathBuf>> {
    if let Some(folder) = std::env::var_os("DISCLOSURE_EXPORT_DIR").filter(|folder| !folder.is_empty()) {
        return Ok(Some(PathBuf::from(folder).join(suggested_name)));
    }
    let chosen = app
        .dialog()
        .file()
        .set_title(title)
        .set_file_name(suggested_name)
        .add_filter(extension.to_uppercase(), &[extension])
        .blocking_save_file();
    match chosen {
        None => Ok(None),
        Some(file) => file
            .into_path()
            .map(Some)
            .map_err(|_| CommandError::new("dialog", "the chosen place is not a file on this computer")),
    }
}

/// Writes `contents` to `path` through a temporary file beside it, so a failed write never leaves
/// half a report where a good one was.
pub(crate) fn write_export(path: &Path, contents: &[u8]) -> CommandResult<SavedExport> {
    let file_name = path.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default();
    let temporary = path.with_file_name(format!(".{file_name}.partial"));
    let failed =
        |error: std::io::Error| CommandError::new("export", format!("could not write {}: {error}", path.display()));
    std::fs::write(&temporary, contents).map_err(failed)?;
    if let Err(error) = std::fs::rename(&temporary, path) {
        let _ = std::fs::remove_file(&temporary);
        return Err(failed(error));
    }
    Ok(SavedExport { path: path.display().to_string(), n_bytes: contents.len() as u64 })
}

/// Which table of the library to export.
#[derive(Debug, Clone, Copy, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ExportTable {
    /// One row per letter: facts, review status, provisions cited, number of notes.
    Library,
    /// One row per note, with its letter and statuses.
    Annotations,
    /// One row per letter and per answer with a review status.
    Statuses,
}

/// A spreadsheet-friendly file or a JSON array of the same rows.
#[derive(Debug, Clone, Copy, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum TableFormat {
    /// CSV with a byte order mark, formula cells neutralised.
    Csv,
    /// A JSON array of objects keyed by the CSV's column names.
    Json,
}

/// A self-contained printable page, or Markdown.
#[derive(Debug, Clone, Copy, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum ReportFormat {
    /// One HTML file with its style inside; prints cleanly.
    Html,
    /// Markdown, letter text escaped.
    Md,
}

/// Which letters an export covers; with nothing set, the whole library.
#[derive(Debug, Clone, Default, Deserialize, TS)]
pub struct ExportSelection {
    /// One letter.
    #[ts(optional, type = "number")]
    pub document_id: Option<i64>,
    /// The letters of one question thread.
    #[ts(optional, type = "number")]
    pub thread_id: Option<i64>,
    /// These letters, in this order (the reviewer's current selection).
    #[ts(optional, type = "Array<number>")]
    pub document_ids: Option<Vec<i64>>,
}

impl ExportSelection {
    fn scope(self) -> ExportScope {
        match (self.document_id, self.thread_id, self.document_ids) {
            (Some(id), _, _) => ExportScope::Document(id.to_string()),
            (None, Some(thread_id), _) => ExportScope::Thread(thread_id),
            (None, None, Some(ids)) => ExportScope::Documents(ids),
            (None, None, None) => ExportScope::All,
        }
    }
}

/// A table's rows as a JSON array of objects keyed by column name, so the JSON and the CSV
/// exports always carry the same columns.
fn table_json(table: &Table) -> CommandResult<Vec<u8>> {
    let records: Vec<serde_json::Map<String, serde_json::Value>> = table
        .rows
        .iter()
        .map(|row| {
            table
                .header
                .iter()
                .zip(row)
                .map(|(name, cell)| (name.to_string(), serde_json::Value::String(cell.clone())))
                .collect()
        })
        .collect();
    serde_json::to_vec_pretty(&records)
        .map_err(|error| CommandError::new("internal", format!("could not write JSON: {error}")))
}

/// Asks where to save (unless `DISCLOSURE_EXPORT_DIR` names a folder) and writes, off the main
/// thread; null when the reviewer cancels. Every export command ends here.
pub(crate) async fn save_export<R: Runtime>(
    app: AppHandle<R>,
    title: &'static str,
    suggested_name: String,
    extension: &'static str,
    contents: Vec<u8>,
) -> CommandResult<Option<SavedExport>> {
    super::off_main_thread(move || {
        let Some(path) = choose_destination(&app, title, &suggested_name, extension)? else { return Ok(None) };
        write_export(&path, &contents).map(Some)
    })
    .await
}

/// Exports the library, the notes or the review statuses of the letters selected, as CSV or
/// JSON; null when the reviewer cancels the save dialog.
#[tauri::command]
pub async fn export_table<R: Runtime>(
    app: AppHandle<R>,
    library: State<'_, Library>,
    table: ExportTable,
    format: TableFormat,
    selection: ExportSelection,
) -> CommandResult<Option<SavedExport>> {
    let report = build_report(&*library.reader()?, &selection.scope())?;
    let (rows, name) = match table {
        ExportTable::Library => (render::library_table(&report), "library"),
        ExportTable::Annotations => (render::annotations_table(&report), "annotations"),
        ExportTable::Statuses => (render::statuses_table(&report), "review-statuses"),
    };
    let (contents, extension) = match format {
        TableFormat::Csv => (render::csv(&rows).into_bytes(), "csv"),
        TableFormat::Json => (table_json(&rows)?, "json"),
    };
    save_export(app, "Export", format!("{name}.{extension}"), extension, contents).await
}

/// Writes the review report of one letter, one thread or the letters selected, as a printable
/// HTML page or Markdown; null when the reviewer cancels the save dialog.
#[tauri::command]
pub async fn export_report<R: Runtime>(
    app: AppHandle<R>,
    library: State<'_, Library>,
    format: ReportFormat,
    selection: ExportSelection,
) -> CommandResult<Option<SavedExport>> {
    let report = build_report(&*library.reader()?, &selection.scope())?;
    if report.documents.is_empty() {
        return Err(CommandError::new("invalid", "No letters are selected, so there is nothing to report on."));
    }
    let (contents, extension) = match format {
        ReportFormat::Html => (render::html(&report), "html"),
        ReportFormat::Md => (render::markdown(&report), "md"),
    };
    let suggested_name = format!("{}.{extension}", file_stem(&report.title));
    save_export(app, "Save the review report", suggested_name, extension, contents.into_bytes()).await
}

/// A file name from a report's title: letters, digits and dashes only, never empty.
fn file_stem(title: &str) -> String {
    let stem: String = title
        .chars()
        .map(|character| if character.is_alphanumeric() { character.to_ascii_lowercase() } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|part| !part.is_empty())
        .take(8)
        .collect::<Vec<_>>()
        .join("-");
    if stem.is_empty() {
        "review-report".to_string()
    } else {
        format!("review-report-{stem}")
    }
}
