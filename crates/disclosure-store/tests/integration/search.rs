//! Full-text search: documents, questions with answers and notes, ranked, with highlighted
//! snippets and facets; what users type never breaks the query.

use disclosure_store::{match_expression, ReviewState, SearchFacets, SearchKind, SearchQuery, Store};

use crate::annotation::{note, stored_letter};

fn library() -> (Store, i64, i64) {
    let mut store = Store::open_in_memory().expect("open");
    let fernshire = stored_letter(
        &mut store,
        "f",
        "Dear requester,\nI note you seek access to the following information:\n1. How many officers were suspended in 2023?\nI have today decided to disclose the located information to you in full.\nQ1 - How many officers were suspended in 2023?\n14 officers were suspended pending a misconduct investigation.\n",
        "Fernshire Constabulary",
        "2023-06-01",
        "full",
    );
    let marsh = stored_letter(
        &mut store,
        "m",
        "Dear requester,\nThe suspension figures are exempt under section 40(2).\n",
        "Marsh Police",
        "2024-02-01",
        "refused",
    );
    (store, fernshire, marsh)
}

fn search(store: &Store, text: &str, facets: SearchFacets) -> Vec<disclosure_store::SearchHit> {
    store
        .search(&SearchQuery { text: text.into(), facets, type_ahead: false, limit: 0 })
        .expect("a search never fails on user text")
}

#[test]
fn hits_come_with_highlighted_snippets_and_facets_narrow_them() {
    let (store, fernshire, marsh) = library();
    let hits = search(&store, "misconduct", SearchFacets::default());
    assert!(
        hits.iter().any(|hit| hit.kind == SearchKind::Question && hit.document_id == fernshire),
        "the answer is indexed as a question row: {hits:?}"
    );
    let highlighted: Vec<&str> =
        hits[0].snippet.iter().filter(|part| part.highlighted).map(|part| part.text.as_str()).collect();
    assert_eq!(highlighted, vec!["misconduct"], "the matched word is marked, as data not markup");
    let by_authority =
        search(&store, "requester", SearchFacets { authority: Some("Marsh Police".into()), ..Default::default() });
    assert!(
        by_authority.iter().all(|hit| hit.document_id == marsh) && !by_authority.is_empty(),
        "the authority facet keeps one authority"
    );
    let by_year = search(&store, "requester", SearchFacets { year: Some(2023), ..Default::default() });
    assert!(
        by_year.iter().all(|hit| hit.document_id == fernshire) && !by_year.is_empty(),
        "the year facet reads the response date"
    );
    let by_decision =
        search(&store, "requester", SearchFacets { decision: Some("refused".into()), ..Default::default() });
    assert!(by_decision.iter().all(|hit| hit.document_id == marsh) && !by_decision.is_empty(), "the decision facet");
}

#[test]
fn notes_tags_and_review_status_are_searchable_facets() {
    let (mut store, fernshire, marsh) = library();
    store.insert_annotation(&note(fernshire, "14 officers", "compare with Marsh", &["suspensions"])).expect("note");
    store.update_review_status(marsh, None, ReviewState::FollowUp, Some("Ana")).expect("status");
    let tagged = search(&store, "requester", SearchFacets { tag: Some("suspensions".into()), ..Default::default() });
    assert!(
        tagged.iter().all(|hit| hit.document_id == fernshire) && !tagged.is_empty(),
        "the tag facet keeps documents with that tag"
    );
    let notes = search(&store, "Marsh", SearchFacets::default());
    assert!(
        notes.iter().any(|hit| hit.kind == SearchKind::Annotation && hit.annotation_id.is_some()),
        "notes are indexed"
    );
    let follow_up =
        search(&store, "requester", SearchFacets { review_status: Some("follow_up".into()), ..Default::default() });
    assert!(follow_up.iter().all(|hit| hit.document_id == marsh) && !follow_up.is_empty(), "the review status facet");
}

#[test]
fn fts_syntax_typed_by_users_is_searched_for_not_parsed() {
    let (store, _, _) = library();
    for typed in ["\"unbalanced", "AND OR NOT", "40(2)", "sus*", "a:b", "NEAR(", "-", "((", "'", "}{", ""] {
        let _ = search(&store, typed, SearchFacets::default());
    }
    assert_eq!(
        match_expression("section 40(2)", false).as_deref(),
        Some("\"section\" \"40(2)\""),
        "each word becomes a quoted phrase"
    );
    assert_eq!(
        match_expression("suspen", true).as_deref(),
        Some("\"suspen\"*"),
        "type-ahead makes the last word a prefix"
    );
    let hits =
        store.search(&SearchQuery { text: "suspen".into(), type_ahead: true, ..Default::default() }).expect("search");
    assert!(!hits.is_empty(), "a prefix finds 'suspended' and 'suspension' while the user types");
}

