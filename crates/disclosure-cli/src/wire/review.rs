//! JSON shapes of review work: search results, annotations, review statuses and the export.

use disclosure_store::{Annotation, ReviewStatus, SearchHit};
use serde::Serialize;

/// One run of a snippet (`search --json`): matched runs have `highlighted: true`.
#[derive(Debug, Serialize)]
pub struct SnippetRun {
    pub text: String,
    pub highlighted: bool,
}

/// One result of `search --json`.
#[derive(Debug, Serialize)]
pub struct SearchResult {
    pub kind: &'static str,
    pub document_id: i64,
    pub reference: Option<String>,
    pub title: String,
    pub authority: Option<String>,
    pub date: Option<String>,
    pub question_label: Option<String>,
    pub annotation_id: Option<i64>,
    pub snippet: Vec<SnippetRun>,
    pub rank: f64,
}

impl From<&SearchHit> for SearchResult {
    fn from(hit: &SearchHit) -> Self {
        SearchResult {
            kind: hit.kind.as_str(),
            document_id: hit.document_id,
            reference: hit.reference.clone(),
            title: hit.title.clone(),
            authority: hit.authority.clone(),
            date: hit.response_date.clone(),
            question_label: hit.question_label.clone(),
            annotation_id: hit.annotation_id,
            snippet: hit.snippet.iter().map(|part| SnippetRun { text: part.text.clone(), highlighted: part.highlighted }).collect(),
            rank: hit.rank,
        }
    }
}

/// One annotation in an export.
#[derive(Debug, Serialize)]
pub struct ExportedAnnotation {
    pub id: i64,
    pub document_id: i64,
    pub reference: Option<String>,
    pub question_label: Option<String>,
    pub quote: String,
    pub note: String,
    pub tags: Vec<String>,
    pub colour: String,
    pub anchor_state: String,
    pub start: Option<i64>,
    pub end: Option<i64>,
    pub created_at: String,
    pub updated_at: String,
}

impl ExportedAnnotation {
    pub fn new(annotation: &Annotation, reference: Option<String>) -> Self {
        let content = &annotation.content;
        ExportedAnnotation {
            id: annotation.id,
            document_id: content.document_id,
            reference,
            question_label: content.question_label.clone(),
            quote: content.quote.clone(),
            note: content.note.clone(),
            tags: content.tags.clone(),
            colour: content.colour.clone(),
            anchor_state: content.anchor_state.clone(),
            start: content.start,
            end: content.end,
            created_at: annotation.created_at.clone(),
            updated_at: annotation.updated_at.clone(),
        }
    }
}

/// A review status in an export and in `review --json`.
#[derive(Debug, Serialize)]
pub struct ExportedStatus {
    pub document_id: i64,
    pub question_label: Option<String>,
    pub status: &'static str,
    pub reviewer: Option<String>,
    pub updated_at: String,
}

impl From<&ReviewStatus> for ExportedStatus {
    fn from(status: &ReviewStatus) -> Self {
        ExportedStatus {
            document_id: status.document_id,
            question_label: status.question_label.clone(),
            status: status.state.as_str(),
            reviewer: status.reviewer.clone(),
            updated_at: status.updated_at.clone(),
        }
    }
}

/// One question with its answer in an export.
#[derive(Debug, Serialize)]
pub struct ExportedQuestion {
    pub label: Option<String>,
    pub text: String,
    pub answer: Option<String>,
    pub outcome: &'static str,
    pub status: &'static str,
}

/// One document in an export.
#[derive(Debug, Serialize)]
pub struct ExportedDocument {
    pub id: i64,
    pub reference: Option<String>,
    pub title: String,
    pub authority: Option<String>,
    pub date: Option<String>,
    pub decision: String,
    pub status: &'static str,
    pub reviewer: Option<String>,
    pub exemptions: Vec<String>,
    pub questions: Vec<ExportedQuestion>,
    pub annotations: Vec<ExportedAnnotation>,
    pub review_statuses: Vec<ExportedStatus>,
}

/// The whole of `export --format json`.
#[derive(Debug, Serialize)]
pub struct ExportedReport {
    pub title: String,
    pub documents: Vec<ExportedDocument>,
}
