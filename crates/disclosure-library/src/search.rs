//! What a search can be narrowed by: the authorities, years, decisions and provisions present
//! in the library, read once when the search screen opens rather than on every keystroke. The search
//! itself is the store's (`Store::search`).

use std::collections::BTreeSet;

use disclosure_core::register::year_of;
use disclosure_store::{Result, ReviewState, Store};

/// The values each search facet can take in this library, sorted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FacetChoices {
    /// Authorities, as stored.
    pub authorities: Vec<String>,
    /// Years of response dates, newest first.
    pub years: Vec<i32>,
    /// Decisions read from letters (`full`, `partial`, …).
    pub decisions: Vec<String>,
    /// Review statuses, in the order a review goes through them.
    pub review_statuses: Vec<&'static str>,
    /// Provisions applied somewhere in the library (as counted in the register), e.g. `40(2)`.
    pub exemptions: Vec<String>,
}

/// The facet values present in the library.
///
/// # Errors
/// A store error.
pub fn facet_choices(store: &Store) -> Result<FacetChoices> {
    let documents = store.list_documents()?;
    let authorities: BTreeSet<String> = documents.iter().filter_map(|row| row.authority.clone()).collect();
    let years: BTreeSet<i32> =
        documents.iter().filter_map(|row| row.response_date.as_deref().and_then(year_of)).collect();
    let decisions: BTreeSet<String> = documents.iter().map(|row| row.decision.clone()).collect();
    let entries = store.list_register_entries()?;
    let exemptions: BTreeSet<String> = entries.iter().map(|entry| entry.counted_provision().to_string()).collect();
    Ok(FacetChoices {
        authorities: authorities.into_iter().collect(),
        years: years.into_iter().rev().collect(),
        decisions: decisions.into_iter().collect(),
        review_statuses: ReviewState::ALL.iter().map(|state| state.as_str()).collect(),
        exemptions: exemptions.into_iter().collect(),
    })
}