#[test]
fn a_library_from_before_search_is_indexed_when_opened() {
    let (_folder, path) = crate::temp_library();
    {
        let mut store = Store::open(&path).expect("open");
        stored_letter(
            &mut store,
            "f",
            "Q1 Budget?\nFour million pounds for kestrels.\n",
            "Fernshire",
            "2023-01-01",
            "full",
        );
    }
    // An older library: documents, but nothing in the search tables.
    let raw = rusqlite::Connection::open(&path).expect("raw open");
    raw.execute_batch("DELETE FROM search_indexed; DELETE FROM search_source; DELETE FROM search_text;").expect("wipe");
    drop(raw);
    let store = Store::open(&path).expect("reopen");
    assert!(
        !search(&store, "kestrels", SearchFacets::default()).is_empty(),
        "documents missing from the index are indexed on open"
    );
}

#[test]
fn exemption_and_thread_facets_narrow_to_the_letters_behind_them() {
    let (mut store, fernshire, marsh) = library();
    let citation = disclosure_store::CitationFinding {
        question_idx: None,
        question_label: None,
        regime: "FOIA".into(),
        provision: "40(2)".into(),
        section: "40".into(),
        cited_as: "40(2)".into(),
        is_ncnd: false,
        quote: "section 40(2)".into(),
        start: 0,
        end: 13,
    };
    store
        .update_document_findings(
            marsh,
            &disclosure_store::DocumentFindings { citations: vec![citation], ..Default::default() },
        )
        .expect("findings");
    for provision in ["40(2)", "40"] {
        let hits =
            search(&store, "requester", SearchFacets { exemption: Some(provision.into()), ..Default::default() });
        assert!(
            !hits.is_empty() && hits.iter().all(|hit| hit.document_id == marsh),
            "only the letter applying 40(2) has it, and section {provision} takes in its subsections: {hits:?}"
        );
    }
    let member = disclosure_store::NewThreadMember {
        document_id: fernshire,
        question_key: "1".into(),
        question_idx: 0,
        question_label: Some("1".into()),
        score: None,
    };
    let suggestion = disclosure_store::SuggestedThread {
        reviewed_thread: None,
        title: "Suspensions".into(),
        authority: "Fernshire Constabulary".into(),
        members: vec![member],
    };
    store.replace_thread_suggestions(&[suggestion], &[fernshire, marsh]).expect("threads");
    let thread_id = store.list_threads(1).expect("threads")[0].id;
    let hits = search(&store, "suspended", SearchFacets { thread_id: Some(thread_id), ..Default::default() });
    assert!(
        hits.iter().any(|hit| hit.kind == SearchKind::Question && hit.question_label.as_deref() == Some("1")),
        "the thread facet keeps the thread's question: {hits:?}"
    );
    assert!(hits.iter().all(|hit| hit.document_id == fernshire), "and nothing from letters outside the thread");
}

#[test]
fn a_word_in_every_letter_is_ranked_among_its_newest_matches_and_counted_with_a_cap() {
    let mut store = Store::open_in_memory().expect("open");
    let n_letters = disclosure_store::RANKED_CANDIDATES + 50;
    let mut ids = Vec::new();
    for index in 0..n_letters {
        // The oldest letter says "kestrel" most often, so it would rank first if every match were scored.
        let text = if index == 0 {
            "kestrel kestrel kestrel kestrel".to_string()
        } else {
            format!("kestrel number {index} of many words here")
        };
        ids.push(stored_letter(&mut store, &format!("k{index}"), &text, "Fernshire", "2023-01-01", "full"));
    }
    let query = SearchQuery { text: "kestrel".into(), limit: 10, ..Default::default() };
    let hits = store.search(&query).expect("search");
    assert_eq!(hits.len(), 10, "a common word still fills the page of results");
    assert!(
        hits.iter().all(|hit| hit.document_id != ids[0]),
        "only the newest {} matches are scored, so the oldest letter is left out however dense its match",
        disclosure_store::RANKED_CANDIDATES
    );
    assert_eq!(
        store.count_search_matches(&query, disclosure_store::RANKED_CANDIDATES + 1).expect("count"),
        disclosure_store::RANKED_CANDIDATES + 1,
        "the count stops at the cap, so the reviewer can be told there are more than can be ranked"
    );
    let rare = SearchQuery { text: "number 7".into(), ..Default::default() };
    assert_eq!(
        store.count_search_matches(&rare, 100).expect("count"),
        1,
        "below the cap the count is exact: only letter 7 has both words"
    );
}
