//! The letterhead facts: the request reference as printed and the authority that answered.
//!
//! References come labelled ("reference no:", "Request Number:", "Enquiry Reference:"), in
//! brackets after a page title ("Officer Misconduct (1721A/22)"), or bare in a known shape.
//! Authorities are named in the text ("… Police", "… Constabulary", "… Council") or implied
//! by a publisher's reference shape.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

use super::lines::Line;
use super::model::{Located, Span};
use super::voice::Voice;

/// A reference value: groups of letters and digits joined by ".", "/", "_" or "-", spaces
/// allowed around the joiners ("FOI - 2022 - 01519").
const VALUE: &str = r"(?P<value>[A-Z0-9]{1,12}(?:\s?[./_\-]\s?[A-Z0-9]{1,12}){1,5}|[A-Z]{0,5}\d{4,10})";

static LABELLED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b(?:reference|ref|request number|request no|case number|enquiry number)\b(?:\s*(?:no|number)\b)?\.?\s*[:\-–]?\s*\[?(?-i){VALUE}"
    ))
    .expect("valid reference pattern")
});
static TITLE_BRACKET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:\(\s*(?P<a>\d[0-9A-Z]*[/_]\d{2,4})\s*\)|\s[-–]\s(?P<b>\d{1,5}[A-Z]?/\d{2,4}))\s*$").expect("valid reference pattern")
});
static BARE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?P<value>\d{2}\.FOI\.\d{2}\.\d{5,6}|\d{1,2}/[A-Z]{2,4}/\d{2}/\d{4,6}(?:/[A-Z])?|FOI\s?-?\s?\d{4}\s?[-/]\s?\d{3,6}|\d{2,5}[A-Z]/\d{2})\b")
        .expect("valid reference pattern")
});

/// Finds the reference, preferring a labelled one, then a page-title one, then a bare shape.
pub(crate) fn find_reference(text: &str, lines: &[Line<'_>]) -> Option<Located> {
    let in_line = |line: &Line<'_>, start: usize, end: usize| {
        let span = Span::new(line.span.start + start, line.span.start + end);
        Located { value: tidy(span.text_in(text)), span }
    };
    let labelled = lines.iter().find_map(|line| {
        LABELLED.captures_iter(line.text).find_map(|found| {
            let value = found.name("value")?;
            value.as_str().contains(|c: char| c.is_ascii_digit()).then(|| in_line(line, value.start(), value.end()))
        })
    });
    let titled = || {
        lines.iter().take(8).find_map(|line| {
            let found = TITLE_BRACKET.captures(line.text)?;
            let value = found.name("a").or_else(|| found.name("b"))?;
            Some(in_line(line, value.start(), value.end()))
        })
    };
    let bare = || {
        lines.iter().find_map(|line| {
            let value = BARE.captures(line.text)?.name("value")?;
            Some(in_line(line, value.start(), value.end()))
        })
    };
    labelled.or_else(titled).or_else(bare)
}

/// Removes the spaces some pages print around separators: "275 - 24" gives "275-24".
fn tidy(raw: &str) -> String {
    raw.split_whitespace().collect::<String>().trim_end_matches(['.', '-', '/', '_']).to_string()
}

/// Names of public bodies: a run of capitalised words ending in a body noun.
static BODY_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?P<name>(?:House of (?:Commons|Lords))|Police Service of (?:Northern Ireland|Scotland)|(?:[A-Z][a-z]+(?:[- ](?:and|of|upon|on)?\s?[A-Z][a-z]+){0,3}) (?:Police(?: Service)?|Constabulary|Borough Council|City Council|County Council|District Council|Council|Fire and Rescue Service|NHS (?:Foundation )?Trust|Health Board|University|Combined Authority))\b",
    )
    .expect("valid authority pattern")
});

/// Abbreviations letters use for themselves.
const ABBREVIATIONS: &[(&str, &str)] = &[
    ("PSNI", "Police Service of Northern Ireland"),
    ("MPS", "Metropolitan Police Service"),
    ("CoLP", "City of London Police"),
    ("WMP", "West Midlands Police"),
];

