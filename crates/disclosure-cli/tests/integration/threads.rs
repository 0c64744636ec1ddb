//! `disclosure threads`, `disclosure thread …` and `disclosure diff`: the documented JSON shapes
//! and the reviewer's actions on the sample library.

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

#[test]
fn thread_actions_rename_confirm_move_and_survive_a_rebuild() {
    let (_folder, db) = sample_library();
    let listed: serde_json::Value = serde_json::from_str(&stdout(&disclosure(&db, &["threads", "--json"]))).expect("json");
    let vetting = listed
        .as_array()
        .expect("array")
        .iter()
        .find(|thread| thread["title"].as_str().is_some_and(|title| title.contains("vetting clearance withdrawn")))
        .expect("the vetting thread")
        .clone();
    let id = vetting["id"].to_string();
    assert!(disclosure(&db, &["thread", "rename", &id, "Vetting withdrawals"]).status.success(), "rename succeeds");
    assert!(disclosure(&db, &["thread", "confirm", &id]).status.success(), "confirm succeeds");
    assert!(disclosure(&db, &["thread", "remove", &id, "FC/FOI/21/0412"]).status.success(), "moving the 2021 question out by the letter's reference succeeds");
    let rebuilt: serde_json::Value = serde_json::from_str(&stdout(&disclosure(&db, &["threads", "--rebuild", "--json"]))).expect("json");
    let kept = rebuilt.as_array().expect("array").iter().find(|thread| thread["id"] == vetting["id"]).expect("a confirmed thread survives a rebuild");
    assert_eq!(kept["title"], "Vetting withdrawals", "the reviewer's title survives");
    assert_eq!(kept["confirmed"], true);
    assert_eq!(kept["members"].as_array().map(Vec::len), Some(3), "the question moved out stays out");

    assert!(disclosure(&db, &["thread", "add", &id, "FC/FOI/21/0412", "Q1"]).status.success(), "moving a question in by label succeeds");
    let shown: serde_json::Value = serde_json::from_str(&stdout(&disclosure(&db, &["thread", "show", &id, "--json"]))).expect("show --json");
    assert_eq!(shown["members"].as_array().map(Vec::len), Some(4), "the question is back in");
    assert!(shown["series"].as_array().is_some_and(|series| series.iter().any(|line| line["points"].as_array().map(Vec::len) == Some(4))), "figures line up as a series");

    let folder = tempfile::tempdir().expect("temp dir");
    let out = folder.path().join("series.csv");
    assert!(disclosure(&db, &["thread", "series", &id, "--out", out.to_str().expect("path")]).status.success(), "series export succeeds");
    let csv = std::fs::read_to_string(&out).expect("the CSV was written");
    assert!(csv.starts_with('\u{feff}') && csv.contains("FC/FOI/24/0467"), "the series CSV names each value's letter: {csv}");

    let new_id = stdout(&disclosure(&db, &["thread", "split", &id, "--member", "FC/FOI/24/0467:1"])).trim().to_string();
    assert!(new_id.parse::<i64>().is_ok(), "split prints the new thread's id: {new_id:?}");
    assert!(disclosure(&db, &["thread", "merge", &new_id, &id]).status.success(), "merge succeeds");
    let merged: serde_json::Value = serde_json::from_str(&stdout(&disclosure(&db, &["thread", "show", &id, "--json"]))).expect("json");
    assert_eq!(merged["members"].as_array().map(Vec::len), Some(4), "merging brings the split-off question back");
}
