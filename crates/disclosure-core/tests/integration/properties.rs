//! Properties that hold for any text: parsing never panics and every span is in bounds and on
//! character boundaries.

use disclosure_core::parse::{parse, Disclosure, Span};
use proptest::prelude::*;

/// Every span the reader hands out.
fn all_spans(disclosure: &Disclosure) -> Vec<Span> {
    let mut spans = Vec::new();
    spans.extend(disclosure.reference.iter().map(|found| found.span));
    spans.extend(disclosure.authority.iter().map(|found| found.span));
    spans.extend(disclosure.response_date.iter().map(|date| date.span));
    spans.extend(disclosure.data_dates.iter().map(|date| date.span));
    spans.extend(disclosure.decision_quote);
    spans.extend(disclosure.clarifications.iter().map(|found| found.span));
    spans.extend(disclosure.exemptions.iter().map(|citation| citation.span));
    spans.extend(disclosure.furniture.iter().copied());
    spans.extend(disclosure.boilerplate.iter().copied());
    spans.extend(disclosure.issues.iter().filter_map(|issue| issue.span));
    for question in &disclosure.questions {
        spans.push(question.span);
        spans.extend(question.parts.iter().map(|part| part.span));
        spans.extend(question.exemptions.iter().map(|citation| citation.span));
        if let Some(answer) = &question.answer {
            spans.push(answer.span);
            spans.extend(answer.figures.iter().map(|figure| figure.span));
            for table in &answer.tables {
                spans.push(table.span);
                spans.extend(table.rows.iter().flatten().map(|cell| cell.span));
            }
        }
    }
    spans
}

fn assert_spans_valid(text: &str) {
    let disclosure = parse(text);
    for span in all_spans(&disclosure) {
        assert!(
            span.start <= span.end && span.end <= text.len(),
            "span {span:?} out of bounds for {} bytes",
            text.len()
        );
        assert!(
            text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
            "span {span:?} splits a character"
        );
    }
}

/// Letter-like fragments, so random text exercises the real rules and not only the fallbacks.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Q1 - How many?\n".to_string()),
        Just("1. Please provide\n".to_string()),
        Just("Section 40(2)(a)(b)&(3)(a)(i) – Personal Information\n".to_string()),
        Just("I have today decided to disclose the located information to you in full.\n".to_string()),
        Just("Restricted Duties | 1 |\n".to_string()),
        Just("•  s40(5) £412,000 12% 1,234 ".to_string()),
        Just("I note you seek access to the following information:\n".to_string()),
        Just("The answer to each of your 26 questions is as follows:\n".to_string()),
        Just("é\u{301}ß\u{a0}\u{2028}日本\r\n".to_string()),
        "\\PC{0,40}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,400}") {
        assert_spans_valid(&text);
    }

    #[test]
    fn letter_fragments_never_panic(parts in prop::collection::vec(fragment(), 0..30)) {
        assert_spans_valid(&parts.concat());
    }
}

#[test]
fn a_megabyte_letter_parses_quickly() {
    let block = "Q1 - How many officers were suspended?\nSuspended | 4 |\nThere were 377 Family Liaison Officers deployed, as of 1 June 2023.\nSection 40(2) - Personal information\n";
    let text = block.repeat(1_000_000 / block.len());
    let started = std::time::Instant::now();
    let disclosure = parse(&text);
    let elapsed = started.elapsed();
    assert!(!disclosure.questions.is_empty());
    // Debug builds are slower than release; this bound only catches quadratic behaviour.
    assert!(elapsed.as_secs() < 20, "parsing 1 MB took {elapsed:?}; the reader must stay linear");
}
