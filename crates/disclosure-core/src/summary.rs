//! The few facts the library view shows for every letter: reference, title, authority, date.
//!
//! They are read from the parsed letter, so the library and the reader never disagree; this
//! module only chooses a title a person can scan a list by.

use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

use crate::authorities;
use crate::furniture::is_furniture_line;
use crate::parse::{parse, Disclosure};

/// What the library view shows for one letter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// The request reference as printed, e.g. `01.FOI.23.034158` or `1721A/22`.
    pub reference: Option<String>,
    /// A short human title: the page heading, or the first question asked.
    pub title: String,
    /// The public authority that answered, when the letter names it.
    pub authority: Option<String>,
    /// The response date, when the letter prints one.
    pub date: Option<NaiveDate>,
}

const TITLE_MAX_CHARS: usize = 120;

/// Reads the library facts of one letter. Never fails: a missing fact is `None`.
pub fn summarise(text: &str) -> Summary {
    summarise_parsed(text, &parse(text))
}

/// The library facts of a letter already parsed, so importing parses each text once.
pub fn summarise_parsed(text: &str, disclosure: &Disclosure) -> Summary {
    Summary {
        reference: disclosure.reference.as_ref().map(|reference| reference.value.clone()),
        title: choose_title(text, disclosure),
        authority: disclosure.authority.as_ref().map(|authority| authority.value.clone()),
        date: disclosure.response_date.map(|mention| mention.date),
    }
}

/// The letter's topic: the request named in a page's caption ("… the Freedom of Information
/// request 'Daily numbers of applications'"), a subject line ("Re: Freedom of Information Request –
/// Incidents Involving Firearms"), a heading near the top that names a subject, or else the first
/// question. Never a date, a reference, a form heading ("Request", "- Request"), the authority's
/// name or page chrome.
fn choose_title(text: &str, disclosure: &Disclosure) -> String {
    let request_starts = disclosure.questions.first().map_or(text.len(), |question| question.span.start);
    let mut top: Vec<&str> = Vec::new();
    let mut offset = 0;
    for raw in text.split_inclusive('\n') {
        let at = offset;
        offset += raw.len();
        let line = raw.trim();
        if line.chars().any(char::is_alphanumeric) && !is_furniture_line(line) {
            top.push(line);
        }
        if top.len() >= HEADING_LINES || at >= request_starts {
            break;
        }
    }
    // The line the first question is printed on is a question, not a heading.
    let before_request: Vec<&str> = match top.last() {
        Some(_) if offset > request_starts => top[..top.len().saturating_sub(1)].to_vec(),
        _ => top.clone(),
    };
    let captioned = top.iter().find_map(|line| {
        CAPTIONED_REQUEST
            .captures(line)
            .and_then(|found| found.name("topic"))
            .map(|topic| topic.as_str().trim().to_string())
    });
    let addressee: Vec<String> = text
        .lines()
        .take(60)
        .map(str::trim)
        .find(|line| GREETING.is_match(line))
        .map(|greeting| {
            greeting
                .split_whitespace()
                .skip(1)
                .take(3)
                .map(|word| word.trim_matches([',', '.']).to_string())
                .filter(|word| {
                    word.len() > 1
                        && !matches!(word.as_str(), "Sir" | "Madam" | "Mr" | "Mrs" | "Ms" | "Miss" | "Dr" | "or")
                })
                .collect()
        })
        .unwrap_or_default();
    let subject = || {
        top.iter().find_map(|line| {
            SUBJECT_LINE
                .captures(line)
                .and_then(|found| found.name("topic"))
                .and_then(|topic| topic_of_heading(topic.as_str(), disclosure, &[]))
        })
    };
    let heading = || {
        before_request
            .iter()
            .take_while(|line| !GREETING.is_match(line))
            .find_map(|line| topic_of_heading(line, disclosure, &addressee))
    };
    let question = || {
        disclosure.questions.first().map(|question| topic_of_question(&question.text)).filter(|topic| !topic.is_empty())
    };
    let title = captioned
        .or_else(subject)
        .or_else(heading)
        .or_else(question)
        .unwrap_or_else(|| "Untitled document".to_string());
    shorten(&title)
}

/// A list label opening a line: a question or an answer, not a heading.
static LIST_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\d{1,3}\s?[.):]|\(?[a-zA-Z]\)|[qQ]\d|[•*·▪]|[-–]\s)").expect("valid label pattern")
});

/// How many lines of the top of a letter may hold its heading.
const HEADING_LINES: usize = 12;

