//! Importing many files: walk the paths, store each document in its own transaction, report
//! every file's outcome, and go on past the bad ones.

use std::path::{Path, PathBuf};

use disclosure_core::samples::SAMPLE_LETTERS;
use disclosure_core::parse::{parse, PARSER_VERSION};
use disclosure_core::summary::summarise_parsed;
use disclosure_store::{DocumentFacts, Inserted, NewDocument, Store};
use sha2::{Digest, Sha256};

use crate::error::IngestError;
use crate::extract::{check_size, extract_text, Format};

/// How far a batch has got, sent after every file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportProgress {
    /// Files finished, successfully or not.
    pub n_done: usize,
    /// Files in the batch.
    pub n_total: usize,
    /// The file being read now; `None` once the batch is over.
    pub current: Option<String>,
    /// Files that failed so far.
    pub n_errors: usize,
}

/// What happened to one file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileStatus {
    /// Stored as a new document.
    Imported,
    /// The same bytes were already in the library; nothing was added.
    Duplicate,
    /// Not imported; see the error.
    Error,
}

/// The outcome for one file of a batch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileOutcome {
    /// The file as the user named it (or as found in a folder).
    pub path: String,
    /// What happened.
    pub status: FileStatus,
    /// The document's id, for imported and duplicate files.
    pub id: Option<i64>,
    /// Why it failed, in words for the user.
    pub error: Option<String>,
}

/// The outcome of a whole batch, one entry per file in the order they were read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// Every file's outcome.
    pub files: Vec<FileOutcome>,
}

impl ImportReport {
    /// Files with this status.
    pub fn count(&self, status: FileStatus) -> usize {
        self.files.iter().filter(|file| file.status == status).count()
    }
}

/// Imports files and folders (recursively). Never stops early: a bad file is reported and the
/// batch goes on; what was already stored is never touched.
pub fn import_paths(store: &mut Store, paths: &[PathBuf], on_progress: &mut dyn FnMut(&ImportProgress)) -> ImportReport {
    let candidates = collect_files(paths);
    let n_total = candidates.len();
    let mut report = ImportReport::default();
    let mut n_errors = 0;
    for (n_done, candidate) in candidates.into_iter().enumerate() {
        let (path, outcome) = match candidate {
            Ok(path) => {
                on_progress(&ImportProgress { n_done, n_total, current: Some(display(&path)), n_errors });
                let outcome = import_file(store, &path);
                (path, outcome)
            }
            Err((path, error)) => (path, Err(error)),
        };
        if outcome.is_err() {
            n_errors += 1;
        }
        report.files.push(file_outcome(display(&path), outcome));
    }
    on_progress(&ImportProgress { n_done: n_total, n_total, current: None, n_errors });
    report
}

/// Imports the sample library written by this project. Importing it twice adds nothing.
pub fn import_samples(store: &mut Store, on_progress: &mut dyn FnMut(&ImportProgress)) -> ImportReport {
    let n_total = SAMPLE_LETTERS.len();
    let mut report = ImportReport::default();
    for (n_done, sample) in SAMPLE_LETTERS.iter().enumerate() {
        on_progress(&ImportProgress { n_done, n_total, current: Some(sample.file_name.to_string()), n_errors: 0 });
        let outcome = import_bytes(store, sample.file_name, None, sample.text.as_bytes());
        report.files.push(file_outcome(sample.file_name.to_string(), outcome));
    }
    on_progress(&ImportProgress { n_done: n_total, n_total, current: None, n_errors: report.count(FileStatus::Error) });
    report
}

/// Imports one file from disk, checking its size before reading it.
pub fn import_file(store: &mut Store, path: &Path) -> Result<Inserted, IngestError> {
    let file_name = path.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default();
    let format = Format::from_file_name(&file_name)?;
    let metadata = std::fs::metadata(path).map_err(IngestError::Read)?;
    check_size(format, metadata.len())?;
    let bytes = std::fs::read(path).map_err(IngestError::Read)?;
    import_bytes(store, &file_name, Some(display(path)), &bytes)
}

/// Imports one document from its bytes.
pub fn import_bytes(
    store: &mut Store,
    file_name: &str,
    source_path: Option<String>,
    bytes: &[u8],
) -> Result<Inserted, IngestError> {
    let sha256 = hex(&Sha256::digest(bytes));
    if let Some(id) = store.find_document_by_sha256(&sha256)? {
        return Ok(Inserted::AlreadyPresent(id));
    }
    let extracted = extract_text(file_name, bytes)?;
    let facts = read_facts(&extracted.text);
    let document = NewDocument {
        sha256,
        file_name: file_name.to_string(),
        source_path,
        format: extracted.format.as_str().to_string(),
        encoding: extracted.encoding.to_string(),
        byte_len: bytes.len() as i64,
        text: extracted.text,
        facts,
        parser_version: PARSER_VERSION,
    };
    Ok(store.insert_document(&document)?)
}

/// The library facts of a text, as the current reading rules see them.
pub(crate) fn read_facts(text: &str) -> DocumentFacts {
    let disclosure = parse(text);
    let summary = summarise_parsed(text, &disclosure);
    DocumentFacts {
        reference: summary.reference,
        title: summary.title,
        authority: summary.authority,
        response_date: summary.date.map(|date| date.format("%Y-%m-%d").to_string()),
        decision: disclosure.decision.as_str().to_string(),
    }
}

/// Expands folders into the files below them, in a stable order. Hidden files inside folders
/// are skipped (they are editor and OS litter); a file named explicitly is always tried.
fn collect_files(paths: &[PathBuf]) -> Vec<Result<PathBuf, (PathBuf, IngestError)>> {
    let mut files = Vec::new();
    for path in paths {
        if !path.is_dir() {
            files.push(Ok(path.clone()));
            continue;
        }
        let walk = walkdir::WalkDir::new(path)
            .follow_links(false)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|entry| entry.depth() == 0 || !entry.file_name().to_string_lossy().starts_with('.'));
        for entry in walk {
            match entry {
                Ok(entry) if entry.file_type().is_file() => files.push(Ok(entry.into_path())),
                Ok(_) => {}
                Err(error) => {
                    let entry_path = error.path().map(Path::to_path_buf).unwrap_or_else(|| path.clone());
                    let message = error.to_string();
                    files.push(Err((entry_path.clone(), IngestError::Walk { path: entry_path, message })));
                }
            }
        }
    }
    files
}

fn file_outcome(path: String, outcome: Result<Inserted, IngestError>) -> FileOutcome {
    match outcome {
        Ok(Inserted::New(id)) => FileOutcome { path, status: FileStatus::Imported, id: Some(id), error: None },
        Ok(Inserted::AlreadyPresent(id)) => {
            FileOutcome { path, status: FileStatus::Duplicate, id: Some(id), error: None }
        }
        Err(error) => FileOutcome { path, status: FileStatus::Error, id: None, error: Some(error.to_string()) },
    }
}

fn display(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes.iter().fold(String::with_capacity(bytes.len() * 2), |mut out, byte| {
        let _ = write!(out, "{byte:02x}");
        out
    })
}
