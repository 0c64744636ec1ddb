//! Bringing files into the Disclosure Desk library.
//!
//! [`extract`] turns one file's bytes into text (detecting format and encoding, refusing what it
//! cannot read with a reason); [`batch`] walks files and folders, reads the letters on a few
//! threads and stores them in groups from one, going on past bad files. Parsing the text into structure belongs to
//! `disclosure-core`; SQL belongs to `disclosure-store`. A PDF is never read in the calling
//! process: [`pdf`] runs its reader in a child process with time and memory limits. The review
//! work done on stored letters (notes, flags, threads, the register) is `disclosure-library`'s.
//!
//! ```
//! let extracted = disclosure_ingest::extract::extract_text("letter.txt", b"Dear requester").unwrap();
//! assert_eq!(extracted.text, "Dear requester");
//! ```
#![deny(missing_docs)]

pub mod archive;
pub mod batch;
pub mod created;
pub mod decode;
pub mod docx;
pub mod email;
pub mod error;
pub mod extract;
pub mod findings;
pub mod html;
pub mod ocr;
pub mod pdf;
pub mod pdf_marks;
mod readers;
pub mod spreadsheet;

pub use batch::{
    import_paths, import_paths_with, import_samples, FileOutcome, FileStatus, ImportProgress, ImportReport,
};
pub use error::IngestError;
pub use extract::{Extracted, Format};
pub use pdf::ChildCommand;
