//! Scanned pages to text with Tesseract, run as a child process under a time and a memory
//! limit like the PDF reader; pages that are not one plain picture are rendered with
//! `pdftoppm` (poppler) first. Neither program is bundled: when one is missing, the file's
//! error says how to install it, and the file is not stored, so importing it again after
//! installing reads it.
//!
//! Each page's text is rebuilt from Tesseract's word table (TSV), with its mean word
//! confidence, so a reviewer can see how far to trust what was read.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use crate::error::IngestError;
use crate::pdf::reading::{ChildReading, PageScan};
use crate::pdf::{limited_command, run_with_deadline, ChildCommand, EXIT_NOT_FOUND};

const MB: u64 = 1024 * 1024;

/// How long the OCR of one page may take (a dense A4 page at 300 dpi takes seconds).
pub const OCR_PAGE_TIME_LIMIT: Duration = Duration::from_secs(120);

/// How long rendering one page may take.
pub const RENDER_PAGE_TIME_LIMIT: Duration = Duration::from_secs(60);

/// The address space Tesseract or the renderer may use.
pub const OCR_MEMORY_LIMIT_BYTES: u64 = 2048 * MB;

/// More scanned pages than this in one PDF is a bundle of annexes, not a letter: reading them
/// would hold the import for an hour.
pub const MAX_SCANNED_PAGES: usize = 200;

/// The resolution pages are rendered at: what Tesseract reads best.
const RENDER_DPI: &str = "300";

/// One scanned page read by OCR.
#[derive(Debug, Clone, PartialEq)]
pub struct OcrPage {
    /// The page number, from 1.
    pub number: u32,
    /// What was read, lines and paragraphs as Tesseract found them.
    pub text: String,
    /// The mean confidence of the words read, 0 to 100; `None` when no word was read.
    pub confidence: Option<f32>,
}

/// How to install Tesseract on the platform this build runs on, with poppler beside it: a scan
/// that is not one picture per page needs poppler's `pdftoppm` too, and one command installs both.
pub fn tesseract_install_hint() -> &'static str {
    if cfg!(target_os = "macos") {
        "install it with Homebrew: brew install tesseract poppler"
    } else if cfg!(windows) {
        "install it with the Tesseract installer for Windows (the UB Mannheim build) and poppler for Windows, \
         and add both folders to PATH"
    } else {
        "install it with your package manager (Debian and Ubuntu: sudo apt-get install tesseract-ocr tesseract-ocr-eng \
         poppler-utils; Fedora: sudo dnf install tesseract tesseract-langpack-eng poppler-utils)"
    }
}

/// How to install `pdftoppm` on the platform this build runs on.
pub fn pdftoppm_install_hint() -> &'static str {
    if cfg!(target_os = "macos") {
        "install poppler with Homebrew: brew install poppler"
    } else if cfg!(windows) {
        "install poppler for Windows and add its bin folder to PATH"
    } else {
        "install poppler (Debian and Ubuntu: sudo apt-get install poppler-utils; Fedora: sudo dnf install poppler-utils)"
    }
}

