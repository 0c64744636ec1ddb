//! Redactions in the documents themselves, for the CLI and the app alike: a letter's
//! redactions with the reviewer's decisions, and those decisions (confirm, correct the
//! provision, dismiss), checked and stored.
//!
//! Finding and tying is the core's ([`disclosure_core::redactions`]); what a reading stores of
//! them is the import's ([`disclosure_ingest::findings::read_redaction_findings`]); keeping is the store's.

use disclosure_store::{RedactionRow, RedactionVerdict, Store, StoreError, REVIEWER_NAME};

/// The warning a box with words still under it carries.
pub const TEXT_SURVIVES: &str = "the text under this redaction is still in the file";

/// What the reviewer says about one redaction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RedactionAction {
    /// A redaction under the provision found.
    Confirm,
    /// A redaction under this provision ("s40(2)", "43").
    Correct(String),
    /// Not a redaction.
    Dismiss,
    /// Take back an earlier decision.
    Undo,
}

/// Why a decision was refused; nothing is stored then.
#[derive(Debug, thiserror::Error)]
pub enum RedactionError {
    /// The corrected provision does not start with a section number.
    #[error("{0:?} is not a provision: write it as 40(2), s43 or regulation 12(5)(b)")]
    NotAProvision(String),
    /// The library refused or failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Stores the reviewer's decision on the redaction `key` of a document (committed before this
/// returns) and gives the document's redactions as they now stand. Without `reviewer`, the
/// name in the library's preferences is recorded.
pub fn decide_redaction(
    store: &mut Store,
    document_id: i64,
    key: &str,
    action: &RedactionAction,
    note: &str,
    reviewer: Option<&str>,
) -> Result<Vec<RedactionRow>, RedactionError> {
    let preferred = match reviewer {
        Some(_) => None,
        None => store.find_setting(REVIEWER_NAME)?,
    };
    let reviewer = reviewer.or(preferred.as_deref());
    let verdict = match action {
        RedactionAction::Confirm => RedactionVerdict::Confirmed,
        RedactionAction::Correct(provision) => RedactionVerdict::Corrected(
            disclosure_core::exemptions::normalise_provision(provision)
                .ok_or_else(|| RedactionError::NotAProvision(provision.clone()))?,
        ),
        RedactionAction::Dismiss => RedactionVerdict::Dismissed,
        RedactionAction::Undo => {
            if !store.list_redactions(document_id)?.iter().any(|row| row.finding.key == key) {
                return Err(StoreError::RedactionNotFound { document_id, key: key.to_string() }.into());
            }
            store.delete_redaction_decision(document_id, key)?;
            return Ok(store.list_redactions(document_id)?);
        }
    };
    store.update_redaction_decision(document_id, key, &verdict, note, reviewer)?;
    Ok(store.list_redactions(document_id)?)
}
