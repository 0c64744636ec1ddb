//! Review statuses of documents and answers, with who and when.

use disclosure_store::{ReviewState, Store};

use crate::annotation::stored_letter;

#[test]
fn statuses_of_documents_and_answers_are_kept_apart() {
    let mut store = Store::open_in_memory().expect("open");
    let first = stored_letter(&mut store, "a", "Q1 Budget?\nFour million pounds.\n", "Fernshire", "2023-01-01", "full");
    let second = stored_letter(&mut store, "b", "Q1 Staff?\n120 officers.\n", "Fernshire", "2024-01-01", "full");
    let status = store.update_review_status(first, None, ReviewState::Reviewed, Some("Ana")).expect("set");
    assert_eq!((status.state, status.reviewer.as_deref()), (ReviewState::Reviewed, Some("Ana")), "who set it is kept");
    assert!(status.updated_at.ends_with('Z'), "when it was set is UTC");
    store.update_review_status(first, Some("Q1"), ReviewState::FollowUp, None).expect("set answer");
    assert_eq!(
        store.find_review_status(first, None).expect("find").map(|status| status.state),
        Some(ReviewState::Reviewed),
        "an answer's status does not overwrite the document's"
    );
    assert_eq!(
        store.list_documents_with_status(ReviewState::Unreviewed).expect("list"),
        vec![second],
        "an untouched document counts as unreviewed"
    );
    assert_eq!(
        store.list_documents_with_status(ReviewState::Reviewed).expect("list"),
        vec![first],
        "the library filters by the document's own status"
    );
    assert!(
        "in review".parse::<ReviewState>().is_ok() && "done".parse::<ReviewState>().is_err(),
        "names are read leniently, unknown ones refused"
    );
    assert!(
        store.update_review_status(999, None, ReviewState::Reviewed, None).is_err(),
        "a missing document cannot be reviewed"
    );
}
