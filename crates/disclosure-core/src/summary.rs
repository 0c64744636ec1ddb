//! The few facts the library view shows for every letter: reference, title, authority, date.
//!
//! They are read from the parsed letter, so the library and the reader never disagree; this
//! module only chooses a title a person can scan a list by.

use chrono::NaiveDate;

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

/// The first line of the letter when it reads like a heading; otherwise the first question,
/// which says what the letter is about far better than "Freedom of information request …".
fn choose_title(text: &str, disclosure: &Disclosure) -> String {
    let first_line = text
        .lines()
        .map(str::trim)
        .find(|line| line.chars().any(char::is_alphanumeric) && !is_furniture_line(line) && !is_label_only(line));
    let heading = first_line.filter(|line| !names_only_the_request(line, disclosure));
    let question = disclosure.questions.first().map(|question| question.text.trim());
    let title = heading.or(question).or(first_line).unwrap_or("Untitled document");
    shorten(title)
}

/// Lines like "FOI release" or "Request" say nothing about the letter's subject.
fn is_label_only(line: &str) -> bool {
    matches!(
        line.to_ascii_lowercase().trim_end_matches(':'),
        "foi release" | "request" | "response" | "freedom of information" | "skip to main content"
    )
}

/// "Freedom of information request reference no: 01.FOI.23.034158", "Enquiry Reference: 275 - 24",
/// a letterhead naming the authority, a greeting: lines with no subject in them.
fn names_only_the_request(line: &str, disclosure: &Disclosure) -> bool {
    let lower = line.to_lowercase();
    let n_words = line.split_whitespace().count();
    let is_reference_label =
        ["reference", "ref:", "ref no", "request number", "request no"].iter().any(|label| lower.contains(label))
            && n_words <= 8;
    let is_letterhead =
        disclosure.authority.as_ref().is_some_and(|authority| authority.value.eq_ignore_ascii_case(line));
    let is_greeting = lower.starts_with("dear ") || lower.starts_with("thank you");
    is_reference_label || is_letterhead || is_greeting
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
        assert_eq!(summary.title, "Officer Misconduct (1721A/22)");
    }
}
