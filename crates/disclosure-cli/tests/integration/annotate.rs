//! `disclosure annotate`, `review` and `backup`: ids printed only after commit, clear refusals
//! for quotes that are missing or ambiguous, and a writer killed at random moments that never
//! loses an acknowledged note nor leaves the file unsound.

use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::{disclosure, stdout};

/// A library with the sample letters; returns the folder (kept alive) and the file.
pub fn sample_library() -> (tempfile::TempDir, std::path::PathBuf) {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let db = folder.path().join("library.sqlite3");
    let output = disclosure(&db, &["samples"]);
    assert!(output.status.success(), "the sample library imports: {}", String::from_utf8_lossy(&output.stderr));
    (folder, db)
}

const DOCUMENT: &str = "FC/FOI/23/0501";
const QUOTE: &str = "27 officers had their vetting clearance withdrawn";

fn note_count(db: &Path, document: &str) -> usize {
    let output = disclosure(
        db,
        &[
            "export",
            "--format",
            "json",
            "--document",
            document,
            "--out",
            &db.with_extension("count.json").to_string_lossy(),
        ],
    );
    assert!(output.status.success(), "export runs: {}", String::from_utf8_lossy(&output.stderr));
    let report: serde_json::Value =
        serde_json::from_slice(&std::fs::read(db.with_extension("count.json")).expect("read")).expect("json");
    report["documents"][0]["annotations"].as_array().map_or(0, Vec::len)
}

#[test]
fn annotate_prints_the_new_id_and_finds_the_question() {
    let (_folder, db) = sample_library();
    let output = disclosure(
        &db,
        &["annotate", DOCUMENT, "--quote", QUOTE, "--note", "Up from 19", "--tag", "vetting", "--tag", "trend"],
    );
    assert!(output.status.success(), "a unique quote is annotated: {}", String::from_utf8_lossy(&output.stderr));
    let id: i64 = stdout(&output).trim().parse().expect("stdout is the new id alone, for scripts");
    assert!(id > 0, "ids are positive");
    let json_path = db.with_extension("export.json");
    let export =
        disclosure(&db, &["export", "--format", "json", "--document", DOCUMENT, "--out", &json_path.to_string_lossy()]);
    assert!(export.status.success(), "export runs");
    let report: serde_json::Value = serde_json::from_slice(&std::fs::read(&json_path).expect("read")).expect("json");
    let annotation = &report["documents"][0]["annotations"][0];
    assert_eq!(annotation["id"], id, "the exported note is the one just made");
    assert_eq!(annotation["question_label"], "1", "the question is found from where the quote sits in the answers");
    assert_eq!(annotation["tags"], serde_json::json!(["trend", "vetting"]), "both tags are kept");
}

#[test]
fn annotate_refuses_a_missing_or_ambiguous_quote_with_exit_1() {
    let (_folder, db) = sample_library();
    let missing = disclosure(&db, &["annotate", DOCUMENT, "--quote", "no such passage anywhere"]);
    assert_eq!(missing.status.code(), Some(1), "a quote that is not in the text exits 1");
    assert!(String::from_utf8_lossy(&missing.stderr).contains("not in document"), "and says why");
    assert!(stdout(&missing).is_empty(), "and prints no id");
    let ambiguous = disclosure(&db, &["annotate", DOCUMENT, "--quote", "2022"]);
    assert_eq!(ambiguous.status.code(), Some(1), "a quote found several times exits 1");
    let message = String::from_utf8_lossy(&ambiguous.stderr);
    assert!(message.contains("ambiguous") && message.contains("times"), "and says how many times it occurs: {message}");
    assert_eq!(note_count(&db, DOCUMENT), 0, "nothing was stored for either");
}

#[test]
fn annotate_refuses_a_colour_the_reader_cannot_draw() {
    let (_folder, db) = sample_library();
    let refused = disclosure(&db, &["annotate", DOCUMENT, "--quote", QUOTE, "--colour", "mauve"]);
    assert!(!refused.status.success(), "the reader draws five colours, as the app allows; mauve is refused");
    assert!(
        String::from_utf8_lossy(&refused.stderr).contains("not one of the highlight colours"),
        "the refusal says why: {}",
        String::from_utf8_lossy(&refused.stderr)
    );
    assert_eq!(note_count(&db, DOCUMENT), 0, "a refused note is not stored");
    let green = disclosure(&db, &["annotate", DOCUMENT, "--quote", QUOTE, "--colour", "green"]);
    assert!(green.status.success(), "a colour the reader draws is taken: {}", String::from_utf8_lossy(&green.stderr));
}

