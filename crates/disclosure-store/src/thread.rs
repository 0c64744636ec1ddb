//! The `thread`, `thread_member`, `thread_exclusion` and `thread_build_document` tables:
//! question threads, split into rebuildable suggestions and the reviewer's decisions.
//!
//! Any reviewer action on a thread (confirm, rename, move in or out, split, merge) marks it
//! `reviewed` and makes all its members the reviewer's: from then on a rebuild keeps it as it is
//! and may only suggest new questions for it. Accepting or rejecting one suggested member settles
//! that member alone: the thread is kept across rebuilds, its other suggestions stay open.

use disclosure_core::threads::LetterOrder;
use rusqlite::{params, OptionalExtension, Transaction, TransactionBehavior};

use crate::connection::Store;
use crate::error::{Result, StoreError};

/// A thread with its members, oldest letter first.
#[derive(Debug, Clone, PartialEq)]
pub struct ThreadRecord {
    /// Library id of the thread.
    pub id: i64,
    /// The title to show: the reviewer's when renamed, else the suggested one.
    pub title: String,
    /// The authority asked.
    pub authority: String,
    /// True once a reviewer acted on it; rebuilds keep it.
    pub reviewed: bool,
    /// True when a reviewer confirmed it.
    pub confirmed: bool,
    /// The questions in it, in [`disclosure_core::threads::LetterOrder`] (response date, else the
    /// year the reference encodes, then the reference).
    pub members: Vec<ThreadMemberRecord>,
}

impl ThreadRecord {
    /// True when the reviewer confirmed the thread or every member is the reviewer's: nothing in
    /// it is left to settle.
    pub fn is_settled(&self) -> bool {
        self.confirmed || (!self.members.is_empty() && self.members.iter().all(|member| member.by_reviewer))
    }

    /// The lowest score among the members only suggested: how sure the thread is at its weakest;
    /// `None` once it is settled or when no suggested member has a score.
    pub fn weakest_score(&self) -> Option<f64> {
        if self.is_settled() {
            return None;
        }
        self.members
            .iter()
            .filter(|member| !member.by_reviewer)
            .filter_map(|member| member.score)
            .min_by(f64::total_cmp)
    }
}

/// One question of a thread.
#[derive(Debug, Clone, PartialEq)]
pub struct ThreadMemberRecord {
    /// The letter.
    pub document_id: i64,
    /// The letter's reference, when found.
    pub reference: Option<String>,
    /// The letter's response date, `YYYY-MM-DD`.
    pub date: Option<String>,
    /// The label or `#position` naming the question across re-parsing.
    pub question_key: String,
    /// The question's position in its letter at the last build.
    pub question_idx: i64,
    /// The printed label.
    pub question_label: Option<String>,
    /// True when a reviewer put it there.
    pub by_reviewer: bool,
    /// How alike a suggested member is to its thread (0–1); `None` for the member that opens a
    /// suggested thread and for the reviewer's.
    pub score: Option<f64>,
}

/// An open suggestion: a question proposed for a thread, awaiting the reviewer's accept or reject.
#[derive(Debug, Clone, PartialEq)]
pub struct ThreadSuggestion {
    /// The thread.
    pub thread_id: i64,
    /// The letter.
    pub document_id: i64,
    /// The label or `#position`.
    pub question_key: String,
    /// The printed label.
    pub question_label: Option<String>,
    /// How alike it is to the thread (0–1).
    pub score: f64,
}

/// A question to put in a thread.
#[derive(Debug, Clone, PartialEq)]
pub struct NewThreadMember {
    /// The letter.
    pub document_id: i64,
    /// The label or `#position`.
    pub question_key: String,
    /// Its position in the letter.
    pub question_idx: i64,
    /// The printed label.
    pub question_label: Option<String>,
    /// How alike it is to the thread it is suggested for (0–1), when it is a suggestion.
    pub score: Option<f64>,
}

/// One suggested thread from a build.
#[derive(Debug, Clone, PartialEq)]
pub struct SuggestedThread {
    /// The reviewed thread these suggestions extend, or `None` for a new thread.
    pub reviewed_thread: Option<i64>,
    /// A title.
    pub title: String,
    /// The authority.
    pub authority: String,
    /// Suggested members (members the reviewer placed are not repeated here).
    pub members: Vec<NewThreadMember>,
}

/// What the reviewer decided, as a build must respect it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ThreadDecisions {
    /// (thread, letter, question key): the question belongs to that thread.
    pub pins: Vec<(i64, i64, String)>,
    /// (thread, letter, question key): never suggest the question for that thread.
    pub exclusions: Vec<(i64, i64, String)>,
}

