//! Which file is opened: an explicit path, then `DISCLOSURE_DB`, then the per-user default.
//!
//! Tests that read or write the process environment hold `ENVIRONMENT` so they never race.

use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard};

use disclosure_store::{default_database_path, resolve_database_path, APP_IDENTIFIER, DATABASE_ENV};

static ENVIRONMENT: Mutex<()> = Mutex::new(());

/// Holds the environment for one test and restores `DISCLOSURE_DB` when dropped.
struct EnvironmentGuard {
    saved: Option<std::ffi::OsString>,
    _lock: MutexGuard<'static, ()>,
}

impl EnvironmentGuard {
    fn with_database_env(value: Option<&str>) -> EnvironmentGuard {
        // A failed test poisons the lock; the environment is still restored by Drop.
        let lock = ENVIRONMENT.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let saved = std::env::var_os(DATABASE_ENV);
        match value {
            Some(value) => std::env::set_var(DATABASE_ENV, value),
            None => std::env::remove_var(DATABASE_ENV),
        }
        EnvironmentGuard { saved, _lock: lock }
    }
}

impl Drop for EnvironmentGuard {
    fn drop(&mut self) {
        match &self.saved {
            Some(value) => std::env::set_var(DATABASE_ENV, value),
            None => std::env::remove_var(DATABASE_ENV),
        }
    }
}

#[test]
fn an_explicit_path_wins_over_the_environment() {
    let _environment = EnvironmentGuard::with_database_env(Some("/from/the/environment.sqlite3"));
    let explicit = PathBuf::from("/given/on/the/command/line.sqlite3");
    let resolved = resolve_database_path(Some(explicit.clone())).expect("an explicit path resolves");
    assert_eq!(resolved, explicit, "a path the user typed must beat one set long ago in the environment");
}

#[test]
fn the_environment_wins_over_the_default() {
    let _environment = EnvironmentGuard::with_database_env(Some("/from/the/environment.sqlite3"));
    let resolved = resolve_database_path(None).expect("the environment path resolves");
    assert_eq!(
        resolved,
        PathBuf::from("/from/the/environment.sqlite3"),
        "DISCLOSURE_DB lets the app and the CLI share a non-default library"
    );
}

#[test]
fn without_explicit_path_or_environment_the_default_is_used() {
    let _environment = EnvironmentGuard::with_database_env(None);
    let resolved = resolve_database_path(None).expect("the default resolves on a normal system");
    let default = default_database_path().expect("a per-user data folder");
    assert_eq!(resolved, default, "with nothing given, the app and the CLI must agree on one default file");
}

#[test]
fn an_empty_environment_variable_means_the_default() {
    let _environment = EnvironmentGuard::with_database_env(Some(""));
    let resolved = resolve_database_path(None).expect("the default resolves");
    assert_eq!(
        resolved,
        default_database_path().expect("default"),
        "an empty DISCLOSURE_DB must not mean the current folder"
    );
}

#[test]
fn the_default_lives_in_a_folder_named_after_the_app() {
    let default = default_database_path().expect("a per-user data folder");
    assert!(default.is_absolute(), "the default must not depend on the current folder: {}", default.display());
    let folder_name = default.parent().and_then(|folder| folder.file_name()).expect("a parent folder");
    assert_eq!(folder_name, APP_IDENTIFIER, "Tauri names the app-data folder after the identifier; both must agree");
}
