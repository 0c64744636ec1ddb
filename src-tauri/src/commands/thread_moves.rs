//! The reviewer's decisions on a thread: confirming it, naming it, splitting members off,
//! merging two threads and moving one question in or out. What a move may do is the library's
//! `threading` (the CLI's `threads` subcommands call the same functions).

use disclosure_library::threading::{
    merge_threads as merge, move_question_into, move_question_out, rename_thread as rename,
    split_thread as split_members,
};
use serde::Deserialize;
use tauri::State;
use ts_rs::TS;

use super::threads::store_error;
use super::with_store;
use crate::error::CommandResult;
use crate::library::Library;

/// A member named by the UI for a split.
#[derive(Debug, Clone, Deserialize, TS)]
pub struct MemberRef {
    /// The letter.
    #[ts(type = "number")]
    pub document_id: i64,
    /// The member's question key.
    pub question_key: String,
}

/// The reviewer confirms a thread as it stands.
#[tauri::command]
pub async fn confirm_thread(library: State<'_, Library>, id: i64) -> CommandResult<()> {
    with_store(&library, move |store| store.update_thread_confirmed(id).map_err(store_error)).await
}

/// The reviewer gives a thread a title of their own.
#[tauri::command]
pub async fn rename_thread(library: State<'_, Library>, id: i64, title: String) -> CommandResult<()> {
    with_store(&library, move |store| Ok(rename(store, id, &title)?)).await
}

/// The reviewer splits members off a thread into a new thread; returns the new thread's id.
#[tauri::command]
pub async fn split_thread(library: State<'_, Library>, id: i64, members: Vec<MemberRef>) -> CommandResult<i64> {
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
    with_store(&library, move |store| Ok(merge(store, from, into)?)).await
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
