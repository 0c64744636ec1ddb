//! Redactions in the letter itself, from the reader: the boxes and markers found in it, each
//! with its provision and the reviewer's decision, and the three actions on one (confirm,
//! correct the provision, dismiss) and their undo. Deciding is `disclosure_library::redacting`'s,
//! as for the CLI.

use disclosure_library::annotating::utf16_offset_of_byte;
use disclosure_library::redacting::{decide_redaction, RedactionAction, TEXT_SURVIVES};
use disclosure_store::RedactionRow;
use serde::{Deserialize, Serialize};
use tauri::State;
use ts_rs::TS;

use super::with_store;
use crate::error::CommandResult;
use crate::library::Library;

/// One redaction of a letter as the reader shows it.
#[derive(Debug, Clone, Serialize, TS)]
pub struct FoundRedactionView {
    /// Names it in the actions; survives re-reading.
    pub key: String,
    /// A box, a dark region of an image, or a marker in the text.
    pub kind: super::codes::RedactionKindCode,
    /// The page, for marks on a page.
    pub page: Option<i64>,
    /// Where on the page, in points from its lower left corner: `[x, y, width, height]`.
    pub area: Option<Vec<i64>>,
    /// The provision it counts under (the reviewer's correction when there is one).
    pub provision: Option<String>,
    /// The provision as found.
    pub found_provision: Option<String>,
    /// How it was tied to its provision: its label, its paragraph, the letter's one provision, or not at all.
    pub tied_by: super::codes::TiedByCode,
    /// The label written in or beside it.
    pub label: Option<String>,
    /// The warning when the file still holds the words under it, else null. The words
    /// themselves come only from `reveal_redacted_text`, when the reviewer asks.
    pub warning: Option<String>,
    /// The question whose answer holds it.
    pub question_key: Option<String>,
    /// The reviewer's decision, or null when not reviewed.
    pub decision: Option<super::codes::RedactionDecisionCode>,
    /// The reviewer's note on the decision.
    pub note: String,
    /// Who decided.
    pub reviewer: Option<String>,
    /// Where its place starts in the document's text, in UTF-16 code units.
    pub start: i64,
    /// Where it ends, in UTF-16 code units (equal to `start` for a box over nothing).
    pub end: i64,
}

impl FoundRedactionView {
    /// The view of one stored redaction of the letter whose text is `text`.
    fn new(row: &RedactionRow, text: &str) -> Self {
        let finding = &row.finding;
        let utf16 = |offset: i64| utf16_offset_of_byte(text, usize::try_from(offset).unwrap_or(0)) as i64;
        FoundRedactionView {
            key: finding.key.clone(),
            kind: super::codes::RedactionKindCode::named(&finding.kind),
            page: finding.page,
            area: finding.area.map(|(x, y, width, height)| vec![x, y, width, height]),
            provision: row.provision().map(str::to_string),
            found_provision: finding.provision.clone(),
            tied_by: super::codes::TiedByCode::named(&finding.tied_by),
            label: finding.label.clone(),
            warning: finding.text_under.as_ref().map(|_| TEXT_SURVIVES.to_string()),
            question_key: finding.question_key.clone(),
            decision: row.verdict.as_ref().map(|verdict| super::codes::RedactionDecisionCode::named(verdict.as_str())),
            note: row.note.clone(),
            reviewer: row.reviewer.clone(),
            start: utf16(finding.start),
            end: utf16(finding.end),
        }
    }
}

/// What the reviewer does with one redaction.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "snake_case", tag = "action")]
pub enum RedactionDecision {
    /// A redaction under the provision found.
    Confirm,
    /// A redaction under this provision instead.
    Correct {
        /// "40(2)", "s43".
        provision: String,
    },
    /// Not a redaction (table shading, a logo, a signature box).
    Dismiss,
    /// Take back the decision.
    Undo,
}

/// The redactions found in one letter, in text order.
#[tauri::command]
pub async fn list_redactions(library: State<'_, Library>, document_id: i64) -> CommandResult<Vec<FoundRedactionView>> {
    let store = library.reader()?;
    let text = store.get_document(document_id)?.text;
    Ok(store.list_redactions(document_id)?.iter().map(|row| FoundRedactionView::new(row, &text)).collect())
}

/// Records the reviewer's decision on one redaction (signed with the reviewer's name from
/// preferences) and returns the letter's redactions; returns only after the library committed it.
#[tauri::command]
pub async fn decide_on_redaction(
    library: State<'_, Library>,
    document_id: i64,
    key: String,
    decision: RedactionDecision,
    note: String,
) -> CommandResult<Vec<FoundRedactionView>> {
    with_store(&library, move |store| {
        let action = match decision {
            RedactionDecision::Confirm => RedactionAction::Confirm,
            RedactionDecision::Correct { provision } => RedactionAction::Correct(provision),
            RedactionDecision::Dismiss => RedactionAction::Dismiss,
            RedactionDecision::Undo => RedactionAction::Undo,
        };
        let rows = decide_redaction(store, document_id, &key, &action, &note, None)?;
        let text = store.get_document(document_id)?.text;
        Ok(rows.iter().map(|row| FoundRedactionView::new(row, &text)).collect())
    })
    .await
}

/// The words a PDF still holds under one redaction box, when the reviewer asks to see them.
#[tauri::command]
pub async fn reveal_redacted_text(
    library: State<'_, Library>,
    document_id: i64,
    key: String,
) -> CommandResult<Option<String>> {
    let store = library.reader()?;
    let rows = store.list_redactions(document_id)?;
    Ok(rows.into_iter().find(|row| row.finding.key == key).and_then(|row| row.finding.text_under))
}
