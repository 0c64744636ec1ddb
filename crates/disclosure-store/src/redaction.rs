//! The redaction tables: the marks a PDF's pages carry (`redaction_page_mark`, from the file,
//! kept across re-readings), the redactions found in each document (`found_redaction`, rebuilt
//! on every reading) and the reviewer's decisions on them (`redaction_decision`, never touched
//! by re-reading, keyed by the redaction's key).

use disclosure_core::exemptions::regime_named;
use disclosure_core::redactions::{PageArea, PageMark, RedactionKind, ScheduledRedaction, TiedBy, NO_PROVISION};
use disclosure_core::register::{year_of, Entry, EntrySource};
use rusqlite::{params, OptionalExtension, Row, TransactionBehavior};

use crate::connection::Store;
use crate::error::{Result, StoreError};

/// One redaction found in a document, as the reading placed and tied it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RedactionFinding {
    /// The name a new reading gives it again (see `disclosure_core::redactions::Redaction::key`).
    pub key: String,
    /// "box", "image" or "marker".
    pub kind: String,
    /// The page, for marks on a page.
    pub page: Option<i64>,
    /// Where on the page, in points: `(x, y, width, height)`.
    pub area: Option<(i64, i64, i64, i64)>,
    /// The statute the provision belongs to, as the letter's citations give it ("FOIA" when none).
    pub regime: String,
    /// The provision, when one ties it.
    pub provision: Option<String>,
    /// "label", "paragraph", "letter" or "none".
    pub tied_by: String,
    /// Words the file still holds under the mark.
    pub text_under: Option<String>,
    /// The label written in or beside it.
    pub label: Option<String>,
    /// The question whose answer holds it (label, or "#N").
    pub question_key: Option<String>,
    /// Byte offset in the text.
    pub start: i64,
    /// Byte offset one past its end.
    pub end: i64,
}

/// What the reviewer said about a found redaction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RedactionVerdict {
    /// It is a redaction, under the provision found.
    Confirmed,
    /// It is a redaction, under this provision instead.
    Corrected(String),
    /// It is not a redaction (table shading, a logo, a signature box).
    Dismissed,
}

impl RedactionVerdict {
    /// Stable short name: "confirmed", "corrected", "dismissed".
    pub fn as_str(&self) -> &'static str {
        match self {
            RedactionVerdict::Confirmed => "confirmed",
            RedactionVerdict::Corrected(_) => "corrected",
            RedactionVerdict::Dismissed => "dismissed",
        }
    }
}

/// A found redaction with the reviewer's decision on it, if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RedactionRow {
    /// The redaction as found.
    pub finding: RedactionFinding,
    /// The reviewer's verdict.
    pub verdict: Option<RedactionVerdict>,
    /// The reviewer's note.
    pub note: String,
    /// Who decided.
    pub reviewer: Option<String>,
}

impl RedactionRow {
    /// The provision it counts under: the reviewer's correction, else the one found.
    pub fn provision(&self) -> Option<&str> {
        match &self.verdict {
            Some(RedactionVerdict::Corrected(provision)) => Some(provision),
            _ => self.finding.provision.as_deref(),
        }
    }

    /// False once the reviewer dismissed it.
    pub fn counts(&self) -> bool {
        self.verdict != Some(RedactionVerdict::Dismissed)
    }
}

