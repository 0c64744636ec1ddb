//! Dates: when the response was written or published, and the dates figures are stated at
//! ("as of the 16th of November 2023", "retrieved on 01/06/2023", "correct as at 31st March 2021").
//!
//! When the letter prints no response date, an e-mail's `Date:` header or the year its
//! reference encodes stands in, and the result says which.
//!
//! Numeric dates are read day first, as UK letters write them. Dates in the request itself
//! ("between 2018 and 2022") are periods asked about, not data dates, so only the authority's
//! lines give data dates.

use std::sync::LazyLock;

use super::pattern::Pattern;
use chrono::NaiveDate;

use super::lines::Line;
use super::model::{DateMention, DateSource, Located, Span};
use super::voice::Voice;

const DATE: &str = r"(?:(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<month>january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?,?\s+(?P<year>(?:19|20)\d{2})|(?P<month2>january|february|march|april|may|june|july|august|september|october|november|december)\s+(?P<day2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year2>(?:19|20)\d{2})|(?P<nday>\d{1,2})/(?P<nmonth>\d{1,2})/(?P<nyear>(?:19|20)\d{2}))";

static RESPONSE_DATE: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(&format!(r"(?i)^(?:{RESPONSE_LABEL}\s*:?\s*)?(?:{WEEKDAY},?\s+)?{DATE}\s*(?:\||$)"))
        .expect("valid date pattern")
});

/// Labels of the date a reply was sent: "Date of response:", "Responded", "Date Completed :".
const RESPONSE_LABEL: &str = r"(?:date(?: of)? (?:response|responded|reply|published|issued|sent|completed)|response (?:date|sent)|date (?:responded|completed|sent)|responded(?: on)?|replied|date|published|version date|dated)";
const WEEKDAY: &str = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?";

/// A response label alone on its line, the date on the next ("Response date" / "4 February 2026").
static RESPONSE_LABEL_ALONE: LazyLock<Pattern> =
    LazyLock::new(|| Pattern::new(&format!(r"(?i)^{RESPONSE_LABEL}\s*:?$")).expect("valid label pattern"));

/// An e-mail's `Date:` header as the ingest writes it: "Date: Tue, 1 Jul 2003 10:52:37 +0200".
static EMAIL_DATE: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(&format!(r"(?i)^date:\s*(?:{WEEKDAY},?\s+)?{DATE}(?:\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?(?:\s*[+-]\d{{4}}|\s*[A-Z]{{2,4}})?\s*$")).expect("valid header pattern")
});
static EMAIL_HEADER: LazyLock<Pattern> =
    LazyLock::new(|| Pattern::new(r"(?i)^(?:from|to|subject|cc|sent):").expect("valid header pattern"));

/// References whose shape says the year: "FOI2024/00291", "FOI-2022-01519", "01.FOI.22.026803",
/// "R-01265-21", "005/2014".
static REFERENCE_YEAR: LazyLock<Vec<Pattern>> = LazyLock::new(|| {
    [
        r"^[A-Z]{2,5}\s?[-/]?\s?((?:19|20)\d{2})\s?[-/]\s?\d{2,}",
        r"^\d{2}\.[A-Z]{2,4}\.(\d{2})\.\d{4,}$",
        r"^[A-Z]{1,4}-\d{3,}-(\d{2})$",
        r"^\d{1,6}\s?/\s?((?:19|20)\d{2})$",
    ]
    .iter()
    .map(|pattern| Pattern::new(pattern).expect("valid reference-year pattern"))
    .collect()
});

static DATA_DATE: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(&format!(
        r"(?i)\b(?:as (?:of|at)|retrieved (?:on|from [^.]{{0,40}} on)|extracted (?:on|as at)|(?:correct|accurate) as (?:of|at)|data (?:is |was )?(?:correct |accurate )?(?:as (?:of|at)|on))\s+(?:the\s+)?{DATE}"
    ))
    .expect("valid date pattern")
});

const MONTHS: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_NAMES: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// A month as letters write it, in lower case: "march", "mar" or "sept".
pub(crate) fn is_month_name(word: &str) -> bool {
    MONTH_NAMES.contains(&word) || MONTHS.contains(&word) || word == "sept"
}

