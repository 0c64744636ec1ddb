//! The `correction` and `correction_history` tables: the reviewer's values for a letter's
//! authority, response date, reference and decision, which win over the values read from its text.
//!
//! A correction is applied to the `document` row itself, so every query that reads the library's
//! facts (listing, search facets, the register, threads, exports) sees it without knowing it exists.
//! This module does not check that a value makes sense (a real date, a known decision); the
//! callers that take a reviewer's input do.

use std::fmt;
use std::str::FromStr;

use rusqlite::{params, OptionalExtension, Row, Transaction, TransactionBehavior};

use crate::connection::Store;
use crate::document::DocumentFacts;
use crate::error::{Result, StoreError};

/// A library fact a reviewer can correct.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CorrectedField {
    /// The authority that answered.
    Authority,
    /// The response date, `YYYY-MM-DD`.
    Date,
    /// The request reference.
    Reference,
    /// The decision on the request (`full`, `partial`, …).
    Decision,
}

impl CorrectedField {
    /// Every field, in the order they are listed.
    pub const ALL: [CorrectedField; 4] =
        [CorrectedField::Authority, CorrectedField::Date, CorrectedField::Reference, CorrectedField::Decision];

    /// The stored (and printed) name: `authority`, `date`, `reference`, `decision`.
    pub fn as_str(self) -> &'static str {
        match self {
            CorrectedField::Authority => "authority",
            CorrectedField::Date => "date",
            CorrectedField::Reference => "reference",
            CorrectedField::Decision => "decision",
        }
    }

    /// The `document` column the field's value in force lives in.
    fn document_column(self) -> &'static str {
        match self {
            CorrectedField::Authority => "authority",
            CorrectedField::Date => "response_date",
            CorrectedField::Reference => "reference",
            CorrectedField::Decision => "decision",
        }
    }

    /// The value of this field in facts read from a text.
    fn read_from(self, facts: &DocumentFacts) -> Option<&str> {
        match self {
            CorrectedField::Authority => facts.authority.as_deref(),
            CorrectedField::Date => facts.response_date.as_deref(),
            CorrectedField::Reference => facts.reference.as_deref(),
            CorrectedField::Decision => Some(facts.decision.as_str()),
        }
    }

    /// Overrides this field of `facts` with a reviewer's value.
    fn write_into(self, facts: &mut DocumentFacts, value: &str) {
        match self {
            CorrectedField::Authority => facts.authority = Some(value.to_string()),
            CorrectedField::Date => facts.response_date = Some(value.to_string()),
            CorrectedField::Reference => facts.reference = Some(value.to_string()),
            CorrectedField::Decision => facts.decision = value.to_string(),
        }
    }
}

impl fmt::Display for CorrectedField {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(self.as_str())
    }
}

impl FromStr for CorrectedField {
    type Err = StoreError;

    /// Accepts the stored names in any case; `response_date` is taken for `date`.
    fn from_str(name: &str) -> Result<Self> {
        let wanted = name.trim().to_lowercase().replace(['-', ' '], "_");
        let wanted = if wanted == "response_date" { "date".to_string() } else { wanted };
        CorrectedField::ALL
            .into_iter()
            .find(|field| field.as_str() == wanted)
            .ok_or_else(|| StoreError::UnknownCorrectedField(name.to_string()))
    }
}

/// The reviewer's value in force for one field of one document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Correction {
    /// The document.
    pub document_id: i64,
    /// Which fact.
    pub field: CorrectedField,
    /// The reviewer's value, which the library uses.
    pub value: String,
    /// The value read from the text by the latest reading, put back if the correction is cleared.
    pub parsed: Option<String>,
    /// Who set it.
    pub reviewer: Option<String>,
    /// When it was set, RFC 3339 in UTC.
    pub set_at: String,
}

/// One change a reviewer asks for: a new value, or `None` to go back to the value read from the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CorrectionChange {
    /// Which fact.
    pub field: CorrectedField,
    /// The new value, or `None` to clear the correction.
    pub value: Option<String>,
}

/// One past change to a document's corrections, as recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CorrectionEvent {
    /// Order of the changes (increasing).
    pub id: i64,
    /// The document.
    pub document_id: i64,
    /// Which fact.
    pub field: CorrectedField,
    /// The value set, or `None` when the correction was cleared.
    pub value: Option<String>,
    /// Who made the change.
    pub reviewer: Option<String>,
    /// When, RFC 3339 in UTC.
    pub set_at: String,
}

const CORRECTION_COLUMNS: &str = "document_id, field, value, parsed, reviewer, set_at";

type CorrectionColumns = (i64, String, String, Option<String>, Option<String>, String);

fn read_correction(row: &Row<'_>) -> rusqlite::Result<CorrectionColumns> {
    Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?, row.get(4)?, row.get(5)?))
}

fn into_correction((document_id, field, value, parsed, reviewer, set_at): CorrectionColumns) -> Result<Correction> {
    Ok(Correction { document_id, field: field.parse()?, value, parsed, reviewer, set_at })
}

fn list_in(transaction: &rusqlite::Connection, document_id: i64) -> Result<Vec<Correction>> {
    let mut statement =
        transaction.prepare(&format!("SELECT {CORRECTION_COLUMNS} FROM correction WHERE document_id = ?1"))?;
    let rows = statement.query_map([document_id], read_correction)?.collect::<rusqlite::Result<Vec<_>>>()?;
    let mut corrections = rows.into_iter().map(into_correction).collect::<Result<Vec<_>>>()?;
    corrections.sort_by_key(|correction| correction.field);
    Ok(corrections)
}

