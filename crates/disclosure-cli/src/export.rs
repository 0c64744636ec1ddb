//! `disclosure export`: annotations, review statuses and the letters they are on, as CSV, JSON,
//! Markdown or a self-contained HTML report, for one document, one thread or the whole library.

use std::path::Path;

use disclosure_core::parse::parse;
use disclosure_core::register::schedule::neutralise_formula;
use disclosure_store::{ReviewState, Store};

use crate::report;
use crate::wire::{ExportedAnnotation, ExportedDocument, ExportedQuestion, ExportedReport, ExportedStatus};

/// What part of the library to export.
#[derive(Debug, Clone, Copy)]
pub enum Scope<'a> {
    /// One document by id or reference.
    Document(&'a str),
    /// The documents of one question thread.
    Thread(i64),
    /// Everything.
    All,
}

pub fn export(store: &Store, format: &str, scope: Scope<'_>, out: &Path) -> anyhow::Result<()> {
    let report = build_report(store, scope)?;
    let bytes = match format {
        "json" => serde_json::to_string_pretty(&report)?.into_bytes(),
        "csv" => annotations_csv(&report)?,
        "md" => report::markdown(&report).into_bytes(),
        "html" => report::html(&report).into_bytes(),
        other => anyhow::bail!("unknown export format {other:?}: use csv, json, md or html"),
    };
    // Written beside the target and renamed, so a half-written report never replaces a good one.
    let partial = out.with_extension("partial");
    std::fs::write(&partial, bytes).map_err(|error| anyhow::anyhow!("cannot write {}: {error}", partial.display()))?;
    std::fs::rename(&partial, out).map_err(|error| anyhow::anyhow!("cannot write {}: {error}", out.display()))?;
    println!("{}", out.display());
    Ok(())
}

fn build_report(store: &Store, scope: Scope<'_>) -> anyhow::Result<ExportedReport> {
    let (title, ids): (String, Vec<i64>) = match scope {
        Scope::Document(key) => {
            let record = store.get_document_by_key(key)?;
            (record.row.title.clone(), vec![record.row.id])
        }
        Scope::Thread(thread_id) => {
            let thread = store.get_thread(thread_id)?;
            let mut ids: Vec<i64> = thread.members.iter().map(|member| member.document_id).collect();
            ids.dedup();
            (thread.title, ids)
        }
        Scope::All => ("The whole library".to_string(), store.list_documents()?.iter().map(|row| row.id).collect()),
    };
    let mut documents = Vec::with_capacity(ids.len());
    for id in ids {
        documents.push(build_document(store, id)?);
    }
    Ok(ExportedReport { title, documents })
}

fn build_document(store: &Store, id: i64) -> anyhow::Result<ExportedDocument> {
    let record = store.get_document(id)?;
    let statuses = store.list_review_statuses(Some(id))?;
    let status_of = |label: Option<&str>| {
        statuses.iter().find(|status| status.question_label.as_deref() == label).map_or(ReviewState::Unreviewed, |status| status.state)
    };
    let own = statuses.iter().find(|status| status.question_label.is_none());
    let disclosure = parse(&record.text);
    let questions = disclosure
        .questions
        .iter()
        .map(|question| {
            let label = question.label.clone().or_else(|| question.number.map(|number| number.to_string()));
            ExportedQuestion {
                status: status_of(label.as_deref()).as_str(),
                label,
                text: question.text.clone(),
                answer: question.answer.as_ref().map(|answer| answer.text.clone()),
                outcome: question.outcome.as_str(),
            }
        })
        .collect();
    let annotations = store.list_annotations(id)?.iter().map(|annotation| ExportedAnnotation::new(annotation, record.row.reference.clone())).collect();
    Ok(ExportedDocument {
        id,
        reference: record.row.reference.clone(),
        title: record.row.title.clone(),
        authority: record.row.authority.clone(),
        date: record.row.response_date.clone(),
        decision: record.row.decision.clone(),
        status: status_of(None).as_str(),
        reviewer: own.and_then(|status| status.reviewer.clone()),
        exemptions: disclosure.exemptions.iter().map(|exemption| exemption.cited_as.clone()).collect(),
        questions,
        annotations,
        review_statuses: statuses.iter().map(ExportedStatus::from).collect(),
    })
}

/// One row per annotation, with its document and the review status, UTF-8 with a BOM so
/// spreadsheet programs read the accents right.
fn annotations_csv(report: &ExportedReport) -> anyhow::Result<Vec<u8>> {
    let mut bytes = "\u{FEFF}".as_bytes().to_vec();
    {
        let mut writer = csv::Writer::from_writer(&mut bytes);
        writer.write_record([
            "annotation_id", "document_id", "reference", "title", "authority", "date", "question", "quote", "note", "tags",
            "colour", "anchor_state", "document_status", "question_status", "created_at", "updated_at",
        ])?;
        for document in &report.documents {
            for annotation in &document.annotations {
                let question_status = document
                    .questions
                    .iter()
                    .find(|question| question.label.is_some() && question.label == annotation.question_label)
                    .map_or("", |question| question.status);
                let row = [
                    annotation.id.to_string(),
                    document.id.to_string(),
                    document.reference.clone().unwrap_or_default(),
                    document.title.clone(),
                    document.authority.clone().unwrap_or_default(),
                    document.date.clone().unwrap_or_default(),
                    annotation.question_label.clone().unwrap_or_default(),
                    annotation.quote.clone(),
                    annotation.note.clone(),
                    annotation.tags.join("; "),
                    annotation.colour.clone(),
                    annotation.anchor_state.clone(),
                    document.status.to_string(),
                    question_status.to_string(),
                    annotation.created_at.clone(),
                    annotation.updated_at.clone(),
                ];
                writer.write_record(row.iter().map(|cell| neutralise_formula(cell)))?;
            }
        }
        writer.flush()?;
    }
    Ok(bytes)
}
