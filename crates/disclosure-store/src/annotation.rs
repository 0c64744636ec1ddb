//! The `annotation`, `tag`, `annotation_version` and `annotation_action` tables: a reviewer's
//! notes on passages, every state each note has been in, and the log undo and redo walk.
//!
//! Every write runs in one IMMEDIATE transaction that also records a version, logs the action
//! and updates the full-text index, and returns only after the commit: what a caller reports as
//! saved is on disk (`synchronous=FULL`). Finding the passage is the core's `anchor`; this file
//! only keeps what it is told.

use rusqlite::{params, OptionalExtension, Row, Transaction, TransactionBehavior};

use crate::connection::Store;
use crate::error::{Result, StoreError};
use crate::search::index_annotation;

/// How long a deleted annotation stays in "recently deleted".
pub const DELETED_RETENTION_DAYS: i64 = 90;

/// An annotation about to be stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAnnotation {
    /// The document it is on.
    pub document_id: i64,
    /// The quoted passage, verbatim (W3C text-quote `exact`).
    pub quote: String,
    /// Context just before the passage.
    pub prefix: String,
    /// Context just after the passage.
    pub suffix: String,
    /// Byte offset of the passage in the stored text, when placed.
    pub start: Option<i64>,
    /// Byte offset just past the passage, when placed.
    pub end: Option<i64>,
    /// The question whose answer it is on, e.g. `Q2`.
    pub question_label: Option<String>,
    /// The reviewer's note.
    pub note: String,
    /// Highlight colour name, e.g. `yellow`.
    pub colour: String,
    /// `exact`, `fuzzy` or `orphan`: how it was last placed.
    pub anchor_state: String,
    /// Tag names.
    pub tags: Vec<String>,
}

/// A stored annotation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Annotation {
    /// Library id.
    pub id: i64,
    /// Everything it was made with, as now stored.
    pub content: NewAnnotation,
    /// When it was made, RFC 3339 in UTC.
    pub created_at: String,
    /// When it last changed.
    pub updated_at: String,
    /// When it was deleted, for "recently deleted".
    pub deleted_at: Option<String>,
}

/// What an edit replaces; `None` leaves a field as it is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AnnotationChange {
    /// A new note.
    pub note: Option<String>,
    /// A new colour.
    pub colour: Option<String>,
    /// A new set of tags.
    pub tags: Option<Vec<String>>,
    /// A new placement: `(start, end, anchor_state)` after re-anchoring.
    pub placement: Option<(Option<i64>, Option<i64>, String)>,
}

/// The passage an annotation is moved onto when the reviewer places it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnnotationPassage {
    /// The quoted passage, verbatim from the stored text.
    pub quote: String,
    /// Context just before the passage.
    pub prefix: String,
    /// Context just after the passage.
    pub suffix: String,
    /// Byte offset of the passage in the stored text.
    pub start: i64,
    /// Byte offset just past the passage.
    pub end: i64,
    /// The question whose text or answer holds it, e.g. `Q2`.
    pub question_label: Option<String>,
}

/// One recorded state of an annotation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnnotationVersion {
    /// Version id, increasing.
    pub id: i64,
    /// The state.
    pub content: NewAnnotation,
    /// Set when this state is a deleted one.
    pub deleted_at: Option<String>,
    /// When it was recorded.
    pub recorded_at: String,
}

const COLUMNS: &str = "id, document_id, quote, prefix, suffix, start, end, question_label, note, colour, anchor_state, created_at, updated_at, deleted_at";

fn read_annotation(row: &Row<'_>) -> rusqlite::Result<Annotation> {
    Ok(Annotation {
        id: row.get(0)?,
        content: read_content(row, row.get(1)?, Vec::new())?,
        created_at: row.get(11)?,
        updated_at: row.get(12)?,
        deleted_at: row.get(13)?,
    })
}

/// The annotation's content from columns 2–10 (quote … anchor_state), which the live table and
/// the version table lay out alike.
fn read_content(row: &Row<'_>, document_id: i64, tags: Vec<String>) -> rusqlite::Result<NewAnnotation> {
    Ok(NewAnnotation {
        document_id,
        quote: row.get(2)?,
        prefix: row.get(3)?,
        suffix: row.get(4)?,
        start: row.get(5)?,
        end: row.get(6)?,
        question_label: row.get(7)?,
        note: row.get(8)?,
        colour: row.get(9)?,
        anchor_state: row.get(10)?,
        tags,
    })
}

