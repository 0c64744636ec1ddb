//! Search benchmark: builds a library of generated letters (100,000 by default,
//! `SEARCH_BENCH_LETTERS` to change), reports how long indexing took, then the p50 and p95 times
//! of typical queries, with and without facets.
//!
//! The library lives in /dev/shm when it exists: the benchmark measures the index, not the disk's
//! fsync (every document is still its own transaction, as in a real import).

use std::time::{Duration, Instant};

use disclosure_store::{DocumentFacts, NewDocument, SearchFacets, SearchQuery, Store};

const AUTHORITIES: &[&str] = &[
    "Fernshire Constabulary",
    "Marsh Police",
    "Northvale County Council",
    "Eastwick NHS Trust",
    "Harbour City Council",
];
const TOPICS: &[&str] = &[
    "vetting",
    "suspensions",
    "overtime",
    "tasers",
    "drones",
    "complaints",
    "recruitment",
    "misconduct",
    "sickness",
    "training",
];
const DECISIONS: &[&str] = &["full", "partial", "refused", "not_held"];

fn letter(index: usize) -> (String, DocumentFacts) {
    let authority = AUTHORITIES[index % AUTHORITIES.len()];
    let topic = TOPICS[(index / 7) % TOPICS.len()];
    let other = TOPICS[(index / 3 + 4) % TOPICS.len()];
    let year = 2015 + index % 10;
    let count = (index * 37) % 500;
    let text = format!(
        "{authority}\nFreedom of information request reference no: REF/{index:06}\nDate of response: 1 March {year}\n\nDear Requester,\n\n\
         I note you seek access to the following information:\n1. How many {topic} cases were recorded in {year}?\n\
         2. What was spent on {other} in {year}?\n\nI have today decided to disclose the located information to you.\n\n\
         Q1 - How many {topic} cases were recorded in {year}?\nIn {year}, {count} {topic} cases were recorded across the force area, \
         including {} cases referred for independent review by unit {}.\n\n\
         Q2 - What was spent on {other} in {year}?\nThe authority spent £{},{:03} on {other} in {year}.\n\n\
         If you are dissatisfied with the handling of your request, you have the right to ask for an internal review.\n\
         Yours sincerely,\nInformation Rights Officer\n",
        count / 3,
        index % 997,
        count,
        index % 1000
    );
    let facts = DocumentFacts {
        reference: Some(format!("REF/{index:06}")),
        title: format!("{topic} {year}"),
        authority: Some(authority.to_string()),
        response_date: Some(format!("{year}-03-01")),
        decision: DECISIONS[index % DECISIONS.len()].to_string(),
        date_source: None,
    };
    (text, facts)
}

fn percentile(sorted: &[Duration], share: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * share).round() as usize]
}

fn main() {
    let n_letters: usize =
        std::env::var("SEARCH_BENCH_LETTERS").ok().and_then(|value| value.parse().ok()).unwrap_or(100_000);
    let shm = std::path::Path::new("/dev/shm");
    let folder =
        if shm.is_dir() { tempfile::tempdir_in(shm) } else { tempfile::tempdir() }.expect("a temporary folder");
    let path = folder.path().join("bench.sqlite3");
    let mut store = Store::open(&path).expect("open");

    let started = Instant::now();
    for index in 0..n_letters {
        let (text, facts) = letter(index);
        let document = NewDocument {
            sha256: format!("{index:064x}"),
            file_name: format!("letter-{index}.txt"),
            source_path: None,
            format: "txt".into(),
            encoding: "UTF-8".into(),
            byte_len: text.len() as i64,
            text,
            facts,
            parser_version: disclosure_core::parse::PARSER_VERSION,
            parent_id: None,
        };
        store.insert_document(&document).expect("insert");
    }
    let build = started.elapsed();
    println!(
        "search bench: {n_letters} letters stored and indexed in {:.1} s ({:.0} letters/s, parsing included)",
        build.as_secs_f64(),
        n_letters as f64 / build.as_secs_f64()
    );
    println!("library file: {:.0} MB", std::fs::metadata(&path).map(|meta| meta.len() as f64 / 1e6).unwrap_or(0.0));

    let queries: Vec<(&str, SearchFacets)> = vec![
        ("independent review unit 431", SearchFacets::default()),
        ("drones", SearchFacets::default()),
        ("tasers 2019", SearchFacets::default()),
        ("REF/004217", SearchFacets::default()),
        ("misconduct", SearchFacets { authority: Some("Marsh Police".into()), year: Some(2021), ..Default::default() }),
        ("overtime spent", SearchFacets { decision: Some("partial".into()), ..Default::default() }),
        ("internal review", SearchFacets::default()),
    ];
    for (text, facets) in &queries {
        let query = SearchQuery { text: text.to_string(), facets: facets.clone(), type_ahead: false, limit: 50 };
        let mut times = Vec::new();
        let mut n_hits = 0;
        for _ in 0..25 {
            let started = Instant::now();
            n_hits = store.search(&query).expect("search").len();
            times.push(started.elapsed());
        }
        times.sort();
        let faceted = if *facets == SearchFacets::default() { "" } else { " (faceted)" };
        println!(
            "query {text:?}{faceted}: {n_hits} hits shown, p50 {:.1} ms, p95 {:.1} ms",
            percentile(&times, 0.5).as_secs_f64() * 1e3,
            percentile(&times, 0.95).as_secs_f64() * 1e3
        );
    }
    let type_ahead = SearchQuery { text: "misc".into(), type_ahead: true, limit: 20, ..Default::default() };
    let started = Instant::now();
    let n_hits = store.search(&type_ahead).expect("search").len();
    println!("type-ahead \"misc*\": {n_hits} hits in {:.1} ms", started.elapsed().as_secs_f64() * 1e3);
}
