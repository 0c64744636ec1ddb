//! The decision: disclosed in full, in part, refused, not held, or neither confirmed nor denied;
//! and the outcome of single questions where a sentence names them ("In respect of Questions
//! One (1) and Two (2) … neither confirms nor denies").
//!
//! Only the authority's lines are read, so a requester writing "if within cost limits" does
//! not make a cost refusal.

use std::sync::LazyLock;

use regex::Regex;

use super::lines::Line;
use super::model::{Decision, Outcome, Span};
use super::voice::Voice;

/// Signals of what happened, each with the first line that showed it.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Signals {
    pub full: Option<Span>,
    pub some: Option<Span>,
    pub any_disclosed: Option<Span>,
    pub withheld: Option<Span>,
    pub cost: Option<Span>,
    pub not_held: Option<Span>,
    pub ncnd: Option<Span>,
}

static FULL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:decided to (?:disclose|release|provide) (?:the |all (?:of )?the )?(?:located |requested )?information(?: to you)? in full|(?:disclosed?|released?|provided?) in full\b|is being provided to you)")
        .expect("valid decision pattern")
});
static SOME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:disclose some of the (?:requested |located )?information|partial(?:ly)? (?:disclos|release|success)\w*|some (?:of the )?(?:information|data|cells|details)[^.]{0,60}\b(?:has|have) been (?:withheld|redacted|removed)|unable to answer your request in full|(?:has|have) been removed in accordance with)")
        .expect("valid decision pattern")
});
static ANY_DISCLOSED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:i (?:am able to|will) (?:disclose|provide)|gesture of goodwill|i have (?:supplied|disclosed|provided)|please find (?:attached|below|enclosed) (?:our|the|an?)\b|the answer to|please see below)")
        .expect("valid decision pattern")
});
static WITHHELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:refusal notice|not obliged to (?:supply|provide)|exempt from disclosure|(?:is|are) exempt\b|has been withheld|have been withheld|is being withheld|are withholding|been exempted|exempted this|cannot be disclosed)")
        .expect("valid decision pattern")
});
static COST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:exceed\w*[^.]{0,40}\b(?:appropriate|cost|costs|fees|time|permitted|hour)\b[^.]{0,30}\b(?:limit|threshold|level|constraints?)|(?:cost|fees) (?:limit|threshold)|appropriate (?:\(cost\) )?limit|within the (?:time ?frame/)?cost threshold|excess cost|18[- ]hour)")
        .expect("valid decision pattern")
});
static NOT_HELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:information (?:is |was )?not held|not held by|(?:does|do) not hold|no (?:relevant |recorded )?information (?:is |was )?held|no information held|(?:is|are) not held|holds no (?:recorded )?information|no (?:records|data) (?:are|were|is|was) (?:held|found|located))")
        .expect("valid decision pattern")
});
static NCND: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:neither confirms? nor den(?:y|ies)|ncnd\b|can neither confirm)").expect("valid decision pattern")
});

/// Collects the decision signals of the authority's lines, leaving out boilerplate.
pub(crate) fn collect_signals(lines: &[Line<'_>], voices: &[Voice], boilerplate: &[bool]) -> Signals {
    let mut signals = Signals::default();
    for (index, line) in lines.iter().enumerate() {
        if voices.get(index) != Some(&Voice::Authority) || boilerplate.get(index) == Some(&true) {
            continue;
        }
        let text = line.text;
        let first = |slot: &mut Option<Span>, pattern: &Regex| {
            if slot.is_none() {
                if let Some(found) = pattern.find(text) {
                    *slot = Some(Span::new(line.span.start + found.start(), line.span.start + found.end()));
                }
            }
        };
        first(&mut signals.full, &FULL);
        first(&mut signals.some, &SOME);
        first(&mut signals.any_disclosed, &ANY_DISCLOSED);
        first(&mut signals.withheld, &WITHHELD);
        first(&mut signals.cost, &COST);
        first(&mut signals.not_held, &NOT_HELD);
        first(&mut signals.ncnd, &NCND);
    }
    signals
}

/// The decision on the whole request, with the span it was read from.
///
/// `answered_any` says whether some question received an answer, which turns a refusal into
/// a partial disclosure.
pub(crate) fn decide(signals: &Signals, answered_any: bool) -> (Decision, Option<Span>) {
    let disclosed = signals.any_disclosed.or(signals.full).is_some() || answered_any;
    let refused_part = signals.withheld.or(signals.cost).or(signals.ncnd);
    if let Some(span) = signals.full {
        if refused_part.is_none() {
            return (Decision::Full, Some(span));
        }
    }
    if let Some(span) = signals.some {
        return (Decision::Partial, Some(span));
    }
    let partial_or = |span: Span, refused: Decision| if disclosed { (Decision::Partial, Some(span)) } else { (refused, Some(span)) };
    if let Some(span) = signals.ncnd {
        return partial_or(span, Decision::Ncnd);
    }
    if let Some(span) = signals.cost {
        return partial_or(span, Decision::Refused);
    }
    if let Some(span) = signals.withheld {
        return partial_or(span, Decision::Refused);
    }
    if let Some(span) = signals.not_held {
        return partial_or(span, Decision::NotHeld);
    }
    if let Some(span) = signals.full {
        return (Decision::Full, Some(span));
    }
    (Decision::Unknown, None)
}

/// True when a stretch of text hands over some information.
pub(crate) fn discloses_something(text: &str) -> bool {
    ANY_DISCLOSED.is_match(text) || FULL.is_match(text)
}

/// The outcome a stretch of the authority's text gives, if it says one.
pub(crate) fn outcome_of(text: &str) -> Option<Outcome> {
    if DISCLOSED_ANSWERS.is_match(text) {
        return Some(Outcome::Answered);
    }
    outcome_of_refusal(text)
}

static DISCLOSED_ANSWERS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:have|has) (?:disclosed|provided|answered) (?:the answers? to|the data for|answers? to)|i will provide the data for").expect("valid pattern")
});

