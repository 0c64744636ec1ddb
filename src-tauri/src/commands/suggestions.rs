//! The queue of open thread suggestions, settled one by one ("Is this the same question?"), and
//! what an import added to the threads. The work is ingest's (the CLI's `threads suggestions`,
//! `accept` and `reject` call the same functions); here it is only converted for the UI.

use disclosure_library::threading::{
    accept_suggestion, continuations_after_import, likelihood, reject_suggestion, suggestion_queue, update_threads,
    QueuedQuestion, QueuedSuggestion,
};
use serde::Serialize;
use tauri::State;
use ts_rs::TS;

use super::threads::store_error;
use super::with_store;
use crate::error::CommandResult;
use crate::library::Library;

/// A question as the suggestion queue shows it, with its letter.
#[derive(Debug, Clone, Serialize, TS)]
pub struct QueuedQuestionView {
    /// The letter.
    #[ts(type = "number")]
    pub document_id: i64,
    /// The letter's reference, when found.
    pub reference: Option<String>,
    /// The authority the letter is from, when read.
    pub authority: Option<String>,
    /// The letter's response date, `YYYY-MM-DD`; null when undated.
    pub date: Option<String>,
    /// The key naming the question across re-reading.
    pub question_key: String,
    /// The printed label.
    pub question_label: Option<String>,
    /// The question's words, to be shown as text only; null when the letter no longer has it.
    pub text: Option<String>,
}

/// An open suggestion: a question that may continue a thread, beside the thread's question.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ThreadSuggestionView {
    /// The thread it would join.
    #[ts(type = "number")]
    pub thread_id: i64,
    /// The thread's title.
    pub thread_title: String,
    /// How alike the question is to the thread (0–1).
    pub score: f64,
    /// The score in words: "very likely", "likely", "possible" or "doubtful".
    pub likelihood: String,
    /// The question suggested.
    pub suggested: QueuedQuestionView,
    /// The thread's question it is set beside; null when the thread holds nothing else.
    pub counterpart: Option<QueuedQuestionView>,
}

/// What newly imported letters added to the threads.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ThreadContinuations {
    /// Questions of the new letters that continue a thread.
    pub n_questions: u32,
    /// The threads they continue.
    pub n_threads: u32,
    /// "4 questions continue 3 threads"; null when they continue none.
    pub description: Option<String>,
}

impl From<&QueuedQuestion> for QueuedQuestionView {
    fn from(question: &QueuedQuestion) -> Self {
        QueuedQuestionView {
            document_id: question.document_id,
            reference: question.reference.clone(),
            authority: question.authority.clone(),
            date: question.date.clone(),
            question_key: question.question_key.clone(),
            question_label: question.question_label.clone(),
            text: question.text.clone(),
        }
    }
}

impl From<&QueuedSuggestion> for ThreadSuggestionView {
    fn from(suggestion: &QueuedSuggestion) -> Self {
        ThreadSuggestionView {
            thread_id: suggestion.thread_id,
            thread_title: suggestion.thread_title.clone(),
            score: suggestion.score,
            likelihood: likelihood(suggestion.score).to_string(),
            suggested: QueuedQuestionView::from(&suggestion.suggested),
            counterpart: suggestion.counterpart.as_ref().map(QueuedQuestionView::from),
        }
    }
}

/// The open suggestions, likeliest first, each beside the thread's question it would join;
/// letters imported since the last build are taken in first.
#[tauri::command]
pub async fn list_thread_suggestions(library: State<'_, Library>) -> CommandResult<Vec<ThreadSuggestionView>> {
    with_store(&library, move |store| {
        update_threads(store).map_err(store_error)?;
        let queue = suggestion_queue(store).map_err(store_error)?;
        Ok(queue.iter().map(ThreadSuggestionView::from).collect())
    })
    .await
}

/// The reviewer says the question is the thread's: it joins for good.
#[tauri::command]
pub async fn accept_thread_suggestion(
    library: State<'_, Library>,
    thread_id: i64,
    document_id: i64,
    question_key: String,
) -> CommandResult<()> {
    with_store(&library, move |store| Ok(accept_suggestion(store, thread_id, document_id, &question_key)?)).await
}

/// The reviewer says the question is not the thread's: it leaves and is never suggested for it again.
#[tauri::command]
pub async fn reject_thread_suggestion(
    library: State<'_, Library>,
    thread_id: i64,
    document_id: i64,
    question_key: String,
) -> CommandResult<()> {
    with_store(&library, move |store| Ok(reject_suggestion(store, thread_id, document_id, &question_key)?)).await
}

/// Which questions of the letters just imported continue threads that held earlier letters.
#[tauri::command]
pub async fn thread_continuations(
    library: State<'_, Library>,
    document_ids: Vec<i64>,
) -> CommandResult<ThreadContinuations> {
    with_store(&library, move |store| {
        let continuations = continuations_after_import(store, &document_ids).map_err(store_error)?;
        Ok(ThreadContinuations {
            n_questions: continuations.members.len() as u32,
            n_threads: continuations.n_threads as u32,
            description: continuations.describe(),
        })
    })
    .await
}
