//! Backups of the library: `VACUUM INTO` a temporary file, check it, then rename it into a
//! rotation folder beside (never inside) the live file, keeping the newest [`KEEP_BACKUPS`].
//!
//! A backup is taken before a migration changes an existing library, and whenever asked.
//! Restoring checks the chosen file first, backs up the current state, then copies the backup's
//! pages over the live database through SQLite's backup API, so other open connections see a
//! consistent library rather than a file swapped under them.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

use crate::connection::Store;
use crate::error::{Result, StoreError};
use crate::migrations::SCHEMA_VERSION;

/// How many backups the rotation keeps.
pub const KEEP_BACKUPS: usize = 10;
/// What every backup's file name ends with.
const BACKUP_EXTENSION: &str = "sqlite3";

/// The rotation folder for the library at `live`: `library.backups` beside `library.sqlite3`.
pub fn backup_folder(live: &Path) -> PathBuf {
    let stem = live.file_stem().map_or_else(|| "library".into(), |stem| stem.to_string_lossy().into_owned());
    live.with_file_name(format!("{stem}.backups"))
}

fn file_error(path: &Path) -> impl FnOnce(std::io::Error) -> StoreError + '_ {
    move |source| StoreError::BackupFile { path: path.to_path_buf(), source }
}

/// Checks a database file: it opens, `integrity_check` says `ok`, and its schema is not newer.
fn check_file(path: &Path) -> Result<()> {
    let connection = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|source| StoreError::Open { path: path.to_path_buf(), source })?;
    let verdict: String = connection
        .query_row("PRAGMA integrity_check", [], |row| row.get(0))
        .map_err(|source| StoreError::BackupCheck { path: path.to_path_buf(), found: source.to_string() })?;
    if verdict != "ok" {
        return Err(StoreError::BackupCheck { path: path.to_path_buf(), found: verdict });
    }
    let version: i64 = connection.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    if version > SCHEMA_VERSION {
        return Err(StoreError::NewerSchema { path: path.to_path_buf(), found: version, supported: SCHEMA_VERSION });
    }
    Ok(())
}

/// Writes a checked backup of the database behind `connection` (whose file is `live`) and
/// prunes the rotation. `reason` becomes part of the name, e.g. `manual`, `before-migration-6`.
pub(crate) fn write_backup(connection: &Connection, live: &Path, reason: &str) -> Result<PathBuf> {
    let folder = backup_folder(live);
    std::fs::create_dir_all(&folder).map_err(file_error(&folder))?;
    // SQLite's clock, so the name needs no date library; milliseconds keep names in order.
    let stamp: String = connection.query_row("SELECT strftime('%Y%m%dT%H%M%f', 'now')", [], |row| row.get(0))?;
    let stamp = stamp.replace('.', "");
    let stem = live.file_stem().map_or_else(|| "library".into(), |stem| stem.to_string_lossy().into_owned());
    let temporary = folder.join(format!(".{stem}-{stamp}.partial"));
    let _ = std::fs::remove_file(&temporary);
    connection.execute("VACUUM INTO ?1", [temporary.to_string_lossy()])?;
    if let Err(error) = check_file(&temporary) {
        let _ = std::fs::remove_file(&temporary);
        return Err(error);
    }
    let mut target = folder.join(format!("{stem}-{stamp}-{reason}.{BACKUP_EXTENSION}"));
    let mut n_tries = 1;
    while target.exists() {
        target = folder.join(format!("{stem}-{stamp}-{reason}-{n_tries}.{BACKUP_EXTENSION}"));
        n_tries += 1;
    }
    std::fs::rename(&temporary, &target).map_err(file_error(&target))?;
    prune(&folder)?;
    Ok(target)
}

/// The backups in `folder`, newest first (names sort by time).
fn backups_in(folder: &Path) -> Result<Vec<PathBuf>> {
    if !folder.is_dir() {
        return Ok(Vec::new());
    }
    let mut backups: Vec<PathBuf> = std::fs::read_dir(folder)
        .map_err(file_error(folder))?
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| {
            let name = path.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default();
            !name.starts_with('.') && path.extension().is_some_and(|extension| extension == BACKUP_EXTENSION)
        })
        .collect();
    backups.sort_by(|a, b| b.file_name().cmp(&a.file_name()));
    Ok(backups)
}

fn prune(folder: &Path) -> Result<()> {
    for old in backups_in(folder)?.into_iter().skip(KEEP_BACKUPS) {
        std::fs::remove_file(&old).map_err(file_error(&old))?;
    }
    Ok(())
}

impl Store {
    /// Writes a checked backup now and returns its path.
    pub fn backup_now(&self) -> Result<PathBuf> {
        write_backup(&self.connection, self.path(), "manual")
    }

    /// Writes a checked backup taken by the app's schedule (named `auto`, so the reviewer can
    /// tell it from one they asked for) and returns its path.
    pub fn backup_automatic(&self) -> Result<PathBuf> {
        write_backup(&self.connection, self.path(), "auto")
    }

    /// The backups kept for this library, newest first.
    pub fn list_backups(&self) -> Result<Vec<PathBuf>> {
        backups_in(&backup_folder(self.path()))
    }

    /// Replaces the library's contents with a backup's, after checking the backup and backing up
    /// the current state (so a restore can itself be undone).
    pub fn restore_backup(&mut self, backup: &Path) -> Result<()> {
        check_file(backup)?;
        write_backup(&self.connection, self.path(), "before-restore")?;
        let source = Connection::open_with_flags(backup, OpenFlags::SQLITE_OPEN_READ_ONLY)
            .map_err(|source| StoreError::Open { path: backup.to_path_buf(), source })?;
        {
            let copy = rusqlite::backup::Backup::new(&source, &mut self.connection)?;
            copy.run_to_completion(256, std::time::Duration::from_millis(0), None)?;
        }
        // An older backup is brought up to this build's schema, as opening it would.
        let live = self.path().to_path_buf();
        crate::migrations::migrate(&mut self.connection, &live)?;
        crate::search::index_pending_documents(&mut self.connection)?;
        Ok(())
    }
}
