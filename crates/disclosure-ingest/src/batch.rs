//! Importing many files: walk the paths, read each letter once (on reader threads, see
//! [`crate::readers`]), store the letters in groups from this thread (one transaction, one wait
//! on the disk per group), report every file's outcome, and go on past the bad ones.

use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use disclosure_core::parse::{parse, PARSER_VERSION};
use disclosure_core::samples::SAMPLE_LETTERS;
use disclosure_core::summary::summarise_parsed;
use disclosure_store::{
    search_passages, DocumentFacts, DocumentFindings, DocumentPage, Inserted, NewDocument, ReadDocument, Store,
};
use sha2::{Digest, Sha256};

use crate::email::read_email;
use crate::error::IngestError;
use crate::extract::{check_size, extract_text_with, Extracted, Format};
use crate::pdf::ChildCommand;
use crate::readers::{reader_count, ReadJob, Readers, Ticket};

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
pub fn import_paths(
    store: &mut Store,
    paths: &[PathBuf],
    on_progress: &mut dyn FnMut(&ImportProgress),
) -> ImportReport {
    import_paths_with(store, paths, &ChildCommand::this_program(), on_progress)
}

/// A group is committed once it holds this many letters …
const GROUP_LETTERS: usize = 256;
/// … or this many bytes of text …
const GROUP_BYTES: usize = 32 << 20;
/// … or once its first letter has waited this long, so progress keeps moving on slow files.
const GROUP_WAIT: Duration = Duration::from_millis(250);

/// How many files may be handed to the readers ahead of the one the writer stores next …
const READ_AHEAD_FILES: usize = 512;
/// … and how many of their bytes, so a folder of large files is not all held at once.
const READ_AHEAD_BYTES: usize = 64 << 20;

/// [`import_paths`], reading PDFs with the child process `pdf_reader`.
///
/// Letters are read by a few threads (see [`crate::readers`]) while this one stores them in
/// groups: a letter counts as done (in the progress and the report) only once its group is
/// committed, so a crash loses at most the group in flight, and importing the folder again
/// brings it back (what was stored is skipped by its hash). Files are stored in the order the
/// walk found them, whichever reader finished first.
pub fn import_paths_with(
    store: &mut Store,
    paths: &[PathBuf],
    pdf_reader: &ChildCommand,
    on_progress: &mut dyn FnMut(&ImportProgress),
) -> ImportReport {
    let candidates = collect_files(paths);
    let n_total = candidates.len();
    let mut batch = Batch {
        report: ImportReport::default(),
        pending: Vec::new(),
        started: None,
        n_bytes: 0,
        n_final: 0,
        n_errors: 0,
    };
    std::thread::scope(|scope| {
        let mut writer = Writer {
            store: &mut *store,
            batch: &mut batch,
            readers: Readers::start(scope, reader_count(), pdf_reader),
            ahead: VecDeque::new(),
            n_bytes_ahead: 0,
            pdf_reader,
            n_total,
        };
        for candidate in candidates {
            let path = match candidate {
                Ok(path) => path,
                Err((path, error)) => {
                    writer.ahead.push_back(Ahead::Done(file_outcome(display(&path), Err(error))));
                    continue;
                }
            };
            on_progress(&ImportProgress {
                n_done: writer.batch.n_final,
                n_total,
                current: Some(display(&path)),
                n_errors: writer.batch.n_errors,
            });
            let ahead = match read_file(writer.store, &path) {
                FileRead::Letter(job) => {
                    writer.n_bytes_ahead += job.bytes.len();
                    let n_bytes = job.bytes.len();
                    Ahead::Reading(writer.readers.submit(job), display(&path), n_bytes)
                }
                FileRead::Email(source, bytes) => Ahead::Email(source, bytes),
                FileRead::Done(outcome) => Ahead::Done(outcome),
            };
            writer.ahead.push_back(ahead);
            while writer.ahead.len() > READ_AHEAD_FILES || writer.n_bytes_ahead > READ_AHEAD_BYTES {
                writer.store_next(on_progress);
            }
        }
        while !writer.ahead.is_empty() {
            writer.store_next(on_progress);
        }
    });
    batch.commit(store);
    on_progress(&ImportProgress { n_done: n_total, n_total, current: None, n_errors: batch.n_errors });
    batch.report
}

/// A file handed out, in walk order, waiting for the writer.
enum Ahead {
    /// Being read by a reader thread (its path and size in bytes).
    Reading(Ticket, String, usize),
    /// An e-mail (file name, path) with its bytes, stored by the writer with its attachments.
    Email((String, String), Vec<u8>),
    /// Nothing to store: already in the library, or it failed.
    Done(FileOutcome),
}

