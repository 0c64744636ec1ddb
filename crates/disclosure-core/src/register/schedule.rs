//! The redaction and exemption schedule: the register's entries as a table a reviewer attaches
//! to an internal review request or a complaint, rendered as CSV or as printable HTML.
//!
//! Both renderings are text in, text out; the CSV follows `crate::csv`. The HTML is one self-contained page: every value is escaped and
//! nothing is loaded from elsewhere.

use super::{Entry, EntrySource, Register, RegisterFilter};

/// The schedule's columns, in order.
pub const COLUMNS: [&str; 13] = [
    "Document reference",
    "Question",
    "Provision",
    "Name",
    "Absolute/qualified",
    "Quote or flag",
    "Reviewer note",
    "Redacted by",
    "Page",
    "Position",
    "Tied by",
    "Text survives under it",
    "Reviewer decision",
];

/// One schedule row, as text.
fn row_of(entry: &Entry) -> [String; 13] {
    let reference = entry.reference.clone().unwrap_or_else(|| format!("document {}", entry.document_id));
    let question = entry.question_label.clone().unwrap_or_else(|| "whole letter".to_string());
    let provision = format!("{} {}", entry.regime.as_str(), entry.counted_provision());
    let weighing = entry.weighing().map_or("not catalogued", |weighing| weighing.label()).to_string();
    let quote = match entry.source {
        EntrySource::Cited | EntrySource::Found => entry.quote.clone().unwrap_or_default(),
        EntrySource::Flag(id) => match entry.quote.as_deref() {
            Some(quote) if !quote.is_empty() => format!("Flag {id}: {quote}"),
            _ => format!("Flag {id}"),
        },
    };
    let mut note = entry.note.clone().unwrap_or_default();
    if let Some(judgement) = entry.judgement {
        let said = format!("Reviewer: {} (cited as {})", judgement.as_str().replace('_', " "), entry.provision);
        note = if note.is_empty() { said } else { format!("{said}; {note}") };
    }
    let redacted_by = match entry.source {
        EntrySource::Cited => "authority (cited in the letter)",
        EntrySource::Flag(_) => "reviewer (flag)",
        EntrySource::Found => "authority (in the document as received)",
    };
    let (page, position, tied_by, survives, decision) = match &entry.found {
        Some(found) => (
            found.page.map(|page| page.to_string()).unwrap_or_default(),
            match found.area {
                Some(area) => {
                    format!("{} at {}, {} ({} × {} pt)", found.kind.as_str(), area.x, area.y, area.width, area.height)
                }
                None => format!("{} in the text", found.kind.as_str()),
            },
            found.tied_by.label().to_string(),
            if found.text_survives { "yes: the text under this redaction is still in the file" } else { "no" }
                .to_string(),
            found.decision.clone().unwrap_or_else(|| "not reviewed".to_string()),
        ),
        None => Default::default(),
    };
    [
        reference,
        question,
        provision,
        entry.name().to_string(),
        weighing,
        quote,
        note,
        redacted_by.to_string(),
        page,
        position,
        tied_by,
        survives,
        decision,
    ]
}

/// The schedule's heading: what it covers, from the filter applied and, for the letters of one
/// question thread, the thread's title.
pub fn schedule_title(filter: &RegisterFilter, thread_title: Option<&str>) -> String {
    let mut title = "Exemption and redaction schedule".to_string();
    if let Some(thread) = thread_title {
        title.push_str(&format!(" — {thread}"));
    }
    if let Some(authority) = filter.authority.as_deref().filter(|authority| !authority.trim().is_empty()) {
        title.push_str(&format!(" — {authority}"));
    }
    match (filter.since_year, filter.until_year) {
        (Some(since), Some(until)) if since == until => title.push_str(&format!(" — {since}")),
        (Some(since), Some(until)) => title.push_str(&format!(" — {since} to {until}")),
        (Some(since), None) => title.push_str(&format!(" — since {since}")),
        (None, Some(until)) => title.push_str(&format!(" — until {until}")),
        (None, None) => {}
    }
    title
}

/// The schedule as CSV: a UTF-8 byte order mark, a header row, one row per counted entry.
pub fn schedule_csv(register: &Register) -> String {
    let header: Vec<String> = COLUMNS.iter().map(|column| column.to_string()).collect();
    let rows = register.entries.iter().map(|entry| row_of(entry).to_vec());
    crate::csv::document(std::iter::once(header).chain(rows))
}

/// Escapes text for HTML element content and quoted attribute values.
pub fn escape_html(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for character in text.chars() {
        match character {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            other => escaped.push(other),
        }
    }
    escaped
}

const STYLE: &str = "body{font-family:Georgia,serif;margin:2em;color:#111}\
h1{font-size:1.4em}table{border-collapse:collapse;width:100%;font-size:.9em}\
th,td{border:1px solid #888;padding:.3em .5em;vertical-align:top;text-align:left}\
th{background:#eee}td.n{text-align:right}@media print{body{margin:0}th{background:none}}";

/// The schedule as one printable, self-contained HTML page: a summary per provision, then one
/// row per counted entry. `title` heads the page (e.g. the filter applied).
pub fn schedule_html(register: &Register, title: &str) -> String {
    let mut page = String::new();
    page.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    page.push_str(&format!("<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n", escape_html(title)));
    page.push_str(&format!("<h1>{}</h1>\n", escape_html(title)));
    page.push_str(&format!(
        "<p>{} letters, {} provisions applied, {} entries.</p>\n",
        register.n_documents,
        register.provisions.len(),
        register.entries.len()
    ));
    page.push_str("<h2>Provisions</h2>\n<table>\n<thead><tr><th>Provision</th><th>Name</th><th>Absolute/qualified</th><th>Letters</th><th>Entries</th><th>Flags</th><th>Found redactions</th><th>By year</th></tr></thead>\n<tbody>\n");
    for count in &register.provisions {
        let years: Vec<String> = count
            .by_year
            .iter()
            .map(|(year, n)| format!("{}: {n}", year.map_or_else(|| "undated".to_string(), |year| year.to_string())))
            .collect();
        page.push_str(&format!(
            "<tr><td>{} {}</td><td>{}</td><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td>{}</td></tr>\n",
            escape_html(count.regime.as_str()),
            escape_html(&count.provision),
            escape_html(count.name),
            escape_html(count.weighing.map_or("not catalogued", |weighing| weighing.label())),
            count.n_documents,
            count.n_entries,
            count.n_flags,
            count.n_found,
            escape_html(&years.join(", ")),
        ));
    }
    page.push_str("</tbody>\n</table>\n<h2>Schedule</h2>\n<table>\n<thead><tr>");
    for column in COLUMNS {
        page.push_str(&format!("<th>{}</th>", escape_html(column)));
    }
    page.push_str("</tr></thead>\n<tbody>\n");
    for entry in &register.entries {
        page.push_str("<tr>");
        for cell in row_of(entry) {
            page.push_str(&format!("<td>{}</td>", escape_html(&cell)));
        }
        page.push_str("</tr>\n");
    }
    page.push_str("</tbody>\n</table>\n</body>\n</html>\n");
    page
}
