//! One sheet as a grid of cells, whatever file it came from, and how it is written as text:
//! a caption, one header row (merged header cells spread over the columns they cover, stacked
//! header rows joined), then the data rows.

/// One sheet's cells, row by row, with the merged regions of the sheet.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Grid {
    /// The sheet's name as the workbook gives it.
    pub name: String,
    /// The cells, row by row; rows may be of different lengths.
    pub rows: Vec<Vec<GridCell>>,
    /// Merged regions, in the grid's own row and column positions.
    pub merges: Vec<Merge>,
}

/// One cell's shown value.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GridCell {
    /// The value as text: a number in plain digits, a date as `YYYY-MM-DD`.
    pub text: String,
    /// True when the spreadsheet holds a number here (not a number written as text).
    pub is_number: bool,
}

impl GridCell {
    /// A cell of words.
    pub fn words(text: impl Into<String>) -> GridCell {
        GridCell { text: text.into(), is_number: false }
    }

    /// A cell holding a number.
    pub fn number(text: impl Into<String>) -> GridCell {
        GridCell { text: text.into(), is_number: true }
    }

    fn is_empty(&self) -> bool {
        self.text.trim().is_empty()
    }

    /// A number that is a year, as header rows over yearly columns hold.
    fn is_year(&self) -> bool {
        let text = self.text.trim();
        text.len() == 4 && text.starts_with(['1', '2']) && text.bytes().all(|byte| byte.is_ascii_digit())
    }
}

/// A merged region, first and last row and column included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Merge {
    /// The region's first row.
    pub first_row: usize,
    /// The region's first column.
    pub first_column: usize,
    /// The region's last row.
    pub last_row: usize,
    /// The region's last column.
    pub last_column: usize,
}

impl Merge {
    fn spans_columns(&self) -> bool {
        self.last_column > self.first_column
    }
}

/// A sheet read for writing: where its caption, header and data rows are.
struct Layout {
    width: usize,
    caption: Option<String>,
    /// The rows that together name the columns, first and last included.
    header_rows: Option<(usize, usize)>,
    first_data_row: usize,
}

impl Grid {
    /// Writes the sheet as text: `Sheet: name` (when `titled`), then its table. An empty sheet
    /// writes nothing.
    pub fn render_into(&self, out: &mut String, titled: bool) {
        let Some(layout) = self.layout() else { return };
        let rows = self.spread_merges(layout.header_rows);
        if titled {
            out.push_str("Sheet: ");
            out.push_str(&cell_text(&self.name));
            out.push_str("\n\n");
        }
        // A sheet without a title of its own is captioned by its name, so the table says which
        // sheet it is wherever it is shown.
        let caption = layout.caption.clone().or_else(|| (titled && layout.width > 1).then(|| cell_text(&self.name)));
        if let Some(caption) = caption.filter(|caption| !caption.is_empty()) {
            // A caption is a row with one filled cell, as a letter's table titles itself.
            let mut row = vec![caption];
            row.resize(layout.width.max(2), String::new());
            push_row(out, &row);
        }
        if let Some((first, last)) = layout.header_rows {
            let header: Vec<String> =
                (0..layout.width).map(|column| column_label(&rows[first..=last], column)).collect();
            push_row(out, &header);
        }
        for row in rows.iter().skip(layout.first_data_row) {
            if row.iter().all(GridCell::is_empty) {
                continue;
            }
            let mut texts: Vec<String> = row.iter().take(layout.width).map(|cell| cell_text(&cell.text)).collect();
            texts.resize(layout.width, String::new());
            push_row(out, &texts);
        }
        out.push('\n');
    }

