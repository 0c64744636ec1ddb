//! "Read again" and the sheets beside a letter, through the commands the reader calls: a letter
//! whose file is on disk is offered for reading again and takes the file's new text; a sample
//! letter is not; a sheet names its letter and the letter its sheet.

use serde_json::json;

use crate::mock_app::App;

const LETTER: &str = "Fernshire Constabulary\nFreedom of Information request reference no: FC/FOI/24/0909\n\n\
    Q1 - How many officers were suspended in 2023?\nIn 2023, 14 officers were suspended.\n";

#[test]
fn a_letter_read_again_from_its_file_shows_the_new_text() {
    let app = App::on_fresh_library();
    let id = app
        .import(&[("response.txt", "Fernshire Constabulary\n\nQ1 - How many officers were suspended in 2023?\n")])[0];
    let view = app.ok("get_document", json!({ "id": id }));
    assert_eq!(view["can_read_again"], true, "the file it came from is on disk, so the reader offers Read again");

    std::fs::write(app.folder().join("response.txt"), LETTER).expect("the file as it reads now");
    let report = app.ok("read_document_again", json!({ "id": id }));
    assert_eq!(report["text_changed"], true, "the reader says the text changed: {report}");
    assert_eq!(report["n_ocr_pages"], 0, "a text file has no page read by OCR");
    assert!(app.text_of(id).contains("14 officers were suspended"), "the reader receives the new text");
    assert_eq!(app.store().get_document(id).expect("stored").row.reference.as_deref(), Some("FC/FOI/24/0909"));
}

#[test]
fn a_letter_without_a_file_of_its_own_is_not_offered_and_refused_if_asked() {
    let app = App::on_samples();
    let id = app.letter_id("FC/FOI/23/0501");
    assert_eq!(app.ok("get_document", json!({ "id": id }))["can_read_again"], false, "a sample has no file on disk");
    let error = app.invoke("read_document_again", json!({ "id": id })).expect_err("nothing to read again");
    assert_eq!(error["kind"], "invalid", "the reviewer asked for something this letter cannot do: {error}");
}

#[test]
fn a_sheet_names_the_letter_it_goes_with_and_the_letter_its_sheet() {
    let app = App::on_fresh_library();
    let ids = app.import(&[("response.txt", LETTER), ("areas.csv", "Area,Stops\nNorth,120\n")]);
    let (letter, sheet) = (ids[0], ids[1]);
    app.store().insert_document_link(sheet, letter).expect("the reviewer links the sheet");
    let sheet_view = app.ok("get_document", json!({ "id": sheet }));
    assert_eq!(sheet_view["goes_with"]["id"], letter, "the sheet names its letter: {}", sheet_view["goes_with"]);
    assert_eq!(sheet_view["goes_with"]["link"], "reviewer", "and that the reviewer chose it");
    let letter_view = app.ok("get_document", json!({ "id": letter }));
    assert_eq!(
        letter_view["sheets"][0]["file_name"], "areas.csv",
        "the letter lists its sheet: {}",
        letter_view["sheets"]
    );
    assert_eq!(letter_view["goes_with"], serde_json::Value::Null, "a letter goes with no letter");
}
