//! Full-text search with facets, and type-ahead as the reviewer types.

use disclosure_store::{ReviewState, SearchFacets, SearchHit, SearchQuery};
use serde::{Deserialize, Serialize};
use tauri::State;
use ts_rs::TS;

use crate::error::{CommandError, CommandResult};
use crate::library::Library;

/// What the reviewer typed and how the results are narrowed; absent facets do not narrow.
#[derive(Debug, Clone, Default, Deserialize, TS)]
pub struct SearchRequest {
    /// The words typed, as typed; never FTS5 syntax.
    pub text: String,
    /// True while the reviewer is still typing: the last word counts as a prefix.
    pub type_ahead: bool,
    /// The authority, exactly as listed in the facet choices.
    #[ts(optional)]
    pub authority: Option<String>,
    /// The year of the response date.
    #[ts(optional)]
    pub year: Option<i32>,
    /// The decision, e.g. `partial`.
    #[ts(optional)]
    pub decision: Option<String>,
    /// A tag on one of the document's notes.
    #[ts(optional)]
    pub tag: Option<String>,
    /// `unreviewed`, `in_review`, `reviewed` or `follow_up`.
    #[ts(optional)]
    pub review_status: Option<String>,
    /// A provision applied, e.g. `40(2)`; a section alone (`40`) takes in its subsections.
    #[ts(optional)]
    pub exemption: Option<String>,
    /// A question thread.
    #[ts(optional, type = "number")]
    pub thread_id: Option<i64>,
    /// At most this many results (default 50).
    #[ts(optional)]
    pub limit: Option<usize>,
}

/// One run of a snippet; the UI marks `highlighted` runs and shows every run as text.
#[derive(Debug, Clone, Serialize, TS)]
pub struct SnippetRun {
    /// The words, shown as text only.
    pub text: String,
    /// True for a matched word.
    pub highlighted: bool,
}

/// One result, best first.
#[derive(Debug, Clone, Serialize, TS)]
pub struct SearchResult {
    /// What matched: the letter, a question or a note.
    pub kind: super::codes::SearchHitKind,
    /// The letter, to open it.
    #[ts(type = "number")]
    pub document_id: i64,
    /// The letter's request reference.
    pub reference: Option<String>,
    /// The letter's title.
    pub title: String,
    /// The authority that answered.
    pub authority: Option<String>,
    /// The response date, `YYYY-MM-DD`.
    pub date: Option<String>,
    /// The question matched, or the question a note is on.
    pub question_label: Option<String>,
    /// The note matched.
    #[ts(type = "number | null")]
    pub annotation_id: Option<i64>,
    /// A few words around the match.
    pub snippet: Vec<SnippetRun>,
}

impl From<SearchHit> for SearchResult {
    fn from(hit: SearchHit) -> Self {
        SearchResult {
            kind: super::codes::SearchHitKind::named(hit.kind.as_str()),
            document_id: hit.document_id,
            reference: hit.reference,
            title: hit.title,
            authority: hit.authority,
            date: hit.response_date,
            question_label: hit.question_label,
            annotation_id: hit.annotation_id,
            snippet: hit
                .snippet
                .into_iter()
                .map(|part| SnippetRun { text: part.text, highlighted: part.highlighted })
                .collect(),
        }
    }
}

/// The values each facet can take in this library.
#[derive(Debug, Clone, Serialize, TS)]
pub struct SearchFacetChoices {
    /// Authorities, as stored.
    pub authorities: Vec<String>,
    /// Years of response dates, newest first.
    pub years: Vec<i32>,
    /// The decisions letters of the library have.
    pub decisions: Vec<super::codes::DecisionCode>,
    /// Review statuses in review order.
    pub review_statuses: Vec<super::codes::ReviewStatusCode>,
    /// Provisions applied somewhere in the library, e.g. `40(2)`.
    pub exemptions: Vec<String>,
    /// Question threads to narrow to.
    pub threads: Vec<super::register::ThreadChoice>,
}

/// Searches documents, questions with their answers, and notes; best first. Nothing searchable
/// typed gives no results.
#[tauri::command]
pub async fn search_library(library: State<'_, Library>, request: SearchRequest) -> CommandResult<Vec<SearchResult>> {
    let query = SearchQuery {
        text: request.text,
        type_ahead: request.type_ahead,
        limit: request.limit.unwrap_or(0),
        facets: SearchFacets {
            authority: request.authority,
            year: request.year,
            decision: request.decision,
            tag: request.tag,
            review_status: request.review_status,
            exemption: request.exemption,
            thread_id: request.thread_id,
        },
    };
    let hits = library.reader()?.search(&query)?;
    Ok(hits.into_iter().map(SearchResult::from).collect())
}

/// What a search can be narrowed by in this library.
#[tauri::command]
pub async fn search_facet_choices(library: State<'_, Library>) -> CommandResult<SearchFacetChoices> {
    let store = library.reader()?;
    let choices = disclosure_library::search::facet_choices(&store)?;
    // The thread's authority is shown beside its title, as in the register's filter.
    let threads = store.list_threads(2)?;
    Ok(SearchFacetChoices {
        authorities: choices.authorities,
        years: choices.years,
        decisions: choices.decisions.iter().map(|decision| super::codes::DecisionCode::named(decision)).collect(),
        review_statuses: choices.review_statuses.into_iter().map(super::codes::ReviewStatusCode::named).collect(),
        exemptions: choices.exemptions,
        threads: threads
            .into_iter()
            .map(|thread| super::register::ThreadChoice {
                id: thread.id,
                title: thread.title,
                authority: thread.authority,
            })
            .collect(),
    })
}

/// Ids of the documents whose own review status is `status` (unset counts as `unreviewed`),
/// for the library's review filter.
#[tauri::command]
pub async fn list_documents_with_review_status(library: State<'_, Library>, status: String) -> CommandResult<Vec<i64>> {
    let state: ReviewState =
        status.parse().map_err(|_| CommandError::new("invalid", format!("“{status}” is not a review status.")))?;
    Ok(library.reader()?.list_documents_with_status(state)?)
}
