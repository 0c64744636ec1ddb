//! Threads, comparisons and trends: the list of question threads, one thread year by year against
//! a reference year with its figures as trends, two answers or letters side by side, the
//! reviewer's decisions on a thread, and a thread's figures exported as CSV (the queue of open
//! suggestions is in `suggestions`). The work is the
//! core's and ingest's (the CLI calls the same functions); here it is only converted for the UI.

use disclosure_core::diff::{
    compare_letters, compare_questions, format_figure, side_by_side, CellChange, CompareError, Comparison, DiffOptions,
    FigureChange, OpKind, Piece,
};
use disclosure_library::threading::{
    likelihood, move_question_into, move_question_out, period_years, rebuild_threads, split_thread as split_members,
    thread_series_csv, thread_timeline, update_threads, ThreadActionError, ThreadTimeline, TrendLine,
};
use disclosure_store::{Store, StoreError, ThreadMemberRecord, ThreadRecord};
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Runtime, State};
use ts_rs::TS;

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
    /// `confirmed` once the reviewer confirmed it or placed every member, else `suggested`.
    pub status: String,
    /// The lowest score of its suggested members: how sure the thread is at its weakest; null
    /// when no member is left to settle.
    pub weakest_score: Option<f64>,
    /// That score in words ("very likely", "likely", "possible", "doubtful").
    pub certainty: Option<String>,
    /// The questions, oldest letter first.
    pub members: Vec<ThreadMemberView>,
}

/// A piece of an answer or letter in a comparison.
#[derive(Debug, Clone, Serialize, TS)]
pub struct DiffPiece {
    /// `equal`, `deleted`, `inserted`, `moved_away` or `moved_here`.
    pub kind: String,
    /// The words, to be shown as text only.
    pub text: String,
    /// The number of the change it belongs to (from 0), for everything but equal pieces.
    pub change: Option<u32>,
    /// True when it opens a new paragraph.
    pub starts_paragraph: bool,
}

/// One passage of a side-by-side comparison: both columns always hold the same passage.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ComparisonRow {
    /// The old text's pieces.
    pub old: Vec<DiffPiece>,
    /// The new text's pieces.
    pub new: Vec<DiffPiece>,
    /// The changes in this row.
    pub changes: Vec<u32>,
}

/// A figure compared across two answers.
#[derive(Debug, Clone, Serialize, TS)]
pub struct FigureChangeView {
    /// What it counts.
    pub label: String,
    /// `count`, `pounds` or `percent`.
    pub unit: String,
    /// The old value, when the old answer has it.
    pub old: Option<f64>,
    /// The new value, when the new answer has it.
    pub new: Option<f64>,
    /// New minus old.
    pub delta: Option<f64>,
    /// The change in per cent of the old value, to one decimal.
    pub percent: Option<f64>,
    /// "377 → 412, +35, +9.3 %".
    pub description: String,
    /// False when the value held steady.
    pub changed: bool,
}

/// A table cell in both answers.
#[derive(Debug, Clone, Serialize, TS)]
pub struct CellChangeView {
    /// The row's label.
    pub row: String,
    /// The column's label.
    pub column: String,
    /// The old cell.
    pub old: String,
    /// The new cell.
    pub new: String,
    /// True when the cell's text changed.
    pub changed: bool,
}

/// One side of a comparison.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ComparedLetter {
    /// The letter.
    #[ts(type = "number")]
    pub document_id: i64,
    /// Its reference.
    pub reference: Option<String>,
    /// Its response date, `YYYY-MM-DD`.
    pub date: Option<String>,
    /// Its short title.
    pub title: String,
}

/// Two answers (or two letters) side by side.
#[derive(Debug, Clone, Serialize, TS)]
pub struct AnswerComparison {
    /// The older letter.
    pub old: ComparedLetter,
    /// The newer letter.
    pub new: ComparedLetter,
    /// The question compared, or null for the whole letters.
    pub question: Option<String>,
    /// The passages, old beside new.
    pub rows: Vec<ComparisonRow>,
    /// How many changes the rows number.
    pub n_changes: u32,
    /// Every figure matched by label (unchanged ones marked so).
    pub figure_changes: Vec<FigureChangeView>,
    /// Table cells in both answers.
    pub table_changes: Vec<CellChangeView>,
    /// Paragraphs that moved, as printed in the new text.
    pub moves: Vec<String>,
    /// True when the texts were too different to compare in time and parts are whole replacements.
    pub coarse: bool,
}

