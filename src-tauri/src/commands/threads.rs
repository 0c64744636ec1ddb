//! Question threads: the list of threads, one thread year by year against a reference year with
//! its figures as trends, and a thread's figures exported as CSV. Comparing two letters is
//! `comparison`, the reviewer's decisions on a thread `thread_moves`, the queue of open
//! suggestions `suggestions`. The work is the library's `threading` (the CLI calls the same
//! functions); here it is only converted for the UI.

use disclosure_core::diff::{format_figure, Comparison, DiffOptions, OpKind};
use disclosure_library::threading::{
    likelihood, period_years, rebuild_threads, thread_series_csv, thread_timeline, threads_of_same_authority,
    update_threads, ThreadActionError, ThreadTimeline, TrendLine,
};
use disclosure_store::{Store, StoreError, ThreadMemberRecord, ThreadRecord};
use serde::Serialize;
use tauri::{AppHandle, Runtime, State};
use ts_rs::TS;

use super::codes::{DiffPieceKind, FigureUnitCode, ThreadStatusCode};
use super::comparison::{CompareOptions, DiffPiece, FigureChangeView};
use super::exports::{save_export, SavedExport};
use super::with_store;
use crate::error::{CommandError, CommandResult};
use crate::library::Library;

/// One question of a thread.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ThreadMemberView {
    /// The letter.
    #[ts(type = "number")]
    pub document_id: i64,
    /// The letter's reference, when found.
    pub reference: Option<String>,
    /// The letter's response date, `YYYY-MM-DD`.
    pub date: Option<String>,
    /// The key naming the question across re-reading: its label, or `#position`.
    pub question_key: String,
    /// The printed label.
    pub question_label: Option<String>,
    /// True when the reviewer put it there (or acted on its thread).
    pub by_reviewer: bool,
    /// How alike a suggested member is to its thread (0–1); null for the first member and the
    /// reviewer's.
    pub score: Option<f64>,
}

/// One thread in the list.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ThreadSummary {
    /// Library id.
    #[ts(type = "number")]
    pub id: i64,
    /// The reviewer's title, else the latest question.
    pub title: String,
    /// The authority asked.
    pub authority: String,
    /// True once the reviewer confirmed it.
    pub confirmed: bool,
    /// True once the reviewer acted on it in any way; rebuilds keep it.
    pub reviewed: bool,
    /// Confirmed once the reviewer confirmed it or placed every member, else suggested.
    pub status: ThreadStatusCode,
    /// The lowest score of its suggested members: how sure the thread is at its weakest; null
    /// when no member is left to settle.
    pub weakest_score: Option<f64>,
    /// That score in words ("very likely", "likely", "possible", "doubtful").
    pub certainty: Option<String>,
    /// The questions, oldest letter first.
    pub members: Vec<ThreadMemberView>,
}

/// One year of a thread: its answer against the reference year's.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ThreadYear {
    /// The member.
    pub member: ThreadMemberView,
    /// The question as asked that year, when the letter still has it.
    pub question: Option<String>,
    /// The answer, when one was found.
    pub answer: Option<String>,
    /// What happened to the question, when the letter still has it.
    pub outcome: Option<super::codes::OutcomeCode>,
    /// True for the reference year.
    pub is_reference: bool,
    /// The answer against the reference answer, inline (empty for the reference and unanswered years).
    pub pieces: Vec<DiffPiece>,
    /// The figures that changed from the reference year.
    pub figure_changes: Vec<FigureChangeView>,
    /// Index into the thread's variants.
    pub variant: Option<u32>,
}

/// A wording some answers share, figures and years aside.
#[derive(Debug, Clone, Serialize, TS)]
pub struct AnswerVariant {
    /// The wording as the first such answer prints it.
    pub text: String,
    /// The letters worded so, oldest first.
    #[ts(type = "number[]")]
    pub document_ids: Vec<i64>,
    /// Their response dates, for labelling (`YYYY-MM-DD`, or null when undated).
    pub dates: Vec<Option<String>>,
}

/// One value of a trend with where it came from.
#[derive(Debug, Clone, Serialize, TS)]
pub struct TrendPointView {
    /// The letter it came from.
    #[ts(type = "number")]
    pub document_id: i64,
    /// The letter's reference.
    pub reference: Option<String>,
    /// The letter's response date, `YYYY-MM-DD`.
    pub date: Option<String>,
    /// The period the question names ("2022", "2018–2022"), when it names one.
    pub period: Option<String>,
    /// The first year of that period, when it names years.
    pub period_from: Option<i32>,
    /// The last year of that period (the same as the first for a single year).
    pub period_to: Option<i32>,
    /// The value.
    pub value: f64,
    /// The value as printed for a reader: "£468,250".
    pub display: String,
    /// The line of the letter the value is printed in.
    pub passage: String,
    /// True when the value was read by OCR from a scanned page, where digits may be misread.
    pub read_by_ocr: bool,
}

