//! The flag commands through the mock runtime: redactions flagged on a selection (UTF-16 offsets
//! from the webview, bytes in the store), edited, removed and restored; detected withheld parts;
//! outcome corrections and verdicts on citations that outlive re-reading the letter.

use disclosure_core::parse::parse;
use disclosure_core::register::{EntrySource, Judgement};
use disclosure_ingest::findings::read_findings;
use serde_json::{json, Value};

use crate::mock_app::{utf16_span, App};

/// Re-reads a stored letter as an import or a parser upgrade does: its findings are rebuilt.
fn reread(app: &App, document_id: i64) {
    let mut store = app.store();
    let text = store.get_document(document_id).expect("document").text;
    store.update_document_findings(document_id, &read_findings(&parse(&text))).expect("rebuild findings");
}

/// The row of a listed table (outcomes, citations) whose `field` holds `value`.
fn row_where<T>(rows: &Value, field: &str, value: T) -> Value
where
    Value: PartialEq<T>,
{
    rows.as_array()
        .and_then(|rows| rows.iter().find(|row| row[field] == value))
        .unwrap_or_else(|| panic!("a row with the {field} sought is listed: {rows}"))
        .clone()
}

/// A `flag_redaction` request on a whole answer (no passage), or on nowhere when `question_key` is null.
fn answer_flag(document_id: i64, question_key: Value, provisions: Value) -> Value {
    json!({ "documentId": document_id, "draft": {
        "question_key": question_key, "quote": null, "prefix": null, "suffix": null, "start": null, "end": null,
        "provisions": provisions, "note": "" } })
}

const LETTER_WITH_SILENCES: &str = "Freedom of information request reference no: TEST/FOI/2024/77\n\
Date of response: 4 March 2024\n\
\n\
Q1 - How many complaints did the café 📄 unit receive in 2023?\n\
Complaints by month are below.\n\
\n\
Month | Complaints\n\
January | 12\n\
February | <5\n\
\n\
Q2 - Who handled them?\n\
The complaints were handled by [REDACTED] of the standards unit.\n";

#[test]
fn a_selection_is_flagged_at_its_place_and_counted_in_the_register() {
    let app = App::on_fresh_library();
    let ids = app.import(&[("silences.txt", LETTER_WITH_SILENCES)]);
    let document_id = ids[0];
    let text = app.text_of(document_id);
    // After "café" and an emoji, UTF-16 offsets and byte offsets differ: the command must convert.
    let quote = "handled by [REDACTED] of the standards unit";
    let (start, end) = utf16_span(&text, quote);
    assert_ne!(start, text.find(quote).expect("quote"), "the test needs a passage where the two offsets differ");

    let flag = app.ok(
        "flag_redaction",
        json!({ "documentId": document_id, "draft": {
            "question_key": null, "quote": quote, "prefix": "The complaints were ", "suffix": ".",
            "start": start, "end": end,
            "provisions": [{ "regime": "FOIA", "provision": "s40(2)" }], "note": "An officer's name" } }),
    );
    assert_eq!(flag["quote"], quote, "the flag keeps the words selected");
    assert_eq!(flag["start"], start, "offsets go back to the webview in the UTF-16 units it sent");
    assert_eq!(flag["end"], end);
    assert_eq!(flag["question_key"], "Q2", "the question is found from where the passage lies");
    assert_eq!(flag["provisions"][0]["provision"], "40(2)", "the provision is stored in the catalogue's form");
    assert!(
        flag["provisions"][0]["name"].as_str().is_some_and(|name| name.starts_with("Personal information")),
        "the panel shows the catalogue name"
    );

    let store = app.store();
    let stored = store.get_flag(flag["id"].as_i64().expect("id")).expect("stored flag");
    let byte_start = text.find(quote).expect("quote") as i64;
    assert_eq!(
        stored.position,
        Some((byte_start, byte_start + quote.len() as i64)),
        "the store keeps byte offsets into the stored text, like every other span"
    );
    let entries = store.list_register_entries().expect("register");
    assert!(
        entries.iter().any(|entry| matches!(entry.source, EntrySource::Flag(_))
            && entry.provision == "40(2)"
            && entry.note.as_deref() == Some("An officer's name")),
        "a flag by hand counts in the register with its note: {entries:?}"
    );

    let listed = app.ok("list_flags", json!({ "documentId": document_id }));
    assert_eq!(listed.as_array().map(Vec::len), Some(1), "the side panel lists the new flag");
}

#[test]
fn a_whole_answer_is_flagged_by_its_question() {
    let app = App::on_samples();
    let document_id = app.letter_id("FC/FOI/23/0501");
    let provisions = json!([{ "regime": "FOIA", "provision": "40(2)" }, { "regime": "FOIA", "provision": "31(1)" }]);
    let flag = app.ok("flag_redaction", answer_flag(document_id, json!("4"), provisions));
    assert_eq!(flag["question_key"], "4", "the sample letter numbers its questions 1 to 4");
    assert!(flag["quote"].is_null() && flag["start"].is_null(), "a whole answer has no passage");
    assert_eq!(flag["provisions"].as_array().map(Vec::len), Some(2), "one flag can name several provisions");

    let nowhere = app
        .invoke(
            "flag_redaction",
            answer_flag(document_id, Value::Null, json!([{ "regime": "FOIA", "provision": "40(2)" }])),
        )
        .expect_err("a flag with neither passage nor question says nothing about where");
    assert_eq!(nowhere["kind"], "invalid");
}