/// How words are compared.
#[derive(Debug, Clone, Copy, Default, Deserialize, Serialize, TS)]
pub struct CompareOptions {
    /// "Withdrawn" equals "withdrawn".
    pub ignore_case: bool,
    /// "2022," equals "2022".
    pub ignore_punctuation: bool,
}

impl From<CompareOptions> for DiffOptions {
    fn from(options: CompareOptions) -> Self {
        DiffOptions {
            ignore_case: options.ignore_case,
            ignore_punctuation: options.ignore_punctuation,
            ..DiffOptions::default()
        }
    }
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
    /// `count`, `pounds` or `percent`.
    pub unit: String,
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

/// A member named by the UI for a split.
#[derive(Debug, Clone, Deserialize, TS)]
pub struct MemberRef {
    /// The letter.
    #[ts(type = "number")]
    pub document_id: i64,
    /// The member's question key.
    pub question_key: String,
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
        let settled = thread.is_settled();
        let weakest_score = if settled {
            None
        } else {
            thread
                .members
                .iter()
                .filter(|member| !member.by_reviewer)
                .filter_map(|member| member.score)
                .min_by(f64::total_cmp)
        };
        ThreadSummary {
            id: thread.id,
            title: thread.title.clone(),
            authority: thread.authority.clone(),
            confirmed: thread.confirmed,
            reviewed: thread.reviewed,
            status: if settled { "confirmed" } else { "suggested" }.to_string(),
            weakest_score,
            certainty: weakest_score.map(|score| likelihood(score).to_string()),
            members: thread.members.iter().map(ThreadMemberView::from).collect(),
        }
    }
}

impl From<&FigureChange> for FigureChangeView {
    fn from(change: &FigureChange) -> Self {
        FigureChangeView {
            label: change.label.clone(),
            unit: change.unit.as_str().to_string(),
            old: change.old,
            new: change.new,
            delta: change.delta(),
            percent: change.percent().map(|percent| (percent * 10.0).round() / 10.0),
            description: change.describe(),
            changed: change.is_change(),
        }
    }
}

impl From<&CellChange> for CellChangeView {
    fn from(cell: &CellChange) -> Self {
        CellChangeView {
            row: cell.row.clone(),
            column: cell.column.clone(),
            old: cell.old.clone(),
            new: cell.new.clone(),
            changed: cell.changed(),
        }
    }
}

impl From<&Piece> for DiffPiece {
    fn from(piece: &Piece) -> Self {
        DiffPiece {
            kind: piece.kind.as_str().to_string(),
            text: piece.text.clone(),
            change: piece.change.map(|change| change as u32),
            starts_paragraph: piece.starts_paragraph,
        }
    }
}

impl From<&TrendLine> for TrendSeries {
    fn from(line: &TrendLine) -> Self {
        TrendSeries {
            label: line.series.label.clone(),
            unit: line.series.unit.as_str().to_string(),
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
                OpKind::Equal => ("equal", &op.new),
                OpKind::Delete => ("deleted", &op.old),
                OpKind::Insert => ("inserted", &op.new),
            };
            DiffPiece { kind: kind.to_string(), text: text.clone(), change: None, starts_paragraph: false }
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
        }
    }
}

/// Every thread of two or more questions, as the threads list shows them.
fn thread_summaries(store: &Store) -> CommandResult<Vec<ThreadSummary>> {
    let threads = store.list_threads(2).map_err(store_error)?;
    Ok(threads.iter().map(ThreadSummary::from).collect())
}

fn compare_error(error: CompareError) -> CommandError {
    let message = error.to_string();
    // The core's sentence starts in lower case, for the CLI's "disclosure: …" prefix.
    let mut sentence: String =
        message.chars().take(1).flat_map(char::to_uppercase).chain(message.chars().skip(1)).collect();
    sentence.push('.');
    CommandError::new("not_found", sentence)
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
        let same_authority = store
            .list_threads(1)
            .map_err(store_error)?
            .iter()
            .filter(|thread| thread.id != id && thread.authority == timeline.thread.authority)
            .map(ThreadSummary::from)
            .collect();
        Ok(ThreadDetail::new(&timeline, same_authority))
    })
    .await
}

