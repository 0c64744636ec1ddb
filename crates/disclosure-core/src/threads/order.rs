//! The order of a thread's letters: the response date when the letter prints one, else the year
//! its reference encodes (`01.FOI.22.023320` → 2022, `FOI2024/00291` → 2024), then the
//! reference's own order. Kept apart from the reader so that a better date source can replace
//! the fallback without touching threading.

use std::cmp::Ordering;

use chrono::{Datelike, NaiveDate};

/// The year a request reference encodes: a four-digit year (1990–2099) when it has one, else
/// its last two-digit group (`1721A/22`, `01/FIN/25/003695/U`); `None` when it has neither.
pub fn reference_year(reference: &str) -> Option<i32> {
    let groups: Vec<&str> = reference.split(|c: char| !c.is_ascii_digit()).filter(|group| !group.is_empty()).collect();
    let full = groups
        .iter()
        .filter(|group| group.len() == 4)
        .filter_map(|group| group.parse::<i32>().ok())
        .find(|year| (1990..=2099).contains(year));
    if full.is_some() {
        return full;
    }
    let short = groups.iter().rev().find(|group| group.len() == 2)?.parse::<i32>().ok()?;
    match short {
        0..=69 => Some(2000 + short),
        90..=99 => Some(1900 + short),
        _ => None,
    }
}

/// Where a letter goes in a thread; compare two with `Ord`. Dated letters and letters whose
/// reference gives a year are ordered by year; within a year by date (undated after dated), then
/// by reference read naturally (`225A/23` before `1584A/23`); letters with no year at all last.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LetterOrder {
    year: Option<i32>,
    date: Option<NaiveDate>,
    reference: Vec<ReferencePart>,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum ReferencePart {
    Number(u64),
    Text(String),
}

impl LetterOrder {
    /// The place of a letter with this response date and reference.
    pub fn new(date: Option<NaiveDate>, reference: Option<&str>) -> Self {
        let year = date.map(|date| date.year()).or_else(|| reference.and_then(reference_year));
        LetterOrder { year, date, reference: reference.map(natural_parts).unwrap_or_default() }
    }

    /// The place of a letter whose date is stored as `YYYY-MM-DD` (anything else counts as undated).
    pub fn from_iso_date(date: Option<&str>, reference: Option<&str>) -> Self {
        LetterOrder::new(date.and_then(|date| NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()), reference)
    }

    /// The year used for ordering: the response date's, else the reference's.
    pub fn year(&self) -> Option<i32> {
        self.year
    }
}

impl Ord for LetterOrder {
    fn cmp(&self, other: &Self) -> Ordering {
        (self.year.is_none(), self.year, self.date.is_none(), self.date, &self.reference).cmp(&(
            other.year.is_none(),
            other.year,
            other.date.is_none(),
            other.date,
            &other.reference,
        ))
    }
}

impl PartialOrd for LetterOrder {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

fn natural_parts(reference: &str) -> Vec<ReferencePart> {
    let mut parts = Vec::new();
    let mut digits = String::new();
    let mut text = String::new();
    for c in reference.chars() {
        if c.is_ascii_digit() {
            if !text.is_empty() {
                parts.push(ReferencePart::Text(std::mem::take(&mut text)));
            }
            digits.push(c);
        } else {
            if !digits.is_empty() {
                parts.push(ReferencePart::Number(digits.parse().unwrap_or(u64::MAX)));
                digits.clear();
            }
            text.extend(c.to_lowercase());
        }
    }
    if !digits.is_empty() {
        parts.push(ReferencePart::Number(digits.parse().unwrap_or(u64::MAX)));
    }
    if !text.is_empty() {
        parts.push(ReferencePart::Text(text));
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_years() {
        for (reference, year) in [
            ("01.FOI.22.023320", Some(2022)),
            ("FOI2024/00291", Some(2024)),
            ("FOI-2022-01519", Some(2022)),
            ("1721A/22", Some(2022)),
            ("2283_15", Some(2015)),
            ("01/FIN/25/003695/U", Some(2025)),
            ("005/2014", Some(2014)),
            ("FOI/13851", None),
        ] {
            assert_eq!(reference_year(reference), year, "the year {reference} encodes");
        }
    }
}