fn tags_of(transaction: &rusqlite::Connection, annotation_id: i64) -> rusqlite::Result<Vec<String>> {
    let mut statement = transaction.prepare_cached(
        "SELECT tag.name FROM annotation_tag JOIN tag ON tag.id = annotation_tag.tag_id
         WHERE annotation_tag.annotation_id = ?1 ORDER BY tag.name COLLATE NOCASE",
    )?;
    let names = statement.query_map([annotation_id], |row| row.get(0))?;
    names.collect()
}

fn load(connection: &rusqlite::Connection, id: i64) -> Result<Annotation> {
    let mut annotation = connection
        .query_row(&format!("SELECT {COLUMNS} FROM annotation WHERE id = ?1"), [id], read_annotation)
        .optional()?
        .ok_or(StoreError::AnnotationNotFound(id))?;
    annotation.content.tags = tags_of(connection, id)?;
    Ok(annotation)
}

fn set_tags(transaction: &Transaction<'_>, annotation_id: i64, tags: &[String]) -> rusqlite::Result<()> {
    transaction.execute("DELETE FROM annotation_tag WHERE annotation_id = ?1", [annotation_id])?;
    for name in tags.iter().map(|name| name.trim()).filter(|name| !name.is_empty()) {
        transaction.execute("INSERT INTO tag (name) VALUES (?1) ON CONFLICT (name) DO NOTHING", [name])?;
        transaction.execute(
            "INSERT OR IGNORE INTO annotation_tag (annotation_id, tag_id) SELECT ?1, id FROM tag WHERE name = ?2",
            params![annotation_id, name],
        )?;
    }
    Ok(())
}

/// Records the annotation's current state as a new version and returns the version's id.
fn record_version(transaction: &Transaction<'_>, annotation_id: i64) -> Result<i64> {
    let annotation = load(transaction, annotation_id)?;
    let content = &annotation.content;
    transaction.execute(
        "INSERT INTO annotation_version (annotation_id, quote, prefix, suffix, start, end, question_label, note, colour,
                                         anchor_state, tags, deleted_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        params![
            annotation_id,
            content.quote,
            content.prefix,
            content.suffix,
            content.start,
            content.end,
            content.question_label,
            content.note,
            content.colour,
            content.anchor_state,
            content.tags.join("\n"),
            annotation.deleted_at,
        ],
    )?;
    Ok(transaction.last_insert_rowid())
}

fn latest_version(transaction: &Transaction<'_>, annotation_id: i64) -> rusqlite::Result<Option<i64>> {
    transaction
        .query_row("SELECT max(id) FROM annotation_version WHERE annotation_id = ?1", [annotation_id], |row| row.get(0))
}

/// Logs a reviewer's action; a new action drops what had been undone, as in every editor.
fn log_action(
    transaction: &Transaction<'_>,
    annotation_id: i64,
    kind: &str,
    before: Option<i64>,
    after: i64,
) -> rusqlite::Result<()> {
    transaction.execute("DELETE FROM annotation_action WHERE undone = 1", [])?;
    transaction.execute(
        "INSERT INTO annotation_action (annotation_id, kind, before_version, after_version) VALUES (?1, ?2, ?3, ?4)",
        params![annotation_id, kind, before, after],
    )?;
    Ok(())
}

/// Puts the annotation back into the state of `version_id`.
fn apply_version(transaction: &Transaction<'_>, annotation_id: i64, version_id: i64) -> Result<()> {
    let (tags, deleted_at): (String, Option<String>) = transaction.query_row(
        "SELECT tags, deleted_at FROM annotation_version WHERE id = ?1",
        [version_id],
        |row| Ok((row.get(0)?, row.get(1)?)),
    )?;
    transaction.execute(
        "UPDATE annotation SET (quote, prefix, suffix, start, end, question_label, note, colour, anchor_state) =
             (SELECT quote, prefix, suffix, start, end, question_label, note, colour, anchor_state
              FROM annotation_version WHERE id = ?2),
             deleted_at = ?3, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
         WHERE id = ?1",
        params![annotation_id, version_id, deleted_at],
    )?;
    let tags: Vec<String> = tags.lines().map(str::to_string).collect();
    set_tags(transaction, annotation_id, &tags)?;
    Ok(())
}

