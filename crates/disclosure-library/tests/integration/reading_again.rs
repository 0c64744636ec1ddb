//! Reading a stored letter again from its file: the new reading takes the old one's place, the
//! reviewer's notes and corrections stay, and a letter with no file of its own is refused.

use disclosure_ingest::batch::{import_file, read_bytes, Source};
use disclosure_ingest::{import_samples, ChildCommand};
use disclosure_library::correcting::{correct_document, CorrectionRequest};
use disclosure_library::reading_again::{documents_with_files, read_again, ReadAgainError};
use disclosure_store::{NewAnnotation, Store};

const LETTER: &str = "Fernshire Constabulary\nAuthority: Fernshire Constabulary\n\n\
    Freedom of Information request reference no: FC/FOI/24/0777\nDate of response: 4 April 2024\n\n\
    Dear Requester,\n\nI note you seek access to the following information:\n\
    1. How many officers were suspended in 2023?\n\n\
    Q1 - How many officers were suspended in 2023?\nIn 2023, 14 officers were suspended.\n\nYours sincerely,\nFernshire Constabulary\n";

#[test]
fn a_letter_read_again_from_its_file_takes_the_new_reading_and_keeps_the_reviewers_work() {
    let folder = tempfile::tempdir().expect("a folder");
    let path = folder.path().join("response.txt");
    // What an older reader made of the file: the reference line lost.
    std::fs::write(&path, LETTER.replace("Freedom of Information request reference no: FC/FOI/24/0777\n", ""))
        .expect("the file is written");
    let mut store = Store::open_in_memory().expect("library");
    import_file(&mut store, &path, &ChildCommand::this_program());
    let id = documents_with_files(&store).expect("list").pop().expect("the letter came from a file on disk");
    assert_eq!(store.get_document(id).expect("stored").row.reference, None, "the first reading had no reference");
    let note = NewAnnotation {
        document_id: id,
        quote: "14 officers were suspended".to_string(),
        prefix: String::new(),
        suffix: String::new(),
        start: None,
        end: None,
        question_label: Some("Q1".to_string()),
        note: "Up from 9".to_string(),
        colour: "yellow".to_string(),
        anchor_state: "exact".to_string(),
        tags: Vec::new(),
    };
    store.insert_annotation(&note).expect("the note is stored");
    let moved = CorrectionRequest { decision: Some("partial".to_string()), ..CorrectionRequest::default() };
    correct_document(&mut store, id, &moved).expect("the correction is stored");

    std::fs::write(&path, LETTER).expect("the file as it really reads");
    let again = read_again(&mut store, id, &ChildCommand::this_program()).expect("the letter is read again");
    assert!(again.text_changed, "the new reading's text replaces the old");
    let record = store.get_document(id).expect("still stored under its id");
    assert_eq!(record.row.reference.as_deref(), Some("FC/FOI/24/0777"), "facts come from the new reading");
    assert_eq!(record.row.decision, "partial", "the reviewer's correction stays in force over the new reading");
    assert_eq!(store.list_annotations(id).expect("notes").len(), 1, "the reviewer's note is kept");
    let hits = store.search(&disclosure_store::SearchQuery { text: "0777".to_string(), ..Default::default() });
    assert!(hits.is_ok_and(|hits| !hits.is_empty()), "search finds the words of the new reading");
}

#[test]
fn a_letter_with_no_file_of_its_own_is_refused_and_left_as_it_was() {
    let mut store = Store::open_in_memory().expect("library");
    import_samples(&mut store, &mut |_| {});
    let id = store.list_documents().expect("list")[0].id;
    let before = store.get_document(id).expect("stored");
    match read_again(&mut store, id, &ChildCommand::this_program()) {
        Err(ReadAgainError::NoSourceFile { document_id }) => assert_eq!(document_id, id, "the error names the letter"),
        other => panic!("a sample letter has no file to read again: {other:?}"),
    }
    assert_eq!(store.get_document(id).expect("stored"), before, "a refusal changes nothing");
    assert!(documents_with_files(&store).expect("list").is_empty(), "no sample letter is offered for reading again");
    // The same reading an import makes is what a file gives again.
    let source = Source { file_name: "letter.txt", source_path: None, parent_id: None };
    assert!(
        read_bytes(&source, LETTER.as_bytes(), &ChildCommand::this_program()).is_ok(),
        "a text reads without storing"
    );
}
