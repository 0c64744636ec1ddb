//! CSV as spreadsheets read it: quoting, formulas and numbers.

use disclosure_core::csv::{document, neutralise_formula, quote_cell};

#[test]
fn cells_with_separators_are_quoted_and_quotes_doubled() {
    assert_eq!(quote_cell("plain"), "plain", "a plain cell needs no quotes");
    assert_eq!(quote_cell("a, b"), "\"a, b\"", "a comma would split the cell");
    assert_eq!(quote_cell("say \"no\""), "\"say \"\"no\"\"\"", "quotes inside are doubled (RFC 4180)");
    assert_eq!(quote_cell("two\nlines"), "\"two\nlines\"", "a line break stays inside one cell");
}

#[test]
fn formulas_are_neutralised_but_numbers_stay_numbers() {
    for formula in ["=HYPERLINK(\"http://x\")", "+1+2", "-2+3+cmd|' /C calc'!A0", "@SUM(A1)"] {
        assert!(neutralise_formula(formula).starts_with('\''), "{formula:?} would run in a spreadsheet");
    }
    for number in ["-35", "+9.3", "412", "-0.5"] {
        assert_eq!(neutralise_formula(number), number, "a figure such as {number} must stay a number a chart can use");
    }
}

#[test]
fn a_document_starts_with_a_byte_order_mark_and_ends_rows_with_crlf() {
    let rows = vec![vec!["Year".to_string(), "Officers".to_string()], vec!["2023".to_string(), "-4".to_string()]];
    assert_eq!(
        document(&rows),
        "\u{feff}Year,Officers\r\n2023,-4\r\n",
        "spreadsheets read UTF-8 only after a byte order mark, and RFC 4180 ends lines with CRLF"
    );
}
