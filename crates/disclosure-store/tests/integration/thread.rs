//! Question threads: suggestions are replaced by a rebuild, the reviewer's decisions (including
//! one suggestion accepted or rejected) are not.

use disclosure_store::{DocumentFacts, Inserted, NewDocument, NewThreadMember, Store, SuggestedThread};

fn stored_letter(store: &mut Store, name: &str, date: &str) -> i64 {
    let inserted = store
        .insert_document(&NewDocument {
            sha256: name.to_string(),
            file_name: format!("{name}.txt"),
            source_path: None,
            format: "txt".to_string(),
            encoding: "UTF-8".to_string(),
            byte_len: 1,
            text: format!("Letter {name}"),
            facts: DocumentFacts {
                reference: Some(name.to_uppercase()),
                title: name.to_string(),
                authority: Some("Fernshire Constabulary".to_string()),
                response_date: Some(date.to_string()),
                decision: "full".to_string(),
                date_source: None,
            },
            parser_version: 1,
            parent_id: None,
        })
        .expect("insert");
    match inserted {
        Inserted::New(id) | Inserted::AlreadyPresent(id) => id,
    }
}

fn member(document_id: i64, label: &str) -> NewThreadMember {
    NewThreadMember {
        document_id,
        question_key: label.to_string(),
        question_idx: 0,
        question_label: Some(label.to_string()),
        score: None,
    }
}

fn scored(document_id: i64, label: &str, score: f64) -> NewThreadMember {
    NewThreadMember { score: Some(score), ..member(document_id, label) }
}

fn suggestion(members: Vec<NewThreadMember>) -> SuggestedThread {
    SuggestedThread {
        reviewed_thread: None,
        title: "How many officers were suspended?".into(),
        authority: "Fernshire Constabulary".into(),
        members,
    }
}

#[test]
fn a_rebuild_keeps_what_the_reviewer_decided() {
    let mut store = Store::open_in_memory().expect("store");
    let (a, b, c) = (
        stored_letter(&mut store, "a", "2022-01-01"),
        stored_letter(&mut store, "b", "2023-01-01"),
        stored_letter(&mut store, "c", "2024-01-01"),
    );
    assert_eq!(store.count_unthreaded_documents().expect("count"), 3, "no build has seen any letter yet");
    store
        .replace_thread_suggestions(&[suggestion(vec![member(a, "1"), member(b, "1"), member(c, "1")])], &[a, b, c])
        .expect("suggest");
    assert_eq!(store.count_unthreaded_documents().expect("count"), 0, "the build saw every letter");

    let thread = store.list_threads(2).expect("list")[0].clone();
    assert_eq!(thread.members.iter().map(|m| m.document_id).collect::<Vec<_>>(), vec![a, b, c], "members by date");
    store.update_thread_title(thread.id, "Suspensions").expect("rename");
    store.delete_thread_member(thread.id, c, "1").expect("move out");

    let decisions = store.list_thread_decisions().expect("decisions");
    assert_eq!(decisions.pins.len(), 2, "renaming made the remaining members the reviewer's");
    assert_eq!(decisions.exclusions, vec![(thread.id, c, "1".to_string())], "the move out is remembered");

    // A rebuild that knows nothing of the decisions proposes a fresh thread of the same questions.
    store
        .replace_thread_suggestions(&[suggestion(vec![member(a, "1"), member(b, "1"), member(c, "1")])], &[a, b, c])
        .expect("rebuild");
    let kept = store.get_thread(thread.id).expect("the reviewed thread survives a rebuild");
    assert_eq!(kept.title, "Suspensions", "the reviewer's title survives");
    assert_eq!(kept.members.len(), 2, "the reviewer's members stay, the moved-out question stays out");
    assert!(kept.members.iter().all(|m| m.by_reviewer), "members of a reviewed thread are the reviewer's");
}

