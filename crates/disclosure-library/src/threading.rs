//! Building the library's question threads: every stored letter is read, its questions go
//! through the core's [`ThreadIndex`] with the reviewer's decisions as pins and exclusions, and
//! the suggestions replace the previous ones. The reviewer's decisions are never touched.
//! Also the thread as a reviewer reads it ([`thread_timeline`]: answers against a reference year,
//! wordings, trends with provenance), its figures as CSV, and moving a question in by its label,
//! which need both the stored letters and the core, for the CLI and the app alike.

use disclosure_core::diff::{compare_answers, format_figure, Comparison, DiffOptions};
use disclosure_core::parse::{labelled_position, parse, Answer, QuestionNames, Span};
use disclosure_core::report::{ReportChange, ReportPoint, ReportSeries, ReportThread};
use disclosure_core::threads::timeline::{against_reference, find_question, Variant};
use disclosure_core::threads::trends::{passage_of, series_csv, trends, PointSource, Series, TrendPoint, TrendSource};
use disclosure_core::threads::{DocumentInput, LetterOrder, QuestionInput, QuestionKey, ThreadIndex};
use disclosure_store::{NewThreadMember, Result, Store, SuggestedThread, ThreadRecord, ThreadSuggestion};

use crate::trend_figures::{member_sources, FigureSource};

/// How much of a letter's text the index reads for its letterhead (and for its request, when no
/// question was read).
const OPENING_CHARS: usize = 3000;

/// What a build did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ThreadBuild {
    /// Letters read.
    pub n_documents: usize,
    /// Threads of two or more questions after the build.
    pub n_threads: usize,
}

/// Rebuilds the suggestions when some letter has not been seen by the last build; returns
/// `None` when nothing was new.
pub fn update_threads(store: &mut Store) -> Result<Option<ThreadBuild>> {
    if store.count_unthreaded_documents()? == 0 {
        return Ok(None);
    }
    rebuild_threads(store).map(Some)
}

/// Recomputes every suggested thread from the stored letters, keeping the reviewer's decisions.
///
/// Letters go through the index oldest first (by date, else the year their reference encodes,
/// then by id), so the result does not depend on the order the letters were imported in.
pub fn rebuild_threads(store: &mut Store) -> Result<ThreadBuild> {
    let mut rows = store.list_documents()?;
    let order = |row: &disclosure_store::DocumentRow| {
        LetterOrder::from_iso_date(row.response_date.as_deref(), row.reference.as_deref())
    };
    rows.sort_by(|a, b| order(a).cmp(&order(b)).then(a.id.cmp(&b.id)));
    let mut inputs = Vec::with_capacity(rows.len());
    for row in &rows {
        let record = store.get_document(row.id)?;
        let disclosure = parse(&record.text);
        inputs.push(DocumentInput {
            document_id: row.id,
            authority: row.authority.clone(),
            reference: row.reference.clone(),
            // The library's date, which is the reviewer's when corrected.
            date: row.response_date.as_deref().and_then(|date| date.parse().ok()),
            title: row.title.clone(),
            opening: record.text.chars().take(OPENING_CHARS).collect(),
            questions: disclosure
                .questions
                .iter()
                .map(|question| QuestionInput { label: question.label.clone(), text: asked_in_full(question) })
                .collect(),
        });
    }

    let decisions = store.list_thread_decisions()?;
    let mut index = ThreadIndex::new();
    for (thread, document_id, key) in &decisions.pins {
        index.pin(QuestionKey { document_id: *document_id, key: key.clone() }, *thread);
    }
    for (thread, document_id, key) in &decisions.exclusions {
        index.exclude(QuestionKey { document_id: *document_id, key: key.clone() }, *thread);
    }
    for input in &inputs {
        index.add_document(input);
    }

    let mut suggestions = Vec::new();
    let mut n_threads = 0;
    for thread in index.threads() {
        if thread.members.len() >= 2 {
            n_threads += 1;
        }
        let members: Vec<NewThreadMember> = thread
            .members
            .iter()
            .filter(|member| !member.pinned)
            .map(|member| NewThreadMember {
                document_id: member.document_id,
                question_key: QuestionKey::new(member.document_id, member.question_idx, member.label.as_deref()).key,
                question_idx: member.question_idx as i64,
                question_label: member.label.clone(),
                score: member.score.map(|score| score.clamp(0.0, 1.0)),
            })
            .collect();
        // A suggestion of one question is no thread; a reviewer's thread keeps what it has.
        if thread.reviewer_thread.is_none() && members.len() < 2 || members.is_empty() {
            continue;
        }
        suggestions.push(SuggestedThread {
            reviewed_thread: thread.reviewer_thread,
            title: thread.title,
            authority: thread.authority,
            members,
        });
    }
    let seen: Vec<i64> = rows.iter().map(|row| row.id).collect();
    store.replace_thread_suggestions(&suggestions, &seen)?;
    Ok(ThreadBuild { n_documents: rows.len(), n_threads })
}

