//! What can go wrong with the library database, in terms a caller can act on.

use std::path::PathBuf;

/// Errors of the library database.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The file was written by a newer Disclosure Desk; it is left untouched.
    #[error(
        "the library at {path} was written by a newer version of Disclosure Desk (schema {found}, this version knows up to {supported}); update the app to open it"
    )]
    NewerSchema {
        /// The database file.
        path: PathBuf,
        /// The schema version found in the file.
        found: i64,
        /// The newest schema version this build knows.
        supported: i64,
    },
    /// The database could not be opened at all (missing folder, permissions, not a database).
    #[error("cannot open the library at {path}: {source}")]
    Open {
        /// The database file.
        path: PathBuf,
        /// What SQLite said.
        source: rusqlite::Error,
    },
    /// The folder for the database could not be created.
    #[error("cannot create the folder for the library at {path}: {source}")]
    CreateFolder {
        /// The folder.
        path: PathBuf,
        /// What the OS said.
        source: std::io::Error,
    },
    /// No per-user data folder is known on this system and none was given.
    #[error("no per-user data folder is known on this system; pass a database path")]
    NoDataFolder,
    /// A document that was asked for by id or reference does not exist.
    #[error("no document {0} in the library")]
    DocumentNotFound(String),
    /// A thread that was asked for by id does not exist.
    #[error("no thread {0} in the library")]
    ThreadNotFound(i64),
    /// A redaction flag that was asked for by id does not exist (or is already deleted).
    #[error("no redaction flag {0} in the library")]
    FlagNotFound(i64),
    /// A found redaction that was asked for by its key does not exist in that document.
    #[error("no redaction {key:?} in document {document_id}")]
    RedactionNotFound {
        /// The document.
        document_id: i64,
        /// The key asked for.
        key: String,
    },
    /// A redaction's provision corrected to nothing; dismiss it instead.
    #[error("a corrected redaction needs the provision it was made under")]
    RedactionWithoutProvision,
    /// A redaction flag must name at least one provision.
    #[error("a redaction flag needs at least one provision")]
    FlagWithoutProvision,
    /// An annotation that was asked for by id does not exist.
    #[error("no annotation {0} in the library")]
    AnnotationNotFound(i64),
    /// A review status other than `unreviewed`, `in_review`, `reviewed` or `follow_up`.
    #[error("unknown review status {0:?}: use unreviewed, in_review, reviewed or follow_up")]
    UnknownReviewStatus(String),
    /// A fact other than `authority`, `date`, `reference` or `decision` was named for a correction.
    #[error("unknown field {0:?}: a correction is of authority, date, reference or decision")]
    UnknownCorrectedField(String),
    /// A correction with a blank value; clearing a correction is asked for as such.
    #[error("the corrected {0} is empty; clear the correction instead to go back to the value read from the letter")]
    EmptyCorrection(String),
    /// A backup file failed its check and was not used (or not kept).
    #[error("the backup {path} failed its check: {found}")]
    BackupCheck {
        /// The backup file.
        path: PathBuf,
        /// What the check found.
        found: String,
    },
    /// A backup file or folder could not be written, moved or listed.
    #[error("backup file error at {path}: {source}")]
    BackupFile {
        /// The file or folder.
        path: PathBuf,
        /// What the OS said.
        source: std::io::Error,
    },
    /// Any other SQLite failure.
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
}

/// Result of a store operation.
pub type Result<T, E = StoreError> = std::result::Result<T, E>;
