//! Who is speaking on each line: the requester (the request, quoted back) or the authority (its
//! decision, answers and reasons).
//!
//! Letters alternate between the two under headings and stock phrases ("I note you seek access
//! to the following information", "Response", "I have today decided"). Telling them apart keeps
//! a section quoted by the requester from being read as an exemption the authority applied.

use std::sync::LazyLock;

use regex::{Regex, RegexSet};

use super::lines::Line;

/// The speaker of a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Voice {
    /// The request as the requester wrote it.
    Requester,
    /// The authority's own words.
    Authority,
}

/// Lines that open the request: a heading, or the authority's phrase introducing it.
static REQUEST_OPENING: LazyLock<RegexSet> = LazyLock::new(|| {
    RegexSet::new([
        r"(?i)seek(?:s|ing)? access to the following information",
        r"(?i)^(?:the |your )?(?:request|original request|request details|details of (?:the |your )?request|information requested|you asked|you wrote|you requested|your request was|request for information)\s*[:\-–]?$",
        r"(?i)^request\s+\d+\s*(?:[-–]\s*\d+)?\s*[:.]?$",
        r"(?i)^(?:you|the applicant) (?:asked|wrote|requested)(?: for| the following)?\s*:",
        r"(?i)^below is (?:a copy of )?your request",
    ])
    .expect("valid request patterns")
});

/// Lines that hand over to the authority.
static RESPONSE_OPENING: LazyLock<RegexSet> = LazyLock::new(|| {
    RegexSet::new([
        r"(?i)^(?:decision|response|our response|in response|answer|reply|outcome|disclosure|reason for decision|reasons for decision)\s*\d*\s*[:\-–]?$",
        r"(?i)^(?:i|we) have (?:today )?decided\b",
        r"(?i)\bdecided to (?:disclose|withhold|refuse)\b",
        r"(?i)^(?:please find (?:attached|below|enclosed)|please see (?:attached|below|the attached)|please be advised)",
        r"(?i)^(?:i|we) (?:can|cannot|am able to|am unable to|are able to|are unable to) (?:confirm|provide|disclose|answer)",
        r"(?i)^(?:having considered|these searches|following receipt of your request|we have now had the opportunity|thank you for your (?:request|email)|unfortunately)",
        r"(?i)^your request for information (?:below )?has (?:now )?been considered",
        r"(?i)^in relation to (?:your )?request\b",
        r"(?i)^our data (?:are|is) not (?:organised|held|recorded)",
        r"(?i)^under section \d+ of the (?:act|freedom of information act)",
        r"(?i)neither confirms? nor den(?:y|ies)",
        r"(?i)^(?:the|this) information (?:you (?:have )?requested |requested )?(?:is|was) not held",
        r"(?i)\bare unable to answer your request\b",
    ])
    .expect("valid response patterns")
});

/// A requester signing off: what follows is no longer the request.
static SIGN_OFF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:yours (?:faithfully|sincerely)|kind regards|best regards|many thanks|regards),?$").expect("valid sign-off")
});

static FIRST_GREETING: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^dear\b").expect("valid greeting"));

/// True when a line opens the request.
pub(crate) fn opens_request(text: &str) -> bool {
    REQUEST_OPENING.is_match(text)
}

/// True when a line hands over to the authority.
pub(crate) fn opens_response(text: &str) -> bool {
    RESPONSE_OPENING.is_match(text)
}

/// The speaker of every line. Text before any marker counts as the request, since many pages
/// print the questions straight under their title.
pub(crate) fn assign_voices(lines: &[Line<'_>]) -> Vec<Voice> {
    let mut voices = Vec::with_capacity(lines.len());
    let mut voice = Voice::Requester;
    let mut greeted = false;
    for line in lines {
        let text = line.text;
        if opens_request(text) {
            voices.push(Voice::Requester);
            voice = Voice::Requester;
            continue;
        }
        if !greeted && FIRST_GREETING.is_match(text) {
            // Only the first greeting opens a request; later ones start the authority's reply.
            greeted = true;
            voice = Voice::Requester;
        } else if opens_response(text) {
            voice = Voice::Authority;
        } else if voice == Voice::Requester && SIGN_OFF.is_match(text) {
            voices.push(Voice::Requester);
            voice = Voice::Authority;
            continue;
        }
        voices.push(voice);
    }
    voices
}
