//! Integration tests of the `disclosure` binary: the real executable on a real SQLite file,
//! with real letters (the shared corpus when present, the project's samples always).

mod annotate;
mod corpus;
mod corpus_reading;
mod correct;
mod exemptions;
mod export;
#[path = "../../../disclosure-ingest/tests/integration/fixtures.rs"]
mod fixtures;
mod formats;
mod import;
mod link;
mod parse;
mod redactions;
mod reread;
mod search;
mod show;
mod threads;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Runs `disclosure --db DB ARGS…` and returns its output.
pub fn disclosure(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_disclosure"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("DISCLOSURE_DB")
        .output()
        .expect("the disclosure binary runs")
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Parses `import --json` output: one object per line.
pub fn json_lines(output: &Output) -> Vec<serde_json::Value> {
    stdout(output)
        .lines()
        .map(|line| serde_json::from_str(line).expect("each line of import --json is one JSON object"))
        .collect()
}

/// The shared corpus of real letters, or `None` (with a message) on a clean clone.
pub fn corpus() -> Option<PathBuf> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus");
    if path.is_dir() {
        Some(path)
    } else {
        eprintln!("skipping: shared corpus not found at {}", path.display());
        None
    }
}
