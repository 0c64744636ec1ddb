//! Word-diff benchmark: two 50 KB answers differing in about one word in twenty, compared with
//! `git diff --no-index --word-diff` on the same pair when git is installed; then the
//! pathological pair (two unrelated 1 MB texts), which must come back near the deadline.

use std::process::Command;
use std::time::Instant;

use disclosure_core::diff::{diff_words, DiffOptions, OpKind};

const WORDS: &[&str] = &[
    "the",
    "force",
    "officers",
    "vetting",
    "withdrawn",
    "misconduct",
    "hearing",
    "information",
    "held",
    "request",
    "section",
    "exemption",
    "public",
    "interest",
    "test",
    "disclosure",
    "staff",
    "complaint",
    "investigation",
    "outcome",
    "dismissed",
    "suspended",
    "pay",
    "year",
    "figures",
    "recorded",
    "system",
    "search",
    "cost",
    "limit",
];

fn prose(bytes: usize, seed: u64, change_every: usize) -> String {
    let mut state = seed;
    let mut text = String::new();
    let mut n = 0usize;
    while text.len() < bytes {
        state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        let mut word = WORDS[(n * 7 + n / 3) % WORDS.len()].to_string();
        if change_every > 0 && (state >> 33) as usize % change_every == 0 {
            word = format!("{}{}", WORDS[(state >> 40) as usize % WORDS.len()], (state >> 50) % 1000);
        }
        text.push_str(&word);
        n += 1;
        text.push(if n % 60 == 0 {
            '\n'
        } else if n % 12 == 0 {
            '.'
        } else {
            ' '
        });
        if n % 12 == 0 {
            text.push(' ');
        }
    }
    text
}

fn time_diff(label: &str, old: &str, new: &str) {
    let started = Instant::now();
    let diff = diff_words(old, new, &DiffOptions::default());
    let elapsed = started.elapsed();
    let n_changes = diff.ops.iter().filter(|op| op.kind != OpKind::Equal).count();
    println!(
        "diff: {label}: {} KB vs {} KB in {:.1} ms, {} ops ({n_changes} changes), coarse: {}",
        old.len() / 1024,
        new.len() / 1024,
        elapsed.as_secs_f64() * 1000.0,
        diff.ops.len(),
        diff.coarse
    );
}

fn main() {
    let old = prose(50 * 1024, 1, 20);
    let new = prose(50 * 1024, 2, 20);
    time_diff("two 50 KB answers", &old, &new);

    let folder = std::env::temp_dir().join(format!("disclosure-diff-bench-{}", std::process::id()));
    if std::fs::create_dir_all(&folder).is_ok() {
        let (old_path, new_path) = (folder.join("old.txt"), folder.join("new.txt"));
        if std::fs::write(&old_path, &old).is_ok() && std::fs::write(&new_path, &new).is_ok() {
            let started = Instant::now();
            match Command::new("git").args(["diff", "--no-index", "--word-diff"]).arg(&old_path).arg(&new_path).output()
            {
                Ok(output) => println!(
                    "diff: git diff --no-index --word-diff on the same pair: {:.1} ms ({} bytes of output)",
                    started.elapsed().as_secs_f64() * 1000.0,
                    output.stdout.len()
                ),
                Err(_) => println!("diff: git not found; no comparison"),
            }
        }
        let _ = std::fs::remove_dir_all(&folder);
    }

    let unrelated_old = prose(1024 * 1024, 3, 2);
    let unrelated_new = prose(1024 * 1024, 4, 2);
    time_diff("pathological pair (two unrelated 1 MB texts, 500 ms deadline)", &unrelated_old, &unrelated_new);
}