/// The one thread that stores: it takes the readings back in walk order and commits groups.
struct Writer<'a, 'scope> {
    store: &'a mut Store,
    batch: &'a mut Batch,
    readers: Readers<'scope>,
    ahead: VecDeque<Ahead>,
    n_bytes_ahead: usize,
    pdf_reader: &'a ChildCommand,
    n_total: usize,
}

impl Writer<'_, '_> {
    /// Settles the oldest file handed out, committing the group when it is due.
    fn store_next(&mut self, on_progress: &mut dyn FnMut(&ImportProgress)) {
        let Some(next) = self.ahead.pop_front() else { return };
        match next {
            Ahead::Reading(ticket, path, n_bytes) => {
                self.n_bytes_ahead -= n_bytes;
                match self.readers.take(ticket) {
                    Ok(read) => self.batch.push(path, read),
                    Err(error) => self.batch.settle(file_outcome(path, Err(error))),
                }
            }
            Ahead::Email(source, bytes) => {
                // An e-mail's attachments link to its id, so whatever waits is stored first.
                self.batch.commit(self.store);
                let source = Source { file_name: &source.0, source_path: Some(source.1), parent_id: None };
                for outcome in import_email(self.store, &source, &bytes, self.pdf_reader, 0) {
                    self.batch.settle(outcome);
                }
            }
            Ahead::Done(outcome) => self.batch.settle(outcome),
        }
        if self.batch.is_due() {
            self.batch.commit(self.store);
            on_progress(&ImportProgress {
                n_done: self.batch.n_final,
                n_total: self.n_total,
                current: None,
                n_errors: self.batch.n_errors,
            });
        }
    }
}

/// The letters read but not yet committed, and the report they will be settled into.
struct Batch {
    report: ImportReport,
    /// Each letter waiting, with the index of its outcome in the report.
    pending: Vec<(usize, ReadDocument)>,
    started: Option<Instant>,
    n_bytes: usize,
    /// Files whose outcome is final: stored, skipped or failed.
    n_final: usize,
    n_errors: usize,
}

impl Batch {
    /// Records a file's final outcome.
    fn settle(&mut self, outcome: FileOutcome) {
        self.n_errors += usize::from(outcome.status == FileStatus::Error);
        self.n_final += 1;
        self.report.files.push(outcome);
    }

    /// Keeps a letter for the next commit; its place in the report is held in read order.
    fn push(&mut self, path: String, read: ReadDocument) {
        self.started.get_or_insert_with(Instant::now);
        self.n_bytes += read.document.text.len();
        self.pending.push((self.report.files.len(), read));
        self.report.files.push(FileOutcome { path, status: FileStatus::Imported, id: None, error: None });
    }

    fn is_due(&self) -> bool {
        self.pending.len() >= GROUP_LETTERS
            || self.n_bytes >= GROUP_BYTES
            || self.started.is_some_and(|started| started.elapsed() >= GROUP_WAIT)
    }

    /// Commits the waiting letters as one group and settles their outcomes.
    fn commit(&mut self, store: &mut Store) {
        if self.pending.is_empty() {
            return;
        }
        let (slots, documents): (Vec<usize>, Vec<ReadDocument>) = std::mem::take(&mut self.pending).into_iter().unzip();
        self.started = None;
        self.n_bytes = 0;
        let outcomes = match store.insert_documents(&documents) {
            Ok(outcomes) => outcomes.into_iter().map(|outcome| outcome.map_err(IngestError::from)).collect(),
            Err(error) => {
                let message = error.to_string();
                documents.iter().map(|_| Err(IngestError::GroupNotStored(message.clone()))).collect::<Vec<_>>()
            }
        };
        for (slot, outcome) in slots.into_iter().zip(outcomes) {
            let path = std::mem::take(&mut self.report.files[slot].path);
            let outcome = file_outcome(path, outcome);
            self.n_errors += usize::from(outcome.status == FileStatus::Error);
            self.n_final += 1;
            self.report.files[slot] = outcome;
        }
    }
}

/// What reading one file from disk came to, before anything is stored.
enum FileRead {
    /// A letter not yet in the library, to be read (by a reader thread or at once).
    Letter(ReadJob),
    /// An e-mail (file name, path) with its bytes: stored at once, with its attachments.
    Email((String, String), Vec<u8>),
    /// Nothing to store: already in the library, or it failed.
    Done(FileOutcome),
}

