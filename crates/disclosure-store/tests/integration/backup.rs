//! Backups: checked copies in a rotation folder beside the live file, taken on demand and
//! before a migration, and restored over the live library.

use disclosure_store::{backup_folder, Store, KEEP_BACKUPS};

use crate::annotation::{note, stored_letter};
use crate::temp_library;

#[test]
fn a_backup_is_checked_kept_beside_the_library_and_rotated() {
    let (folder, path) = temp_library();
    let store = Store::open(&path).expect("open");
    let mut written = Vec::new();
    for _ in 0..KEEP_BACKUPS + 2 {
        written.push(store.backup_now().expect("backup"));
    }
    let backups = store.list_backups().expect("list");
    assert_eq!(backups.len(), KEEP_BACKUPS, "the rotation keeps only the newest {KEEP_BACKUPS}");
    assert_eq!(backups[0], written[written.len() - 1], "newest first");
    assert_eq!(backups[0].parent(), Some(backup_folder(&path).as_path()), "backups live in the rotation folder");
    assert_eq!(
        backup_folder(&path).parent(),
        Some(folder.path()),
        "the rotation folder sits beside the live file, not inside it"
    );
    let leftovers = std::fs::read_dir(backup_folder(&path))
        .expect("read")
        .filter_map(Result::ok)
        .filter(|entry| entry.file_name().to_string_lossy().ends_with(".partial"))
        .count();
    assert_eq!(leftovers, 0, "no temporary file is left behind");
}

#[test]
fn restoring_a_backup_brings_back_its_annotations_and_backs_up_the_present() {
    let (_folder, path) = temp_library();
    let mut store = Store::open(&path).expect("open");
    let document =
        stored_letter(&mut store, "a", "Q1 Budget?\nFour million pounds.\n", "Fernshire", "2023-01-01", "full");
    let kept = store.insert_annotation(&note(document, "Four million", "kept", &[])).expect("note");
    let backup = store.backup_now().expect("backup");
    let later = store.insert_annotation(&note(document, "pounds", "after the backup", &[])).expect("note");
    store.restore_backup(&backup).expect("restore");
    assert!(store.get_annotation(kept).is_ok(), "what the backup held is there");
    assert!(store.get_annotation(later).is_err(), "what came after the backup is gone from the live library");
    assert_eq!(store.integrity_check().expect("check"), "ok", "the restored library is sound");
    assert!(
        store.list_backups().expect("list").iter().any(|path| path.to_string_lossy().contains("before-restore")),
        "the state before the restore was backed up first"
    );
    drop(store);
    let reopened = Store::open(&path).expect("reopen");
    assert!(reopened.get_annotation(kept).is_ok(), "the restore is on disk, not only on the connection");
}

#[test]
fn a_damaged_backup_is_refused_and_the_library_left_alone() {
    let (folder, path) = temp_library();
    let mut store = Store::open(&path).expect("open");
    let document =
        stored_letter(&mut store, "a", "Q1 Budget?\nFour million pounds.\n", "Fernshire", "2023-01-01", "full");
    let bogus = folder.path().join("not-a-backup.sqlite3");
    std::fs::write(&bogus, b"this is not a database").expect("write");
    assert!(store.restore_backup(&bogus).is_err(), "a file that is not a sound database is refused");
    assert!(store.get_document(document).is_ok(), "and the library is untouched");
}

#[test]
fn an_existing_library_is_backed_up_before_its_schema_changes() {
    let (_folder, path) = temp_library();
    {
        let raw = rusqlite::Connection::open(&path).expect("raw open");
        raw.execute_batch(include_str!("../../migrations/0001_documents.sql")).expect("schema 1");
        raw.execute_batch("PRAGMA user_version = 1").expect("version");
    }
    let store = Store::open(&path).expect("open migrates");
    let backups = store.list_backups().expect("list");
    assert_eq!(backups.len(), 1, "one backup before migrating a library at schema 1: {backups:?}");
    let old = rusqlite::Connection::open(&backups[0]).expect("open backup");
    let version: i64 = old.query_row("PRAGMA user_version", [], |row| row.get(0)).expect("version");
    assert_eq!(version, 1, "the backup holds the library as it was before the migration");
    let (_fresh_folder, fresh) = temp_library();
    let fresh_store = Store::open(&fresh).expect("open fresh");
    assert!(fresh_store.list_backups().expect("list").is_empty(), "a new library has nothing to back up");
}
