//! The `document_link` table: the letter a sheet goes with, replaced by a new choice, refused for
//! a letter that is not stored, and removed once.

use disclosure_store::Store;

use crate::annotation::stored_letter;
use crate::temp_library;

#[test]
fn a_sheet_goes_with_one_letter_at_a_time_and_only_a_stored_one() {
    let (_folder, path) = temp_library();
    let mut store = Store::open(&path).expect("a library");
    let letter = stored_letter(&mut store, "L1", "letter one", "Fernshire", "2023-01-01", "full");
    let other = stored_letter(&mut store, "L2", "letter two", "Fernshire", "2024-01-01", "full");
    let sheet = stored_letter(&mut store, "S1", "| Area | Stops |", "Fernshire", "2023-01-01", "full");
    store.insert_document_link(sheet, letter).expect("linked");
    store.insert_document_link(sheet, other).expect("linked anew");
    assert_eq!(store.find_document_link(sheet).expect("read"), Some(other), "a new choice replaces the old");
    assert!(store.list_linked_sheets(letter).expect("read").is_empty(), "the first letter has lost the sheet");
    assert_eq!(store.list_linked_sheets(other).expect("read").len(), 1, "the second letter has it");
    assert!(store.insert_document_link(sheet, other + 100).is_err(), "a letter that is not there cannot be chosen");
    assert!(store.delete_document_link(sheet).expect("removed"), "the link is removed");
    assert!(!store.delete_document_link(sheet).expect("removed"), "and only once");
}
