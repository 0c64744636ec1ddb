//! Standard text that is not an answer: advice-and-assistance paragraphs, complaint rights,
//! press lines and statements of values that authorities paste into many letters.
//!
//! Two shapes: a heading or an introduction ("DUTY TO ADVISE AND ASSIST", "… included in
//! MPS press lines") that opens a block running to the next question or answer label, and
//! single statement lines ("We treat allegations … very seriously") inside an answer.

use std::sync::LazyLock;

use super::pattern::{Pattern, PatternSet};

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
const SECTION_HEADINGS: [(&str, &str); 6] = [
    (r"(?i)^duty to (?:provide )?advi[cs]e and assist(?:ance)?\b", "advice and assistance (section 16)"),
    (r"(?i)^advice and assistance\s*:?$", "advice and assistance (section 16)"),
    (r"(?i)^maintaining public trust\b", "statement on public trust"),
    (
        r"(?i)^(?:complaint rights|your right to complain|right (?:of|to) (?:appeal|review)|internal review|are you unhappy with|if you are (?:dissatisfied|unhappy) with)",
        "complaint rights",
    ),
    (r"(?i)^(?:copyright|re-?use of (?:public sector )?information|other information)\s*:?$", "standard notices"),
    (r"(?i)\bpress (?:lines|statement|release)s?\b", "press lines"),
];

/// The headings as one set, so a line is searched once for all of them.
static SECTION_HEADING_SET: LazyLock<PatternSet> = LazyLock::new(|| {
    PatternSet::new(SECTION_HEADINGS.iter().map(|(pattern, _)| *pattern)).expect("valid boilerplate headings")
});

/// Vocabulary of value statements: public confidence, standards, zero tolerance.
static STATEMENT: LazyLock<PatternSet> = LazyLock::new(|| {
    PatternSet::new([
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
static RESUMES: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"(?i)^(?:q\.?\s?\d|questions?\s+\d|answer\s+\d|request\s+\d|reason for decision|decision\b|section \d+\(?\d*\)?\s*[-–—:]|disclosure\s*$)")
        .expect("valid resume pattern")
});

/// What each line says for boilerplate, whoever speaks it: read once, since the letter is
/// searched for boilerplate in two sets of voices.
pub(crate) struct BoilerplateLines {
    heading: Vec<Option<&'static str>>,
    statement: Vec<bool>,
    resumes: Vec<bool>,
}

impl BoilerplateLines {
    pub(crate) fn read(lines: &[Line<'_>]) -> Self {
        BoilerplateLines {
            heading: lines.iter().map(|line| section_heading(line.text)).collect(),
            statement: lines.iter().map(|line| STATEMENT.is_match(line.text)).collect(),
            resumes: lines.iter().map(|line| RESUMES.is_match(line.text)).collect(),
        }
    }
}

/// Marks each line that is boilerplate, and returns the blocks found (first line, last line, kind).
pub(crate) fn find_boilerplate(
    lines: &[Line<'_>],
    read: &BoilerplateLines,
    voices: &[Voice],
) -> (Vec<bool>, Vec<(usize, usize, BoilerplateKind)>) {
    let mut marked = vec![false; lines.len()];
    let mut blocks = Vec::new();
    let mut index = 0;
    while index < lines.len() {
        if voices.get(index) != Some(&Voice::Authority) {
            // The requester may mention press releases; only the authority pastes them in.
            index += 1;
            continue;
        }
        if let Some(name) = read.heading[index] {
            let first = index;
            index += 1;
            while index < lines.len() && !read.resumes[index] && read.heading[index].is_none() {
                index += 1;
            }
            marked[first..index].iter_mut().for_each(|mark| *mark = true);
            blocks.push((first, index - 1, BoilerplateKind::Section(name)));
            continue;
        }
        if read.statement[index] {
            let first = index;
            index += 1;
            while index < lines.len() && read.statement[index] {
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
    SECTION_HEADING_SET.first_match(text).map(|first| SECTION_HEADINGS[first].1)
}
