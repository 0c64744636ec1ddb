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

#[test]
fn redactions_of_a_stored_letter_are_listed_decided_and_counted() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("library.sqlite3");
    let path = folder.path().join("letter.txt");
    std::fs::write(&path, LETTER).expect("writes the letter");
    assert!(crate::disclosure(&db, &["import", path.to_str().expect("utf-8")]).status.success(), "imports");

    let listed = crate::disclosure(&db, &["redactions", "1", "--json"]);
    assert!(listed.status.success(), "lists: {}", String::from_utf8_lossy(&listed.stderr));
    let rows: serde_json::Value = serde_json::from_slice(&listed.stdout).expect("a JSON array");
    assert_eq!(rows.as_array().map(Vec::len), Some(2), "both markers are kept with the letter: {rows}");
    assert_eq!(rows[0]["redacted_by"], "authority", "a redaction in the letter as received is the authority's");
    assert!(rows[0]["decision"].is_null(), "not reviewed yet");

    let dismissed = crate::disclosure(&db, &["redactions", "1", "dismiss", "2", "--note", "a logo", "--json"]);
    assert!(dismissed.status.success(), "dismisses: {}", String::from_utf8_lossy(&dismissed.stderr));
    let rows: serde_json::Value = serde_json::from_slice(&dismissed.stdout).expect("a JSON array");
    assert_eq!(rows[1]["decision"], "dismissed", "the second one, by its number, is dismissed");
    let key = rows[0]["key"].as_str().expect("a key").to_string();
    let corrected = crate::disclosure(&db, &["redactions", "1", "correct", &key, "s43(2)", "--json"]);
    let rows: serde_json::Value = serde_json::from_slice(&corrected.stdout).expect("a JSON array");
    assert_eq!(rows[0]["provision"], "43(2)", "named by its key, corrected to 43(2)");
    assert_eq!(rows[0]["found_provision"], "40(2)", "what was found is kept beside the correction");

    let register = crate::disclosure(&db, &["exemptions", "--json"]);
    let register: serde_json::Value = serde_json::from_slice(&register.stdout).expect("a JSON object");
    let provisions = register["provisions"].as_array().expect("provisions");
    let counted = |provision: &str| {
        provisions.iter().find(|count| count["provision"] == provision).map(|count| count["n_found"].clone())
    };
    assert_eq!(
        counted("43(2)"),
        Some(serde_json::json!(1)),
        "the corrected redaction counts under 43(2): {provisions:?}"
    );
    assert_eq!(counted("40(2)"), Some(serde_json::json!(0)), "40(2) keeps its citation; the dismissed marker is gone");

    let unknown = crate::disclosure(&db, &["redactions", "1", "confirm", "9"]);
    assert_eq!(unknown.status.code(), Some(2), "a redaction the letter does not have is a usage error");
}
