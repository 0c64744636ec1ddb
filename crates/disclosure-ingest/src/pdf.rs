//! PDF to text in a separate process: the text layer, and the pictures of scanned pages,
//! which [`crate::ocr`] reads.
//!
//! PDF libraries panic, loop for ever and overflow their stack on malformed files, and a stack
//! overflow aborts the whole process where `catch_unwind` cannot stop it. So a PDF is never
//! read inside the app's or the CLI's own process: [`extract_in_child`] hands the bytes to a
//! child process on its standard input, reads the text from its standard output and stops it
//! after a time limit; the child runs [`run_child_extractor`], which caps its own memory before
//! it touches the bytes. The same executable is both parent and child: its `main` checks for
//! [`CHILD_FLAG`] first (see [`is_child_invocation`]).

use std::ffi::OsString;
use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::{Child, Command, ExitCode, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use crate::error::IngestError;
use reading::ChildReading;

mod pages;
pub mod reading;

const MB: u64 = 1024 * 1024;

/// The hidden first argument that turns the app or the CLI into the PDF reader child.
pub const CHILD_FLAG: &str = "--extract-pdf-child";

/// How long one PDF may take before its reader is stopped.
pub const TIME_LIMIT: Duration = Duration::from_secs(30);

/// The address space the reader child may use. Generous for any letter (a 100 MB PDF with its
/// decompressed streams fits), small enough that a decompression bomb cannot take the machine.
pub const MEMORY_LIMIT_BYTES: u64 = 1024 * MB;

/// The environment variable through which the parent tells the child its memory limit.
const MEMORY_LIMIT_ENV: &str = "DISCLOSURE_PDF_MEMORY_LIMIT";

/// More text than this from one PDF is not a letter (a letter is kilobytes).
const TEXT_LIMIT: u64 = 64 * MB;

/// What the child writes on standard error is kept only for the message; cap it.
const STDERR_LIMIT: u64 = 64 * 1024;

/// The largest PDF the child will read from its standard input (the import checks the same
/// limit earlier, from the file's size).
const INPUT_LIMIT: u64 = 100 * MB;

/// Exit statuses of the child that are verdicts on the file rather than crashes.
const EXIT_NO_TEXT: u8 = 3;
const EXIT_UNREADABLE: u8 = 4;
const EXIT_INPUT: u8 = 5;
/// The program a limited run was to become is not installed.
pub(crate) const EXIT_NOT_FOUND: u8 = 127;

/// How to start the PDF reader child: which program, with which arguments, and its limits.
///
/// Injectable so tests can run a purpose-built binary (or one that hangs or crashes).
#[derive(Debug, Clone)]
pub struct ChildCommand {
    program: PathBuf,
    args: Vec<OsString>,
    time_limit: Duration,
    memory_limit_bytes: u64,
    /// The OCR program, when not `tesseract` looked up on `PATH`.
    tesseract: Option<PathBuf>,
}

impl ChildCommand {
    /// The running executable with [`CHILD_FLAG`]: right for the app and the CLI, whose `main`
    /// hosts the child.
    pub fn this_program() -> ChildCommand {
        // When the path of the running program cannot be found, its name on the command line is
        // the best remaining guess; a failure to start is then reported per file.
        let program = std::env::current_exe()
            .ok()
            .or_else(|| std::env::args_os().next().map(PathBuf::from))
            .unwrap_or_else(|| PathBuf::from("disclosure"));
        ChildCommand::new(program, [CHILD_FLAG])
    }

    /// Any program with any arguments, with the default limits.
    pub fn new<I, A>(program: impl Into<PathBuf>, args: I) -> ChildCommand
    where
        I: IntoIterator<Item = A>,
        A: Into<OsString>,
    {
        ChildCommand {
            program: program.into(),
            args: args.into_iter().map(Into::into).collect(),
            time_limit: TIME_LIMIT,
            memory_limit_bytes: MEMORY_LIMIT_BYTES,
            tesseract: None,
        }
    }

    /// The same command with another time limit.
    pub fn with_time_limit(mut self, time_limit: Duration) -> ChildCommand {
        self.time_limit = time_limit;
        self
    }

    /// The same command, reading scanned pages with this OCR program instead of `tesseract`
    /// looked up on `PATH`.
    pub fn with_tesseract(mut self, program: impl Into<PathBuf>) -> ChildCommand {
        self.tesseract = Some(program.into());
        self
    }

    /// The OCR program named with [`ChildCommand::with_tesseract`], if any.
    pub(crate) fn tesseract(&self) -> Option<&std::path::Path> {
        self.tesseract.as_deref()
    }

    /// The same command with another memory limit (bytes of address space).
    pub fn with_memory_limit(mut self, bytes: u64) -> ChildCommand {
        self.memory_limit_bytes = bytes;
        self
    }
}

/// True when this process was started as the PDF reader child; `main` calls this first.
pub fn is_child_invocation() -> bool {
    std::env::args_os().nth(1).is_some_and(|arg| arg == CHILD_FLAG)
}

/// Reads the text layer of a PDF in a child process started by `command`, within its time and
/// memory limits, and reads its scanned pages by OCR (see [`read_pdf_in_child`]); only the text.
pub fn extract_in_child(bytes: &[u8], command: &ChildCommand) -> Result<String, IngestError> {
    read_pdf_in_child(bytes, command).map(|pdf| pdf.text)
}

/// A PDF read: its text, page after page, and how each page was read.
#[derive(Debug, Clone, PartialEq)]
pub struct PdfText {
    /// The text, tidied, pages in order.
    pub text: String,
    /// Every page, in order.
    pub pages: Vec<PageRead>,
    /// Redaction marks drawn on the pages, to be placed in the text by the core.
    pub page_marks: Vec<disclosure_core::redactions::PageMark>,
}

/// How one page of a PDF was read.
#[derive(Debug, Clone, PartialEq)]
pub struct PageRead {
    /// The page number, from 1.
    pub number: u32,
    /// From its text layer, or by OCR from its picture.
    pub source: PageSource,
    /// For an OCR page, the recogniser's mean confidence in its words, from 0 to 100.
    pub confidence: Option<f32>,
    /// Where the page's text lies in [`PdfText::text`] (byte offsets).
    pub start: usize,
    /// One past the end of the page's text.
    pub end: usize,
}

/// Where a page's text came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageSource {
    /// The PDF's own text layer.
    Text,
    /// Optical character recognition of the page's picture: digits and signs may be misread.
    Ocr,
}

