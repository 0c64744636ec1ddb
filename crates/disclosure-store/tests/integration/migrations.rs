//! Schema versions: a new file is brought up to date, a current one is left as it is, and a
//! newer one is refused without a single byte changing.

use std::path::Path;

use disclosure_store::{Store, StoreError, SCHEMA_VERSION};

use crate::{file_sha256, temp_library};

/// Writes a database that claims a schema newer than this build knows, in the given journal
/// mode, and closes it so that everything is in the main file.
fn write_newer_database(path: &Path, journal_mode: &str) {
    let connection = rusqlite::Connection::open(path).expect("create the newer database");
    let mode: String = connection
        .query_row(&format!("PRAGMA journal_mode = {journal_mode}"), [], |row| row.get(0))
        .expect("set the journal mode");
    assert_eq!(mode, journal_mode.to_lowercase(), "the fixture must really be in {journal_mode} mode");
    connection
        .execute_batch(&format!(
            "CREATE TABLE future_thing (id INTEGER PRIMARY KEY, note TEXT);
             INSERT INTO future_thing (note) VALUES ('written by a later release');
             PRAGMA user_version = {};",
            SCHEMA_VERSION + 7
        ))
        .expect("write the newer schema");
    connection.close().expect("close the newer database");
}

/// Opens a newer database and checks it is refused with nothing on disk changed.
fn check_newer_database_is_refused_untouched(journal_mode: &str) {
    let (folder, path) = temp_library();
    write_newer_database(&path, journal_mode);
    let before = file_sha256(&path);

    let error = Store::open(&path).expect_err("a database newer than this build must be refused");
    match &error {
        StoreError::NewerSchema { found, supported, .. } => {
            assert_eq!(*found, SCHEMA_VERSION + 7, "the error must report the version found in the file");
            assert_eq!(*supported, SCHEMA_VERSION, "the error must report what this build knows");
        }
        other => panic!("expected NewerSchema, got {other:?}"),
    }
    let message = error.to_string();
    assert!(message.contains("newer version"), "the user must be told to update the app: {message}");
    drop(error);

    assert_eq!(
        file_sha256(&path),
        before,
        "a newer library must be left byte-identical ({journal_mode} mode) so the newer app still trusts it"
    );
    let wal = folder.path().join("library.sqlite3-wal");
    if wal.exists() {
        let wal_len = std::fs::metadata(&wal).expect("wal metadata").len();
        assert_eq!(wal_len, 0, "a refused open must not leave frames in a WAL file for the next opener to apply");
    }
}

#[test]
fn a_fresh_file_gets_the_current_schema_version() {
    let (_folder, path) = temp_library();
    let store = Store::open(&path).expect("a fresh library opens");
    assert_eq!(store.schema_version().expect("user_version"), SCHEMA_VERSION, "every migration must be applied once");
    drop(store);
    let observer = rusqlite::Connection::open(&path).expect("a second connection");
    let version: i64 = observer.query_row("PRAGMA user_version", [], |row| row.get(0)).expect("user_version");
    assert_eq!(version, SCHEMA_VERSION, "the version must be committed to the file, not only held in memory");
}

#[test]
fn reopening_a_current_library_changes_nothing() {
    let (_folder, path) = temp_library();
    drop(Store::open(&path).expect("first open"));
    let before = file_sha256(&path);
    let store = Store::open(&path).expect("second open");
    assert_eq!(store.schema_version().expect("user_version"), SCHEMA_VERSION, "reopening must not re-migrate");
    assert_eq!(store.count_documents().expect("count"), 0, "reopening must not add rows");
    drop(store);
    assert_eq!(file_sha256(&path), before, "opening an up-to-date library must not write to it");
}

#[test]
fn a_current_library_opens_while_another_connection_is_writing() {
    let (_folder, path) = temp_library();
    drop(Store::open(&path).expect("first open"));
    let writer = rusqlite::Connection::open(&path).expect("a second connection");
    writer.execute_batch("BEGIN IMMEDIATE").expect("the second connection takes the write lock");
    // A command that only reads (a comparison, a listing) must not queue behind an import.
    let store = Store::open(&path).expect("an up-to-date library opens without taking the write lock");
    assert_eq!(store.schema_version().expect("user_version"), SCHEMA_VERSION, "the schema is already current");
    writer.execute_batch("ROLLBACK").expect("release the write lock");
}

