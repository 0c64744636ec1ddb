//! A readable outline of a parsed letter, used for snapshots and failure messages.
//!
//! The outline is the only place that walks the whole `Disclosure`, so a change to the API is
//! a change here and in the snapshots, nowhere else.

use std::fmt::Write;

use disclosure_core::parse::{Disclosure, ExemptionCitation, Table};

const QUOTE_CHARS: usize = 110;

fn short(text: &str) -> String {
    let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut cut: String = one_line.chars().take(QUOTE_CHARS).collect();
    if one_line.chars().count() > QUOTE_CHARS {
        cut.push('…');
    }
    format!("{cut:?}")
}

fn exemption_line(citation: &ExemptionCitation) -> String {
    format!(
        "{} {} (section {}, cited as {}{}) {} quote {}",
        citation.regime.as_str(),
        citation.provision,
        citation.section,
        citation.cited_as,
        if citation.is_ncnd { ", ncnd" } else { "" },
        citation.name.map_or("uncatalogued".to_string(), |name| format!("{name:?}")),
        short(&citation.quote)
    )
}

fn table_lines(out: &mut String, indent: &str, table: &Table) {
    let row = |cells: &[disclosure_core::parse::Cell]| {
        cells.iter().map(|cell| cell.text.as_str()).collect::<Vec<_>>().join(" | ")
    };
    if let Some(caption) = &table.caption {
        let _ = writeln!(out, "{indent}caption: {:?}", caption.text);
    }
    if let Some(header) = &table.header {
        let _ = writeln!(out, "{indent}header: {}", row(header));
    }
    for cells in &table.rows {
        let _ = writeln!(out, "{indent}row: {}", row(cells));
    }
}

/// Renders the structure of a parsed letter as indented text.
pub fn outline(text: &str, disclosure: &Disclosure) -> String {
    let mut out = String::new();
    let located =
        |value: Option<&disclosure_core::parse::Located>| value.map_or("-".to_string(), |found| found.value.clone());
    let _ = writeln!(out, "reference: {}", located(disclosure.reference.as_ref()));
    let _ = writeln!(out, "authority: {}", located(disclosure.authority.as_ref()));
    let _ = writeln!(
        out,
        "response_date: {}",
        disclosure.response_date.map_or("-".to_string(), |date| date.date.to_string())
    );
    for date in &disclosure.data_dates {
        let _ = writeln!(out, "data_date: {} {}", date.date, short(date.span.text_in(text)));
    }
    let _ = writeln!(
        out,
        "decision: {} {}",
        disclosure.decision.as_str(),
        disclosure.decision_quote.map_or(String::new(), |span| short(span.text_in(text)))
    );
    let _ = writeln!(out, "ncnd: {}", disclosure.ncnd);
    let _ = writeln!(out, "exemptions:");
    for citation in &disclosure.exemptions {
        let _ = writeln!(out, "  - {}", exemption_line(citation));
    }
    let _ = writeln!(out, "clarifications:");
    for clarification in &disclosure.clarifications {
        let _ = writeln!(out, "  - {}", short(&clarification.value));
    }
    let _ = writeln!(out, "questions:");
    for question in &disclosure.questions {
        let _ = writeln!(out, "  - label: {}", question.label.as_deref().unwrap_or("-"));
        let _ = writeln!(out, "    text: {}", short(&question.text));
        for part in &question.parts {
            let _ = writeln!(out, "    part {}: {}", part.label.as_deref().unwrap_or("•"), short(&part.text));
        }
        let _ = writeln!(out, "    outcome: {}", question.outcome.as_str());
        for citation in &question.exemptions {
            let _ = writeln!(out, "    exemption: {} {}", citation.regime.as_str(), citation.provision);
        }
        match &question.answer {
            None => {
                let _ = writeln!(out, "    answer: -");
            }
            Some(answer) => {
                let _ = writeln!(out, "    answer ({}): {}", answer.kind.as_str(), short(&answer.text));
                for table in &answer.tables {
                    let _ = writeln!(out, "    table:");
                    table_lines(&mut out, "      ", table);
                }
                for figure in &answer.figures {
                    let _ = writeln!(out, "    figure: {} {} {:?}", figure.value, figure.unit.as_str(), figure.label);
                }
            }
        }
    }
    for table in &disclosure.tables {
        let _ = writeln!(out, "loose table:");
        table_lines(&mut out, "  ", table);
    }
    let _ = writeln!(out, "issues:");
    for issue in &disclosure.issues {
        let _ = writeln!(out, "  - {}: {}", issue.kind.as_str(), issue.detail);
    }
    out
}