fn mark_reviewed(transaction: &Transaction<'_>, thread_id: i64) -> Result<()> {
    let n_changed = transaction.execute("UPDATE thread SET reviewed = 1 WHERE id = ?1", [thread_id])?;
    if n_changed == 0 {
        return Err(StoreError::ThreadNotFound(thread_id));
    }
    transaction
        .execute("UPDATE thread_member SET origin = 'reviewer', score = NULL WHERE thread_id = ?1", [thread_id])?;
    Ok(())
}

/// Keeps a thread through rebuilds after one of its suggestions was settled: the thread becomes
/// `reviewed` and the member it opens with (the one the others were scored against) the
/// reviewer's, so a rebuild finds the thread again; its other suggestions stay open.
fn keep_thread(transaction: &Transaction<'_>, thread_id: i64) -> Result<()> {
    transaction.execute("UPDATE thread SET reviewed = 1 WHERE id = ?1", [thread_id])?;
    transaction.execute(
        "UPDATE thread_member SET origin = 'reviewer' WHERE thread_id = ?1 AND origin = 'suggested' AND score IS NULL",
        [thread_id],
    )?;
    Ok(())
}

fn insert_member(transaction: &Transaction<'_>, thread_id: i64, member: &NewThreadMember, origin: &str) -> Result<()> {
    transaction.execute(
        "INSERT INTO thread_member (thread_id, document_id, question_key, question_idx, question_label, origin)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (document_id, question_key) DO UPDATE SET thread_id = excluded.thread_id,
             question_idx = excluded.question_idx, question_label = excluded.question_label, origin = excluded.origin,
             score = NULL",
        params![thread_id, member.document_id, member.question_key, member.question_idx, member.question_label, origin],
    )?;
    Ok(())
}

impl Store {
    /// Every thread with at least `min_members` members, by authority then title.
    pub fn list_threads(&self, min_members: usize) -> Result<Vec<ThreadRecord>> {
        let mut statement = self.connection.prepare(&format!(
            "SELECT {THREAD_COLUMNS} FROM thread ORDER BY authority, coalesce(renamed, title), id"
        ))?;
        let threads = statement.query_map([], read_thread)?.collect::<rusqlite::Result<Vec<_>>>()?;
        let mut found = Vec::new();
        for mut thread in threads {
            thread.members = self.list_thread_members(thread.id)?;
            if thread.members.len() >= min_members {
                found.push(thread);
            }
        }
        Ok(found)
    }

    /// One thread by id.
    pub fn get_thread(&self, id: i64) -> Result<ThreadRecord> {
        let thread = self
            .connection
            .query_row(&format!("SELECT {THREAD_COLUMNS} FROM thread WHERE id = ?1"), [id], read_thread)
            .optional()?;
        let mut thread = thread.ok_or(StoreError::ThreadNotFound(id))?;
        thread.members = self.list_thread_members(id)?;
        Ok(thread)
    }

    /// The members of one thread in [`disclosure_core::threads::LetterOrder`], then letter and position.
    pub fn list_thread_members(&self, thread_id: i64) -> Result<Vec<ThreadMemberRecord>> {
        let mut statement = self.connection.prepare_cached(
            "SELECT m.document_id, d.reference, d.response_date, m.question_key, m.question_idx, m.question_label, m.origin, m.score
             FROM thread_member m JOIN document d ON d.id = m.document_id
             WHERE m.thread_id = ?1",
        )?;
        let members = statement.query_map([thread_id], |row| {
            Ok(ThreadMemberRecord {
                document_id: row.get(0)?,
                reference: row.get(1)?,
                date: row.get(2)?,
                question_key: row.get(3)?,
                question_idx: row.get(4)?,
                question_label: row.get(5)?,
                by_reviewer: row.get::<_, String>(6)? == "reviewer",
                score: row.get(7)?,
            })
        })?;
        let mut members = members.collect::<rusqlite::Result<Vec<_>>>()?;
        let order = |member: &ThreadMemberRecord| {
            LetterOrder::from_iso_date(member.date.as_deref(), member.reference.as_deref())
        };
        members.sort_by(|a, b| {
            order(a).cmp(&order(b)).then((a.document_id, a.question_idx).cmp(&(b.document_id, b.question_idx)))
        });
        Ok(members)
    }

