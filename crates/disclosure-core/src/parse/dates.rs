//! Dates: when the response was written or published, and the dates figures are stated at
//! ("as of the 16th of November 2023", "retrieved on 01/06/2023", "correct as at 31st March 2021").
//!
//! Numeric dates are read day first, as UK letters write them. Dates in the request itself
//! ("between 2018 and 2022") are periods asked about, not data dates, so only the authority's
//! lines give data dates.

use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

use super::lines::Line;
use super::model::{DateMention, Span};
use super::voice::Voice;

const DATE: &str = r"(?:(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<month>january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?,?\s+(?P<year>(?:19|20)\d{2})|(?P<month2>january|february|march|april|may|june|july|august|september|october|november|december)\s+(?P<day2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year2>(?:19|20)\d{2})|(?P<nday>\d{1,2})/(?P<nmonth>\d{1,2})/(?P<nyear>(?:19|20)\d{2}))";

static RESPONSE_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^(?:(?:date(?: of)? (?:response|responded|reply|published|issued)|response date|date responded|date|published|version date|dated)\s*:?\s*)?{DATE}\s*(?:\||$)"
    ))
    .expect("valid date pattern")
});

static DATA_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b(?:as (?:of|at)|retrieved (?:on|from [^.]{{0,40}} on)|extracted (?:on|as at)|(?:correct|accurate) as (?:of|at)|data (?:is |was )?(?:correct |accurate )?(?:as (?:of|at)|on))\s+(?:the\s+)?{DATE}"
    ))
    .expect("valid date pattern")
});

const MONTHS: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

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

/// The response date: a labelled or stand-alone date line near the top of the letter.
pub(crate) fn find_response_date(lines: &[Line<'_>]) -> Option<DateMention> {
    lines.iter().take(40).find_map(|line| {
        let found = RESPONSE_DATE.captures(line.text)?;
        let whole = found.get(0)?;
        let date = date_from(&found)?;
        let printed = whole.as_str().trim_end_matches(['|', ' ']);
        Some(DateMention { date, span: Span::new(line.span.start + whole.start(), line.span.start + printed.len()) })
    })
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