/// A question with its lettered parts when its words stop short of the ask ("How many officers
/// have been found guilty of:" asks nothing until its parts name gross misconduct). Parts after a
/// whole question only qualify it, and their words would blur it.
fn asked_in_full(question: &disclosure_core::parse::Question) -> String {
    let mut text = question.text.clone();
    if !text.trim_end().ends_with([':', '-', '–']) {
        return text;
    }
    for part in &question.parts {
        text.push(' ');
        text.push_str(&part.text);
    }
    text
}

/// Why a reviewer's action on a thread could not be carried out.
#[derive(Debug, thiserror::Error)]
pub enum ThreadActionError {
    /// The letter has no question by that label or key.
    #[error("document {document_id} has no question {question}")]
    NoSuchQuestion {
        /// The letter.
        document_id: i64,
        /// The label or key asked for.
        question: String,
    },
    /// The letter named is not a member of the thread (or, to accept or reject, not an open
    /// suggestion for it).
    #[error("document {document_id} is not in thread {thread_id}")]
    NotAMember {
        /// The thread.
        thread_id: i64,
        /// The letter.
        document_id: i64,
    },
    /// A thread's new title is blank.
    #[error("a thread's title cannot be empty")]
    EmptyTitle,
    /// A thread was to be merged into itself.
    #[error("a thread cannot be merged into itself")]
    MergeIntoItself,
    /// A split names no member to split off.
    #[error("choose at least one question to split off")]
    NothingToSplit,
    /// The library could not be read or written.
    #[error(transparent)]
    Store(#[from] disclosure_store::StoreError),
}

/// One member of a thread read again from its letter.
#[derive(Debug, Clone, PartialEq)]
pub struct TimelineEntry {
    /// The member as stored.
    pub member: disclosure_store::ThreadMemberRecord,
    /// The question's words, when the letter still has the question.
    pub question: Option<String>,
    /// The answer's words, when one was found.
    pub answer: Option<String>,
    /// The question's outcome (`answered`, `withheld` …), when the letter still has the question.
    pub outcome: Option<String>,
    /// The answer compared with the reference year's; `None` for the reference itself.
    pub against_reference: Option<Comparison>,
    /// The wording variant of its answer.
    pub variant: Option<usize>,
    /// For each figure of `against_reference`, true when its old or new value was read by OCR
    /// from a scanned page, where digits may be misread.
    pub figures_read_by_ocr: Vec<bool>,
}

/// A figure of a series with where it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct TrendValue {
    /// The value, its date, period and span.
    pub point: TrendPoint,
    /// The letter's reference.
    pub reference: Option<String>,
    /// The line of the letter the value is printed in.
    pub passage: String,
}

/// One figure followed across a thread.
#[derive(Debug, Clone, PartialEq)]
pub struct TrendLine {
    /// The series as the core lined it up.
    pub series: Series,
    /// Its values with their provenance, in the series' order.
    pub values: Vec<TrendValue>,
}

/// A thread as the reviewer reads it: every year's answer against a reference year, the
/// wordings, and the figures as trends.
#[derive(Debug, Clone, PartialEq)]
pub struct ThreadTimeline {
    /// The thread.
    pub thread: ThreadRecord,
    /// The reference letter (the most recent answered member unless one was chosen).
    pub reference_document: Option<i64>,
    /// One entry per member, oldest first.
    pub entries: Vec<TimelineEntry>,
    /// The distinct wordings of the answers.
    pub variants: Vec<Variant>,
    /// The figures lined up by label.
    pub trends: Vec<TrendLine>,
}