impl PageSource {
    /// Stable short name: "text", "ocr".
    pub fn as_str(self) -> &'static str {
        match self {
            PageSource::Text => "text",
            PageSource::Ocr => "ocr",
        }
    }
}

/// The environment variable through which the parent names the folder the child leaves page
/// pictures in.
const SCAN_FOLDER_ENV: &str = "DISCLOSURE_PDF_SCAN_DIR";

/// The argument after which the child, instead of reading a PDF, caps its memory and becomes
/// the program that follows (the OCR engine or the page renderer), so those run under the same
/// limits as the reader.
pub(crate) const RUN_LIMITED_FLAG: &str = "--run-limited";

/// Reads a PDF in a child process started by `command`, within its time and memory limits:
/// pages with a text layer as they are, pages without one (scans) by OCR of the picture the
/// child took from the page, rendered first where the page is not one plain picture. Every
/// way this can fail becomes a per-file [`IngestError`].
pub fn read_pdf_in_child(bytes: &[u8], command: &ChildCommand) -> Result<PdfText, IngestError> {
    let scan_folder = tempfile::tempdir().map_err(IngestError::PdfReaderStart)?;
    let mut child = Command::new(&command.program);
    child
        .args(&command.args)
        .env(MEMORY_LIMIT_ENV, command.memory_limit_bytes.to_string())
        .env(SCAN_FOLDER_ENV, scan_folder.path());
    let run =
        run_with_deadline(child, bytes, command.time_limit, TEXT_LIMIT + 1).map_err(IngestError::PdfReaderStart)?;
    let errors = String::from_utf8_lossy(&run.stderr);
    let status = match run.status {
        Ok(Some(status)) => status,
        Ok(None) => return Err(IngestError::PdfTimeout { seconds: command.time_limit.as_secs().max(1) }),
        Err(error) => return Err(IngestError::PdfCrashed(format!("lost track of the reader: {error}"))),
    };
    if !status.success() {
        return Err(failure(status, &errors, command.memory_limit_bytes));
    }
    if run.stdout.len() as u64 > TEXT_LIMIT {
        return Err(IngestError::PdfUnreadable(format!("it holds more than {} MB of text", TEXT_LIMIT / MB)));
    }
    let reading = ChildReading::decode(&run.stdout)
        .ok_or_else(|| IngestError::PdfCrashed("the reader's answer was cut short or garbled".to_string()))?;
    let scans = crate::ocr::read_scanned_pages(&reading, bytes, scan_folder.path(), command)?;
    let mut pdf = PdfText {
        text: String::new(),
        pages: Vec::with_capacity(reading.pages.len()),
        page_marks: reading.marks.clone(),
    };
    for page in &reading.pages {
        let (page_text, source, confidence) = match scans.iter().find(|scan| scan.number == page.number) {
            Some(scan) => (tidy_pdf_text(&scan.text), PageSource::Ocr, scan.confidence),
            None => (tidy_pdf_text(&reading.text[page.text_start..page.text_end]), PageSource::Text, None),
        };
        if !pdf.text.is_empty() && !page_text.is_empty() {
            // Pages are paragraphs apart, as the text layer of the whole document reads.
            pdf.text.push('\n');
        }
        let start = pdf.text.len();
        pdf.text.push_str(&page_text);
        pdf.pages.push(PageRead { number: page.number, source, confidence, start, end: pdf.text.len() });
    }
    if pdf.text.trim().is_empty() {
        return Err(IngestError::PdfNoText);
    }
    Ok(pdf)
}

