//! The reviewer's decisions on the redactions found in a letter: kept across re-readings, and
//! counted in the register and its schedule beside the flags made by hand.

use disclosure_core::register::schedule::{schedule_csv, schedule_html};
use disclosure_ingest::batch::{import_bytes, Source};
use disclosure_ingest::ChildCommand;
use disclosure_library::redacting::{decide_redaction, RedactionAction, RedactionError};
use disclosure_library::refresh::refresh_stale_documents;
use disclosure_library::register::{library_register, RegisterScope};
use disclosure_store::{DocumentFacts, Inserted, RedactionVerdict, Store, StoreError};

fn import(store: &mut Store, file_name: &str, bytes: &[u8]) -> i64 {
    let source = Source { file_name, source_path: None, parent_id: None };
    match import_bytes(store, &source, bytes, &ChildCommand::this_program()).expect("the letter imports") {
        Inserted::New(id) => id,
        Inserted::AlreadyPresent(id) => id,
    }
}

/// Marks a letter as read by older rules and reads it again, as a new parser would.
fn read_again(store: &mut Store, id: i64) {
    let record = store.get_document(id).expect("document");
    let facts = DocumentFacts {
        reference: record.row.reference.clone(),
        title: record.row.title.clone(),
        authority: record.row.authority.clone(),
        response_date: record.row.response_date.clone(),
        decision: record.row.decision.clone(),
        date_source: None,
    };
    store.update_document_facts(id, &facts, 0).expect("the version is set back");
    assert_eq!(refresh_stale_documents(store, &mut |_, _| {}).expect("refresh runs"), 1, "the letter is read again");
}

#[test]
fn decisions_survive_re_reading() {
    let mut store = Store::open_in_memory().expect("store");
    let text = "Dear Requester,\n\nName of officer: [Redacted – s40(2)]\n\nBadge number: [REDACTED]\n";
    let id = import(&mut store, "letter.txt", text.as_bytes());
    let found = store.list_redactions(id).expect("redactions");
    assert_eq!(found.len(), 2, "two markers: {found:?}");
    let (name, badge) = (found[0].finding.key.clone(), found[1].finding.key.clone());
    assert_eq!(found[0].finding.provision.as_deref(), Some("40(2)"), "tied by its label");

    decide_redaction(&mut store, id, &name, &RedactionAction::Confirm, "", Some("Ana")).expect("confirmed");
    decide_redaction(&mut store, id, &badge, &RedactionAction::Correct("s43(2)".into()), "", None).expect("corrected");

    read_again(&mut store, id);
    let after = store.list_redactions(id).expect("redactions");
    let name_after = after.iter().find(|row| row.finding.key == name).expect("same key");
    assert_eq!(name_after.verdict, Some(RedactionVerdict::Confirmed), "the confirmation survives re-reading");
    assert_eq!(name_after.reviewer.as_deref(), Some("Ana"), "with who confirmed it");
    let badge_after = after.iter().find(|row| row.finding.key == badge).expect("same key");
    assert_eq!(badge_after.provision(), Some("43(2)"), "the corrected provision is the one that counts");
}

#[test]
fn markers_are_stored_dismissed_and_brought_back() {
    let mut store = Store::open_in_memory().expect("store");
    let text = "Dear Requester,\n\nName of officer: [REDACTED]\n\nSignature: ████████\n";
    let id = import(&mut store, "letter.txt", text.as_bytes());
    let found = store.list_redactions(id).expect("redactions");
    assert_eq!(found.len(), 2, "two markers: {found:?}");
    let signature = found[1].finding.key.clone();
    decide_redaction(&mut store, id, &signature, &RedactionAction::Dismiss, "a signature box", None)
        .expect("dismissed");
    read_again(&mut store, id);
    let after = store.list_redactions(id).expect("redactions");
    assert!(!after[1].counts(), "a dismissed redaction stays dismissed after re-reading");
    assert_eq!(after[1].note, "a signature box", "with the reviewer's note");
    decide_redaction(&mut store, id, &signature, &RedactionAction::Undo, "", None).expect("undone");
    assert!(store.list_redactions(id).expect("redactions")[1].counts(), "undo brings it back");

    let refused = decide_redaction(&mut store, id, "marker:nothing#0", &RedactionAction::Confirm, "", None);
    assert!(
        matches!(refused, Err(RedactionError::Store(StoreError::RedactionNotFound { .. }))),
        "a key the letter does not have is refused, not stored: {refused:?}"
    );
    let refused = decide_redaction(&mut store, id, &signature, &RedactionAction::Correct("personal".into()), "", None);
    assert!(matches!(refused, Err(RedactionError::NotAProvision(_))), "a correction must name a provision");
}

#[test]
fn the_register_counts_found_redactions_beside_flags_and_the_schedule_describes_them() {
    let mut store = Store::open_in_memory().expect("store");
    let labelled = "Dear Requester,\n\nName: [Redacted – s40(2)]\n\nRank: [Redacted under section 40(2)]\n";
    import(&mut store, "labelled.txt", labelled.as_bytes());
    let text = "Dear Requester,\n\nName: [REDACTED]\n\nBadge: [REDACTED]\n";
    let letter = import(&mut store, "letter.txt", text.as_bytes());
    let badge = store.list_redactions(letter).expect("redactions")[1].finding.key.clone();
    decide_redaction(&mut store, letter, &badge, &RedactionAction::Dismiss, "", None).expect("dismissed");

    let register = library_register(&store, &RegisterScope::default()).expect("register").register;
    let section_40 = register.provisions.iter().find(|count| count.provision == "40(2)").expect("40(2) is counted");
    assert_eq!(section_40.n_found, 2, "both labelled markers count under 40(2)");
    assert_eq!(section_40.n_flags, 0, "no flag was made by hand");
    let none_given = register.provisions.iter().find(|count| count.provision == "none given").expect("untied ones");
    assert_eq!(none_given.n_found, 1, "the letter citing nothing leaves its marker untied; the dismissed one is gone");

    let csv = schedule_csv(&register);
    assert!(csv.contains("Redacted by"), "the schedule says who redacted");
    assert!(csv.contains("authority (in the document as received)"), "a found redaction is the authority's");
    let html = schedule_html(&register, "Schedule");
    assert!(html.contains("Found redactions"), "the HTML summary counts found redactions per provision");
    let found = register.entries.iter().filter(|entry| entry.source == disclosure_core::register::EntrySource::Found);
    assert_eq!(found.count(), 3, "each marker not dismissed is one entry of the register");
}
