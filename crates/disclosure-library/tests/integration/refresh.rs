//! The exemption findings written on import and rebuilt on refresh, and the reviewer's rows
//! (flags, outcome corrections, judgements) that must survive every re-reading.

use disclosure_core::register::{build_register, Judgement, RegisterFilter};
use disclosure_ingest::import_samples;
use disclosure_library::refresh::refresh_stale_documents;
use disclosure_store::{CitationJudgement, DocumentFacts, FlagProvision, NewFlag, Store};

fn sample_library() -> Store {
    let mut store = Store::open_in_memory().expect("an in-memory library opens");
    import_samples(&mut store, &mut |_| {});
    store
}

fn document_id(store: &Store, reference: &str) -> i64 {
    store.get_document_by_key(reference).expect("the sample letter is in the library").row.id
}

#[test]
fn the_2023_sample_letter_applies_40_2_in_the_register() {
    let store = sample_library();
    let register =
        build_register(store.list_register_entries().expect("the register query runs"), &RegisterFilter::default());
    let section_40 =
        register.provisions.iter().find(|count| count.provision == "40(2)").expect("40(2) is in the register");
    assert_eq!(section_40.n_documents, 1, "only the 2023 Fernshire letter refuses under 40(2)");
    assert_eq!(section_40.by_year, vec![(Some(2023), 1)], "it is counted in the letter's response year");
    assert_eq!(register.n_documents, 1, "the other sample letters disclose in full");
    let since_2024 = build_register(
        store.list_register_entries().expect("query"),
        &RegisterFilter { since_year: Some(2024), ..Default::default() },
    );
    assert!(since_2024.provisions.is_empty(), "nothing was withheld in 2024");
}

#[test]
fn reviewer_rows_survive_a_re_reading() {
    let mut store = sample_library();
    let id = document_id(&store, "FC/FOI/23/0501");
    let outcomes = store.list_question_outcomes(id).expect("outcomes are stored on import");
    assert!(!outcomes.is_empty(), "each question's outcome is stored on import");
    let citation =
        store.list_document_citations(id).expect("citations").into_iter().next().expect("the letter cites 40(2)");

    let flag_id = store
        .insert_flag(&NewFlag {
            document_id: id,
            question_key: Some(outcomes[0].question_key.clone()),
            quote: Some("Fernshire".to_string()),
            position: Some((0, 9)),
            provisions: vec![FlagProvision { regime: "FOIA".to_string(), provision: "40(2)".to_string() }],
            note: "names removed from the table".to_string(),
        })
        .expect("a flag is stored");
    store
        .update_outcome_correction(id, &outcomes[0].question_key, "partly_withheld", "a column is missing")
        .expect("correction");
    store
        .update_citation_judgement(&CitationJudgement {
            document_id: id,
            regime: citation.regime.clone(),
            provision: citation.provision.clone(),
            quote: citation.quote.clone(),
            verdict: Judgement::WrongSubsection,
            corrected_provision: Some("40(5B)".to_string()),
            note: String::new(),
        })
        .expect("judgement");

    // Simulate a new parser: mark the letter as read by an older version, then refresh.
    let record = store.get_document(id).expect("document");
    let facts = DocumentFacts {
        reference: record.row.reference.clone(),
        title: record.row.title.clone(),
        authority: record.row.authority.clone(),
        response_date: record.row.response_date.clone(),
        decision: record.row.decision.clone(),
        date_source: None,
    };
    store.update_document_facts(id, &facts, 0).expect("the version is bumped back");
    let n_refreshed = refresh_stale_documents(&mut store, &mut |_, _| {}).expect("refresh runs");
    assert_eq!(n_refreshed, 1, "only the letter marked stale is read again");

    assert_eq!(store.list_flags(id).expect("flags").len(), 1, "the hand-made flag survives the re-reading");
    assert_eq!(store.get_flag(flag_id).expect("flag").note, "names removed from the table", "with its note");
    let after = store.list_question_outcomes(id).expect("outcomes");
    assert_eq!(after[0].outcome(), "partly_withheld", "the reviewer's outcome still overrides the derived one");
    assert_eq!(after[0].derived, outcomes[0].derived, "the derived outcome is rebuilt as before");
    let judgements = store.list_citation_judgements(id).expect("judgements");
    assert_eq!(judgements.len(), 1, "the verdict on the citation survives the re-reading");
    assert!(!store.list_document_citations(id).expect("citations").is_empty(), "the citations are rebuilt");

    let register = build_register(store.list_register_entries().expect("register"), &RegisterFilter::default());
    assert!(register.provisions.iter().any(|count| count.provision == "40(5B)"), "the corrected subsection is counted");
    assert!(
        register.provisions.iter().any(|count| count.provision == "40(2)" && count.n_flags == 1),
        "the flag counts"
    );

    store.delete_flag(flag_id).expect("delete");
    assert!(store.list_flags(id).expect("flags").is_empty(), "a deleted flag leaves the panel");
    store.update_flag_restored(flag_id).expect("undo");
    assert_eq!(store.list_flags(id).expect("flags").len(), 1, "undo brings the flag back");
}
