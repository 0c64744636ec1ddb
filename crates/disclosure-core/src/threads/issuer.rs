//! Who wrote a letter, when the reader could not name the authority: marks a body leaves on all
//! its letters — the words of its name and letterhead that few other bodies use, the labels its
//! disclosure log prints before dates ("Requested", "Responded"), and the shape of its reference
//! scheme (`FOI2022/90869` → `FOI9/9`). Two letters are taken to come from one body only when
//! they share several marks; a false thread across authorities costs more than a missed one.

use rustc_hash::FxHashSet;

use super::normalise::is_stop_word;
use super::vocabulary::is_common_word;

/// Marks two letters must share to be taken as written by one body when either lacks an authority.
pub const SAME_ISSUER_MARKS: usize = 2;
/// How far into a letter its letterhead is looked for.
const LETTERHEAD_CHARS: usize = 900;

const WEEKDAYS: &[&str] = &[
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// The marks of a letter's writer: `name:` words of the authority and letterhead, `label:` words
/// printed before dates, `ref:` the reference scheme. Words the request itself uses (`asked`) are
/// left out, so that two requests on one subject do not pass for one writer.
pub fn issuer_marks(
    authority: Option<&str>,
    reference: Option<&str>,
    opening: &str,
    asked: &FxHashSet<String>,
) -> Vec<String> {
    let mut marks: Vec<String> = Vec::new();
    let head: String = opening.chars().take(LETTERHEAD_CHARS).collect();
    let words: Vec<&str> =
        head.split(|c: char| !(c.is_alphanumeric() || c == '/')).filter(|word| !word.is_empty()).collect();
    let naming = authority.into_iter().flat_map(|name| name.split(|c: char| !c.is_alphanumeric()));
    for word in naming.chain(words.iter().copied()) {
        let starts_upper = word.chars().next().is_some_and(char::is_uppercase);
        if !starts_upper || word.chars().count() < 3 || !word.chars().all(char::is_alphabetic) {
            continue;
        }
        let lower = word.to_lowercase();
        if is_common_word(&lower)
            || is_stop_word(&lower)
            || crate::parse::is_month_name(&lower)
            || WEEKDAYS.contains(&lower.as_str())
        {
            continue;
        }
        if asked.contains(&lower) {
            continue;
        }
        marks.push(format!("name:{lower}"));
    }
    for pair in words.windows(2) {
        let next = pair[1].to_lowercase();
        let is_date = WEEKDAYS.contains(&next.as_str())
            || (next.contains('/') && next.chars().filter(char::is_ascii_digit).count() >= 6);
        if is_date && pair[0].chars().all(char::is_alphabetic) && pair[0].len() > 2 {
            marks.push(format!("label:{}", pair[0].to_lowercase()));
        }
    }
    if let Some(scheme) = reference.and_then(reference_scheme) {
        marks.push(format!("ref:{scheme}"));
    }
    // A page titled "Misconduct (615/20)" is the publisher's template; with it, even a bare
    // number's grouping (`757A/21`, `2283_15` → `9/9`) is how that publisher numbers, where alone
    // it would say nothing.
    if let Some(reference) = reference.filter(|reference| heading_of(opening, reference).is_some()) {
        marks.push("layout:title (reference)".to_string());
        marks.push(format!("digits:{}", digit_groups(reference)));
    }
    marks.sort_unstable();
    marks.dedup();
    marks
}

/// The title a publisher prints over a request with its reference in brackets ("Misconduct
/// Hearings (2283_15)"), from the letter's first lines: its own name for what was asked, where the
/// library's title may be a sentence of the request.
pub fn heading_of(opening: &str, reference: &str) -> Option<String> {
    let squeezed =
        |text: &str| text.chars().filter(|c| !c.is_whitespace()).flat_map(char::to_lowercase).collect::<String>();
    let wanted = squeezed(reference);
    if wanted.is_empty() {
        return None;
    }
    let head: String = opening.chars().take(LETTERHEAD_CHARS).collect();
    head.lines().find_map(|line| {
        let line = line.trim().strip_suffix(')')?;
        let (title, bracketed) = line.rsplit_once('(')?;
        let title = title.trim();
        (squeezed(bracketed) == wanted && title.chars().any(char::is_alphabetic)).then(|| title.to_string())
    })
}

/// A reference's groups of digits with one separator between them (`757A/21`, `2283_15` → `9/9`).
fn digit_groups(reference: &str) -> String {
    let groups = reference.split(|c: char| !c.is_ascii_digit()).filter(|group| !group.is_empty()).count();
    vec!["9"; groups].join("/")
}

/// The shape of a reference scheme, digits folded (`01.FOI.22.023320` → `9.FOI.9.9`), when the
/// reference has letters in it; a bare `123/21` says nothing about who wrote it.
pub fn reference_scheme(reference: &str) -> Option<String> {
    if !reference.chars().any(char::is_alphabetic) {
        return None;
    }
    let mut shape = String::new();
    for c in reference.trim().chars() {
        if c.is_ascii_digit() {
            if !shape.ends_with('9') {
                shape.push('9');
            }
        } else {
            shape.extend(c.to_uppercase());
        }
    }
    Some(shape)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letterhead_names_and_date_labels_are_marks() {
        let marks = issuer_marks(
            None,
            Some("FOI2022/90869"),
            "DWP Central Freedom of Information Team\nCaxton House\nRequested Thu 05 October",
            &FxHashSet::default(),
        );
        assert!(marks.contains(&"name:dwp".to_string()), "a body's initials identify it: {marks:?}");
        assert!(marks.contains(&"name:caxton".to_string()), "its address too: {marks:?}");
        assert!(marks.contains(&"label:requested".to_string()), "a disclosure log's date label: {marks:?}");
        assert!(marks.contains(&"ref:FOI9/9".to_string()), "the reference scheme: {marks:?}");
        assert!(
            !marks.iter().any(|mark| mark == "name:freedom" || mark == "name:information"),
            "words every body uses are no mark: {marks:?}"
        );
    }
}
