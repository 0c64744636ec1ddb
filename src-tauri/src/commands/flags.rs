//! Redactions flagged by hand, outcome corrections and judgements on cited exemptions: the
//! reviewer's side of a letter's withheld parts, beside the silences the parser detected.
//!
//! Offsets cross this boundary in UTF-16 code units (what JavaScript counts in the text the reader
//! shows) and are stored as byte offsets; drafts are checked and placed by the library's `flagging`, as the CLI's are.

use disclosure_core::exemptions::{catalogue, lookup, regime_named};
use disclosure_core::parse::{parse, Span};
use disclosure_core::withheld::withheld_parts;
use disclosure_ingest::findings::question_key as key_of_question;
use disclosure_library::annotating::{byte_offset_of_utf16, utf16_offset_of_byte};
use disclosure_library::flagging::{self, flag_passage, judged_citation, outcome_named};
use disclosure_store::{
    CitationFinding, CitationJudgement, FlagProvision, FlagRow, NewFlag, QuestionOutcomeRow, Store, StoreError,
};
use serde::{Deserialize, Serialize};
use tauri::State;
use ts_rs::TS;

use super::codes::OutcomeCode;
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
    /// `absolute`, `qualified`, `absolute_in_most_cases`, `mixed` or `limit`.
    pub nature: String,
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

/// A part of the letter that was withheld or is missing, as the parser detected it.
#[derive(Debug, Clone, Serialize, TS)]
pub struct WithheldPartView {
    /// `missing_question`, `unanswered_question`, `suppressed_cell` or `removed_text`.
    pub kind: String,
    /// A sentence for the reviewer: the letter's own reason when it gives one.
    pub reason: String,
    /// The marked words (a cell's text, a removal marker), when the part has a place.
    pub quote: Option<String>,
    /// Where it starts in the document's text, in UTF-16 code units.
    #[ts(type = "number | null")]
    pub start: Option<i64>,
    /// Where it ends, in UTF-16 code units.
    #[ts(type = "number | null")]
    pub end: Option<i64>,
    /// The question it belongs to, when known (its key).
    pub question_key: Option<String>,
}

/// A question's outcome: what the parser derived and the reviewer's correction.
#[derive(Debug, Clone, Serialize, TS)]
pub struct QuestionOutcome {
    /// Position of the question in the letter (0-based), the same as in `LetterStructure.questions`.
    #[ts(type = "number")]
    pub question_idx: i64,
    /// The key reviewer rows use: the label, or `#N` for an unlabelled question.
    pub question_key: String,
    /// The printed label.
    pub question_label: Option<String>,
    /// What the parser derived.
    pub derived: OutcomeCode,
    /// The reviewer's outcome, when corrected.
    pub corrected: Option<OutcomeCode>,
    /// The reviewer's note on the correction.
    pub correction_note: Option<String>,
    /// The outcome that counts: the correction when there is one.
    pub outcome: OutcomeCode,
}

/// A provision cited in the letter, as detected, with the reviewer's verdict on it.
#[derive(Debug, Clone, Serialize, TS)]
pub struct DetectedCitation {
    /// The question it is tied to (its key), or `null` for the letter as a whole.
    pub question_key: Option<String>,
    /// `FOIA`, `EIR` or `FOISA`.
    pub regime: String,
    /// Normal form, e.g. `40(2)`.
    pub provision: String,
    /// Everything cited, e.g. `40(2)(a)(b)`.
    pub cited_as: String,
    /// The catalogue's name, when catalogued.
    pub name: Option<String>,
    /// The citation as printed.
    pub quote: String,
    /// `cited_not_applied` or `wrong_subsection`, when the reviewer judged it.
    pub judgement: Option<String>,
    /// The provision really relied on (with `wrong_subsection`).
    pub corrected_provision: Option<String>,
    /// The reviewer's note on the verdict.
    pub judgement_note: Option<String>,
}

