//! The annotation and review commands through the mock runtime, on the sample library: a
//! selection (UTF-16 offsets from the webview) becomes a stored highlight, is edited, undone,
//! redone, deleted and restored; last year's note is offered and copied onto this year's answer;
//! review status carries the reviewer's name from preferences.

use serde_json::{json, Value};

use crate::mock_app::{utf16_span, App};

/// A selection of `quote` in `text`, offsets in UTF-16 units as the webview counts them.
fn selection_of(text: &str, quote: &str) -> Value {
    let (start, end) = utf16_span(text, quote);
    json!({ "quote": quote, "prefix": "", "suffix": "", "start": start, "end": end, "questionLabel": null })
}

#[test]
fn a_selection_becomes_a_saved_highlight_that_lists_where_it_was_made() {
    let app = App::on_samples();
    let letter = app.letter_id("FC/FOI/22/0388");
    let text = app.text_of(letter);
    // After "£455,500": the offsets must be counted in UTF-16 units, not bytes, to land here.
    let quote = "on vetting in 2020/21";
    let made = app.ok(
        "annotate_span",
        json!({ "documentId": letter, "selection": selection_of(&text, quote), "note": "Up on last year",
                "tags": ["cost"], "colour": "yellow" }),
    );
    assert_eq!(made["anchor_state"], "exact", "the words at the webview's offsets are the quote");
    assert_eq!(made["question_label"], "3", "the passage is in the answer to Q3");
    let listed = app.ok("list_annotations", json!({ "documentId": letter }));
    let listed = listed.as_array().expect("a list");
    assert_eq!(listed.len(), 1, "the new highlight is listed for its letter");
    let start = listed[0]["start"].as_u64().expect("placed") as usize;
    let end = listed[0]["end"].as_u64().expect("placed") as usize;
    let shown: String = String::from_utf16(&text.encode_utf16().collect::<Vec<_>>()[start..end]).expect("utf-16");
    assert_eq!(shown, quote, "the listed offsets must highlight exactly the selected words in the reader");
    assert_eq!(listed[0]["tags"], json!(["cost"]));

    // The command returned only after the commit, so another connection sees the row.
    let stored = app.store().list_annotations(letter).expect("read back");
    assert_eq!(stored.len(), 1, "what the UI shows as saved must be in the file");
    assert_eq!(stored[0].content.note, "Up on last year");
}

#[test]
fn a_selection_in_the_structure_view_is_found_in_its_question() {
    let app = App::on_samples();
    let letter = app.letter_id("FC/FOI/22/0388");
    let selection = json!({ "quote": "9 officers were suspended", "prefix": "", "suffix": "", "start": -1, "end": -1,
                            "questionLabel": "2" });
    let made = app.ok(
        "annotate_span",
        json!({ "documentId": letter, "selection": selection, "note": "", "tags": [], "colour": "green" }),
    );
    assert_eq!(made["anchor_state"], "exact", "the words are in Q2's answer, where the card was");
    assert!(made["start"].is_u64(), "a placed passage comes back with offsets for the highlight");

    let error = app
        .invoke(
            "annotate_span",
            json!({ "documentId": letter, "selection": selection, "note": "", "tags": [], "colour": "red" }),
        )
        .expect_err("not a highlight colour");
    assert_eq!(error["kind"], "invalid", "an unknown colour is refused with a sentence, not stored");
}

#[test]
fn edits_undo_redo_delete_and_restore() {
    let app = App::on_samples();
    let letter = app.letter_id("FC/FOI/22/0388");
    let made = app.ok(
        "annotate_answer",
        json!({ "documentId": letter, "questionLabel": "1", "note": "first",
                                                  "tags": [], "colour": "yellow" }),
    );
    let id = made["id"].as_i64().expect("id");
    app.ok("update_annotation", json!({ "id": id, "note": "second", "tags": ["vetting"], "colour": null }));

    let undone = app.ok("undo_annotation", json!({}));
    assert_eq!(undone["note"], "first", "undo puts back the note as it was before the edit");
    assert_eq!(undone["tags"], json!([]), "and the tags");
    let redone = app.ok("redo_annotation", json!({}));
    assert_eq!(redone["note"], "second", "redo re-applies the edit");
    let n_versions = app.store().list_annotation_versions(id).expect("versions").len();
    assert!(n_versions >= 3, "made, edited, undone and redone: every state is kept as a version, found {n_versions}");

    app.ok("delete_annotation", json!({ "id": id }));
    assert!(app.ok("list_annotations", json!({ "documentId": letter })).as_array().expect("list").is_empty());
    let deleted = app.ok("list_deleted_annotations", json!({}));
    assert_eq!(deleted[0]["annotation"]["id"], id, "a deleted note is in recently deleted");
    assert_eq!(deleted[0]["retention_days"], 90);
    assert!(deleted[0]["document_title"].as_str().is_some_and(|title| !title.is_empty()), "it says which letter");
    let restored = app.ok("restore_annotation", json!({ "id": id }));
    assert_eq!(restored["note"], "second", "restoring brings the note back as it was");
    assert_eq!(app.ok("list_annotations", json!({ "documentId": letter })).as_array().expect("list").len(), 1);

    let document_note = app.ok(
        "annotate_document",
        json!({ "documentId": letter, "note": "Whole letter",
                                                            "tags": [], "colour": "blue" }),
    );
    assert_eq!(document_note["scope"], "document", "a note on the whole letter has no passage");
    assert!(document_note["start"].is_null());
}