/// Reads a thread's letters again and lines them up: answers against `reference_document` (by
/// default the latest member with an answer), variants of wording, and trends with provenance.
pub fn thread_timeline(
    store: &Store,
    thread_id: i64,
    reference_document: Option<i64>,
    options: &DiffOptions,
) -> Result<ThreadTimeline, ThreadActionError> {
    let thread = store.get_thread(thread_id)?;
    let mut records = Vec::with_capacity(thread.members.len());
    for member in &thread.members {
        records.push(store.get_document(member.document_id)?);
    }
    let letters: Vec<_> = records.iter().map(|record| parse(&record.text)).collect();
    let questions: Vec<_> = thread
        .members
        .iter()
        .zip(&letters)
        .map(|(member, letter)| {
            find_question(letter, &member.question_key, usize::try_from(member.question_idx).unwrap_or(usize::MAX))
        })
        .collect();
    let answers: Vec<_> =
        questions.iter().map(|question| question.and_then(|question| question.answer.as_ref())).collect();

    let reference = match reference_document {
        Some(document_id) => Some(
            thread
                .members
                .iter()
                .position(|member| member.document_id == document_id)
                .ok_or(ThreadActionError::NotAMember { thread_id, document_id })?,
        ),
        None => answers.iter().rposition(Option::is_some),
    };
    let timeline = against_reference(&answers, reference.unwrap_or(usize::MAX), options);

    let mut figure_sources: Vec<FigureSource> = Vec::new();
    for ((member, letter), (question, record)) in
        thread.members.iter().zip(&letters).zip(questions.iter().zip(&records))
    {
        let is_other_member = |document_id: i64| {
            document_id != member.document_id && thread.members.iter().any(|other| other.document_id == document_id)
        };
        // A sheet that is a member itself speaks for itself, not again beside its letter.
        figure_sources.extend(
            member_sources(store, member, record, letter, *question)?
                .into_iter()
                .filter(|source| !is_other_member(source.document_id)),
        );
    }
    let trends = trend_lines(&thread, &figure_sources);
    let member_ocr: Vec<Vec<Span>> = ocr_spans_by_member(&thread, &figure_sources);

    let entries = thread
        .members
        .iter()
        .zip(&questions)
        .zip(timeline.members)
        .enumerate()
        .map(|(position, ((member, question), compared))| TimelineEntry {
            figures_read_by_ocr: figures_read_by_ocr(
                compared.comparison.as_ref(),
                &member_ocr,
                position,
                reference.unwrap_or(usize::MAX),
            ),
            member: member.clone(),
            question: question.map(|question| question.text.clone()),
            answer: question.and_then(|question| question.answer.as_ref()).map(|answer| answer.text.clone()),
            outcome: question.map(|question| question.outcome.as_str().to_string()),
            against_reference: compared.comparison,
            variant: compared.variant,
        })
        .collect();
    Ok(ThreadTimeline {
        reference_document: reference
            .and_then(|position| thread.members.get(position))
            .map(|member| member.document_id),
        thread,
        entries,
        variants: timeline.variants,
        trends,
    })
}

/// The stretches read by OCR of each member's letter, in the members' order.
fn ocr_spans_by_member(thread: &ThreadRecord, figure_sources: &[FigureSource]) -> Vec<Vec<Span>> {
    thread
        .members
        .iter()
        .map(|member| {
            figure_sources
                .iter()
                .find(|source| source.document_id == member.document_id)
                .map(|source| source.ocr_spans.clone())
                .unwrap_or_default()
        })
        .collect()
}

/// Which figures of a member's comparison with the reference were read by OCR on either side:
/// the earlier letter of the two is the old one.
fn figures_read_by_ocr(
    comparison: Option<&Comparison>,
    member_ocr: &[Vec<Span>],
    position: usize,
    reference: usize,
) -> Vec<bool> {
    let Some(comparison) = comparison else { return Vec::new() };
    let (old, new) = if position < reference { (position, reference) } else { (reference, position) };
    let read_by_ocr = |letter: usize, span: Option<Span>| {
        span.zip(member_ocr.get(letter)).is_some_and(|(span, ocr)| ocr.iter().any(|page| page.contains(span)))
    };
    comparison
        .figures
        .iter()
        .map(|change| read_by_ocr(old, change.old_span) || read_by_ocr(new, change.new_span))
        .collect()
}

