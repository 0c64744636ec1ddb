//! `disclosure search`: full-text search over the library, its answers and the notes on it.

use disclosure_store::{SearchFacets, SearchQuery, Store};

use crate::wire::SearchResult;

pub fn search(store: &Store, text: &str, facets: SearchFacets, limit: usize, json: bool) -> anyhow::Result<()> {
    let hits = store.search(&SearchQuery { text: text.to_string(), facets, type_ahead: false, limit })?;
    if json {
        let results: Vec<SearchResult> = hits.iter().map(SearchResult::from).collect();
        println!("{}", serde_json::to_string_pretty(&results)?);
        return Ok(());
    }
    if hits.is_empty() {
        println!("no results");
    }
    for hit in &hits {
        // A terminal has no highlight: matched words are bracketed.
        let snippet: String = hit
            .snippet
            .iter()
            .map(|part| if part.highlighted { format!("[{}]", part.text) } else { part.text.clone() })
            .collect::<String>()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        println!(
            "{:>5}  {:<10} {:<20} {:<6} {}",
            hit.document_id,
            hit.kind.as_str(),
            hit.reference.as_deref().unwrap_or("-"),
            hit.question_label.as_deref().unwrap_or(""),
            snippet
        );
    }
    Ok(())
}