/// Reads every scanned page of a PDF the child read: the picture it left in `folder`, or the
/// page rendered from `pdf_bytes`. Returns nothing when no page is a scan.
pub fn read_scanned_pages(
    reading: &ChildReading,
    pdf_bytes: &[u8],
    folder: &Path,
    host: &ChildCommand,
) -> Result<Vec<OcrPage>, IngestError> {
    let scanned: Vec<(u32, &PageScan)> =
        reading.pages.iter().filter_map(|page| page.scan.as_ref().map(|scan| (page.number, scan))).collect();
    if scanned.is_empty() {
        return Ok(Vec::new());
    }
    if scanned.len() > MAX_SCANNED_PAGES {
        return Err(IngestError::TooManyScannedPages { n_pages: scanned.len(), limit: MAX_SCANNED_PAGES });
    }
    let tesseract = find_program(host.tesseract(), "tesseract")
        .ok_or(IngestError::OcrUnavailable { n_pages: scanned.len(), install: tesseract_install_hint() })?;
    let mut renderer: Option<PathBuf> = None;
    let mut pages = Vec::with_capacity(scanned.len());
    for (number, scan) in scanned {
        let image = match scan {
            PageScan::Image(name) => folder.join(name),
            PageScan::Render => {
                let pdftoppm = match &renderer {
                    Some(pdftoppm) => pdftoppm.clone(),
                    None => {
                        let pdftoppm = find_program(None, "pdftoppm")
                            .ok_or(IngestError::PageRenderUnavailable { install: pdftoppm_install_hint() })?;
                        std::fs::write(folder.join("document.pdf"), pdf_bytes).map_err(IngestError::Read)?;
                        renderer = Some(pdftoppm.clone());
                        pdftoppm
                    }
                };
                render_page(&pdftoppm, folder, number, host)?
            }
        };
        pages.push(ocr_page(&tesseract, &image, number, host)?);
    }
    Ok(pages)
}

/// Renders one page to a grey PGM picture with `pdftoppm`.
fn render_page(pdftoppm: &Path, folder: &Path, number: u32, host: &ChildCommand) -> Result<PathBuf, IngestError> {
    let prefix = folder.join(format!("render-{number}"));
    let mut command = limited_command(host, OCR_MEMORY_LIMIT_BYTES, pdftoppm);
    let page = number.to_string();
    command.args(["-f", &page, "-l", &page, "-r", RENDER_DPI, "-gray", "-singlefile"]);
    command.arg(folder.join("document.pdf")).arg(&prefix);
    let run = run_with_deadline(command, &[], RENDER_PAGE_TIME_LIMIT, 64 * 1024)
        .map_err(|error| IngestError::OcrFailed { page: number, detail: format!("cannot start pdftoppm: {error}") })?;
    match run.status {
        Ok(Some(status)) if status.success() => {}
        Ok(Some(status)) if status.code() == Some(i32::from(EXIT_NOT_FOUND)) => {
            return Err(IngestError::PageRenderUnavailable { install: pdftoppm_install_hint() })
        }
        Ok(Some(_)) | Err(_) => {
            return Err(IngestError::OcrFailed { page: number, detail: last_line(&run.stderr, "pdftoppm failed") })
        }
        Ok(None) => return Err(IngestError::OcrTimeout { page: number, seconds: RENDER_PAGE_TIME_LIMIT.as_secs() }),
    }
    let rendered = prefix.with_extension("pgm");
    if rendered.is_file() {
        Ok(rendered)
    } else {
        Err(IngestError::OcrFailed { page: number, detail: "pdftoppm wrote no picture".to_string() })
    }
}

/// Reads one picture with Tesseract (English, automatic page layout), one thread, under limits.
fn ocr_page(tesseract: &Path, image: &Path, number: u32, host: &ChildCommand) -> Result<OcrPage, IngestError> {
    let mut command: Command = limited_command(host, OCR_MEMORY_LIMIT_BYTES, tesseract);
    command.arg(image).args(["stdout", "-l", "eng", "--psm", "3", "tsv"]);
    // Two cores serve the whole import; one page's threads must not take both.
    command.env("OMP_THREAD_LIMIT", "1");
    let run = run_with_deadline(command, &[], OCR_PAGE_TIME_LIMIT, 64 * MB)
        .map_err(|error| IngestError::OcrFailed { page: number, detail: format!("cannot start Tesseract: {error}") })?;
    let errors = String::from_utf8_lossy(&run.stderr);
    match run.status {
        Ok(Some(status)) if status.success() => {}
        Ok(Some(status)) if status.code() == Some(i32::from(EXIT_NOT_FOUND)) => {
            return Err(IngestError::OcrUnavailable { n_pages: 1, install: tesseract_install_hint() })
        }
        _ if errors.contains("Failed loading language") => {
            return Err(IngestError::OcrUnavailable { n_pages: 1, install: tesseract_install_hint() })
        }
        Ok(None) => return Err(IngestError::OcrTimeout { page: number, seconds: OCR_PAGE_TIME_LIMIT.as_secs() }),
        Ok(Some(_)) | Err(_) => {
            return Err(IngestError::OcrFailed { page: number, detail: last_line(&run.stderr, "Tesseract failed") })
        }
    }
    let (text, confidence) = text_of_word_table(&String::from_utf8_lossy(&run.stdout));
    Ok(OcrPage { number, text, confidence })
}