impl Store {
    /// The marks a document's pages carry, as stored at import.
    pub fn list_page_marks(&self, document_id: i64) -> Result<Vec<PageMark>> {
        let mut statement = self.connection.prepare(
            "SELECT page, kind, x, y, width, height, text_under, label, text_before
             FROM redaction_page_mark WHERE document_id = ?1 ORDER BY mark_idx",
        )?;
        let rows = statement.query_map([document_id], |row| {
            let kind: String = row.get(1)?;
            Ok(PageMark {
                page: row.get(0)?,
                kind: RedactionKind::from_name(&kind).unwrap_or(RedactionKind::Box),
                area: PageArea { x: row.get(2)?, y: row.get(3)?, width: row.get(4)?, height: row.get(5)? },
                text_under: row.get(6)?,
                label: row.get(7)?,
                text_before: row.get(8)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// The redactions found in a document, in text order, each with the reviewer's decision.
    pub fn list_redactions(&self, document_id: i64) -> Result<Vec<RedactionRow>> {
        let mut statement = self.connection.prepare(&format!(
            "SELECT {FINDING_COLUMNS}, decision.decision, decision.provision, decision.note, decision.reviewer
             FROM found_redaction AS found
             LEFT JOIN redaction_decision AS decision
               ON decision.document_id = found.document_id AND decision.redaction_key = found.redaction_key
             WHERE found.document_id = ?1 ORDER BY found.span_start, found.span_end, found.page"
        ))?;
        let rows = statement.query_map([document_id], read_redaction_row)?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Every found redaction of the library with its decision, by document then text order.
    pub fn list_library_redactions(&self) -> Result<Vec<(i64, RedactionRow)>> {
        let mut statement = self.connection.prepare(&format!(
            "SELECT {FINDING_COLUMNS}, decision.decision, decision.provision, decision.note, decision.reviewer,
                    found.document_id
             FROM found_redaction AS found
             LEFT JOIN redaction_decision AS decision
               ON decision.document_id = found.document_id AND decision.redaction_key = found.redaction_key
             ORDER BY found.document_id, found.span_start, found.span_end, found.page"
        ))?;
        let rows = statement.query_map([], |row| Ok((row.get(20)?, read_redaction_row(row)?)))?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Records the reviewer's decision on one found redaction, replacing an earlier one.
    pub fn update_redaction_decision(
        &mut self,
        document_id: i64,
        key: &str,
        verdict: &RedactionVerdict,
        note: &str,
        reviewer: Option<&str>,
    ) -> Result<()> {
        let provision = match verdict {
            RedactionVerdict::Corrected(provision) if provision.trim().is_empty() => {
                return Err(StoreError::RedactionWithoutProvision)
            }
            RedactionVerdict::Corrected(provision) => Some(provision.trim()),
            _ => None,
        };
        let transaction = self.connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let found: Option<i64> = transaction
            .query_row(
                "SELECT 1 FROM found_redaction WHERE document_id = ?1 AND redaction_key = ?2",
                params![document_id, key],
                |row| row.get(0),
            )
            .optional()?;
        if found.is_none() {
            return Err(StoreError::RedactionNotFound { document_id, key: key.to_string() });
        }
        transaction.execute(
            "INSERT OR REPLACE INTO redaction_decision (document_id, redaction_key, decision, provision, note, reviewer)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![document_id, key, verdict.as_str(), provision, note, reviewer],
        )?;
        transaction.commit()?;
        Ok(())
    }

    /// Takes back the reviewer's decision on a redaction; true when there was one.
    pub fn delete_redaction_decision(&mut self, document_id: i64, key: &str) -> Result<bool> {
        let n_deleted = self.connection.execute(
            "DELETE FROM redaction_decision WHERE document_id = ?1 AND redaction_key = ?2",
            params![document_id, key],
        )?;
        Ok(n_deleted > 0)
    }
}

const FINDING_COLUMNS: &str =
    "found.redaction_key, found.kind, found.page, found.x, found.y, found.width, found.height,
     found.regime, found.provision, found.tied_by, found.text_under, found.label, found.question_key,
     found.span_start, found.span_end";

fn read_redaction_row(row: &Row<'_>) -> rusqlite::Result<RedactionRow> {
    let x: Option<i64> = row.get(3)?;
    let y: Option<i64> = row.get(4)?;
    let width: Option<i64> = row.get(5)?;
    let height: Option<i64> = row.get(6)?;
    let decision: Option<String> = row.get(15)?;
    let corrected: Option<String> = row.get(16)?;
    let verdict = match decision.as_deref() {
        Some("confirmed") => Some(RedactionVerdict::Confirmed),
        Some("corrected") => Some(RedactionVerdict::Corrected(corrected.unwrap_or_default())),
        Some("dismissed") => Some(RedactionVerdict::Dismissed),
        _ => None,
    };
    Ok(RedactionRow {
        finding: RedactionFinding {
            key: row.get(0)?,
            kind: row.get(1)?,
            page: row.get(2)?,
            area: match (x, y, width, height) {
                (Some(x), Some(y), Some(width), Some(height)) => Some((x, y, width, height)),
                _ => None,
            },
            regime: row.get(7)?,
            provision: row.get(8)?,
            tied_by: row.get(9)?,
            text_under: row.get(10)?,
            label: row.get(11)?,
            question_key: row.get(12)?,
            start: row.get(13)?,
            end: row.get(14)?,
        },
        verdict,
        note: row.get::<_, Option<String>>(17)?.unwrap_or_default(),
        reviewer: row.get(18)?,
    })
}

/// Stores the marks of a newly imported document's pages.
pub(crate) fn insert_page_marks(
    transaction: &rusqlite::Connection,
    document_id: i64,
    page_marks: &[PageMark],
) -> rusqlite::Result<()> {
    let mut insert = transaction.prepare_cached(
        "INSERT OR REPLACE INTO redaction_page_mark (document_id, mark_idx, page, kind, x, y, width, height, text_under, label, text_before)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?;
    for (mark_idx, mark) in page_marks.iter().enumerate() {
        insert.execute(params![
            document_id,
            mark_idx as i64,
            mark.page,
            mark.kind.as_str(),
            mark.area.x,
            mark.area.y,
            mark.area.width,
            mark.area.height,
            mark.text_under,
            mark.label,
            mark.text_before,
        ])?;
    }
    Ok(())
}

/// Drops the redactions found by an earlier reading; the decisions stay.
pub(crate) fn delete_found_redactions(transaction: &rusqlite::Connection, document_id: i64) -> rusqlite::Result<()> {
    transaction.prepare_cached("DELETE FROM found_redaction WHERE document_id = ?1")?.execute([document_id])?;
    Ok(())
}

/// Writes the redactions a reading found in a document that has none stored.
pub(crate) fn insert_found_redactions(
    transaction: &rusqlite::Connection,
    document_id: i64,
    redactions: &[RedactionFinding],
) -> rusqlite::Result<()> {
    let mut insert = transaction.prepare_cached(
        "INSERT OR REPLACE INTO found_redaction (document_id, redaction_key, kind, page, x, y, width, height, regime,
             provision, tied_by, text_under, label, question_key, span_start, span_end)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
    )?;
    for redaction in redactions {
        insert.execute(params![
            document_id,
            redaction.key,
            redaction.kind,
            redaction.page,
            redaction.area.map(|area| area.0),
            redaction.area.map(|area| area.1),
            redaction.area.map(|area| area.2),
            redaction.area.map(|area| area.3),
            redaction.regime,
            redaction.provision,
            redaction.tied_by,
            redaction.text_under,
            redaction.label,
            redaction.question_key,
            redaction.start,
            redaction.end,
        ])?;
    }
    Ok(())
}

/// The register's entries for the redactions found in the library's documents: one per
/// redaction the reviewer has not dismissed, under the reviewer's provision where corrected.
pub(crate) fn register_entries(connection: &rusqlite::Connection) -> rusqlite::Result<Vec<Entry>> {
    let mut statement = connection.prepare(&format!(
        "SELECT {FINDING_COLUMNS}, decision.decision, decision.provision, decision.note, decision.reviewer,
                found.document_id, d.reference, d.authority, d.response_date
         FROM found_redaction AS found
         JOIN document d ON d.id = found.document_id
         LEFT JOIN redaction_decision AS decision
           ON decision.document_id = found.document_id AND decision.redaction_key = found.redaction_key
         WHERE decision.decision IS NULL OR decision.decision <> 'dismissed'
         ORDER BY found.document_id, found.span_start, found.span_end, found.page"
    ))?;
    let rows = statement.query_map([], |row| {
        let date: Option<String> = row.get(22)?;
        Ok((read_redaction_row(row)?, row.get::<_, i64>(19)?, row.get(20)?, row.get(21)?, date))
    })?;
    let mut entries = Vec::new();
    for row in rows {
        let (redaction, document_id, reference, authority, date) = row?;
        let Some(regime) = regime_named(&redaction.finding.regime) else { continue };
        let finding = &redaction.finding;
        let decision = match &redaction.verdict {
            Some(RedactionVerdict::Corrected(_)) => {
                Some(format!("corrected from {}", finding.provision.as_deref().unwrap_or(NO_PROVISION)))
            }
            Some(verdict) => Some(verdict.as_str().to_string()),
            None => None,
        };
        let area = finding.area.and_then(|(x, y, width, height)| {
            Some(PageArea {
                x: i32::try_from(x).ok()?,
                y: i32::try_from(y).ok()?,
                width: i32::try_from(width).ok()?,
                height: i32::try_from(height).ok()?,
            })
        });
        entries.push(Entry {
            document_id,
            reference,
            authority,
            year: date.as_deref().and_then(year_of),
            question_label: finding.question_key.clone(),
            regime,
            provision: redaction.provision().unwrap_or(NO_PROVISION).to_string(),
            source: EntrySource::Found,
            quote: finding.label.clone(),
            start: Some(finding.start),
            end: Some(finding.end),
            note: Some(redaction.note.clone()).filter(|note| !note.is_empty()),
            judgement: None,
            corrected_provision: None,
            found: Some(ScheduledRedaction {
                kind: RedactionKind::from_name(&finding.kind).unwrap_or(RedactionKind::Marker),
                page: finding.page.and_then(|page| u32::try_from(page).ok()),
                area,
                tied_by: TiedBy::from_name(&finding.tied_by).unwrap_or(TiedBy::None),
                text_survives: finding.text_under.is_some(),
                decision,
            }),
        });
    }
    Ok(entries)
}
