//! `disclosure list` and `disclosure show`: the documented JSON fields.

use crate::{disclosure, stdout};

#[test]
fn list_and_show_print_the_documented_fields() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("library.sqlite3");
    assert!(disclosure(&db, &["samples"]).status.success());

    let listed: serde_json::Value = serde_json::from_str(&stdout(&disclosure(&db, &["list", "--json"]))).expect("json");
    let first = &listed[0];
    for field in ["id", "reference", "title", "authority", "date", "format", "path"] {
        assert!(first.get(field).is_some(), "list --json must keep the field {field}: scripts rely on it");
    }
    assert_eq!(first["authority"], "Fernshire Constabulary", "the sample letters name their authority");
    assert_eq!(first["date"], "2024-02-15", "newest response first, dates as YYYY-MM-DD");

    let shown = disclosure(&db, &["show", "fc/foi/23/0501", "--json"]);
    assert!(shown.status.success(), "a reference finds its document, whatever the case");
    let shown: serde_json::Value = serde_json::from_str(&stdout(&shown)).expect("json");
    assert_eq!(shown["reference"], "FC/FOI/23/0501");
    assert!(
        shown["text"].as_str().is_some_and(|text| text.contains("Section 40(2)(3) - Personal Information")),
        "show returns the stored text verbatim"
    );

    let missing = disclosure(&db, &["show", "no-such-reference"]);
    assert_eq!(missing.status.code(), Some(2), "an unknown document is an error");
}

#[test]
fn a_year_read_from_the_reference_is_listed_as_such() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("library.sqlite3");
    let dated = folder.path().join("dated.txt");
    let undated = folder.path().join("undated.txt");
    std::fs::write(
        &dated,
        "Our ref: FOI/22/0101\nDate: 3 March 2022\nDear requester,\nWe do not hold this information.\n",
    )
    .expect("write");
    std::fs::write(&undated, "Freedom of information request reference no: 01.FOI.21.000123\nDear requester,\nWe do not hold this information.\n")
        .expect("write");
    assert!(disclosure(&db, &["import", dated.to_str().expect("utf-8"), undated.to_str().expect("utf-8")])
        .status
        .success());
    let listed: serde_json::Value = serde_json::from_str(&stdout(&disclosure(&db, &["list", "--json"]))).expect("json");
    let by_file = |name: &str| {
        listed.as_array().and_then(|rows| rows.iter().find(|row| row["file_name"] == name)).cloned().expect("listed")
    };
    assert_eq!(by_file("dated.txt")["date_source"], "letter", "a date the letter prints is the letter's");
    let undated = by_file("undated.txt");
    assert_eq!(
        undated["date_source"], "reference",
        "only the year is known, from the reference: scripts must be able to tell"
    );
    assert_eq!(undated["date"], "2021-01-01", "the year stands as 1 January so letters still sort by year");
}