#[test]
fn review_and_backup_run_from_the_command_line() {
    let (_folder, db) = sample_library();
    let review = disclosure(
        &db,
        &["review", DOCUMENT, "--status", "follow_up", "--question", "Q4", "--reviewer", "Ana", "--json"],
    );
    assert!(review.status.success(), "review runs: {}", String::from_utf8_lossy(&review.stderr));
    let status: serde_json::Value = serde_json::from_str(&stdout(&review)).expect("json");
    assert_eq!(
        (status["status"].as_str(), status["question_label"].as_str(), status["reviewer"].as_str()),
        (Some("follow_up"), Some("Q4"), Some("Ana")),
        "the answer's status, who set it"
    );
    let backup = disclosure(&db, &["backup"]);
    assert!(backup.status.success(), "backup runs");
    let written = stdout(&backup).trim().to_string();
    assert!(Path::new(&written).is_file(), "backup prints the file it wrote: {written}");
    let list = disclosure(&db, &["backup", "--list"]);
    assert!(stdout(&list).contains(&written), "and lists it");
    let restore = disclosure(&db, &["backup", "--restore", &written]);
    assert!(restore.status.success(), "a checked backup restores: {}", String::from_utf8_lossy(&restore.stderr));
}

/// Sends SIGKILL to a whole process group (the shell loop and the writer inside it).
fn kill_group(process_group: u32) {
    let _ = Command::new("kill").args(["-KILL", "--", &format!("-{process_group}")]).status();
}

#[cfg(unix)]
#[test]
fn a_writer_killed_at_random_moments_loses_no_acknowledged_note() {
    use std::os::unix::process::CommandExt;

    let (_folder, db) = sample_library();
    let binary = env!("CARGO_BIN_EXE_disclosure");
    let iterations: u64 = std::env::var("KILL_TEST_ITERATIONS").ok().and_then(|value| value.parse().ok()).unwrap_or(60);
    let mut acknowledged: Vec<i64> = Vec::new();
    // The kills must land before, during and after writes however loaded the machine is, so the
    // window of moments is measured from one whole write rather than fixed.
    let one_write = {
        let started = Instant::now();
        let output =
            disclosure(&db, &["annotate", DOCUMENT, "--quote", QUOTE, "--note", "timing", "--tag", "durability"]);
        assert!(
            output.status.success(),
            "a write that is left alone finishes: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        started.elapsed().as_millis() as u64
    };
    let window = (one_write * 3).max(250);
    // A small xorshift generator: the moments differ run to run but need no extra crate.
    let mut seed =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(7, |time| time.as_nanos() as u64) | 1;
    for _ in 0..iterations {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let lifetime = Duration::from_millis(5 + seed % window);
        let script = format!(
            "while :; do '{binary}' --db '{}' annotate {DOCUMENT} --quote '{QUOTE}' --note 'kill test' --tag durability || exit 3; done",
            db.display()
        );
        let mut child = Command::new("sh")
            .args(["-c", &script])
            .env_remove("DISCLOSURE_DB")
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .process_group(0)
            .spawn()
            .expect("the writer loop starts");
        let started = Instant::now();
        while started.elapsed() < lifetime {
            std::thread::sleep(Duration::from_millis(1));
        }
        kill_group(child.id());
        let _ = child.wait();
        let mut printed = String::new();
        child.stdout.take().expect("piped").read_to_string(&mut printed).expect("read ids");
        // A line cut short by the kill was never a whole acknowledgement.
        let complete = printed.rsplit_once('\n').map_or("", |(whole, _)| whole);
        acknowledged.extend(complete.lines().filter_map(|line| line.trim().parse::<i64>().ok()));
    }
    assert!(
        !acknowledged.is_empty(),
        "some writes were acknowledged across {iterations} runs, or the test proved nothing"
    );
    let json_path = db.with_extension("kill.json");
    let export = disclosure(&db, &["export", "--format", "json", "--all", "--out", &json_path.to_string_lossy()]);
    assert!(export.status.success(), "the library opens after every kill: {}", String::from_utf8_lossy(&export.stderr));
    let report: serde_json::Value = serde_json::from_slice(&std::fs::read(&json_path).expect("read")).expect("json");
    let stored: std::collections::HashSet<i64> = report["documents"]
        .as_array()
        .expect("documents")
        .iter()
        .flat_map(|document| document["annotations"].as_array().cloned().unwrap_or_default())
        .filter_map(|annotation| annotation["id"].as_i64())
        .collect();
    let lost: Vec<&i64> = acknowledged.iter().filter(|id| !stored.contains(id)).collect();
    assert!(lost.is_empty(), "every id printed was committed first, so none may be missing: lost {lost:?}");
    let check = integrity_of(&db);
    assert_eq!(check, "ok", "PRAGMA integrity_check after {iterations} kills");
    println!("kill test: {iterations} kills, {} acknowledged notes, all present", acknowledged.len());
}

/// `PRAGMA integrity_check` through the store, as a fresh process would see the file.
fn integrity_of(db: &Path) -> String {
    disclosure_store::Store::open(db)
        .and_then(|store| store.integrity_check())
        .unwrap_or_else(|error| error.to_string())
}
