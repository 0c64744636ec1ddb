//! The commands the UI calls, one file per area the user works in.

pub mod annotations;
pub mod backups;
pub mod codes;
pub mod comparison;
pub mod documents;
pub mod exports;
pub mod facts;
pub mod flags;
pub mod import;
pub mod reading_again;
pub mod redactions;
pub mod register;
pub mod search;
pub mod structure;
pub mod suggestions;
pub mod thread_moves;
pub mod threads;
pub mod withheld;

/// Runs blocking work (SQLite, parsing, dialogs) off the main thread, so the window never freezes.
pub(crate) async fn off_main_thread<T, F>(work: F) -> crate::error::CommandResult<T>
where
    T: Send + 'static,
    F: FnOnce() -> crate::error::CommandResult<T> + Send + 'static,
{
    tauri::async_runtime::spawn_blocking(work)
        .await
        .map_err(|error| crate::error::CommandError::new("internal", format!("background task failed: {error}")))?
}

/// Runs store work on the library's one writing connection, on a worker thread (never on the
/// async runtime, where a wait on the disk would hold up other commands); returns after it
/// committed, so what the UI then shows as saved is in the file.
pub(crate) async fn with_store<T, F>(library: &crate::library::Library, work: F) -> crate::error::CommandResult<T>
where
    T: Send + 'static,
    F: FnOnce(&mut disclosure_store::Store) -> crate::error::CommandResult<T> + Send + 'static,
{
    let writer = library.writer()?;
    off_main_thread(move || work(&mut crate::library::locked(&writer))).await
}
