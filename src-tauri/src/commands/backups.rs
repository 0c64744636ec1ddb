//! Backups of the library: taken on a schedule when data changed, listed, and restored.
//!
//! The schedule runs on its own thread: every interval it looks at the database file and its
//! write-ahead log (size and modification time, no query), and takes a backup only when they
//! changed since the last one. A restore takes a backup of the current state first (the store
//! does), then the app reopens its connection so nothing cached from before survives.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::Serialize;
use tauri::{AppHandle, Manager, Runtime, State};
use ts_rs::TS;

use super::{off_main_thread, with_store};
use crate::error::{CommandError, CommandResult};
use crate::library::Library;

/// How often the schedule looks for changes, unless `DISCLOSURE_BACKUP_INTERVAL_SECS` says otherwise.
const DEFAULT_INTERVAL: Duration = Duration::from_secs(10 * 60);

/// One backup kept beside the library.
#[derive(Debug, Clone, Serialize, TS)]
pub struct BackupInfo {
    /// Where it is, to restore it.
    pub path: String,
    /// Its file name.
    pub file_name: String,
    /// Its size in bytes.
    #[ts(type = "number")]
    pub n_bytes: u64,
    /// When it was written, milliseconds since 1970 (UTC), for the UI to show in local time.
    #[ts(type = "number")]
    pub taken_at_ms: u64,
    /// Why it was taken: the schedule, asked for, before a restore or before a migration.
    pub kind: super::codes::BackupKindCode,
}

impl BackupInfo {
    fn of(path: &Path) -> CommandResult<BackupInfo> {
        let metadata = std::fs::metadata(path)
            .map_err(|error| CommandError::new("backup", format!("could not read {}: {error}", path.display())))?;
        let file_name = path.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default();
        let kind = ["before-restore", "before-migration", "auto", "manual"]
            .into_iter()
            .find(|kind| file_name.contains(&format!("-{kind}")))
            .map_or(super::codes::BackupKindCode::Manual, super::codes::BackupKindCode::named);
        Ok(BackupInfo {
            path: path.display().to_string(),
            file_name,
            n_bytes: metadata.len(),
            taken_at_ms: metadata.modified().ok().map_or(0, milliseconds),
            kind,
        })
    }
}

fn milliseconds(time: SystemTime) -> u64 {
    time.duration_since(UNIX_EPOCH).map_or(0, |since| since.as_millis() as u64)
}

/// What the library's files look like now: size and modification time of the database and of
/// its write-ahead log, where every committed write lands first. Equal fingerprints mean no
/// write happened in between, without opening a connection.
fn fingerprint(database: &Path) -> Vec<(u64, u64)> {
    let mut wal = database.as_os_str().to_owned();
    wal.push("-wal");
    [database.to_path_buf(), PathBuf::from(wal)]
        .iter()
        .map(|file| {
            std::fs::metadata(file)
                .map_or((0, 0), |metadata| (metadata.len(), metadata.modified().ok().map_or(0, milliseconds)))
        })
        .collect()
}

/// Starts the backup schedule for the open library on a background thread.
pub fn start_schedule<R: Runtime>(app: &AppHandle<R>) {
    let interval = std::env::var("DISCLOSURE_BACKUP_INTERVAL_SECS")
        .ok()
        .and_then(|seconds| seconds.parse::<u64>().ok())
        .filter(|seconds| *seconds > 0)
        .map_or(DEFAULT_INTERVAL, Duration::from_secs);
    let app = app.clone();
    let spawned = std::thread::Builder::new().name("backup-schedule".into()).spawn(move || {
        let library = app.state::<Library>();
        // Changes made before this launch count once: the first look compares with nothing.
        let mut backed_up: Option<Vec<(u64, u64)>> = None;
        loop {
            std::thread::sleep(interval);
            let now = fingerprint(library.path());
            if backed_up.as_ref() == Some(&now) {
                continue;
            }
            match library
                .separate_connection()
                .map_err(|error| error.message)
                .and_then(|store| store.backup_automatic().map_err(|error| error.to_string()))
            {
                // Read again after the backup: a checkpoint while it ran is not a change of data.
                Ok(_) => backed_up = Some(fingerprint(library.path())),
                Err(message) => eprintln!("scheduled backup failed: {message}"),
            }
        }
    });
    if let Err(error) = spawned {
        eprintln!("the backup schedule could not start: {error}");
    }
}

/// The backups kept for the library, newest first.
#[tauri::command]
pub async fn list_backups(library: State<'_, Library>) -> CommandResult<Vec<BackupInfo>> {
    let paths = library.reader()?.list_backups()?;
    paths.iter().map(|path| BackupInfo::of(path)).collect::<CommandResult<Vec<_>>>()
}

/// Takes a checked backup now.
#[tauri::command]
pub async fn back_up_now(library: State<'_, Library>) -> CommandResult<BackupInfo> {
    let store = library.separate_connection()?;
    let path = off_main_thread(move || Ok(store.backup_now()?)).await?;
    BackupInfo::of(&path)
}

/// Replaces the library with one of its backups, after backing up the current state, then
/// reopens the app's connection. Only a backup from the library's own list can be restored.
#[tauri::command]
pub async fn restore_backup(library: State<'_, Library>, path: String) -> CommandResult<()> {
    let chosen = PathBuf::from(&path);
    if !library.reader()?.list_backups()?.contains(&chosen) {
        return Err(CommandError::new("not_found", "That backup is no longer in the library's backups folder."));
    }
    with_store(&library, move |store| Ok(store.restore_backup(&chosen)?)).await?;
    library.reopen()
}