static CAPTIONED_REQUEST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:information|foi|foia|oia|official information) request\s+['‘“](?P<topic>[^'’”]{4,})['’”]")
        .expect("valid caption pattern")
});
static SUBJECT_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^(?:re|subject)\s*:\s*(?P<topic>.+)$").expect("valid subject pattern"));
static GREETING: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^dear\b").expect("valid greeting"));

/// Words of a form, not of a subject: "Freedom of Information Request", "Response", "Disclosure Log".
static FORM_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:\b(?:freedom of information|foi|foia|eir|environmental information|information|internal review|official information|access to information|request|requests|response|responses|reply|release|disclosure|disclosure log|log|act|search|key|details|decision|reasons?|re|outcome|notice|summary|case|reference|ref|number|no|date|published|received|questions?|answers?|final|and|of|for|under|the|to|a|you|wrote|asked|our|your|page|home|menu|\d+)\b|[-–—:|/&(),.\s])*$")
        .expect("valid form pattern")
});
/// Openings that say what kind of letter it is before saying its topic.
static FORM_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:re:\s*)?(?:details of (?:the|your) request\s*[-–—:]?\s*|(?:freedom of information|foi|eir|environmental information regulations?|internal review)(?:\s+(?:act|request|response|release|reply))*\s*(?:[-–—:]\s*|\s+(?:on|about|regarding|relating to|concerning|for|of)\s+(?:the\s+)?))")
        .expect("valid prefix pattern")
});
/// Lines that are navigation, contact details or a printed date rather than a heading.
static CHROME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:\bskip to\b|\blogo\b|\bdownload\b|\baccessibility\b|^home\b|\bcookies?\b|^coronavirus \(covid-19\)$|^how we are working\b|\bthis website\b|^select\b|^section \d|^s\.?\s?\d{1,2}\(|^(?:please|thank you|we can|we have|i\s)|\b(?:I|we)\b|^[\w ]{2,30}\s:\s|^[\w ]{2,30}:\s*[\d\s]+$|@|\[email|\btel\b|\bfax\b|\broom \d|\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b|\bstreet\b|\bhtml version\b|\bsearch\b|\bteam\b|\bunit\b|\bdepartment\b|\bpage \d|\btextphone\b|\b\d{4,5}\s?\d{3}\s?\d{3,4}\b|\boverview\b|^(?:we said|you asked|you wrote)\b|\b(?:house|road|street|lane|avenue|square|place|way)\s*,?$|^\[|^[•*]\s)")
        .expect("valid chrome pattern")
});
static DATE_LIKE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{1,2},?\s+\d{4}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\s+\d{1,2}\s|^(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{4}$)")
        .expect("valid date pattern")
});
/// A reference in brackets at the end ("Empty Residential Properties (FOI-4789)") or before a
/// dash at the start ("21113 – Firework licencing", "FOI / 3828 / 2018 - Woodland fires").
static BRACKETED_REFERENCE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s*\(\s*[A-Za-z]{0,6}[\s\-/]?\d[\w\s./\-]*\)\s*$").expect("valid pattern"));
static LEADING_REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:[A-Z]{0,6}\s?[-/]?\s?\d[\w.]*(?:\s?[./_\-]\s?\w+)*\s*(?:[-–—|:]|/\s*(?:[A-Z][a-z]+\s+\d{4}\s*/)?)\s*)",
    )
    .expect("valid pattern")
});

/// The subject a heading line names, if it names one.
fn topic_of_heading(line: &str, disclosure: &Disclosure, addressee: &[String]) -> Option<String> {
    let line = line.trim();
    // "Emily Silcock" above "Dear Emily Silcock,": the addressee, not a heading.
    if !addressee.is_empty()
        && line.split_whitespace().count() <= 4
        && line.split_whitespace().any(|word| addressee.iter().any(|name| name == word.trim_matches(',')))
    {
        return None;
    }
    let long_sentence = line.ends_with('.') && line.split_whitespace().count() > 12;
    if line.ends_with(':')
        || long_sentence
        || LIST_LABEL.is_match(line)
        || GREETING.is_match(line)
        || CHROME.is_match(line)
        || DATE_LIKE.is_match(line)
        || is_label_only(line)
    {
        return None;
    }
    let mut topic = BRACKETED_REFERENCE.replace(line, "").to_string();
    if let Some(found) =
        LEADING_REFERENCE.find(&topic).filter(|found| found.as_str().chars().any(|c| c.is_ascii_digit()))
    {
        topic = topic[found.end()..].to_string();
    }
    if let Some(found) = FORM_PREFIX.find(&topic) {
        topic = topic[found.end()..].to_string();
    }
    let topic = topic.trim().trim_matches(['-', '–', '—', ':', '|', ' ']).to_string();
    let n_words = topic.split_whitespace().count();
    let names_authority = is_authority_name(&topic, disclosure);
    let has_words = topic.chars().filter(|c| c.is_alphabetic()).count() >= 6;
    let is_reference = disclosure.reference.as_ref().is_some_and(|reference| topic.contains(&reference.value));
    (has_words
        && (2..=18).contains(&n_words)
        && !FORM_WORDS.is_match(&topic)
        && !names_authority
        && !is_reference
        && !names_only_the_request(&topic))
    .then(|| capitalised(&topic))
}

