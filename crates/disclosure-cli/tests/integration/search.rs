//! `disclosure search`: ranked results with highlighted snippets, as text and as JSON.

use crate::annotate::sample_library;
use crate::{disclosure, stdout};

#[test]
fn search_json_lists_ranked_hits_with_marked_snippets() {
    let (_folder, db) = sample_library();
    let output = disclosure(&db, &["search", "vetting clearance withdrawn", "--json"]);
    assert!(output.status.success(), "search runs: {}", String::from_utf8_lossy(&output.stderr));
    let hits: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("search --json prints one JSON array");
    let hits = hits.as_array().expect("an array");
    assert!(!hits.is_empty(), "every sample letter asks about withdrawn vetting clearance");
    let first = &hits[0];
    for field in [
        "kind",
        "document_id",
        "reference",
        "title",
        "authority",
        "date",
        "question_label",
        "annotation_id",
        "snippet",
        "rank",
    ] {
        assert!(first.get(field).is_some(), "the contract field {field} is present");
    }
    let highlighted: Vec<&str> = first["snippet"]
        .as_array()
        .expect("snippet runs")
        .iter()
        .filter(|run| run["highlighted"] == true)
        .filter_map(|run| run["text"].as_str())
        .collect();
    assert!(!highlighted.is_empty(), "matched words are marked in the snippet: {first}");
}

#[test]
fn search_never_fails_on_query_syntax() {
    let (_folder, db) = sample_library();
    for typed in ["\"unbalanced", "NEAR(", "40(2)", "-x", "*"] {
        let output = disclosure(&db, &["search", typed]);
        assert!(
            output.status.success(),
            "{typed:?} is searched for, not parsed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let facets = disclosure(&db, &["search", "officers", "--year", "2023", "--json"]);
    let hits: serde_json::Value = serde_json::from_str(&stdout(&facets)).expect("json");
    assert!(
        hits.as_array()
            .expect("array")
            .iter()
            .all(|hit| hit["date"].as_str().is_some_and(|date| date.starts_with("2023"))),
        "the year facet keeps one year's letters"
    );
}
