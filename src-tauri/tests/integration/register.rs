//! The exemption register command and its schedule export, on the sample library with a flag
//! made by hand: the flag must count, drill down to its letter, and reach the exported schedule.

use disclosure_store::{FlagProvision, NewFlag};
use serde_json::{json, Value};

use crate::mock_app::{export_without_dialogs, App};

/// Flags the 2024 letter's first answer under FOIA s43(2), as a reviewer would in the reader.
fn flag_2024_answer(app: &App) -> i64 {
    let mut store = app.store();
    let record = store.get_document_by_key("FC/FOI/24/0467").expect("2024 sample letter");
    let quote = "31 officers had their vetting clearance withdrawn";
    let start = record.text.find(quote).expect("quote in the letter") as i64;
    store
        .insert_flag(&NewFlag {
            document_id: record.row.id,
            question_key: Some("Q1".to_string()),
            quote: Some(quote.to_string()),
            position: Some((start, start + quote.len() as i64)),
            provisions: vec![FlagProvision { regime: "FOIA".to_string(), provision: "43(2)".to_string() }],
            note: "=contractor numbers are commercially sensitive".to_string(),
        })
        .expect("flag stored")
}

fn row<'a>(register: &'a Value, provision: &str) -> Option<&'a Value> {
    register["provisions"].as_array().expect("provisions").iter().find(|row| row["provision"] == provision)
}

#[test]
fn the_register_counts_citations_and_hand_made_flags_with_a_trend_per_provision() {
    let app = App::on_samples();
    let flag_id = flag_2024_answer(&app);
    let register = app.invoke("exemption_register", json!({ "query": {} })).expect("register");

    let section_40 = row(&register, "40(2)").expect("the 2023 letter refuses one question under s40(2)");
    assert_eq!(section_40["weighing"], "absolute", "s40(2) is kept apart from the public interest test ones");
    let flagged = row(&register, "43(2)").expect("a flag made by hand counts in the register");
    assert_eq!(flagged["n_flags"], 1, "the row says the entry was flagged by hand");
    assert_eq!(flagged["weighing"], "public_interest_test", "s43(2) is qualified");

    let years: Vec<i64> = register["years"].as_array().expect("years").iter().filter_map(Value::as_i64).collect();
    assert_eq!(years.first(), Some(&2023), "the axis starts at the first year with an entry");
    assert_eq!(years.last(), Some(&2024), "and ends at the last");
    let trend: Vec<i64> = flagged["trend"].as_array().expect("trend").iter().filter_map(Value::as_i64).collect();
    assert_eq!(trend.len(), years.len(), "every trend shares the register's year axis, so the UI only draws");
    assert_eq!(trend.last(), Some(&1), "the flag is on the 2024 letter");

    let index = flagged["entry_indexes"][0].as_u64().expect("an entry behind the count") as usize;
    let entry = &register["entries"][index];
    assert_eq!(entry["reference"], "FC/FOI/24/0467", "drilling down leads to the letter flagged");
    assert_eq!(entry["source"], "flag");
    assert_eq!(entry["flag_id"], flag_id, "the entry names the flag so the reader can open it");
    assert!(entry["document_id"].is_i64(), "the UI opens the document by id");
    assert!(
        register["authorities"].as_array().expect("authorities").iter().any(|name| name == "Fernshire Constabulary"),
        "the authority filter offers the authorities in the library"
    );
}

#[test]
fn the_register_narrows_by_authority_and_period() {
    let app = App::on_samples();
    flag_2024_answer(&app);
    let only_2023 =
        app.invoke("exemption_register", json!({ "query": { "since": 2023, "until": 2023 } })).expect("register");
    assert!(row(&only_2023, "40(2)").is_some(), "the 2023 refusal is inside 2023");
    assert!(row(&only_2023, "43(2)").is_none(), "the 2024 flag is outside the period");

    let elsewhere = app.invoke("exemption_register", json!({ "query": { "authority": "Wessex" } })).expect("register");
    assert_eq!(elsewhere["provisions"].as_array().map(Vec::len), Some(0), "no letter comes from Wessex");
    assert!(
        elsewhere["authorities"].as_array().is_some_and(|names| !names.is_empty()),
        "the choices are taken before filtering, so a filter never hides the way back"
    );
}

#[test]
fn the_schedule_is_exported_as_csv_and_printable_html_into_the_export_folder() {
    let app = App::on_samples();
    flag_2024_answer(&app);
    export_without_dialogs();

    let saved = app.invoke("export_register_schedule", json!({ "query": {}, "format": "csv" })).expect("csv export");
    let path = saved["path"].as_str().expect("the path written");
    let csv = std::fs::read_to_string(path).expect("csv written");
    assert!(csv.starts_with('\u{feff}'), "a byte order mark makes spreadsheets read UTF-8");
    assert!(csv.contains("Document reference,Question,Provision"), "the schedule's columns head the file");
    assert!(csv.contains("FOIA 43(2)"), "the hand-made flag is a schedule row");
    assert!(csv.contains("'="), "a note that looks like a formula would be run by a spreadsheet: it is neutralised");

    let saved = app
        .invoke("export_register_schedule", json!({ "query": { "authority": "Fernshire" }, "format": "html" }))
        .expect("html export");
    let html = std::fs::read_to_string(saved["path"].as_str().expect("path")).expect("html written");
    assert!(html.contains("Exemption and redaction schedule — Fernshire"), "the page says what it covers");
    assert!(!html.contains("<script"), "the printable page runs nothing");

    let nothing = app
        .invoke("export_register_schedule", json!({ "query": { "authority": "Wessex" }, "format": "csv" }))
        .expect_err("an empty schedule is not written");
    assert_eq!(nothing["kind"], "invalid", "the UI says there is nothing to export rather than writing an empty file");
}
