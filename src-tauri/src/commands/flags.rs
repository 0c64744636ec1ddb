//! Redactions flagged by hand: the provision picker's catalogue, and the reviewer's flags on a
//! letter's passages, table cells and whole answers.
//!
//! Offsets cross this boundary in UTF-16 code units (what JavaScript counts in the text the reader
//! shows) and are stored as byte offsets; drafts are checked and placed by the library's `flagging`, as the CLI's are.

use disclosure_core::exemptions::{catalogue, lookup, regime_named};
use disclosure_core::parse::Span;
use disclosure_library::annotating::{byte_offset_of_utf16, utf16_offset_of_byte};
use disclosure_library::flagging::{self, flag_passage};
use disclosure_store::{FlagProvision, FlagRow, NewFlag, StoreError};
use serde::{Deserialize, Serialize};
use tauri::State;
use ts_rs::TS;

use super::with_store;
use crate::error::{CommandError, CommandResult};
use crate::library::Library;

/// One provision of the catalogue, for the provision picker.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ProvisionOption {
    /// `FOIA`, `EIR` or `FOISA`.
    pub regime: String,
    /// Normal form, e.g. `40(2)`.
    pub provision: String,
    /// The section or regulation number alone, e.g. `40`.
    pub section: String,
    /// Short name in the words reviewers use, e.g. `Personal information`.
    pub name: String,
    /// What relying on it takes.
    pub nature: super::codes::NatureCode,
    /// True when relying on it requires weighing the public interest.
    pub public_interest_test: bool,
    /// True when the provision itself removes the duty to confirm or deny.
    pub is_ncnd: bool,
    /// One sentence on when it applies.
    pub note: String,
}

/// A provision a flag is made under, as the reviewer chose it.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct ProvisionChoice {
    /// `FOIA`, `EIR` or `FOISA`.
    pub regime: String,
    /// The provision, e.g. `40(2)`; brought to the catalogue's normal form when stored.
    pub provision: String,
}

/// A flag about to be made, or the new state of one: a passage, a table cell (a passage inside
/// it) or a whole answer (no passage, a question).
#[derive(Debug, Clone, Deserialize, TS)]
pub struct FlagDraft {
    /// The question the flag belongs to (its key, as in `QuestionOutcome.question_key`); `null` for the letter as a whole.
    pub question_key: Option<String>,
    /// The passage as selected; `null` for a whole answer.
    pub quote: Option<String>,
    /// Up to 32 characters shown before the passage, to place it if the offsets do not match.
    pub prefix: Option<String>,
    /// Up to 32 characters shown after it.
    pub suffix: Option<String>,
    /// Where the passage starts in the document's text, in UTF-16 code units.
    #[ts(type = "number | null")]
    pub start: Option<i64>,
    /// Where it ends (exclusive), in UTF-16 code units.
    #[ts(type = "number | null")]
    pub end: Option<i64>,
    /// One or more provisions from the catalogue.
    pub provisions: Vec<ProvisionChoice>,
    /// The reviewer's note.
    pub note: String,
}

/// A provision of a stored flag, with its catalogue name.
#[derive(Debug, Clone, Serialize, TS)]
pub struct FlaggedProvision {
    /// `FOIA`, `EIR` or `FOISA`.
    pub regime: String,
    /// Normal form, e.g. `40(2)`.
    pub provision: String,
    /// The catalogue's name, when catalogued.
    pub name: Option<String>,
}

/// A redaction the reviewer flagged by hand.
#[derive(Debug, Clone, Serialize, TS)]
pub struct RedactionFlag {
    /// Flag id.
    #[ts(type = "number")]
    pub id: i64,
    /// The document flagged.
    #[ts(type = "number")]
    pub document_id: i64,
    /// The question's key, or `null` for the letter as a whole.
    pub question_key: Option<String>,
    /// The passage flagged, or `null` for a whole answer.
    pub quote: Option<String>,
    /// Where the passage starts in the document's text, in UTF-16 code units.
    #[ts(type = "number | null")]
    pub start: Option<i64>,
    /// Where it ends, in UTF-16 code units.
    #[ts(type = "number | null")]
    pub end: Option<i64>,
    /// The provisions, sorted.
    pub provisions: Vec<FlaggedProvision>,
    /// The reviewer's note.
    pub note: String,
    /// When it was made, RFC 3339 UTC.
    pub created_at: String,
    /// When it was last changed.
    pub updated_at: String,
}

/// Every provision of every law in the catalogue, for the provision picker.
#[tauri::command]
pub async fn list_provisions() -> CommandResult<Vec<ProvisionOption>> {
    let options = disclosure_core::exemptions::REGIMES
        .into_iter()
        .flat_map(catalogue)
        .map(|entry| ProvisionOption {
            regime: entry.regime.as_str().to_string(),
            provision: entry.provision.to_string(),
            section: entry.section.to_string(),
            name: entry.name.to_string(),
            nature: super::codes::NatureCode::named(entry.nature.as_str()),
            public_interest_test: entry.has_public_interest_test(),
            is_ncnd: entry.is_ncnd,
            note: entry.note.to_string(),
        })
        .collect();
    Ok(options)
}

