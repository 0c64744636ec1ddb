//! The exemption tables: the citations and question outcomes read from each document
//! (`exemption_citation`, `question_outcome`, rebuilt on every reading), the reviewer's outcome
//! corrections and verdicts on citations (`outcome_correction`, `citation_judgement`, never
//! touched by re-reading), and the register query across the library.

use disclosure_core::exemptions::regime_named;
use disclosure_core::register::{year_of, Entry, EntrySource, Judgement};
use rusqlite::{params, OptionalExtension, TransactionBehavior};

use crate::connection::Store;
use crate::error::{Result, StoreError};

/// One provision cited in a document, as the parser found it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CitationFinding {
    /// Index of the question it is tied to, or `None` for the letter as a whole.
    pub question_idx: Option<i64>,
    /// That question's label, when it has one.
    pub question_label: Option<String>,
    /// The regime's short name: "FOIA", "EIR", "FOISA", "EIRS", "NZ OIA", "AU FOI", "US FOIA" or "IE FOI".
    pub regime: String,
    /// The provision in normal form: "40(2)".
    pub provision: String,
    /// The section number: "40".
    pub section: String,
    /// Everything cited, in normal form: "40(2)(a)(b)".
    pub cited_as: String,
    /// True when the provision removes the duty to confirm or deny.
    pub is_ncnd: bool,
    /// The citation as printed.
    pub quote: String,
    /// Byte offset of the citation in the text.
    pub start: i64,
    /// Byte offset one past its end.
    pub end: i64,
}

/// The outcome the parser derived for one question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutcomeFinding {
    /// Index of the question in the letter.
    pub question_idx: i64,
    /// The key reviewer rows use: the label, or "#N" (1-based position) for an unlabelled question.
    pub question_key: String,
    /// The printed label.
    pub question_label: Option<String>,
    /// "answered", "partly_withheld", "withheld", "not_held", "ncnd", "refused_cost", "unknown".
    pub outcome: String,
    /// Byte offset of the question in the text.
    pub start: i64,
    /// Byte offset one past its end.
    pub end: i64,
}

/// Everything about exemptions read from one document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DocumentFindings {
    /// Citations, per question and for the letter as a whole.
    pub citations: Vec<CitationFinding>,
    /// One outcome per question.
    pub outcomes: Vec<OutcomeFinding>,
    /// Redactions found in the document, placed and tied.
    pub redactions: Vec<crate::RedactionFinding>,
}

/// A question's outcome as the reader shows it: derived, and the reviewer's correction if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionOutcomeRow {
    /// Index of the question in the letter.
    pub question_idx: i64,
    /// The key reviewer rows use.
    pub question_key: String,
    /// The printed label.
    pub question_label: Option<String>,
    /// What the parser derived.
    pub derived: String,
    /// What the reviewer says instead, when they corrected it.
    pub corrected: Option<String>,
    /// The reviewer's note on the correction.
    pub correction_note: Option<String>,
}

impl QuestionOutcomeRow {
    /// The outcome that counts: the correction when there is one.
    pub fn outcome(&self) -> &str {
        self.corrected.as_deref().unwrap_or(&self.derived)
    }
}

/// The reviewer's verdict on one detected citation, keyed so it survives re-reading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CitationJudgement {
    /// The document.
    pub document_id: i64,
    /// The regime's short name: "FOIA", "EIR", "FOISA", "EIRS", "NZ OIA", "AU FOI", "US FOIA" or "IE FOI".
    pub regime: String,
    /// The provision as detected.
    pub provision: String,
    /// The citation as printed.
    pub quote: String,
    /// The verdict.
    pub verdict: Judgement,
    /// The provision really relied on, for `WrongSubsection`.
    pub corrected_provision: Option<String>,
    /// The reviewer's note.
    pub note: String,
}

