//! `disclosure diff A B --json` as a user runs it, whole process, beside `git diff --no-index
//! --word-diff=porcelain` on the same two files: two letters of about 50 KB (the sample
//! letters run together), the newer with about one word in twenty changed. Both are imported
//! into a fresh library first, untimed; then each command is run many times, alternating, and
//! the medians and their ratio are printed. Start-up counts: it is what the user waits for.
//!
//! Run it with `cargo bench -p disclosure-cli --bench diff_process`.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use disclosure_core::samples::SAMPLE_LETTERS;

const LETTER_BYTES: usize = 50 * 1024;
const RUNS: usize = 21;

fn main() {
    let workspace = tempfile::tempdir().expect("a temporary folder");
    let (old_path, new_path) = (workspace.path().join("old.txt"), workspace.path().join("new.txt"));
    let old = letter();
    let new = changed(&old, 20);
    std::fs::write(&old_path, &old).expect("the older letter");
    std::fs::write(&new_path, &new).expect("the newer letter");
    let database = workspace.path().join("library.sqlite3");
    let imported = disclosure(&database)
        .arg("import")
        .arg(&old_path)
        .arg(&new_path)
        .stdout(Stdio::null())
        .status()
        .expect("disclosure import runs");
    assert!(imported.success(), "both letters must be imported before they can be compared");

    let ours = || disclosure(&database).args(["diff", "1", "2", "--json"]).stdout(Stdio::null()).status();
    let git = || {
        Command::new("git")
            .args(["diff", "--no-index", "--word-diff=porcelain"])
            .arg(&old_path)
            .arg(&new_path)
            .stdout(Stdio::null())
            .status()
    };
    let has_git = git().is_ok();
    let (mut our_times, mut git_times) = (Vec::new(), Vec::new());
    for _ in 0..RUNS {
        our_times.push(time(|| assert!(ours().expect("disclosure diff runs").success(), "the diff must succeed")));
        if has_git {
            // git exits 1 when the files differ, as they do.
            git_times.push(time(|| drop(git())));
        }
    }
    println!(
        "diff, whole process: two letters of {} KB and {} KB, about 1 word in 20 changed",
        old.len() / 1024,
        new.len() / 1024
    );
    let our_median = median(&mut our_times);
    println!("  disclosure diff --json                    {:7.1} ms (median of {RUNS})", millis(our_median));
    if has_git {
        let git_median = median(&mut git_times);
        println!("  git diff --no-index --word-diff=porcelain {:7.1} ms (median of {RUNS})", millis(git_median));
        println!(
            "  ratio                                     {:.2}x git's word diff",
            millis(our_median) / millis(git_median)
        );
    } else {
        println!("  git not found; no comparison");
    }
}

fn disclosure(database: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_disclosure"));
    command.arg("--db").arg(database);
    command
}

/// The sample letters run together until the text is about 50 KB, so the reader finds real
/// questions, answers and figures in it.
fn letter() -> String {
    let mut text = String::with_capacity(LETTER_BYTES + 4096);
    for sample in SAMPLE_LETTERS.iter().cycle() {
        if text.len() >= LETTER_BYTES {
            break;
        }
        text.push_str(sample.text);
        text.push('\n');
    }
    text
}

/// `text` with about one word in `every` replaced, chosen by a fixed sequence so runs compare.
fn changed(text: &str, every: u64) -> String {
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut out = String::with_capacity(text.len() + text.len() / 10);
    for piece in text.split_inclusive(char::is_whitespace) {
        state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        let word = piece.trim_end();
        if !word.is_empty() && (state >> 33) % every == 0 {
            out.push_str(&format!("changed{}", (state >> 40) % 1000));
            out.push_str(&piece[word.len()..]);
        } else {
            out.push_str(piece);
        }
    }
    out
}

fn time(run: impl FnOnce()) -> Duration {
    let started = Instant::now();
    run();
    started.elapsed()
}

fn median(times: &mut [Duration]) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn millis(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}
