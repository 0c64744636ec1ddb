//! The reviewer's corrections as the CLI and the app both make them: checked before anything is
//! stored, and in force wherever the library uses a letter's facts (register, search facets,
//! question threads).

use disclosure_ingest::import_samples;
use disclosure_library::correcting::{correct_document, document_corrections, CorrectionError, CorrectionRequest};
use disclosure_library::register::{library_register, RegisterScope};
use disclosure_library::search::facet_choices;
use disclosure_library::threading::{rebuild_threads, update_threads};
use disclosure_store::{CorrectedField, Store, REVIEWER_NAME};

fn sample_library() -> Store {
    let mut store = Store::open_in_memory().expect("an in-memory library opens");
    import_samples(&mut store, &mut |_| {});
    store
}

fn id_of(store: &Store, reference: &str) -> i64 {
    store.get_document_by_key(reference).unwrap_or_else(|error| panic!("sample letter {reference}: {error}")).row.id
}

fn moved_to_wessex(date: Option<&str>) -> CorrectionRequest {
    CorrectionRequest {
        authority: Some("Wessex  Police".into()),
        date: date.map(str::to_string),
        reviewer: Some("Ada".into()),
        ..Default::default()
    }
}

#[test]
fn the_register_and_the_search_facets_see_the_corrected_authority_and_year() {
    let mut store = sample_library();
    let id = id_of(&store, "FC/FOI/23/0501");
    let in_register = library_register(&store, &RegisterScope::default()).expect("register");
    assert!(
        in_register.register.entries.iter().any(|entry| entry.document_id == id),
        "the fixture needs a letter that applies an exemption"
    );

    let corrections = correct_document(&mut store, id, &moved_to_wessex(Some("2019-06-30"))).expect("correct");
    assert_eq!(corrections[0].value, "Wessex Police", "the authority is stored with its spaces tidied");
    assert_eq!(corrections[0].parsed.as_deref(), Some("Fernshire Constabulary"), "the reading is kept beside it");

    let wessex = library_register(&store, &RegisterScope { authority: Some("wessex".into()), ..Default::default() })
        .expect("register");
    assert!(
        !wessex.register.entries.is_empty() && wessex.register.entries.iter().all(|entry| entry.document_id == id),
        "filtering the register by the corrected authority finds exactly the corrected letter"
    );
    assert!(
        wessex.authorities.contains(&"Wessex Police".to_string()),
        "the register's choices offer the corrected authority"
    );
    let until_2019 =
        library_register(&store, &RegisterScope { until_year: Some(2019), ..Default::default() }).expect("register");
    assert!(
        until_2019.register.entries.iter().all(|entry| entry.document_id == id)
            && !until_2019.register.entries.is_empty(),
        "the register files the letter under the corrected year"
    );

    let facets = facet_choices(&store).expect("facets");
    assert!(
        facets.authorities.contains(&"Wessex Police".to_string()),
        "search can be narrowed to the corrected authority"
    );
    assert!(facets.years.contains(&2019), "search can be narrowed to the corrected year");
    assert!(!facets.years.contains(&2023), "no other letter is dated 2023, so the year read from it is gone");
}

#[test]
fn a_corrected_authority_moves_letters_into_that_authoritys_threads_on_rebuild() {
    let mut store = sample_library();
    rebuild_threads(&mut store).expect("first build");
    let moved = [id_of(&store, "FC/FOI/23/0501"), id_of(&store, "FC/FOI/24/0467")];
    for id in moved {
        correct_document(&mut store, id, &moved_to_wessex(None)).expect("correct");
    }
    assert!(update_threads(&mut store).expect("update").is_some(), "a corrected authority calls for a new build");

    let threads = store.list_threads(2).expect("threads");
    let wessex: Vec<_> = threads.iter().filter(|thread| thread.authority == "Wessex Police").collect();
    assert!(
        !wessex.is_empty(),
        "the two corrected letters ask the same questions, so they thread under their new authority"
    );
    for thread in &threads {
        let has_moved = thread.members.iter().any(|member| moved.contains(&member.document_id));
        let has_stayed = thread.members.iter().any(|member| !moved.contains(&member.document_id));
        assert!(!(has_moved && has_stayed), "a thread never mixes two authorities' letters: {thread:?}");
    }
}

#[test]
fn a_bad_value_stores_nothing_and_the_reviewer_defaults_to_the_preference() {
    let mut store = sample_library();
    let id = id_of(&store, "FC/FOI/21/0412");
    let request = CorrectionRequest {
        authority: Some("Wessex Police".into()),
        date: Some("2021-13-01".into()),
        ..Default::default()
    };
    assert!(
        matches!(correct_document(&mut store, id, &request), Err(CorrectionError::InvalidDate(_))),
        "month 13 is not a date"
    );
    let request = CorrectionRequest { decision: Some("granted".into()), ..Default::default() };
    assert!(
        matches!(correct_document(&mut store, id, &request), Err(CorrectionError::UnknownDecision(_))),
        "only the library's decisions are taken"
    );
    assert!(document_corrections(&store, id).expect("list").is_empty(), "a refused request leaves nothing behind");
    assert_eq!(
        store.get_document(id).expect("get").row.authority.as_deref(),
        Some("Fernshire Constabulary"),
        "the authority given beside the bad date is not stored either"
    );

    store.update_setting(REVIEWER_NAME, "Grace").expect("preference");
    let request = CorrectionRequest { decision: Some("Not held".into()), ..Default::default() };
    let corrections = correct_document(&mut store, id, &request).expect("correct");
    assert_eq!(corrections[0].field, CorrectedField::Decision, "the decision is corrected");
    assert_eq!(corrections[0].value, "not_held", "the decision is stored by its short name");
    assert_eq!(
        corrections[0].reviewer.as_deref(),
        Some("Grace"),
        "without a name, the preference's reviewer is recorded"
    );
}

#[test]
fn re_reading_by_newer_rules_keeps_the_reviewers_facts() {
    let mut store = sample_library();
    let id = id_of(&store, "FC/FOI/21/0412");
    let request = CorrectionRequest { reference: Some("FC/FOI/21/0412-A".into()), ..Default::default() };
    correct_document(&mut store, id, &request).expect("correct");
    // As after an upgrade: the letter's facts were read by rules older than these.
    let facts = store.get_document(id).expect("get").row;
    let stale = disclosure_store::DocumentFacts {
        reference: Some("stale".into()),
        title: facts.title,
        authority: facts.authority,
        response_date: facts.response_date,
        decision: facts.decision,
        date_source: None,
    };
    store.update_document_facts(id, &stale, 0).expect("an older reading");
    let n_refreshed =
        disclosure_library::refresh::refresh_stale_documents(&mut store, &mut |_, _| {}).expect("refresh");
    assert_eq!(n_refreshed, 1, "the letter read by older rules is read again");
    let row = store.get_document(id).expect("get").row;
    assert_eq!(row.reference.as_deref(), Some("FC/FOI/21/0412-A"), "the reviewer's reference outlives the re-reading");
    let corrections = document_corrections(&store, id).expect("list");
    assert_eq!(
        corrections[0].parsed.as_deref(),
        Some("FC/FOI/21/0412"),
        "the value to go back to is what the current rules read, not the stale one"
    );
}