    /// Every open suggestion, best score first.
    pub fn list_thread_suggestions(&self) -> Result<Vec<ThreadSuggestion>> {
        let mut statement = self.connection.prepare(
            "SELECT thread_id, document_id, question_key, question_label, score FROM thread_member
             WHERE origin = 'suggested' AND score IS NOT NULL
             ORDER BY score DESC, thread_id, document_id, question_key",
        )?;
        let suggestions = statement.query_map([], |row| {
            Ok(ThreadSuggestion {
                thread_id: row.get(0)?,
                document_id: row.get(1)?,
                question_key: row.get(2)?,
                question_label: row.get(3)?,
                score: row.get(4)?,
            })
        })?;
        Ok(suggestions.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// The reviewer accepts one suggested member: it and the member the thread opens with become
    /// the reviewer's, and the thread is kept by rebuilds. Returns false when there was no such
    /// open suggestion.
    pub fn update_thread_suggestion_accepted(
        &mut self,
        thread_id: i64,
        document_id: i64,
        question_key: &str,
    ) -> Result<bool> {
        let transaction = self.connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let n_changed = transaction.execute(
            "UPDATE thread_member SET origin = 'reviewer' WHERE thread_id = ?1 AND document_id = ?2 AND question_key = ?3 AND origin = 'suggested'",
            params![thread_id, document_id, question_key],
        )?;
        if n_changed == 0 {
            return Ok(false);
        }
        keep_thread(&transaction, thread_id)?;
        transaction.commit()?;
        Ok(true)
    }

    /// The reviewer rejects one suggested member: it leaves the thread and is never suggested for
    /// it again; the thread is kept by rebuilds so the rejection lasts. Returns false when there
    /// was no such open suggestion.
    pub fn update_thread_suggestion_rejected(
        &mut self,
        thread_id: i64,
        document_id: i64,
        question_key: &str,
    ) -> Result<bool> {
        let transaction = self.connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let n_changed = transaction.execute(
            "DELETE FROM thread_member WHERE thread_id = ?1 AND document_id = ?2 AND question_key = ?3 AND origin = 'suggested'",
            params![thread_id, document_id, question_key],
        )?;
        if n_changed == 0 {
            return Ok(false);
        }
        transaction.execute(
            "INSERT OR IGNORE INTO thread_exclusion (thread_id, document_id, question_key) VALUES (?1, ?2, ?3)",
            params![thread_id, document_id, question_key],
        )?;
        keep_thread(&transaction, thread_id)?;
        transaction.commit()?;
        Ok(true)
    }

    /// The reviewer's decisions a build must respect.
    pub fn list_thread_decisions(&self) -> Result<ThreadDecisions> {
        let read = |sql: &str| -> Result<Vec<(i64, i64, String)>> {
            let mut statement = self.connection.prepare(sql)?;
            let rows = statement.query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))?;
            Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
        };
        Ok(ThreadDecisions {
            pins: read("SELECT thread_id, document_id, question_key FROM thread_member WHERE origin = 'reviewer' ORDER BY thread_id, document_id, question_key")?,
            exclusions: read("SELECT thread_id, document_id, question_key FROM thread_exclusion ORDER BY thread_id, document_id, question_key")?,
        })
    }

    /// How many letters the last build of suggestions has not seen.
    pub fn count_unthreaded_documents(&self) -> Result<i64> {
        Ok(self.connection.query_row(
            "SELECT count(*) FROM document WHERE id NOT IN (SELECT document_id FROM thread_build_document)",
            [],
            |row| row.get(0),
        )?)
    }

    /// Replaces every suggestion with `suggestions`, in one transaction, and records the letters
    /// the build saw. Reviewed threads and the reviewer's members are kept as they are.
    pub fn replace_thread_suggestions(
        &mut self,
        suggestions: &[SuggestedThread],
        seen_documents: &[i64],
    ) -> Result<()> {
        let transaction = self.connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
        transaction.execute("DELETE FROM thread_member WHERE origin = 'suggested'", [])?;
        transaction.execute("DELETE FROM thread WHERE reviewed = 0", [])?;
        for suggestion in suggestions {
            let thread_id = match suggestion.reviewed_thread {
                Some(id) => id,
                None => {
                    transaction.execute(
                        "INSERT INTO thread (title, authority) VALUES (?1, ?2)",
                        params![suggestion.title, suggestion.authority],
                    )?;
                    transaction.last_insert_rowid()
                }
            };
            for member in &suggestion.members {
                // A question the reviewer placed elsewhere stays there.
                transaction.execute(
                    "INSERT INTO thread_member (thread_id, document_id, question_key, question_idx, question_label, origin, score)
                     VALUES (?1, ?2, ?3, ?4, ?5, 'suggested', ?6) ON CONFLICT (document_id, question_key) DO NOTHING",
                    params![thread_id, member.document_id, member.question_key, member.question_idx, member.question_label, member.score],
                )?;
            }
        }
        transaction.execute("DELETE FROM thread_build_document", [])?;
        {
            let mut insert =
                transaction.prepare("INSERT OR IGNORE INTO thread_build_document (document_id) VALUES (?1)")?;
            for id in seen_documents {
                insert.execute([id])?;
            }
        }
        transaction.commit()?;
        Ok(())
    }

    /// The reviewer confirms a thread as it stands.
    pub fn update_thread_confirmed(&mut self, thread_id: i64) -> Result<()> {
        let transaction = self.connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
        mark_reviewed(&transaction, thread_id)?;
        transaction.execute("UPDATE thread SET confirmed = 1 WHERE id = ?1", [thread_id])?;
        transaction.commit()?;
        Ok(())
    }

