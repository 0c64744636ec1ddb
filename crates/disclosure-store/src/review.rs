//! The `review_status` table: how far the review of each document, and of each answer in it,
//! has got, and who moved it there when. A document or answer without a row is unreviewed.

use std::fmt;
use std::str::FromStr;

use rusqlite::{params, OptionalExtension, Row};

use crate::connection::Store;
use crate::error::{Result, StoreError};

/// Where a review stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReviewState {
    /// Nobody has looked yet.
    Unreviewed,
    /// Someone is on it.
    InReview,
    /// Done.
    Reviewed,
    /// Done, but something needs chasing.
    FollowUp,
}

impl ReviewState {
    /// Every state, in the order a review goes through them.
    pub const ALL: [ReviewState; 4] =
        [ReviewState::Unreviewed, ReviewState::InReview, ReviewState::Reviewed, ReviewState::FollowUp];

    /// The stored (and printed) name: `unreviewed`, `in_review`, `reviewed`, `follow_up`.
    pub fn as_str(self) -> &'static str {
        match self {
            ReviewState::Unreviewed => "unreviewed",
            ReviewState::InReview => "in_review",
            ReviewState::Reviewed => "reviewed",
            ReviewState::FollowUp => "follow_up",
        }
    }
}

impl fmt::Display for ReviewState {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(self.as_str())
    }
}

impl FromStr for ReviewState {
    type Err = StoreError;

    /// Accepts the stored names, with `-` or a space for `_` and any case.
    fn from_str(name: &str) -> Result<Self> {
        let wanted = name.trim().to_lowercase().replace(['-', ' '], "_");
        ReviewState::ALL
            .into_iter()
            .find(|state| state.as_str() == wanted)
            .ok_or_else(|| StoreError::UnknownReviewStatus(name.to_string()))
    }
}

/// The review status of a document (no question label) or of one of its answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewStatus {
    /// The document.
    pub document_id: i64,
    /// The answer's question label, or `None` for the whole document.
    pub question_label: Option<String>,
    /// Where the review stands.
    pub state: ReviewState,
    /// Who set it, as named in preferences.
    pub reviewer: Option<String>,
    /// When it was set, RFC 3339 in UTC.
    pub updated_at: String,
}

fn read_status(row: &Row<'_>) -> rusqlite::Result<(i64, String, String, Option<String>, String)> {
    Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?, row.get(4)?))
}

fn into_status(
    (document_id, label, state, reviewer, updated_at): (i64, String, String, Option<String>, String),
) -> Result<ReviewStatus> {
    Ok(ReviewStatus {
        document_id,
        question_label: (!label.is_empty()).then_some(label),
        state: state.parse()?,
        reviewer,
        updated_at,
    })
}

impl Store {
    /// Sets the review status of a document (`question_label` `None`) or of one answer; the
    /// change is committed before this returns.
    pub fn update_review_status(
        &mut self,
        document_id: i64,
        question_label: Option<&str>,
        state: ReviewState,
        reviewer: Option<&str>,
    ) -> Result<ReviewStatus> {
        self.get_document(document_id)?;
        let transaction = self.connection.transaction()?;
        transaction.execute(
            "INSERT INTO review_status (document_id, question_label, status, reviewer) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (document_id, question_label) DO UPDATE SET
                 status = excluded.status, reviewer = excluded.reviewer,
                 updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')",
            params![document_id, question_label.unwrap_or(""), state.as_str(), reviewer],
        )?;
        transaction.commit()?;
        self.find_review_status(document_id, question_label)?
            .ok_or_else(|| StoreError::DocumentNotFound(document_id.to_string()))
    }

    /// The review status set on a document or answer, if any was set.
    pub fn find_review_status(&self, document_id: i64, question_label: Option<&str>) -> Result<Option<ReviewStatus>> {
        self.connection
            .query_row(
                "SELECT document_id, question_label, status, reviewer, updated_at FROM review_status
                 WHERE document_id = ?1 AND question_label = ?2",
                params![document_id, question_label.unwrap_or("")],
                read_status,
            )
            .optional()?
            .map(into_status)
            .transpose()
    }

    /// Every status set, for one document or (with `None`) the whole library.
    pub fn list_review_statuses(&self, document_id: Option<i64>) -> Result<Vec<ReviewStatus>> {
        let mut statement = self.connection.prepare(
            "SELECT document_id, question_label, status, reviewer, updated_at FROM review_status
             WHERE ?1 IS NULL OR document_id = ?1 ORDER BY document_id, question_label",
        )?;
        let rows = statement.query_map([document_id], read_status)?.collect::<rusqlite::Result<Vec<_>>>()?;
        rows.into_iter().map(into_status).collect()
    }

    /// Ids of the documents whose own review status is `state` (unset counts as unreviewed),
    /// for filtering the library.
    pub fn list_documents_with_status(&self, state: ReviewState) -> Result<Vec<i64>> {
        let mut statement = self.connection.prepare(
            "SELECT document.id FROM document LEFT JOIN review_status
                 ON review_status.document_id = document.id AND review_status.question_label = ''
             WHERE coalesce(review_status.status, 'unreviewed') = ?1 ORDER BY document.id",
        )?;
        let ids = statement.query_map([state.as_str()], |row| row.get(0))?;
        Ok(ids.collect::<rusqlite::Result<Vec<_>>>()?)
    }
}