/// Rebuilds a page's text from Tesseract's TSV word table: words of a line joined by spaces,
/// lines by newlines, paragraphs and blocks by a blank line; and the words' mean confidence.
///
/// A line whose only pipe is a word of its own had a capital I misread (Tesseract's most
/// common confusion in letters): one pipe separates no table cells, so it is read as "I".
pub fn text_of_word_table(tsv: &str) -> (String, Option<f32>) {
    // (block, paragraph, line) and the words of each line, in reading order.
    let mut lines: Vec<((String, String, String), Vec<String>)> = Vec::new();
    let (mut confidence_sum, mut n_words) = (0.0f64, 0usize);
    for row in tsv.lines().skip(1) {
        let columns: Vec<&str> = row.split('\t').collect();
        let [level, _page, block, paragraph, line, _word, _left, _top, _width, _height, confidence, word] =
            columns.as_slice()
        else {
            continue;
        };
        let word = word.trim();
        let Ok(confidence) = confidence.trim().parse::<f64>() else { continue };
        if *level != "5" || word.is_empty() || confidence < 0.0 {
            continue;
        }
        let key = (block.to_string(), paragraph.to_string(), line.to_string());
        match lines.last_mut() {
            Some((last, words)) if *last == key => words.push(word.to_string()),
            _ => lines.push((key, vec![word.to_string()])),
        }
        confidence_sum += confidence;
        n_words += 1;
    }
    let mut text = String::new();
    let mut previous: Option<&(String, String, String)> = None;
    for (key, words) in &lines {
        match previous {
            Some(last) if (&last.0, &last.1) != (&key.0, &key.1) => text.push_str("\n\n"),
            Some(_) => text.push('\n'),
            None => {}
        }
        let n_pipes: usize = words.iter().map(|word| word.matches('|').count()).sum();
        let words: Vec<&str> =
            words.iter().map(|word| if n_pipes == 1 && word == "|" { "I" } else { word.as_str() }).collect();
        text.push_str(&words.join(" "));
        previous = Some(key);
    }
    if !text.is_empty() {
        text.push('\n');
    }
    let confidence = (n_words > 0).then(|| (confidence_sum / n_words as f64) as f32);
    (text, confidence)
}

/// The program `named` (a path or a name), else `name`, found as a file on `PATH`.
fn find_program(named: Option<&Path>, name: &str) -> Option<PathBuf> {
    let wanted = named.map_or_else(|| PathBuf::from(name), Path::to_path_buf);
    if wanted.components().count() > 1 {
        return wanted.is_file().then_some(wanted);
    }
    let executable_names: Vec<PathBuf> =
        if cfg!(windows) { vec![wanted.with_extension("exe"), wanted.clone()] } else { vec![wanted.clone()] };
    std::env::split_paths(&std::env::var_os("PATH")?)
        .flat_map(|folder| executable_names.iter().map(move |name| folder.join(name)).collect::<Vec<_>>())
        .find(|candidate| candidate.is_file())
}

/// The last line a program wrote on standard error, or `fallback`.
fn last_line(stderr: &[u8], fallback: &str) -> String {
    let errors = String::from_utf8_lossy(stderr);
    errors.lines().rev().map(str::trim).find(|line| !line.is_empty()).unwrap_or(fallback).to_string()
}