/// One figure followed across a thread.
#[derive(Debug, Clone, Serialize, TS)]
pub struct TrendSeries {
    /// The label as first printed.
    pub label: String,
    /// What the figure counts in.
    pub unit: FigureUnitCode,
    /// True when values cover periods of different lengths: the reader must see each period.
    pub periods_differ: bool,
    /// The values, oldest letter first.
    pub points: Vec<TrendPointView>,
}

/// A thread as the reviewer reads it.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ThreadDetail {
    /// The thread and its members.
    pub thread: ThreadSummary,
    /// The letter every answer is compared with.
    #[ts(type = "number | null")]
    pub reference_document: Option<i64>,
    /// One entry per member, oldest first.
    pub years: Vec<ThreadYear>,
    /// The distinct wordings of the answers.
    pub variants: Vec<AnswerVariant>,
    /// The figures as trends.
    pub trends: Vec<TrendSeries>,
    /// Other threads of the same authority, which this one can be merged with.
    pub same_authority: Vec<ThreadSummary>,
}

impl From<&ThreadMemberRecord> for ThreadMemberView {
    fn from(member: &ThreadMemberRecord) -> Self {
        ThreadMemberView {
            document_id: member.document_id,
            reference: member.reference.clone(),
            date: member.date.clone(),
            question_key: member.question_key.clone(),
            question_label: member.question_label.clone(),
            by_reviewer: member.by_reviewer,
            score: member.score,
        }
    }
}

impl From<&ThreadRecord> for ThreadSummary {
    fn from(thread: &ThreadRecord) -> Self {
        let weakest_score = thread.weakest_score();
        ThreadSummary {
            id: thread.id,
            title: thread.title.clone(),
            authority: thread.authority.clone(),
            confirmed: thread.confirmed,
            reviewed: thread.reviewed,
            status: if thread.is_settled() { ThreadStatusCode::Confirmed } else { ThreadStatusCode::Suggested },
            weakest_score,
            certainty: weakest_score.map(|score| likelihood(score).to_string()),
            members: thread.members.iter().map(ThreadMemberView::from).collect(),
        }
    }
}

impl From<&TrendLine> for TrendSeries {
    fn from(line: &TrendLine) -> Self {
        TrendSeries {
            label: line.series.label.clone(),
            unit: FigureUnitCode::named(line.series.unit.as_str()),
            periods_differ: line.series.periods_differ_in_length(),
            points: line
                .values
                .iter()
                .map(|value| TrendPointView {
                    document_id: value.point.document_id,
                    reference: value.reference.clone(),
                    date: value.point.date.map(|date| date.format("%Y-%m-%d").to_string()),
                    period: value.point.period.clone(),
                    period_from: value.point.period.as_deref().and_then(period_years).map(|(from, _)| from),
                    period_to: value.point.period.as_deref().and_then(period_years).map(|(_, to)| to),
                    value: value.point.value,
                    display: format_figure(value.point.value, line.series.unit),
                    passage: value.passage.clone(),
                    read_by_ocr: value.point.read_by_ocr,
                })
                .collect(),
        }
    }
}

/// An answer against the reference, as one inline run of pieces.
fn inline_pieces(comparison: &Comparison) -> Vec<DiffPiece> {
    comparison
        .diff
        .ops
        .iter()
        .map(|op| {
            let (kind, text) = match op.kind {
                OpKind::Equal => (DiffPieceKind::Equal, &op.new),
                OpKind::Delete => (DiffPieceKind::Deleted, &op.old),
                OpKind::Insert => (DiffPieceKind::Inserted, &op.new),
            };
            DiffPiece { kind, text: text.clone(), change: None, starts_paragraph: false }
        })
        .collect()
}

