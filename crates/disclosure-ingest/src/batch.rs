//! Importing many files: walk the paths, store each document in its own transaction, report
//! every file's outcome, and go on past the bad ones.

use std::path::{Path, PathBuf};

use disclosure_core::samples::SAMPLE_LETTERS;
use disclosure_core::parse::{parse, PARSER_VERSION};
use disclosure_core::summary::summarise_parsed;
use disclosure_store::{DocumentFacts, DocumentFindings, Inserted, NewDocument, Store};
use sha2::{Digest, Sha256};

use crate::email::read_email;
use crate::error::IngestError;
use crate::extract::{check_size, extract_text_with, Extracted, Format};
use crate::pdf::ChildCommand;

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
/// batch goes on; what was already stored is never touched. PDFs are read by a child process
/// running this very program (see [`crate::pdf`]).
pub fn import_paths(store: &mut Store, paths: &[PathBuf], on_progress: &mut dyn FnMut(&ImportProgress)) -> ImportReport {
    import_paths_with(store, paths, &ChildCommand::this_program(), on_progress)
}

/// [`import_paths`], reading PDFs with the child process `pdf_reader`.
pub fn import_paths_with(
    store: &mut Store,
    paths: &[PathBuf],
    pdf_reader: &ChildCommand,
    on_progress: &mut dyn FnMut(&ImportProgress),
) -> ImportReport {
    let candidates = collect_files(paths);
    let n_total = candidates.len();
    let mut report = ImportReport::default();
    let mut n_errors = 0;
    for (n_done, candidate) in candidates.into_iter().enumerate() {
        let outcomes = match candidate {
            Ok(path) => {
                on_progress(&ImportProgress { n_done, n_total, current: Some(display(&path)), n_errors });
                import_file(store, &path, pdf_reader)
            }
            Err((path, error)) => vec![file_outcome(display(&path), Err(error))],
        };
        n_errors += outcomes.iter().filter(|outcome| outcome.status == FileStatus::Error).count();
        report.files.extend(outcomes);
    }
    on_progress(&ImportProgress { n_done: n_total, n_total, current: None, n_errors });
    report
}

/// Imports the sample library written by this project. Importing it twice adds nothing.
pub fn import_samples(store: &mut Store, on_progress: &mut dyn FnMut(&ImportProgress)) -> ImportReport {
    let n_total = SAMPLE_LETTERS.len();
    let mut report = ImportReport::default();
    let pdf_reader = ChildCommand::this_program();
    for (n_done, sample) in SAMPLE_LETTERS.iter().enumerate() {
        on_progress(&ImportProgress { n_done, n_total, current: Some(sample.file_name.to_string()), n_errors: 0 });
        let source = Source { file_name: sample.file_name, source_path: None, parent_id: None };
        let outcome = import_bytes(store, &source, sample.text.as_bytes(), &pdf_reader);
        report.files.push(file_outcome(sample.file_name.to_string(), outcome));
    }
    on_progress(&ImportProgress { n_done: n_total, n_total, current: None, n_errors: report.count(FileStatus::Error) });
    report
}

/// Imports one file from disk, checking its size before reading it. The first outcome is the
/// file's; an e-mail adds one outcome per attachment, with the path `mail.eml#attachment`.
pub fn import_file(store: &mut Store, path: &Path, pdf_reader: &ChildCommand) -> Vec<FileOutcome> {
    let path_text = display(path);
    let file_name = path.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default();
    let read = Format::from_file_name(&file_name).and_then(|format| {
        let metadata = std::fs::metadata(path).map_err(IngestError::Read)?;
        check_size(format, metadata.len())?;
        Ok((format, std::fs::read(path).map_err(IngestError::Read)?))
    });
    let source = Source { file_name: &file_name, source_path: Some(path_text.clone()), parent_id: None };
    match read {
        Ok((Format::Eml, bytes)) => import_email(store, &source, &bytes, pdf_reader, 0),
        Ok((_, bytes)) => vec![file_outcome(path_text, import_bytes(store, &source, &bytes, pdf_reader))],
        Err(error) => vec![file_outcome(path_text, Err(error))],
    }
}

/// Where a document's bytes came from.
#[derive(Debug, Clone)]
pub struct Source<'a> {
    /// Its file name; the extension decides the format.
    pub file_name: &'a str,
    /// Where it was imported from: a path, or `mail.eml#attachment` for an attachment.
    pub source_path: Option<String>,
    /// The e-mail it was attached to.
    pub parent_id: Option<i64>,
}

