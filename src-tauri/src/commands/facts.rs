//! The reviewer's corrections of a letter's facts (authority, date, reference, decision), from the
//! reader's facts panel. Checking and storing are `disclosure_library::correcting`'s, as for the CLI.

use disclosure_library::correcting::{correct_document, document_corrections, CorrectionRequest};
use disclosure_store::Correction;
use serde::{Deserialize, Serialize};
use tauri::State;
use ts_rs::TS;

use super::with_store;
use crate::error::CommandResult;
use crate::library::Library;

/// What the reviewer changes on one letter; absent fields are left as they are.
#[derive(Debug, Clone, Default, Deserialize, TS)]
pub struct FactsCorrection {
    /// The authority that answered.
    #[ts(optional)]
    pub authority: Option<String>,
    /// The response date, `YYYY-MM-DD`.
    #[ts(optional)]
    pub date: Option<String>,
    /// The request reference.
    #[ts(optional)]
    pub reference: Option<String>,
    /// `full`, `partial`, `refused`, `not_held`, `ncnd` or `unknown`.
    #[ts(optional)]
    pub decision: Option<String>,
    /// Fields to give back to the letter's own value: `authority`, `date`, `reference`, `decision`.
    pub clear: Vec<String>,
}

/// One fact the reviewer corrected, with the value read from the letter.
#[derive(Debug, Clone, Serialize, TS)]
pub struct CorrectedFact {
    /// The fact corrected.
    pub field: super::codes::CorrectedFieldCode,
    /// The reviewer's value, which the library uses.
    pub value: String,
    /// The value read from the letter, which applies again when the correction is cleared.
    pub parsed: Option<String>,
    /// Who corrected it.
    pub reviewer: Option<String>,
    /// When, RFC 3339 UTC.
    pub set_at: String,
}

impl From<&Correction> for CorrectedFact {
    fn from(correction: &Correction) -> Self {
        CorrectedFact {
            field: super::codes::CorrectedFieldCode::named(correction.field.as_str()),
            value: correction.value.clone(),
            parsed: correction.parsed.clone(),
            reviewer: correction.reviewer.clone(),
            set_at: correction.set_at.clone(),
        }
    }
}

/// Applies the reviewer's corrections (signed with the reviewer's name from preferences) and
/// returns every correction now in force; returns only after the library committed them.
#[tauri::command]
pub async fn correct_document_facts(
    library: State<'_, Library>,
    document_id: i64,
    correction: FactsCorrection,
) -> CommandResult<Vec<CorrectedFact>> {
    with_store(&library, move |store| {
        let request = CorrectionRequest {
            authority: correction.authority,
            date: correction.date,
            reference: correction.reference,
            decision: correction.decision,
            clear: correction.clear,
            reviewer: None,
        };
        Ok(correct_document(store, document_id, &request)?.iter().map(CorrectedFact::from).collect())
    })
    .await
}

/// The corrections in force on one letter.
#[tauri::command]
pub async fn list_document_corrections(
    library: State<'_, Library>,
    document_id: i64,
) -> CommandResult<Vec<CorrectedFact>> {
    let store = library.reader()?;
    Ok(document_corrections(&store, document_id)?.iter().map(CorrectedFact::from).collect())
}