/// Lines up the figures of a thread's sources, each value with the reference and passage of the
/// document it is printed in.
fn trend_lines(thread: &ThreadRecord, figure_sources: &[FigureSource]) -> Vec<TrendLine> {
    let date_of = |document_id: i64| {
        thread.members.iter().find(|member| member.document_id == document_id).and_then(|member| member.date.clone())
    };
    // A sheet that came with a letter is dated by its letter (the member before it).
    let mut dates = Vec::with_capacity(figure_sources.len());
    let mut letter_date = None;
    for source in figure_sources {
        if thread.members.iter().any(|member| member.document_id == source.document_id) {
            letter_date = date_of(source.document_id);
        }
        dates.push(letter_date.clone());
    }
    let sources: Vec<TrendSource<'_>> = figure_sources
        .iter()
        .zip(&dates)
        .map(|(source, date)| TrendSource {
            document_id: source.document_id,
            // The library's date, which is the reviewer's when corrected.
            date: date.as_deref().and_then(|date| date.parse().ok()),
            question: &source.period_words,
            figures: &source.figures,
            ocr_spans: &source.ocr_spans,
        })
        .collect();
    let source_of = |document_id: i64| figure_sources.iter().find(|source| source.document_id == document_id);
    trends(&sources)
        .into_iter()
        .map(|series| {
            let values = series
                .points
                .iter()
                .map(|point| {
                    let source = source_of(point.document_id);
                    TrendValue {
                        point: point.clone(),
                        reference: source.and_then(|source| source.reference.clone()),
                        passage: source
                            .map(|source| passage_of(&source.text, point.span).to_string())
                            .unwrap_or_default(),
                    }
                })
                .collect();
            TrendLine { series, values }
        })
        .collect()
}

/// A thread's figures as CSV (see [`disclosure_core::threads::trends::series_csv`]) and a file
/// name to suggest for it.
pub fn thread_series_csv(store: &Store, thread_id: i64) -> Result<(String, String), ThreadActionError> {
    let timeline = thread_timeline(store, thread_id, None, &DiffOptions::default())?;
    let mut texts: Vec<(i64, Option<String>, String)> = Vec::new();
    for line in &timeline.trends {
        for value in &line.values {
            let document_id = value.point.document_id;
            if !texts.iter().any(|(id, _, _)| *id == document_id) {
                texts.push((document_id, value.reference.clone(), store.get_document(document_id)?.text));
            }
        }
    }
    let series: Vec<Series> = timeline.trends.into_iter().map(|line| line.series).collect();
    let csv = series_csv(&series, |document_id| {
        texts
            .iter()
            .find(|(id, _, _)| *id == document_id)
            .map(|(_, reference, text)| PointSource { reference: reference.as_deref(), text })
    });
    Ok((format!("thread-{thread_id}-figures.csv"), csv))
}

/// The reviewer moves a question of a letter (named by label, as "2" or "Q2", or by stored key)
/// into a thread, out of any thread it was in.
pub fn move_question_into(
    store: &mut Store,
    thread_id: i64,
    document_id: i64,
    question: &str,
) -> Result<(), ThreadActionError> {
    let record = store.get_document(document_id)?;
    let letter = parse(&record.text);
    let wanted = question.trim();
    let Some((question_idx, found)) = letter.question(wanted) else {
        return Err(ThreadActionError::NoSuchQuestion { document_id, question: wanted.to_string() });
    };
    let member = NewThreadMember {
        document_id,
        question_key: QuestionKey::new(document_id, question_idx, found.label.as_deref()).key,
        question_idx: question_idx as i64,
        question_label: found.label.clone(),
        score: None,
    };
    store.insert_thread_member(thread_id, &member)?;
    Ok(())
}

/// The stored key of the member of `thread` from letter `document_id` that `question` names, by
/// the one lookup of a question ([`labelled_position`]: its key or its label, "2", "Q2" or
/// "Question 2"). With `question` empty, the letter's only member.
fn member_key(thread: &ThreadRecord, document_id: i64, question: &str) -> Result<String, ThreadActionError> {
    let of_letter: Vec<_> = thread.members.iter().filter(|member| member.document_id == document_id).collect();
    let found = match of_letter.as_slice() {
        [only] if question.trim().is_empty() => Some(*only),
        _ => {
            let names: Vec<QuestionNames<'_>> = of_letter
                .iter()
                .map(|member| QuestionNames {
                    key: member.question_key.as_str().into(),
                    label: member.question_label.as_deref(),
                    number: None,
                })
                .collect();
            labelled_position(&names, question).map(|position| of_letter[position])
        }
    };
    found
        .map(|member| member.question_key.clone())
        .ok_or_else(|| ThreadActionError::NotAMember { thread_id: thread.id, document_id })
}

