//! Figures: numbers in answers with what they count. "377 Family Liaison Officers" gives 377
//! and "Family Liaison Officers"; "Appeal upheld – 4" gives 4 and "Appeal upheld"; a table row
//! "Suspended | 4" gives 4 and "Suspended".
//!
//! Dates, years, section numbers, ordinals and list labels are not figures.

use std::sync::LazyLock;

use super::pattern::Pattern;

use super::model::{Figure, FigureUnit, Span, Table};
use super::tables::is_numeric_cell;

static NUMBER: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"(£\s?)?\b(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(\s?%|\s?per ?cent\b)?").expect("valid number pattern")
});

/// Days of the week: a number beside one is part of a date, not a figure.
const WEEKDAYS: &[&str] = &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// A word that makes a number beside it part of a date.
fn names_a_day(word: &str) -> bool {
    super::dates::is_month_name(word) || WEEKDAYS.contains(&word)
}

/// Words that end a label read after a number: verbs and linking words.
const LABEL_STOPS: &[&str] = &[
    "have", "has", "had", "are", "were", "is", "was", "who", "which", "that", "in", "from", "to", "for", "at", "on",
    "by", "with", "and", "or", "but", "of", "as", "did", "do", "does", "will", "would", "can", "could", "been", "be",
    "per", "since", "during", "between", "out", "within",
];

/// Words before a number that make it a reference rather than a figure.
const REFERENCE_WORDS: &[&str] = &[
    "section",
    "sections",
    "s",
    "q",
    "question",
    "questions",
    "regulation",
    "paragraph",
    "para",
    "app",
    "page",
    "p",
    "point",
    "points",
    "recommendation",
    "request",
    "appendix",
    "table",
    "tables",
    "schedule",
    "article",
    "part",
    "reg",
    "chapter",
    "version",
    "no",
    "number",
    "ref",
    "reference",
];

/// Reads the figures of one stretch of answer text starting at byte `base` of the letter.
pub(crate) fn figures_in_text(text: &str, base: usize) -> Vec<Figure> {
    let mut figures = Vec::new();
    for found in NUMBER.captures_iter(text) {
        let Some(whole) = found.get(0) else { continue };
        let Some(digits) = found.get(2) else { continue };
        let before = &text[..whole.start()];
        let after = &text[whole.end()..];
        let is_money = found.get(1).is_some();
        let is_percent = found.get(4).is_some();
        if !is_money && !is_percent && !is_standalone_figure(digits.as_str(), before, after) {
            continue;
        }
        let mut raw = digits.as_str().replace(',', "");
        if let Some(fraction) = found.get(3) {
            raw.push_str(fraction.as_str());
        }
        let Ok(value) = raw.parse::<f64>() else { continue };
        let unit = if is_money {
            FigureUnit::Pounds
        } else if is_percent {
            FigureUnit::Percent
        } else {
            FigureUnit::Count
        };
        let label = label_after(after).or_else(|| label_before(before)).unwrap_or_default();
        if label.ends_with(" and") || label.ends_with(" or") || label.ends_with(" to") {
            continue; // "in tables 1 and 2": the second number of a list of references.
        }
        figures.push(Figure { value, unit, label, span: Span::new(base + whole.start(), base + whole.end()) });
    }
    figures
}

/// Rejects years, dates, ordinals, decimals of references ("8.26.3") and cross-references.
fn is_standalone_figure(digits: &str, before: &str, after: &str) -> bool {
    let glued_before = before.ends_with(|c: char| c.is_alphanumeric() || ".-/()_".contains(c));
    let glued_after = after.starts_with(|c: char| c.is_alphabetic() || "/.(-_".contains(c))
        && !after.starts_with(". ")
        && !(after.starts_with('.') && after.len() == 1);
    if glued_before || glued_after {
        return false;
    }
    let plain = digits.replace(',', "");
    if plain.len() == 4 && !digits.contains(',') && (plain.starts_with("19") || plain.starts_with("20")) {
        return false;
    }
    let previous_word =
        before.split_whitespace().last().unwrap_or("").trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    let next_word =
        after.split_whitespace().next().unwrap_or("").trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    if REFERENCE_WORDS.contains(&previous_word.as_str()) || names_a_day(&next_word) || names_a_day(&previous_word) {
        return false;
    }
    !matches!(next_word.as_str(), "of" if names_a_day(after.split_whitespace().nth(1).unwrap_or("").to_lowercase().trim_matches(|c: char| !c.is_alphanumeric())))
}

