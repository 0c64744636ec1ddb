//! The JSON shapes of `threads` and `diff`.

use disclosure_core::diff::{CellChange, FigureChange, MovedBlock, WordOp};
use disclosure_store::{ThreadRecord, ThreadSuggestion};
use serde::Serialize;

/// One thread of `threads --json`.
#[derive(Debug, Serialize)]
pub struct ListedThread<'a> {
    pub id: i64,
    pub title: &'a str,
    pub authority: &'a str,
    pub members: Vec<ListedThreadMember<'a>>,
    /// True once the reviewer confirmed the thread.
    pub confirmed: bool,
    /// `"confirmed"` when the reviewer confirmed it or placed every member, else `"suggested"`.
    pub status: &'static str,
}

/// One question of a thread.
#[derive(Debug, Serialize)]
pub struct ListedThreadMember<'a> {
    pub document_id: i64,
    pub reference: Option<&'a str>,
    pub question_label: Option<&'a str>,
    pub date: Option<&'a str>,
    /// How alike it is to the thread (0–1), on every member after the first; 1 for the reviewer's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score: Option<f64>,
}

/// One open suggestion of `threads suggestions --json`.
#[derive(Debug, Serialize)]
pub struct SuggestionLine<'a> {
    pub thread_id: i64,
    pub document_id: i64,
    /// The label as printed, else the key (`#2`) the question is known by.
    pub question_label: &'a str,
    pub score: f64,
}

impl<'a> From<&'a ThreadSuggestion> for SuggestionLine<'a> {
    fn from(suggestion: &'a ThreadSuggestion) -> Self {
        SuggestionLine {
            thread_id: suggestion.thread_id,
            document_id: suggestion.document_id,
            question_label: suggestion.question_label.as_deref().unwrap_or(&suggestion.question_key),
            score: round_score(suggestion.score),
        }
    }
}

fn round_score(score: f64) -> f64 {
    (score.clamp(0.0, 1.0) * 1000.0).round() / 1000.0
}

impl<'a> From<&'a ThreadRecord> for ListedThread<'a> {
    fn from(thread: &'a ThreadRecord) -> Self {
        ListedThread {
            id: thread.id,
            title: &thread.title,
            authority: &thread.authority,
            confirmed: thread.confirmed,
            status: if thread.is_settled() { "confirmed" } else { "suggested" },
            members: thread
                .members
                .iter()
                .enumerate()
                .map(|(position, member)| ListedThreadMember {
                    document_id: member.document_id,
                    reference: member.reference.as_deref(),
                    question_label: member.question_label.as_deref(),
                    date: member.date.as_deref(),
                    score: (position > 0)
                        .then(|| round_score(member.score.filter(|_| !member.by_reviewer).unwrap_or(1.0))),
                })
                .collect(),
        }
    }
}

/// `diff --json`: the word ops plus the changed figures (and, added beside them, table cells,
/// moved paragraphs and whether the diff was cut short).
#[derive(Debug, Serialize)]
pub struct AnswerDiff<'a> {
    pub ops: Vec<DiffOpLine<'a>>,
    pub figure_changes: Vec<FigureChangeLine>,
    pub table_changes: Vec<CellChangeLine<'a>>,
    pub moves: Vec<MoveLine<'a>>,
    pub coarse: bool,
}

/// One run of words.
#[derive(Debug, Serialize)]
pub struct DiffOpLine<'a> {
    pub op: &'static str,
    pub old: &'a str,
    pub new: &'a str,
}

impl<'a> From<&'a WordOp> for DiffOpLine<'a> {
    fn from(op: &'a WordOp) -> Self {
        DiffOpLine { op: op.kind.as_str(), old: &op.old, new: &op.new }
    }
}

/// One figure compared: `old`/`new` are null when the label is only on one side.
#[derive(Debug, Serialize)]
pub struct FigureChangeLine {
    pub label: String,
    pub unit: &'static str,
    pub old: Option<f64>,
    pub new: Option<f64>,
    pub delta: Option<f64>,
    pub percent: Option<f64>,
    /// "377 → 412, +35, +9.3 %".
    pub text: String,
    /// In a thread, true when either value was read by OCR from a scanned page; absent in `diff`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub read_by_ocr: Option<bool>,
}

impl From<&FigureChange> for FigureChangeLine {
    fn from(change: &FigureChange) -> Self {
        FigureChangeLine {
            label: change.label.clone(),
            unit: change.unit.as_str(),
            old: change.old,
            new: change.new,
            delta: change.delta(),
            percent: change.percent().map(|percent| (percent * 10.0).round() / 10.0),
            text: change.describe(),
            read_by_ocr: None,
        }
    }
}

/// One table cell present in both answers.
#[derive(Debug, Serialize)]
pub struct CellChangeLine<'a> {
    pub row: &'a str,
    pub column: &'a str,
    pub old: &'a str,
    pub new: &'a str,
    pub changed: bool,
}

