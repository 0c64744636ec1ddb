//! A letter's withheld parts and the reviewer's verdicts on them: the silences the parser
//! detected, each question's outcome as derived and as corrected, and the citations read with
//! the reviewer's judgement on each. What a verdict may be is checked by the library's `flagging`.

use disclosure_core::exemptions::{lookup, regime_named};
use disclosure_core::parse::parse;
use disclosure_core::withheld::withheld_parts;
use disclosure_ingest::findings::question_key as key_of_question;
use disclosure_library::annotating::utf16_offset_of_byte;
use disclosure_library::flagging;
use disclosure_store::{CitationFinding, CitationJudgement, QuestionOutcomeRow, Store};
use serde::{Deserialize, Serialize};
use tauri::State;
use ts_rs::TS;

use super::codes::OutcomeCode;
use super::with_store;
use crate::error::CommandResult;
use crate::library::Library;

/// A part of the letter that was withheld or is missing, as the parser detected it.
#[derive(Debug, Clone, Serialize, TS)]
pub struct WithheldPartView {
    /// A missing or unanswered question, a suppressed cell or removed text.
    pub kind: super::codes::WithheldKindCode,
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
    /// The reviewer's verdict, when the reviewer judged it.
    pub judgement: Option<super::codes::JudgementCode>,
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
    /// `cited_not_applied` or `wrong_subsection`; checked by the library, so a name it does not
    /// know is the reviewer's `invalid`, not a failure to read the call.
    #[ts(type = "JudgementCode")]
    pub verdict: String,
    /// For `wrong_subsection`: the provision really relied on (same statute).
    pub corrected_provision: Option<String>,
    /// The reviewer's note.
    pub note: String,
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
                    kind: super::codes::WithheldKindCode::named(part.kind.as_str()),
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
    with_store(&library, move |store| {
        flagging::correct_outcome(store, document_id, &question_key, &outcome, &note)?;
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
    with_store(&library, move |store| {
        let judged = flagging::CitationVerdict {
            regime: &judgement.regime,
            provision: &judgement.provision,
            quote: &judgement.quote,
            verdict: &judgement.verdict,
            corrected_provision: judgement.corrected_provision.as_deref(),
            note: &judgement.note,
        };
        flagging::judge_citation(store, document_id, &judged)?;
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
            judgement: judgement.map(|judgement| super::codes::JudgementCode::named(judgement.verdict.as_str())),
            corrected_provision: judgement.and_then(|judgement| judgement.corrected_provision.clone()),
            judgement_note: judgement.map(|judgement| judgement.note.clone()).filter(|note| !note.is_empty()),
        }
    }
}

/// The key of an unlabelled question at a stored position.
fn key_of_unlabelled(question_idx: i64) -> String {
    disclosure_core::parse::question_key(None, usize::try_from(question_idx).unwrap_or(usize::MAX - 1))
}
