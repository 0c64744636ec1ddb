//! Re-reading stored documents when the reading rules change: the stored text is never
//! touched, only the facts read from it and the exemption findings (the reviewer's flags,
//! corrections and judgements are kept).

use disclosure_core::parse::PARSER_VERSION;
use disclosure_store::{Result, Store};

use disclosure_ingest::batch::read_facts_and_findings;

/// Re-reads every document whose facts came from another version of the parser, one
/// transaction per document, and returns how many were refreshed.
pub fn refresh_stale_documents(store: &mut Store, on_progress: &mut dyn FnMut(usize, usize)) -> Result<usize> {
    let stale = store.list_stale_documents(PARSER_VERSION)?;
    for (n_done, id) in stale.iter().enumerate() {
        on_progress(n_done, stale.len());
        let record = store.get_document(*id)?;
        let (mut facts, findings) = read_facts_and_findings(&record.text, &store.list_page_marks(*id)?);
        // The file's creation date is not in the text: a letter that was dated by it keeps it.
        let dated_by_file = record.row.date_source.as_deref() == Some("file")
            && !record.row.corrected.iter().any(|field| field.as_str() == "date");
        if facts.response_date.is_none() && dated_by_file {
            facts.response_date.clone_from(&record.row.response_date);
            facts.date_source = Some("file".to_string());
        }
        // Findings first: the version is bumped last, so a reading cut short is done again.
        store.update_document_findings(*id, &findings)?;
        store.update_document_facts(*id, &facts, PARSER_VERSION)?;
    }
    on_progress(stale.len(), stale.len());
    Ok(stale.len())
}
