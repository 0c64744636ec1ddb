//! The reviewer's corrections of a letter's facts: they win in the library's rows, survive a
//! re-reading by new rules, and clearing one puts the value read from the text back.

use disclosure_store::{CorrectedField, CorrectionChange, DocumentFacts, Inserted, NewDocument, Store, StoreError};

use crate::temp_library;

fn read_facts(reference: &str, authority: &str, date: &str, decision: &str) -> DocumentFacts {
    DocumentFacts {
        reference: Some(reference.to_string()),
        title: "Police dogs".to_string(),
        authority: Some(authority.to_string()),
        response_date: Some(date.to_string()),
        decision: decision.to_string(),
        date_source: Some("letter".to_string()),
    }
}

fn stored_letter(store: &mut Store) -> i64 {
    let document = NewDocument {
        sha256: "cc01".to_string(),
        file_name: "cc01.txt".to_string(),
        source_path: None,
        format: "txt".to_string(),
        encoding: "UTF-8".to_string(),
        byte_len: 40,
        text: "Police dogs\nDear Requester,\n".to_string(),
        facts: read_facts("FOI 1", "Information Team", "2021-03-01", "unknown"),
        parser_version: 1,
        parent_id: None,
    };
    match store.insert_document(&document).expect("insert") {
        Inserted::New(id) => id,
        Inserted::AlreadyPresent(id) => panic!("a fresh library already held {id}"),
    }
}

fn set(field: CorrectedField, value: &str) -> CorrectionChange {
    CorrectionChange { field, value: Some(value.to_string()) }
}

#[test]
fn a_correction_survives_a_new_reading_and_clearing_it_restores_the_reading() {
    let (_folder, path) = temp_library();
    let mut store = Store::open(&path).expect("open");
    let id = stored_letter(&mut store);

    let corrections = store
        .update_corrections(
            id,
            &[set(CorrectedField::Authority, "Fernshire Constabulary"), set(CorrectedField::Decision, "partial")],
            Some("Ada"),
        )
        .expect("correct");
    assert_eq!(corrections.len(), 2, "both fields corrected are in force");
    assert_eq!(
        corrections[0].parsed.as_deref(),
        Some("Information Team"),
        "the value read from the text is kept for undo"
    );
    assert_eq!(corrections[0].reviewer.as_deref(), Some("Ada"), "the reviewer is recorded with the value");

    // New rules read the letter again, and read a different (still wrong) authority.
    store
        .update_document_facts(id, &read_facts("FOI 1", "Freedom of Information Unit", "2021-03-02", "full"), 2)
        .expect("re-read");
    let row = store.get_document(id).expect("get").row;
    assert_eq!(
        row.authority.as_deref(),
        Some("Fernshire Constabulary"),
        "a re-reading must not undo the reviewer's authority"
    );
    assert_eq!(row.decision, "partial", "a re-reading must not undo the reviewer's decision");
    assert_eq!(row.response_date.as_deref(), Some("2021-03-02"), "an uncorrected fact follows the new reading");
    assert_eq!(
        row.corrected,
        vec![CorrectedField::Authority, CorrectedField::Decision],
        "the row says which facts are the reviewer's"
    );
    let corrections = store.list_corrections(id).expect("list");
    assert_eq!(
        corrections[0].parsed.as_deref(),
        Some("Freedom of Information Unit"),
        "the value to fall back to is the latest reading, not the first"
    );

    store
        .update_corrections(id, &[CorrectionChange { field: CorrectedField::Authority, value: None }], Some("Ada"))
        .expect("clear");
    let row = store.get_document(id).expect("get").row;
    assert_eq!(row.authority.as_deref(), Some("Freedom of Information Unit"), "clearing puts the reading back");
    assert_eq!(row.corrected, vec![CorrectedField::Decision], "only the decision is still corrected");
    let history = store.list_correction_history(id).expect("history");
    assert_eq!(history.len(), 3, "two values set and one cleared are all recorded");
    assert_eq!(history[2].value, None, "a clearing is recorded as no value");
}

#[test]
fn the_library_listing_shows_the_corrected_date_and_orders_by_it() {
    let (_folder, path) = temp_library();
    let mut store = Store::open(&path).expect("open");
    let id = stored_letter(&mut store);
    store.update_corrections(id, &[set(CorrectedField::Date, "2019-11-30")], None).expect("correct");
    let rows = store.list_documents().expect("list");
    assert_eq!(rows[0].response_date.as_deref(), Some("2019-11-30"), "the listing shows the reviewer's date");
    assert_eq!(rows[0].corrected, vec![CorrectedField::Date], "the listing says the date is corrected");
}

#[test]
fn a_blank_value_is_refused_and_nothing_of_the_batch_is_stored() {
    let (_folder, path) = temp_library();
    let mut store = Store::open(&path).expect("open");
    let id = stored_letter(&mut store);
    let error = store
        .update_corrections(
            id,
            &[set(CorrectedField::Reference, "FOI/22/7"), set(CorrectedField::Authority, "  ")],
            None,
        )
        .expect_err("a blank authority is not a correction");
    assert!(matches!(error, StoreError::EmptyCorrection(_)), "the error says the value is empty: {error:?}");
    assert!(store.list_corrections(id).expect("list").is_empty(), "a refused batch leaves no correction behind");
    assert_eq!(
        store.get_document(id).expect("get").row.reference.as_deref(),
        Some("FOI 1"),
        "the reference is untouched"
    );
    assert!(
        matches!(
            store.update_corrections(9_999, &[set(CorrectedField::Reference, "x")], None),
            Err(StoreError::DocumentNotFound(_))
        ),
        "a missing document is named as such"
    );
}
