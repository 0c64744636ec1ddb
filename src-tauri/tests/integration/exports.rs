//! The app's exports: the library, the notes and the review statuses as CSV or JSON with the
//! same columns, and the printable report of a selection, written without a dialog into the
//! export folder.

use disclosure_store::{NewAnnotation, ReviewState};
use serde_json::{json, Value};

use crate::mock_app::{export_without_dialogs, App};

/// Notes the 2023 letter's refusal, with a formula-like note, and marks the letter in review.
fn review_2023_letter(app: &App) -> i64 {
    let mut store = app.store();
    let record = store.get_document_by_key("FC/FOI/23/0501").expect("2023 letter");
    let quote = "Section 40(2)";
    let start = record.text.find(quote).expect("the refusal cites s40(2)") as i64;
    store
        .insert_annotation(&NewAnnotation {
            document_id: record.row.id,
            quote: quote.to_string(),
            prefix: String::new(),
            suffix: String::new(),
            start: Some(start),
            end: Some(start + quote.len() as i64),
            question_label: None,
            note: "=check <b>names</b> were the only redaction".to_string(),
            colour: "yellow".to_string(),
            anchor_state: "exact".to_string(),
            tags: vec!["appeal".to_string()],
        })
        .expect("note stored");
    store.update_review_status(record.row.id, None, ReviewState::InReview, Some("Sam")).expect("status");
    record.row.id
}

fn read(saved: &Value) -> String {
    std::fs::read_to_string(saved["path"].as_str().expect("a path")).expect("file written")
}

#[test]
fn notes_export_as_csv_and_json_with_the_same_columns() {
    let app = App::on_samples();
    export_without_dialogs();
    let id = review_2023_letter(&app);
    let selection = json!({ "document_ids": [id] });

    let csv = read(
        &app.invoke("export_table", json!({ "table": "annotations", "format": "csv", "selection": selection }))
            .expect("csv"),
    );
    assert!(csv.starts_with('\u{feff}'), "a byte order mark makes spreadsheets read UTF-8");
    assert!(csv.contains("'=check"), "a note that starts like a formula is neutralised");
    assert!(csv.contains("in_review"), "each note carries its letter's review status");

    let json_file = read(
        &app.invoke("export_table", json!({ "table": "annotations", "format": "json", "selection": selection }))
            .expect("json"),
    );
    let rows: Value = serde_json::from_str(&json_file).expect("valid JSON");
    assert_eq!(rows[0]["reference"], "FC/FOI/23/0501", "the JSON rows name the letter as the CSV does");
    assert_eq!(rows[0]["tags"], "appeal");
    assert_eq!(rows[0]["note"], "=check <b>names</b> were the only redaction", "JSON keeps the note exactly");
}

#[test]
fn statuses_and_library_tables_account_for_every_letter() {
    let app = App::on_samples();
    export_without_dialogs();
    review_2023_letter(&app);
    let statuses = read(
        &app.invoke("export_table", json!({ "table": "statuses", "format": "csv", "selection": {} })).expect("csv"),
    );
    assert_eq!(statuses.lines().count(), 5, "a header and one line per letter, reviewed or not");
    assert!(statuses.contains("unreviewed") && statuses.contains("in_review"));
    let library = read(
        &app.invoke("export_table", json!({ "table": "library", "format": "json", "selection": {} })).expect("json"),
    );
    let rows: Value = serde_json::from_str(&library).expect("valid JSON");
    assert_eq!(rows.as_array().map(Vec::len), Some(4), "the whole library is four letters");
}

#[test]
fn the_report_of_a_letter_prints_as_one_page_with_its_notes_escaped() {
    let app = App::on_samples();
    export_without_dialogs();
    let id = review_2023_letter(&app);
    let saved =
        app.invoke("export_report", json!({ "format": "html", "selection": { "document_id": id } })).expect("html");
    assert!(saved["path"].as_str().is_some_and(|path| path.ends_with(".html")));
    let html = read(&saved);
    assert!(html.contains("&lt;b&gt;names&lt;/b&gt;"), "a note is text in the report, never markup");
    assert!(!html.contains("<script"), "the report runs nothing");
    assert!(html.contains("@media print"), "the page is styled for printing");

    let markdown = read(
        &app.invoke("export_report", json!({ "format": "md", "selection": { "document_ids": [id] } })).expect("md"),
    );
    assert!(markdown.starts_with("# "), "the Markdown report opens with its title");
    let nothing =
        app.invoke("export_report", json!({ "format": "md", "selection": { "document_ids": [] } })).expect_err("empty");
    assert_eq!(nothing["kind"], "invalid", "an empty selection is explained, not written");
}
