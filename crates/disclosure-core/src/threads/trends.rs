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
    /// The stretches of its text read by OCR, where digits and signs may be misread.
    pub ocr_spans: &'a [Span],
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
    /// True when the number lies in text read by OCR: a reader should check it against the scan.
    pub read_by_ocr: bool,
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
                read_by_ocr: source.ocr_spans.iter().any(|read| read.contains(figure.span)),
            };
            match series.iter_mut().find(|(existing, _)| *existing == key) {
                Some((_, found)) => found.points.push(point),
                None => {
                    series.push((key, Series { label: figure.label.clone(), unit: figure.unit, points: vec![point] }))
                }
            }
        }
    }
    series.into_iter().map(|(_, series)| series).collect()
}

/// The period a question names: one year or financial year, or the first and last of several.
pub fn period_named(question: &str) -> Option<String> {
    let mut years: Vec<&str> = Vec::new();
    for word in question.split(|c: char| !(c.is_ascii_digit() || c == '/')) {
        let is_year =
            |part: &str| part.len() == 4 && part.starts_with(['1', '2']) && part.chars().all(|c| c.is_ascii_digit());
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

impl Series {
    /// True when the values cover periods of different lengths ("2022" beside "2018–2022"),
    /// which a reader must see before comparing them.
    pub fn periods_differ_in_length(&self) -> bool {
        let spans: Vec<usize> =
            self.points.iter().filter_map(|point| point.period.as_deref()).map(period_length).collect();
        spans.windows(2).any(|pair| pair[0] != pair[1])
    }
}

/// How many years a period names: 1 for "2022" or "2019/20", the years from first to last for a range.
fn period_length(period: &str) -> usize {
    match period.split_once('–') {
        Some((first, last)) => {
            let year = |text: &str| text.get(..4).and_then(|year| year.parse::<i64>().ok());
            match (year(first), year(last)) {
                (Some(first), Some(last)) => (last - first).unsigned_abs() as usize + 1,
                _ => 1,
            }
        }
        None => 1,
    }
}

/// The passage a figure is printed in: the line of the letter that holds `span`, trimmed.
pub fn passage_of(text: &str, span: Span) -> &str {
    let start = text.get(..span.start).map_or(0, |before| before.rfind('\n').map_or(0, |newline| newline + 1));
    let end = text
        .get(span.end..)
        .map_or(text.len(), |after| after.find('\n').map_or(text.len(), |newline| span.end + newline));
    text.get(start..end).unwrap_or("").trim()
}

/// The columns of a thread's series as CSV.
pub const SERIES_COLUMNS: [&str; 8] =
    ["Figure", "Unit", "Value", "Period", "Response date", "Document reference", "Document id", "Passage"];

/// What a series CSV needs to know about a letter beyond the points themselves.
#[derive(Debug, Clone, Copy)]
pub struct PointSource<'a> {
    /// The letter's printed reference.
    pub reference: Option<&'a str>,
    /// The letter's text, for the passage each value is printed in.
    pub text: &'a str,
}

/// A thread's series as CSV, one row per value (UTF-8 with a byte order mark, RFC 4180 quoting,
/// cells a spreadsheet would run as formulas neutralised), with the same rules as the exemption
/// schedule. `source_of` gives each letter's reference and text by document id.
pub fn series_csv<'a>(series: &[Series], source_of: impl Fn(i64) -> Option<PointSource<'a>>) -> String {
    let mut rows: Vec<Vec<String>> = vec![SERIES_COLUMNS.iter().map(|column| column.to_string()).collect()];
    for line in series {
        for point in &line.points {
            let source = source_of(point.document_id);
            rows.push(vec![
                line.label.clone(),
                line.unit.as_str().to_string(),
                // Plain digits, so a spreadsheet reads the value as a number.
                format!("{}", point.value),
                point.period.clone().unwrap_or_default(),
                point.date.map(|date| date.format("%Y-%m-%d").to_string()).unwrap_or_default(),
                source.and_then(|source| source.reference).unwrap_or_default().to_string(),
                point.document_id.to_string(),
                source.map(|source| passage_of(source.text, point.span).to_string()).unwrap_or_default(),
            ]);
        }
    }
    crate::csv::document(&rows)
}
