//! Opening a library file: pragmas that persist in the file, refusal of files that are not
//! databases, folder creation and the integrity check.

use disclosure_store::{Store, StoreError};

use crate::{file_sha256, temp_library};

#[test]
fn a_real_file_is_opened_in_wal_mode() {
    let (_folder, path) = temp_library();
    let store = Store::open(&path).expect("a fresh library opens");
    // journal_mode is the one pragma recorded in the file, so a second connection can see it.
    let observer = rusqlite::Connection::open(&path).expect("a second connection to the same file");
    let journal_mode: String = observer.query_row("PRAGMA journal_mode", [], |row| row.get(0)).expect("journal_mode");
    assert_eq!(journal_mode, "wal", "the app and the CLI share the file; WAL lets one read while the other writes");
    drop(store);
}

#[test]
fn the_file_header_records_wal_after_the_store_closes() {
    let (_folder, path) = temp_library();
    drop(Store::open(&path).expect("a fresh library opens"));
    let bytes = std::fs::read(&path).expect("the library file");
    // Bytes 18 and 19 of the header are the write and read versions: 2 means WAL.
    assert_eq!((bytes[18], bytes[19]), (2, 2), "WAL mode must persist in the file, not only in one connection");
}

#[test]
fn the_store_reports_where_it_lives() {
    let (_folder, path) = temp_library();
    let store = Store::open(&path).expect("a fresh library opens");
    assert_eq!(store.path(), path.as_path(), "callers show this path to the user when something goes wrong");
    let in_memory = Store::open_in_memory().expect("an in-memory library");
    assert_eq!(in_memory.path(), std::path::Path::new(":memory:"), "an in-memory store has no file");
}

#[test]
fn missing_folders_are_created() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let path = folder.path().join("not").join("yet").join("there").join("library.sqlite3");
    let store = Store::open(&path).expect("the folders above a new library are created");
    assert!(path.is_file(), "the first open of a new install must leave a library file behind");
    drop(store);
}

#[test]
fn a_fresh_library_passes_the_integrity_check() {
    let (_folder, path) = temp_library();
    let store = Store::open(&path).expect("a fresh library opens");
    assert_eq!(store.integrity_check().expect("integrity_check runs"), "ok", "a new file must be sound");
}

#[test]
fn a_file_of_random_bytes_is_refused_and_left_alone() {
    let (_folder, path) = temp_library();
    // Deterministic noise that cannot start with the SQLite header.
    let noise: Vec<u8> = (0u32..8192).map(|n| (n.wrapping_mul(2_654_435_761) >> 13) as u8 | 0x80).collect();
    std::fs::write(&path, &noise).expect("write the noise file");
    let before = file_sha256(&path);

    let error = Store::open(&path).expect_err("random bytes are not a library");
    assert!(matches!(error, StoreError::Open { .. }), "not a database must be an Open error, got {error:?}");
    let message = error.to_string();
    assert!(message.contains(&path.display().to_string()), "the message must name the file: {message}");
    assert!(message.contains("not a database"), "the message must say why the file was refused: {message}");

    assert_eq!(file_sha256(&path), before, "a file the user pointed at by mistake must never be overwritten");
    assert!(!path.with_extension("sqlite3-wal").exists(), "no WAL file may be created beside a refused file");
}

#[test]
fn a_text_file_given_as_the_library_is_refused_and_left_alone() {
    let (_folder, path) = temp_library();
    let letter = "Dear Requester,\n\nThank you for your request for information.\n".repeat(20);
    std::fs::write(&path, &letter).expect("write the letter");
    let before = file_sha256(&path);
    let error = Store::open(&path).expect_err("a letter is not a library");
    assert!(matches!(error, StoreError::Open { .. }), "a letter must be refused as Open, got {error:?}");
    assert_eq!(file_sha256(&path), before, "a letter opened as a library by mistake must be left as it was");
}

#[test]
fn a_folder_given_as_the_library_is_refused() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let error = Store::open(folder.path()).expect_err("a folder is not a library");
    assert!(matches!(error, StoreError::Open { .. }), "a folder must be refused as Open, got {error:?}");
}

#[test]
fn every_connection_runs_with_the_durability_pragmas() {
    let folder = tempfile::tempdir().expect("temp dir");
    let store = disclosure_store::Store::open(&folder.path().join("library.sqlite3")).expect("open");
    let expect = [("journal_mode", "wal"), ("synchronous", "2"), ("foreign_keys", "1"), ("trusted_schema", "0")];
    for (name, value) in expect {
        assert_eq!(
            store.pragma(name).expect("pragma").to_ascii_lowercase(),
            value,
            "{name} must be {value}: WAL lets app and CLI share the file, FULL sync survives power loss, \
             foreign keys keep derived rows tied to documents, and untrusted schema blocks SQL-function tricks"
        );
    }
    assert!(
        store.pragma("busy_timeout").expect("pragma").parse::<u64>().expect("number") >= 1000,
        "a writer waits for the other process"
    );
}