impl ThreadDetail {
    fn new(timeline: &ThreadTimeline, same_authority: Vec<ThreadSummary>) -> Self {
        let years = timeline
            .entries
            .iter()
            .map(|entry| ThreadYear {
                member: ThreadMemberView::from(&entry.member),
                question: entry.question.clone(),
                answer: entry.answer.clone(),
                outcome: entry.outcome.as_deref().map(super::codes::OutcomeCode::named),
                is_reference: timeline.reference_document == Some(entry.member.document_id),
                pieces: entry.against_reference.as_ref().map(inline_pieces).unwrap_or_default(),
                figure_changes: entry
                    .against_reference
                    .iter()
                    .flat_map(|comparison| &comparison.figures)
                    .filter(|change| change.is_change())
                    .map(FigureChangeView::from)
                    .collect(),
                variant: entry.variant.map(|variant| variant as u32),
            })
            .collect();
        let variants = timeline
            .variants
            .iter()
            .map(|variant| {
                let members: Vec<_> = variant.members.iter().filter_map(|&n| timeline.entries.get(n)).collect();
                AnswerVariant {
                    text: variant.text.clone(),
                    document_ids: members.iter().map(|entry| entry.member.document_id).collect(),
                    dates: members.iter().map(|entry| entry.member.date.clone()).collect(),
                }
            })
            .collect();
        ThreadDetail {
            thread: ThreadSummary::from(&timeline.thread),
            reference_document: timeline.reference_document,
            years,
            variants,
            trends: timeline.trends.iter().map(TrendSeries::from).collect(),
            same_authority,
        }
    }
}

/// A store error as the UI needs it: a missing thread is `not_found`, like a missing document.
pub(super) fn store_error(error: StoreError) -> CommandError {
    match error {
        StoreError::ThreadNotFound(id) => CommandError::new(
            "not_found",
            format!("Thread {id} is no longer in the library; it may have been merged or rebuilt."),
        ),
        other => CommandError::from(other),
    }
}

impl From<ThreadActionError> for CommandError {
    fn from(error: ThreadActionError) -> Self {
        match error {
            ThreadActionError::Store(error) => store_error(error),
            ThreadActionError::NoSuchQuestion { document_id, question } => {
                CommandError::new("not_found", format!("Document {document_id} has no question {question}."))
            }
            ThreadActionError::NotAMember { thread_id, document_id } => {
                CommandError::new("invalid", format!("Document {document_id} has no question in thread {thread_id}."))
            }
            ThreadActionError::EmptyTitle => CommandError::new("invalid", "A thread's title cannot be empty."),
            ThreadActionError::MergeIntoItself => {
                CommandError::new("invalid", "A thread cannot be merged into itself.")
            }
            ThreadActionError::NothingToSplit => {
                CommandError::new("invalid", "Choose at least one question to split off.")
            }
        }
    }
}

/// Every thread of two or more questions, as the threads list shows them.
fn thread_summaries(store: &Store) -> CommandResult<Vec<ThreadSummary>> {
    let threads = store.list_threads(2).map_err(store_error)?;
    Ok(threads.iter().map(ThreadSummary::from).collect())
}

/// Every thread of two or more questions, after taking in letters imported since the last build.
#[tauri::command]
pub async fn list_threads(library: State<'_, Library>) -> CommandResult<Vec<ThreadSummary>> {
    with_store(&library, move |store| {
        update_threads(store).map_err(store_error)?;
        thread_summaries(store)
    })
    .await
}

/// Recomputes every suggestion; the reviewer's decisions are kept.
#[tauri::command]
pub async fn rebuild_thread_suggestions(library: State<'_, Library>) -> CommandResult<Vec<ThreadSummary>> {
    with_store(&library, move |store| {
        rebuild_threads(store).map_err(store_error)?;
        thread_summaries(store)
    })
    .await
}

/// One thread year by year against `reference_document` (default: the latest answered year).
#[tauri::command]
pub async fn get_thread(
    library: State<'_, Library>,
    id: i64,
    reference_document: Option<i64>,
    options: Option<CompareOptions>,
) -> CommandResult<ThreadDetail> {
    with_store(&library, move |store| {
        let options = DiffOptions::from(options.unwrap_or_default());
        let timeline = thread_timeline(store, id, reference_document, &options)?;
        let same_authority =
            threads_of_same_authority(store, &timeline.thread)?.iter().map(ThreadSummary::from).collect();
        Ok(ThreadDetail::new(&timeline, same_authority))
    })
    .await
}

/// Writes a thread's figures as CSV where the reviewer chooses; null when they cancel.
#[tauri::command]
pub async fn export_thread_series<R: Runtime>(
    app: AppHandle<R>,
    library: State<'_, Library>,
    id: i64,
) -> CommandResult<Option<SavedExport>> {
    let (suggested_name, csv) = with_store(&library, move |store| Ok(thread_series_csv(store, id)?)).await?;
    save_export(app, "Export the thread's figures", suggested_name, "csv", csv.into_bytes()).await
}
