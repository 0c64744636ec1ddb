//! The few facts the library view shows for every letter: reference, title, authority, date.
//!
//! These are quick, first-sight readings of the text, good enough to list and sort a library.
//! The full structure of a letter (questions, answers, decision, exemptions) is the parser's job.

use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

use crate::furniture::is_furniture_line;

/// What the library view shows for one letter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// The request reference as printed, e.g. `01.FOI.23.034158` or `1721A/22`.
    pub reference: Option<String>,
    /// A short human title: the page heading, or the first line of the letter.
    pub title: String,
    /// The public authority that answered, when the text names one we recognise.
    pub authority: Option<String>,
    /// The response date, when the letter prints one near its top.
    pub date: Option<NaiveDate>,
}

/// A reference printed after a label such as "reference no:", "Case reference", "Our ref".
static LABELLED_REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:(?:request\s+)?(?:reference|ref)(?:\s+(?:no|number))?|request\s+(?:no|number))\.?\s*[:\-]?\s*\[?(?P<reference>[A-Z0-9][A-Z0-9./_\-]*(?:\s+[-/]\s+[A-Z0-9][A-Z0-9./_\-]*)*)",
    )
    .expect("valid reference pattern")
});

/// References recognisable on their own, wherever they stand in the text.
static BARE_REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?P<reference>\d{2}\.FOI\.\d{2}\.\d{5,6}|\d{1,2}/[A-Z]{2,4}/\d{2}/\d{4,6}(?:/[A-Z])?|FOI\s?-?\s?\d{4}\s?[-/]\s?\d{3,6}|\d{2,5}[A-Z]/\d{2})\b",
    )
    .expect("valid reference pattern")
});

/// A reference in brackets at the end of a page heading: "Officer Misconduct (1721A/22)".
static HEADING_REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\((?P<reference>[0-9][0-9A-Z]*[/_][0-9]{2,4})\)\s*$").expect("valid reference pattern")
});

/// Authorities named in a letter, with the name the library shows for them.
const AUTHORITIES: &[(&str, &str)] = &[
    ("metropolitan police", "Metropolitan Police Service"),
    ("met.police.uk", "Metropolitan Police Service"),
    ("west midlands police", "West Midlands Police"),
    ("police service of northern ireland", "Police Service of Northern Ireland"),
    ("psni", "Police Service of Northern Ireland"),
    ("cleveland police", "Cleveland Police"),
    ("northumbria police", "Northumbria Police"),
    ("dyfed-powys police", "Dyfed-Powys Police"),
    ("avon and somerset", "Avon and Somerset Police"),
    ("dorset police", "Dorset Police"),
    ("wiltshire police", "Wiltshire Police"),
    ("city of london police", "City of London Police"),
    ("house of commons", "House of Commons"),
];

/// Line prefixes that introduce the authority's own name in a letterhead.
static NAMED_AUTHORITY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?m)^(?:Authority|Public authority|From)\s*:\s*(?P<name>[^\n]{3,80})$").expect("valid authority pattern")
});

static LONG_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month>january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?\s+(?P<year>(?:19|20)\d{2})\b",
    )
    .expect("valid date pattern")
});

static NUMERIC_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>(?:19|20)\d{2})\b").expect("valid date pattern")
});

/// How far into the letter a date counts as the response date; later dates are about the data.
const DATE_WINDOW: usize = 1500;
const TITLE_MAX_CHARS: usize = 120;

/// Reads the library facts of one letter. Never fails: a missing fact is `None`.
pub fn summarise(text: &str) -> Summary {
    let body_lines: Vec<&str> =
        text.lines().map(str::trim).filter(|line| !line.is_empty() && !is_furniture_line(line)).collect();
    let body = body_lines.join("\n");
    Summary {
        reference: find_reference(&body),
        title: find_title(&body_lines),
        authority: find_authority(&body),
        date: find_date(&body),
    }
}

/// Finds the request reference, preferring one introduced by a label.
pub fn find_reference(text: &str) -> Option<String> {
    let labelled = LABELLED_REFERENCE.captures_iter(text).filter_map(|captures| {
        let candidate = tidy_reference(&captures["reference"]);
        // A label followed by words ("reference to your request") is not a reference.
        let digits = candidate.chars().filter(char::is_ascii_digit).count();
        (digits >= 2).then_some(candidate)
    });
    let bare = || BARE_REFERENCE.captures(text).map(|captures| tidy_reference(&captures["reference"]));
    let heading = || {
        text.lines().take(5).find_map(|line| HEADING_REFERENCE.captures(line).map(|c| c["reference"].to_string()))
    };
    labelled.into_iter().next().or_else(heading).or_else(bare)
}

/// Closes up a reference printed with spaced separators ("FOI - 2022 - 01519") and drops
/// trailing punctuation.
fn tidy_reference(raw: &str) -> String {
    let compact: String = raw.split_whitespace().collect();
    compact.trim_end_matches(['.', '-', '/', '_']).to_string()
}

fn find_title(body_lines: &[&str]) -> String {
    let first = body_lines
        .iter()
        .find(|line| line.chars().any(char::is_alphanumeric) && !is_label_only(line))
        .copied()
        .unwrap_or("Untitled document");
    let mut title: String = first.chars().take(TITLE_MAX_CHARS).collect();
    if first.chars().count() > TITLE_MAX_CHARS {
        title.push('…');
    }
    title
}

/// Lines like "FOI release" or "Request" say nothing about the letter's subject.
fn is_label_only(line: &str) -> bool {
    matches!(line.to_ascii_lowercase().as_str(), "foi release" | "request" | "response" | "freedom of information")
}

fn find_authority(body: &str) -> Option<String> {
    if let Some(captures) = NAMED_AUTHORITY.captures(body) {
        return Some(captures["name"].trim().to_string());
    }
    let lower = body.to_lowercase();
    AUTHORITIES
        .iter()
        .filter_map(|(needle, name)| lower.find(needle).map(|position| (position, *name)))
        .min_by_key(|(position, _)| *position)
        .map(|(_, name)| name.to_string())
}

fn find_date(body: &str) -> Option<NaiveDate> {
    let window = &body[..floor_char_boundary(body, DATE_WINDOW)];
    let long = LONG_DATE.captures_iter(window).filter_map(|c| {
        let month = month_number(&c["month"])?;
        let start = c.get(0)?.start();
        NaiveDate::from_ymd_opt(c["year"].parse().ok()?, month, c["day"].parse().ok()?).map(|d| (start, d))
    });
    let numeric = NUMERIC_DATE.captures_iter(window).filter_map(|c| {
        // UK letters write the day first: 03/04/2024 is 3 April.
        let start = c.get(0)?.start();
        NaiveDate::from_ymd_opt(c["year"].parse().ok()?, c["month"].parse().ok()?, c["day"].parse().ok()?)
            .map(|d| (start, d))
    });
    long.chain(numeric).min_by_key(|(position, _)| *position).map(|(_, date)| date)
}

fn month_number(name: &str) -> Option<u32> {
    let prefix: String = name.to_ascii_lowercase().chars().take(3).collect();
    let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    months.iter().position(|m| *m == prefix).map(|index| index as u32 + 1)
}

fn floor_char_boundary(text: &str, index: usize) -> usize {
    if index >= text.len() {
        return text.len();
    }
    (0..=index).rev().find(|i| text.is_char_boundary(*i)).unwrap_or(0)
}