/// Imports one document from its bytes (an e-mail's attachments are not included: see
/// [`import_file`]).
pub fn import_bytes(
    store: &mut Store,
    source: &Source<'_>,
    bytes: &[u8],
    pdf_reader: &ChildCommand,
) -> Result<Inserted, IngestError> {
    let sha256 = hex(&Sha256::digest(bytes));
    if let Some(id) = store.find_document_by_sha256(&sha256)? {
        return Ok(Inserted::AlreadyPresent(id));
    }
    let extracted = extract_text_with(source.file_name, bytes, pdf_reader)?;
    store_extracted(store, source, bytes, sha256, extracted)
}

/// E-mails inside e-mails are followed this deep (a forwarded response attaches the original).
const MAX_EMAIL_DEPTH: usize = 3;

/// Stores an e-mail, then each attachment as its own document linked to it. An attachment's
/// failure is its own outcome and never undoes the e-mail.
fn import_email(
    store: &mut Store,
    source: &Source<'_>,
    bytes: &[u8],
    pdf_reader: &ChildCommand,
    depth: usize,
) -> Vec<FileOutcome> {
    let label = source.source_path.clone().unwrap_or_else(|| source.file_name.to_string());
    let sha256 = hex(&Sha256::digest(bytes));
    let stored = check_size(Format::Eml, bytes.len() as u64)
        .and_then(|()| Ok(store.find_document_by_sha256(&sha256)?))
        .and_then(|existing| match existing {
            // Its attachments were dealt with when it was first imported.
            Some(id) => Ok((Inserted::AlreadyPresent(id), Vec::new())),
            None => {
                let email = read_email(bytes)?;
                let extracted = Extracted { text: email.text, format: Format::Eml, encoding: "UTF-8" };
                Ok((store_extracted(store, source, bytes, sha256, extracted)?, email.attachments))
            }
        });
    let (mail_id, attachments) = match stored {
        Ok((Inserted::New(id), attachments)) => (id, attachments),
        Ok((inserted, _)) => return vec![file_outcome(label, Ok(inserted))],
        Err(error) => return vec![file_outcome(label, Err(error))],
    };
    let mut outcomes = vec![file_outcome(label.clone(), Ok(Inserted::New(mail_id)))];
    for attachment in attachments {
        let attachment_label = format!("{label}#{}", attachment.name);
        let attachment_source =
            Source { file_name: &attachment.name, source_path: Some(attachment_label.clone()), parent_id: Some(mail_id) };
        match Format::from_file_name(&attachment.name) {
            Ok(Format::Eml) if depth + 1 < MAX_EMAIL_DEPTH => {
                outcomes.extend(import_email(store, &attachment_source, &attachment.bytes, pdf_reader, depth + 1));
            }
            Ok(Format::Eml) => outcomes.push(file_outcome(
                attachment_label,
                Err(IngestError::Unsupported(format!("e-mails nested more than {MAX_EMAIL_DEPTH} deep"))),
            )),
            Ok(_) => {
                let outcome = import_bytes(store, &attachment_source, &attachment.bytes, pdf_reader);
                outcomes.push(file_outcome(attachment_label, outcome));
            }
            Err(error) => outcomes.push(file_outcome(attachment_label, Err(error))),
        }
    }
    outcomes
}

/// Reads the facts of extracted text and stores the document.
fn store_extracted(
    store: &mut Store,
    source: &Source<'_>,
    bytes: &[u8],
    sha256: String,
    extracted: Extracted,
) -> Result<Inserted, IngestError> {
    let (facts, findings) = read_facts_and_findings(&extracted.text);
    let document = NewDocument {
        sha256,
        file_name: source.file_name.to_string(),
        source_path: source.source_path.clone(),
        format: extracted.format.as_str().to_string(),
        encoding: extracted.encoding.to_string(),
        byte_len: bytes.len() as i64,
        text: extracted.text,
        facts,
        parser_version: PARSER_VERSION,
        parent_id: source.parent_id,
    };
    let inserted = store.insert_document(&document)?;
    if let Inserted::New(id) = inserted {
        store.update_document_findings(id, &findings)?;
    }
    Ok(inserted)
}

/// The library facts and the exemption findings of a text, from one reading.
pub(crate) fn read_facts_and_findings(text: &str) -> (DocumentFacts, DocumentFindings) {
    let disclosure = parse(text);
    let findings = crate::findings::read_findings(&disclosure);
    (facts_of(text, &disclosure), findings)
}

fn facts_of(text: &str, disclosure: &disclosure_core::parse::Disclosure) -> DocumentFacts {
    let summary = summarise_parsed(text, disclosure);
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
