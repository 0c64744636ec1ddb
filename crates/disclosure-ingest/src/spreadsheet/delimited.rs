//! CSV files to a grid: decoded as plain text is (byte-order mark, UTF-8, else the likeliest
//! legacy encoding such as Windows-1252), the separator found from the first lines (comma,
//! semicolon as continental spreadsheet programs write, or tab), quoted fields kept whole.

use super::grid::{Grid, GridCell};
use super::render_sheets;
use crate::decode::{binary_signature, decode, looks_binary};
use crate::error::IngestError;

/// The text of a CSV file and the encoding its bytes were in.
pub fn csv_to_text(bytes: &[u8]) -> Result<(String, &'static str), IngestError> {
    if let Some(kind) = binary_signature(bytes) {
        return Err(IngestError::Binary { detail: Some(kind) });
    }
    let decoded = decode(bytes, None);
    if looks_binary(bytes, &decoded) {
        return Err(IngestError::Binary { detail: None });
    }
    let delimiter = likely_delimiter(&decoded.text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(decoded.text.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records() {
        // A malformed record (a stray quote) is one row lost, never the whole file.
        let Ok(record) = record else { continue };
        rows.push(record.iter().map(cell_of).collect());
    }
    let grid = Grid { name: String::new(), rows, merges: Vec::new() };
    Ok((render_sheets(std::slice::from_ref(&grid), false)?, decoded.encoding))
}

/// The separator used most consistently on the first lines, outside quotes; a comma when
/// nothing tells.
fn likely_delimiter(text: &str) -> u8 {
    let lines: Vec<&str> = text.lines().filter(|line| !line.trim().is_empty()).take(20).collect();
    let mut best = (b',', 0usize);
    for candidate in [b',', b';', b'\t'] {
        let counts: Vec<usize> = lines.iter().map(|line| count_outside_quotes(line, candidate)).collect();
        // A separator appears on every line; its least count is how many columns it surely splits.
        let least = counts.iter().copied().min().unwrap_or(0);
        if least > best.1 {
            best = (candidate, least);
        }
    }
    best.0
}

fn count_outside_quotes(line: &str, delimiter: u8) -> usize {
    let mut quoted = false;
    let mut count = 0;
    for byte in line.bytes() {
        if byte == b'"' {
            quoted = !quoted;
        } else if byte == delimiter && !quoted {
            count += 1;
        }
    }
    count
}

/// A field, a number when it reads as one (`1,234` and `£5` as the parser reads them too).
fn cell_of(field: &str) -> GridCell {
    let stripped = field.trim().trim_start_matches('£').trim_end_matches('%').replace(',', "");
    if !stripped.is_empty() && stripped.parse::<f64>().is_ok() {
        GridCell::number(field.trim())
    } else {
        GridCell::words(field.trim())
    }
}
