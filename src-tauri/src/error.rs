//! The one error type commands return: `{kind, message}` on the wire, so the UI can branch on
//! `kind` and show `message` to the user.

use serde::Serialize;
use ts_rs::TS;

/// An error as the UI receives it.
#[derive(Debug, Clone, Serialize, TS, thiserror::Error)]
#[error("{message}")]
pub struct CommandError {
    /// A stable, machine-readable category: `not_found`, `library_unavailable`, `database`,
    /// `dialog`, `export`, `invalid`, `unreadable` (a file that cannot be read again), `internal`.
    pub kind: String,
    /// A sentence for the user.
    pub message: String,
}

impl CommandError {
    pub(crate) fn new(kind: &str, message: impl Into<String>) -> Self {
        CommandError { kind: kind.to_string(), message: message.into() }
    }
}

impl From<disclosure_store::StoreError> for CommandError {
    fn from(error: disclosure_store::StoreError) -> Self {
        use disclosure_store::StoreError;
        let kind = match &error {
            StoreError::DocumentNotFound(_) => "not_found",
            StoreError::NewerSchema { .. } | StoreError::Open { .. } | StoreError::CreateFolder { .. } => {
                "library_unavailable"
            }
            _ => "database",
        };
        // The full chain is logged once here, at the boundary; the UI gets one sentence.
        eprintln!("command failed: {error:?}");
        CommandError::new(kind, error.to_string())
    }
}

impl From<disclosure_library::correcting::CorrectionError> for CommandError {
    fn from(error: disclosure_library::correcting::CorrectionError) -> Self {
        use disclosure_library::correcting::CorrectionError;
        match error {
            CorrectionError::Store(error) => error.into(),
            // The reviewer's input: the sentence says what to type instead.
            invalid => CommandError::new("invalid", invalid.to_string()),
        }
    }
}

impl From<disclosure_library::redacting::RedactionError> for CommandError {
    fn from(error: disclosure_library::redacting::RedactionError) -> Self {
        use disclosure_library::redacting::RedactionError;
        match error {
            RedactionError::Store(error) => error.into(),
            invalid => CommandError::new("invalid", invalid.to_string()),
        }
    }
}

impl From<disclosure_library::flagging::FlagError> for CommandError {
    fn from(error: disclosure_library::flagging::FlagError) -> Self {
        // Always the reviewer's input: the sentence says what to give instead.
        CommandError::new("invalid", error.to_string())
    }
}

impl From<disclosure_library::reading_again::ReadAgainError> for CommandError {
    fn from(error: disclosure_library::reading_again::ReadAgainError) -> Self {
        use disclosure_library::reading_again::ReadAgainError;
        match error {
            ReadAgainError::Store(error) => error.into(),
            ReadAgainError::NoSourceFile { .. } => CommandError::new("invalid", error.to_string()),
            ReadAgainError::FileUnreadable { .. } => CommandError::new("not_found", error.to_string()),
            // The sentence says what is missing and how to install it.
            ReadAgainError::Unreadable(_) => CommandError::new("unreadable", error.to_string()),
        }
    }
}

impl From<disclosure_library::flagging::VerdictError> for CommandError {
    fn from(error: disclosure_library::flagging::VerdictError) -> Self {
        use disclosure_library::flagging::VerdictError;
        match error {
            VerdictError::Store(error) => error.into(),
            VerdictError::Invalid(error) => error.into(),
            gone @ (VerdictError::NoSuchQuestion(_) | VerdictError::CitationGone) => {
                CommandError::new("not_found", gone.to_string())
            }
        }
    }
}

impl From<tauri::Error> for CommandError {
    fn from(error: tauri::Error) -> Self {
        eprintln!("command failed: {error:?}");
        CommandError::new("internal", error.to_string())
    }
}

/// The result of every command.
pub type CommandResult<T> = Result<T, CommandError>;
