//! `disclosure parse FILE --json`: the structure contract on the project's own samples.

use std::process::Command;

fn parse_json(path: &std::path::Path) -> serde_json::Value {
    let output =
        Command::new(env!("CARGO_BIN_EXE_disclosure")).arg("parse").arg(path).arg("--json").output().expect("runs");
    assert!(
        output.status.success(),
        "parse must succeed on a readable letter: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("parse --json prints one JSON object")
}

fn sample(name: &str) -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../disclosure-core/samples").join(name)
}

#[test]
fn a_partial_refusal_names_its_exemption_and_outcome() {
    let parsed = parse_json(&sample("fernshire-2023-vetting-and-suspensions.txt"));
    assert_eq!(parsed["reference"], "FC/FOI/23/0501");
    assert_eq!(parsed["decision"], "partial", "the letter discloses some and refuses the rest");
    assert_eq!(parsed["ncnd"], false);
    let exemptions = parsed["exemptions"].as_array().expect("exemptions is a list");
    assert!(
        exemptions.iter().any(|e| e["provision"] == "40(2)" && e["section"] == "40" && e["regime"] == "FOIA"),
        "Section 40(2) is applied: {exemptions:?}"
    );
    assert!(
        exemptions.iter().all(|e| e["section"] != "16" && e["section"] != "17"),
        "the duty to advise and the refusal notice itself are not exemptions"
    );
    let questions = parsed["questions"].as_array().expect("questions is a list");
    assert_eq!(questions.len(), 4, "four numbered questions");
    assert_eq!(questions[3]["outcome"], "withheld", "question 4 is withheld under 40(2)");
    for field in ["label", "text", "answer", "outcome", "exemptions", "tables", "figures"] {
        assert!(questions[0].get(field).is_some(), "questions keep the contract field {field}");
    }
}

#[test]
fn the_authority_and_date_say_where_they_came_from() {
    let parsed = parse_json(&sample("fernshire-2023-vetting-and-suspensions.txt"));
    assert_eq!(parsed["authority"], "Fernshire Constabulary", "the letterhead names the force");
    assert_eq!(parsed["authority_source"], "letterhead", "authority_source says the name came from the letterhead");
    assert_eq!(parsed["response_date"], "2023-02-20", "the printed date of response");
    assert_eq!(parsed["date_source"], "letter", "date_source says the date was printed in the letter");
}

#[test]
fn unknown_sources_are_null() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("bare.txt");
    std::fs::write(&path, "How many officers were suspended?\n").expect("writes the letter");
    let parsed = parse_json(&path);
    assert!(parsed["authority_source"].is_null(), "no authority, so no source: {parsed}");
    assert!(parsed["date_source"].is_null(), "no date, so no source: {parsed}");
}

#[test]
fn a_missing_question_number_is_an_issue() {
    let parsed = parse_json(&sample("fernshire-2024-vetting-and-suspensions.txt"));
    let issues = parsed["issues"].as_array().expect("issues is a list");
    assert!(
        issues.iter().any(|issue| issue["kind"] == "question_number_gap"),
        "questions 1, 2 and 4 were asked: the missing 3 must be reported, got {issues:?}"
    );
}

#[test]
fn parse_does_not_create_a_library() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("never.sqlite3");
    let output = crate::disclosure(
        &db,
        &["parse", sample("fernshire-2021-vetting-and-suspensions.txt").to_str().expect("utf-8")],
    );
    assert!(output.status.success());
    assert!(!db.exists(), "reading one file must not write a database");
}