impl Store {
    /// Stores a new annotation, with its first version, and returns its id once committed.
    pub fn insert_annotation(&mut self, annotation: &NewAnnotation) -> Result<i64> {
        let transaction = self.connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
        transaction.execute(
            "INSERT INTO annotation (document_id, quote, prefix, suffix, start, end, question_label, note, colour, anchor_state)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            params![
                annotation.document_id,
                annotation.quote,
                annotation.prefix,
                annotation.suffix,
                annotation.start,
                annotation.end,
                annotation.question_label,
                annotation.note,
                annotation.colour,
                annotation.anchor_state,
            ],
        )?;
        let id = transaction.last_insert_rowid();
        set_tags(&transaction, id, &annotation.tags)?;
        let version = record_version(&transaction, id)?;
        log_action(&transaction, id, "create", None, version)?;
        index_annotation(&transaction, id)?;
        transaction.commit()?;
        Ok(id)
    }

    /// One annotation by id, deleted or not.
    pub fn get_annotation(&self, id: i64) -> Result<Annotation> {
        load(&self.connection, id)
    }

    /// The live annotations of one document, in text order (orphans last).
    pub fn list_annotations(&self, document_id: i64) -> Result<Vec<Annotation>> {
        self.query_annotations(
            "WHERE document_id = ?1 AND deleted_at IS NULL ORDER BY start IS NULL, start, id",
            [document_id],
        )
    }

    /// Every live annotation in the library, by document then text order.
    pub fn list_all_annotations(&self) -> Result<Vec<Annotation>> {
        self.query_annotations("WHERE deleted_at IS NULL ORDER BY document_id, start IS NULL, start, id", [])
    }

    /// "Recently deleted": annotations deleted in the last [`DELETED_RETENTION_DAYS`] days, newest first.
    pub fn list_deleted_annotations(&self) -> Result<Vec<Annotation>> {
        self.query_annotations(
            "WHERE deleted_at IS NOT NULL AND deleted_at >= strftime('%Y-%m-%dT%H:%M:%fZ', 'now', ?1) ORDER BY deleted_at DESC",
            [format!("-{DELETED_RETENTION_DAYS} days")],
        )
    }

    fn query_annotations(&self, tail: &str, parameters: impl rusqlite::Params) -> Result<Vec<Annotation>> {
        let mut statement = self.connection.prepare(&format!("SELECT {COLUMNS} FROM annotation {tail}"))?;
        let mut annotations =
            statement.query_map(parameters, read_annotation)?.collect::<rusqlite::Result<Vec<_>>>()?;
        for annotation in &mut annotations {
            annotation.content.tags = tags_of(&self.connection, annotation.id)?;
        }
        Ok(annotations)
    }

    /// Changes an annotation's note, colour, tags or placement, keeping the previous version.
    pub fn update_annotation(&mut self, id: i64, change: &AnnotationChange) -> Result<Annotation> {
        let transaction = self.connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let current = load(&transaction, id)?;
        let before = latest_version(&transaction, id)?;
        let content = &current.content;
        let (start, end, anchor_state) =
            change.placement.clone().unwrap_or((content.start, content.end, content.anchor_state.clone()));
        transaction.execute(
            "UPDATE annotation SET note = ?2, colour = ?3, start = ?4, end = ?5, anchor_state = ?6,
                                   updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
             WHERE id = ?1",
            params![
                id,
                change.note.as_ref().unwrap_or(&content.note),
                change.colour.as_ref().unwrap_or(&content.colour),
                start,
                end,
                anchor_state,
            ],
        )?;
        if let Some(tags) = &change.tags {
            set_tags(&transaction, id, tags)?;
        }
        let after = record_version(&transaction, id)?;
        log_action(&transaction, id, "edit", before, after)?;
        index_annotation(&transaction, id)?;
        transaction.commit()?;
        self.get_annotation(id)
    }

    /// Moves an annotation onto another passage (the reviewer placing an orphan): its quote,
    /// context, offsets and question are replaced and it is `exact` again; the previous state is
    /// kept as a version and the move is undoable like any edit.
    pub fn update_annotation_passage(&mut self, id: i64, passage: &AnnotationPassage) -> Result<Annotation> {
        let transaction = self.connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
        load(&transaction, id)?;
        let before = latest_version(&transaction, id)?;
        transaction.execute(
            "UPDATE annotation SET quote = ?2, prefix = ?3, suffix = ?4, start = ?5, end = ?6, question_label = ?7,
                                   anchor_state = 'exact', updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
             WHERE id = ?1",
            params![
                id,
                passage.quote,
                passage.prefix,
                passage.suffix,
                passage.start,
                passage.end,
                passage.question_label,
            ],
        )?;
        let after = record_version(&transaction, id)?;
        // Logged as an edit: placing is one, and the action log only knows the four kinds.
        log_action(&transaction, id, "edit", before, after)?;
        index_annotation(&transaction, id)?;
        transaction.commit()?;
        self.get_annotation(id)
    }

    /// Moves an annotation to "recently deleted"; it can be restored for [`DELETED_RETENTION_DAYS`] days.
    pub fn delete_annotation(&mut self, id: i64) -> Result<()> {
        self.set_deleted(id, true)
    }

    /// Brings a deleted annotation back.
    pub fn restore_annotation(&mut self, id: i64) -> Result<()> {
        self.set_deleted(id, false)
    }

    fn set_deleted(&mut self, id: i64, deleted: bool) -> Result<()> {
        let transaction = self.connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
        load(&transaction, id)?;
        let before = latest_version(&transaction, id)?;
        transaction.execute(
            "UPDATE annotation SET deleted_at = CASE WHEN ?2 THEN strftime('%Y-%m-%dT%H:%M:%fZ', 'now') END,
                                   updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
             WHERE id = ?1",
            params![id, deleted],
        )?;
        let after = record_version(&transaction, id)?;
        log_action(&transaction, id, if deleted { "delete" } else { "restore" }, before, after)?;
        index_annotation(&transaction, id)?;
        transaction.commit()?;
        Ok(())
    }

    /// Removes for good the annotations deleted more than [`DELETED_RETENTION_DAYS`] days ago;
    /// returns how many.
    pub fn delete_expired_annotations(&mut self) -> Result<usize> {
        let transaction = self.connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
        transaction.execute(
            "DELETE FROM search_text WHERE rowid IN (SELECT search_source.id FROM search_source JOIN annotation
                 ON annotation.id = search_source.annotation_id
                 WHERE annotation.deleted_at < strftime('%Y-%m-%dT%H:%M:%fZ', 'now', ?1))",
            [format!("-{DELETED_RETENTION_DAYS} days")],
        )?;
        let n_deleted = transaction.execute(
            "DELETE FROM annotation WHERE deleted_at < strftime('%Y-%m-%dT%H:%M:%fZ', 'now', ?1)",
            [format!("-{DELETED_RETENTION_DAYS} days")],
        )?;
        transaction.commit()?;
        Ok(n_deleted)
    }

    /// Every recorded state of one annotation, oldest first.
    pub fn list_annotation_versions(&self, id: i64) -> Result<Vec<AnnotationVersion>> {
        let mut statement = self.connection.prepare(
            "SELECT id, annotation_id, quote, prefix, suffix, start, end, question_label, note, colour, anchor_state, tags,
                    deleted_at, recorded_at
             FROM annotation_version WHERE annotation_id = ?1 ORDER BY id",
        )?;
        let document_id = self.get_annotation(id)?.content.document_id;
        let versions = statement.query_map([id], |row| {
            Ok(AnnotationVersion {
                id: row.get(0)?,
                content: read_content(
                    row,
                    document_id,
                    row.get::<_, String>(11)?.lines().map(str::to_string).collect(),
                )?,
                deleted_at: row.get(12)?,
                recorded_at: row.get(13)?,
            })
        })?;
        Ok(versions.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Undoes the latest annotation action not yet undone; returns the annotation it touched.
    ///
    /// Undoing a creation deletes the annotation (it stays in "recently deleted"); the undo
    /// itself is recorded as a version, so history never loses a state.
    pub fn undo_annotation_action(&mut self) -> Result<Option<i64>> {
        let transaction = self.connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let action: Option<(i64, i64, Option<i64>)> = transaction
            .query_row(
                "SELECT id, annotation_id, before_version FROM annotation_action WHERE undone = 0 ORDER BY id DESC LIMIT 1",
                [],
                |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
            )
            .optional()?;
        let Some((action_id, annotation_id, before)) = action else { return Ok(None) };
        match before {
            Some(version) => apply_version(&transaction, annotation_id, version)?,
            None => {
                transaction.execute(
                    "UPDATE annotation SET deleted_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?1",
                    [annotation_id],
                )?;
            }
        }
        record_version(&transaction, annotation_id)?;
        transaction.execute("UPDATE annotation_action SET undone = 1 WHERE id = ?1", [action_id])?;
        index_annotation(&transaction, annotation_id)?;
        transaction.commit()?;
        Ok(Some(annotation_id))
    }

    /// Redoes the earliest undone annotation action; returns the annotation it touched.
    pub fn redo_annotation_action(&mut self) -> Result<Option<i64>> {
        let transaction = self.connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let action: Option<(i64, i64, i64)> = transaction
            .query_row(
                "SELECT id, annotation_id, after_version FROM annotation_action WHERE undone = 1 ORDER BY id LIMIT 1",
                [],
                |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
            )
            .optional()?;
        let Some((action_id, annotation_id, after)) = action else { return Ok(None) };
        apply_version(&transaction, annotation_id, after)?;
        record_version(&transaction, annotation_id)?;
        transaction.execute("UPDATE annotation_action SET undone = 0 WHERE id = ?1", [action_id])?;
        index_annotation(&transaction, annotation_id)?;
        transaction.commit()?;
        Ok(Some(annotation_id))
    }
}