    /// The reviewer renames a thread.
    pub fn update_thread_title(&mut self, thread_id: i64, title: &str) -> Result<()> {
        let transaction = self.connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
        mark_reviewed(&transaction, thread_id)?;
        transaction.execute("UPDATE thread SET renamed = ?2 WHERE id = ?1", params![thread_id, title])?;
        transaction.commit()?;
        Ok(())
    }

    /// The reviewer moves a question into a thread (out of any other, which is then reviewed
    /// too and never gets it suggested back).
    pub fn insert_thread_member(&mut self, thread_id: i64, member: &NewThreadMember) -> Result<()> {
        let transaction = self.connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let previous: Option<i64> = transaction
            .query_row(
                "SELECT thread_id FROM thread_member WHERE document_id = ?1 AND question_key = ?2",
                params![member.document_id, member.question_key],
                |row| row.get(0),
            )
            .optional()?;
        if let Some(previous) = previous.filter(|previous| *previous != thread_id) {
            mark_reviewed(&transaction, previous)?;
            transaction.execute(
                "INSERT OR IGNORE INTO thread_exclusion (thread_id, document_id, question_key) VALUES (?1, ?2, ?3)",
                params![previous, member.document_id, member.question_key],
            )?;
        }
        mark_reviewed(&transaction, thread_id)?;
        insert_member(&transaction, thread_id, member, "reviewer")?;
        transaction.execute(
            "DELETE FROM thread_exclusion WHERE thread_id = ?1 AND document_id = ?2 AND question_key = ?3",
            params![thread_id, member.document_id, member.question_key],
        )?;
        transaction.commit()?;
        Ok(())
    }

    /// The reviewer moves a question out of a thread; it is never suggested for it again.
    pub fn delete_thread_member(&mut self, thread_id: i64, document_id: i64, question_key: &str) -> Result<()> {
        let transaction = self.connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
        mark_reviewed(&transaction, thread_id)?;
        transaction.execute(
            "DELETE FROM thread_member WHERE thread_id = ?1 AND document_id = ?2 AND question_key = ?3",
            params![thread_id, document_id, question_key],
        )?;
        transaction.execute(
            "INSERT OR IGNORE INTO thread_exclusion (thread_id, document_id, question_key) VALUES (?1, ?2, ?3)",
            params![thread_id, document_id, question_key],
        )?;
        transaction.commit()?;
        Ok(())
    }

    /// The reviewer splits the given questions off a thread into a new one; returns its id.
    pub fn insert_thread_split(&mut self, thread_id: i64, members: &[(i64, String)]) -> Result<i64> {
        let transaction = self.connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
        mark_reviewed(&transaction, thread_id)?;
        transaction.execute(
            "INSERT INTO thread (title, authority, reviewed) SELECT title, authority, 1 FROM thread WHERE id = ?1",
            [thread_id],
        )?;
        let new_id = transaction.last_insert_rowid();
        for (document_id, question_key) in members {
            transaction.execute(
                "UPDATE thread_member SET thread_id = ?1 WHERE thread_id = ?2 AND document_id = ?3 AND question_key = ?4",
                params![new_id, thread_id, document_id, question_key],
            )?;
            transaction.execute(
                "INSERT OR IGNORE INTO thread_exclusion (thread_id, document_id, question_key) VALUES (?1, ?2, ?3)",
                params![thread_id, document_id, question_key],
            )?;
        }
        transaction.commit()?;
        Ok(new_id)
    }

    /// The reviewer merges thread `from` into thread `into`; `from` is deleted.
    pub fn update_thread_merge(&mut self, from: i64, into: i64) -> Result<()> {
        let transaction = self.connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
        mark_reviewed(&transaction, from)?;
        mark_reviewed(&transaction, into)?;
        transaction.execute("UPDATE thread_member SET thread_id = ?2 WHERE thread_id = ?1", params![from, into])?;
        transaction.execute("DELETE FROM thread WHERE id = ?1", [from])?;
        transaction.commit()?;
        Ok(())
    }
}

/// The columns [`read_thread`] reads: a renamed thread shows the reviewer's name.
const THREAD_COLUMNS: &str = "id, coalesce(renamed, title), authority, reviewed, confirmed";

/// A thread row without its members, which callers fill in.
fn read_thread(row: &rusqlite::Row<'_>) -> rusqlite::Result<ThreadRecord> {
    Ok(ThreadRecord {
        id: row.get(0)?,
        title: row.get(1)?,
        authority: row.get(2)?,
        reviewed: row.get::<_, i64>(3)? == 1,
        confirmed: row.get::<_, i64>(4)? == 1,
        members: Vec::new(),
    })
}
