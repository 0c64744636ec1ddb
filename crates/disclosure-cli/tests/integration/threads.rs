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
    assert!(
        sizes.iter().filter(|size| **size == 4).count() == 2,
        "vetting withdrawn and suspended on full pay are asked in all four letters: {sizes:?}"
    );
    assert!(!sizes.contains(&1), "a question asked once is not listed as a thread");
}

#[test]
fn rebuild_keeps_the_same_threads() {
    let (_folder, db) = sample_library();
    let first: serde_json::Value =
        serde_json::from_str(&stdout(&disclosure(&db, &["threads", "--json"]))).expect("json");
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
    assert!(
        ops.iter().all(|op| ["equal", "insert", "delete"].contains(&op["op"].as_str().unwrap_or(""))),
        "op is one of equal, insert, delete"
    );
    assert!(
        ops.iter().any(|op| op["op"] == "delete" && op["old"].as_str().is_some_and(|old| old.trim() == "11")),
        "the 2023 count 11 is deleted"
    );
    assert!(
        ops.iter().any(|op| op["op"] == "insert" && op["new"].as_str().is_some_and(|new| new.trim() == "8")),
        "the 2024 count 8 is inserted"
    );
    let figures = diff["figure_changes"].as_array().expect("figure_changes is a list");
    assert!(
        figures.iter().any(|change| change["text"] == "11 → 8, −3, −27.3 %"),
        "the changed count is called out with its delta: {figures:?}"
    );

    let plain = stdout(&disclosure(&db, &["diff", "3", "4", "--question", "Q2"]));
    assert!(plain.contains("[-") && !plain.contains('\x1b'), "not a terminal: plain markers, no colour codes");
    let missing = disclosure(&db, &["diff", "3", "4", "--question", "9"]);
    assert_eq!(missing.status.code(), Some(2), "a question the letters do not have is an error");
}

#[test]
fn thread_actions_rename_confirm_move_and_survive_a_rebuild() {
    let (_folder, db) = sample_library();
    let listed: serde_json::Value =
        serde_json::from_str(&stdout(&disclosure(&db, &["threads", "--json"]))).expect("json");
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
    assert!(
        disclosure(&db, &["thread", "remove", &id, "FC/FOI/21/0412"]).status.success(),
        "moving the 2021 question out by the letter's reference succeeds"
    );
    let rebuilt: serde_json::Value =
        serde_json::from_str(&stdout(&disclosure(&db, &["threads", "--rebuild", "--json"]))).expect("json");
    let kept = rebuilt
        .as_array()
        .expect("array")
        .iter()
        .find(|thread| thread["id"] == vetting["id"])
        .expect("a confirmed thread survives a rebuild");
    assert_eq!(kept["title"], "Vetting withdrawals", "the reviewer's title survives");
    assert_eq!(kept["confirmed"], true);
    assert_eq!(kept["members"].as_array().map(Vec::len), Some(3), "the question moved out stays out");

    assert!(
        disclosure(&db, &["thread", "add", &id, "FC/FOI/21/0412", "Q1"]).status.success(),
        "moving a question in by label succeeds"
    );
    let shown: serde_json::Value =
        serde_json::from_str(&stdout(&disclosure(&db, &["thread", "show", &id, "--json"]))).expect("show --json");
    assert_eq!(shown["members"].as_array().map(Vec::len), Some(4), "the question is back in");
    assert!(
        shown["series"]
            .as_array()
            .is_some_and(|series| series.iter().any(|line| line["points"].as_array().map(Vec::len) == Some(4))),
        "figures line up as a series"
    );

    let folder = tempfile::tempdir().expect("temp dir");
    let out = folder.path().join("series.csv");
    assert!(
        disclosure(&db, &["thread", "series", &id, "--out", out.to_str().expect("path")]).status.success(),
        "series export succeeds"
    );
    let csv = std::fs::read_to_string(&out).expect("the CSV was written");
    assert!(
        csv.starts_with('\u{feff}') && csv.contains("FC/FOI/24/0467"),
        "the series CSV names each value's letter: {csv}"
    );

    let new_id = stdout(&disclosure(&db, &["thread", "split", &id, "--member", "FC/FOI/24/0467:1"])).trim().to_string();
    assert!(new_id.parse::<i64>().is_ok(), "split prints the new thread's id: {new_id:?}");
    assert!(disclosure(&db, &["thread", "merge", &new_id, &id]).status.success(), "merge succeeds");
    let merged: serde_json::Value =
        serde_json::from_str(&stdout(&disclosure(&db, &["thread", "show", &id, "--json"]))).expect("json");
    assert_eq!(merged["members"].as_array().map(Vec::len), Some(4), "merging brings the split-off question back");
}