/// The facts a document shows once its corrections are applied to a fresh reading, recording
/// that reading as the value each correction would fall back to. Called inside the re-reading's
/// transaction, so a correction is never out of force, not even for a moment.
pub(crate) fn correct_reading(
    transaction: &Transaction<'_>,
    document_id: i64,
    read: &DocumentFacts,
) -> Result<DocumentFacts> {
    let mut effective = read.clone();
    for correction in list_in(transaction, document_id)? {
        transaction.execute(
            "UPDATE correction SET parsed = ?3 WHERE document_id = ?1 AND field = ?2",
            params![document_id, correction.field.as_str(), correction.field.read_from(read)],
        )?;
        correction.field.write_into(&mut effective, &correction.value);
    }
    Ok(effective)
}

/// Parses the comma-separated field names of the row query into fields, in listing order.
pub(crate) fn corrected_fields(names: Option<String>) -> Vec<CorrectedField> {
    let mut fields: Vec<CorrectedField> =
        names.as_deref().unwrap_or_default().split(',').filter_map(|name| name.parse().ok()).collect();
    fields.sort();
    fields.dedup();
    fields
}

impl Store {
    /// Applies a reviewer's changes to one document's facts in one transaction, committed before
    /// this returns, and gives the corrections now in force.
    ///
    /// A value replaces the one in force (the value read from the text is kept for later); `None`
    /// clears the correction and puts the read value back. Clearing a field that was not corrected
    /// changes nothing. A change of authority or date marks the letter for the next thread build,
    /// since both decide which thread a question belongs to and in what order.
    ///
    /// # Errors
    /// `DocumentNotFound`; `EmptyCorrection` for a blank value (nothing is stored then).
    pub fn update_corrections(
        &mut self,
        document_id: i64,
        changes: &[CorrectionChange],
        reviewer: Option<&str>,
    ) -> Result<Vec<Correction>> {
        let transaction = self.connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let exists: Option<i64> = transaction
            .query_row("SELECT id FROM document WHERE id = ?1", [document_id], |row| row.get(0))
            .optional()?;
        if exists.is_none() {
            return Err(StoreError::DocumentNotFound(document_id.to_string()));
        }
        let reviewer = reviewer.map(str::trim).filter(|name| !name.is_empty());
        let mut threading_changed = false;
        for change in changes {
            let field = change.field.as_str();
            let column = change.field.document_column();
            match change.value.as_deref().map(str::trim) {
                Some("") => return Err(StoreError::EmptyCorrection(change.field.as_str().to_string())),
                Some(value) => {
                    // The first correction of a field copies the value read from the text; later
                    // ones keep it, since the document column then holds a correction.
                    transaction.execute(
                        &format!(
                            "INSERT INTO correction (document_id, field, value, parsed, reviewer)
                             VALUES (?1, ?2, ?3, (SELECT {column} FROM document WHERE id = ?1), ?4)
                             ON CONFLICT (document_id, field) DO UPDATE SET
                                 value = excluded.value, reviewer = excluded.reviewer,
                                 set_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
                        ),
                        params![document_id, field, value, reviewer],
                    )?;
                    transaction.execute(
                        &format!("UPDATE document SET {column} = ?2 WHERE id = ?1"),
                        params![document_id, value],
                    )?;
                }
                None => {
                    let parsed: Option<Option<String>> = transaction
                        .query_row(
                            "SELECT parsed FROM correction WHERE document_id = ?1 AND field = ?2",
                            params![document_id, field],
                            |row| row.get(0),
                        )
                        .optional()?;
                    let Some(parsed) = parsed else { continue };
                    // The decision column cannot be empty; a letter never read for one says `unknown`.
                    let parsed = match change.field {
                        CorrectedField::Decision => Some(parsed.unwrap_or_else(|| "unknown".to_string())),
                        _ => parsed,
                    };
                    transaction.execute(
                        &format!("UPDATE document SET {column} = ?2 WHERE id = ?1"),
                        params![document_id, parsed],
                    )?;
                    transaction.execute(
                        "DELETE FROM correction WHERE document_id = ?1 AND field = ?2",
                        params![document_id, field],
                    )?;
                }
            }
            transaction.execute(
                "INSERT INTO correction_history (document_id, field, value, reviewer) VALUES (?1, ?2, ?3, ?4)",
                params![document_id, field, change.value.as_deref().map(str::trim), reviewer],
            )?;
            threading_changed |= matches!(change.field, CorrectedField::Authority | CorrectedField::Date);
        }
        if threading_changed {
            transaction.execute("DELETE FROM thread_build_document WHERE document_id = ?1", [document_id])?;
        }
        let corrections = list_in(&transaction, document_id)?;
        transaction.commit()?;
        Ok(corrections)
    }

    /// The corrections in force on one document, in field order (authority, date, reference, decision).
    pub fn list_corrections(&self, document_id: i64) -> Result<Vec<Correction>> {
        list_in(&self.connection, document_id)
    }

    /// Every change made to one document's corrections, oldest first.
    pub fn list_correction_history(&self, document_id: i64) -> Result<Vec<CorrectionEvent>> {
        let mut statement = self.connection.prepare(
            "SELECT id, document_id, field, value, reviewer, set_at FROM correction_history
             WHERE document_id = ?1 ORDER BY id",
        )?;
        let rows = statement
            .query_map([document_id], |row| {
                Ok((
                    row.get::<_, i64>(0)?,
                    row.get::<_, i64>(1)?,
                    row.get::<_, String>(2)?,
                    row.get(3)?,
                    row.get(4)?,
                    row.get(5)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        rows.into_iter()
            .map(|(id, document_id, field, value, reviewer, set_at)| {
                Ok(CorrectionEvent { id, document_id, field: field.parse()?, value, reviewer, set_at })
            })
            .collect()
    }
}