    /// Finds the caption, the header rows and the data; `None` for a sheet with no filled cell.
    fn layout(&self) -> Option<Layout> {
        let width = self
            .rows
            .iter()
            .map(|row| row.iter().rposition(|cell| !cell.is_empty()).map_or(0, |last| last + 1))
            .max()
            .unwrap_or(0);
        let filled =
            |row: usize| self.rows.get(row).map_or(0, |cells| cells.iter().filter(|cell| !cell.is_empty()).count());
        let mut top = (0..self.rows.len()).find(|row| filled(*row) > 0)?;
        let mut caption = None;
        let has_later = |row: usize| (row + 1..self.rows.len()).any(|later| filled(later) > 1);
        if width > 1 && filled(top) == 1 && has_later(top) {
            caption = self.rows[top].iter().find(|cell| !cell.is_empty()).map(|cell| cell_text(&cell.text));
            top = (top + 1..self.rows.len()).find(|row| filled(*row) > 0)?;
        }
        let header_rows = self.header_rows(top);
        let first_data_row = header_rows.map_or(top, |(_, last)| last + 1);
        Some(Layout { width, caption, header_rows, first_data_row })
    }

    /// The rows naming the columns, from `top`: the first row when it holds words (or years)
    /// only, grown down over merged header cells and the row of sub-headings under a cell
    /// merged across columns.
    fn header_rows(&self, top: usize) -> Option<(usize, usize)> {
        let is_heading_row = |row: usize| {
            self.rows.get(row).is_some_and(|cells| {
                cells.iter().any(|cell| !cell.is_empty())
                    && cells.iter().all(|cell| cell.is_empty() || !cell.is_number || cell.is_year())
            })
        };
        if !is_heading_row(top) || top + 1 >= self.rows.len() {
            return None;
        }
        let mut last = top;
        loop {
            let mut grown = last;
            for merge in self.merges.iter().filter(|merge| (top..=last).contains(&merge.first_row)) {
                grown = grown.max(merge.last_row);
                if merge.spans_columns() && is_heading_row(merge.last_row + 1) {
                    grown = grown.max(merge.last_row + 1);
                }
            }
            // The header never takes the whole sheet: a data row must remain.
            grown = grown.min(self.rows.len().saturating_sub(2));
            if grown <= last {
                break;
            }
            last = grown;
        }
        Some((top, last))
    }

    /// The rows with each merged region's value spread over the cells it covers: in the header
    /// always (a year over its quarters), below it only for words (a region over its rows), so
    /// a number is never counted twice.
    fn spread_merges(&self, header_rows: Option<(usize, usize)>) -> Vec<Vec<GridCell>> {
        let mut rows = self.rows.clone();
        for merge in &self.merges {
            let Some(value) = rows.get(merge.first_row).and_then(|row| row.get(merge.first_column)).cloned() else {
                continue;
            };
            let in_header = header_rows.is_some_and(|(first, last)| (first..=last).contains(&merge.first_row));
            if value.is_empty() || (value.is_number && !in_header) {
                continue;
            }
            for row in rows.iter_mut().take(merge.last_row + 1).skip(merge.first_row) {
                if row.len() <= merge.last_column {
                    row.resize(merge.last_column + 1, GridCell::default());
                }
                for cell in row.iter_mut().take(merge.last_column + 1).skip(merge.first_column) {
                    if cell.is_empty() {
                        *cell = value.clone();
                    }
                }
            }
        }
        rows
    }
}

/// A column's name from stacked header rows: each row's words once, top to bottom.
fn column_label(header: &[Vec<GridCell>], column: usize) -> String {
    let mut parts: Vec<String> = Vec::new();
    for row in header {
        let text = row.get(column).map(|cell| cell_text(&cell.text)).unwrap_or_default();
        if !text.is_empty() && parts.last() != Some(&text) {
            parts.push(text);
        }
    }
    parts.join(" ")
}

/// A cell's text on one line, without the pipe that separates cells.
fn cell_text(text: &str) -> String {
    let one_line: String = text
        .chars()
        .map(|c| match c {
            '|' => '¦',
            c if c.is_control() => ' ',
            c => c,
        })
        .collect();
    one_line.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `| a | b |`: the leading pipe keeps an empty first cell in its column.
fn push_row(out: &mut String, cells: &[String]) {
    out.push('|');
    for cell in cells {
        out.push(' ');
        out.push_str(cell);
        out.push_str(" |");
    }
    out.push('\n');
}
