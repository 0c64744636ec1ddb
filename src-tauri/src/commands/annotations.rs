//! Annotations on a letter (highlights, notes, tags), their undo and redo, notes carried forward
//! from last year's answer, and review status with the reviewer's name from preferences.
//!
//! Placing a selection and carrying notes along a thread is `disclosure_library::annotating`;
//! every write is committed by the store before a command returns, so "saved" in the UI is true.

use std::collections::HashMap;

use disclosure_core::parse::Span;
use disclosure_library::annotating::{
    answer_passage, byte_offset_of_utf16, copy_annotation_forward as copy_forward, document_placement,
    earlier_thread_annotations, highlight_colour, is_document_note, locate_annotation, place_passage,
    utf16_offset_of_byte, PassageRequest, Placement, ANCHOR_DOCUMENT,
};
use disclosure_store::{
    Annotation, AnnotationChange, ReviewState, ReviewStatus, Store, StoreError, DELETED_RETENTION_DAYS, REVIEWER_NAME,
};
use serde::{Deserialize, Serialize};
use tauri::State;
use ts_rs::TS;

use super::with_store;
use crate::error::{CommandError, CommandResult};
use crate::library::Library;

/// One annotation as the reader shows it.
#[derive(Debug, Clone, Serialize, TS)]
pub struct AnnotationView {
    /// Library id.
    #[ts(type = "number")]
    pub id: i64,
    /// The document it is on.
    #[ts(type = "number")]
    pub document_id: i64,
    /// A highlighted passage (or a whole answer), or the whole letter.
    pub scope: super::codes::AnnotationScopeCode,
    /// The quoted words, verbatim; shown for orphans so the reviewer can place them.
    pub quote: String,
    /// Where the passage starts in the document's text, in UTF-16 units as JavaScript counts;
    /// `null` for orphans, document notes and notes listed away from their own letter.
    pub start: Option<u32>,
    /// Just past the passage, likewise.
    pub end: Option<u32>,
    /// The question whose text or answer holds it, e.g. `Q2`.
    pub question_label: Option<String>,
    /// The reviewer's note.
    pub note: String,
    /// The highlight's colour.
    pub colour: super::codes::HighlightColourCode,
    /// Tag names, alphabetical.
    pub tags: Vec<String>,
    /// Where the note sits: on its words, on a close passage, nowhere (orphaned), or on the whole letter.
    pub anchor_state: super::codes::AnchorStateCode,
    /// When it was made, RFC 3339 UTC.
    pub created_at: String,
    /// When it last changed.
    pub updated_at: String,
    /// When it was deleted, for "recently deleted".
    pub deleted_at: Option<String>,
}

/// A deleted annotation that can still be restored.
#[derive(Debug, Clone, Serialize, TS)]
pub struct DeletedAnnotation {
    /// The annotation as it was when deleted.
    pub annotation: AnnotationView,
    /// The title of its letter.
    pub document_title: String,
    /// How many days deleted notes are kept before they go for good.
    #[ts(type = "number")]
    pub retention_days: i64,
}

/// A note on an earlier answer to the same question, offered beside this year's answer.
#[derive(Debug, Clone, Serialize, TS)]
pub struct CarriedAnnotation {
    /// The question of the open letter it is offered to.
    pub question_label: String,
    /// The note, as made on the earlier letter.
    pub annotation: AnnotationView,
    /// The earlier letter.
    #[ts(type = "number")]
    pub from_document_id: i64,
    /// The earlier letter's reference.
    pub from_reference: Option<String>,
    /// The earlier letter's response date, `YYYY-MM-DD`.
    pub from_date: Option<String>,
    /// The question label in the earlier letter.
    pub from_question_label: Option<String>,
}

/// How far the review of a document or of one answer has got.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ReviewStatusView {
    /// The document.
    #[ts(type = "number")]
    pub document_id: i64,
    /// The answer's question label, or `null` for the whole document.
    pub question_label: Option<String>,
    /// How far the review has got.
    pub status: super::codes::ReviewStatusCode,
    /// Who set it, as named in preferences.
    pub reviewer: Option<String>,
    /// When it was set, RFC 3339 UTC.
    pub updated_at: String,
}

/// The reviewer's preferences, stored in the library.
#[derive(Debug, Clone, Serialize, TS)]
pub struct Preferences {
    /// The name stamped on review statuses; `null` until set.
    pub reviewer_name: Option<String>,
}

