//! The review report: the letters of one document, one thread, a selection or the whole library,
//! with their questions, answers, review statuses and the reviewer's notes, as plain values
//! gathered by `disclosure-library`. [`render`] turns a report into Markdown, a self-contained
//! printable HTML page, and CSV tables (notes, review statuses, the library).
//!
//! ```
//! use disclosure_core::report::{render, Report};
//! let report = Report { title: "Nothing yet".into(), documents: Vec::new(), thread: None };
//! assert!(render::html(&report).contains("<h1>Nothing yet</h1>"));
//! ```

pub mod render;

use crate::diff::WordOp;

/// A report over some letters.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// What the report covers: a letter's title, a thread's title, "The whole library".
    pub title: String,
    /// The letters, in the order asked for.
    pub documents: Vec<ReportDocument>,
    /// For the report of a question thread: what changed from year to year, and the figures.
    pub thread: Option<ReportThread>,
}

/// What following one question across the years adds to a report.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportThread {
    /// Each answer against the one the year before, oldest first.
    pub changes: Vec<ReportChange>,
    /// The figures lined up by label.
    pub series: Vec<ReportSeries>,
}

/// One answer compared with the previous year's.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportChange {
    /// The earlier letter, as the reader names it ("2022 · FC/FOI/22/0388").
    pub from: String,
    /// The later letter.
    pub to: String,
    /// The words, run by run.
    pub ops: Vec<WordOp>,
    /// Each changed figure described ("officers: 27 → 31, +4, +14.8 %").
    pub figures: Vec<String>,
}

/// One figure of a thread over the years.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportSeries {
    /// What it counts.
    pub label: String,
    /// Its values, oldest first.
    pub points: Vec<ReportPoint>,
}

/// One value of a series.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportPoint {
    /// The letter it came from, as the reader names it.
    pub letter: String,
    /// The period the question asked about, when it names one.
    pub period: Option<String>,
    /// The value, for the chart.
    pub value: f64,
    /// The value as printed ("£412,000", "9.3 %").
    pub shown: String,
}

/// One letter in a report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportDocument {
    /// Library id.
    pub id: i64,
    /// The request reference.
    pub reference: Option<String>,
    /// A short title.
    pub title: String,
    /// The authority that answered.
    pub authority: Option<String>,
    /// The response date, `YYYY-MM-DD`.
    pub date: Option<String>,
    /// The decision read from the letter (`full`, `partial`, …).
    pub decision: String,
    /// The letter's own review status (`unreviewed` when never set).
    pub status: String,
    /// Who set the letter's review status.
    pub reviewer: Option<String>,
    /// The provisions cited, as written.
    pub exemptions: Vec<String>,
    /// The questions with their answers.
    pub questions: Vec<ReportQuestion>,
    /// The reviewer's live notes on the letter.
    pub annotations: Vec<ReportAnnotation>,
    /// Every review status set on the letter and its answers.
    pub review_statuses: Vec<ReportStatus>,
}

/// One question with its answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportQuestion {
    /// The printed label (or the number), when there is one.
    pub label: Option<String>,
    /// The question.
    pub text: String,
    /// The answer, when one was found.
    pub answer: Option<String>,
    /// How it was answered (`answered`, `refused`, …).
    pub outcome: &'static str,
    /// The answer's review status (`unreviewed` when never set).
    pub status: String,
}

/// One note of the reviewer's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportAnnotation {
    /// Annotation id.
    pub id: i64,
    /// The letter it is on.
    pub document_id: i64,
    /// The letter's reference.
    pub reference: Option<String>,
    /// The question it is on, if any.
    pub question_label: Option<String>,
    /// The passage noted, verbatim.
    pub quote: String,
    /// The note.
    pub note: String,
    /// Its tags.
    pub tags: Vec<String>,
    /// Its highlight colour.
    pub colour: String,
    /// Whether its passage was found again (`exact`, `fuzzy`, `orphan`).
    pub anchor_state: String,
    /// Byte offset of the passage.
    pub start: Option<i64>,
    /// Byte offset where the passage ends.
    pub end: Option<i64>,
    /// When it was made, RFC 3339.
    pub created_at: String,
    /// When it was last changed.
    pub updated_at: String,
}

/// A review status set on a letter (no label) or one of its answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportStatus {
    /// The letter.
    pub document_id: i64,
    /// The answer's question label, or `None` for the letter.
    pub question_label: Option<String>,
    /// `unreviewed`, `in_review`, `reviewed` or `follow_up`.
    pub status: String,
    /// Who set it.
    pub reviewer: Option<String>,
    /// When, RFC 3339.
    pub updated_at: String,
}
