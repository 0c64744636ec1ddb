//! Anchoring: exact and fuzzy re-attachment, and orphans instead of guesses on repeated
//! boilerplate; then real pairs of near-identical letters from the shared corpus.

use std::collections::HashMap;
use std::fs;

use disclosure_core::anchor::{anchor, find_exact, selector_for, Anchoring, OrphanReason, Selector, FUZZY_THRESHOLD};
use disclosure_core::parse::Span;

use crate::corpus::corpus_dir;

/// The selector for the `nth` (0-based) occurrence of `quote` in `text`.
fn selector_at(text: &str, quote: &str, nth: usize) -> Selector {
    let span = find_exact(text, quote)[nth];
    selector_for(text, span).expect("a span found in the text makes a selector")
}

fn without_position(mut selector: Selector) -> Selector {
    selector.position = None;
    selector
}

const REPEATED: &str = "The information is exempt under section 40(2).";

#[test]
fn the_same_sentence_three_times_is_told_apart_by_its_context() {
    let letter = format!(
        "Q1 Officers dismissed?\nAnswer one: {REPEATED} End one.\n\nQ2 Officers suspended?\nAnswer two: {REPEATED} End two.\n\nQ3 Officers vetted?\nAnswer three: {REPEATED} End three.\n"
    );
    let selector = selector_at(&letter, REPEATED, 1);
    let second = find_exact(&letter, REPEATED)[1];
    assert_eq!(
        anchor(&letter, &without_position(selector.clone())),
        Anchoring::Exact(second),
        "the prefix 'Answer two: ' and suffix ' End two.' appear around only the second copy"
    );
    let corrected = format!("Our reference 2024/17 (corrected)\n{letter}");
    let shift = corrected.len() - letter.len();
    assert_eq!(
        anchor(&corrected, &selector),
        Anchoring::Exact(Span::new(second.start + shift, second.end + shift)),
        "a line added at the top moves every offset; the context still finds the second copy"
    );
}

#[test]
fn the_same_sentence_three_times_with_the_same_context_is_an_orphan_not_a_guess() {
    // More than CONTEXT_CHARS of identical text on each side of every copy.
    let paragraph =
        format!("\nThe answer to the question as asked: {REPEATED} Nothing further is held on this point.\n");
    let letter = paragraph.repeat(3);
    let selector = selector_at(&letter, REPEATED, 2);
    assert_eq!(
        anchor(&letter, &selector),
        Anchoring::Exact(find_exact(&letter, REPEATED)[2]),
        "in unchanged text the recorded position, with its whole context intact, is the note's own place"
    );
    let edited = format!("Corrected copy.\n{letter}");
    assert_eq!(
        anchor(&edited, &selector),
        Anchoring::Orphan { reason: OrphanReason::Ambiguous { n_candidates: 3 } },
        "once the text moved, three copies with identical context fit equally; choosing one would be a guess"
    );
}

#[test]
fn a_note_on_boilerplate_from_a_removed_answer_is_not_moved_to_another_answer() {
    let boilerplate =
        "Section 40(2) is an absolute exemption and there is no requirement to consider the public interest.";
    let year_2022 = format!(
        "Q1 How many officers were dismissed?\n12 officers. {boilerplate}\n\nQ2 How many officers were suspended?\nSuspensions are recorded locally. {boilerplate}\n\nQ3 How many vetting refusals?\n40 refusals. {boilerplate}\n"
    );
    let selector = selector_at(&year_2022, boilerplate, 1);
    let year_2023 = format!(
        "Q1 How many officers were dismissed?\n9 officers. {boilerplate}\n\nQ3 How many vetting refusals?\n31 refusals. {boilerplate}\n"
    );
    let result = anchor(&year_2023, &without_position(selector));
    assert!(
        matches!(result, Anchoring::Orphan { .. }),
        "the answer the note was on is gone; the same paragraph under Q1 or Q3 is a lookalike, not its place: {result:?}"
    );
}

#[test]
fn boilerplate_found_once_in_a_foreign_context_is_an_orphan() {
    let boilerplate = "We are not obliged to confirm or deny whether the information is held.";
    let original = format!("Q4 Covert units?\nIn relation to covert units: {boilerplate} This is section 23(5).\n");
    let selector = selector_at(&original, boilerplate, 0);
    let other = format!("Q1 Staffing levels?\nAbout our staffing figures, {boilerplate}\n\nQ2 Budgets?\n£4m.\n");
    let result = anchor(&other, &without_position(selector));
    assert!(
        matches!(result, Anchoring::Orphan { reason: OrphanReason::TooDifferent { .. } }),
        "a verbatim copy whose context shares nothing with the note's is another year's boilerplate: {result:?}"
    );
}

