//! Threads built from stored letters, and the reviewer settling suggestions, on the sample
//! library (four yearly Fernshire letters asking the same questions).

use disclosure_ingest::import_samples;
use disclosure_library::threading::{
    accept_suggestion, continuations_after_import, open_suggestions, rebuild_threads, reject_suggestion,
};
use disclosure_store::Store;

/// The sample library, with the ids of its letters oldest first.
fn samples() -> (Store, Vec<i64>) {
    let mut store = Store::open_in_memory().expect("in-memory library");
    import_samples(&mut store, &mut |_| {});
    let mut letters: Vec<(String, i64)> = store
        .list_documents()
        .expect("list")
        .into_iter()
        .map(|row| (row.response_date.unwrap_or_default(), row.id))
        .collect();
    letters.sort();
    (store, letters.into_iter().map(|(_, id)| id).collect())
}

#[test]
fn an_imported_letter_is_reported_as_continuing_the_threads_it_joins() {
    let (mut store, letters) = samples();
    let newest = *letters.last().expect("four letters");
    let continuations = continuations_after_import(&mut store, &[newest]).expect("threads build");
    assert_eq!(
        continuations.describe().as_deref(),
        Some("2 questions continue 2 threads"),
        "the 2024 letter asks again about vetting withdrawn and suspensions; its fourth question is new: {continuations:?}"
    );
    assert!(
        continuations.members.iter().all(|(_, document, _)| *document == newest),
        "only the new letter's questions are reported"
    );
    let nothing = continuations_after_import(&mut store, &[]).expect("threads build");
    assert_eq!(nothing.describe(), None, "no new letter, nothing to report");
}

#[test]
fn a_suggestion_is_settled_by_the_label_the_letter_prints() {
    let (mut store, letters) = samples();
    rebuild_threads(&mut store).expect("build");
    let first = open_suggestions(&store)
        .expect("suggestions")
        .into_iter()
        .find(|suggestion| suggestion.document_id == letters[1])
        .expect("the 2022 letter continues a thread");
    let label = first.question_label.clone().expect("sample questions are labelled");
    accept_suggestion(&mut store, first.thread_id, first.document_id, &format!("Q{label}"))
        .expect("accept by label as printed with Q");
    let other = open_suggestions(&store)
        .expect("suggestions")
        .into_iter()
        .find(|suggestion| suggestion.thread_id == first.thread_id)
        .expect("the thread has more suggestions left open");
    reject_suggestion(
        &mut store,
        other.thread_id,
        other.document_id,
        other.question_label.as_deref().unwrap_or(&other.question_key),
    )
    .expect("reject");
    rebuild_threads(&mut store).expect("rebuild");
    let thread = store.get_thread(first.thread_id).expect("the settled thread survives a rebuild");
    let documents: Vec<i64> = thread.members.iter().map(|member| member.document_id).collect();
    assert!(documents.contains(&first.document_id), "the accepted question stays: {documents:?}");
    assert!(!documents.contains(&other.document_id), "the rejected question stays out after a rebuild: {documents:?}");
    assert!(
        accept_suggestion(&mut store, first.thread_id, first.document_id, &label).is_err(),
        "an accepted question is no open suggestion any more"
    );
}

// The reviewer's queue: each open suggestion beside the thread's question, and the words for a score.

#[test]
fn the_queue_sets_every_open_suggestion_beside_a_question_of_another_letter() {
    let (mut store, _) = samples();
    rebuild_threads(&mut store).expect("build");
    let open = open_suggestions(&store).expect("suggestions");
    let queue = disclosure_library::threading::suggestion_queue(&store).expect("queue");
    assert_eq!(queue.len(), open.len(), "one entry per open suggestion, none lost or doubled");
    for (queued, suggestion) in queue.iter().zip(&open) {
        assert_eq!(
            (queued.thread_id, queued.suggested.document_id, queued.suggested.question_key.as_str()),
            (suggestion.thread_id, suggestion.document_id, suggestion.question_key.as_str()),
            "the queue keeps the suggestions' order, likeliest first"
        );
        let counterpart = queued.counterpart.as_ref().expect("a suggested member always has a thread to join");
        assert_ne!(
            counterpart.document_id, queued.suggested.document_id,
            "the question is set beside another letter's"
        );
        assert!(queued.suggested.text.is_some(), "the sample letters still hold every suggested question");
        assert_eq!(
            queued.suggested.authority.as_deref(),
            Some("Fernshire Constabulary"),
            "the letter's authority is read"
        );
    }
}

#[test]
fn a_score_reads_as_words_and_a_period_as_its_years() {
    use disclosure_library::threading::{likelihood, period_years};
    assert_eq!(likelihood(0.91), "very likely", "a near match");
    assert_eq!(likelihood(0.74), "likely", "the usual match of a reworded question");
    assert_eq!(likelihood(0.45), "possible", "worth a look");
    assert_eq!(likelihood(0.2), "doubtful", "a weak match");
    assert_eq!(period_years("2022"), Some((2022, 2022)), "one calendar year");
    assert_eq!(period_years("2018–2022"), Some((2018, 2022)), "a range of years, both included");
    assert_eq!(period_years("2019/20"), Some((2019, 2019)), "a financial year counts as the year it starts in");
    assert_eq!(period_years("last year"), None, "a period without years has none");
}