/// The reviewer accepts the suggestion that `question` (label as printed, its number, or key) of
/// letter `document_id` continues thread `thread_id`: it joins for good, and rebuilds keep it.
pub fn accept_suggestion(
    store: &mut Store,
    thread_id: i64,
    document_id: i64,
    question: &str,
) -> Result<(), ThreadActionError> {
    settle_suggestion(store, thread_id, document_id, question, Settlement::Join)
}

/// The reviewer rejects the suggestion that a question continues a thread: it leaves the thread
/// and is never suggested for it again, through rebuilds and re-readings.
pub fn reject_suggestion(
    store: &mut Store,
    thread_id: i64,
    document_id: i64,
    question: &str,
) -> Result<(), ThreadActionError> {
    settle_suggestion(store, thread_id, document_id, question, Settlement::KeepApart)
}

/// How the reviewer settled a suggestion.
#[derive(Debug, Clone, Copy)]
enum Settlement {
    Join,
    KeepApart,
}

fn settle_suggestion(
    store: &mut Store,
    thread_id: i64,
    document_id: i64,
    question: &str,
    settlement: Settlement,
) -> Result<(), ThreadActionError> {
    let thread = store.get_thread(thread_id)?;
    let key = member_key(&thread, document_id, question)?;
    let settled = match settlement {
        Settlement::Join => store.update_thread_suggestion_accepted(thread_id, document_id, &key)?,
        Settlement::KeepApart => store.update_thread_suggestion_rejected(thread_id, document_id, &key)?,
    };
    if !settled {
        // Already the reviewer's: nothing is left open to settle.
        return Err(ThreadActionError::NotAMember { thread_id, document_id });
    }
    Ok(())
}

/// The open suggestions, best score first (see [`Store::list_thread_suggestions`]).
pub fn open_suggestions(store: &Store) -> Result<Vec<ThreadSuggestion>> {
    store.list_thread_suggestions()
}

/// What newly imported letters add to the threads: which of their questions continue threads
/// that already held an earlier letter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Continuations {
    /// (thread, letter, question key) for each question of a new letter found continuing a thread.
    pub members: Vec<(i64, i64, String)>,
    /// How many distinct threads they continue.
    pub n_threads: usize,
}

impl Continuations {
    /// "4 questions continue 3 threads", or `None` when the new letters continue none.
    pub fn describe(&self) -> Option<String> {
        if self.members.is_empty() {
            return None;
        }
        let questions = if self.members.len() == 1 { "question continues" } else { "questions continue" };
        let threads = if self.n_threads == 1 { "thread" } else { "threads" };
        Some(format!("{} {questions} {} {threads}", self.members.len(), self.n_threads))
    }
}

/// Brings the threads up to date after an import and says which questions of the letters
/// `new_documents` continue a thread holding some other letter, for the app to show.
pub fn continuations_after_import(store: &mut Store, new_documents: &[i64]) -> Result<Continuations> {
    update_threads(store)?;
    let new: std::collections::HashSet<i64> = new_documents.iter().copied().collect();
    let mut continuations = Continuations::default();
    for thread in store.list_threads(2)? {
        let has_other_letter = thread.members.iter().any(|member| !new.contains(&member.document_id));
        if !has_other_letter {
            continue;
        }
        let before = continuations.members.len();
        continuations.members.extend(
            thread
                .members
                .iter()
                .filter(|member| new.contains(&member.document_id))
                .map(|member| (thread.id, member.document_id, member.question_key.clone())),
        );
        if continuations.members.len() > before {
            continuations.n_threads += 1;
        }
    }
    Ok(continuations)
}

/// The reviewer moves a member out of a thread; it is never suggested for it again.
pub fn move_question_out(
    store: &mut Store,
    thread_id: i64,
    document_id: i64,
    question: &str,
) -> Result<(), ThreadActionError> {
    let thread = store.get_thread(thread_id)?;
    let key = member_key(&thread, document_id, question)?;
    store.delete_thread_member(thread_id, document_id, &key)?;
    Ok(())
}

