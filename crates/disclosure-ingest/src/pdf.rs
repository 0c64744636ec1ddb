//! PDF to text in a separate process: the text layer only, never OCR.
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

/// How to start the PDF reader child: which program, with which arguments, and its limits.
///
/// Injectable so tests can run a purpose-built binary (or one that hangs or crashes).
#[derive(Debug, Clone)]
pub struct ChildCommand {
    program: PathBuf,
    args: Vec<OsString>,
    time_limit: Duration,
    memory_limit_bytes: u64,
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
        }
    }

    /// The same command with another time limit.
    pub fn with_time_limit(mut self, time_limit: Duration) -> ChildCommand {
        self.time_limit = time_limit;
        self
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
/// memory limits. Every way the child can fail becomes a per-file [`IngestError`].
pub fn extract_in_child(bytes: &[u8], command: &ChildCommand) -> Result<String, IngestError> {
    extract_with_marks_in_child(bytes, command).map(|(text, _)| text)
}

/// [`extract_in_child`], with the redaction marks found on the pages ([`crate::pdf_marks`]).
pub fn extract_with_marks_in_child(
    bytes: &[u8],
    command: &ChildCommand,
) -> Result<(String, Vec<disclosure_core::redactions::PageMark>), IngestError> {
    let mut child = Command::new(&command.program)
        .args(&command.args)
        .env(MEMORY_LIMIT_ENV, command.memory_limit_bytes.to_string())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(IngestError::PdfReaderStart)?;
    let (stdin, stdout, stderr) = (child.stdin.take(), child.stdout.take(), child.stderr.take());
    // Writing, reading and waiting run at once: a child blocked on a full pipe must not
    // deadlock the import, and the deadline must hold whatever the child does.
    let (status, text, errors) = std::thread::scope(|scope| {
        scope.spawn(move || {
            if let Some(mut stdin) = stdin {
                // A child that dies early closes the pipe; its exit status tells why.
                let _ = stdin.write_all(bytes);
            }
        });
        let text = scope.spawn(move || read_capped(stdout, TEXT_LIMIT + 1));
        let errors = scope.spawn(move || read_capped(stderr, STDERR_LIMIT));
        let status = wait_with_deadline(&mut child, command.time_limit);
        (status, text.join().unwrap_or_default(), errors.join().unwrap_or_default())
    });
    let errors = String::from_utf8_lossy(&errors);
    let status = match status {
        Ok(Some(status)) => status,
        Ok(None) => return Err(IngestError::PdfTimeout { seconds: command.time_limit.as_secs().max(1) }),
        Err(error) => return Err(IngestError::PdfCrashed(format!("lost track of the reader: {error}"))),
    };
    if !status.success() {
        return Err(failure(status, &errors, command.memory_limit_bytes));
    }
    if text.len() as u64 > TEXT_LIMIT {
        return Err(IngestError::PdfUnreadable(format!("it holds more than {} MB of text", TEXT_LIMIT / MB)));
    }
    let output = String::from_utf8_lossy(&text);
    let (text, page_marks) = crate::pdf_marks::split_page_marks(&output);
    let text = tidy_pdf_text(text);
    if text.trim().is_empty() {
        return Err(IngestError::PdfNoText);
    }
    Ok((text, page_marks))
}

/// The child's side: caps its own memory, reads a PDF from standard input, writes its text as
/// UTF-8 to standard output. The exit status carries the verdict; standard error the detail.
pub fn run_child_extractor() -> ExitCode {
    let limit =
        std::env::var(MEMORY_LIMIT_ENV).ok().and_then(|value| value.parse::<u64>().ok()).unwrap_or(MEMORY_LIMIT_BYTES);
    limit_own_memory(limit);
    let mut bytes = Vec::new();
    if let Err(error) = std::io::stdin().lock().take(INPUT_LIMIT + 1).read_to_end(&mut bytes) {
        eprintln!("cannot read the PDF from the parent: {error}");
        return ExitCode::from(EXIT_INPUT);
    }
    // The default hook would print a backtrace hint; the message alone goes to the parent.
    std::panic::set_hook(Box::new(|_| {}));
    let extracted = std::panic::catch_unwind(|| pdf_extract::extract_text_from_mem(&bytes));
    match extracted {
        Ok(Ok(text)) if text.trim().is_empty() => ExitCode::from(EXIT_NO_TEXT),
        Ok(Ok(text)) => {
            let text = crate::pdf_marks::append_page_marks(&bytes, text);
            let mut stdout = std::io::stdout().lock();
            match stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush()) {
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