/// The reviewer's verdict on one detected citation, identified as `DetectedCitation` shows it.
#[derive(Debug, Clone, Deserialize, TS)]
pub struct CitationVerdict {
    /// `FOIA`, `EIR` or `FOISA`, as detected.
    pub regime: String,
    /// The provision as detected.
    pub provision: String,
    /// The citation as printed.
    pub quote: String,
    /// `cited_not_applied` or `wrong_subsection`.
    pub verdict: String,
    /// For `wrong_subsection`: the provision really relied on (same statute).
    pub corrected_provision: Option<String>,
    /// The reviewer's note.
    pub note: String,
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
            nature: entry.nature.as_str().to_string(),
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

/// The silences of one document as the parser finds them: missing and unanswered questions,
/// suppressed cells and removed text, each with its reason.
#[tauri::command]
pub async fn list_withheld(library: State<'_, Library>, document_id: i64) -> CommandResult<Vec<WithheldPartView>> {
    let record = library.reader()?.get_document(document_id)?;
    super::off_main_thread(move || {
        let text = record.text;
        let disclosure = parse(&text);
        let parts = withheld_parts(&text, &disclosure)
            .into_iter()
            .map(|part| {
                let question_key = part.question_idx.and_then(|question_idx| {
                    disclosure.questions.get(question_idx).map(|question| key_of_question(question, question_idx))
                });
                WithheldPartView {
                    kind: part.kind.as_str().to_string(),
                    reason: part.reason,
                    quote: part.span.map(|span| span.text_in(&text).to_string()),
                    start: part.span.map(|span| utf16_offset_of_byte(&text, span.start) as i64),
                    end: part.span.map(|span| utf16_offset_of_byte(&text, span.end) as i64),
                    question_key,
                }
            })
            .collect();
        Ok(parts)
    })
    .await
}

/// Each question's outcome, derived and as corrected.
#[tauri::command]
pub async fn list_outcomes(library: State<'_, Library>, document_id: i64) -> CommandResult<Vec<QuestionOutcome>> {
    let store = library.reader()?;
    store.get_document(document_id)?;
    outcomes_of(&store, document_id)
}

/// Sets the reviewer's outcome for one question (kept across re-readings) and returns every outcome.
#[tauri::command]
pub async fn correct_outcome(
    library: State<'_, Library>,
    document_id: i64,
    question_key: String,
    outcome: String,
    note: String,
) -> CommandResult<Vec<QuestionOutcome>> {
    outcome_named(&outcome)?;
    with_store(&library, move |store| {
        let outcomes = outcomes_of(store, document_id)?;
        if !outcomes.iter().any(|row| row.question_key == question_key) {
            return Err(CommandError::new("not_found", format!("This letter has no question {question_key}.")));
        }
        store.update_outcome_correction(document_id, &question_key, &outcome, note.trim())?;
        outcomes_of(store, document_id)
    })
    .await
}

/// Removes the reviewer's outcome for one question, so the derived one counts again.
#[tauri::command]
pub async fn clear_outcome_correction(
    library: State<'_, Library>,
    document_id: i64,
    question_key: String,
) -> CommandResult<Vec<QuestionOutcome>> {
    with_store(&library, move |store| {
        store.delete_outcome_correction(document_id, &question_key)?;
        outcomes_of(store, document_id)
    })
    .await
}

/// The provisions cited in one document, with the reviewer's verdicts.
#[tauri::command]
pub async fn list_citations(library: State<'_, Library>, document_id: i64) -> CommandResult<Vec<DetectedCitation>> {
    let store = library.reader()?;
    store.get_document(document_id)?;
    citations_of(&store, document_id)
}

/// Records the reviewer's verdict on a detected citation (kept across re-readings) and returns every citation.
#[tauri::command]
pub async fn judge_citation(
    library: State<'_, Library>,
    document_id: i64,
    judgement: CitationVerdict,
) -> CommandResult<Vec<DetectedCitation>> {
    let (verdict, corrected_provision) =
        judged_citation(&judgement.verdict, &judgement.regime, judgement.corrected_provision.as_deref())?;
    with_store(&library, move |store| {
        let citations = citations_of(store, document_id)?;
        let detected = citations.iter().any(|citation| {
            citation.regime == judgement.regime
                && citation.provision == judgement.provision
                && citation.quote == judgement.quote
        });
        if !detected {
            return Err(CommandError::new("not_found", "That citation is not in this letter any more."));
        }
        store.update_citation_judgement(&CitationJudgement {
            document_id,
            regime: judgement.regime,
            provision: judgement.provision,
            quote: judgement.quote,
            verdict,
            corrected_provision,
            note: judgement.note.trim().to_string(),
        })?;
        citations_of(store, document_id)
    })
    .await
}

/// Withdraws the reviewer's verdict on a detected citation and returns every citation.
#[tauri::command]
pub async fn clear_citation_judgement(
    library: State<'_, Library>,
    document_id: i64,
    regime: String,
    provision: String,
    quote: String,
) -> CommandResult<Vec<DetectedCitation>> {
    with_store(&library, move |store| {
        store.delete_citation_judgement(document_id, &regime, &provision, &quote)?;
        citations_of(store, document_id)
    })
    .await
}

fn outcomes_of(store: &Store, document_id: i64) -> CommandResult<Vec<QuestionOutcome>> {
    Ok(store.list_question_outcomes(document_id)?.into_iter().map(QuestionOutcome::from).collect())
}

fn citations_of(store: &Store, document_id: i64) -> CommandResult<Vec<DetectedCitation>> {
    let judgements = store.list_citation_judgements(document_id)?;
    let citations = store.list_document_citations(document_id)?;
    Ok(citations
        .into_iter()
        .map(|citation| {
            let judgement = judgements.iter().find(|judgement| {
                judgement.regime == citation.regime
                    && judgement.provision == citation.provision
                    && judgement.quote == citation.quote
            });
            DetectedCitation::new(citation, judgement)
        })
        .collect())
}

impl From<QuestionOutcomeRow> for QuestionOutcome {
    fn from(row: QuestionOutcomeRow) -> Self {
        let outcome = OutcomeCode::named(row.outcome());
        QuestionOutcome {
            question_idx: row.question_idx,
            question_key: row.question_key,
            question_label: row.question_label,
            derived: OutcomeCode::named(&row.derived),
            corrected: row.corrected.as_deref().map(OutcomeCode::named),
            correction_note: row.correction_note.filter(|note| !note.is_empty()),
            outcome,
        }
    }
}

impl DetectedCitation {
    fn new(citation: CitationFinding, judgement: Option<&CitationJudgement>) -> Self {
        let name = regime_named(&citation.regime)
            .and_then(|regime| lookup(regime, &citation.provision))
            .map(|entry| entry.name.to_string());
        let question_key = citation.question_label.clone().or_else(|| citation.question_idx.map(key_of_unlabelled));
        DetectedCitation {
            question_key,
            regime: citation.regime,
            provision: citation.provision,
            cited_as: citation.cited_as,
            name,
            quote: citation.quote,
            judgement: judgement.map(|judgement| judgement.verdict.as_str().to_string()),
            corrected_provision: judgement.and_then(|judgement| judgement.corrected_provision.clone()),
            judgement_note: judgement.map(|judgement| judgement.note.clone()).filter(|note| !note.is_empty()),
        }
    }
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

/// The key of an unlabelled question at a stored position.
fn key_of_unlabelled(question_idx: i64) -> String {
    disclosure_core::parse::question_key(None, usize::try_from(question_idx).unwrap_or(usize::MAX - 1))
}
