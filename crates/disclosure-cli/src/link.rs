//! `disclosure link` and `disclosure unlink`: the letter a spreadsheet imported on its own goes
//! with, so its figures follow that letter's questions into their threads.

use disclosure_library::linking::{letter_of_sheet, link_sheet, unlink_sheet};
use disclosure_store::Store;

pub fn link(store: &mut Store, sheet: &str, letter: &str) -> anyhow::Result<()> {
    let sheet_id = store.get_document_by_key(sheet)?.row.id;
    let letter_id = store.get_document_by_key(letter)?.row.id;
    link_sheet(store, sheet_id, letter_id)?;
    println!("sheet {sheet_id} now goes with letter {letter_id}");
    Ok(())
}

pub fn unlink(store: &mut Store, sheet: &str) -> anyhow::Result<()> {
    let row = store.get_document_by_key(sheet)?.row;
    let removed = unlink_sheet(store, row.id)?;
    let row = store.get_document(row.id)?.row;
    match (removed, letter_of_sheet(store, &row)?) {
        (_, Some((letter, link))) => {
            println!("sheet {} goes with letter {} ({})", row.id, letter.id, link.as_str());
        }
        (true, None) => println!("sheet {} goes with no letter now", row.id),
        (false, None) => println!("sheet {} was linked to no letter", row.id),
    }
    Ok(())
}