#[test]
fn last_years_note_is_offered_beside_this_years_answer_and_copied() {
    let app = App::on_samples();
    let older = app.letter_id("FC/FOI/22/0388");
    let newer = app.letter_id("FC/FOI/23/0501");
    let made = app.ok(
        "annotate_answer",
        json!({ "documentId": older, "questionLabel": "1", "note": "Chase the appeal",
                                                  "tags": ["appeal"], "colour": "pink" }),
    );
    let carried = app.ok("carried_forward_annotations", json!({ "documentId": newer }));
    let offered = carried
        .as_array()
        .expect("a list")
        .iter()
        .find(|offer| offer["annotation"]["id"] == made["id"])
        .unwrap_or_else(|| panic!("the 2022 note on Q1 must be offered on the 2023 letter: {carried}"));
    assert_eq!(offered["from_document_id"], older, "the offer names the letter it comes from");
    let label = offered["question_label"].as_str().expect("label").to_string();

    let copy = app.ok(
        "copy_annotation_forward",
        json!({ "annotationId": made["id"], "documentId": newer,
                                                          "questionLabel": label }),
    );
    assert_eq!(copy["document_id"], newer, "the copy is on the new letter");
    assert_eq!(copy["note"], "Chase the appeal");
    assert_eq!(copy["question_label"], label.as_str(), "the copy sits on the same question of the new letter");
}

#[test]
fn review_status_is_stamped_with_the_reviewer_named_in_preferences() {
    let app = App::on_samples();
    let letter = app.letter_id("FC/FOI/22/0388");
    assert!(app.ok("get_preferences", json!({}))["reviewer_name"].is_null(), "no name until one is set");
    let preferences = app.ok("set_reviewer_name", json!({ "name": "  Ada Reviewer " }));
    assert_eq!(preferences["reviewer_name"], "Ada Reviewer");

    let status =
        app.ok("set_review_status", json!({ "documentId": letter, "questionLabel": "2", "status": "follow_up" }));
    assert_eq!(status["reviewer"], "Ada Reviewer", "who set it comes from preferences");
    app.ok("set_review_status", json!({ "documentId": letter, "questionLabel": null, "status": "in_review" }));
    let statuses = app.ok("get_review_statuses", json!({ "documentId": letter }));
    let statuses = statuses.as_array().expect("a list");
    assert!(statuses.iter().any(|status| status["question_label"].is_null() && status["status"] == "in_review"));
    assert!(statuses.iter().any(|status| status["question_label"] == "2" && status["status"] == "follow_up"));
    let error = app
        .invoke("set_review_status", json!({ "documentId": letter, "questionLabel": null, "status": "done-ish" }))
        .expect_err("not a status");
    assert_eq!(error["kind"], "invalid");
}

#[test]
fn an_orphaned_note_is_placed_on_the_reviewers_selection_and_undo_orphans_it_again() {
    let app = App::on_samples();
    let letter = app.letter_id("FC/FOI/22/0388");
    let text = app.text_of(letter);
    // Words that are not in the letter: the note is kept as an orphan with its quote.
    let lost = json!({ "quote": "zebrafish wombat platypus", "prefix": "", "suffix": "", "start": -1, "end": -1,
                       "questionLabel": null });
    let orphan = app.ok(
        "annotate_span",
        json!({ "documentId": letter, "selection": lost, "note": "Check the vetting cost", "tags": ["cost"],
                "colour": "pink" }),
    );
    assert_eq!(orphan["anchor_state"], "orphan", "words not in the letter leave the note unplaced");
    let id = orphan["id"].as_i64().expect("id");

    // After "£455,500": offsets in UTF-16 units must be turned into bytes to land here.
    let quote = "on vetting in 2020/21";
    let placed = app.ok("place_annotation", json!({ "annotationId": id, "selection": selection_of(&text, quote) }));
    assert_eq!(placed["id"], id, "the same note is placed, not a new one made");
    assert_eq!(placed["anchor_state"], "exact", "a placed note is no longer an orphan");
    assert_eq!(placed["quote"], quote, "it now quotes the selected words");
    assert_eq!(placed["question_label"], "3", "it sits on the question whose answer holds the words");
    assert_eq!(placed["note"], "Check the vetting cost", "placing keeps the reviewer's note");
    let (start, end) = utf16_span(&text, quote);
    assert_eq!(
        (placed["start"].as_u64(), placed["end"].as_u64()),
        (Some(start as u64), Some(end as u64)),
        "the offsets returned must highlight exactly the selected words in the reader"
    );
    let stored = app.store().get_annotation(id).expect("read back");
    assert_eq!(stored.content.anchor_state, "exact", "what the UI shows as saved must be in the file");
    assert_eq!(app.store().list_annotation_versions(id).expect("versions").len(), 2, "the orphan's state is kept");

    let undone = app.ok("undo_annotation", json!({}));
    assert_eq!(undone["anchor_state"], "orphan", "undo puts the note back where it was: unplaced");
    assert_eq!(undone["quote"], "zebrafish wombat platypus", "with its old quote");
    let redone = app.ok("redo_annotation", json!({}));
    assert_eq!(redone["anchor_state"], "exact", "redo places it again");

    let error = app
        .invoke("place_annotation", json!({ "annotationId": 9999, "selection": selection_of(&text, quote) }))
        .expect_err("no such note");
    assert_eq!(error["kind"], "not_found", "placing a note that does not exist is refused");
    let error = app
        .invoke("place_annotation", json!({ "annotationId": id, "selection": lost }))
        .expect_err("words not in the letter");
    assert_eq!(
        error["kind"], "not_found",
        "a selection that cannot be found is refused rather than orphaning the note"
    );
    assert_eq!(app.store().get_annotation(id).expect("read back").content.quote, quote, "and nothing changed");
}