#[test]
fn a_newer_wal_database_is_refused_and_left_byte_identical() {
    check_newer_database_is_refused_untouched("WAL");
}

#[test]
fn a_newer_rollback_journal_database_is_refused_and_left_byte_identical() {
    check_newer_database_is_refused_untouched("DELETE");
}

#[test]
fn thread_keys_of_unlabelled_questions_count_from_one_after_migration_8() {
    let (_folder, path) = temp_library();
    let document = {
        let mut store = Store::open(&path).expect("open");
        crate::annotation::stored_letter(&mut store, "u", "Dear requester,\n", "Fernshire", "2023-01-01", "full")
    };
    {
        // A library from before migration 8: two unlabelled questions of one letter keyed from 0,
        // and no suggestion scores (migration 10) nor date sources (migration 12).
        let raw = rusqlite::Connection::open(&path).expect("raw open");
        raw.execute_batch(&format!(
            "INSERT INTO thread (id, title, authority) VALUES (1, 'Budget', 'Fernshire');
             INSERT INTO thread_member (thread_id, document_id, question_key, question_idx, origin)
                 VALUES (1, {document}, '#0', 0, 'reviewer'), (1, {document}, '#1', 1, 'reviewer'),
                        (1, {document}, 'Q3', 2, 'reviewer');
             INSERT INTO thread_exclusion (thread_id, document_id, question_key) VALUES (1, {document}, '#2');
             ALTER TABLE thread_member DROP COLUMN score;
             ALTER TABLE document DROP COLUMN date_source;
             PRAGMA user_version = 7;"
        ))
        .expect("an older library");
    }
    let store = Store::open(&path).expect("open migrates");
    let mut keys: Vec<String> =
        store.list_thread_members(1).expect("members").into_iter().map(|member| member.question_key).collect();
    keys.sort();
    assert_eq!(
        keys,
        vec!["#1", "#2", "Q3"],
        "unlabelled questions count from 1 as flags do, without two keys colliding mid-update; labels stay"
    );
    let excluded = store.list_thread_decisions().expect("decisions");
    assert!(
        format!("{excluded:?}").contains("\"#3\""),
        "the reviewer's exclusions move with their questions: {excluded:?}"
    );
}

#[test]
fn citations_under_every_law_are_stored_and_kept() {
    let (_folder, path) = temp_library();
    let mut store = Store::open(&path).expect("open");
    let letter = crate::annotation::stored_letter(
        &mut store,
        "oia",
        "Your request is refused under section 18(f).\n",
        "Ministry",
        "2024-08-02",
        "refused",
    );
    let finding = |regime: &str, provision: &str, section: &str| disclosure_store::CitationFinding {
        question_idx: None,
        question_label: None,
        regime: regime.into(),
        provision: provision.into(),
        section: section.into(),
        cited_as: provision.into(),
        is_ncnd: false,
        quote: format!("section {provision}"),
        start: 0,
        end: 10,
    };
    let citations = vec![
        finding("NZ OIA", "18(f)", "18"),
        finding("EIRS", "10(4)(a)", "10"),
        finding("US FOIA", "(b)(6)", "(b)(6)"),
    ];
    store
        .update_document_findings(letter, &disclosure_store::DocumentFindings { citations, ..Default::default() })
        .expect("a provision of another law is stored like any other");
    let regimes: Vec<String> =
        store.list_document_citations(letter).expect("list").into_iter().map(|citation| citation.regime).collect();
    assert_eq!(regimes, ["NZ OIA", "EIRS", "US FOIA"], "each citation keeps the law whose numbering it follows");
    drop(store);
    let store = Store::open(&path).expect("reopen");
    assert_eq!(
        store.list_document_citations(letter).expect("list").len(),
        3,
        "the rows are committed to the file, not only held in memory"
    );
}