/// Reads one file from disk, checking its size before reading it and the library for the same
/// bytes; reading the letter in it is left to the caller.
fn read_file(store: &Store, path: &Path) -> FileRead {
    let path_text = display(path);
    let file_name = path.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default();
    let read = Format::from_file_name(&file_name).and_then(|format| {
        let metadata = std::fs::metadata(path).map_err(IngestError::Read)?;
        check_size(format, metadata.len())?;
        Ok((format, std::fs::read(path).map_err(IngestError::Read)?))
    });
    let bytes = match read {
        Ok((Format::Eml, bytes)) => return FileRead::Email((file_name, path_text), bytes),
        Ok((_, bytes)) => bytes,
        Err(error) => return FileRead::Done(file_outcome(path_text, Err(error))),
    };
    let sha256 = hex(&Sha256::digest(&bytes));
    match store.find_document_by_sha256(&sha256) {
        Ok(Some(id)) => return FileRead::Done(file_outcome(path_text, Ok(Inserted::AlreadyPresent(id)))),
        Ok(None) => {}
        Err(error) => return FileRead::Done(file_outcome(path_text, Err(error.into()))),
    }
    FileRead::Letter(ReadJob { file_name, source_path: path_text, bytes, sha256 })
}

/// Extracts a file's text and reads the letter in it: all an import does to a file that needs
/// no library, so the reader threads do it.
pub(crate) fn read_letter(job: ReadJob, pdf_reader: &ChildCommand) -> Result<ReadDocument, IngestError> {
    let ReadJob { file_name, source_path, bytes, sha256 } = job;
    let extracted = extract_text_with(&file_name, &bytes, pdf_reader)?;
    let source = Source { file_name: &file_name, source_path: Some(source_path), parent_id: None };
    Ok(read_document(&source, &bytes, sha256, extracted))
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
    match read_file(store, path) {
        FileRead::Letter(job) => {
            let outcome = read_letter(job, pdf_reader).and_then(|read| {
                let mut outcomes = store.insert_documents(std::slice::from_ref(&read))?;
                Ok(outcomes.pop().expect("one outcome per document")?)
            });
            vec![file_outcome(path_text, outcome)]
        }
        FileRead::Email((file_name, source_path), bytes) => {
            let source = Source { file_name: &file_name, source_path: Some(source_path), parent_id: None };
            import_email(store, &source, &bytes, pdf_reader, 0)
        }
        FileRead::Done(outcome) => vec![outcome],
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

/// Reads a document from its bytes as an import would, without storing it: what reading a
/// stored document again from its file stores in place of its first reading.
pub fn read_bytes(source: &Source<'_>, bytes: &[u8], pdf_reader: &ChildCommand) -> Result<ReadDocument, IngestError> {
    let sha256 = hex(&Sha256::digest(bytes));
    let extracted = extract_text_with(source.file_name, bytes, pdf_reader)?;
    Ok(read_document(source, bytes, sha256, extracted))
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
                let extracted = Extracted {
                    text: email.text,
                    format: Format::Eml,
                    encoding: "UTF-8",
                    created: None,
                    page_marks: Vec::new(),
                    pages: Vec::new(),
                };
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
        let attachment_source = Source {
            file_name: &attachment.name,
            source_path: Some(attachment_label.clone()),
            parent_id: Some(mail_id),
        };
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

/// Reads extracted text once and stores the document with everything read from it, in one
/// transaction.
fn store_extracted(
    store: &mut Store,
    source: &Source<'_>,
    bytes: &[u8],
    sha256: String,
    extracted: Extracted,
) -> Result<Inserted, IngestError> {
    let read = read_document(source, bytes, sha256, extracted);
    let mut outcomes = store.insert_documents(std::slice::from_ref(&read))?;
    Ok(outcomes.pop().expect("one outcome per document")?)
}

/// Reads a document's text once: its library facts, exemption findings and search passages.
fn read_document(source: &Source<'_>, bytes: &[u8], sha256: String, extracted: Extracted) -> ReadDocument {
    let mut disclosure = parse(&extracted.text);
    if let Some(created) = extracted.created {
        disclosure.date_from_file(created);
    }
    let mut findings = crate::findings::read_findings(&disclosure);
    findings.redactions = crate::findings::read_redaction_findings(&extracted.text, &disclosure, &extracted.page_marks);
    let passages = search_passages(&disclosure);
    let facts = facts_of(&extracted.text, &disclosure);
    let pages = extracted
        .pages
        .iter()
        .map(|page| DocumentPage {
            number: page.number,
            source: page.source.as_str().to_string(),
            confidence: page.confidence.map(f64::from),
            start: page.start,
            end: page.end,
        })
        .collect();
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
    ReadDocument { document, findings, passages, page_marks: extracted.page_marks, pages }
}

/// The library facts and the exemption findings of a text, from one reading (as an import
/// stores them; a refresh stores them again); `page_marks` are
/// the marks its file's pages carry, kept by the store since the text cannot give them back.
pub fn read_facts_and_findings(
    text: &str,
    page_marks: &[disclosure_core::redactions::PageMark],
) -> (DocumentFacts, DocumentFindings) {
    let disclosure = parse(text);
    let mut findings = crate::findings::read_findings(&disclosure);
    findings.redactions = crate::findings::read_redaction_findings(text, &disclosure, page_marks);
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
        date_source: summary.date.and(disclosure.date_source).map(|source| source.as_str().to_string()),
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
