//! Annotations: stored and read back with tags, every edit kept as a version, deleted ones
//! recoverable, and undo and redo over every action.

use disclosure_store::{
    AnnotationChange, AnnotationPassage, DocumentFacts, Inserted, NewAnnotation, NewDocument, Store,
};

use crate::temp_library;

/// Stores a letter with the given text and facts and returns its id.
pub fn stored_letter(store: &mut Store, name: &str, text: &str, authority: &str, date: &str, decision: &str) -> i64 {
    let document = NewDocument {
        sha256: format!("{name}-{}", text.len()),
        file_name: format!("{name}.txt"),
        source_path: None,
        format: "txt".to_string(),
        encoding: "UTF-8".to_string(),
        byte_len: text.len() as i64,
        text: text.to_string(),
        facts: DocumentFacts {
            reference: Some(name.to_string()),
            title: format!("Letter {name}"),
            authority: Some(authority.to_string()),
            response_date: Some(date.to_string()),
            decision: decision.to_string(),
            date_source: None,
        },
        parser_version: 1,
        parent_id: None,
    };
    match store.insert_document(&document).expect("a letter is stored") {
        Inserted::New(id) | Inserted::AlreadyPresent(id) => id,
    }
}

/// A note on `quote` of a document, with the given tags.
pub fn note(document_id: i64, quote: &str, note: &str, tags: &[&str]) -> NewAnnotation {
    NewAnnotation {
        document_id,
        quote: quote.to_string(),
        prefix: String::new(),
        suffix: String::new(),
        start: Some(0),
        end: Some(quote.len() as i64),
        question_label: Some("Q1".to_string()),
        note: note.to_string(),
        colour: "yellow".to_string(),
        anchor_state: "exact".to_string(),
        tags: tags.iter().map(|tag| tag.to_string()).collect(),
    }
}

const LETTER: &str = "Q1 How many officers were suspended?\n14 officers were suspended in 2023.\n";

#[test]
fn an_annotation_reads_back_with_its_tags_after_reopening() {
    let (_folder, path) = temp_library();
    let id = {
        let mut store = Store::open(&path).expect("open");
        let document = stored_letter(&mut store, "a", LETTER, "Fernshire Constabulary", "2023-05-01", "full");
        store
            .insert_annotation(&note(document, "14 officers", "Up from 9 last year", &["trend", "Suspensions"]))
            .expect("insert")
    };
    let store = Store::open(&path).expect("reopen");
    let annotation = store.get_annotation(id).expect("the committed annotation is there after reopening");
    assert_eq!(annotation.content.note, "Up from 9 last year", "the note is stored verbatim");
    assert_eq!(annotation.content.tags, vec!["Suspensions", "trend"], "tags come back sorted without regard to case");
    assert_eq!(store.list_versions_len(id), 1, "creation records the first version");
}

trait VersionCount {
    fn list_versions_len(&self, id: i64) -> usize;
}

impl VersionCount for Store {
    fn list_versions_len(&self, id: i64) -> usize {
        self.list_annotation_versions(id).expect("versions").len()
    }
}

#[test]
fn every_edit_is_kept_and_undo_and_redo_walk_them() {
    let mut store = Store::open_in_memory().expect("open");
    let document = stored_letter(&mut store, "a", LETTER, "Fernshire Constabulary", "2023-05-01", "full");
    let id = store.insert_annotation(&note(document, "14 officers", "first", &["one"])).expect("insert");
    store
        .update_annotation(
            id,
            &AnnotationChange { note: Some("second".into()), tags: Some(vec!["two".into()]), ..Default::default() },
        )
        .expect("edit");
    store.delete_annotation(id).expect("delete");
    assert!(store.list_annotations(document).expect("list").is_empty(), "a deleted note leaves the document's list");
    assert_eq!(store.list_deleted_annotations().expect("deleted").len(), 1, "and appears in recently deleted");

    assert_eq!(store.undo_annotation_action().expect("undo"), Some(id), "undo reverses the delete");
    assert!(store.get_annotation(id).expect("get").deleted_at.is_none(), "the note is back");
    store.undo_annotation_action().expect("undo");
    let undone = store.get_annotation(id).expect("get");
    assert_eq!(
        (undone.content.note.as_str(), undone.content.tags.clone()),
        ("first", vec!["one".to_string()]),
        "undoing the edit restores note and tags"
    );
    store.undo_annotation_action().expect("undo");
    assert!(
        store.get_annotation(id).expect("get").deleted_at.is_some(),
        "undoing the creation removes the note (recoverably)"
    );
    assert_eq!(store.undo_annotation_action().expect("undo"), None, "nothing is left to undo");

    store.redo_annotation_action().expect("redo");
    store.redo_annotation_action().expect("redo");
    let redone = store.get_annotation(id).expect("get");
    assert_eq!(
        (redone.content.note.as_str(), redone.deleted_at.is_none()),
        ("second", true),
        "redo replays the creation and the edit"
    );
    store.update_annotation(id, &AnnotationChange { colour: Some("blue".into()), ..Default::default() }).expect("edit");
    assert_eq!(
        store.redo_annotation_action().expect("redo"),
        None,
        "a new action drops what was undone, as every editor does"
    );
    assert!(store.list_versions_len(id) >= 8, "every state, undos and redos included, is kept as a version");
}

