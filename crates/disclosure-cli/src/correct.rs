//! `disclosure correct`: the reviewer's values for a letter's authority, date, reference or
//! decision, checked and stored by the same library call the app makes.

use disclosure_library::correcting::{correct_document, CorrectionRequest};
use disclosure_store::Store;

use crate::wire::CorrectionReport;

pub fn correct(store: &mut Store, document: &str, request: &CorrectionRequest, json: bool) -> anyhow::Result<()> {
    let document_id = store.get_document_by_key(document)?.row.id;
    let corrections = correct_document(store, document_id, request)?;
    if json {
        println!("{}", serde_json::to_string_pretty(&CorrectionReport::new(document_id, &corrections))?);
        return Ok(());
    }
    if corrections.is_empty() {
        println!("document {document_id}: no corrections; the facts read from the letter apply");
    }
    for correction in &corrections {
        println!(
            "document {document_id}: {} = {} (read from the letter: {}; {}, {})",
            correction.field,
            correction.value,
            correction.parsed.as_deref().unwrap_or("nothing"),
            correction.reviewer.as_deref().unwrap_or("no reviewer named"),
            correction.set_at
        );
    }
    Ok(())
}