fn date_from(found: &regex::Captures<'_>) -> Option<NaiveDate> {
    let month_number = |name: &str| {
        let prefix: String = name.to_ascii_lowercase().chars().take(3).collect();
        MONTHS.iter().position(|month| *month == prefix).map(|index| index as u32 + 1)
    };
    if let (Some(day), Some(month), Some(year)) = (found.name("day"), found.name("month"), found.name("year")) {
        return NaiveDate::from_ymd_opt(
            year.as_str().parse().ok()?,
            month_number(month.as_str())?,
            day.as_str().parse().ok()?,
        );
    }
    if let (Some(day), Some(month), Some(year)) = (found.name("day2"), found.name("month2"), found.name("year2")) {
        return NaiveDate::from_ymd_opt(
            year.as_str().parse().ok()?,
            month_number(month.as_str())?,
            day.as_str().parse().ok()?,
        );
    }
    let (day, month, year) = (found.name("nday")?, found.name("nmonth")?, found.name("nyear")?);
    NaiveDate::from_ymd_opt(year.as_str().parse().ok()?, month.as_str().parse().ok()?, day.as_str().parse().ok()?)
}

/// The response date and where it came from: the `Date:` header of an e-mail, else a labelled
/// or stand-alone date line near the top of the letter, else the year the reference encodes.
pub(crate) fn find_response_date(
    lines: &[Line<'_>],
    reference: Option<&Located>,
) -> (Option<DateMention>, Option<DateSource>) {
    if let Some(found) = email_date(lines) {
        return (Some(found), Some(DateSource::Email));
    }
    if let Some(found) = printed_response_date(lines) {
        return (Some(found), Some(DateSource::Letter));
    }
    match reference.and_then(year_of_reference) {
        Some(found) => (Some(found), Some(DateSource::Reference)),
        None => (None, None),
    }
}

fn printed_response_date(lines: &[Line<'_>]) -> Option<DateMention> {
    lines.iter().enumerate().take(40).find_map(|(index, line)| {
        if let Some(found) = RESPONSE_DATE.captures(line.text) {
            let whole = found.get(0)?;
            let date = date_from(&found)?;
            let printed = whole.as_str().trim_end_matches(['|', ' ']);
            return Some(DateMention {
                date,
                span: Span::new(line.span.start + whole.start(), line.span.start + printed.len()),
            });
        }
        if !RESPONSE_LABEL_ALONE.is_match(line.text) {
            return None;
        }
        let next = lines.get(index + 1)?;
        let found = RESPONSE_DATE.captures(next.text)?;
        let date = date_from(&found)?;
        Some(DateMention { date, span: Span::new(line.span.start, next.span.end) })
    })
}

/// The `Date:` line of an e-mail's header block (at least one other header beside it).
fn email_date(lines: &[Line<'_>]) -> Option<DateMention> {
    let head = &lines[..lines.len().min(6)];
    if !head.iter().any(|line| EMAIL_HEADER.is_match(line.text)) {
        return None;
    }
    head.iter().find_map(|line| {
        let found = EMAIL_DATE.captures(line.text)?;
        Some(DateMention { date: date_from(&found)?, span: line.span })
    })
}

/// The 1st of January of the year a reference's shape encodes.
fn year_of_reference(reference: &Located) -> Option<DateMention> {
    let value = reference.value.as_str();
    let digits = REFERENCE_YEAR
        .iter()
        .find_map(|pattern| pattern.captures(value)?.get(1).map(|year| year.as_str().to_string()))?;
    let year: i32 = match digits.len() {
        2 => 2000 + digits.parse::<i32>().ok()?,
        _ => digits.parse().ok()?,
    };
    Some(DateMention { date: NaiveDate::from_ymd_opt(year, 1, 1)?, span: reference.span })
}

/// Every "as of" date in the authority's lines.
pub(crate) fn find_data_dates(lines: &[Line<'_>], voices: &[Voice]) -> Vec<DateMention> {
    let mut dates = Vec::new();
    for (index, line) in lines.iter().enumerate() {
        if voices.get(index) != Some(&Voice::Authority) {
            continue;
        }
        for found in DATA_DATE.captures_iter(line.text) {
            let (Some(whole), Some(date)) = (found.get(0), date_from(&found)) else { continue };
            dates.push(DateMention {
                date,
                span: Span::new(line.span.start + whole.start(), line.span.start + whole.end()),
            });
        }
    }
    dates
}