/// What a limited child process came to.
pub(crate) struct LimitedRun {
    /// Its exit status; `None` when it was stopped at the deadline.
    pub status: std::io::Result<Option<ExitStatus>>,
    /// Its standard output, up to the limit asked for.
    pub stdout: Vec<u8>,
    /// Its standard error, up to [`STDERR_LIMIT`].
    pub stderr: Vec<u8>,
}

/// Starts `command` with `input` on its standard input, collects its output and stops it at
/// the deadline. Writing, reading and waiting run at once: a child blocked on a full pipe must
/// not deadlock the import, and the deadline must hold whatever the child does.
pub(crate) fn run_with_deadline(
    mut command: Command,
    input: &[u8],
    time_limit: Duration,
    stdout_limit: u64,
) -> std::io::Result<LimitedRun> {
    let mut child = command.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn()?;
    let (stdin, stdout, stderr) = (child.stdin.take(), child.stdout.take(), child.stderr.take());
    Ok(std::thread::scope(|scope| {
        scope.spawn(move || {
            if let Some(mut stdin) = stdin {
                // A child that dies early closes the pipe; its exit status tells why.
                let _ = stdin.write_all(input);
            }
        });
        let output = scope.spawn(move || read_capped(stdout, stdout_limit));
        let errors = scope.spawn(move || read_capped(stderr, STDERR_LIMIT));
        let status = wait_with_deadline(&mut child, time_limit);
        LimitedRun { status, stdout: output.join().unwrap_or_default(), stderr: errors.join().unwrap_or_default() }
    }))
}

/// A command that runs `program` through the reader child, which caps its memory at
/// `memory_limit_bytes` first (on Unix; elsewhere `program` runs directly, under the deadline only).
pub(crate) fn limited_command(host: &ChildCommand, memory_limit_bytes: u64, program: &std::path::Path) -> Command {
    if cfg!(unix) {
        let mut command = Command::new(&host.program);
        command
            .args(&host.args)
            .arg(RUN_LIMITED_FLAG)
            .arg(program)
            .env(MEMORY_LIMIT_ENV, memory_limit_bytes.to_string());
        command
    } else {
        Command::new(program)
    }
}