#[test]
fn a_provision_not_in_the_catalogue_is_refused_and_nothing_is_stored() {
    let app = App::on_samples();
    let document_id = app.letter_id("FC/FOI/23/0501");
    for provisions in [
        json!([{ "regime": "FOIA", "provision": "99(1)" }]),
        json!([{ "regime": "GDPR", "provision": "40" }]),
        json!([]),
    ] {
        let error = app
            .invoke("flag_redaction", answer_flag(document_id, json!("4"), provisions))
            .expect_err("only catalogued provisions can be flagged");
        assert_eq!(error["kind"], "invalid", "the UI shows the message of an invalid request: {error}");
    }
    let listed = app.ok("list_flags", json!({ "documentId": document_id }));
    assert_eq!(listed, json!([]), "a refused flag stores nothing");
}

#[test]
fn flags_are_edited_removed_and_restored() {
    let app = App::on_samples();
    let document_id = app.letter_id("FC/FOI/23/0501");
    let text = app.text_of(document_id);
    let quote = "rank and station of so few officers";
    let (start, end) = utf16_span(&text, quote);
    let draft = |provision: &str, note: &str| {
        json!({ "question_key": null, "quote": quote, "prefix": null, "suffix": null, "start": start, "end": end,
                "provisions": [{ "regime": "FOIA", "provision": provision }], "note": note })
    };
    let flag = app.ok("flag_redaction", json!({ "documentId": document_id, "draft": draft("40(2)", "first") }));
    let flag_id = flag["id"].as_i64().expect("id");

    let edited = app.ok("update_flag", json!({ "flagId": flag_id, "draft": draft("38(1)", "second thoughts") }));
    assert_eq!(edited["provisions"][0]["provision"], "38(1)", "editing replaces the provisions");
    assert_eq!(edited["note"], "second thoughts");
    assert_eq!(edited["start"], start, "editing keeps the passage where it was");

    app.ok("delete_flag", json!({ "flagId": flag_id }));
    assert_eq!(
        app.ok("list_flags", json!({ "documentId": document_id })),
        json!([]),
        "a removed flag leaves the panel"
    );
    let store = app.store();
    assert!(
        !store
            .list_register_entries()
            .expect("register")
            .iter()
            .any(|entry| entry.source == EntrySource::Flag(flag_id)),
        "a removed flag no longer counts in the register"
    );
    let again = app.invoke("delete_flag", json!({ "flagId": flag_id })).expect_err("already removed");
    assert_eq!(again["kind"], "not_found", "removing twice is a missing flag, not a database failure");

    let restored = app.ok("restore_flag", json!({ "flagId": flag_id }));
    assert_eq!(restored["note"], "second thoughts", "undo brings back the flag as it was last saved");
    let listed = app.ok("list_flags", json!({ "documentId": document_id }));
    assert_eq!(listed.as_array().map(Vec::len), Some(1), "the restored flag is listed again");
    assert!(
        store.list_register_entries().expect("register").iter().any(|entry| entry.source == EntrySource::Flag(flag_id)),
        "the restored flag counts again"
    );
    let missing =
        app.invoke("update_flag", json!({ "flagId": 9999, "draft": draft("40(2)", "") })).expect_err("no flag");
    assert_eq!(missing["kind"], "not_found");
}

#[test]
fn withheld_parts_are_listed_where_they_are_with_their_reasons() {
    let app = App::on_fresh_library();
    let ids = app.import(&[("silences.txt", LETTER_WITH_SILENCES)]);
    let text = app.text_of(ids[0]);
    let parts = app.ok("list_withheld", json!({ "documentId": ids[0] }));
    let parts = parts.as_array().expect("parts");

    let cell = parts.iter().find(|part| part["kind"] == "suppressed_cell").expect("the <5 cell is a suppressed figure");
    assert_eq!(cell["reason"], "Suppressed: fewer than 5", "the reason says what the marker means");
    assert_eq!(cell["quote"], "<5", "the part shows the marker as the letter prints it");
    let removed = parts.iter().find(|part| part["kind"] == "removed_text").expect("[REDACTED] is removed text");
    let (start, end) = utf16_span(&text, "[REDACTED]");
    assert_eq!(
        (removed["start"].as_u64(), removed["end"].as_u64()),
        (Some(start as u64), Some(end as u64)),
        "the place is in the webview's UTF-16 units, so the reader can mark it"
    );
    assert_eq!(removed["quote"], "[REDACTED]");

    app.open_samples();
    let skipping = app.letter_id("FC/FOI/24/0467");
    let parts = app.ok("list_withheld", json!({ "documentId": skipping }));
    assert!(
        parts.as_array().expect("parts").iter().any(|part| part["kind"] == "missing_question"),
        "the 2024 sample skips question 3, and the gap is shown: {parts}"
    );
}