impl<'a> From<&'a CellChange> for CellChangeLine<'a> {
    fn from(cell: &'a CellChange) -> Self {
        CellChangeLine { row: &cell.row, column: &cell.column, old: &cell.old, new: &cell.new, changed: cell.changed() }
    }
}

/// A paragraph moved: indexes into `ops` of its delete and its insert.
#[derive(Debug, Serialize)]
pub struct MoveLine<'a> {
    pub from_op: usize,
    pub to_op: usize,
    pub text: &'a str,
}

impl<'a> From<&'a MovedBlock> for MoveLine<'a> {
    fn from(moved: &'a MovedBlock) -> Self {
        MoveLine { from_op: moved.from_op, to_op: moved.to_op, text: &moved.text }
    }
}

/// `thread show --json`: one thread read year by year.
#[derive(Debug, Serialize)]
pub struct ThreadTimelineJson<'a> {
    pub id: i64,
    pub title: &'a str,
    pub authority: &'a str,
    pub confirmed: bool,
    /// The letter every other answer is compared with.
    pub reference_document: Option<i64>,
    pub members: Vec<TimelineMemberJson<'a>>,
    /// The distinct wordings: text and the letters worded so.
    pub variants: Vec<VariantJson<'a>>,
    pub series: Vec<SeriesJson<'a>>,
}

/// One year of a thread.
#[derive(Debug, Serialize)]
pub struct TimelineMemberJson<'a> {
    pub document_id: i64,
    pub reference: Option<&'a str>,
    pub question_label: Option<&'a str>,
    pub date: Option<&'a str>,
    pub question: Option<&'a str>,
    pub answer: Option<&'a str>,
    /// Index into `variants`.
    pub variant: Option<usize>,
    /// Figures compared with the reference letter's answer.
    pub figure_changes: Vec<FigureChangeLine>,
}

/// One wording shared by some answers.
#[derive(Debug, Serialize)]
pub struct VariantJson<'a> {
    pub text: &'a str,
    pub document_ids: Vec<i64>,
}

/// One figure followed across the thread.
#[derive(Debug, Serialize)]
pub struct SeriesJson<'a> {
    pub label: &'a str,
    pub unit: &'static str,
    pub points: Vec<PointJson<'a>>,
}

/// One value with where it came from.
#[derive(Debug, Serialize)]
pub struct PointJson<'a> {
    pub document_id: i64,
    pub reference: Option<&'a str>,
    pub date: Option<String>,
    pub period: Option<&'a str>,
    pub value: f64,
    pub passage: &'a str,
    /// True when the value was read by OCR from a scanned page: digits may be misread.
    pub read_by_ocr: bool,
}

impl<'a> From<&'a disclosure_library::threading::ThreadTimeline> for ThreadTimelineJson<'a> {
    fn from(timeline: &'a disclosure_library::threading::ThreadTimeline) -> Self {
        let thread = &timeline.thread;
        ThreadTimelineJson {
            id: thread.id,
            title: &thread.title,
            authority: &thread.authority,
            confirmed: thread.confirmed,
            reference_document: timeline.reference_document,
            members: timeline
                .entries
                .iter()
                .map(|entry| TimelineMemberJson {
                    document_id: entry.member.document_id,
                    reference: entry.member.reference.as_deref(),
                    question_label: entry.member.question_label.as_deref(),
                    date: entry.member.date.as_deref(),
                    question: entry.question.as_deref(),
                    answer: entry.answer.as_deref(),
                    variant: entry.variant,
                    figure_changes: entry
                        .against_reference
                        .iter()
                        .flat_map(|comparison| comparison.figures.iter())
                        .enumerate()
                        .map(|(figure_idx, change)| FigureChangeLine {
                            read_by_ocr: Some(entry.figures_read_by_ocr.get(figure_idx).copied().unwrap_or(false)),
                            ..FigureChangeLine::from(change)
                        })
                        .collect(),
                })
                .collect(),
            variants: timeline
                .variants
                .iter()
                .map(|variant| VariantJson {
                    text: &variant.text,
                    document_ids: variant
                        .members
                        .iter()
                        .filter_map(|&n| timeline.entries.get(n))
                        .map(|entry| entry.member.document_id)
                        .collect(),
                })
                .collect(),
            series: timeline
                .trends
                .iter()
                .map(|line| SeriesJson {
                    label: &line.series.label,
                    unit: line.series.unit.as_str(),
                    points: line
                        .values
                        .iter()
                        .map(|value| PointJson {
                            document_id: value.point.document_id,
                            reference: value.reference.as_deref(),
                            date: value.point.date.map(|date| date.format("%Y-%m-%d").to_string()),
                            period: value.point.period.as_deref(),
                            value: value.point.value,
                            passage: &value.passage,
                            read_by_ocr: value.point.read_by_ocr,
                        })
                        .collect(),
                })
                .collect(),
        }
    }
}
