//! JSON shapes of review work: search results, annotations, review statuses and the export.

use disclosure_core::report::{Report, ReportAnnotation, ReportDocument, ReportQuestion, ReportStatus};
use disclosure_store::{Correction, ReviewStatus, SearchHit};
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
            snippet: hit
                .snippet
                .iter()
                .map(|part| SnippetRun { text: part.text.clone(), highlighted: part.highlighted })
                .collect(),
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

impl From<&ReportAnnotation> for ExportedAnnotation {
    fn from(annotation: &ReportAnnotation) -> Self {
        ExportedAnnotation {
            id: annotation.id,
            document_id: annotation.document_id,
            reference: annotation.reference.clone(),
            question_label: annotation.question_label.clone(),
            quote: annotation.quote.clone(),
            note: annotation.note.clone(),
            tags: annotation.tags.clone(),
            colour: annotation.colour.clone(),
            anchor_state: annotation.anchor_state.clone(),
            start: annotation.start,
            end: annotation.end,
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
    pub status: String,
    pub reviewer: Option<String>,
    pub updated_at: String,
}

impl From<&ReviewStatus> for ExportedStatus {
    fn from(status: &ReviewStatus) -> Self {
        ExportedStatus {
            document_id: status.document_id,
            question_label: status.question_label.clone(),
            status: status.state.as_str().to_string(),
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
    pub status: String,
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
    pub status: String,
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

impl From<&ReportStatus> for ExportedStatus {
    fn from(status: &ReportStatus) -> Self {
        ExportedStatus {
            document_id: status.document_id,
            question_label: status.question_label.clone(),
            status: status.status.clone(),
            reviewer: status.reviewer.clone(),
            updated_at: status.updated_at.clone(),
        }
    }
}

impl From<&ReportQuestion> for ExportedQuestion {
    fn from(question: &ReportQuestion) -> Self {
        ExportedQuestion {
            label: question.label.clone(),
            text: question.text.clone(),
            answer: question.answer.clone(),
            outcome: question.outcome,
            status: question.status.clone(),
        }
    }
}

impl From<&ReportDocument> for ExportedDocument {
    fn from(document: &ReportDocument) -> Self {
        ExportedDocument {
            id: document.id,
            reference: document.reference.clone(),
            title: document.title.clone(),
            authority: document.authority.clone(),
            date: document.date.clone(),
            decision: document.decision.clone(),
            status: document.status.clone(),
            reviewer: document.reviewer.clone(),
            exemptions: document.exemptions.clone(),
            questions: document.questions.iter().map(ExportedQuestion::from).collect(),
            annotations: document.annotations.iter().map(ExportedAnnotation::from).collect(),
            review_statuses: document.review_statuses.iter().map(ExportedStatus::from).collect(),
        }
    }
}

impl From<&Report> for ExportedReport {
    fn from(report: &Report) -> Self {
        ExportedReport {
            title: report.title.clone(),
            documents: report.documents.iter().map(ExportedDocument::from).collect(),
        }
    }
}

/// One correction in force (`correct --json`).
#[derive(Debug, Serialize)]
pub struct CorrectionLine<'a> {
    pub field: &'static str,
    pub value: &'a str,
    /// The value read from the letter, which applies again if the correction is cleared.
    pub parsed: Option<&'a str>,
    pub reviewer: Option<&'a str>,
    pub set_at: &'a str,
}

/// `correct --json`: every correction in force on the letter after the change.
#[derive(Debug, Serialize)]
pub struct CorrectionReport<'a> {
    pub document_id: i64,
    pub corrections: Vec<CorrectionLine<'a>>,
}

impl<'a> CorrectionReport<'a> {
    pub fn new(document_id: i64, corrections: &'a [Correction]) -> Self {
        CorrectionReport {
            document_id,
            corrections: corrections
                .iter()
                .map(|correction| CorrectionLine {
                    field: correction.field.as_str(),
                    value: &correction.value,
                    parsed: correction.parsed.as_deref(),
                    reviewer: correction.reviewer.as_deref(),
                    set_at: &correction.set_at,
                })
                .collect(),
        }
    }
}