/// "Essex County Fire & Rescue Service", "Staffordshire Fire & Rescue Service - Preventing,
/// Protecting, Responding": the authority's name, perhaps with its motto.
fn is_authority_name(line: &str, disclosure: &Disclosure) -> bool {
    let normalised = authorities::normalise(line);
    let own = disclosure
        .authority
        .as_ref()
        .is_some_and(|authority| normalised.starts_with(&authorities::normalise(&authority.value)));
    let catalogued = authorities::mentions(line).first().is_some_and(|mention| mention.start == 0);
    own || catalogued
}

/// Opening words of a question that say it is a request rather than what it is about.
static REQUEST_PREAMBLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:under the freedom of information act(?: 2000)?,?\s*)?(?:i am writing to (?:you\s+)?(?:to\s+)?request|i would like to (?:request|know|ask for|receive)|i request|please (?:could you |can you )?(?:kindly )?(?:provide|tell me|send me|supply|disclose)(?: me)?(?: with)?|(?:could|can|would) you (?:please )?(?:provide|tell me|send me|supply|disclose)(?: me)?(?: with)?)\s*(?:(?:information|details|data) (?:on|about|regarding|relating to)\s+)?(?:the following(?: information)?\s*[:,\-]?\s*)?")
        .expect("valid preamble pattern")
});

/// The first question as a title: its first sentence, request preamble removed.
fn topic_of_question(question: &str) -> String {
    let text = question.trim();
    let text = FORM_PREFIX.find(text).map_or(text, |found| &text[found.end()..]);
    let stripped = REQUEST_PREAMBLE
        .find(text)
        .map_or(text, |found| &text[found.end()..])
        .trim()
        .trim_start_matches([',', ':', ';', ' ']);
    let topic = if stripped.split_whitespace().count() >= 3 { stripped } else { text };
    let first_sentence = topic.find(['?', '.']).filter(|end| *end > 20).map_or(topic, |end| &topic[..=end]);
    capitalised(first_sentence.trim_end_matches('.'))
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Lines like "FOI release" or "Request" say nothing about the letter's subject.
fn is_label_only(line: &str) -> bool {
    matches!(
        line.to_ascii_lowercase().trim_end_matches(':'),
        "foi release" | "request" | "response" | "freedom of information" | "skip to main content"
    )
}

/// "Freedom of information request reference no: 01.FOI.23.034158", "Enquiry Reference: 275 - 24",
/// "Case Number 3443", a greeting: lines with no subject in them.
fn names_only_the_request(line: &str) -> bool {
    let lower = line.to_lowercase();
    let n_words = line.split_whitespace().count();
    let is_reference_label =
        ["reference", "ref:", "ref no", "request number", "request no", "case number", "case no", "record ref"]
            .iter()
            .any(|label| lower.contains(label))
            && n_words <= 8;
    let is_greeting = lower.starts_with("dear ") || lower.starts_with("thank you");
    is_reference_label || is_greeting
}

fn shorten(title: &str) -> String {
    let mut short: String = title.chars().take(TITLE_MAX_CHARS).collect();
    if title.chars().count() > TITLE_MAX_CHARS {
        short = short.trim_end().to_string();
        short.push('…');
    }
    short
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reference_line_is_not_a_title() {
        let letter = "Freedom of information request reference no: 01.FOI.23.034158\n\
                      I note you seek access to the following information:\n\
                      1. How many Family Liaison Officers does the MPS have?\n";
        let summary = summarise(letter);
        assert_eq!(summary.reference.as_deref(), Some("01.FOI.23.034158"));
        assert_eq!(
            summary.title, "How many Family Liaison Officers does the MPS have?",
            "the first question tells a reviewer what the letter is about"
        );
    }

    #[test]
    fn a_page_heading_is_the_title() {
        let summary = summarise("Officer Misconduct (1721A/22)\nRequest\n1, How many officers?\n");
        assert_eq!(
            summary.title, "Officer Misconduct",
            "the heading names the topic; its reference is shown beside it"
        );
    }
}
