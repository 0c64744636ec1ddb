//! One file's bytes to text: which format it is, whether it is within limits, what it says.

use crate::decode::{binary_signature, decode, looks_binary};
use crate::docx::docx_to_text;
use crate::email::read_email;
use crate::error::IngestError;
use crate::html::{declared_encoding, html_to_text, nesting_depth, MAX_NESTING};
use crate::pdf::{read_pdf_in_child, ChildCommand, PageRead};
use crate::spreadsheet::{csv_to_text, workbook_to_text, WorkbookKind};

const MB: u64 = 1024 * 1024;

/// The formats Disclosure Desk reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text in any common encoding.
    Txt,
    /// A saved web page.
    Html,
    /// A PDF: its text layer, and its scanned pages by OCR, read in separate processes.
    Pdf,
    /// A Word document (Office Open XML).
    Docx,
    /// An e-mail message; its attachments become documents of their own.
    Eml,
    /// An Excel workbook (Office Open XML, `.xlsx` or `.xlsm`): each sheet a table.
    Xlsx,
    /// An Excel 97–2003 workbook (`.xls`).
    Xls,
    /// An OpenDocument spreadsheet (`.ods`).
    Ods,
    /// Comma- (or semicolon- or tab-) separated values: one table.
    Csv,
}

impl Format {
    /// The name stored in the library and shown to the user.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Txt => "txt",
            Format::Html => "html",
            Format::Pdf => "pdf",
            Format::Docx => "docx",
            Format::Eml => "eml",
            Format::Xlsx => "xlsx",
            Format::Xls => "xls",
            Format::Ods => "ods",
            Format::Csv => "csv",
        }
    }

    /// The largest file of this format that is read at all.
    pub fn size_limit(self) -> u64 {
        match self {
            Format::Txt => 200 * MB,
            // A page is parsed into a DOM several times its size; beyond this it is not a letter.
            Format::Html => 50 * MB,
            // Letters with scanned annexes run to tens of megabytes; beyond this the reader
            // child would spend its whole time limit.
            Format::Pdf => 100 * MB,
            // Compressed size; what it unpacks to has its own cap (`docx::UNPACKED_LIMIT`).
            Format::Docx => 50 * MB,
            // Attachments travel base64-encoded, a third larger than the files themselves.
            Format::Eml => 100 * MB,
            // Compressed size; what the parts unpack to has its own cap (`archive::ARCHIVE_UNPACKED_LIMIT`).
            Format::Xlsx | Format::Ods => 50 * MB,
            // Not compressed: a million rows of a few columns fit.
            Format::Xls => 100 * MB,
            // What the rows write out to is capped too (`spreadsheet::TEXT_LIMIT`).
            Format::Csv => 100 * MB,
        }
    }

    /// The format a file name announces, or why it is not read.
    pub fn from_file_name(file_name: &str) -> Result<Format, IngestError> {
        let extension = file_name.rsplit_once('.').map(|(_, extension)| extension.to_ascii_lowercase());
        match extension.as_deref() {
            Some("txt" | "text") => Ok(Format::Txt),
            Some("html" | "htm" | "xhtml") => Ok(Format::Html),
            Some("pdf") => Ok(Format::Pdf),
            Some("docx") => Ok(Format::Docx),
            Some("eml") => Ok(Format::Eml),
            Some("xlsx" | "xlsm") => Ok(Format::Xlsx),
            Some("xls") => Ok(Format::Xls),
            Some("ods") => Ok(Format::Ods),
            Some("csv") => Ok(Format::Csv),
            Some(other) => Err(IngestError::Unsupported(format!(".{other} files"))),
            None => Err(IngestError::Unsupported("files without an extension".to_string())),
        }
    }
}

