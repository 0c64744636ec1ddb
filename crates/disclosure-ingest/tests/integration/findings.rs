//! What an import keeps of a letter's redactions: the boxes found on a PDF's pages, placed in
//! its text and tied to a provision, and the marks themselves, which a later reading needs
//! because the text cannot give them back.

use disclosure_ingest::batch::{import_bytes, read_facts_and_findings, Source};
use disclosure_store::{Inserted, Store};

use crate::pdf::reader;
use crate::pdf_marks::{page_pdf, BOX_OVER_NAME, BOX_OVER_NOTHING, LABEL_ON_BOX, LETTER};

#[test]
fn boxes_are_stored_with_the_letter_and_its_page_marks_kept_for_the_next_reading() {
    let mut store = Store::open_in_memory().expect("store");
    let pdf = page_pdf(&format!("{LETTER}{BOX_OVER_NAME}{LABEL_ON_BOX}{BOX_OVER_NOTHING}"));
    let source = Source { file_name: "response.pdf", source_path: None, parent_id: None };
    let Inserted::New(id) = import_bytes(&mut store, &source, &pdf, &reader()).expect("the letter imports") else {
        panic!("a new library holds no copy of the letter")
    };
    let found = store.list_redactions(id).expect("redactions");
    assert_eq!(found.len(), 2, "both boxes of the page are stored with the letter: {found:?}");
    let over_name = found.iter().find(|row| row.finding.text_under.is_some()).expect("the box over the name");
    assert_eq!(over_name.finding.provision.as_deref(), Some("40(2)"), "tied by its label");
    assert_eq!(over_name.finding.page, Some(1), "on page 1");

    let marks = store.list_page_marks(id).expect("page marks");
    assert_eq!(marks.len(), 2, "the marks are kept beside the text, which cannot give them back");
    let text = store.get_document(id).expect("document").text;
    let (_, findings) = read_facts_and_findings(&text, &marks);
    let keys: Vec<&str> = findings.redactions.iter().map(|finding| finding.key.as_str()).collect();
    let stored: Vec<&str> = found.iter().map(|row| row.finding.key.as_str()).collect();
    assert_eq!(keys, stored, "a reading from the kept marks finds the same redactions under the same keys");
}