/// Stores a plain-text letter as if imported from `file_name`.
fn store_letter(store: &mut Store, file_name: &str, text: &str) {
    let source = disclosure_ingest::batch::Source { file_name, source_path: None, parent_id: None };
    disclosure_ingest::batch::import_bytes(
        store,
        &source,
        text.as_bytes(),
        &disclosure_ingest::ChildCommand::this_program(),
    )
    .expect("a plain-text letter imports");
}

#[test]
fn a_question_that_ends_in_a_colon_is_compared_with_its_lettered_parts() {
    let mut store = Store::open_in_memory().expect("in-memory library");
    store_letter(
        &mut store,
        "hate-crime-2022.txt",
        "West Midlands Police\nFreedom of Information Request 1203A/22\n\nRequest\n\n\
         1. How many of the following were recorded by your force in 2022:\n\
         a) hate crimes against disabled people\n\
         b) hate crimes against transgender people\n\
         2. How much did the force spend on interpreters in 2022?\n\n\
         Response\n\nThe information is attached.\n",
    );
    store_letter(
        &mut store,
        "hate-crime-2023.txt",
        "West Midlands Police\nFreedom of Information Request 0874A/23\n\nRequest\n\n\
         1. How many hate crimes against disabled people and against transgender people were recorded in 2023?\n\
         2. How many drones does the force own?\n\n\
         Response\n\nThe information is attached.\n",
    );
    rebuild_threads(&mut store).expect("build");
    let threads = store.list_threads(2).expect("threads");
    assert_eq!(
        threads.len(),
        1,
        "the first question of 2022 says what it counts only in its parts, which are the 2023 question: {threads:?}"
    );
    assert_eq!(
        threads[0].members.iter().map(|member| member.question_label.as_deref()).collect::<Vec<_>>(),
        vec![Some("1"), Some("1")],
        "each letter's first question continues the thread; interpreters and drones are asked once each"
    );
}

/// "1a", "Q2" and "Question 2" name the same question when a question moves into a thread,
/// when it moves out again and when the thread is read year by year: one lookup serves all.
#[test]
fn a_question_is_named_by_one_rule_in_every_move_and_reading() {
    use disclosure_library::threading::{move_question_into, move_question_out, thread_timeline};
    let mut store = Store::open_in_memory().expect("in-memory library");
    let letter = |year: u32| {
        format!(
            "Fernshire Constabulary\nFreedom of Information Request FC/FOI/{year}/0101\n\nRequest\n\n\
             Q1a How many officers were dismissed in {year}?\n\
             Q2 How much was spent on vetting in {year}?\n\
             Q3 How many vetting appeals were heard in {year}?\n\n\
             Response\n\n\
             Q1a - Seven officers.\n\
             Q2 - £4,000.\n\
             Q3 - Twelve.\n"
        )
    };
    store_letter(&mut store, "dismissals-2022.txt", &letter(2022));
    store_letter(&mut store, "dismissals-2023.txt", &letter(2023));
    let mut letters: Vec<(String, i64)> = store
        .list_documents()
        .expect("list")
        .into_iter()
        .map(|row| (row.reference.unwrap_or_default(), row.id))
        .collect();
    letters.sort();
    let (older, newer) = (letters[0].1, letters[1].1);
    let labels: Vec<Option<String>> = disclosure_core::parse::parse(&store.get_document(older).expect("stored").text)
        .questions
        .into_iter()
        .map(|question| question.label)
        .collect();
    assert_eq!(
        labels,
        [Some("Q1a".to_string()), Some("Q2".to_string()), Some("Q3".to_string())],
        "the letter prints three labelled questions, the first of them lettered"
    );
    rebuild_threads(&mut store).expect("build");
    let thread_id = store.list_threads(1).expect("threads").first().expect("some thread").id;
    let key_in_thread = |store: &Store, document_id: i64| -> Vec<String> {
        let thread = store.get_thread(thread_id).expect("thread");
        let mut keys: Vec<String> = thread
            .members
            .iter()
            .filter(|member| member.document_id == document_id)
            .map(|member| member.question_key.clone())
            .collect();
        keys.sort();
        keys
    };

    for (moved_in, moved_out) in [("Question 2", "Q2"), ("Q2", "2"), ("2", "Question 2")] {
        move_question_into(&mut store, thread_id, newer, moved_in).expect("question 2 moves in by any spelling");
        assert!(
            key_in_thread(&store, newer).contains(&"Q2".to_string()),
            "{moved_in:?} names the question labelled Q2 when it moves in"
        );
        let timeline =
            thread_timeline(&store, thread_id, None, &disclosure_core::diff::DiffOptions::default()).expect("timeline");
        let entry = timeline
            .entries
            .iter()
            .find(|entry| entry.member.document_id == newer && entry.member.question_key == "Q2")
            .expect("the moved question is a year of the thread");
        assert_eq!(entry.answer.as_deref(), Some("£4,000."), "the year shows question 2's own answer");
        move_question_out(&mut store, thread_id, newer, moved_out).expect("and moves out by another spelling");
        assert!(
            !key_in_thread(&store, newer).contains(&"Q2".to_string()),
            "{moved_out:?} names the same member {moved_in:?} moved in"
        );
    }

    move_question_into(&mut store, thread_id, newer, "1a").expect("a lettered part moves in by its label");
    assert!(key_in_thread(&store, newer).contains(&"Q1a".to_string()), "\"1a\" names the lettered question Q1a");
    move_question_out(&mut store, thread_id, newer, "Q1a").expect("and out by its label as printed");
    assert!(!key_in_thread(&store, newer).contains(&"Q1a".to_string()), "\"Q1a\" and \"1a\" are one member");
}