#[test]
fn outcome_corrections_survive_rereading_and_can_be_cleared() {
    let app = App::on_samples();
    let document_id = app.letter_id("FC/FOI/23/0501");
    let outcomes = app.ok("list_outcomes", json!({ "documentId": document_id }));
    let q2 = row_where(&outcomes, "question_key", "2");
    assert!(q2["corrected"].is_null(), "nothing is corrected before the reviewer acts");

    let corrected = app.ok(
        "correct_outcome",
        json!({ "documentId": document_id, "questionKey": "2", "outcome": "partly_withheld", "note": "table cut short" }),
    );
    let row = row_where(&corrected, "question_key", "2");
    assert_eq!(row["outcome"], "partly_withheld", "the correction is the outcome that counts");
    assert_eq!(row["derived"], q2["derived"], "what the parser read is still shown beside it");
    assert_eq!(row["correction_note"], "table cut short");

    reread(&app, document_id);
    let after = app.ok("list_outcomes", json!({ "documentId": document_id }));
    let row = row_where(&after, "question_key", "2");
    assert_eq!(row["corrected"], "partly_withheld", "re-reading the letter never touches the reviewer's correction");

    let bad = app
        .invoke(
            "correct_outcome",
            json!({ "documentId": document_id, "questionKey": "2", "outcome": "maybe", "note": "" }),
        )
        .expect_err("an outcome that does not exist");
    assert_eq!(bad["kind"], "invalid");
    let no_question = app
        .invoke(
            "correct_outcome",
            json!({ "documentId": document_id, "questionKey": "9", "outcome": "withheld", "note": "" }),
        )
        .expect_err("a question the letter does not have");
    assert_eq!(no_question["kind"], "not_found");

    let cleared = app.ok("clear_outcome_correction", json!({ "documentId": document_id, "questionKey": "2" }));
    let row = row_where(&cleared, "question_key", "2");
    assert!(row["corrected"].is_null(), "clearing the correction lets the derived outcome count again");
    assert_eq!(row["outcome"], q2["derived"]);
}

#[test]
fn a_citation_judged_not_applied_is_kept_and_set_aside_in_the_register() {
    let app = App::on_samples();
    let document_id = app.letter_id("FC/FOI/23/0501");
    let citations = app.ok("list_citations", json!({ "documentId": document_id }));
    // The 2023 letter cites section 40(2).
    let citation = row_where(&citations, "provision", "40(2)");
    assert!(
        citation["name"].as_str().is_some_and(|name| name.starts_with("Personal information")),
        "the panel names the provision"
    );

    let judgement = |verdict: &str, corrected_provision: Option<&str>, note: &str| {
        json!({ "documentId": document_id, "judgement": {
            "regime": citation["regime"], "provision": citation["provision"], "quote": citation["quote"],
            "verdict": verdict, "corrected_provision": corrected_provision, "note": note } })
    };
    let judged = app.ok("judge_citation", judgement("cited_not_applied", None, "only mentioned"));
    let judged = row_where(&judged, "quote", citation["quote"].clone());
    assert_eq!(judged["judgement"], "cited_not_applied");
    assert_eq!(judged["judgement_note"], "only mentioned");

    reread(&app, document_id);
    let store = app.store();
    let entries = store.list_register_entries().expect("register");
    assert!(
        entries.iter().any(|entry| entry.document_id == document_id
            && entry.provision == "40(2)"
            && entry.judgement == Some(Judgement::CitedNotApplied)),
        "the verdict outlives re-reading and reaches the register, which sets the entry aside"
    );

    let vague = app
        .invoke("judge_citation", judgement("wrong_subsection", None, ""))
        .expect_err("a wrong subsection needs the right one");
    assert_eq!(vague["kind"], "invalid");
    let rejudged = app.ok("judge_citation", judgement("wrong_subsection", Some("s40(5B)"), ""));
    let row = row_where(&rejudged, "quote", citation["quote"].clone());
    assert_eq!(row["judgement"], "wrong_subsection", "a new verdict replaces the old one");
    assert_eq!(row["corrected_provision"], "40(5B)", "the corrected provision is stored in the catalogue's form");

    let cleared = app.ok(
        "clear_citation_judgement",
        json!({ "documentId": document_id, "regime": citation["regime"], "provision": citation["provision"], "quote": citation["quote"] }),
    );
    let row = row_where(&cleared, "quote", citation["quote"].clone());
    assert!(row["judgement"].is_null(), "clearing withdraws the verdict");
}

#[test]
fn the_catalogue_is_offered_whole_for_the_picker() {
    let app = App::on_fresh_library();
    let provisions = app.ok("list_provisions", json!({}));
    let provisions = provisions.as_array().expect("provisions");
    for (regime, provision) in [("FOIA", "40(2)"), ("EIR", "12(5)(b)"), ("FOISA", "38(1)(b)"), ("NZ OIA", "9(2)(a)")] {
        assert!(
            provisions.iter().any(|option| option["regime"] == regime && option["provision"] == provision),
            "{regime} {provision} must be pickable"
        );
    }
}