/// The reviewer splits members (letter, question label or key) off a thread into a new thread;
/// returns the new thread's id.
pub fn split_thread(store: &mut Store, thread_id: i64, members: &[(i64, String)]) -> Result<i64, ThreadActionError> {
    if members.is_empty() {
        return Err(ThreadActionError::NothingToSplit);
    }
    let thread = store.get_thread(thread_id)?;
    let keys = members
        .iter()
        .map(|(document_id, question)| member_key(&thread, *document_id, question).map(|key| (*document_id, key)))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(store.insert_thread_split(thread_id, &keys)?)
}

/// The other threads of `thread`'s authority, which it can be merged with.
///
/// # Errors
/// The store's error.
pub fn threads_of_same_authority(store: &Store, thread: &ThreadRecord) -> Result<Vec<ThreadRecord>> {
    Ok(store
        .list_threads(1)?
        .into_iter()
        .filter(|other| other.id != thread.id && other.authority == thread.authority)
        .collect())
}

/// The reviewer gives a thread a title of their own (spaces around it trimmed).
pub fn rename_thread(store: &mut Store, thread_id: i64, title: &str) -> Result<(), ThreadActionError> {
    let title = title.trim();
    if title.is_empty() {
        return Err(ThreadActionError::EmptyTitle);
    }
    Ok(store.update_thread_title(thread_id, title)?)
}

/// The reviewer merges thread `from` into thread `into`; `from` is deleted.
pub fn merge_threads(store: &mut Store, from: i64, into: i64) -> Result<(), ThreadActionError> {
    if from == into {
        return Err(ThreadActionError::MergeIntoItself);
    }
    Ok(store.update_thread_merge(from, into)?)
}

/// What a thread adds to its review report: each answer against the previous year's answer, and
/// the figures over the years.
pub fn thread_report(store: &Store, thread_id: i64) -> Result<ReportThread, ThreadActionError> {
    let options = DiffOptions::default();
    let timeline = thread_timeline(store, thread_id, None, &options)?;
    let name_of = |date: Option<&str>, reference: Option<&str>| {
        let year = date.and_then(|date| date.get(..4)).unwrap_or("undated");
        format!("{year} · {}", reference.unwrap_or("no reference"))
    };
    let mut answered: Vec<(String, Answer)> = Vec::new();
    for member in &timeline.thread.members {
        let letter = parse(&store.get_document(member.document_id)?.text);
        let question_idx = usize::try_from(member.question_idx).unwrap_or(usize::MAX);
        let answer =
            find_question(&letter, &member.question_key, question_idx).and_then(|question| question.answer.clone());
        if let Some(answer) = answer {
            answered.push((name_of(member.date.as_deref(), member.reference.as_deref()), answer));
        }
    }
    let changes = answered
        .windows(2)
        .map(|pair| {
            let comparison = compare_answers(&pair[0].1, &pair[1].1, &options);
            ReportChange {
                from: pair[0].0.clone(),
                to: pair[1].0.clone(),
                figures: comparison
                    .figures
                    .iter()
                    .filter(|change| change.is_change())
                    .map(|change| format!("{}: {}", change.label, change.describe()))
                    .collect(),
                ops: comparison.diff.ops,
            }
        })
        .collect();
    let series = timeline
        .trends
        .iter()
        .map(|line| ReportSeries {
            label: line.series.label.clone(),
            points: line
                .values
                .iter()
                .map(|value| ReportPoint {
                    letter: name_of(
                        value.point.date.map(|date| date.to_string()).as_deref(),
                        value.reference.as_deref(),
                    ),
                    period: value.point.period.clone(),
                    value: value.point.value,
                    shown: format_figure(value.point.value, line.series.unit),
                })
                .collect(),
        })
        .collect();
    Ok(ReportThread { changes, series })
}

// ---------------------------------------------------------------------------------------------
// The reviewer's queue of open suggestions: each suggested question beside the thread's question
// it would join, with both letters, and how sure the suggestion is in words.
// ---------------------------------------------------------------------------------------------

