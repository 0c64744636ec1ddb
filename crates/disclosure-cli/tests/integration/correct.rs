//! `disclosure correct`: the reviewer's facts are stored, shown as theirs by `list` and `show`,
//! and a bad value exits 2 with nothing stored.

use crate::{disclosure, stdout};

fn listed(db: &std::path::Path, reference: &str) -> serde_json::Value {
    let listed: serde_json::Value =
        serde_json::from_str(&stdout(&disclosure(db, &["list", "--json"]))).expect("list --json");
    listed
        .as_array()
        .expect("list --json is an array")
        .iter()
        .find(|document| document["reference"] == reference)
        .unwrap_or_else(|| panic!("{reference} is listed"))
        .clone()
}

#[test]
fn a_correction_round_trips_and_list_says_which_values_are_the_reviewers() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("library.sqlite3");
    assert!(disclosure(&db, &["samples"]).status.success(), "the sample library imports");
    assert_eq!(
        listed(&db, "FC/FOI/22/0388")["corrected"],
        serde_json::json!([]),
        "nothing is corrected before a reviewer acts"
    );

    let output = disclosure(
        &db,
        &[
            "correct",
            "FC/FOI/22/0388",
            "--authority",
            "Wessex Police",
            "--decision",
            "partial",
            "--reviewer",
            "Ada",
            "--json",
        ],
    );
    assert!(output.status.success(), "a valid correction is stored: {}", String::from_utf8_lossy(&output.stderr));
    let report: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("correct --json");
    assert!(report["document_id"].is_i64(), "the report names the document by id");
    let corrections = report["corrections"].as_array().expect("an array of corrections");
    assert_eq!(corrections.len(), 2, "both fields given are corrected");
    for field in ["field", "value", "parsed", "reviewer", "set_at"] {
        assert!(corrections[0].get(field).is_some(), "correct --json must carry {field}: scripts rely on it");
    }
    assert_eq!(corrections[0]["field"], "authority", "corrections come in field order");
    assert_eq!(
        corrections[0]["parsed"], "Fernshire Constabulary",
        "the value read from the letter is reported beside the correction"
    );
    assert_eq!(corrections[1]["reviewer"], "Ada", "the reviewer named is recorded");

    let document = listed(&db, "FC/FOI/22/0388");
    assert_eq!(document["authority"], "Wessex Police", "list shows the reviewer's authority, not the one read");
    assert_eq!(document["decision"], "partial", "list shows the reviewer's decision");
    assert_eq!(
        document["corrected"],
        serde_json::json!(["authority", "decision"]),
        "list says which values are the reviewer's"
    );
    let shown: serde_json::Value =
        serde_json::from_str(&stdout(&disclosure(&db, &["show", "FC/FOI/22/0388", "--json"]))).expect("show --json");
    assert_eq!(shown["corrected"], serde_json::json!(["authority", "decision"]), "show says the same as list");

    let cleared = disclosure(&db, &["correct", "FC/FOI/22/0388", "--clear", "authority"]);
    assert!(cleared.status.success(), "clearing a correction succeeds");
    let document = listed(&db, "FC/FOI/22/0388");
    assert_eq!(document["authority"], "Fernshire Constabulary", "clearing puts the value read from the letter back");
    assert_eq!(document["corrected"], serde_json::json!(["decision"]), "only the decision is still the reviewer's");
}

#[test]
fn a_bad_date_or_decision_exits_2_and_stores_nothing() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("library.sqlite3");
    assert!(disclosure(&db, &["samples"]).status.success(), "the sample library imports");
    for args in [
        &["correct", "FC/FOI/21/0412", "--authority", "Wessex Police", "--date", "14/02/2021"][..],
        &["correct", "FC/FOI/21/0412", "--authority", "Wessex Police", "--decision", "granted"][..],
        &["correct", "FC/FOI/21/0412"][..],
    ] {
        let output = disclosure(&db, args);
        assert_eq!(output.status.code(), Some(2), "{args:?} is a usage error");
        assert!(!String::from_utf8_lossy(&output.stderr).trim().is_empty(), "{args:?} says what is wrong");
    }
    let document = listed(&db, "FC/FOI/21/0412");
    assert_eq!(document["authority"], "Fernshire Constabulary", "the authority given beside a bad value is not stored");
    assert_eq!(document["corrected"], serde_json::json!([]), "a refused correction leaves nothing behind");
}
