//! Standard text that is not an answer: advice-and-assistance paragraphs, complaint rights,
//! press lines and statements of values that authorities paste into many letters.
//!
//! Two shapes: a heading or an introduction ("DUTY TO ADVISE AND ASSIST", "… included in
//! MPS press lines") that opens a block running to the next question or answer label, and
//! single statement lines ("We treat allegations … very seriously") inside an answer.

use std::sync::LazyLock;

use regex::{Regex, RegexSet};

use super::lines::Line;
use super::voice::Voice;

/// Why a stretch of text was set aside.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum BoilerplateKind {
    /// A standard section under its own heading.
    Section(&'static str),
    /// A statement of the authority's values or press lines inside the letter.
    Statement,
}

/// Headings that open a standard section, with the name reported for it.
static SECTION_HEADINGS: LazyLock<Vec<(Regex, &'static str)>> = LazyLock::new(|| {
    [
        (r"(?i)^duty to (?:provide )?advi[cs]e and assist(?:ance)?\b", "advice and assistance (section 16)"),
        (r"(?i)^advice and assistance\s*:?$", "advice and assistance (section 16)"),
        (r"(?i)^maintaining public trust\b", "statement on public trust"),
        (r"(?i)^(?:complaint rights|your right to complain|right (?:of|to) (?:appeal|review)|internal review|are you unhappy with|if you are (?:dissatisfied|unhappy) with)", "complaint rights"),
        (r"(?i)^(?:copyright|re-?use of (?:public sector )?information|other information)\s*:?$", "standard notices"),
        (r"(?i)\bpress (?:lines|statement|release)s?\b", "press lines"),
    ]
    .into_iter()
    .map(|(pattern, name)| (Regex::new(pattern).expect("valid boilerplate heading"), name))
    .collect()
});

/// Vocabulary of value statements: public confidence, standards, zero tolerance.
static STATEMENT: LazyLock<RegexSet> = LazyLock::new(|| {
    RegexSet::new([
        r"(?i)\b(?:very|extremely|incredibly) seriously\b",
        r"(?i)\bhighest (?:of )?standards\b",
        r"(?i)\b(?:utmost|public) confidence\b",
        r"(?i)\brooting out\b",
        r"(?i)\bsimply unacceptable\b",
        r"(?i)\b(?:preserve|rebuild|maintain)(?:ing)? (?:public )?(?:confidence and )?trust\b",
        r"(?i)^we are committed to\b",
    ])
    .expect("valid statement patterns")
});

/// Lines that end a boilerplate section because the letter resumes its real content.
static RESUMES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:q\.?\s?\d|questions?\s+\d|answer\s+\d|request\s+\d|reason for decision|decision\b|section \d+\(?\d*\)?\s*[-–—:]|disclosure\s*$)")
        .expect("valid resume pattern")
});

/// Marks each line that is boilerplate, and returns the blocks found (first line, last line, kind).
pub(crate) fn find_boilerplate(
    lines: &[Line<'_>],
    voices: &[Voice],
) -> (Vec<bool>, Vec<(usize, usize, BoilerplateKind)>) {
    let mut marked = vec![false; lines.len()];
    let mut blocks = Vec::new();
    let mut index = 0;
    while index < lines.len() {
        let text = lines[index].text;
        if voices.get(index) != Some(&Voice::Authority) {
            // The requester may mention press releases; only the authority pastes them in.
            index += 1;
            continue;
        }
        if let Some(name) = section_heading(text) {
            let first = index;
            index += 1;
            while index < lines.len()
                && !RESUMES.is_match(lines[index].text)
                && section_heading(lines[index].text).is_none()
            {
                index += 1;
            }
            marked[first..index].iter_mut().for_each(|mark| *mark = true);
            blocks.push((first, index - 1, BoilerplateKind::Section(name)));
            continue;
        }
        if STATEMENT.is_match(text) {
            let first = index;
            index += 1;
            while index < lines.len() && STATEMENT.is_match(lines[index].text) {
                index += 1;
            }
            marked[first..index].iter_mut().for_each(|mark| *mark = true);
            blocks.push((first, index - 1, BoilerplateKind::Statement));
            continue;
        }
        index += 1;
    }
    (marked, blocks)
}

fn section_heading(text: &str) -> Option<&'static str> {
    SECTION_HEADINGS.iter().find(|(pattern, _)| pattern.is_match(text)).map(|(_, name)| *name)
}
