//! The `document` table: inserting, refusing the same bytes twice, looking up by id or
//! reference, and the order of the library view.

use disclosure_store::{DocumentFacts, Inserted, NewDocument, Store, StoreError};

use crate::temp_library;

/// A document whose identity is its `sha256`; the other fields are plausible defaults.
fn letter(sha256: &str, reference: Option<&str>, response_date: Option<&str>) -> NewDocument {
    NewDocument {
        sha256: sha256.to_string(),
        file_name: format!("{sha256}.txt"),
        source_path: Some(format!("/letters/{sha256}.txt")),
        format: "txt".to_string(),
        encoding: "UTF-8".to_string(),
        byte_len: 42,
        text: format!("Letter {sha256}\nDear Requester,\n"),
        facts: DocumentFacts {
            reference: reference.map(str::to_string),
            title: format!("Letter {sha256}"),
            authority: Some("Fernshire Constabulary".to_string()),
            response_date: response_date.map(str::to_string),
            decision: "full".to_string(),
            date_source: None,
        },
        parser_version: 1,
        parent_id: None,
    }
}

fn insert_new(store: &mut Store, document: &NewDocument) -> i64 {
    match store.insert_document(document).expect("insert") {
        Inserted::New(id) => id,
        Inserted::AlreadyPresent(id) => panic!("{} was unexpectedly already present as {id}", document.sha256),
    }
}

#[test]
fn a_stored_document_reads_back_verbatim() {
    let (_folder, path) = temp_library();
    let mut store = Store::open(&path).expect("open");
    let document = letter("aa01", Some("FC/FOI/21/0412"), Some("2021-02-14"));
    let id = insert_new(&mut store, &document);
    let record = store.get_document(id).expect("the new id must be readable");
    assert_eq!(record.text, document.text, "the original text is stored verbatim; everything else derives from it");
    assert_eq!(record.row.sha256, "aa01", "the hash identifies the bytes");
    assert_eq!(record.row.reference.as_deref(), Some("FC/FOI/21/0412"), "the reference is kept as printed");
    assert_eq!(record.row.byte_len, 42, "the size of the original bytes is kept");
    assert!(record.row.imported_at.ends_with('Z'), "import time is UTC: {}", record.row.imported_at);
}

#[test]
fn the_same_bytes_twice_are_stored_once() {
    let (_folder, path) = temp_library();
    let mut store = Store::open(&path).expect("open");
    let first = letter("bb02", Some("FC/FOI/22/0388"), None);
    let id = insert_new(&mut store, &first);
    let mut again = first.clone();
    again.file_name = "renamed-copy.txt".to_string();
    assert_eq!(
        store.insert_document(&again).expect("second insert"),
        Inserted::AlreadyPresent(id),
        "a renamed copy of the same bytes must point at the document already stored"
    );
    assert_eq!(store.count_documents().expect("count"), 1, "a duplicate must not add a row");
    assert_eq!(
        store.get_document(id).expect("get").row.file_name,
        "bb02.txt",
        "a duplicate must not rename the original"
    );
    assert_eq!(store.find_document_by_sha256("bb02").expect("find"), Some(id), "the hash finds the stored document");
    assert_eq!(store.find_document_by_sha256("ffff").expect("find"), None, "an unknown hash finds nothing");
}

#[test]
fn documents_are_found_by_id_or_by_reference_in_any_case() {
    let (_folder, path) = temp_library();
    let mut store = Store::open(&path).expect("open");
    let id = insert_new(&mut store, &letter("cc03", Some("FC/FOI/23/0501"), None));

    let check = |key: &str, why: &str| {
        let record = store.get_document_by_key(key).unwrap_or_else(|error| panic!("{key:?}: {error}"));
        assert_eq!(record.row.id, id, "{key:?}: {why}");
    };
    check(&id.to_string(), "the library id is the shortest way to name a document");
    check("FC/FOI/23/0501", "the reference as printed on the letter");
    check("fc/foi/23/0501", "users type references in lower case");
}

#[test]
fn a_shared_reference_finds_the_latest_import() {
    let (_folder, path) = temp_library();
    let mut store = Store::open(&path).expect("open");
    insert_new(&mut store, &letter("dd04", Some("FOI-2022-01519"), None));
    let later = insert_new(&mut store, &letter("dd05", Some("FOI-2022-01519"), None));
    let record = store.get_document_by_key("foi-2022-01519").expect("found by reference");
    assert_eq!(record.row.id, later, "a re-sent answer under the same reference replaces the earlier one in lookups");
}

