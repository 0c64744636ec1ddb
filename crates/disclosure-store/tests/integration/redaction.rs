//! The redaction tables on a real file: found redactions replaced by each reading while the
//! reviewer's decisions stay, decisions refused for a redaction the letter does not have, and
//! found redactions in the register under the reviewer's provision, dismissed ones left out.

use disclosure_core::register::EntrySource;
use disclosure_store::{DocumentFindings, RedactionFinding, RedactionVerdict, Store, StoreError};

use crate::annotation::stored_letter;
use crate::temp_library;

fn marker(key: &str, provision: Option<&str>, start: i64) -> RedactionFinding {
    RedactionFinding {
        key: key.to_string(),
        kind: "marker".to_string(),
        page: None,
        area: None,
        regime: "FOIA".to_string(),
        provision: provision.map(str::to_string),
        tied_by: if provision.is_some() { "label" } else { "none" }.to_string(),
        text_under: None,
        label: Some("[REDACTED]".to_string()),
        question_key: Some("1".to_string()),
        start,
        end: start + 10,
    }
}

fn findings(redactions: Vec<RedactionFinding>) -> DocumentFindings {
    DocumentFindings { redactions, ..Default::default() }
}

#[test]
fn a_new_reading_replaces_what_was_found_and_keeps_the_decisions() {
    let (_folder, path) = temp_library();
    let mut store = Store::open(&path).expect("open");
    let id =
        stored_letter(&mut store, "FOI-1", "Name: [REDACTED] and [REDACTED]", "Fernshire", "2023-04-01", "partial");
    let first = vec![marker("marker:[REDACTED]#0", Some("40(2)"), 6), marker("marker:[REDACTED]#1", None, 21)];
    store.update_document_findings(id, &findings(first)).expect("first reading");
    store
        .update_redaction_decision(
            id,
            "marker:[REDACTED]#1",
            &RedactionVerdict::Corrected("43(2)".into()),
            "",
            Some("Ana"),
        )
        .expect("corrected");
    store
        .update_redaction_decision(id, "marker:[REDACTED]#0", &RedactionVerdict::Dismissed, "a logo", None)
        .expect("dismissed");

    // The new reading finds the second marker only, placed a little further on.
    store.update_document_findings(id, &findings(vec![marker("marker:[REDACTED]#1", None, 25)])).expect("re-read");
    let rows = store.list_redactions(id).expect("list");
    assert_eq!(rows.len(), 1, "only what the new reading found is listed");
    assert_eq!(rows[0].finding.start, 25, "at its new place");
    assert_eq!(rows[0].provision(), Some("43(2)"), "the reviewer's provision survives the re-reading");
    assert_eq!(rows[0].reviewer.as_deref(), Some("Ana"), "with who set it");

    let entries = store.list_register_entries().expect("register");
    let found: Vec<_> = entries.iter().filter(|entry| entry.source == EntrySource::Found).collect();
    assert_eq!(found.len(), 1, "the found redaction is one register entry");
    assert_eq!(found[0].provision, "43(2)", "counted under the reviewer's provision");
    assert_eq!(found[0].found.as_ref().and_then(|mark| mark.decision.as_deref()), Some("corrected from none given"));
}

#[test]
fn decisions_need_a_redaction_the_letter_has_and_a_provision_to_correct_to() {
    let (_folder, path) = temp_library();
    let mut store = Store::open(&path).expect("open");
    let id = stored_letter(&mut store, "FOI-2", "Name: [REDACTED]", "Fernshire", "2023-04-01", "partial");
    store.update_document_findings(id, &findings(vec![marker("marker:[REDACTED]#0", None, 6)])).expect("reading");
    let missing = store.update_redaction_decision(id, "box:1:0,0,1,1", &RedactionVerdict::Confirmed, "", None);
    assert!(
        matches!(missing, Err(StoreError::RedactionNotFound { .. })),
        "no decision on a redaction not found: {missing:?}"
    );
    let empty =
        store.update_redaction_decision(id, "marker:[REDACTED]#0", &RedactionVerdict::Corrected(" ".into()), "", None);
    assert!(matches!(empty, Err(StoreError::RedactionWithoutProvision)), "a correction names a provision: {empty:?}");
    assert!(store.list_redactions(id).expect("list")[0].verdict.is_none(), "nothing was stored");
    assert!(!store.delete_redaction_decision(id, "marker:[REDACTED]#0").expect("undo"), "nothing to take back");
}
