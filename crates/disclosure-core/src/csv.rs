//! CSV as spreadsheets read it: every table the app or the CLI exports is written here.
//!
//! RFC 4180 quoting is done by hand rather than with a CSV library because the core carries no
//! serialisation framework and the rules fit in a few lines. A byte order mark makes spreadsheets
//! read UTF-8; a cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@` …) is prefixed with
//! an apostrophe, except a number, which must stay a number.

/// A whole CSV document: byte order mark, then one CRLF-terminated line per row.
pub fn document<R: AsRef<[String]>>(rows: impl IntoIterator<Item = R>) -> String {
    let mut out = String::from("\u{feff}");
    for row in rows {
        let cells: Vec<String> = row.as_ref().iter().map(|cell| quote_cell(&neutralise_formula(cell))).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

/// A cell a spreadsheet would run as a formula gets a leading apostrophe, so it shows as text.
/// Numbers, negative ones included, are left as they are.
pub fn neutralise_formula(cell: &str) -> String {
    let starts_formula = cell.trim_start().starts_with(['=', '+', '-', '@', '\t', '\r']);
    if starts_formula && cell.trim().parse::<f64>().is_err() {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

/// RFC 4180 quoting: a cell with a comma, quote or line break is quoted, quotes doubled.
pub fn quote_cell(cell: &str) -> String {
    if cell.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_string()
    }
}
