//! The open library as app state: its path, a connection for quick reads, and the one
//! long-lived connection every review write goes through, off the async runtime.
//!
//! Imports and the re-reading of stale letters are long writes that commit in steps, and backups
//! long reads; each opens its own connection on a worker thread, so a note saved meanwhile waits
//! for one step at most (SQLite's busy timeout), not for the whole batch. WAL mode lets reads
//! proceed beside all of them.

use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard};

use disclosure_store::{resolve_database_path, Store};

use crate::error::{CommandError, CommandResult};

/// The library the window shows. When it could not be opened the app still starts and every
/// command explains why, rather than the window never appearing.
#[derive(Debug)]
pub struct Library {
    path: PathBuf,
    reader: Result<Mutex<Store>, String>,
    writer: Result<Arc<Mutex<Store>>, String>,
}

impl Library {
    /// Opens the library at `DISCLOSURE_DB` or the per-user default.
    pub fn open_default() -> Library {
        match resolve_database_path(None) {
            Ok(path) => Library::open(path),
            Err(error) => {
                Library { path: PathBuf::new(), reader: Err(error.to_string()), writer: Err(error.to_string()) }
            }
        }
    }

    /// Opens the library at `path`: the writer first, so a migration runs once, before any read.
    pub fn open(path: PathBuf) -> Library {
        let writer = Store::open(&path).map(|store| Arc::new(Mutex::new(store))).map_err(|error| error.to_string());
        let reader = match &writer {
            Ok(_) => Store::open(&path).map(Mutex::new).map_err(|error| error.to_string()),
            Err(message) => Err(message.clone()),
        };
        Library { path, reader, writer }
    }

    /// The database file.
    pub fn path(&self) -> &std::path::Path {
        &self.path
    }

    /// The reading connection, held for one unit of work.
    pub(crate) fn reader(&self) -> CommandResult<MutexGuard<'_, Store>> {
        let store =
            self.reader.as_ref().map_err(|message| CommandError::new("library_unavailable", message.clone()))?;
        Ok(locked(store))
    }

    /// The writing connection, to be locked on a worker thread (see `commands::with_store`).
    pub(crate) fn writer(&self) -> CommandResult<Arc<Mutex<Store>>> {
        self.writer
            .as_ref()
            .map(Arc::clone)
            .map_err(|message| CommandError::new("library_unavailable", message.clone()))
    }

    /// Replaces both connections with fresh ones, after a restore replaced the library's
    /// contents, so nothing the old connections held (statement caches, schema) outlives them.
    pub(crate) fn reopen(&self) -> CommandResult<()> {
        let writer = Store::open(&self.path)?;
        *locked(&*self.writer()?) = writer;
        let reader = Store::open(&self.path)?;
        *self.reader()? = reader;
        Ok(())
    }

    /// A connection of its own, on a worker thread, for long work that must not hold the writer:
    /// a write that commits in steps (an import, a re-reading of stale letters) or a backup
    /// (`VACUUM INTO` only reads, and WAL lets the writer go on beside it).
    pub(crate) fn separate_connection(&self) -> CommandResult<Store> {
        self.writer()?;
        Ok(Store::open(&self.path)?)
    }
}

/// A connection's lock. A panic while holding it cannot leave SQLite half-written: transactions
/// roll back, so a poisoned lock is taken over.
pub(crate) fn locked(store: &Mutex<Store>) -> MutexGuard<'_, Store> {
    store.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}