#[test]
fn a_restored_annotation_is_searchable_again() {
    let mut store = Store::open_in_memory().expect("open");
    let document = stored_letter(&mut store, "a", LETTER, "Fernshire Constabulary", "2023-05-01", "full");
    let id = store.insert_annotation(&note(document, "14 officers", "ask about zebrafish", &[])).expect("insert");
    let query = disclosure_store::SearchQuery { text: "zebrafish".into(), ..Default::default() };
    assert_eq!(store.search(&query).expect("search").len(), 1, "a note is searchable as soon as it is saved");
    store.delete_annotation(id).expect("delete");
    assert!(store.search(&query).expect("search").is_empty(), "a deleted note is not found");
    store.restore_annotation(id).expect("restore");
    assert_eq!(store.search(&query).expect("search").len(), 1, "a restored note is found again");
    assert_eq!(store.delete_expired_annotations().expect("purge"), 0, "a note deleted today is kept for 90 days");
}

#[test]
fn an_orphan_placed_on_a_new_passage_keeps_a_version_and_undo_puts_it_back() {
    let mut store = Store::open_in_memory().expect("open");
    let document = stored_letter(&mut store, "a", LETTER, "Fernshire Constabulary", "2023-05-01", "full");
    let orphan = NewAnnotation {
        quote: "12 officers".to_string(),
        prefix: "gone ".to_string(),
        start: None,
        end: None,
        question_label: None,
        anchor_state: "orphan".to_string(),
        ..note(document, "", "ask about platypus", &["count"])
    };
    let id = store.insert_annotation(&orphan).expect("insert");
    let start = LETTER.find("suspended in 2023").expect("in the letter") as i64;
    let passage = AnnotationPassage {
        quote: "suspended in 2023".to_string(),
        prefix: "14 officers were ".to_string(),
        suffix: ".\n".to_string(),
        start,
        end: start + "suspended in 2023".len() as i64,
        question_label: Some("Q1".to_string()),
    };
    let placed = store.update_annotation_passage(id, &passage).expect("place");
    let content = &placed.content;
    assert_eq!(
        (content.quote.as_str(), content.prefix.as_str(), content.suffix.as_str()),
        ("suspended in 2023", "14 officers were ", ".\n"),
        "the note now quotes the passage it was placed on"
    );
    assert_eq!(
        (content.start, content.end),
        (Some(passage.start), Some(passage.end)),
        "its offsets are the new passage's"
    );
    assert_eq!(content.question_label.as_deref(), Some("Q1"), "it sits on the question holding the passage");
    assert_eq!(content.anchor_state, "exact", "a placed note is no longer an orphan");
    assert_eq!(
        (content.note.as_str(), content.tags.clone()),
        ("ask about platypus", vec!["count".to_string()]),
        "placing keeps the note and tags"
    );
    assert_eq!(store.list_versions_len(id), 2, "the orphan's state is kept as a version before the move");
    let query = disclosure_store::SearchQuery { text: "platypus".into(), ..Default::default() };
    let hits = store.search(&query).expect("search");
    assert_eq!(
        (hits.len(), hits.first().and_then(|hit| hit.question_label.clone())),
        (1, Some("Q1".to_string())),
        "the search index follows the note onto the question it was placed in"
    );

    assert_eq!(store.undo_annotation_action().expect("undo"), Some(id), "placing is undoable like any edit");
    let undone = store.get_annotation(id).expect("get").content;
    assert_eq!(
        undone,
        NewAnnotation { tags: vec!["count".to_string()], ..orphan.clone() },
        "undo puts the orphan back exactly as it was"
    );
    store.redo_annotation_action().expect("redo");
    assert_eq!(store.get_annotation(id).expect("get").content.start, Some(passage.start), "redo places it again");

    assert!(
        matches!(
            store.update_annotation_passage(9999, &passage),
            Err(disclosure_store::StoreError::AnnotationNotFound(9999))
        ),
        "placing a note that does not exist is an error, not a silent no-op"
    );
}
