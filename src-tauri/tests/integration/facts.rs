//! The reviewer's corrections of a letter's facts through the mock runtime: the library list shows
//! the corrected value and says it is corrected, a bad date is refused as `invalid`, and clearing
//! gives the letter's own value back.

use serde_json::json;

use crate::mock_app::App;

#[test]
fn a_corrected_authority_is_listed_as_the_reviewers_and_clearing_restores_the_letters() {
    let app = App::on_samples();
    let document_id = app.letter_id("FC/FOI/22/0388");
    let corrections = app.ok(
        "correct_document_facts",
        json!({ "documentId": document_id, "correction": { "authority": "Wessex Police", "clear": [] } }),
    );
    assert_eq!(corrections[0]["field"], "authority", "the authority is corrected");
    assert_eq!(corrections[0]["parsed"], "Fernshire Constabulary", "the letter's own value is kept beside it");

    let listed = app.ok("list_documents", json!({}));
    let row = listed
        .as_array()
        .and_then(|rows| rows.iter().find(|row| row["id"] == document_id))
        .expect("the letter is listed")
        .clone();
    assert_eq!(row["authority"], "Wessex Police", "the library shows the reviewer's authority");
    assert_eq!(row["corrected"], json!(["authority"]), "the library says which fact is the reviewer's");

    let bad = app
        .invoke(
            "correct_document_facts",
            json!({ "documentId": document_id, "correction": { "date": "31/02/2022", "clear": [] } }),
        )
        .expect_err("not a date");
    assert_eq!(bad["kind"], "invalid", "the UI shows the message beside the field");

    let cleared = app
        .ok("correct_document_facts", json!({ "documentId": document_id, "correction": { "clear": ["authority"] } }));
    assert_eq!(cleared, json!([]), "no correction is left in force");
    let listed = app.ok("list_document_corrections", json!({ "documentId": document_id }));
    assert_eq!(listed, json!([]), "listing agrees with what clearing returned");
}