#[test]
fn threads_json_scores_members_after_the_first_and_says_each_threads_status() {
    let (_folder, db) = sample_library();
    let threads: serde_json::Value =
        serde_json::from_str(&stdout(&disclosure(&db, &["threads", "--json"]))).expect("json");
    for thread in threads.as_array().expect("array") {
        assert!(
            ["suggested", "confirmed"].contains(&thread["status"].as_str().unwrap_or("")),
            "status is suggested or confirmed: {thread}"
        );
        let members = thread["members"].as_array().expect("members");
        assert!(members[0].get("score").is_none(), "the first member opens the thread and is scored against nothing");
        for member in &members[1..] {
            let score = member["score"].as_f64().expect("every later member carries a score");
            assert!((0.0..=1.0).contains(&score), "a score is between 0 and 1: {score}");
        }
    }
    assert!(
        threads.as_array().expect("array").iter().all(|thread| thread["status"] == "suggested"),
        "nothing was settled yet"
    );
}

#[test]
fn suggestions_are_listed_accepted_and_rejected_for_good() {
    let (_folder, db) = sample_library();
    let listed = |db: &std::path::Path| -> Vec<serde_json::Value> {
        let output = disclosure(db, &["threads", "suggestions", "--json"]);
        assert!(output.status.success(), "threads suggestions --json succeeds");
        serde_json::from_str::<serde_json::Value>(&stdout(&output))
            .expect("json")
            .as_array()
            .cloned()
            .expect("an array")
    };
    let suggestions = listed(&db);
    assert!(!suggestions.is_empty(), "the sample library's threads are suggestions until settled");
    for field in ["thread_id", "document_id", "question_label", "score"] {
        assert!(suggestions[0].get(field).is_some(), "each suggestion carries {field}, as the README documents");
    }
    let thread = suggestions[0]["thread_id"].as_i64().expect("thread id");
    let of_thread: Vec<&serde_json::Value> =
        suggestions.iter().filter(|suggestion| suggestion["thread_id"] == thread).collect();
    assert!(of_thread.len() >= 2, "the first thread has several open suggestions: {of_thread:?}");
    let (accepted, rejected) = (of_thread[0], of_thread[1]);
    let args = |suggestion: &serde_json::Value| {
        (suggestion["document_id"].to_string(), suggestion["question_label"].as_str().expect("label").to_string())
    };
    let (accepted_document, accepted_question) = args(accepted);
    let (rejected_document, rejected_question) = args(rejected);
    let thread_arg = thread.to_string();
    let accept =
        disclosure(&db, &["threads", "accept", &thread_arg, &accepted_document, &format!("Q{accepted_question}")]);
    assert!(
        accept.status.success(),
        "accept takes the label with or without its Q: {}",
        String::from_utf8_lossy(&accept.stderr)
    );
    let reject = disclosure(&db, &["threads", "reject", &thread_arg, &rejected_document, &rejected_question]);
    assert!(reject.status.success(), "reject succeeds: {}", String::from_utf8_lossy(&reject.stderr));

    let rebuilt: serde_json::Value =
        serde_json::from_str(&stdout(&disclosure(&db, &["threads", "--rebuild", "--json"]))).expect("json");
    let kept = rebuilt
        .as_array()
        .expect("array")
        .iter()
        .find(|listed| listed["id"] == thread)
        .expect("a settled thread survives the rebuild");
    let documents: Vec<String> =
        kept["members"].as_array().expect("members").iter().map(|member| member["document_id"].to_string()).collect();
    assert!(
        documents.contains(&accepted_document),
        "the accepted question stays in its thread through a rebuild: {documents:?}"
    );
    assert!(
        !documents.contains(&rejected_document),
        "the rejected question is never suggested for the thread again: {documents:?}"
    );
    assert!(
        !listed(&db).iter().any(|suggestion| suggestion["thread_id"] == thread
            && suggestion["document_id"] == accepted["document_id"]),
        "an accepted suggestion is no longer open"
    );
    let again = disclosure(&db, &["threads", "reject", &thread_arg, &accepted_document, &accepted_question]);
    assert_eq!(again.status.code(), Some(2), "an accepted member is no open suggestion to reject");
}

