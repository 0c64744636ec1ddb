//! The shared corpus of real letters: every document parses, its structure is snapshotted,
//! and the exemptions found agree with the catalogue of sources.
//!
//! The corpus lives outside the repository; without it these tests say so and pass.

use std::fs;
use std::path::{Path, PathBuf};

use disclosure_core::parse::{parse, parse_answers, Outcome, Question};

use crate::outline::outline;

/// The corpus folder, when this checkout sits next to it.
pub fn corpus_dir() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus");
    if dir.is_dir() {
        Some(dir)
    } else {
        println!("skipping: shared corpus not found at {}", dir.display());
        None
    }
}

/// Every text document of a corpus subfolder, sorted by name.
pub fn documents(subfolder: &str) -> Vec<(String, String)> {
    let Some(dir) = corpus_dir() else { return Vec::new() };
    let Ok(entries) = fs::read_dir(dir.join(subfolder)) else { return Vec::new() };
    let mut documents: Vec<(String, String)> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|extension| extension == "txt"))
        .filter_map(|path| {
            let name = path.file_name()?.to_string_lossy().into_owned();
            let text = fs::read_to_string(&path).ok()?;
            Some((name, text))
        })
        .collect();
    documents.sort();
    documents
}

/// Reads one seed by its number prefix ("000").
pub fn seed(prefix: &str) -> Option<String> {
    documents("seeds").into_iter().find(|(name, _)| name.starts_with(prefix)).map(|(_, text)| text)
}

#[test]
fn every_corpus_document_matches_its_snapshot() {
    for subfolder in ["seeds", "real"] {
        for (name, text) in documents(subfolder) {
            let disclosure = parse(&text);
            let snapshot_name = format!("{subfolder}__{}", name.trim_end_matches(".txt"));
            insta::with_settings!({ snapshot_path => "snapshots", prepend_module_to_snapshot => false }, {
                insta::assert_snapshot!(snapshot_name, outline(&text, &disclosure));
            });
        }
    }
}

/// A question as a comparison sees it: everything but the outcome and the exemptions, which
/// only the whole reading weighs.
fn as_compared(mut question: Question) -> Question {
    question.outcome = Outcome::Unknown;
    question.exemptions.clear();
    question
}

#[test]
fn answers_read_alone_are_those_of_the_whole_reading() {
    for subfolder in ["seeds", "real", "wider"] {
        for (name, text) in documents(subfolder) {
            let whole: Vec<Question> = parse(&text).questions.into_iter().map(as_compared).collect();
            assert_eq!(
                parse_answers(&text),
                whole,
                "{subfolder}/{name}: letters are compared on answers read alone, which must be the answers the reader shows"
            );
        }
    }
}

/// Sections named in a SOURCES.tsv `exemptions_cited` cell ("s40(2)(a)(b)", "NCND: s30(3), s31(3)").
fn expected_sections(cell: &str) -> Option<Vec<String>> {
    let lower = cell.to_ascii_lowercase();
    if lower.contains("unknown") || lower.contains("cut off") || lower.contains("mentioned") {
        return None; // the excerpt stops before the exemptions, or the column is not definite
    }
    let mut sections: Vec<String> = Vec::new();
    let bytes = lower.as_bytes();
    for (at, _) in lower.match_indices('s') {
        let before_is_letter = at > 0 && bytes[at - 1].is_ascii_alphabetic();
        let digits: String = lower[at + 1..].chars().take_while(char::is_ascii_digit).collect();
        if before_is_letter || digits.is_empty() {
            continue;
        }
        if !matches!(digits.as_str(), "1" | "16" | "17") && !sections.contains(&digits) {
            sections.push(digits);
        }
    }
    Some(sections)
}

#[test]
fn exemptions_agree_with_the_sources_catalogue() {
    let Some(dir) = corpus_dir() else { return };
    let Ok(sources) = fs::read_to_string(dir.join("real/SOURCES.tsv")) else {
        println!("skipping: SOURCES.tsv not found");
        return;
    };
    let mut failures = Vec::new();
    for row in sources.lines().skip(1) {
        let columns: Vec<&str> = row.split('\t').collect();
        let (Some(file), Some(cited)) = (columns.first(), columns.get(6)) else { continue };
        let Some(expected) = expected_sections(cited) else { continue };
        let Ok(text) = fs::read_to_string(dir.join("real").join(file)) else { continue };
        let disclosure = parse(&text);
        let mut found: Vec<String> = disclosure.exemptions.iter().map(|citation| citation.section.clone()).collect();
        found.dedup();
        // Section 12 is a limit, not always cited by number ("the appropriate (cost) limit").
        let missing: Vec<&String> =
            expected.iter().filter(|section| !found.contains(section) && section.as_str() != "12").collect();
        let extra: Vec<&String> = found.iter().filter(|section| !expected.contains(section)).collect();
        if !missing.is_empty() || !extra.is_empty() {
            failures.push(format!("{file}: expected {expected:?} ({cited}), found {found:?}"));
        }
    }
    assert!(failures.is_empty(), "exemptions differ from SOURCES.tsv:\n{}", failures.join("\n"));
}

#[test]
fn no_duty_sections_are_read_as_exemptions() {
    for subfolder in ["seeds", "real"] {
        for (name, text) in documents(subfolder) {
            let disclosure = parse(&text);
            for citation in &disclosure.exemptions {
                assert!(
                    !matches!(citation.section.as_str(), "1" | "16" | "17" | "45" | "46" | "50"),
                    "{name}: section {} is a duty or procedure, not an exemption (quote {:?})",
                    citation.section,
                    citation.quote
                );
            }
        }
    }
}
