//! The library's exemption register in one place for the CLI and the app: the store's entries
//! (citations with the reviewer's verdicts, and flags made by hand) filtered and counted by the
//! core, with the choices a reviewer can filter by. Rendering stays in the core's `schedule`.

use disclosure_core::register::schedule::schedule_title;
use disclosure_core::register::{authorities_of, build_register, Register, RegisterFilter};
use disclosure_store::{Result, Store};

/// Which part of the library a register covers. Empty fields do not filter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RegisterScope {
    /// Part of the authority's name, case-insensitive.
    pub authority: Option<String>,
    /// First year included.
    pub since_year: Option<i32>,
    /// Last year included.
    pub until_year: Option<i32>,
    /// Only the letters of this question thread.
    pub thread_id: Option<i64>,
}

/// The register over a scope, with what it can be narrowed by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LibraryRegister {
    /// The counts and the entries behind them.
    pub register: Register,
    /// Every authority with an entry anywhere in the library, for the filter's choices.
    pub authorities: Vec<String>,
    /// The heading of the schedule for this scope.
    pub title: String,
}

/// The register of the library narrowed to `scope`.
///
/// # Errors
/// A store error; `ThreadNotFound` when the thread named is gone.
pub fn library_register(store: &Store, scope: &RegisterScope) -> Result<LibraryRegister> {
    let entries = store.list_register_entries()?;
    let authorities = authorities_of(&entries);
    let thread = scope.thread_id.map(|id| store.get_thread(id)).transpose()?;
    let filter = RegisterFilter {
        authority: scope.authority.clone().filter(|authority| !authority.trim().is_empty()),
        since_year: scope.since_year,
        until_year: scope.until_year,
        document_ids: thread.as_ref().map(|thread| thread.members.iter().map(|member| member.document_id).collect()),
    };
    let title = schedule_title(&filter, thread.as_ref().map(|thread| thread.title.as_str()));
    Ok(LibraryRegister { register: build_register(entries, &filter), authorities, title })
}
