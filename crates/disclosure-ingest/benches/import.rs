//! End-to-end import throughput: writes N unique letters (default 10,000; `IMPORT_BENCH_LETTERS`
//! to change) into a temporary folder, imports the folder into a fresh library file with
//! `import_paths`, and prints letters/s, MB/s, total time and database size.
//!
//! One figure for the whole pipeline (walk, read, hash, decode, summarise, insert), not a
//! statistical micro-benchmark: run it with `cargo bench -p disclosure-ingest --bench import`.

use std::path::Path;
use std::time::Instant;

use disclosure_core::samples::SAMPLE_LETTERS;
use disclosure_ingest::{import_paths, FileStatus};
use disclosure_store::Store;

const DEFAULT_LETTERS: usize = 10_000;
const REFERENCE_LABEL: &str = "reference no: FC/FOI/";

fn main() {
    let n_letters = match std::env::var("IMPORT_BENCH_LETTERS") {
        Ok(value) => value.parse().expect("IMPORT_BENCH_LETTERS must be a whole number"),
        Err(_) => DEFAULT_LETTERS,
    };
    let workspace = tempfile::tempdir().expect("a temporary folder");
    let letters_folder = workspace.path().join("letters");
    let n_bytes = write_letters(&letters_folder, n_letters);
    let database = workspace.path().join("library.sqlite3");
    let mut store = Store::open(&database).expect("a fresh library");

    let started = Instant::now();
    let report = import_paths(&mut store, &[letters_folder], &mut |_| {});
    let elapsed = started.elapsed();

    let n_imported = report.count(FileStatus::Imported);
    if n_imported != n_letters {
        let first_problem = report.files.iter().find(|file| file.status != FileStatus::Imported);
        panic!("only {n_imported} of {n_letters} letters were imported as new; first other outcome: {first_problem:?}");
    }
    drop(store);
    let database_bytes = files_size(workspace.path(), "library.sqlite3");

    let seconds = elapsed.as_secs_f64();
    println!("imported {n_letters} letters ({:.1} MB) in {seconds:.2} s", n_bytes as f64 / 1e6);
    println!("  {:.0} letters/s", n_letters as f64 / seconds);
    println!("  {:.2} MB/s", n_bytes as f64 / 1e6 / seconds);
    println!("  library file {:.1} MB", database_bytes as f64 / 1e6);
}

/// Writes `n_letters` distinct letters and returns how many bytes they hold.
fn write_letters(folder: &Path, n_letters: usize) -> u64 {
    std::fs::create_dir_all(folder).expect("the letters folder");
    let mut n_bytes = 0;
    for letter_idx in 0..n_letters {
        let sample = &SAMPLE_LETTERS[letter_idx % SAMPLE_LETTERS.len()];
        let text = vary_letter(sample.text, letter_idx);
        let file_name = format!("letter-{letter_idx:06}-{}", sample.file_name);
        std::fs::write(folder.join(file_name), &text).expect("write a letter");
        n_bytes += text.len() as u64;
    }
    n_bytes
}

/// A sample letter made unique: its reference carries `letter_idx`, and its years and larger
/// figures move with it, so every file hashes differently and the summary has real work to do.
fn vary_letter(text: &str, letter_idx: usize) -> String {
    let year_shift = (letter_idx / SAMPLE_LETTERS.len() % 10) as u32;
    let figure_shift = (letter_idx % 997) as u32;
    let mut varied = String::with_capacity(text.len() + 16);
    for line in text.split_inclusive('\n') {
        match line.find(REFERENCE_LABEL) {
            Some(at) => {
                let year = 21 + year_shift;
                varied.push_str(&line[..at + REFERENCE_LABEL.len()]);
                varied.push_str(&format!("{year:02}/{letter_idx:06}\n"));
            }
            None => vary_numbers(line, year_shift, figure_shift, &mut varied),
        }
    }
    varied
}

/// Copies `line`, moving years by `year_shift` and numbers of three or more digits by
/// `figure_shift`; small numbers are question numbers and days, kept so letters stay sensible.
fn vary_numbers(line: &str, year_shift: u32, figure_shift: u32, out: &mut String) {
    let mut rest = line;
    while let Some(start) = rest.find(|c: char| c.is_ascii_digit()) {
        out.push_str(&rest[..start]);
        let digits_len = rest[start..].find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len() - start);
        let digits = &rest[start..start + digits_len];
        match digits.parse::<u32>() {
            Ok(year) if digits_len == 4 && (2000..2100).contains(&year) => {
                out.push_str(&(year + year_shift).to_string())
            }
            Ok(figure) if digits_len >= 3 && !digits.starts_with('0') => {
                out.push_str(&(figure + figure_shift).to_string())
            }
            _ => out.push_str(digits),
        }
        rest = &rest[start + digits_len..];
    }
    out.push_str(rest);
}

/// Total size of the files in `folder` whose names start with `prefix` (the database, its WAL
/// and shared-memory files).
fn files_size(folder: &Path, prefix: &str) -> u64 {
    std::fs::read_dir(folder)
        .expect("the bench folder")
        .filter_map(Result::ok)
        .filter(|entry| entry.file_name().to_string_lossy().starts_with(prefix))
        .filter_map(|entry| entry.metadata().ok())
        .map(|metadata| metadata.len())
        .sum()
}
