//! Search through the commands: type-ahead on a half-typed word, facets that narrow, snippets
//! as runs of text, and the review-status filter of the library.

use disclosure_store::ReviewState;
use serde_json::{json, Value};

use crate::mock_app::App;

fn results(app: &App, request: Value) -> Vec<Value> {
    app.invoke("search_library", json!({ "request": request })).expect("search").as_array().expect("a list").clone()
}

#[test]
fn type_ahead_finds_a_half_typed_word_and_marks_it_in_runs_of_text() {
    let app = App::on_samples();
    let finished = results(&app, json!({ "text": "vett", "type_ahead": false }));
    assert!(finished.is_empty(), "a finished search wants whole words: 'vett' is not one");
    let typing = results(&app, json!({ "text": "vett", "type_ahead": true }));
    assert!(!typing.is_empty(), "while typing, the last word is a prefix of 'vetting'");
    let snippet = typing[0]["snippet"].as_array().expect("runs");
    assert!(
        snippet.iter().any(|run| run["highlighted"] == true
            && run["text"].as_str().is_some_and(|text| text.to_lowercase().starts_with("vett"))),
        "the match is a highlighted run, so the UI marks it without building markup"
    );
    assert!(typing[0]["document_id"].is_i64(), "a result opens its letter");
}

#[test]
fn facets_narrow_the_results_and_offer_only_what_the_library_holds() {
    let app = App::on_samples();
    let choices = app.invoke("search_facet_choices", json!({})).expect("choices");
    assert_eq!(
        choices["years"],
        json!([2024, 2023, 2022, 2021]),
        "the four sample letters span four years, newest first"
    );
    assert!(choices["decisions"].as_array().is_some_and(|decisions| decisions.contains(&json!("partial"))));

    let all = results(&app, json!({ "text": "officers", "type_ahead": false }));
    let in_2023 = results(&app, json!({ "text": "officers", "type_ahead": false, "year": 2023 }));
    assert!(!in_2023.is_empty() && in_2023.len() < all.len(), "the year facet narrows, it does not empty");
    assert!(
        in_2023.iter().all(|hit| hit["date"].as_str().is_some_and(|date| date.starts_with("2023"))),
        "every result is from the year chosen"
    );
    let partial = results(&app, json!({ "text": "officers", "type_ahead": false, "decision": "partial" }));
    assert!(
        partial.iter().all(|hit| hit["reference"] == "FC/FOI/23/0501"),
        "only the 2023 letter is a partial refusal"
    );
    assert!(
        choices["exemptions"].as_array().is_some_and(|provisions| provisions.contains(&json!("40(2)"))),
        "the exemption facet offers the provisions the register counts"
    );
    let under_40 = results(&app, json!({ "text": "officers", "type_ahead": false, "exemption": "40" }));
    assert!(
        !under_40.is_empty() && under_40.iter().all(|hit| hit["reference"] == "FC/FOI/23/0501"),
        "only the 2023 letter applies section 40"
    );
}

#[test]
fn the_library_filters_by_review_status() {
    let app = App::on_samples();
    let mut store = app.store();
    let reviewed = store.get_document_by_key("FC/FOI/24/0467").expect("2024 letter").row.id;
    store.update_review_status(reviewed, None, ReviewState::Reviewed, Some("Sam")).expect("status set");

    let ids = app.invoke("list_documents_with_review_status", json!({ "status": "reviewed" })).expect("reviewed");
    assert_eq!(ids, json!([reviewed]), "only the letter marked reviewed is listed");
    let unreviewed = app.invoke("list_documents_with_review_status", json!({ "status": "unreviewed" })).expect("rest");
    assert_eq!(unreviewed.as_array().map(Vec::len), Some(3), "a letter nobody touched counts as unreviewed");
    let wrong = app.invoke("list_documents_with_review_status", json!({ "status": "done-ish" })).expect_err("bad name");
    assert_eq!(wrong["kind"], "invalid");
}