/// A passage the reviewer selected, as the reader's `TextSelection` sends it.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PassageSelection {
    /// The selected words as shown.
    pub quote: String,
    /// Up to 32 characters shown before them.
    pub prefix: String,
    /// Up to 32 characters shown after them.
    pub suffix: String,
    /// UTF-16 offset into the document's text; negative when the selection was made where the
    /// text is shown rearranged (the structure view), and the words must be looked for.
    pub start: i64,
    /// UTF-16 offset just past the selection, likewise.
    pub end: i64,
    /// The question whose card or answer holds the selection.
    pub question_label: Option<String>,
}

impl From<&ReviewStatus> for ReviewStatusView {
    fn from(status: &ReviewStatus) -> Self {
        ReviewStatusView {
            document_id: status.document_id,
            question_label: status.question_label.clone(),
            status: status.state.into(),
            reviewer: status.reviewer.clone(),
            updated_at: status.updated_at.clone(),
        }
    }
}

/// The wire view of `annotation`; with its letter's `text`, placed (or found again) in it.
fn view_of(annotation: Annotation, text: Option<&str>) -> AnnotationView {
    let content = annotation.content;
    let (span, anchor_state) = match text {
        Some(text) => {
            let (span, state) = locate_annotation(text, &content);
            let offsets = span.map(|span| {
                (utf16_offset_of_byte(text, span.start) as u32, utf16_offset_of_byte(text, span.end) as u32)
            });
            (offsets, state.to_string())
        }
        None if is_document_note(&content) => (None, ANCHOR_DOCUMENT.to_string()),
        None => (None, content.anchor_state.clone()),
    };
    let is_document = anchor_state == ANCHOR_DOCUMENT;
    AnnotationView {
        id: annotation.id,
        document_id: content.document_id,
        scope: if is_document {
            super::codes::AnnotationScopeCode::Document
        } else {
            super::codes::AnnotationScopeCode::Passage
        },
        quote: content.quote,
        start: span.map(|(start, _)| start),
        end: span.map(|(_, end)| end),
        question_label: content.question_label,
        note: content.note,
        colour: super::codes::HighlightColourCode::named(&content.colour),
        tags: content.tags,
        anchor_state: super::codes::AnchorStateCode::named(&anchor_state),
        created_at: annotation.created_at,
        updated_at: annotation.updated_at,
        deleted_at: annotation.deleted_at,
    }
}

/// The annotation `id` as its own letter shows it.
fn placed_view(store: &Store, id: i64) -> CommandResult<AnnotationView> {
    let annotation = store.get_annotation(id)?;
    let text = store.get_document(annotation.content.document_id)?.text;
    Ok(view_of(annotation, Some(&text)))
}

fn checked_colour(colour: &str) -> CommandResult<String> {
    highlight_colour(colour).map(str::to_string).map_err(|unknown| CommandError::new("invalid", unknown.to_string()))
}

/// Stores a placement as a new annotation and returns it as committed.
fn insert_placement(
    store: &mut Store,
    document_id: i64,
    placement: Placement,
    note: &str,
    tags: &[String],
    colour: &str,
) -> CommandResult<AnnotationView> {
    let colour = checked_colour(colour)?;
    let id = store.insert_annotation(&placement.into_annotation(document_id, note, &colour, tags))?;
    placed_view(store, id)
}

/// The reader's selection as a request to place a passage in `text`, its UTF-16 offsets turned
/// into byte offsets (none when it was made where the text is shown rearranged).
fn passage_request(text: &str, selection: PassageSelection) -> PassageRequest {
    let position = (selection.start >= 0 && selection.end > selection.start)
        .then(|| {
            let start = byte_offset_of_utf16(text, selection.start as usize)?;
            let end = byte_offset_of_utf16(text, selection.end as usize)?;
            Some(Span::new(start, end))
        })
        .flatten();
    PassageRequest {
        quote: selection.quote,
        prefix: selection.prefix,
        suffix: selection.suffix,
        position,
        question_label: selection.question_label,
    }
}

/// The live annotations of one document, in text order with orphans and document notes last.
#[tauri::command]
pub async fn list_annotations(library: State<'_, Library>, document_id: i64) -> CommandResult<Vec<AnnotationView>> {
    with_store(&library, move |store| {
        let text = store.get_document(document_id)?.text;
        let annotations = store.list_annotations(document_id)?;
        Ok(annotations.into_iter().map(|annotation| view_of(annotation, Some(&text))).collect())
    })
    .await
}

