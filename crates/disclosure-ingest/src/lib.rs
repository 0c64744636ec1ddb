//! Bringing files into the Disclosure Desk library.
//!
//! [`extract`] turns one file's bytes into text (detecting format and encoding, refusing what it
//! cannot read with a reason); [`batch`] walks files and folders and stores each one in its own
//! transaction, going on past bad files. Parsing the text into structure belongs to
//! `disclosure-core`; SQL belongs to `disclosure-store`.
//!
//! ```
//! let extracted = disclosure_ingest::extract::extract_text("letter.txt", b"Dear requester").unwrap();
//! assert_eq!(extracted.text, "Dear requester");
//! ```
#![deny(missing_docs)]

pub mod batch;
pub mod decode;
pub mod error;
pub mod extract;
pub mod html;
pub mod refresh;

pub use batch::{import_paths, import_samples, FileOutcome, FileStatus, ImportProgress, ImportReport};
pub use error::IngestError;
pub use extract::{Extracted, Format};