/// Text extracted from one file.
#[derive(Debug, Clone, PartialEq)]
pub struct Extracted {
    /// The text as the reader will see it.
    pub text: String,
    /// The format it was read as.
    pub format: Format,
    /// The encoding of the original bytes.
    pub encoding: &'static str,
    /// When the file says it was made (PDF and Word metadata), for letters that print no date.
    pub created: Option<chrono::NaiveDate>,
    /// Redaction marks drawn on the pages (PDF only), to be placed in the text by the core.
    pub page_marks: Vec<disclosure_core::redactions::PageMark>,
    /// A PDF's pages, each read from its text layer or by OCR; empty for other formats.
    pub pages: Vec<PageRead>,
}

/// Checks the size limit before a file is read into memory.
pub fn check_size(format: Format, size: u64) -> Result<(), IngestError> {
    if size == 0 {
        return Err(IngestError::Empty);
    }
    let limit = format.size_limit();
    if size > limit {
        return Err(IngestError::TooLarge {
            size_mb: size as f64 / MB as f64,
            limit_mb: limit / MB,
            format: format.as_str(),
        });
    }
    Ok(())
}

/// Extracts the text of a file from its name and bytes. Never panics on any bytes.
///
/// A PDF is read by a child process running this very program (see [`crate::pdf`]); use
/// [`extract_text_with`] to name another reader program.
pub fn extract_text(file_name: &str, bytes: &[u8]) -> Result<Extracted, IngestError> {
    extract_text_with(file_name, bytes, &ChildCommand::this_program())
}

/// Extracts the text of a file, reading a PDF with the child process `pdf_reader`.
pub fn extract_text_with(file_name: &str, bytes: &[u8], pdf_reader: &ChildCommand) -> Result<Extracted, IngestError> {
    let format = Format::from_file_name(file_name)?;
    check_size(format, bytes.len() as u64)?;
    let mut pages = Vec::new();
    let mut page_marks = Vec::new();
    let (text, created) = match format {
        Format::Txt | Format::Html => return extract_markup(format, bytes),
        Format::Pdf => {
            let pdf = read_pdf_in_child(bytes, pdf_reader)?;
            pages = pdf.pages;
            page_marks = pdf.page_marks;
            (pdf.text, crate::created::pdf_created(bytes))
        }
        Format::Docx => (docx_to_text(bytes)?, crate::docx::docx_created(bytes)),
        Format::Eml => (read_email(bytes)?.text, None),
        Format::Xlsx => (workbook_to_text(WorkbookKind::Xlsx, bytes)?, None),
        Format::Xls => (workbook_to_text(WorkbookKind::Xls, bytes)?, None),
        Format::Ods => (workbook_to_text(WorkbookKind::Ods, bytes)?, None),
        Format::Csv => {
            let (text, encoding) = csv_to_text(bytes)?;
            if text.trim().is_empty() {
                return Err(IngestError::NoText);
            }
            return Ok(Extracted { text, format, encoding, created: None, page_marks: Vec::new(), pages });
        }
    };
    if text.trim().is_empty() {
        return Err(IngestError::NoText);
    }
    // These formats carry their own encodings inside; what reaches the library is UTF-8.
    Ok(Extracted { text, format, encoding: "UTF-8", created, page_marks, pages })
}

/// Plain text and web pages: decoded from whatever encoding they are in.
fn extract_markup(format: Format, bytes: &[u8]) -> Result<Extracted, IngestError> {
    if let Some(kind) = binary_signature(bytes) {
        return Err(IngestError::Binary { detail: Some(kind) });
    }
    let declared = match format {
        Format::Html => declared_encoding(bytes),
        _ => None,
    };
    let decoded = decode(bytes, declared);
    if looks_binary(bytes, &decoded) {
        return Err(IngestError::Binary { detail: None });
    }
    let text = match format {
        Format::Html => {
            let depth = nesting_depth(&decoded.text);
            if depth > MAX_NESTING {
                return Err(IngestError::TooDeeplyNested { depth, limit: MAX_NESTING });
            }
            html_to_text(&decoded.text)
        }
        _ => decoded.text,
    };
    if text.trim().is_empty() {
        return Err(IngestError::NoText);
    }
    Ok(Extracted { text, format, encoding: decoded.encoding, created: None, page_marks: Vec::new(), pages: Vec::new() })
}
