//! Redactions in `disclosure parse FILE --json`: text markers in plain text and Word files, tied
//! to their provision, in the contract shape.

use std::process::Command;

use crate::fixtures::{docx, paragraph};

const LETTER: &str = "Dear Requester,\n\n\
    I can confirm that the information is held. Some of it is exempt under Section 40(2) of the Act.\n\n\
    Name of officer: [Redacted – s40]\n\n\
    Badge number: ████\n";

fn parse_json(path: &std::path::Path) -> serde_json::Value {
    let output =
        Command::new(env!("CARGO_BIN_EXE_disclosure")).arg("parse").arg(path).arg("--json").output().expect("runs");
    assert!(output.status.success(), "parse reads the letter: {}", String::from_utf8_lossy(&output.stderr));
    serde_json::from_slice(&output.stdout).expect("parse --json prints one JSON object")
}

fn check_redactions(parsed: &serde_json::Value) {
    let redactions = parsed["redactions"].as_array().expect("redactions is a list");
    assert_eq!(redactions.len(), 2, "two markers in the letter: {redactions:?}");
    for field in ["page", "kind", "provision", "tied_by", "text_under", "start", "end"] {
        assert!(redactions[0].get(field).is_some(), "each redaction keeps the contract field {field}");
    }
    assert_eq!(redactions[0]["kind"], "marker", "a marker in the text");
    assert!(redactions[0]["page"].is_null(), "a marker in the text has no page");
    assert_eq!(redactions[0]["provision"], "40(2)", "s40 in a letter applying 40(2)");
    assert_eq!(redactions[0]["tied_by"], "label", "the marker names its provision");
    assert_eq!(redactions[1]["tied_by"], "letter", "the blocks name nothing: the letter's one exemption ties them");
    assert!(redactions[1]["text_under"].is_null(), "nothing survives under a marker");
}

#[test]
fn markers_in_a_text_file_are_found_and_tied() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("letter.txt");
    std::fs::write(&path, LETTER).expect("writes the letter");
    let parsed = parse_json(&path);
    check_redactions(&parsed);
    let redactions = parsed["redactions"].as_array().expect("redactions is a list");
    let start = redactions[0]["start"].as_u64().expect("start is a number") as usize;
    let end = redactions[0]["end"].as_u64().expect("end is a number") as usize;
    assert_eq!(&LETTER[start..end], "[Redacted – s40]", "start and end are byte offsets into the text");
}

#[test]
fn markers_in_a_word_file_are_found_and_tied() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("letter.docx");
    let body: String = LETTER.split("\n\n").map(|text| paragraph(text.trim())).collect();
    std::fs::write(&path, docx(&body, None)).expect("writes the letter");
    check_redactions(&parse_json(&path));
}

#[test]
fn a_letter_without_marks_has_an_empty_list() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("plain.txt");
    std::fs::write(&path, "Dear Requester,\n\nWe hold 12 records.\n").expect("writes the letter");
    let parsed = parse_json(&path);
    assert_eq!(parsed["redactions"], serde_json::json!([]), "no marks, an empty list, never a missing field");
}
