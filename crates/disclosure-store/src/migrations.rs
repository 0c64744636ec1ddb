//! Schema migrations, embedded in the binary and counted by `PRAGMA user_version`.
//!
//! A released migration is never edited; a change to the schema is a new file at the end.

use rusqlite::{Connection, TransactionBehavior};

use crate::error::{Result, StoreError};

const MIGRATIONS: &[&str] = &[
    include_str!("../migrations/0001_documents.sql"),
    include_str!("../migrations/0002_document_decision.sql"),
    include_str!("../migrations/0003_document_origin.sql"),
    include_str!("../migrations/0004_threads.sql"),
    include_str!("../migrations/0005_exemption_register.sql"),
    include_str!("../migrations/0006_annotations.sql"),
    include_str!("../migrations/0007_settings.sql"),
    include_str!("../migrations/0008_question_keys_from_one.sql"),
    include_str!("../migrations/0009_corrections.sql"),
    include_str!("../migrations/0010_thread_suggestion_scores.sql"),
    include_str!("../migrations/0011_exemption_regimes.sql"),
    include_str!("../migrations/0012_document_date_source.sql"),
    include_str!("../migrations/0013_document_facet_indexes.sql"),
    include_str!("../migrations/0014_redactions.sql"),
    include_str!("../migrations/0015_document_pages.sql"),
    include_str!("../migrations/0016_document_links.sql"),
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// Brings the schema up to date in one IMMEDIATE transaction, or refuses a newer database.
///
/// The version check happens inside the transaction, so two processes opening a fresh file at
/// once cannot both apply the same migration.
pub(crate) fn migrate(connection: &mut Connection, path: &std::path::Path) -> Result<()> {
    // A library that already holds work is backed up before its schema changes; a fresh or
    // in-memory one has nothing to lose.
    let before: i64 = connection.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    if before == SCHEMA_VERSION {
        // Up to date: no write lock is taken, so a command that only reads never waits on an import.
        return Ok(());
    }
    if before > 0 && before < SCHEMA_VERSION && path != std::path::Path::new(":memory:") {
        crate::backup::write_backup(connection, path, &format!("before-migration-{SCHEMA_VERSION}"))?;
    }
    let transaction = connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let found: i64 = transaction.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    if found > SCHEMA_VERSION {
        return Err(StoreError::NewerSchema { path: path.to_path_buf(), found, supported: SCHEMA_VERSION });
    }
    for migration in &MIGRATIONS[found as usize..] {
        transaction.execute_batch(migration)?;
    }
    if found < SCHEMA_VERSION {
        // PRAGMA takes no bound parameters; the value is our own constant.
        transaction.execute_batch(&format!("PRAGMA user_version = {SCHEMA_VERSION}"))?;
    }
    transaction.commit()?;
    Ok(())
}