/// The child's side: caps its own memory, reads a PDF from standard input, writes what it read
/// ([`ChildReading`]) to standard output, leaving the pictures of pages without text in the
/// folder its parent named. The exit status carries the verdict; standard error the detail.
/// Started with [`RUN_LIMITED_FLAG`], it caps its memory and becomes the program named after it.
pub fn run_child_extractor() -> ExitCode {
    let limit =
        std::env::var(MEMORY_LIMIT_ENV).ok().and_then(|value| value.parse::<u64>().ok()).unwrap_or(MEMORY_LIMIT_BYTES);
    limit_own_memory(limit);
    let arguments: Vec<OsString> = std::env::args_os().collect();
    if let Some(at) = arguments.iter().position(|argument| argument == RUN_LIMITED_FLAG) {
        return become_limited(&arguments[at + 1..]);
    }
    let mut bytes = Vec::new();
    if let Err(error) = std::io::stdin().lock().take(INPUT_LIMIT + 1).read_to_end(&mut bytes) {
        eprintln!("cannot read the PDF from the parent: {error}");
        return ExitCode::from(EXIT_INPUT);
    }
    // The default hook would print a backtrace hint; the message alone goes to the parent.
    std::panic::set_hook(Box::new(|_| {}));
    let scan_folder = std::env::var_os(SCAN_FOLDER_ENV).map(PathBuf::from);
    let read = std::panic::catch_unwind(|| pages::read_pages(&bytes, scan_folder.as_deref()));
    match read {
        Ok(Ok(reading)) if reading.text.trim().is_empty() && reading.pages.iter().all(|page| page.scan.is_none()) => {
            ExitCode::from(EXIT_NO_TEXT)
        }
        Ok(Ok(mut reading)) => {
            reading.marks = crate::pdf_marks::find_page_marks_or_none(&bytes);
            let mut stdout = std::io::stdout().lock();
            match stdout.write_all(&reading.encode()).and_then(|()| stdout.flush()) {
                Ok(()) => ExitCode::SUCCESS,
                Err(_) => ExitCode::from(EXIT_INPUT),
            }
        }
        Ok(Err(error)) => {
            eprintln!("{error}");
            ExitCode::from(EXIT_UNREADABLE)
        }
        Err(panic) => {
            let message = panic
                .downcast_ref::<&str>()
                .map(|message| (*message).to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "no detail".to_string());
            eprintln!("the PDF library failed on it ({message})");
            ExitCode::from(EXIT_UNREADABLE)
        }
    }
}

/// Becomes `command` (program and arguments) under the memory cap already set.
#[cfg(unix)]
fn become_limited(command: &[OsString]) -> ExitCode {
    use std::os::unix::process::CommandExt;
    let Some((program, args)) = command.split_first() else {
        eprintln!("no program to run");
        return ExitCode::from(EXIT_INPUT);
    };
    // `exec` returns only when the program could not be started.
    let error = Command::new(program).args(args).exec();
    eprintln!("cannot start {}: {error}", program.to_string_lossy());
    ExitCode::from(EXIT_NOT_FOUND)
}

/// Without `exec`, the program runs as a child of this one, under the deadline only.
#[cfg(not(unix))]
fn become_limited(command: &[OsString]) -> ExitCode {
    let Some((program, args)) = command.split_first() else {
        return ExitCode::from(EXIT_INPUT);
    };
    match Command::new(program).args(args).status() {
        Ok(status) => ExitCode::from(status.code().and_then(|code| u8::try_from(code).ok()).unwrap_or(1)),
        Err(_) => ExitCode::from(EXIT_NOT_FOUND),
    }
}

/// Caps this process's address space, so a decompression bomb ends in a failed allocation
/// (an abort the parent reports) instead of swapping the machine. Linux enforces the limit;
/// other systems may accept and ignore it, where the time limit still holds.
#[cfg(unix)]
fn limit_own_memory(bytes: u64) {
    // Failing to lower the limit leaves the time limit in force; nothing better can be done.
    let _ = rlimit::setrlimit(rlimit::Resource::AS, bytes, bytes);
}