impl Store {
    /// Replaces everything read about exemptions from one document, in one transaction.
    /// The reviewer's rows are not touched.
    pub fn update_document_findings(&mut self, document_id: i64, findings: &DocumentFindings) -> Result<()> {
        let transaction = self.connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let exists: Option<i64> = transaction
            .query_row("SELECT id FROM document WHERE id = ?1", [document_id], |row| row.get(0))
            .optional()?;
        if exists.is_none() {
            return Err(StoreError::DocumentNotFound(document_id.to_string()));
        }
        write_findings(&transaction, document_id, findings)?;
        transaction.commit()?;
        Ok(())
    }

    /// The citations read from one document, in text order.
    pub fn list_document_citations(&self, document_id: i64) -> Result<Vec<CitationFinding>> {
        let mut statement = self.connection.prepare(
            "SELECT question_idx, question_label, regime, provision, section, cited_as, is_ncnd, quote, span_start, span_end
             FROM exemption_citation WHERE document_id = ?1 ORDER BY span_start, question_idx IS NOT NULL, question_idx",
        )?;
        let rows = statement.query_map([document_id], |row| {
            Ok(CitationFinding {
                question_idx: row.get(0)?,
                question_label: row.get(1)?,
                regime: row.get(2)?,
                provision: row.get(3)?,
                section: row.get(4)?,
                cited_as: row.get(5)?,
                is_ncnd: row.get(6)?,
                quote: row.get(7)?,
                start: row.get(8)?,
                end: row.get(9)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Each question's outcome in one document, with the reviewer's correction when there is one.
    pub fn list_question_outcomes(&self, document_id: i64) -> Result<Vec<QuestionOutcomeRow>> {
        let mut statement = self.connection.prepare(
            "SELECT o.question_idx, o.question_key, o.question_label, o.outcome, c.outcome, c.note
             FROM question_outcome o
             LEFT JOIN outcome_correction c ON c.document_id = o.document_id AND c.question_key = o.question_key
             WHERE o.document_id = ?1 ORDER BY o.question_idx",
        )?;
        let rows = statement.query_map([document_id], |row| {
            Ok(QuestionOutcomeRow {
                question_idx: row.get(0)?,
                question_key: row.get(1)?,
                question_label: row.get(2)?,
                derived: row.get(3)?,
                corrected: row.get(4)?,
                correction_note: row.get(5)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Sets the reviewer's outcome for one question, replacing an earlier correction.
    pub fn update_outcome_correction(
        &mut self,
        document_id: i64,
        question_key: &str,
        outcome: &str,
        note: &str,
    ) -> Result<()> {
        self.connection.execute(
            "INSERT INTO outcome_correction (document_id, question_key, outcome, note) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (document_id, question_key) DO UPDATE
             SET outcome = excluded.outcome, note = excluded.note, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')",
            params![document_id, question_key, outcome, note],
        )?;
        Ok(())
    }

    /// Removes the reviewer's outcome for one question, so the derived one counts again.
    pub fn delete_outcome_correction(&mut self, document_id: i64, question_key: &str) -> Result<bool> {
        let n_deleted = self.connection.execute(
            "DELETE FROM outcome_correction WHERE document_id = ?1 AND question_key = ?2",
            params![document_id, question_key],
        )?;
        Ok(n_deleted > 0)
    }

    /// Records the reviewer's verdict on a detected citation, replacing an earlier one.
    pub fn update_citation_judgement(&mut self, judgement: &CitationJudgement) -> Result<()> {
        self.connection.execute(
            "INSERT INTO citation_judgement (document_id, regime, provision, quote, verdict, corrected_provision, note)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
             ON CONFLICT (document_id, regime, provision, quote) DO UPDATE
             SET verdict = excluded.verdict, corrected_provision = excluded.corrected_provision, note = excluded.note,
                 updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')",
            params![
                judgement.document_id,
                judgement.regime,
                judgement.provision,
                judgement.quote,
                judgement.verdict.as_str(),
                judgement.corrected_provision,
                judgement.note,
            ],
        )?;
        Ok(())
    }

    /// Withdraws the reviewer's verdict on a detected citation.
    pub fn delete_citation_judgement(
        &mut self,
        document_id: i64,
        regime: &str,
        provision: &str,
        quote: &str,
    ) -> Result<bool> {
        let n_deleted = self.connection.execute(
            "DELETE FROM citation_judgement WHERE document_id = ?1 AND regime = ?2 AND provision = ?3 AND quote = ?4",
            params![document_id, regime, provision, quote],
        )?;
        Ok(n_deleted > 0)
    }

    /// The reviewer's verdicts on one document's citations.
    pub fn list_citation_judgements(&self, document_id: i64) -> Result<Vec<CitationJudgement>> {
        let mut statement = self.connection.prepare(
            "SELECT document_id, regime, provision, quote, verdict, corrected_provision, note
             FROM citation_judgement WHERE document_id = ?1 ORDER BY provision, quote",
        )?;
        let rows = statement.query_map([document_id], |row| {
            let verdict: String = row.get(4)?;
            Ok((
                verdict,
                CitationJudgement {
                    document_id: row.get(0)?,
                    regime: row.get(1)?,
                    provision: row.get(2)?,
                    quote: row.get(3)?,
                    verdict: Judgement::CitedNotApplied,
                    corrected_provision: row.get(5)?,
                    note: row.get(6)?,
                },
            ))
        })?;
        let mut judgements = Vec::new();
        for row in rows {
            let (verdict, mut judgement) = row?;
            // The table's CHECK admits only known verdicts; anything else is skipped, not guessed.
            let Some(verdict) = Judgement::from_name(&verdict) else { continue };
            judgement.verdict = verdict;
            judgements.push(judgement);
        }
        Ok(judgements)
    }

    /// Every register entry in the library: the citations read from letters (with the reviewer's
    /// verdicts) and the reviewer's live flags, one entry per flag provision.
    ///
    /// A provision cited for the letter as a whole is left out when the same letter ties it to
    /// a question, so one citation is not counted twice.
    pub fn list_register_entries(&self) -> Result<Vec<Entry>> {
        let mut entries = Vec::new();
        let mut cited = self.connection.prepare(
            "SELECT c.document_id, d.reference, d.authority, d.response_date, c.question_label, c.regime, c.provision,
                    c.quote, c.span_start, c.span_end, j.verdict, j.corrected_provision, j.note, c.question_idx
             FROM exemption_citation c
             JOIN document d ON d.id = c.document_id
             LEFT JOIN citation_judgement j
                    ON j.document_id = c.document_id AND j.regime = c.regime AND j.provision = c.provision AND j.quote = c.quote
             WHERE c.question_idx IS NOT NULL
                OR NOT EXISTS (SELECT 1 FROM exemption_citation q
                               WHERE q.document_id = c.document_id AND q.question_idx IS NOT NULL
                                 AND q.regime = c.regime AND q.provision = c.provision)
             ORDER BY c.document_id, c.span_start, c.question_idx",
        )?;
        let rows = cited.query_map([], |row| {
            let regime: String = row.get(5)?;
            let date: Option<String> = row.get(3)?;
            let verdict: Option<String> = row.get(10)?;
            let note: Option<String> = row.get(12)?;
            let question_label: Option<String> = row.get(4)?;
            let question_idx: Option<i64> = row.get(13)?;
            Ok((
                regime,
                Entry {
                    document_id: row.get(0)?,
                    reference: row.get(1)?,
                    authority: row.get(2)?,
                    year: date.as_deref().and_then(year_of),
                    question_label: question_label.or_else(|| {
                        question_idx.map(|idx| {
                            disclosure_core::parse::question_key(None, usize::try_from(idx).unwrap_or(usize::MAX - 1))
                        })
                    }),
                    regime: disclosure_core::exemptions::Regime::Foia,
                    provision: row.get(6)?,
                    source: EntrySource::Cited,
                    quote: row.get(7)?,
                    start: row.get(8)?,
                    end: row.get(9)?,
                    note: note.filter(|note| !note.is_empty()),
                    judgement: verdict.as_deref().and_then(Judgement::from_name),
                    corrected_provision: row.get(11)?,
                    found: None,
                },
            ))
        })?;
        for row in rows {
            let (regime, mut entry) = row?;
            let Some(regime) = regime_named(&regime) else { continue };
            entry.regime = regime;
            entries.push(entry);
        }

        let mut flagged = self.connection.prepare(
            "SELECT f.id, f.document_id, d.reference, d.authority, d.response_date, f.question_key, p.regime, p.provision,
                    f.quote, f.span_start, f.span_end, f.note
             FROM redaction_flag f
             JOIN redaction_flag_provision p ON p.flag_id = f.id
             JOIN document d ON d.id = f.document_id
             WHERE f.deleted_at IS NULL
             ORDER BY f.document_id, f.id, p.regime, p.provision",
        )?;
        let rows = flagged.query_map([], |row| {
            let regime: String = row.get(6)?;
            let date: Option<String> = row.get(4)?;
            let note: String = row.get(11)?;
            Ok((
                regime,
                Entry {
                    document_id: row.get(1)?,
                    reference: row.get(2)?,
                    authority: row.get(3)?,
                    year: date.as_deref().and_then(year_of),
                    question_label: row.get(5)?,
                    regime: disclosure_core::exemptions::Regime::Foia,
                    provision: row.get(7)?,
                    source: EntrySource::Flag(row.get(0)?),
                    quote: row.get(8)?,
                    start: row.get(9)?,
                    end: row.get(10)?,
                    note: Some(note).filter(|note| !note.is_empty()),
                    judgement: None,
                    corrected_provision: None,
                    found: None,
                },
            ))
        })?;
        for row in rows {
            let (regime, mut entry) = row?;
            let Some(regime) = regime_named(&regime) else { continue };
            entry.regime = regime;
            entries.push(entry);
        }
        entries.extend(crate::redaction::register_entries(&self.connection)?);
        Ok(entries)
    }
}

/// Writes what was read about exemptions from one document inside the caller's transaction,
/// replacing the previous reading; the reviewer's rows are not touched.
pub(crate) fn write_findings(
    transaction: &rusqlite::Connection,
    document_id: i64,
    findings: &DocumentFindings,
) -> rusqlite::Result<()> {
    transaction.prepare_cached("DELETE FROM exemption_citation WHERE document_id = ?1")?.execute([document_id])?;
    transaction.prepare_cached("DELETE FROM question_outcome WHERE document_id = ?1")?.execute([document_id])?;
    crate::redaction::delete_found_redactions(transaction, document_id)?;
    insert_findings(transaction, document_id, findings)
}

/// Writes what was read about exemptions from a document that has no such rows yet.
pub(crate) fn insert_findings(
    transaction: &rusqlite::Connection,
    document_id: i64,
    findings: &DocumentFindings,
) -> rusqlite::Result<()> {
    {
        let mut insert_citation = transaction.prepare_cached(
            "INSERT INTO exemption_citation (document_id, question_idx, question_label, regime, provision, section,
                                                 cited_as, is_ncnd, quote, span_start, span_end)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        )?;
        for citation in &findings.citations {
            insert_citation.execute(params![
                document_id,
                citation.question_idx,
                citation.question_label,
                citation.regime,
                citation.provision,
                citation.section,
                citation.cited_as,
                citation.is_ncnd,
                citation.quote,
                citation.start,
                citation.end,
            ])?;
        }
        let mut insert_outcome = transaction.prepare_cached(
                "INSERT OR REPLACE INTO question_outcome (document_id, question_idx, question_key, question_label, outcome, span_start, span_end)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?;
        for outcome in &findings.outcomes {
            insert_outcome.execute(params![
                document_id,
                outcome.question_idx,
                outcome.question_key,
                outcome.question_label,
                outcome.outcome,
                outcome.start,
                outcome.end,
            ])?;
        }
    }
    crate::redaction::insert_found_redactions(transaction, document_id, &findings.redactions)
}
