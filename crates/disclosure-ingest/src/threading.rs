//! Building the library's question threads: every stored letter is read, its questions go
//! through the core's [`ThreadIndex`] with the reviewer's decisions as pins and exclusions, and
//! the suggestions replace the previous ones. The reviewer's decisions are never touched.

use disclosure_core::parse::parse;
use disclosure_core::threads::{DocumentInput, QuestionInput, QuestionKey, ThreadIndex};
use disclosure_store::{NewThreadMember, Result, Store, SuggestedThread};

/// What a build did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ThreadBuild {
    /// Letters read.
    pub n_documents: usize,
    /// Threads of two or more questions after the build.
    pub n_threads: usize,
}

/// Rebuilds the suggestions when some letter has not been seen by the last build; returns
/// `None` when nothing was new.
pub fn update_threads(store: &mut Store) -> Result<Option<ThreadBuild>> {
    if store.count_unthreaded_documents()? == 0 {
        return Ok(None);
    }
    rebuild_threads(store).map(Some)
}

/// Recomputes every suggested thread from the stored letters, keeping the reviewer's decisions.
///
/// Letters go through the index oldest first (then by id), after a first pass that counts every
/// term, so the result does not depend on the order the letters were imported in.
pub fn rebuild_threads(store: &mut Store) -> Result<ThreadBuild> {
    let mut rows = store.list_documents()?;
    rows.sort_by(|a, b| (a.response_date.is_none(), &a.response_date, a.id).cmp(&(b.response_date.is_none(), &b.response_date, b.id)));
    let mut inputs = Vec::with_capacity(rows.len());
    for row in &rows {
        let record = store.get_document(row.id)?;
        let disclosure = parse(&record.text);
        inputs.push(DocumentInput {
            document_id: row.id,
            authority: row.authority.clone(),
            date: disclosure.response_date.map(|mention| mention.date),
            questions: disclosure
                .questions
                .iter()
                .map(|question| QuestionInput { label: question.label.clone(), text: question.text.clone() })
                .collect(),
        });
    }

    let decisions = store.list_thread_decisions()?;
    let mut index = ThreadIndex::new();
    for (thread, document_id, key) in &decisions.pins {
        index.pin(QuestionKey { document_id: *document_id, key: key.clone() }, *thread);
    }
    for (thread, document_id, key) in &decisions.exclusions {
        index.exclude(QuestionKey { document_id: *document_id, key: key.clone() }, *thread);
    }
    for input in &inputs {
        index.count_terms(input);
    }
    for input in &inputs {
        index.add_document(input);
    }

    let mut suggestions = Vec::new();
    let mut n_threads = 0;
    for thread in index.threads() {
        if thread.members.len() >= 2 {
            n_threads += 1;
        }
        let members: Vec<NewThreadMember> = thread
            .members
            .iter()
            .filter(|member| !member.pinned)
            .map(|member| NewThreadMember {
                document_id: member.document_id,
                question_key: QuestionKey::new(member.document_id, member.question_idx, member.label.as_deref()).key,
                question_idx: member.question_idx as i64,
                question_label: member.label.clone(),
            })
            .collect();
        // A suggestion of one question is no thread; a reviewer's thread keeps what it has.
        if thread.reviewer_thread.is_none() && members.len() < 2 || members.is_empty() {
            continue;
        }
        suggestions.push(SuggestedThread { reviewed_thread: thread.reviewer_thread, title: thread.title, authority: thread.authority, members });
    }
    let seen: Vec<i64> = rows.iter().map(|row| row.id).collect();
    store.replace_thread_suggestions(&suggestions, &seen)?;
    Ok(ThreadBuild { n_documents: rows.len(), n_threads })
}