/// The refusal a stretch of text states, if any.
fn outcome_of_refusal(text: &str) -> Option<Outcome> {
    if NCND.is_match(text) {
        Some(Outcome::Ncnd)
    } else if COST.is_match(text) || SECTION_12.is_match(text) {
        Some(Outcome::RefusedCost)
    } else if NOT_HELD.is_match(text) || HELD_ELSEWHERE.is_match(text) {
        Some(Outcome::NotHeld)
    } else if WITHHELD.is_match(text) || EXEMPTED.is_match(text) {
        Some(Outcome::Withheld)
    } else {
        None
    }
}

static SECTION_12: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:section|s\.?)\s?12\b").expect("valid section 12 pattern"));
static HELD_ELSEWHERE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:information is held by (?:the )?(?:office of )?(?:another|a separate|the [a-z ]*commissioner)|direct this (?:part of your )?request to|cannot be answered)").expect("valid pattern")
});
static EXEMPTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:exempted|withheld|redacted|exemption has been applied)\b").expect("valid pattern")
});

/// Question numbers a sentence refers to: "questions 2 and 6", "Q3", "Questions One (1) and
/// Two (2)", "questions 3 to 5", "Questions 5&6", "point 4".
pub(crate) fn questions_mentioned(text: &str) -> Vec<u32> {
    static MENTION: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:questions?|q\.?|points?|requests?)\s*(?P<list>\d{1,3}[a-z]?(?:\s*(?:,|and|&|to|-|–|or)\s*\d{1,3}[a-z]?)*|(?:[a-z]+\s*\(\d{1,3}\)(?:\s*(?:,|and|&)\s*)?)+)")
            .expect("valid mention pattern")
    });
    static NUMBER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\d{1,3}|\bto\b|[-–]").expect("valid number pattern"));
    let mut numbers = Vec::new();
    for found in MENTION.captures_iter(text) {
        let Some(list) = found.name("list") else { continue };
        let mut range_from: Option<u32> = None;
        let mut pending_range = false;
        for token in NUMBER.find_iter(list.as_str()) {
            match token.as_str().parse::<u32>() {
                Ok(number) => {
                    if let (true, Some(from)) = (pending_range, range_from) {
                        // A range is a few questions, not a hundred: "questions 3 to 5".
                        if number > from && number - from <= 50 {
                            numbers.extend(from + 1..number);
                        }
                    }
                    numbers.push(number);
                    range_from = Some(number);
                    pending_range = false;
                }
                Err(_) => pending_range = true,
            }
        }
    }
    numbers.sort_unstable();
    numbers.dedup();
    numbers
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn question_mentions_in_their_shapes() {
        assert_eq!(questions_mentioned("In respect of Questions One (1) and Two (2) the MPS"), vec![1, 2]);
        assert_eq!(questions_mentioned("In regards to questions 3 to 5, the requested"), vec![3, 4, 5]);
        assert_eq!(questions_mentioned("Questions 5&6 – This information is held"), vec![5, 6]);
        assert_eq!(questions_mentioned("with reference to Q.7 Who is"), vec![7]);
    }
}
