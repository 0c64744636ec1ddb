//! `disclosure exemptions` and `disclosure flag`: the documented JSON fields, exit codes, and a
//! flag from a script found in the register and its exports.

use crate::{disclosure, stdout};

#[test]
fn a_flag_from_a_script_reaches_the_register_and_its_exports() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("library.sqlite3");
    assert!(disclosure(&db, &["samples"]).status.success(), "the sample library imports");

    let flagged =
        disclosure(&db, &["flag", "FC/FOI/22/0388", "--question", "2", "--provision", "31(1)", "--note", "=1+1"]);
    assert!(flagged.status.success(), "a catalogued provision is accepted");
    let flag_id: i64 = stdout(&flagged).trim().parse().expect("flag prints the new flag's id");

    let unknown = disclosure(&db, &["flag", "FC/FOI/22/0388", "--question", "2", "--provision", "99(9)"]);
    assert_eq!(unknown.status.code(), Some(1), "an unknown provision is a clear error with exit status 1");

    let csv = folder.path().join("schedule.csv");
    let html = folder.path().join("schedule.html");
    let csv_arg = csv.to_string_lossy().into_owned();
    let html_arg = html.to_string_lossy().into_owned();
    let output = disclosure(&db, &["exemptions", "--json", "--csv", &csv_arg, "--html", &html_arg]);
    assert!(output.status.success(), "the register prints");
    let report: serde_json::Value =
        serde_json::from_str(&stdout(&output)).expect("exemptions --json prints one JSON object");
    for field in ["n_documents", "provisions", "entries", "set_aside"] {
        assert!(report.get(field).is_some(), "exemptions --json keeps the field {field}");
    }
    let entries = report["entries"].as_array().expect("entries is an array");
    assert!(
        entries
            .iter()
            .any(|entry| entry["flag_id"] == flag_id && entry["provision"] == "31(1)" && entry["year"] == 2022),
        "the flag is in the register, in its letter's year"
    );
    assert!(
        entries.iter().any(|entry| entry["source"] == "cited"
            && entry["provision"] == "40(2)"
            && entry["reference"] == "FC/FOI/23/0501"),
        "the 2023 Fernshire letter's 40(2) is in the register"
    );

    let csv_text = std::fs::read_to_string(&csv).expect("the CSV schedule is written");
    assert!(
        csv_text.contains("FC/FOI/22/0388") && csv_text.contains("'=1+1"),
        "the flag is in the CSV, its note neutralised"
    );
    let html_text = std::fs::read_to_string(&html).expect("the HTML schedule is written");
    assert!(html_text.contains("FC/FOI/22/0388"), "the flag is in the printable report");

    let filtered = disclosure(&db, &["exemptions", "--json", "--since", "2023", "--authority", "fernshire"]);
    let filtered: serde_json::Value = serde_json::from_str(&stdout(&filtered)).expect("json");
    assert_eq!(filtered["n_documents"], 1, "since 2023 only the 2023 letter withholds anything");
}
