//! The reviewer's corrections of a letter's facts (authority, response date, reference,
//! decision), checked and stored for the CLI and the app alike: one request in, every change
//! stored in one transaction or none of it. Where the corrections take effect is the store's.

use chrono::NaiveDate;
use disclosure_core::parse::Decision;
use disclosure_store::{CorrectedField, Correction, CorrectionChange, Store, StoreError, REVIEWER_NAME};

/// What a reviewer asks to change on one letter. Fields left `None` are not touched.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CorrectionRequest {
    /// The authority that answered.
    pub authority: Option<String>,
    /// The response date, `YYYY-MM-DD`.
    pub date: Option<String>,
    /// The request reference.
    pub reference: Option<String>,
    /// The decision: `full`, `partial`, `refused`, `not_held`, `ncnd` or `unknown`.
    pub decision: Option<String>,
    /// Fields whose correction is dropped, going back to the value read from the letter
    /// (`authority`, `date`, `reference`, `decision`).
    pub clear: Vec<String>,
    /// Who corrects; without it, the reviewer's name kept in the library's preferences.
    pub reviewer: Option<String>,
}

/// Why a correction was refused; nothing is stored then.
#[derive(Debug, thiserror::Error)]
pub enum CorrectionError {
    /// The request changes nothing.
    #[error("nothing to correct: give at least one of authority, date, reference, decision, or a field to clear")]
    NothingToChange,
    /// The date is not a calendar date written `YYYY-MM-DD`.
    #[error("{0:?} is not a date: write it as YYYY-MM-DD, e.g. 2023-04-17")]
    InvalidDate(String),
    /// The decision is not one the library knows.
    #[error("unknown decision {0:?}: use full, partial, refused, not_held, ncnd or unknown")]
    UnknownDecision(String),
    /// A text field was given blank.
    #[error("the {0} is empty; clear the correction instead to go back to the value read from the letter")]
    Empty(CorrectedField),
    /// A field to clear that is not one of the four.
    #[error("unknown field {0:?} to clear: use authority, date, reference or decision")]
    UnknownField(String),
    /// The same field is both set and cleared.
    #[error("the {0} is both corrected and cleared; ask for one or the other")]
    SetAndCleared(CorrectedField),
    /// The library refused or failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Every decision a letter can be corrected to.
const DECISIONS: [Decision; 6] =
    [Decision::Full, Decision::Partial, Decision::Refused, Decision::NotHeld, Decision::Ncnd, Decision::Unknown];

/// Checks a reviewer's request, stores it (committed before this returns) and gives the
/// corrections now in force on the letter.
///
/// Dates are stored as `YYYY-MM-DD` and decisions by their short name, whatever case or
/// separator the reviewer typed (`Not held` is `not_held`).
///
/// # Errors
/// A [`CorrectionError`] naming the first thing wrong; the library is left as it was.
pub fn correct_document(
    store: &mut Store,
    document_id: i64,
    request: &CorrectionRequest,
) -> Result<Vec<Correction>, CorrectionError> {
    let changes = changes_of(request)?;
    let preferred = match &request.reviewer {
        Some(_) => None,
        None => store.find_setting(REVIEWER_NAME)?,
    };
    let reviewer = request.reviewer.as_deref().or(preferred.as_deref());
    Ok(store.update_corrections(document_id, &changes, reviewer)?)
}

/// The corrections in force on one letter, with the values read from it, in field order.
///
/// # Errors
/// A store error.
pub fn document_corrections(store: &Store, document_id: i64) -> Result<Vec<Correction>, StoreError> {
    store.list_corrections(document_id)
}

/// The checked changes a request stands for, in field order.
fn changes_of(request: &CorrectionRequest) -> Result<Vec<CorrectionChange>, CorrectionError> {
    let mut changes = Vec::new();
    let given = [
        (CorrectedField::Authority, &request.authority),
        (CorrectedField::Date, &request.date),
        (CorrectedField::Reference, &request.reference),
        (CorrectedField::Decision, &request.decision),
    ];
    for (field, value) in given {
        if let Some(value) = value {
            changes.push(CorrectionChange { field, value: Some(checked_value(field, value)?) });
        }
    }
    for name in &request.clear {
        let field: CorrectedField = name.parse().map_err(|_| CorrectionError::UnknownField(name.clone()))?;
        if changes.iter().any(|change| change.field == field && change.value.is_some()) {
            return Err(CorrectionError::SetAndCleared(field));
        }
        if !changes.iter().any(|change| change.field == field) {
            changes.push(CorrectionChange { field, value: None });
        }
    }
    if changes.is_empty() {
        return Err(CorrectionError::NothingToChange);
    }
    Ok(changes)
}

/// A value as the library stores it, or why it cannot be one.
fn checked_value(field: CorrectedField, value: &str) -> Result<String, CorrectionError> {
    let value = value.trim();
    match field {
        CorrectedField::Date => {
            let is_shaped = value.len() == 10 && value.as_bytes()[4] == b'-' && value.as_bytes()[7] == b'-';
            let date = NaiveDate::parse_from_str(value, "%Y-%m-%d")
                .ok()
                .filter(|_| is_shaped)
                .ok_or_else(|| CorrectionError::InvalidDate(value.to_string()))?;
            Ok(date.format("%Y-%m-%d").to_string())
        }
        CorrectedField::Decision => {
            let wanted = value.to_lowercase().replace(['-', ' '], "_");
            DECISIONS
                .iter()
                .map(|decision| decision.as_str())
                .find(|name| *name == wanted)
                .map(str::to_string)
                .ok_or_else(|| CorrectionError::UnknownDecision(value.to_string()))
        }
        CorrectedField::Authority | CorrectedField::Reference => {
            if value.is_empty() {
                return Err(CorrectionError::Empty(field));
            }
            // A value pasted from a letter may carry line breaks or runs of spaces.
            Ok(value.split_whitespace().collect::<Vec<_>>().join(" "))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decisions_are_taken_in_any_case_and_separator() {
        assert_eq!(
            checked_value(CorrectedField::Decision, "Not held").expect("known"),
            "not_held",
            "spaces stand for _"
        );
        assert_eq!(checked_value(CorrectedField::Decision, "NCND").expect("known"), "ncnd", "case does not matter");
        assert!(checked_value(CorrectedField::Decision, "granted").is_err(), "an unknown decision is refused");
    }

    #[test]
    fn only_real_dates_written_in_full_are_taken() {
        assert_eq!(
            checked_value(CorrectedField::Date, " 2024-02-29 ").expect("leap day"),
            "2024-02-29",
            "a leap day exists"
        );
        assert!(checked_value(CorrectedField::Date, "2023-02-29").is_err(), "2023 had no 29 February");
        assert!(
            checked_value(CorrectedField::Date, "2023-2-1").is_err(),
            "a date is written with two-digit month and day"
        );
        assert!(checked_value(CorrectedField::Date, "17/04/2023").is_err(), "only the ISO form is taken");
    }

    #[test]
    fn a_field_cannot_be_set_and_cleared_at_once() {
        let request = CorrectionRequest {
            authority: Some("Fernshire Constabulary".into()),
            clear: vec!["authority".into()],
            ..Default::default()
        };
        assert!(
            matches!(changes_of(&request), Err(CorrectionError::SetAndCleared(CorrectedField::Authority))),
            "the request is ambiguous"
        );
        assert!(
            matches!(changes_of(&CorrectionRequest::default()), Err(CorrectionError::NothingToChange)),
            "an empty request is refused"
        );
    }
}
