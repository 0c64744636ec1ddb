//! Tables printed as text: rows of cells separated by pipes ("Suspended | 4 |"), or by runs of
//! spaces or tabs when a page lost its table markup.
//!
//! A table is a run of at least one pipe row, or two aligned rows. A first row with one
//! filled cell is a caption; a first row of words over rows holding numbers is the header.

use super::lines::Line;
use super::model::{Cell, Span, Table};

/// Splits one line into cells when it is a table row.
fn row_cells(line: &Line<'_>) -> Option<Vec<Cell>> {
    if line.text.contains('|') {
        return Some(split_cells(line, |text| text.match_indices('|').map(|(at, _)| (at, 1)).collect()));
    }
    let gaps = wide_gaps(line.text);
    (!gaps.is_empty()).then(|| split_cells(line, |_| gaps.clone()))
}

/// Runs of three or more spaces, or any tab, between words: aligned columns.
fn wide_gaps(text: &str) -> Vec<(usize, usize)> {
    let mut gaps = Vec::new();
    let bytes = text.as_bytes();
    let mut index = 0;
    while index < bytes.len() {
        if bytes[index] == b' ' || bytes[index] == b'\t' {
            let start = index;
            while index < bytes.len() && (bytes[index] == b' ' || bytes[index] == b'\t') {
                index += 1;
            }
            let has_tab = bytes[start..index].contains(&b'\t');
            if index - start >= 3 || has_tab {
                gaps.push((start, index - start));
            }
        } else {
            index += 1;
        }
    }
    gaps
}

fn split_cells(line: &Line<'_>, separators: impl Fn(&str) -> Vec<(usize, usize)>) -> Vec<Cell> {
    let mut cells = Vec::new();
    let mut from = 0;
    let mut boundaries = separators(line.text);
    boundaries.push((line.text.len(), 0));
    for (at, width) in boundaries {
        let piece = &line.text[from..at];
        let trimmed = piece.trim();
        let lead = piece.len() - piece.trim_start().len();
        let start = line.span.start + from + lead;
        cells.push(Cell { text: trimmed.to_string(), span: Span::new(start, start + trimmed.len()) });
        from = at + width;
    }
    // "Suspended | 4 |" ends with a separator: the empty last cell is layout, not data.
    if line.text.trim_end().ends_with('|') && cells.last().is_some_and(|cell| cell.text.is_empty()) {
        cells.pop();
    }
    if line.text.trim_start().starts_with('|') && cells.first().is_some_and(|cell| cell.text.is_empty()) {
        cells.remove(0);
    }
    cells
}

/// True when a cell holds a figure rather than words.
pub(crate) fn is_numeric_cell(text: &str) -> bool {
    let stripped = text.trim().trim_start_matches('£').trim_end_matches('%').replace(',', "");
    !stripped.is_empty() && stripped.parse::<f64>().is_ok()
}

/// True when the first row heads columns of years over rows named in words, as yearly figures
/// are laid out ("Area | 2022 | 2023" over "North | 120 | 131"): its first cell is words or
/// blank, every other cell a year, and every later row opens with words.
fn names_years(rows: &[Vec<Cell>]) -> bool {
    let is_year = |text: &str| {
        let text = text.trim();
        text.len() == 4
            && (text.starts_with("19") || text.starts_with("20"))
            && text.bytes().all(|byte| byte.is_ascii_digit())
    };
    let Some((corner, years)) = rows[0].split_first() else { return false };
    !is_numeric_cell(&corner.text)
        && !years.is_empty()
        && years.iter().all(|cell| is_year(&cell.text))
        && rows[1..]
            .iter()
            .all(|row| row.first().is_some_and(|cell| !cell.text.is_empty() && !is_numeric_cell(&cell.text)))
}

