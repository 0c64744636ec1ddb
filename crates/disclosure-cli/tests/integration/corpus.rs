//! The real letters of the shared corpus through the CLI: every letter imports, and the seeds
//! read as a reviewer would read them.

use crate::{corpus, disclosure, json_lines};

#[test]
fn every_corpus_letter_imports() {
    let Some(corpus) = corpus() else { return };
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("library.sqlite3");
    let output = disclosure(&db, &["import", corpus.to_str().expect("utf-8"), "--json"]);
    let lines = json_lines(&output);
    let letters: Vec<_> =
        lines.iter().filter(|line| line["path"].as_str().is_some_and(|p| p.ends_with(".txt"))).collect();
    assert!(letters.len() >= 50, "the corpus holds dozens of letters, found {}", letters.len());
    for line in letters {
        assert_eq!(line["status"], "imported", "every real letter must import: {line}");
    }
}

#[test]
fn the_seed_with_a_skipped_number_reports_the_gap() {
    let Some(corpus) = corpus() else { return };
    let seed = std::fs::read_dir(corpus.join("seeds"))
        .expect("seeds folder")
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .find(|path| path.file_name().is_some_and(|name| name.to_string_lossy().starts_with("004_")))
        .expect("seed 004 exists");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_disclosure"))
        .args(["parse", seed.to_str().expect("utf-8"), "--json"])
        .output()
        .expect("runs");
    let parsed: serde_json::Value = serde_json::from_slice(&output.stdout).expect("json");
    assert_eq!(parsed["reference"], "01.FOI.23.030732");
    assert_eq!(parsed["decision"], "full");
    assert!(
        parsed["issues"].as_array().is_some_and(|issues| issues.iter().any(|i| i["kind"] == "question_number_gap")),
        "seed 004 asks Q1, Q2, Q4, Q5: question 3 is absent and a reviewer must see it"
    );
}
