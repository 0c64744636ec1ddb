//! Why one file could not be brought into the library. Each variant is a per-file message.

use std::path::PathBuf;

/// Why a file was not imported. The batch reports it and goes on with the next file.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    /// The file could not be read from disk.
    #[error("cannot read the file: {0}")]
    Read(#[source] std::io::Error),
    /// The file is larger than the format's limit.
    #[error("the file is {size_mb:.1} MB, over the {limit_mb} MB limit for {format} files")]
    TooLarge {
        /// Size in megabytes.
        size_mb: f64,
        /// Limit in megabytes.
        limit_mb: u64,
        /// The format whose limit applies.
        format: &'static str,
    },
    /// The file has no bytes.
    #[error("the file is empty")]
    Empty,
    /// The file holds no readable text once extracted.
    #[error("the file contains no readable text")]
    NoText,
    /// The bytes are not text (an executable, an image, an archive …).
    #[error("the file is binary, not text{}", .detail.map(|d| format!(" ({d})")).unwrap_or_default())]
    Binary {
        /// What the bytes look like, when recognised.
        detail: Option<&'static str>,
    },
    /// A web page nested far deeper than any real page; parsing it would stall the import.
    #[error("the page nests its elements {depth} levels deep (the limit is {limit}); it is not a letter")]
    TooDeeplyNested {
        /// Estimated depth.
        depth: usize,
        /// The limit.
        limit: usize,
    },
    /// A PDF with no text layer and no words that OCR could read from its pictures.
    #[error("this PDF holds no readable text: it has no text layer, and OCR read no words from its pages")]
    PdfNoText,
    /// A scanned PDF, and Tesseract is not installed to read it.
    #[error("this PDF has {n_pages} scanned page(s) and Tesseract, which reads them, is not installed: {install}; then import the file again")]
    OcrUnavailable {
        /// Scanned pages that wait for OCR.
        n_pages: usize,
        /// How to install Tesseract on this platform.
        install: &'static str,
    },
    /// A scanned page that must be rendered before OCR, and `pdftoppm` is not installed.
    #[error("a scanned page of this PDF must be rendered before OCR, and pdftoppm is not installed: {install}; then import the file again")]
    PageRenderUnavailable {
        /// How to install poppler's `pdftoppm` on this platform.
        install: &'static str,
    },
    /// OCR or rendering of one page failed.
    #[error("reading page {page} of this scan failed: {detail}")]
    OcrFailed {
        /// The page number, from 1.
        page: u32,
        /// What the program said.
        detail: String,
    },
    /// OCR or rendering of one page ran past its time limit and was stopped.
    #[error("reading page {page} of this scan took longer than {seconds} s and was stopped")]
    OcrTimeout {
        /// The page number, from 1.
        page: u32,
        /// The time limit in seconds.
        seconds: u64,
    },
    /// More scanned pages than any letter has.
    #[error("this PDF has {n_pages} scanned pages, more than the {limit} read by OCR in one file")]
    TooManyScannedPages {
        /// Scanned pages found.
        n_pages: usize,
        /// The limit.
        limit: usize,
    },
    /// The PDF reader refused the file (damaged, encrypted, not a PDF at all).
    #[error("cannot read this PDF: {0}")]
    PdfUnreadable(String),
    /// The PDF reader ran past its time limit and was stopped.
    #[error("reading this PDF took longer than {seconds} s and was stopped; the file may be damaged")]
    PdfTimeout {
        /// The time limit in seconds.
        seconds: u64,
    },
    /// The PDF reader needed more memory than it is allowed.
    #[error("reading this PDF needed more than {limit_mb} MB of memory and was stopped; the file may be damaged")]
    PdfOutOfMemory {
        /// The memory limit in megabytes.
        limit_mb: u64,
    },
    /// The PDF reader process died on this file (a crash of the PDF library, not of the import).
    #[error("the PDF reader crashed on this file ({0})")]
    PdfCrashed(String),
    /// The separate PDF reader process could not be started.
    #[error("cannot start the PDF reader process: {0}")]
    PdfReaderStart(#[source] std::io::Error),
    /// A Word document whose parts cannot be read.
    #[error("cannot read this Word document: {0}")]
    Docx(String),
    /// An archive (a .docx is a zip) that unpacks to far more than any letter.
    #[error("the document unpacks to more than {limit_mb} MB; it is refused as a possible zip bomb")]
    UnpacksTooLarge {
        /// The limit in megabytes.
        limit_mb: u64,
    },
    /// A spreadsheet whose workbook or parts cannot be read.
    #[error("cannot read this spreadsheet: {0}")]
    Spreadsheet(String),
    /// Sheets that write out to more text than any disclosure holds (a million rows of many
    /// columns); refused rather than half read.
    #[error("the sheets hold more than {limit_mb} MB of text; the spreadsheet is refused as too large to read")]
    SheetsTooLarge {
        /// The limit in megabytes.
        limit_mb: u64,
    },
    /// An e-mail that cannot be read as a MIME message.
    #[error("cannot read this e-mail: {0}")]
    Email(String),
    /// A format Disclosure Desk does not read yet.
    #[error("format not supported yet: {0}")]
    Unsupported(String),
    /// A folder walk failed on one entry.
    #[error("cannot read the folder entry {path}: {message}")]
    Walk {
        /// The entry.
        path: PathBuf,
        /// What went wrong.
        message: String,
    },
    /// The library refused the document.
    #[error("the library could not store it: {0}")]
    Store(#[from] disclosure_store::StoreError),

    /// Reading this file stopped on a fault of the reader itself, not of the file; nothing of
    /// it was stored.
    #[error("reading this file failed on a fault of Disclosure Desk's reader; nothing of it was stored")]
    ReaderFailed,

    /// The group this file was stored with could not be committed; nothing of it was kept.
    #[error("the library could not store it (nothing of its group was kept, import it again): {0}")]
    GroupNotStored(String),
}
