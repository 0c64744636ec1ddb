//! End-to-end import throughput beside its floor: writes N unique letters (default 10,000;
//! `IMPORT_BENCH_LETTERS` to change) into a temporary folder — copies of the real letters in
//! `../shared/corpus` when that folder is there, else of the sample letters, each made unique —
//! imports the folder into a fresh library file with `import_paths`, then, in the same run,
//! inserts the same texts into a bare SQLite file with an FTS5 index in one transaction (WAL,
//! `synchronous=FULL`, as the library uses): what any program storing and indexing these texts
//! must at least pay. Prints letters/s, MB/s, both times and their ratio, and the file sizes.
//!
//! One figure for the whole pipeline (walk, read, hash, decode, read the letter, insert), not a
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
    let real = real_letters();
    let writing = Instant::now();
    let n_bytes = match &real {
        Some(real) => write_real_letters(&letters_folder, real, n_letters),
        None => write_letters(&letters_folder, n_letters),
    };
    eprintln!("(wrote the letters in {:.2} s)", writing.elapsed().as_secs_f64());
    let kind =
        if real.is_some() { "real letters from ../shared/corpus, made unique" } else { "sample letters, made unique" };
    let database = workspace.path().join("library.sqlite3");
    let mut store = Store::open(&database).expect("a fresh library");

    let started = Instant::now();
    let report = import_paths(&mut store, std::slice::from_ref(&letters_folder), &mut |_| {});
    let elapsed = started.elapsed();

    let n_imported = report.count(FileStatus::Imported);
    if n_imported != n_letters {
        let first_problem = report.files.iter().find(|file| file.status != FileStatus::Imported);
        panic!("only {n_imported} of {n_letters} letters were imported as new; first other outcome: {first_problem:?}");
    }
    drop(store);
    let database_bytes = files_size(workspace.path(), "library.sqlite3");

    let raw_database = workspace.path().join("raw.sqlite3");
    let raw_elapsed = raw_insert(&letters_folder, &raw_database);
    let raw_bytes = files_size(workspace.path(), "raw.sqlite3");

    let seconds = elapsed.as_secs_f64();
    let raw_seconds = raw_elapsed.as_secs_f64();
    println!("{n_letters} letters ({:.1} MB; {kind})", n_bytes as f64 / 1e6);
    println!(
        "  import_paths            {seconds:7.2} s  {:6.0} letters/s  {:6.2} MB/s  library file {:.1} MB",
        n_letters as f64 / seconds,
        n_bytes as f64 / 1e6 / seconds,
        database_bytes as f64 / 1e6
    );
    println!(
        "  raw SQLite + FTS5       {raw_seconds:7.2} s  {:6.0} letters/s  {:6.2} MB/s  file {:.1} MB",
        n_letters as f64 / raw_seconds,
        n_bytes as f64 / 1e6 / raw_seconds,
        raw_bytes as f64 / 1e6
    );
    println!("  ratio                   {:.2}x the raw insert", seconds / raw_seconds);
    let reading = Instant::now();
    for entry in std::fs::read_dir(&letters_folder).expect("letters").filter_map(Result::ok) {
        let text = std::fs::read_to_string(entry.path()).expect("a letter");
        std::hint::black_box(disclosure_core::parse::parse(&text));
    }
    println!("  of which reading the letters alone takes about {:.2} s", reading.elapsed().as_secs_f64());
}

/// The floor: read every file and insert its text into a table and an FTS5 index, in one
/// transaction, with the library's durability settings.
fn raw_insert(folder: &Path, database: &Path) -> std::time::Duration {
    let started = Instant::now();
    let mut connection = rusqlite::Connection::open(database).expect("a raw database");
    connection.pragma_update(None, "journal_mode", "WAL").expect("WAL");
    connection.pragma_update(None, "synchronous", "FULL").expect("synchronous");
    connection
        .execute_batch(
            "CREATE TABLE letter (id INTEGER PRIMARY KEY, name TEXT NOT NULL, body TEXT NOT NULL);
             CREATE VIRTUAL TABLE letter_text USING fts5(body, content='letter', content_rowid='id');",
        )
        .expect("schema");
    let transaction = connection.transaction().expect("a transaction");
    {
        let mut insert = transaction.prepare("INSERT INTO letter (name, body) VALUES (?1, ?2)").expect("insert");
        let mut index = transaction.prepare("INSERT INTO letter_text (rowid, body) VALUES (?1, ?2)").expect("index");
        let mut entries: Vec<_> = std::fs::read_dir(folder).expect("letters").filter_map(Result::ok).collect();
        entries.sort_by_key(|entry| entry.file_name());
        for entry in entries {
            let body = std::fs::read_to_string(entry.path()).expect("a letter");
            insert.execute(rusqlite::params![entry.file_name().to_string_lossy(), body]).expect("insert a letter");
            index.execute(rusqlite::params![transaction.last_insert_rowid(), body]).expect("index a letter");
        }
    }
    transaction.commit().expect("commit");
    started.elapsed()
}

/// The real letters of the shared corpus, when it sits beside the checkout.
fn real_letters() -> Option<Vec<String>> {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus");
    let mut letters = Vec::new();
    for folder in ["seeds", "real", "wider"] {
        let Ok(entries) = std::fs::read_dir(corpus.join(folder)) else { continue };
        let mut paths: Vec<_> = entries.filter_map(Result::ok).map(|entry| entry.path()).collect();
        paths.sort();
        letters.extend(
            paths
                .iter()
                .filter(|path| path.extension().is_some_and(|extension| extension == "txt"))
                .filter_map(|path| std::fs::read_to_string(path).ok()),
        );
    }
    (!letters.is_empty()).then_some(letters)
}

/// Writes `n_letters` copies of the real letters, each made unique by a closing line.
fn write_real_letters(folder: &Path, real: &[String], n_letters: usize) -> u64 {
    std::fs::create_dir_all(folder).expect("the letters folder");
    let mut n_bytes = 0;
    for letter_idx in 0..n_letters {
        let text = format!("{}\nCopy {letter_idx} of the letter.\n", real[letter_idx % real.len()]);
        std::fs::write(folder.join(format!("letter-{letter_idx:06}.txt")), &text).expect("write a letter");
        n_bytes += text.len() as u64;
    }
    n_bytes
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