/// Finds the tables among `lines`, returning each with the index range of its lines.
pub(crate) fn find_tables(lines: &[Line<'_>]) -> Vec<(usize, usize, Table)> {
    let mut tables = Vec::new();
    let mut index = 0;
    while index < lines.len() {
        let piped = lines[index].text.contains('|');
        let Some(first_row) = row_cells(&lines[index]).filter(|cells| cells.len() >= 2 || piped) else {
            index += 1;
            continue;
        };
        let first = index;
        let mut rows = vec![first_row];
        index += 1;
        while index < lines.len() && lines[index].text.contains('|') == piped {
            match row_cells(&lines[index]) {
                Some(cells) if piped || cells.len() == rows[0].len() => rows.push(cells),
                _ => break,
            }
            index += 1;
        }
        // One row is a byline or a sentence with a stray pipe, not a table.
        if rows.len() < 2 {
            index = first + 1;
            continue;
        }
        tables.push((
            first,
            index - 1,
            shape_table(rows, Span::new(lines[first].span.start, lines[index - 1].span.end)),
        ));
    }
    tables
}

fn shape_table(mut rows: Vec<Vec<Cell>>, span: Span) -> Table {
    let mut table = Table { span, ..Table::default() };
    let filled = |row: &[Cell]| row.iter().filter(|cell| !cell.text.is_empty()).count();
    if rows.len() > 1 && rows[0].len() > 1 && filled(&rows[0]) == 1 && !is_numeric_cell(&rows[0][0].text) {
        table.caption = rows.first().and_then(|row| row.iter().find(|cell| !cell.text.is_empty()).cloned());
        rows.remove(0);
    }
    let all_words = |row: &[Cell]| row.iter().all(|cell| !is_numeric_cell(&cell.text));
    let later_numbers = rows.iter().skip(1).any(|row| row.iter().any(|cell| is_numeric_cell(&cell.text)));
    if rows.len() > 1 && (all_words(&rows[0]) || names_years(&rows)) && later_numbers {
        table.header = Some(rows.remove(0));
    }
    table.rows = rows;
    table
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines_of(text: &str) -> Vec<Line<'_>> {
        let mut offset = 0;
        text.split('\n')
            .map(|raw| {
                let line =
                    Line { text: raw, span: Span::new(offset, offset + raw.len()), indent: 0, opens_request: false };
                offset += raw.len() + 1;
                line
            })
            .collect()
    }

    #[test]
    fn a_row_of_years_over_named_rows_is_the_header() {
        let text = "| Area | 2022 | 2023 |\n| North | 120 | 131 |\n| South | 98 | 102 |";
        let tables = find_tables(&lines_of(text));
        let header: Vec<&str> = tables[0].2.header.iter().flatten().map(|cell| cell.text.as_str()).collect();
        assert_eq!(header, ["Area", "2022", "2023"], "years over rows named in words head their columns");
        assert_eq!(tables[0].2.rows.len(), 2, "the named rows are the data");
    }

    #[test]
    fn a_row_of_years_over_rows_of_numbers_stays_data() {
        let text = "| 2022 | 2023 |\n| 120 | 131 |";
        let tables = find_tables(&lines_of(text));
        assert!(tables[0].2.header.is_none(), "without row names, a row of years may be data like any other");
    }

    #[test]
    fn caption_header_and_rows() {
        let text = "Number of Officers | |\nPublic Complaints | Conduct Matters |\n4772 | 1956 |";
        let tables = find_tables(&lines_of(text));
        assert_eq!(tables.len(), 1);
        let table = &tables[0].2;
        assert_eq!(table.caption.as_ref().map(|cell| cell.text.as_str()), Some("Number of Officers"));
        assert_eq!(table.header.as_ref().map(Vec::len), Some(2));
        assert_eq!(
            table.rows,
            vec![vec![
                Cell { text: "4772".into(), span: Span::new(61, 65) },
                Cell { text: "1956".into(), span: Span::new(68, 72) },
            ]]
        );
    }
}
