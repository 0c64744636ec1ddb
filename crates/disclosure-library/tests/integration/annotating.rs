//! Placing selections on stored letters and carrying notes forward along a question's thread,
//! on the sample library (four yearly Fernshire letters asking the same questions).

use disclosure_core::parse::Span;
use disclosure_ingest::import_samples;
use disclosure_library::annotating::{
    answer_passage, byte_offset_of_utf16, copy_annotation_forward, earlier_thread_annotations, locate_annotation,
    place_passage, utf16_offset_of_byte, PassageRequest, ANCHOR_EXACT, ANCHOR_ORPHAN,
};
use disclosure_store::Store;

/// The sample library, with the ids of its letters by year.
fn samples() -> (Store, Vec<(String, i64)>) {
    let mut store = Store::open_in_memory().expect("in-memory library");
    import_samples(&mut store, &mut |_| {});
    let mut letters: Vec<(String, i64)> = store
        .list_documents()
        .expect("list")
        .into_iter()
        .map(|row| (row.response_date.unwrap_or_default(), row.id))
        .collect();
    letters.sort();
    (store, letters)
}

#[test]
fn utf16_offsets_convert_to_bytes_and_back() {
    let text = "£455 — 9 officers";
    let units = "£455 — ".encode_utf16().count();
    let byte = byte_offset_of_utf16(text, units).expect("a character boundary");
    assert_eq!(&text[byte..], "9 officers", "the reader counts UTF-16 units; the store counts bytes of the same text");
    assert_eq!(utf16_offset_of_byte(text, byte), units, "the conversion must round-trip for highlights to line up");
    assert_eq!(byte_offset_of_utf16(text, 10_000), None, "an offset past the end must be refused, not clamped");
}

#[test]
fn a_selection_in_a_question_card_is_placed_within_that_question() {
    let (store, letters) = samples();
    let text = store.get_document(letters[1].1).expect("2022 letter").text;
    // "9 officers" is in Q2's answer only once, but the card of Q2 is where the reviewer selected it.
    let request = PassageRequest {
        quote: "9 officers were suspended".to_string(),
        question_label: Some("2".to_string()),
        ..PassageRequest::default()
    };
    let placement = place_passage(&text, &request);
    assert_eq!(placement.anchor_state, ANCHOR_EXACT, "the words are in Q2's answer verbatim");
    let span = placement.span.expect("placed");
    assert_eq!(&text[span.start..span.end], "9 officers were suspended", "the span must cover the selected words");
    assert_eq!(placement.question_label.as_deref(), Some("2"));
    assert!(!placement.prefix.is_empty(), "the context comes from the stored text, for re-anchoring later");
}

#[test]
fn words_not_in_the_letter_become_an_orphan_that_keeps_its_quote() {
    let (store, letters) = samples();
    let text = store.get_document(letters[0].1).expect("letter").text;
    let request = PassageRequest { quote: "a sentence no letter contains".to_string(), ..PassageRequest::default() };
    let placement = place_passage(&text, &request);
    assert_eq!(placement.anchor_state, ANCHOR_ORPHAN, "a note is never moved onto a guess");
    assert_eq!(placement.span, None);
    assert_eq!(placement.quote, "a sentence no letter contains", "the orphan keeps its quote for the reviewer");
}

#[test]
fn reader_offsets_are_trusted_only_when_the_words_there_match() {
    let (store, letters) = samples();
    let text = store.get_document(letters[1].1).expect("letter").text;
    let start = text.find("19 officers").expect("in the 2022 letter");
    let wrong = PassageRequest {
        quote: "19 officers".to_string(),
        position: Some(Span::new(start + 1, start + 12)),
        ..PassageRequest::default()
    };
    let placement = place_passage(&text, &wrong);
    assert_eq!(placement.span, Some(Span::new(start, start + 11)), "offsets off by one must not shift the note");
    let annotation = placement.into_annotation(letters[1].1, "note", "yellow", &[]);
    assert_eq!(locate_annotation(&text, &annotation), (Some(Span::new(start, start + 11)), ANCHOR_EXACT));
}

#[test]
fn last_years_note_is_carried_forward_onto_the_new_answer() {
    let (mut store, letters) = samples();
    let (older, newer) = (letters[0].1, letters[1].1);
    let older_text = store.get_document(older).expect("2021 letter").text;
    let placement = answer_passage(&older_text, "1").expect("question 1 answered in 2021");
    let note_id = store
        .insert_annotation(&placement.into_annotation(
            older,
            "Check the 2020 figure",
            "yellow",
            &["vetting".to_string()],
        ))
        .expect("stored");

    let earlier = earlier_thread_annotations(&mut store, newer).expect("carried forward");
    assert!(
        earlier.iter().any(|found| {
            found.annotation.id == note_id && found.member.document_id == older && found.question_label == "1"
        }),
        "the 2022 answer to Q1 must see the note on the 2021 answer to the same question: {earlier:?}"
    );
    assert!(
        earlier_thread_annotations(&mut store, older).expect("query").is_empty(),
        "the oldest letter has no earlier answer, so nothing is carried to it"
    );
    assert!(
        earlier.iter().all(|found| found.annotation.id != note_id || found.question_label == "1"),
        "a note on Q1 must not be offered on another question"
    );

    let copy_id = copy_annotation_forward(&mut store, note_id, newer, "1").expect("copied");
    let copy = store.get_annotation(copy_id).expect("stored copy").content;
    assert_eq!(copy.document_id, newer, "the copy belongs to the new letter");
    assert_eq!(copy.note, "Check the 2020 figure", "the note travels with the copy");
    assert_eq!(copy.tags, vec!["vetting".to_string()], "so do its tags");
    assert_eq!(copy.question_label.as_deref(), Some("1"));
    // The 2021 answer's words are not in 2022's letter: the copy waits as an orphan, never on a lookalike.
    assert!(copy.anchor_state == ANCHOR_ORPHAN || copy.start.is_some(), "a copy is either placed or an orphan");
}
