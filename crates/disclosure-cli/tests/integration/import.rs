//! `disclosure import` and `disclosure samples`: statuses, exit codes and bad input.

use crate::{disclosure, json_lines, stdout};

#[test]
fn a_batch_goes_on_past_bad_files_and_exits_1() {
    let folder = tempfile::tempdir().expect("temp dir");
    let letters = folder.path().join("letters");
    std::fs::create_dir(&letters).expect("mkdir");
    std::fs::write(letters.join("a-good.txt"), "Reference: FOI-2024-00001\nDear requester, 12 officers.\n")
        .expect("write");
    std::fs::write(letters.join("b-binary.txt"), b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0").expect("write");
    std::fs::write(letters.join("c-empty.txt"), b"").expect("write");
    std::fs::write(letters.join("d-scan.pdf"), b"%PDF-1.7\n").expect("write");
    std::fs::write(
        letters.join("e-page.html"),
        "<html><body><p>Reference: FOI-2024-00002</p><script>x()</script></body></html>",
    )
    .expect("write");
    let db = folder.path().join("library.sqlite3");

    let output = disclosure(&db, &["import", letters.to_str().expect("utf-8 path"), "--json"]);
    assert_eq!(output.status.code(), Some(1), "some files failed, the rest were imported: exit status 1");
    let lines = json_lines(&output);
    let status_of = |name: &str| {
        lines
            .iter()
            .find(|line| line["path"].as_str().is_some_and(|path| path.ends_with(name)))
            .map(|line| line["status"].as_str().unwrap_or_default().to_string())
    };
    assert_eq!(lines.len(), 5, "one JSON object per file, bad ones included");
    assert_eq!(status_of("a-good.txt").as_deref(), Some("imported"));
    assert_eq!(status_of("b-binary.txt").as_deref(), Some("error"), "an executable is not a letter");
    assert_eq!(status_of("c-empty.txt").as_deref(), Some("error"), "an empty file has nothing to read");
    assert_eq!(status_of("d-scan.pdf").as_deref(), Some("error"), "a PDF header with nothing after it is unreadable");
    assert_eq!(status_of("e-page.html").as_deref(), Some("imported"), "a bad file earlier must not stop later ones");
    let pdf = lines.iter().find(|line| line["path"].as_str().is_some_and(|p| p.ends_with(".pdf"))).expect("pdf line");
    assert!(
        pdf["error"].as_str().is_some_and(|error| error.contains("PDF")),
        "the user must be told the PDF could not be read, got {pdf}"
    );
    assert!(
        lines.iter().all(|line| line.get("id").is_some() && line.get("error").is_some()),
        "every field of the contract is present"
    );
}

#[test]
fn importing_again_reports_duplicates_and_exits_0() {
    let folder = tempfile::tempdir().expect("temp dir");
    let letter = folder.path().join("letter.txt");
    std::fs::write(&letter, "Reference: FOI-2024-00009\nSome answer.\n").expect("write");
    let db = folder.path().join("library.sqlite3");
    let first = json_lines(&disclosure(&db, &["import", letter.to_str().expect("utf-8"), "--json"]));
    let again = disclosure(&db, &["import", letter.to_str().expect("utf-8"), "--json"]);
    assert_eq!(again.status.code(), Some(0), "an already imported file is not a failure");
    let again = json_lines(&again);
    assert_eq!(again[0]["status"], "duplicate", "the same bytes must not be stored twice");
    assert_eq!(again[0]["id"], first[0]["id"], "a duplicate reports the id it is stored under");
}

#[test]
fn samples_fill_an_empty_library_once() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("library.sqlite3");
    assert!(disclosure(&db, &["samples", "--if-empty"]).status.success());
    assert!(disclosure(&db, &["samples", "--if-empty"]).status.success());
    let listed: serde_json::Value = serde_json::from_str(&stdout(&disclosure(&db, &["list", "--json"]))).expect("json");
    assert_eq!(listed.as_array().map(Vec::len), Some(4), "the sample library is four letters, imported once");
}

#[test]
fn a_database_from_a_newer_version_is_refused_with_exit_2() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("library.sqlite3");
    assert!(disclosure(&db, &["list"]).status.success(), "creates the library");
    rusqlite_free_bump(&db);
    let output = disclosure(&db, &["list"]);
    assert_eq!(output.status.code(), Some(2), "a database error is exit status 2");
    let message = String::from_utf8_lossy(&output.stderr);
    assert!(message.contains("newer version"), "the user must learn why: {message}");
}

/// Raises the schema version in the file with the system's own SQLite-free means: the CLI
/// itself cannot do it, so write the header field directly (user_version is bytes 60..64).
fn rusqlite_free_bump(db: &std::path::Path) {
    // Checkpoint first: the CLI closed cleanly, so the main file holds the header.
    let mut bytes = std::fs::read(db).expect("read db");
    bytes[60..64].copy_from_slice(&999u32.to_be_bytes());
    std::fs::write(db, bytes).expect("write db");
}

#[test]
fn usage_errors_exit_2() {
    let folder = tempfile::tempdir().expect("temp dir");
    let output = disclosure(&folder.path().join("library.sqlite3"), &["import"]);
    assert_eq!(output.status.code(), Some(2), "a missing argument is a usage error");
}
