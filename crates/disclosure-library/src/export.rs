//! Gathering a review report from the library: each letter read again by the core, with its
//! review statuses and the reviewer's notes from the store. One place for the CLI's `export` and
//! the app's export commands; rendering is the core's (`report::render`).

use disclosure_core::parse::parse;
use disclosure_core::report::{Report, ReportAnnotation, ReportDocument, ReportQuestion, ReportStatus};
use disclosure_store::{Annotation, Result, ReviewState, ReviewStatus, Store};

use crate::threading::ThreadActionError;

/// Which letters a report covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExportScope {
    /// One letter by id or reference.
    Document(String),
    /// The letters of one question thread.
    Thread(i64),
    /// These letters, in this order (the reviewer's current selection).
    Documents(Vec<i64>),
    /// Every letter in the library.
    All,
}

/// The report over a scope.
///
/// # Errors
/// A store error; `DocumentNotFound` or `ThreadNotFound` when the scope names something gone.
pub fn build_report(store: &Store, scope: &ExportScope) -> Result<Report> {
    let (title, ids): (String, Vec<i64>) = match scope {
        ExportScope::Document(key) => {
            let record = store.get_document_by_key(key)?;
            (record.row.title.clone(), vec![record.row.id])
        }
        ExportScope::Thread(thread_id) => {
            let thread = store.get_thread(*thread_id)?;
            let mut ids: Vec<i64> = thread.members.iter().map(|member| member.document_id).collect();
            ids.dedup();
            (thread.title, ids)
        }
        ExportScope::Documents(ids) => {
            let title = match ids.as_slice() {
                [only] => store.get_document(*only)?.row.title,
                _ => format!("{} selected letters", ids.len()),
            };
            (title, ids.clone())
        }
        ExportScope::All => {
            ("The whole library".to_string(), store.list_documents()?.iter().map(|row| row.id).collect())
        }
    };
    let mut documents = Vec::with_capacity(ids.len());
    for id in ids {
        documents.push(build_document(store, id)?);
    }
    let thread = match scope {
        ExportScope::Thread(thread_id) => match crate::threading::thread_report(store, *thread_id) {
            Ok(thread) => Some(thread),
            Err(ThreadActionError::Store(error)) => return Err(error),
            // Without a chosen reference year nothing is looked up by label, so only the store can
            // fail; should that change, the report still goes out, without its year-to-year part.
            Err(_) => None,
        },
        _ => None,
    };
    Ok(Report { title, documents, thread })
}

fn build_document(store: &Store, id: i64) -> Result<ReportDocument> {
    let record = store.get_document(id)?;
    let statuses = store.list_review_statuses(Some(id))?;
    let status_of = |label: Option<&str>| {
        statuses
            .iter()
            .find(|status| status.question_label.as_deref() == label)
            .map_or(ReviewState::Unreviewed, |status| status.state)
    };
    let own = statuses.iter().find(|status| status.question_label.is_none());
    let disclosure = parse(&record.text);
    let questions = disclosure
        .questions
        .iter()
        .map(|question| {
            let label = question.label.clone().or_else(|| question.number.map(|number| number.to_string()));
            ReportQuestion {
                status: status_of(label.as_deref()).as_str().to_string(),
                label,
                text: question.text.clone(),
                answer: question.answer.as_ref().map(|answer| answer.text.clone()),
                outcome: question.outcome.as_str(),
            }
        })
        .collect();
    let annotations = store
        .list_annotations(id)?
        .iter()
        .map(|annotation| report_annotation(annotation, record.row.reference.clone()))
        .collect();
    Ok(ReportDocument {
        id,
        reference: record.row.reference.clone(),
        title: record.row.title.clone(),
        authority: record.row.authority.clone(),
        date: record.row.response_date.clone(),
        decision: record.row.decision.clone(),
        status: status_of(None).as_str().to_string(),
        reviewer: own.and_then(|status| status.reviewer.clone()),
        exemptions: disclosure.exemptions.iter().map(|exemption| exemption.cited_as.clone()).collect(),
        questions,
        annotations,
        review_statuses: statuses.iter().map(report_status).collect(),
    })
}

/// A stored note as the report shows it.
pub fn report_annotation(annotation: &Annotation, reference: Option<String>) -> ReportAnnotation {
    let content = &annotation.content;
    ReportAnnotation {
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

/// A stored review status as the report shows it.
pub fn report_status(status: &ReviewStatus) -> ReportStatus {
    ReportStatus {
        document_id: status.document_id,
        question_label: status.question_label.clone(),
        status: status.state.as_str().to_string(),
        reviewer: status.reviewer.clone(),
        updated_at: status.updated_at.clone(),
    }
}