#[test]
fn missing_documents_are_reported_as_not_found() {
    let (_folder, path) = temp_library();
    let mut store = Store::open(&path).expect("open");
    insert_new(&mut store, &letter("ee06", Some("FC/FOI/24/0467"), None));

    let check = |key: &str| match store.get_document_by_key(key) {
        Err(StoreError::DocumentNotFound(reported)) => {
            assert_eq!(reported, key, "the error must name what the user asked for")
        }
        other => panic!("{key:?} must be DocumentNotFound, got {other:?}"),
    };
    check("999");
    check("FC/FOI/99/0000");
    check("");
    assert!(
        matches!(store.get_document(12345), Err(StoreError::DocumentNotFound(_))),
        "get_ is the verb that errors when the row is missing"
    );
}

#[test]
fn the_library_lists_newest_response_first_then_by_reference_and_undated_last() {
    let (_folder, path) = temp_library();
    let mut store = Store::open(&path).expect("open");
    insert_new(&mut store, &letter("u1", None, None));
    insert_new(&mut store, &letter("a2021", Some("A"), Some("2021-02-14")));
    insert_new(&mut store, &letter("u2", Some("B"), None));
    insert_new(&mut store, &letter("b2024", Some("B"), Some("2024-03-01")));
    insert_new(&mut store, &letter("a2024", Some("A"), Some("2024-03-01")));
    insert_new(&mut store, &letter("u3", Some("A"), None));

    let order: Vec<String> = store.list_documents().expect("list").into_iter().map(|row| row.sha256).collect();
    assert_eq!(
        order,
        ["a2024", "b2024", "a2021", "u1", "u3", "u2"],
        "newest answers first, ties by reference; undated letters last (no reference before any, then by id)"
    );
}

#[test]
fn an_empty_library_lists_nothing() {
    let store = Store::open_in_memory().expect("open");
    assert!(store.list_documents().expect("list").is_empty(), "a new library has no documents");
    assert_eq!(store.count_documents().expect("count"), 0, "a new library counts zero");
}

#[test]
fn documents_survive_closing_and_reopening() {
    let (_folder, path) = temp_library();
    let id = {
        let mut store = Store::open(&path).expect("open");
        insert_new(&mut store, &letter("ff07", Some("FC/FOI/21/0412"), Some("2021-02-14")))
    };
    let store = Store::open(&path).expect("reopen");
    assert_eq!(store.get_document(id).expect("get").row.sha256, "ff07", "a committed insert must be durable");
    assert_eq!(store.integrity_check().expect("integrity_check"), "ok", "the file must still be sound after writes");
}

#[test]
fn refreshed_facts_replace_the_old_reading_and_keep_the_text() {
    let (_folder, path) = temp_library();
    let mut store = Store::open(&path).expect("open");
    let document = letter("bb01", None, None);
    let id = insert_new(&mut store, &document);
    assert_eq!(
        store.list_stale_documents(2).expect("stale"),
        vec![id],
        "a row read by version 1 is stale for version 2"
    );
    let facts = DocumentFacts {
        reference: Some("FC/FOI/21/0412".to_string()),
        title: "Better title".to_string(),
        authority: None,
        response_date: Some("2021-02-14".to_string()),
        decision: "partial".to_string(),
        date_source: None,
    };
    store.update_document_facts(id, &facts, 2).expect("update");
    let record = store.get_document(id).expect("get");
    assert_eq!(record.row.title, "Better title");
    assert_eq!(record.row.decision, "partial");
    assert_eq!(record.text, document.text, "re-reading never touches the stored text");
    assert!(store.list_stale_documents(2).expect("stale").is_empty(), "a refreshed row is current");
}

#[test]
fn attachments_are_linked_to_their_email() {
    let (_folder, path) = temp_library();
    let mut store = Store::open(&path).expect("open");
    let email = insert_new(&mut store, &letter("ee01", None, None));
    let mut attachment = letter("ee02", Some("FOI-2024-00291"), None);
    attachment.parent_id = Some(email);
    let attached = insert_new(&mut store, &attachment);
    let unrelated = insert_new(&mut store, &letter("ee03", None, None));

    let attachments = store.list_attachments(email).expect("list attachments");
    let ids: Vec<i64> = attachments.iter().map(|row| row.id).collect();
    assert_eq!(ids, vec![attached], "only the document attached to this e-mail is listed");
    assert_eq!(attachments[0].parent_id, Some(email), "the row names the e-mail it came with");
    assert_eq!(store.get_document(unrelated).expect("get").row.parent_id, None, "a file of its own has no parent");
    assert!(store.list_attachments(unrelated).expect("list").is_empty(), "a letter without attachments lists none");

    let mut orphan = letter("ee04", None, None);
    orphan.parent_id = Some(9_999);
    assert!(
        store.insert_document(&orphan).is_err(),
        "an attachment must point at a stored e-mail (foreign keys are on)"
    );
}