/// National bodies letters mention without being their author.
const NOT_AUTHORS: &[&str] = &["College of Policing", "Chiefs Council", "Office for Police Conduct", "Commissioner"];

/// Words that name a part of an organisation rather than the organisation.
const UNIT_WORDS: &[&str] = &["Department", "Unit", "Team", "Office", "Division", "Directorate", "Branch", "Command", "Section"];

/// Words that open a phrase about police in general rather than a named body.
const GENERIC_FIRST_WORDS: &[&str] = &[
    "The", "A", "All", "Any", "Each", "Every", "Your", "Our", "Other", "Local", "National", "British", "These",
    "Those", "Some", "Which", "Serving", "Former", "Met", "Special", "Dear", "In", "For", "By", "From", "Whether", "If",
];

/// Reference shapes that only one publisher uses, for pages that never name their authority.
static PUBLISHER_REFERENCE: LazyLock<Vec<(Regex, &'static str)>> = LazyLock::new(|| {
    [(r"^\d{2}\.FOI\.\d{2}\.\d{5,6}$", "Metropolitan Police Service"), (r"^\d{1,5}A/\d{2}$", "West Midlands Police")]
        .into_iter()
        .map(|(pattern, name)| (Regex::new(pattern).expect("valid publisher pattern"), name))
        .collect()
});

/// Finds the answering authority: the body most named in the authority's own lines, then in
/// any line, then the publisher implied by the reference shape.
pub(crate) fn find_authority(lines: &[Line<'_>], voices: &[Voice], reference: Option<&Located>) -> Option<Located> {
    let by_reference = || {
        let reference = reference?;
        PUBLISHER_REFERENCE
            .iter()
            .find(|(pattern, _)| pattern.is_match(&reference.value))
            .map(|(_, name)| Located { value: name.to_string(), span: reference.span })
    };
    for authority_only in [true, false] {
        if !authority_only {
            if let Some(found) = by_reference() {
                return Some(found);
            }
        }
        let mut counts: HashMap<String, (usize, Span)> = HashMap::new();
        for (index, line) in lines.iter().enumerate() {
            if authority_only && voices.get(index) != Some(&Voice::Authority) {
                continue;
            }
            for found in BODY_NAME.find_iter(line.text) {
                // "Professional Standards Department of Northumbria Police" names a part of a body.
                let name = match found.as_str().split_once(" of ") {
                    Some((unit, body)) if UNIT_WORDS.iter().any(|word| unit.ends_with(word)) => body.to_string(),
                    _ => found.as_str().to_string(),
                };
                let first_word = name.split_whitespace().next().unwrap_or("");
                if NOT_AUTHORS.iter().any(|body| name.contains(body)) || GENERIC_FIRST_WORDS.contains(&first_word) {
                    continue;
                }
                let span = Span::new(line.span.start + found.start(), line.span.start + found.end());
                counts.entry(name).or_insert((0, span)).0 += 1;
            }
            for (abbreviation, name) in ABBREVIATIONS {
                if let Some(at) = find_word(line.text, abbreviation) {
                    let span = Span::new(line.span.start + at, line.span.start + at + abbreviation.len());
                    counts.entry(name.to_string()).or_insert((0, span)).0 += 1;
                }
            }
        }
        // "Metropolitan Police" and "Metropolitan Police Service" are one body.
        let short_forms: Vec<String> = counts.keys().filter(|name| counts.contains_key(&format!("{name} Service"))).cloned().collect();
        for short in short_forms {
            if let Some((count, _)) = counts.remove(&short) {
                if let Some(long) = counts.get_mut(&format!("{short} Service")) {
                    long.0 += count;
                }
            }
        }
        let best = counts.into_iter().max_by(|a, b| a.1 .0.cmp(&b.1 .0).then(b.1 .1.start.cmp(&a.1 .1.start)));
        if let Some((name, (_, span))) = best {
            return Some(Located { value: name, span });
        }
    }
    None
}

/// Finds `word` as a whole word.
fn find_word(text: &str, word: &str) -> Option<usize> {
    text.match_indices(word).map(|(at, _)| at).find(|at| {
        let before = text[..*at].chars().last();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}
