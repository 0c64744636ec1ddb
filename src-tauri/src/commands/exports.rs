//! Exports of annotations, review statuses and the library, and reports for one document or thread.
//!
//! Every export writes a file the reviewer chose in a native save dialog. When `DISCLOSURE_EXPORT_DIR`
//! names a folder, exports are written there under their suggested names without asking: for
//! unattended use, and for the end-to-end tests, which cannot click a native dialog.

use std::path::{Path, PathBuf};

use serde::Serialize;
use tauri::{AppHandle, Runtime};
use tauri_plugin_dialog::DialogExt;
use ts_rs::TS;

use crate::error::{CommandError, CommandResult};

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
    let failed = |error: std::io::Error| {
        CommandError::new("export", format!("could not write {}: {error}", path.display()))
    };
    std::fs::write(&temporary, contents).map_err(failed)?;
    if let Err(error) = std::fs::rename(&temporary, path) {
        let _ = std::fs::remove_file(&temporary);
        return Err(failed(error));
    }
    Ok(SavedExport { path: path.display().to_string(), n_bytes: contents.len() as u64 })
}