#[test]
fn a_corrected_letter_with_small_edits_re_anchors_fuzzily_to_the_corrected_passage() {
    let original = "Dear Ms Patel,\n\nQ2 How many officers were suspended in 2023?\nIn 2023, 14 officers were suspended pending misconduct proceedings, of whom 3 returned to duty.\n\nYours sincerely,\nInformation Rights Unit\n";
    let quote = "In 2023, 14 officers were suspended pending misconduct proceedings, of whom 3 returned to duty.";
    let selector = selector_at(original, quote, 0);
    let corrected = "Dear Ms Patel,\n\nCorrection issued 4 May.\n\nQ2 How many officers were suspended in 2023?\nIn 2023, 15 officers were suspended pending gross misconduct proceedings, of whom 3 returned to duty.\n\nYours sincerely,\nInformation Rights Unit\n";
    let result = anchor(corrected, &selector);
    let Anchoring::Fuzzy(span, score) = result else {
        panic!("a figure and one word changed: the passage must be found fuzzily, got {result:?}")
    };
    assert_eq!(
        span.text_in(corrected),
        "In 2023, 15 officers were suspended pending gross misconduct proceedings, of whom 3 returned to duty.",
        "the re-anchored span covers the corrected sentence exactly"
    );
    assert!(
        (FUZZY_THRESHOLD..1.0).contains(&score),
        "a close but changed passage scores between the threshold and 1: {score}"
    );
}

#[test]
fn a_deleted_passage_is_an_orphan() {
    let original = "Q1 Vetting refusals?\n41 applicants were refused vetting clearance in the year.\n\nQ2 Appeals?\nNine appeals were lodged and two succeeded.\n";
    let selector = selector_at(original, "Nine appeals were lodged and two succeeded.", 0);
    let revised = "Q1 Vetting refusals?\n41 applicants were refused vetting clearance in the year.\n";
    let result = anchor(revised, &selector);
    assert!(
        matches!(result, Anchoring::Orphan { .. }),
        "the whole answer to Q2 was removed; nothing may take its note: {result:?}"
    );
}

#[test]
fn selectors_keep_a_little_context_on_whole_characters() {
    let text = "Café – “quoted” passage — ünïcödé after";
    let start = text.find("passage").expect("the word is in the text");
    let selector = selector_for(text, Span::new(start, start + "passage".len())).expect("a valid span");
    assert_eq!(selector.quote.exact, "passage", "the quote is the span's text");
    assert!(
        text.ends_with(&format!("{}{}", selector.quote.exact, selector.quote.suffix)),
        "the suffix is what follows, whole characters"
    );
    assert!(selector_for(text, Span::new(1, 4)).is_none(), "a span that splits 'é' cannot be a selector");
    assert!(
        matches!(
            anchor(
                text,
                &Selector {
                    quote: disclosure_core::anchor::TextQuoteSelector {
                        exact: "  ".into(),
                        prefix: String::new(),
                        suffix: String::new()
                    },
                    position: None
                }
            ),
            Anchoring::Orphan { reason: OrphanReason::EmptyQuote }
        ),
        "a blank quote anchors nowhere"
    );
}

/// Sentences of a letter: runs ending at a full stop, long enough to mean something.
fn sentences(text: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut start = 0;
    for (offset, character) in text.char_indices() {
        if character == '.' || character == '\n' {
            let end = offset + 1;
            let piece = &text[start..end];
            let trimmed_start = start + (piece.len() - piece.trim_start().len());
            if end - trimmed_start >= 40 {
                spans.push(Span::new(trimmed_start, end));
            }
            start = end;
        }
    }
    spans
}

#[test]
fn real_pairs_of_near_identical_letters_never_attach_to_a_lookalike() {
    let Some(corpus) = corpus_dir() else { return };
    let Ok(groups) = fs::read_to_string(corpus.join("real/GROUPS.tsv")) else {
        println!("skipping: no GROUPS.tsv in the corpus");
        return;
    };
    let mut by_group: HashMap<String, Vec<String>> = HashMap::new();
    for line in groups.lines().skip(1) {
        let fields: Vec<&str> = line.split('\t').collect();
        if let [group, _, _, file, ..] = fields[..] {
            by_group.entry(group.to_string()).or_default().push(file.to_string());
        }
    }
    let (mut n_exact, mut n_fuzzy, mut n_orphan) = (0, 0, 0);
    for files in by_group.values() {
        let letters: Vec<String> =
            files.iter().filter_map(|file| fs::read_to_string(corpus.join("real").join(file)).ok()).collect();
        for (a, b) in letters.iter().zip(letters.iter().skip(1)) {
            for span in sentences(a) {
                let selector = selector_for(a, span).expect("sentence spans fall on character boundaries");
                assert_eq!(
                    anchor(a, &selector),
                    Anchoring::Exact(span),
                    "a note re-anchored on its own unchanged letter stays put"
                );
                let result = anchor(b, &without_position(selector.clone()));
                match result {
                    Anchoring::Exact(found) => {
                        n_exact += 1;
                        assert_eq!(found.text_in(b), selector.quote.exact, "an exact anchor is the verbatim quote");
                        let n_copies = find_exact(b, &selector.quote.exact).len();
                        if n_copies > 1 {
                            let prefix_ok = b[..found.start].ends_with(&selector.quote.prefix);
                            let suffix_ok = b[found.end..].starts_with(&selector.quote.suffix);
                            assert!(
                                prefix_ok || suffix_ok,
                                "with {n_copies} copies, a chosen one must share context with the original"
                            );
                        }
                    }
                    Anchoring::Fuzzy(_, score) => {
                        n_fuzzy += 1;
                        assert!(score >= FUZZY_THRESHOLD, "a fuzzy anchor is never below the threshold: {score}");
                    }
                    Anchoring::Orphan { .. } => n_orphan += 1,
                }
            }
        }
    }
    println!("real pairs: {n_exact} exact, {n_fuzzy} fuzzy, {n_orphan} orphaned sentences");
}
