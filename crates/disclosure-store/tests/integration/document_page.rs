//! The `document_page` table: a document's pages are stored with it, read back in order, replaced by
//! a new reading of its file (with its text and facts, under the corrections), and
//! go with it when it is deleted.

use disclosure_store::{DocumentFacts, DocumentFindings, DocumentPage, Inserted, NewDocument, ReadDocument, Store};

use crate::temp_library;

fn scanned_letter(pages: Vec<DocumentPage>) -> ReadDocument {
    ReadDocument {
        document: NewDocument {
            sha256: "scan".to_string(),
            file_name: "scan.pdf".to_string(),
            source_path: None,
            format: "pdf".to_string(),
            encoding: "UTF-8".to_string(),
            byte_len: 42,
            text: "Reference: FOI-1\n\n14 officers\n".to_string(),
            facts: DocumentFacts {
                reference: Some("FOI-1".to_string()),
                title: "FOI-1".to_string(),
                authority: None,
                response_date: None,
                decision: "full".to_string(),
                date_source: None,
            },
            parser_version: 1,
            parent_id: None,
        },
        findings: DocumentFindings::default(),
        passages: Vec::new(),
        page_marks: Vec::new(),
        pages,
    }
}

#[test]
fn pages_are_stored_with_their_document_and_read_back_in_order() {
    let (_folder, path) = temp_library();
    let mut store = Store::open(&path).expect("a library");
    let pages = vec![
        DocumentPage { number: 2, source: "ocr".to_string(), confidence: Some(87.5), start: 19, end: 31 },
        DocumentPage { number: 1, source: "text".to_string(), confidence: None, start: 0, end: 17 },
    ];
    let outcome = store.insert_documents(&[scanned_letter(pages)]).expect("a group").pop().expect("one outcome");
    let Ok(Inserted::New(id)) = outcome else { panic!("a new document, got {outcome:?}") };
    let stored = store.list_document_pages(id).expect("pages");
    let numbers: Vec<u32> = stored.iter().map(|page| page.number).collect();
    assert_eq!(numbers, [1, 2], "pages come back in page order whatever order they were given in");
    assert_eq!(stored[1].source, "ocr", "an OCR page keeps its source");
    assert_eq!(stored[1].confidence, Some(87.5), "and its confidence");
    assert_eq!((stored[1].start, stored[1].end), (19, 31), "and where its text lies");
    assert!(store.list_document_pages(id + 1).expect("no pages").is_empty(), "another document has none of them");
}

#[test]
fn a_new_reading_replaces_the_pages_text_and_facts_and_keeps_the_corrections() {
    let (_folder, path) = temp_library();
    let mut store = Store::open(&path).expect("a library");
    let first = scanned_letter(Vec::new());
    let outcome = store.insert_documents(std::slice::from_ref(&first)).expect("a group").pop().expect("one outcome");
    let Ok(Inserted::New(id)) = outcome else { panic!("a new document, got {outcome:?}") };
    let change = disclosure_store::CorrectionChange {
        field: disclosure_store::CorrectedField::Decision,
        value: Some("partial".to_string()),
    };
    store.update_corrections(id, &[change], Some("Ada")).expect("the reviewer corrects the decision");

    let mut again = scanned_letter(vec![DocumentPage {
        number: 1,
        source: "ocr".to_string(),
        confidence: Some(80.0),
        start: 0,
        end: 40,
    }]);
    again.document.sha256 = "scan-read-by-ocr".to_string();
    again.document.text = "Reference: FOI-2\n\nIn 2023, 14 officers were suspended.\n".to_string();
    again.document.facts.reference = Some("FOI-2".to_string());
    store.update_document_reading(id, &again).expect("the new reading is stored");

    let record = store.get_document(id).expect("the same id");
    assert_eq!(record.text, again.document.text, "the new text replaces the old");
    assert_eq!(record.row.reference.as_deref(), Some("FOI-2"), "facts are the new reading's");
    assert_eq!(record.row.decision, "partial", "the reviewer's correction stays in force over the new reading");
    assert_eq!(store.list_document_pages(id).expect("pages").len(), 1, "the pages are the new reading's");
    assert!(
        store.update_document_reading(id + 100, &again).is_err(),
        "a document that is not there is an error, not a silent nothing"
    );
}
