//! Commands through Tauri's mock runtime: the same handlers the window calls, on a real
//! SQLite file, with no display.

use serde_json::json;

use crate::mock_app::App;

#[test]
fn the_sample_library_opens_lists_and_reads() {
    let app = App::on_fresh_library();
    let info = app.invoke("library_info", json!({})).expect("library_info");
    assert_eq!(info["n_documents"], 0, "a fresh library is empty, so the UI offers the samples");

    let report = app.invoke("open_sample_library", json!({ "onProgress": "__CHANNEL__:1" })).expect("samples import");
    assert_eq!(report["n_imported"], 4, "the sample library is four letters");
    assert_eq!(report["n_errors"], 0);

    let documents = app.invoke("list_documents", json!({})).expect("list");
    let documents = documents.as_array().expect("a list");
    assert_eq!(documents.len(), 4);
    let partial =
        documents.iter().find(|document| document["reference"] == "FC/FOI/23/0501").expect("2023 letter listed");

    let view = app.invoke("get_document", json!({ "id": partial["id"] })).expect("get_document");
    assert_eq!(view["structure"]["decision"], "partial", "the 2023 letter refuses one question under Section 40(2)");
    let badges = view["structure"]["exemptions"].as_array().expect("badges");
    assert!(
        badges.iter().any(|badge| badge["provision"] == "40(2)" && badge["name"].is_string()),
        "the exemption badge carries the catalogue's name for its explanation"
    );
    let text: String =
        view["segments"].as_array().expect("segments").iter().filter_map(|s| s["text"].as_str()).collect();
    assert!(text.contains("Section 40(2)(3) - Personal Information"), "the segments rebuild the whole text");
}

#[test]
fn a_missing_document_is_a_not_found_error() {
    let app = App::on_fresh_library();
    let error = app.invoke("get_document", json!({ "id": 999 })).expect_err("no such document");
    assert_eq!(error["kind"], "not_found", "the UI branches on kind, never on the message");
    assert!(error["message"].as_str().is_some_and(|message| !message.is_empty()), "the user gets a sentence");
}

#[test]
fn an_unreadable_library_explains_itself_instead_of_crashing() {
    let folder = tempfile::tempdir().expect("temp dir");
    let not_a_database = folder.path().join("notes.sqlite3");
    std::fs::write(&not_a_database, vec![0x42u8; 8192]).expect("write");
    let app = App::on_library_file(folder, not_a_database);
    let error = app.invoke("list_documents", json!({})).expect_err("the file is not a database");
    assert_eq!(error["kind"], "library_unavailable", "the window must open and say why the library is unavailable");
}
