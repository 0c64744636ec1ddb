//! Backups through the commands: taken on request, listed newest first, and restored after a
//! confirmation, with the current state kept and the app's connection reopened.

use serde_json::json;

use crate::mock_app::App;

#[test]
fn a_backup_taken_now_restores_the_library_as_it_was_and_keeps_the_state_it_replaced() {
    let app = App::on_samples();
    let taken = app.invoke("back_up_now", json!({})).expect("backup");
    assert_eq!(taken["kind"], "manual", "a backup asked for is named as such");
    assert!(taken["n_bytes"].as_u64().is_some_and(|n| n > 0), "the dialog shows its size");

    // A fifth letter arrives after the backup.
    app.import(&[(
        "later.txt",
        "Authority: Wessex Police\nReference: WP/1\nI have decided to disclose the information.",
    )]);
    assert_eq!(app.invoke("library_info", json!({})).expect("info")["n_documents"], 5);

    let restored = app.invoke("restore_backup", json!({ "path": taken["path"] }));
    assert!(restored.is_ok(), "restoring a listed backup works: {restored:?}");
    assert_eq!(
        app.invoke("list_documents", json!({})).expect("list").as_array().map(Vec::len),
        Some(4),
        "after the restore the reopened connection reads the library as it was backed up"
    );
    let backups = app.invoke("list_backups", json!({})).expect("list backups");
    let kinds: Vec<&str> =
        backups.as_array().expect("list").iter().filter_map(|backup| backup["kind"].as_str()).collect();
    assert_eq!(
        kinds.first(),
        Some(&"before-restore"),
        "the state replaced is backed up first, newest first, so a restore can be undone"
    );
    assert!(kinds.contains(&"manual"));
}

#[test]
fn only_a_backup_of_this_library_can_be_restored() {
    let app = App::on_samples();
    let stranger = app.folder().join("elsewhere.sqlite3");
    std::fs::write(&stranger, b"not a backup").expect("write");
    let error = app.invoke("restore_backup", json!({ "path": stranger })).expect_err("refused");
    assert_eq!(error["kind"], "not_found", "the webview cannot make the app read an arbitrary file");
}
