//! Files the operating system asks the app to open: on the command line of the first launch,
//! or forwarded from a second launch to the running window (one app per library, never two
//! copies writing the same database).
//!
//! The paths wait here until the UI takes them, so that the import runs with the window's
//! progress bar and summary like any other import.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use tauri::{AppHandle, Emitter, Manager, Runtime};

/// The event that tells the window files are waiting.
pub const FILES_OPENED_EVENT: &str = "files-opened";

/// Paths handed to the app and not yet imported.
#[derive(Debug, Default)]
pub struct OpenedFiles(Mutex<Vec<PathBuf>>);

impl OpenedFiles {
    /// The files named on the app's own command line.
    pub fn from_launch() -> OpenedFiles {
        let args: Vec<String> = std::env::args().collect();
        let cwd = std::env::current_dir().unwrap_or_default();
        OpenedFiles(Mutex::new(files_in_arguments(&args, &cwd)))
    }

    /// Adds paths and returns how many are waiting.
    pub fn add(&self, paths: Vec<PathBuf>) -> usize {
        let mut waiting = self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        waiting.extend(paths);
        waiting.len()
    }

    /// Takes every waiting path.
    pub fn take(&self) -> Vec<PathBuf> {
        std::mem::take(&mut *self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner()))
    }
}

/// The existing files and folders among a launch's arguments (the program name and flags are
/// not files), resolved against the directory the launch came from.
pub fn files_in_arguments(args: &[String], cwd: &Path) -> Vec<PathBuf> {
    args.iter()
        .skip(1)
        .filter(|arg| !arg.starts_with('-'))
        .map(|arg| {
            let path = PathBuf::from(arg.strip_prefix("file://").unwrap_or(arg));
            if path.is_absolute() {
                path
            } else {
                cwd.join(path)
            }
        })
        .filter(|path| path.exists())
        .collect()
}

/// What the running app does when it is launched again: bring its window forward and queue the
/// new launch's files for import.
pub fn on_second_launch<R: Runtime>(app: &AppHandle<R>, args: Vec<String>, cwd: String) {
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.unminimize();
        let _ = window.set_focus();
    }
    let paths = files_in_arguments(&args, Path::new(&cwd));
    if paths.is_empty() {
        return;
    }
    app.state::<OpenedFiles>().add(paths);
    // The window may be busy; it takes the files when it handles the event.
    let _ = app.emit(FILES_OPENED_EVENT, ());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_existing_paths_count_as_files() {
        let folder = std::env::temp_dir();
        let args =
            vec!["disclosure-desk".to_string(), "--flag".to_string(), ".".to_string(), "no-such-file.txt".to_string()];
        let files = files_in_arguments(&args, &folder);
        assert_eq!(files, vec![folder.join(".")], "the program name, flags and missing paths are not files to import");
    }
}