/// "377 Family Liaison Officers (FLOs)": the capitalised run, or up to four lower-case words.
fn label_after(after: &str) -> Option<String> {
    let mut words = Vec::new();
    let trimmed = after.trim_start();
    if after.len() == trimmed.len() && !after.is_empty() {
        return None;
    }
    let capitalised = trimmed.starts_with(char::is_uppercase);
    for word in trimmed.split_whitespace() {
        let clean = word.trim_end_matches([',', '.', ';', ':', ')']);
        let ends_clause = clean.len() != word.len();
        if clean.is_empty() || clean.starts_with(['(', '£']) || clean.starts_with(|c: char| c.is_ascii_digit()) {
            break;
        }
        let lower = clean.to_lowercase();
        let case_changes = capitalised != clean.starts_with(char::is_uppercase);
        if LABEL_STOPS.contains(&lower.as_str()) || case_changes {
            break;
        }
        if !capitalised && !words.is_empty() && lower.ends_with("ed") {
            break;
        }
        words.push(clean);
        if ends_clause || words.len() >= if capitalised { 6 } else { 4 } {
            break;
        }
    }
    (!words.is_empty()).then(|| words.join(" "))
}

/// "Appeal upheld (successful) – 4": the words of the clause before the number.
fn label_before(before: &str) -> Option<String> {
    let clause_start = before.rfind(['.', ',', ';', ':', '\n', '|']).map_or(0, |at| at + 1);
    let clause = before[clause_start..].trim().trim_end_matches(['-', '–', '—', ':', '=']).trim();
    let words: Vec<&str> = clause.split_whitespace().collect();
    if words.is_empty() || words.len() > 8 {
        return None;
    }
    Some(words.join(" "))
}

/// Figures of a table: each numeric cell labelled by its row's first cell and its column header.
pub(crate) fn figures_in_table(table: &Table) -> Vec<Figure> {
    let mut figures = Vec::new();
    let header = table.header.as_deref().unwrap_or(&[]);
    for row in &table.rows {
        let row_label = row.first().filter(|cell| !is_numeric_cell(&cell.text)).map(|cell| cell.text.as_str());
        for (column, cell) in row.iter().enumerate() {
            if !is_numeric_cell(&cell.text) {
                continue;
            }
            let column_label = header.get(column).map(|cell| cell.text.as_str()).filter(|text| !text.is_empty());
            let label = match (row_label, column_label) {
                (Some(row), Some(column)) => format!("{row} / {column}"),
                (Some(row), None) => row.to_string(),
                (None, Some(column)) => column.to_string(),
                (None, None) => table.caption.as_ref().map(|cell| cell.text.clone()).unwrap_or_default(),
            };
            let cleaned = cell.text.trim_start_matches('£').trim_end_matches('%').replace(',', "");
            let Ok(value) = cleaned.trim().parse::<f64>() else { continue };
            let unit = if cell.text.starts_with('£') {
                FigureUnit::Pounds
            } else if cell.text.ends_with('%') {
                FigureUnit::Percent
            } else {
                FigureUnit::Count
            };
            figures.push(Figure { value, unit, label, span: cell.span });
        }
    }
    figures
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Vec<(f64, String)> {
        figures_in_text(text, 0).into_iter().map(|figure| (figure.value, figure.label)).collect()
    }

    #[test]
    fn counts_money_and_labels() {
        assert_eq!(
            read(
                "There were, as of the 16th of November 2023, 377 Family Liaison Officers (FLOs) deployed in the MPS."
            ),
            vec![(377.0, "Family Liaison Officers".to_string())]
        );
        assert_eq!(read("The total was £412,000."), vec![(412000.0, "The total was".to_string())]);
        assert_eq!(read("65 appeals received."), vec![(65.0, "appeals".to_string())]);
        assert_eq!(
            read("Appeal upheld (successful) – 4, Appeal Dismissed"),
            vec![(4.0, "Appeal upheld (successful)".to_string())]
        );
        assert!(read("As per APP - 8.26.3 the interview in 2019").is_empty(), "references and years are not figures");
    }
}
