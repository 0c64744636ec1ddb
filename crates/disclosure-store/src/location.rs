//! Where the library file lives: the per-user app-data folder unless the user says otherwise.
//!
//! The desktop app and the CLI both ask this module, so that they open the same file.

use std::path::PathBuf;

use crate::error::{Result, StoreError};

/// The app's reverse-DNS identifier; the data folder is named after it, as Tauri does.
pub const APP_IDENTIFIER: &str = "org.disclosuredesk.DisclosureDesk";

/// Environment variable that overrides the database path for the app and the CLI.
pub const DATABASE_ENV: &str = "DISCLOSURE_DB";

const DATABASE_FILE_NAME: &str = "library.sqlite3";

/// The database in the OS's per-user app-data folder.
pub fn default_database_path() -> Result<PathBuf> {
    let base = directories::BaseDirs::new().ok_or(StoreError::NoDataFolder)?;
    Ok(base.data_dir().join(APP_IDENTIFIER).join(DATABASE_FILE_NAME))
}

/// The path to open: an explicit one first, then `DISCLOSURE_DB`, then the default.
pub fn resolve_database_path(explicit: Option<PathBuf>) -> Result<PathBuf> {
    if let Some(path) = explicit {
        return Ok(path);
    }
    match std::env::var_os(DATABASE_ENV) {
        Some(path) if !path.is_empty() => Ok(PathBuf::from(path)),
        _ => default_database_path(),
    }
}