/// Highlights a selected passage with a note, tags and a colour.
#[tauri::command]
pub async fn annotate_span(
    library: State<'_, Library>,
    document_id: i64,
    selection: PassageSelection,
    note: String,
    tags: Vec<String>,
    colour: String,
) -> CommandResult<AnnotationView> {
    with_store(&library, move |store| {
        let text = store.get_document(document_id)?.text;
        let request = passage_request(&text, selection);
        if request.quote.trim().is_empty() {
            return Err(CommandError::new("invalid", "Select some words of the letter to highlight them."));
        }
        let placement = place_passage(&text, &request);
        insert_placement(store, document_id, placement, &note, &tags, &colour)
    })
    .await
}

/// Annotates a whole answer (the question as printed when it has no answer).
#[tauri::command]
pub async fn annotate_answer(
    library: State<'_, Library>,
    document_id: i64,
    question_label: String,
    note: String,
    tags: Vec<String>,
    colour: String,
) -> CommandResult<AnnotationView> {
    with_store(&library, move |store| {
        let text = store.get_document(document_id)?.text;
        let placement = answer_passage(&text, &question_label).ok_or_else(|| {
            CommandError::new("not_found", format!("This letter has no question {question_label} to annotate."))
        })?;
        insert_placement(store, document_id, placement, &note, &tags, &colour)
    })
    .await
}

/// Annotates the whole document.
#[tauri::command]
pub async fn annotate_document(
    library: State<'_, Library>,
    document_id: i64,
    note: String,
    tags: Vec<String>,
    colour: String,
) -> CommandResult<AnnotationView> {
    with_store(&library, move |store| {
        store.get_document(document_id)?;
        insert_placement(store, document_id, document_placement(), &note, &tags, &colour)
    })
    .await
}

/// Changes an annotation's note, tags or colour; the previous state is kept as a version.
#[tauri::command]
pub async fn update_annotation(
    library: State<'_, Library>,
    id: i64,
    note: Option<String>,
    tags: Option<Vec<String>>,
    colour: Option<String>,
) -> CommandResult<AnnotationView> {
    with_store(&library, move |store| {
        let colour = colour.as_deref().map(checked_colour).transpose()?;
        store.update_annotation(id, &AnnotationChange { note, colour, tags, placement: None })?;
        placed_view(store, id)
    })
    .await
}

/// Places a note (an orphan, typically) on the passage the reviewer selected, found in its
/// letter as a new highlight's would be; the previous state is kept as a version and undo puts
/// it back. Refused, and nothing changed, when the selected words cannot be told apart in the letter.
#[tauri::command]
pub async fn place_annotation(
    library: State<'_, Library>,
    annotation_id: i64,
    selection: PassageSelection,
) -> CommandResult<AnnotationView> {
    with_store(&library, move |store| {
        let annotation = store.get_annotation(annotation_id).map_err(|error| match error {
            StoreError::AnnotationNotFound(_) => {
                CommandError::new("not_found", "That note no longer exists; it may have been deleted for good.")
            }
            other => other.into(),
        })?;
        let text = store.get_document(annotation.content.document_id)?.text;
        let request = passage_request(&text, selection);
        if request.quote.trim().is_empty() {
            return Err(CommandError::new("invalid", "Select some words of the letter to place the note on."));
        }
        let passage = place_passage(&text, &request).into_passage().ok_or_else(|| {
            CommandError::new(
                "not_found",
                "Those words could not be found in one place in the letter; select a longer passage.",
            )
        })?;
        store.update_annotation_passage(annotation_id, &passage)?;
        placed_view(store, annotation_id)
    })
    .await
}

/// Moves an annotation to "recently deleted", where it stays restorable for 90 days.
#[tauri::command]
pub async fn delete_annotation(library: State<'_, Library>, id: i64) -> CommandResult<()> {
    with_store(&library, move |store| Ok(store.delete_annotation(id)?)).await
}

/// Undoes the latest annotation action; returns the annotation it touched, or `null` when there
/// was nothing to undo.
#[tauri::command]
pub async fn undo_annotation(library: State<'_, Library>) -> CommandResult<Option<AnnotationView>> {
    with_store(&library, move |store| store.undo_annotation_action()?.map(|id| placed_view(store, id)).transpose())
        .await
}

