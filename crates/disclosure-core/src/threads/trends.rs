//! Figures as trends: the figures of a thread's answers lined up by label, one series per
//! label, each value with the date of its letter and the period its question names.
//!
//! Periods are shown rather than assumed: a request for 2018–2022 and one for 2020–2024 give
//! values that cover different spans, and the series says so.

use chrono::NaiveDate;

use crate::diff::figure_label_key;
use crate::parse::{Figure, FigureUnit, Span};

/// One member of a thread, as the trend needs it.
#[derive(Debug, Clone, Copy)]
pub struct TrendSource<'a> {
    /// The letter.
    pub document_id: i64,
    /// Its response date.
    pub date: Option<NaiveDate>,
    /// The question's words, read for the period they name.
    pub question: &'a str,
    /// The figures of its answer.
    pub figures: &'a [Figure],
}

/// One value of a series.
#[derive(Debug, Clone, PartialEq)]
pub struct TrendPoint {
    /// The letter it came from.
    pub document_id: i64,
    /// The letter's response date.
    pub date: Option<NaiveDate>,
    /// The value.
    pub value: f64,
    /// The period the question names ("2022", "2018–2022", "2019/20"), when it names one.
    pub period: Option<String>,
    /// Where the number is printed in its letter.
    pub span: Span,
}

/// The values of one label across a thread, oldest letter first.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    /// The label as first printed.
    pub label: String,
    /// What the values measure.
    pub unit: FigureUnit,
    /// The values, by date.
    pub points: Vec<TrendPoint>,
}

/// Lines up the figures of a thread's members by label. Members are taken in the order given
/// (a thread's members are already by date); a label seen in only one member still gives a series.
pub fn trends(sources: &[TrendSource<'_>]) -> Vec<Series> {
    let mut series: Vec<(String, Series)> = Vec::new();
    for source in sources {
        let period = period_named(source.question);
        let mut seen_here: Vec<String> = Vec::new();
        for figure in source.figures {
            let key = format!("{}|{}", figure.unit.as_str(), figure_label_key(&figure.label));
            // The first figure of a label in an answer speaks for it; repeats are usually restatements.
            if seen_here.contains(&key) {
                continue;
            }
            seen_here.push(key.clone());
            let point = TrendPoint {
                document_id: source.document_id,
                date: source.date,
                value: figure.value,
                period: period.clone(),
                span: figure.span,
            };
            match series.iter_mut().find(|(existing, _)| *existing == key) {
                Some((_, found)) => found.points.push(point),
                None => series.push((key, Series { label: figure.label.clone(), unit: figure.unit, points: vec![point] })),
            }
        }
    }
    series.into_iter().map(|(_, series)| series).collect()
}

/// The period a question names: one year or financial year, or the first and last of several.
pub fn period_named(question: &str) -> Option<String> {
    let mut years: Vec<&str> = Vec::new();
    for word in question.split(|c: char| !(c.is_ascii_digit() || c == '/')) {
        let is_year = |part: &str| part.len() == 4 && part.starts_with(['1', '2']) && part.chars().all(|c| c.is_ascii_digit());
        let is_financial = word.len() == 7 && is_year(&word[..4]) && word.as_bytes()[4] == b'/';
        if is_year(word) || is_financial {
            years.push(word);
        }
    }
    match years.as_slice() {
        [] => None,
        [only] => Some((*only).to_string()),
        [first, .., last] if first == last => Some((*first).to_string()),
        [first, .., last] => Some(format!("{first}–{last}")),
    }
}