/// The live flags of one document, in text order (whole answers last).
#[tauri::command]
pub async fn list_flags(library: State<'_, Library>, document_id: i64) -> CommandResult<Vec<RedactionFlag>> {
    let store = library.reader()?;
    let text = store.get_document(document_id)?.text;
    let rows = store.list_flags(document_id)?;
    Ok(rows.into_iter().map(|row| RedactionFlag::new(row, &text)).collect())
}

/// Flags a redaction by hand and returns the stored flag.
#[tauri::command]
pub async fn flag_redaction(
    library: State<'_, Library>,
    document_id: i64,
    draft: FlagDraft,
) -> CommandResult<RedactionFlag> {
    with_store(&library, move |store| {
        let text = store.get_document(document_id)?.text;
        let flag = new_flag(document_id, &draft, &text)?;
        let id = store.insert_flag(&flag)?;
        let row = store.get_flag(id).map_err(flag_error)?;
        Ok(RedactionFlag::new(row, &text))
    })
    .await
}

/// Replaces a flag's question, passage, provisions and note.
#[tauri::command]
pub async fn update_flag(library: State<'_, Library>, flag_id: i64, draft: FlagDraft) -> CommandResult<RedactionFlag> {
    with_store(&library, move |store| {
        let existing = store.get_flag(flag_id).map_err(flag_error)?;
        let text = store.get_document(existing.document_id)?.text;
        let flag = new_flag(existing.document_id, &draft, &text)?;
        store.update_flag(flag_id, &flag).map_err(flag_error)?;
        let row = store.get_flag(flag_id).map_err(flag_error)?;
        Ok(RedactionFlag::new(row, &text))
    })
    .await
}

/// Removes a flag; [`restore_flag`] undoes it.
#[tauri::command]
pub async fn delete_flag(library: State<'_, Library>, flag_id: i64) -> CommandResult<()> {
    with_store(&library, move |store| store.delete_flag(flag_id).map_err(flag_error)).await
}

/// Undoes the removal of a flag and returns it.
#[tauri::command]
pub async fn restore_flag(library: State<'_, Library>, flag_id: i64) -> CommandResult<RedactionFlag> {
    with_store(&library, move |store| {
        store.update_flag_restored(flag_id).map_err(flag_error)?;
        let row = store.get_flag(flag_id).map_err(flag_error)?;
        let text = store.get_document(row.document_id)?.text;
        Ok(RedactionFlag::new(row, &text))
    })
    .await
}

impl RedactionFlag {
    fn new(row: FlagRow, text: &str) -> Self {
        let position = row.position.map(|(start, end)| (utf16_offset(text, start), utf16_offset(text, end)));
        RedactionFlag {
            id: row.id,
            document_id: row.document_id,
            question_key: row.question_key,
            quote: row.quote,
            start: position.map(|(start, _)| start),
            end: position.map(|(_, end)| end),
            provisions: row
                .provisions
                .into_iter()
                .map(|provision| {
                    let name = regime_named(&provision.regime)
                        .and_then(|regime| lookup(regime, &provision.provision))
                        .map(|entry| entry.name.to_string());
                    FlaggedProvision { regime: provision.regime, provision: provision.provision, name }
                })
                .collect(),
            note: row.note,
            created_at: row.created_at,
            updated_at: row.updated_at,
        }
    }
}

/// The library's draft of the webview's one: offsets from UTF-16 units to bytes, the rest as given.
fn new_flag(document_id: i64, draft: &FlagDraft, text: &str) -> CommandResult<NewFlag> {
    let position = match (draft.start, draft.end) {
        (Some(start), Some(end)) => {
            byte_offset(text, start).zip(byte_offset(text, end)).map(|(start, end)| Span::new(start, end))
        }
        _ => None,
    };
    let draft = flagging::FlagDraft {
        question_key: draft.question_key.clone(),
        quote: draft.quote.clone(),
        prefix: draft.prefix.clone().unwrap_or_default(),
        suffix: draft.suffix.clone().unwrap_or_default(),
        position,
        provisions: draft
            .provisions
            .iter()
            .map(|choice| FlagProvision { regime: choice.regime.clone(), provision: choice.provision.clone() })
            .collect(),
        note: draft.note.clone(),
        whole_letter_allowed: false,
    };
    Ok(flag_passage(document_id, text, &draft)?)
}

/// The byte offset of a UTF-16 offset from the webview, when it falls on a character.
fn byte_offset(text: &str, units: i64) -> Option<usize> {
    byte_offset_of_utf16(text, usize::try_from(units).ok()?)
}

/// The webview's UTF-16 offset of a stored byte offset.
fn utf16_offset(text: &str, offset: i64) -> i64 {
    utf16_offset_of_byte(text, usize::try_from(offset).unwrap_or_default()) as i64
}

/// A flag that is missing is the reviewer's `not_found`, not a database failure.
fn flag_error(error: StoreError) -> CommandError {
    match error {
        StoreError::FlagNotFound(_) => {
            CommandError::new("not_found", "That flag is no longer in the library; it may have been removed.")
        }
        other => other.into(),
    }
}