/// Redoes the latest undone annotation action; returns the annotation it touched, or `null`.
#[tauri::command]
pub async fn redo_annotation(library: State<'_, Library>) -> CommandResult<Option<AnnotationView>> {
    with_store(&library, move |store| store.redo_annotation_action()?.map(|id| placed_view(store, id)).transpose())
        .await
}

/// "Recently deleted": annotations deleted in the last 90 days across the library, newest first.
#[tauri::command]
pub async fn list_deleted_annotations(library: State<'_, Library>) -> CommandResult<Vec<DeletedAnnotation>> {
    with_store(&library, move |store| {
        let titles: HashMap<i64, String> = store.list_documents()?.into_iter().map(|row| (row.id, row.title)).collect();
        let deleted = store.list_deleted_annotations()?;
        Ok(deleted
            .into_iter()
            .map(|annotation| DeletedAnnotation {
                document_title: titles.get(&annotation.content.document_id).cloned().unwrap_or_default(),
                annotation: view_of(annotation, None),
                retention_days: DELETED_RETENTION_DAYS,
            })
            .collect())
    })
    .await
}

/// Brings a deleted annotation back.
#[tauri::command]
pub async fn restore_annotation(library: State<'_, Library>, id: i64) -> CommandResult<AnnotationView> {
    with_store(&library, move |store| {
        store.restore_annotation(id)?;
        placed_view(store, id)
    })
    .await
}

/// Notes on earlier answers to this letter's questions (by question thread), most recent first.
#[tauri::command]
pub async fn carried_forward_annotations(
    library: State<'_, Library>,
    document_id: i64,
) -> CommandResult<Vec<CarriedAnnotation>> {
    with_store(&library, move |store| {
        store.get_document(document_id)?;
        let earlier = earlier_thread_annotations(store, document_id)?;
        Ok(earlier
            .into_iter()
            .map(|found| CarriedAnnotation {
                question_label: found.question_label,
                annotation: view_of(found.annotation, None),
                from_document_id: found.member.document_id,
                from_reference: found.member.reference,
                from_date: found.member.date,
                from_question_label: found.member.question_label,
            })
            .collect())
    })
    .await
}

/// Copies an earlier note onto this letter's answer to `question_label`: placed on the same
/// words when they are there, else kept as an orphan on that question.
#[tauri::command]
pub async fn copy_annotation_forward(
    library: State<'_, Library>,
    annotation_id: i64,
    document_id: i64,
    question_label: String,
) -> CommandResult<AnnotationView> {
    with_store(&library, move |store| {
        let id = copy_forward(store, annotation_id, document_id, &question_label)?;
        placed_view(store, id)
    })
    .await
}

/// Sets the review status of a document (`question_label` `null`) or of one answer, stamped
/// with the reviewer's name from preferences.
#[tauri::command]
pub async fn set_review_status(
    library: State<'_, Library>,
    document_id: i64,
    question_label: Option<String>,
    status: String,
) -> CommandResult<ReviewStatusView> {
    with_store(&library, move |store| {
        let state: ReviewState =
            status.parse().map_err(|_| CommandError::new("invalid", format!("“{status}” is not a review status.")))?;
        let reviewer = store.find_setting(REVIEWER_NAME)?;
        let saved = store.update_review_status(document_id, question_label.as_deref(), state, reviewer.as_deref())?;
        Ok(ReviewStatusView::from(&saved))
    })
    .await
}

/// The review statuses set on a document and its answers (unset means unreviewed).
#[tauri::command]
pub async fn get_review_statuses(
    library: State<'_, Library>,
    document_id: i64,
) -> CommandResult<Vec<ReviewStatusView>> {
    with_store(&library, move |store| {
        Ok(store.list_review_statuses(Some(document_id))?.iter().map(ReviewStatusView::from).collect())
    })
    .await
}

/// The reviewer's preferences.
#[tauri::command]
pub async fn get_preferences(library: State<'_, Library>) -> CommandResult<Preferences> {
    with_store(&library, move |store| Ok(Preferences { reviewer_name: store.find_setting(REVIEWER_NAME)? })).await
}

/// Sets the reviewer's name (empty clears it); returns the preferences as saved.
#[tauri::command]
pub async fn set_reviewer_name(library: State<'_, Library>, name: String) -> CommandResult<Preferences> {
    with_store(&library, move |store| {
        store.update_setting(REVIEWER_NAME, &name)?;
        Ok(Preferences { reviewer_name: store.find_setting(REVIEWER_NAME)? })
    })
    .await
}
