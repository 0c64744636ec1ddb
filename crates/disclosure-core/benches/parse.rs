//! Benchmark: how long the reader takes on large letters, and whether the time grows linearly.
//!
//! Letters are built by repeating the sample library's text with fresh question numbers, so
//! every size has the same mix of questions, answers, tables and citations. Run with
//! `cargo bench -p disclosure-core --bench parse`.

use std::hint::black_box;
use std::time::{Duration, Instant};

use disclosure_core::parse::parse;
use disclosure_core::samples::SAMPLE_LETTERS;

/// A letter of about `target_bytes`, made of numbered question-and-answer blocks.
fn letter_of_size(target_bytes: usize) -> String {
    let mut letter = String::from(
        "Freedom of Information request reference no: FC/FOI/24/9999\n\
                                   I note you seek access to the following information:\n",
    );
    let body: String = SAMPLE_LETTERS.iter().map(|sample| sample.text).collect::<Vec<_>>().join("\n");
    let mut n = 0;
    while letter.len() < target_bytes {
        n += 1;
        letter.push_str(&format!("{n}. How many officers were suspended in period {n}?\n"));
        if n % 10 == 0 {
            letter.push_str(&body);
        }
    }
    letter
}

/// The fastest of several runs: the least disturbed by the other core's work.
fn best_time(text: &str, runs: usize) -> Duration {
    (0..runs)
        .map(|_| {
            let started = Instant::now();
            black_box(parse(black_box(text)));
            started.elapsed()
        })
        .min()
        .unwrap_or_default()
}

fn main() {
    println!("{:>10}  {:>12}  {:>12}", "size", "best time", "MB/s");
    let mut per_mb = Vec::new();
    for size in [100_000, 1_000_000, 4_000_000] {
        let letter = letter_of_size(size);
        let time = best_time(&letter, 5);
        let mb = letter.len() as f64 / 1_000_000.0;
        per_mb.push(time.as_secs_f64() / mb);
        println!("{:>9}B  {:>12.2?}  {:>12.1}", letter.len(), time, mb / time.as_secs_f64());
    }
    let growth = per_mb.last().copied().unwrap_or_default() / per_mb.first().copied().unwrap_or(1.0);
    println!("time per MB at 4 MB / at 100 KB: {growth:.2} (1.0 is linear)");
}