/// A question of a letter as the queue shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct QueuedQuestion {
    /// The letter.
    pub document_id: i64,
    /// The letter's reference, when found.
    pub reference: Option<String>,
    /// The authority the letter is from, when read.
    pub authority: Option<String>,
    /// The letter's response date, `YYYY-MM-DD`.
    pub date: Option<String>,
    /// The key naming the question across re-reading.
    pub question_key: String,
    /// The printed label.
    pub question_label: Option<String>,
    /// The question's words, when the letter still has the question.
    pub text: Option<String>,
}

/// One open suggestion with what the reviewer needs to settle it.
#[derive(Debug, Clone, PartialEq)]
pub struct QueuedSuggestion {
    /// The thread it would join.
    pub thread_id: i64,
    /// The thread's title.
    pub thread_title: String,
    /// How alike the question is to the thread (0–1).
    pub score: f64,
    /// The suggested question.
    pub suggested: QueuedQuestion,
    /// The thread's question it is set beside: the member just before it in the thread, else the
    /// one just after; `None` when the thread holds nothing else.
    pub counterpart: Option<QueuedQuestion>,
}

/// How sure a suggestion is, in the words a reviewer reads: "very likely", "likely", "possible"
/// or "doubtful".
pub fn likelihood(score: f64) -> &'static str {
    if score >= 0.8 {
        "very likely"
    } else if score >= 0.6 {
        "likely"
    } else if score >= 0.4 {
        "possible"
    } else {
        "doubtful"
    }
}

/// The open suggestions, best score first, each beside its thread's question; every letter is
/// read once however many suggestions it is in.
pub fn suggestion_queue(store: &Store) -> Result<Vec<QueuedSuggestion>> {
    use std::collections::hash_map::{Entry, HashMap};
    let suggestions = store.list_thread_suggestions()?;
    let mut threads: HashMap<i64, ThreadRecord> = HashMap::new();
    let mut letters: HashMap<i64, (disclosure_store::DocumentRow, disclosure_core::parse::Disclosure)> = HashMap::new();
    let mut queue = Vec::with_capacity(suggestions.len());
    for suggestion in suggestions {
        let thread = match threads.entry(suggestion.thread_id) {
            Entry::Occupied(known) => known.into_mut(),
            Entry::Vacant(unread) => unread.insert(store.get_thread(suggestion.thread_id)?),
        };
        let thread = &*thread;
        let Some(position) = thread.members.iter().position(|member| {
            member.document_id == suggestion.document_id && member.question_key == suggestion.question_key
        }) else {
            continue;
        };
        let counterpart_position =
            position.checked_sub(1).or((position + 1 < thread.members.len()).then_some(position + 1));
        let mut queued = |member: &disclosure_store::ThreadMemberRecord| -> Result<QueuedQuestion> {
            let (row, letter) = match letters.entry(member.document_id) {
                Entry::Occupied(read) => read.into_mut(),
                Entry::Vacant(unread) => {
                    let record = store.get_document(member.document_id)?;
                    let letter = parse(&record.text);
                    unread.insert((record.row, letter))
                }
            };
            let question_idx = usize::try_from(member.question_idx).unwrap_or(usize::MAX);
            Ok(QueuedQuestion {
                document_id: member.document_id,
                reference: member.reference.clone(),
                authority: row.authority.clone(),
                date: member.date.clone(),
                question_key: member.question_key.clone(),
                question_label: member.question_label.clone(),
                text: find_question(letter, &member.question_key, question_idx).map(|question| question.text.clone()),
            })
        };
        let suggested = queued(&thread.members[position])?;
        let counterpart = counterpart_position.map(|other| queued(&thread.members[other])).transpose()?;
        queue.push(QueuedSuggestion {
            thread_id: thread.id,
            thread_title: thread.title.clone(),
            score: suggestion.score,
            suggested,
            counterpart,
        });
    }
    Ok(queue)
}

/// The first and last year a figure's period names, both included: "2022" is 2022 to 2022,
/// "2018–2022" 2018 to 2022, and a financial year "2019/20" counts as the year it starts in.
pub fn period_years(period: &str) -> Option<(i32, i32)> {
    let year = |text: &str| text.trim().get(..4).and_then(|year| year.parse::<i32>().ok());
    match period.split_once('–') {
        Some((first, last)) => {
            let (first, last) = (year(first)?, year(last)?);
            Some((first.min(last), first.max(last)))
        }
        None => year(period).map(|first| (first, first)),
    }
}