/// Two letters side by side: their answers to `question` (numbered `old_question` in the old
/// letter, when that differs), or the whole letters without one.
#[tauri::command]
pub async fn compare_documents(
    library: State<'_, Library>,
    old_id: i64,
    new_id: i64,
    question: Option<String>,
    old_question: Option<String>,
    options: Option<CompareOptions>,
) -> CommandResult<AnswerComparison> {
    with_store(&library, move |store| {
        let old = store.get_document(old_id).map_err(store_error)?;
        let new = store.get_document(new_id).map_err(store_error)?;
        let options = DiffOptions::from(options.unwrap_or_default());
        // The same question is often numbered differently from one year to the next.
        let comparison = match (question.as_deref(), old_question.as_deref()) {
            (Some(new_label), Some(old_label)) => {
                compare_questions(&old.text, &new.text, old_label, new_label, &options)
            }
            _ => compare_letters(&old.text, &new.text, question.as_deref(), &options),
        }
        .map_err(compare_error)?;
        let columns = side_by_side(&comparison.diff, &comparison.moves);
        let letter = |record: &disclosure_store::DocumentRecord| ComparedLetter {
            document_id: record.row.id,
            reference: record.row.reference.clone(),
            date: record.row.response_date.clone(),
            title: record.row.title.clone(),
        };
        Ok(AnswerComparison {
            old: letter(&old),
            new: letter(&new),
            question,
            rows: columns
                .rows
                .iter()
                .map(|row| ComparisonRow {
                    old: row.old.iter().map(DiffPiece::from).collect(),
                    new: row.new.iter().map(DiffPiece::from).collect(),
                    changes: row.changes().into_iter().map(|change| change as u32).collect(),
                })
                .collect(),
            n_changes: columns.n_changes as u32,
            figure_changes: comparison.figures.iter().map(FigureChangeView::from).collect(),
            table_changes: comparison.cells.iter().map(CellChangeView::from).collect(),
            moves: comparison.moves.iter().map(|moved| moved.text.clone()).collect(),
            coarse: comparison.diff.coarse,
        })
    })
    .await
}

/// The reviewer confirms a thread as it stands.
#[tauri::command]
pub async fn confirm_thread(library: State<'_, Library>, id: i64) -> CommandResult<()> {
    with_store(&library, move |store| store.update_thread_confirmed(id).map_err(store_error)).await
}

/// The reviewer gives a thread a title of their own.
#[tauri::command]
pub async fn rename_thread(library: State<'_, Library>, id: i64, title: String) -> CommandResult<()> {
    let title = title.trim().to_string();
    if title.is_empty() {
        return Err(CommandError::new("invalid", "A thread's title cannot be empty."));
    }
    with_store(&library, move |store| store.update_thread_title(id, &title).map_err(store_error)).await
}

/// The reviewer splits members off a thread into a new thread; returns the new thread's id.
#[tauri::command]
pub async fn split_thread(library: State<'_, Library>, id: i64, members: Vec<MemberRef>) -> CommandResult<i64> {
    if members.is_empty() {
        return Err(CommandError::new("invalid", "Choose at least one question to split off."));
    }
    with_store(&library, move |store| {
        let members: Vec<(i64, String)> =
            members.into_iter().map(|member| (member.document_id, member.question_key)).collect();
        Ok(split_members(store, id, &members)?)
    })
    .await
}

/// The reviewer merges thread `from` into thread `into`; `from` is deleted.
#[tauri::command]
pub async fn merge_threads(library: State<'_, Library>, from: i64, into: i64) -> CommandResult<()> {
    if from == into {
        return Err(CommandError::new("invalid", "A thread cannot be merged into itself."));
    }
    with_store(&library, move |store| store.update_thread_merge(from, into).map_err(store_error)).await
}

/// The reviewer moves a question in or out: with `into`, question `question` (label or key) of
/// letter `document_id` moves into thread `into`; without it, it moves out of thread `thread_id`.
#[tauri::command]
pub async fn move_thread_member(
    library: State<'_, Library>,
    thread_id: i64,
    document_id: i64,
    question: String,
    into: Option<i64>,
) -> CommandResult<()> {
    with_store(&library, move |store| match into {
        Some(into) => Ok(move_question_into(store, into, document_id, &question)?),
        None => Ok(move_question_out(store, thread_id, document_id, &question)?),
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