#[test]
fn split_and_merge_are_reviewer_decisions() {
    let mut store = Store::open_in_memory().expect("store");
    let (a, b) = (stored_letter(&mut store, "a", "2022-01-01"), stored_letter(&mut store, "b", "2023-01-01"));
    store
        .replace_thread_suggestions(
            &[suggestion(vec![member(a, "1"), member(b, "1")]), suggestion(vec![member(a, "2"), member(b, "2")])],
            &[a, b],
        )
        .expect("suggest");
    let threads = store.list_threads(1).expect("list");
    let split = store.insert_thread_split(threads[0].id, &[(b, "1".to_string())]).expect("split");
    assert_eq!(
        store.get_thread(split).expect("split thread").members.len(),
        1,
        "the split-off question is in the new thread"
    );
    store.update_thread_merge(threads[1].id, threads[0].id).expect("merge");
    assert!(store.get_thread(threads[1].id).is_err(), "a merged thread is gone");
    assert_eq!(
        store.get_thread(threads[0].id).expect("kept").members.len(),
        3,
        "the merged thread takes the other's members"
    );
    store.update_thread_confirmed(threads[0].id).expect("confirm");
    assert!(store.get_thread(threads[0].id).expect("kept").confirmed, "confirmation is stored");
}

#[test]
fn accepted_and_rejected_suggestions_survive_a_rebuild() {
    let mut store = Store::open_in_memory().expect("store");
    let (a, b, c) = (
        stored_letter(&mut store, "a", "2022-01-01"),
        stored_letter(&mut store, "b", "2023-01-01"),
        stored_letter(&mut store, "c", "2024-01-01"),
    );
    let proposed = || suggestion(vec![member(a, "1"), scored(b, "1", 0.8), scored(c, "1", 0.6)]);
    store.replace_thread_suggestions(&[proposed()], &[a, b, c]).expect("suggest");
    let open = store.list_thread_suggestions().expect("suggestions");
    assert_eq!(
        open.iter().map(|s| (s.document_id, s.score)).collect::<Vec<_>>(),
        vec![(b, 0.8), (c, 0.6)],
        "the opening member is no suggestion; best score first"
    );
    let thread = open[0].thread_id;

    assert!(
        store.update_thread_suggestion_accepted(thread, b, "1").expect("accept"),
        "b's question was an open suggestion"
    );
    assert!(
        store.update_thread_suggestion_rejected(thread, c, "1").expect("reject"),
        "c's question was an open suggestion"
    );
    assert!(
        !store.update_thread_suggestion_rejected(thread, b, "1").expect("reject"),
        "an accepted member is no longer open"
    );

    // A rebuild that knows nothing of the decisions proposes the same three questions afresh.
    store.replace_thread_suggestions(&[proposed()], &[a, b, c]).expect("rebuild");
    let kept = store.get_thread(thread).expect("a thread with a settled suggestion survives a rebuild");
    let members: Vec<(i64, bool)> = kept.members.iter().map(|m| (m.document_id, m.by_reviewer)).collect();
    assert_eq!(
        members,
        vec![(a, true), (b, true)],
        "the accepted question and the one it was scored against stay; the rejected one stays out"
    );
    let decisions = store.list_thread_decisions().expect("decisions");
    assert_eq!(
        decisions.exclusions,
        vec![(thread, c, "1".to_string())],
        "the rejection is remembered for the next build"
    );
    assert!(kept.is_settled(), "nothing is left open in the thread");
}

#[test]
fn undated_members_are_ordered_by_the_year_of_their_reference() {
    let mut store = Store::open_in_memory().expect("store");
    let later = stored_letter(&mut store, "fc/foi/24/0467", "");
    let earlier = stored_letter(&mut store, "fc/foi/22/0388", "");
    let dated = stored_letter(&mut store, "fc/foi/23/0501", "2023-02-20");
    store
        .replace_thread_suggestions(
            &[suggestion(vec![member(later, "1"), scored(earlier, "1", 0.9), scored(dated, "1", 0.9)])],
            &[later, earlier, dated],
        )
        .expect("suggest");
    let thread = store.list_threads(2).expect("list")[0].clone();
    let order: Vec<i64> = thread.members.iter().map(|m| m.document_id).collect();
    assert_eq!(order, vec![earlier, dated, later], "2022 and 2024 by their references, 2023 by its date");
}