/// Windows has no per-process address-space limit without job objects; the time limit holds.
#[cfg(not(unix))]
fn limit_own_memory(_bytes: u64) {}

/// Waits for the child until the deadline; on timeout kills it, reaps it and returns `None`.
fn wait_with_deadline(child: &mut Child, time_limit: Duration) -> std::io::Result<Option<ExitStatus>> {
    let started = Instant::now();
    // Most PDFs take milliseconds: poll often at first, then back off.
    let mut pause = Duration::from_millis(1);
    loop {
        if let Some(status) = child.try_wait()? {
            return Ok(Some(status));
        }
        let elapsed = started.elapsed();
        if elapsed >= time_limit {
            // The child may have exited just now; either way it is gone after this.
            let _ = child.kill();
            let _ = child.wait();
            return Ok(None);
        }
        std::thread::sleep(pause.min(time_limit - elapsed));
        pause = (pause * 2).min(Duration::from_millis(25));
    }
}

/// Reads at most `limit` bytes from a pipe; closing it early tells the child to stop writing.
fn read_capped(pipe: Option<impl Read>, limit: u64) -> Vec<u8> {
    let mut bytes = Vec::new();
    if let Some(pipe) = pipe {
        let _ = pipe.take(limit).read_to_end(&mut bytes);
    }
    bytes
}

/// The per-file error for a child that did not exit cleanly.
fn failure(status: ExitStatus, errors: &str, memory_limit_bytes: u64) -> IngestError {
    let detail = errors.lines().rev().find(|line| !line.trim().is_empty()).unwrap_or("").trim();
    match status.code().and_then(|code| u8::try_from(code).ok()) {
        Some(EXIT_NO_TEXT) => return IngestError::PdfNoText,
        Some(EXIT_UNREADABLE) => return IngestError::PdfUnreadable(detail.to_string()),
        _ => {}
    }
    if errors.contains("memory allocation of") || errors.contains("out of memory") {
        return IngestError::PdfOutOfMemory { limit_mb: memory_limit_bytes / MB };
    }
    if errors.contains("overflowed its stack") {
        return IngestError::PdfCrashed("stack overflow in the PDF library".to_string());
    }
    let how = match (status.code(), signal_of(&status)) {
        (Some(code), _) => format!("exit status {code}"),
        (None, Some(signal)) => format!("killed by signal {signal}"),
        (None, None) => "stopped".to_string(),
    };
    if detail.is_empty() {
        IngestError::PdfCrashed(how)
    } else {
        IngestError::PdfCrashed(format!("{how}: {detail}"))
    }
}

#[cfg(unix)]
fn signal_of(status: &ExitStatus) -> Option<i32> {
    std::os::unix::process::ExitStatusExt::signal(status)
}

#[cfg(not(unix))]
fn signal_of(_status: &ExitStatus) -> Option<i32> {
    None
}

/// Tidies a PDF's text layer: typographic ligatures unfolded (so "ﬁnal" reads "final"), line
/// ends trimmed, runs of blank lines folded to one.
pub fn tidy_pdf_text(text: &str) -> String {
    let mut tidy = String::with_capacity(text.len());
    let mut n_blank = 0;
    for line in text.lines() {
        let line = line.trim_end();
        if line.trim().is_empty() {
            n_blank += 1;
            continue;
        }
        if !tidy.is_empty() {
            tidy.push_str(if n_blank > 0 { "\n\n" } else { "\n" });
        }
        n_blank = 0;
        for c in line.chars() {
            match c {
                '\u{FB00}' => tidy.push_str("ff"),
                '\u{FB01}' => tidy.push_str("fi"),
                '\u{FB02}' => tidy.push_str("fl"),
                '\u{FB03}' => tidy.push_str("ffi"),
                '\u{FB04}' => tidy.push_str("ffl"),
                '\u{FB05}' | '\u{FB06}' => tidy.push_str("st"),
                '\x0c' => {}
                other => tidy.push(other),
            }
        }
    }
    if !tidy.is_empty() {
        tidy.push('\n');
    }
    tidy
}
