//! Redactions in the letter itself through the mock runtime: listed at their place in the text
//! (UTF-16, as the webview counts), decided on, the decision kept, and a bad provision refused.

use serde_json::json;

use crate::mock_app::{utf16_span, App};

const LETTER: &str = "Dear Requester,\n\n\
    We have applied section 40(2) of the Act to names.\n\n\
    Officer – “PC” [Redacted – s40]\n\n\
    Signature: ████████\n";

#[test]
fn redactions_are_listed_at_their_place_and_decisions_are_kept() {
    let app = App::on_fresh_library();
    let ids = app.import(&[("letter.txt", LETTER)]);
    let listed = app.ok("list_redactions", json!({ "documentId": ids[0] }));
    let rows = listed.as_array().expect("a list");
    assert_eq!(rows.len(), 2, "two markers in the letter: {listed}");
    let text = app.text_of(ids[0]);
    let (start, end) = utf16_span(&text, "[Redacted – s40]");
    assert_eq!(
        (rows[0]["start"].as_u64(), rows[0]["end"].as_u64()),
        (Some(start as u64), Some(end as u64)),
        "UTF-16 offsets, past the curly quotes"
    );
    assert_eq!(rows[0]["provision"], "40(2)", "tied by its label");
    assert!(rows[0]["warning"].is_null(), "nothing survives under a marker");

    let key = rows[1]["key"].as_str().expect("key").to_string();
    let decided = app.ok(
        "decide_on_redaction",
        json!({ "documentId": ids[0], "key": key, "decision": { "action": "dismiss" }, "note": "a signature" }),
    );
    assert_eq!(decided[1]["decision"], "dismissed", "the dismissal is returned once it is stored");
    let again = app.ok("list_redactions", json!({ "documentId": ids[0] }));
    assert_eq!(again[1]["note"], "a signature", "and is kept in the library");

    let refused = app
        .invoke(
            "decide_on_redaction",
            json!({ "documentId": ids[0], "key": key, "decision": { "action": "correct", "provision": "personal" }, "note": "" }),
        )
        .expect_err("not a provision");
    assert_eq!(refused["kind"], "invalid", "the UI shows the message beside the provision field");
    let hidden = app.ok("reveal_redacted_text", json!({ "documentId": ids[0], "key": key }));
    assert!(hidden.is_null(), "a marker leaves no words under it to reveal");
}
