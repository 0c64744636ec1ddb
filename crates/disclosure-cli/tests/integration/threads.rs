//! `disclosure threads` and `disclosure diff`: the documented JSON shapes on the sample library.

use crate::{disclosure, stdout};

fn sample_library() -> (tempfile::TempDir, std::path::PathBuf) {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("library.sqlite3");
    assert!(disclosure(&db, &["samples"]).status.success(), "the sample library imports");
    (folder, db)
}

#[test]
fn threads_json_lists_the_sample_threads_with_the_documented_fields() {
    let (_folder, db) = sample_library();
    let output = disclosure(&db, &["threads", "--json"]);
    assert!(output.status.success(), "threads succeeds on the sample library");
    let threads: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("threads --json prints JSON");
    let threads = threads.as_array().expect("threads --json prints an array");
    for field in ["id", "title", "authority", "members"] {
        assert!(threads[0].get(field).is_some(), "each thread must carry {field}: the issue fixes the shape");
    }
    for field in ["document_id", "reference", "question_label", "date"] {
        assert!(threads[0]["members"][0].get(field).is_some(), "each member must carry {field}");
    }
    let sizes: Vec<usize> = threads.iter().map(|thread| thread["members"].as_array().map_or(0, Vec::len)).collect();
    assert!(sizes.iter().filter(|size| **size == 4).count() == 2, "vetting withdrawn and suspended on full pay are asked in all four letters: {sizes:?}");
    assert!(!sizes.contains(&1), "a question asked once is not listed as a thread");
}

#[test]
fn rebuild_keeps_the_same_threads() {
    let (_folder, db) = sample_library();
    let first: serde_json::Value = serde_json::from_str(&stdout(&disclosure(&db, &["threads", "--json"]))).expect("json");
    let rebuilt = disclosure(&db, &["threads", "--rebuild", "--json"]);
    assert!(rebuilt.status.success(), "--rebuild succeeds");
    let second: serde_json::Value = serde_json::from_str(&stdout(&rebuilt)).expect("json");
    let members = |threads: &serde_json::Value| -> Vec<serde_json::Value> {
        threads.as_array().map(|list| list.iter().map(|thread| thread["members"].clone()).collect()).unwrap_or_default()
    };
    assert_eq!(members(&first), members(&second), "a rebuild of an unchanged library proposes the same threads");
}

#[test]
fn diff_json_has_ops_and_figure_changes() {
    let (_folder, db) = sample_library();
    let output = disclosure(&db, &["diff", "FC/FOI/23/0501", "FC/FOI/24/0467", "--question", "2", "--json"]);
    assert!(output.status.success(), "diff by references succeeds");
    let diff: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("diff --json prints JSON");
    let ops = diff["ops"].as_array().expect("ops is a list");
    assert!(ops.iter().all(|op| ["equal", "insert", "delete"].contains(&op["op"].as_str().unwrap_or(""))), "op is one of equal, insert, delete");
    assert!(ops.iter().any(|op| op["op"] == "delete" && op["old"].as_str().is_some_and(|old| old.trim() == "11")), "the 2023 count 11 is deleted");
    assert!(ops.iter().any(|op| op["op"] == "insert" && op["new"].as_str().is_some_and(|new| new.trim() == "8")), "the 2024 count 8 is inserted");
    let figures = diff["figure_changes"].as_array().expect("figure_changes is a list");
    assert!(figures.iter().any(|change| change["text"] == "11 → 8, −3, −27.3 %"), "the changed count is called out with its delta: {figures:?}");

    let plain = stdout(&disclosure(&db, &["diff", "3", "4", "--question", "Q2"]));
    assert!(plain.contains("[-") && !plain.contains('\x1b'), "not a terminal: plain markers, no colour codes");
    let missing = disclosure(&db, &["diff", "3", "4", "--question", "9"]);
    assert_eq!(missing.status.code(), Some(2), "a question the letters do not have is an error");
}