/// Letter pairs that share a thread, as paths relative to `folder`, after importing every
/// labelled letter of it into a fresh library.
fn threaded_pairs(
    folder: &std::path::Path,
    labels: &serde_json::Value,
) -> std::collections::BTreeSet<(String, String)> {
    let scratch = tempfile::tempdir().expect("temp dir");
    let db = scratch.path().join("library.sqlite3");
    let keys: Vec<&String> =
        labels.as_object().expect("labels are an object").keys().filter(|key| !key.starts_with('_')).collect();
    let paths: Vec<String> = keys.iter().map(|key| folder.join(key).to_string_lossy().into_owned()).collect();
    let mut args = vec!["import"];
    args.extend(paths.iter().map(String::as_str));
    disclosure(&db, &args);
    let listed: serde_json::Value =
        serde_json::from_str(&stdout(&disclosure(&db, &["list", "--json"]))).expect("list json");
    let key_of: std::collections::HashMap<i64, String> = listed
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|document| {
            let path = std::path::PathBuf::from(document["path"].as_str()?);
            let key = path.strip_prefix(folder).ok()?.to_string_lossy().into_owned();
            Some((document["id"].as_i64()?, key))
        })
        .collect();
    let threads: serde_json::Value =
        serde_json::from_str(&stdout(&disclosure(&db, &["threads", "--json"]))).expect("threads json");
    let mut pairs = std::collections::BTreeSet::new();
    for thread in threads.as_array().expect("array") {
        let mut keys: Vec<&String> = thread["members"]
            .as_array()
            .expect("members")
            .iter()
            .filter_map(|member| key_of.get(&member["document_id"].as_i64()?))
            .collect();
        keys.sort();
        keys.dedup();
        for (n, first) in keys.iter().enumerate() {
            for second in &keys[n + 1..] {
                pairs.insert(((*first).clone(), (*second).clone()));
            }
        }
    }
    pairs
}

/// Threads the labelled letters of `folder` and returns letter-pair (precision, recall, F1)
/// against its `_threads` groups, printing the pairs missed and found wrongly.
fn letter_pair_scores(folder: &std::path::Path) -> (f64, f64, f64) {
    let labels: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(folder.join("labels.json")).expect("labels.json"))
            .expect("labels are JSON");
    let found = threaded_pairs(folder, &labels);
    let mut wanted = std::collections::BTreeSet::new();
    for group in labels["_threads"].as_array().expect("_threads is a list") {
        let mut group: Vec<String> =
            group.as_array().expect("a group").iter().filter_map(|key| key.as_str().map(str::to_string)).collect();
        group.sort();
        for (n, first) in group.iter().enumerate() {
            for second in &group[n + 1..] {
                wanted.insert((first.clone(), second.clone()));
            }
        }
    }
    let hits = found.intersection(&wanted).count() as f64;
    let precision = if found.is_empty() { 0.0 } else { hits / found.len() as f64 };
    let recall = if wanted.is_empty() { 1.0 } else { hits / wanted.len() as f64 };
    let f1 = if precision + recall > 0.0 { 2.0 * precision * recall / (precision + recall) } else { 0.0 };
    println!("{}: letter pairs precision {precision:.2} recall {recall:.2} F1 {f1:.2}", folder.display());
    for pair in wanted.difference(&found) {
        println!("  missed: {} ~ {}", pair.0, pair.1);
    }
    for pair in found.difference(&wanted) {
        println!("  not labelled: {} ~ {}", pair.0, pair.1);
    }
    (precision, recall, f1)
}

#[test]
fn labelled_corpus_letters_thread_as_labelled() {
    let Some(corpus) = crate::corpus() else { return };
    // Floors a little under what the threading reaches today: a change that threads fewer
    // labelled pairs, or more wrong ones, fails here.
    // Two police pairs wait on the West Midlands letter that names no force and asks for "the
    // same information" as another force published: its question says nothing of the subject.
    for (folder, least_precision, least_recall) in [(corpus.clone(), 0.9, 0.72), (corpus.join("wider"), 0.95, 0.78)] {
        if !folder.join("labels.json").is_file() {
            eprintln!("skipping: no labels.json in {}", folder.display());
            continue;
        }
        let (precision, recall, _) = letter_pair_scores(&folder);
        assert!(
            precision >= least_precision,
            "{}: a false thread costs a reviewer's trust; precision {precision:.2}",
            folder.display()
        );
        assert!(
            recall >= least_recall,
            "{}: the same question across years must be found; recall {recall:.2}",
            folder.display()
        );
    }
}
