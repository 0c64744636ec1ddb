//! The silences of a letter: missing questions, unanswered ones, suppressed cells, removed text;
//! and the per-question outcomes on the seeds and the neither-confirm-nor-deny letters.

use disclosure_core::parse::{parse, Decision, Outcome};
use disclosure_core::withheld::{withheld_parts, WithheldKind};

use crate::corpus::{documents, seed};

#[test]
fn suppressed_cells_and_removed_text_are_found_with_their_reasons() {
    let text = "I note you seek access to the following information:\n\
                1. How many officers were dismissed?\n\
                Q1 - How many officers were dismissed?\n\
                | Year | Dismissed |\n| 2021 | 7 |\n| 2022 | * |\n| 2023 | <5 |\n\
                * Figures below five are suppressed to protect identities.\n\
                The officer, [REDACTED], was dismissed. Name: ████\n";
    let parts = withheld_parts(text, &parse(text));
    let cells: Vec<&str> = parts
        .iter()
        .filter(|part| part.kind == WithheldKind::SuppressedCell)
        .map(|part| part.reason.as_str())
        .collect();
    assert!(
        cells.iter().any(|reason| reason.contains("Figures below five")),
        "a '*' cell takes its reason from the letter's legend: {cells:?}"
    );
    assert!(cells.iter().any(|reason| reason.contains("fewer than 5")), "'<5' is a suppressed count: {cells:?}");
    assert!(!cells.iter().any(|reason| reason.contains('7')), "a figure is never a suppression");
    let removed: Vec<&str> = parts
        .iter()
        .filter(|part| part.kind == WithheldKind::RemovedText)
        .filter_map(|part| part.span.map(|span| span.text_in(text)))
        .collect();
    assert_eq!(removed, vec!["[REDACTED]", "████"], "each marker of removed text is found where it is printed");
}

#[test]
fn seed_004_is_missing_question_3() {
    let Some(text) = seed("004") else { return };
    let disclosure = parse(&text);
    let parts = withheld_parts(&text, &disclosure);
    let missing: Vec<&str> = parts
        .iter()
        .filter(|part| part.kind == WithheldKind::MissingQuestion)
        .map(|part| part.reason.as_str())
        .collect();
    assert_eq!(missing.len(), 1, "seed 004 skips exactly one question number: {missing:?}");
    assert!(missing[0].contains("question 3"), "the gap is question 3: {}", missing[0]);
}

#[test]
fn seed_002_answers_all_26_questions_and_seed_001_withholds_under_40_2() {
    if let Some(text) = seed("002") {
        let disclosure = parse(&text);
        assert_eq!(disclosure.questions.len(), 26, "seed 002 asks 26 questions");
        assert!(
            disclosure.questions.iter().all(|question| question.outcome == Outcome::Answered),
            "every one of seed 002's questions is answered"
        );
        assert!(withheld_parts(&text, &disclosure).is_empty(), "nothing is withheld or missing in seed 002");
    }
    if let Some(text) = seed("001") {
        let disclosure = parse(&text);
        assert_eq!(disclosure.decision, Decision::Partial, "seed 001 discloses part and withholds part");
        assert!(
            disclosure.exemptions.iter().any(|citation| citation.provision == "40(2)"),
            "seed 001 withholds under section 40(2)"
        );
    }
}

#[test]
fn ncnd_letters_give_ncnd_outcomes() {
    for (name, text) in documents("real").into_iter().filter(|(name, _)| name.contains("ncnd")) {
        let disclosure = parse(&text);
        assert!(disclosure.ncnd, "{name} neither confirms nor denies");
        assert!(disclosure.exemptions.iter().any(|citation| citation.is_ncnd), "{name} cites an NCND provision");
        if !disclosure.questions.is_empty() {
            assert!(
                disclosure.questions.iter().any(|question| question.outcome == Outcome::Ncnd),
                "{name}: at least one question carries the ncnd outcome"
            );
        }
    }
}
