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
}
