//! The open library as app state: its path and a connection for quick reads.
//!
//! Long writes (imports) open their own connection on a worker thread, so reads from the UI are
//! never queued behind a batch; SQLite's WAL mode lets both proceed.

use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard};

use disclosure_store::{resolve_database_path, Store};

use crate::error::{CommandError, CommandResult};

/// The library the window shows. When it could not be opened the app still starts and every
/// command explains why, rather than the window never appearing.
#[derive(Debug)]
pub struct Library {
    path: PathBuf,
    reader: Result<Mutex<Store>, String>,
}

impl Library {
    /// Opens the library at `DISCLOSURE_DB` or the per-user default.
    pub fn open_default() -> Library {
        match resolve_database_path(None) {
            Ok(path) => Library::open(path),
            Err(error) => Library { path: PathBuf::new(), reader: Err(error.to_string()) },
        }
    }

    /// Opens the library at `path`.
    pub fn open(path: PathBuf) -> Library {
        let reader = Store::open(&path).map(Mutex::new).map_err(|error| error.to_string());
        Library { path, reader }
    }

    /// The database file.
    pub fn path(&self) -> &std::path::Path {
        &self.path
    }

    /// The shared connection, held for one unit of work.
    pub(crate) fn reader(&self) -> CommandResult<MutexGuard<'_, Store>> {
        let store =
            self.reader.as_ref().map_err(|message| CommandError::new("library_unavailable", message.clone()))?;
        // A panic while holding the lock cannot leave SQLite half-written: transactions roll back.
        Ok(store.lock().unwrap_or_else(|poisoned| poisoned.into_inner()))
    }

    /// Replaces the shared connection with a fresh one, after a restore replaced the library's
    /// contents, so nothing the old connection held (statement caches, schema) outlives them.
    pub(crate) fn reopen(&self) -> CommandResult<()> {
        let store = Store::open(&self.path)?;
        *self.reader()? = store;
        Ok(())
    }

    /// A new connection for a long write on a worker thread.
    pub(crate) fn writer(&self) -> CommandResult<Store> {
        if let Err(message) = &self.reader {
            return Err(CommandError::new("library_unavailable", message.clone()));
        }
        Ok(Store::open(&self.path)?)
    }
}
