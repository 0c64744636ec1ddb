//! Rendering a [`Report`]: Markdown, one self-contained HTML page, and CSV tables of the notes,
//! the review statuses and the letters. Text in, text out; the CSV follows RFC 4180 with a
//! UTF-8 byte order mark, and a cell a spreadsheet would run as a formula is neutralised.

use std::fmt::Write;

use super::{Report, ReportAnnotation, ReportDocument};
use crate::register::schedule::{escape_html as escape, neutralise_formula, quote_csv_cell};

/// The notes made on one question (an unlabelled question has none of its own).
fn notes_on_question<'a>(document: &'a ReportDocument, label: Option<&'a str>) -> impl Iterator<Item = &'a ReportAnnotation> {
    document.annotations.iter().filter(move |annotation| label.is_some() && annotation.question_label.as_deref() == label)
}

/// The notes on the letter as a whole, or on a question the letter no longer has.
fn notes_on_no_question(document: &ReportDocument) -> Vec<&ReportAnnotation> {
    document
        .annotations
        .iter()
        .filter(|annotation| {
            !document.questions.iter().any(|question| question.label.is_some() && question.label == annotation.question_label)
        })
        .collect()
}

/// Escapes Markdown's inline syntax so letter text cannot become links, emphasis or HTML.
fn escape_markdown(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for character in text.chars() {
        if "\\`*_{}[]()<>#+-.!|~".contains(character) {
            escaped.push('\\');
        }
        escaped.push(character);
    }
    escaped
}

fn facts_line(document: &ReportDocument) -> Vec<(&'static str, String)> {
    vec![
        ("Reference", document.reference.clone().unwrap_or_else(|| "—".into())),
        ("Authority", document.authority.clone().unwrap_or_else(|| "—".into())),
        ("Date", document.date.clone().unwrap_or_else(|| "—".into())),
        ("Decision", document.decision.clone()),
        ("Review", format!("{}{}", document.status, document.reviewer.as_deref().map(|name| format!(" by {name}")).unwrap_or_default())),
        ("Exemptions", if document.exemptions.is_empty() { "none cited".into() } else { document.exemptions.join(", ") }),
    ]
}

/// The report as Markdown; every piece of letter text is escaped so it cannot become a link or markup.
pub fn markdown(report: &Report) -> String {
    let mut out = format!("# {}\n", escape_markdown(&report.title));
    for document in &report.documents {
        let _ = write!(out, "\n## {}\n\n", escape_markdown(&document.title));
        for (name, value) in facts_line(document) {
            let _ = writeln!(out, "- **{name}:** {}", escape_markdown(&value));
        }
        for question in &document.questions {
            let label = question.label.as_deref().unwrap_or("Question");
            let _ = write!(out, "\n### {} ({})\n\n> {}\n\n", escape_markdown(label), question.status, escape_markdown(&question.text));
            let _ = writeln!(out, "{}", escape_markdown(question.answer.as_deref().unwrap_or("No answer found.")));
            for annotation in notes_on_question(document, question.label.as_deref()) {
                let _ = writeln!(out, "\n- *“{}”* — {}", escape_markdown(&annotation.quote), escape_markdown(&annotation.note));
            }
        }
        let others = notes_on_no_question(document);
        if !others.is_empty() {
            out.push_str("\n### Other notes\n\n");
            for annotation in others {
                let _ = writeln!(out, "- *“{}”* — {} ({})", escape_markdown(&annotation.quote), escape_markdown(&annotation.note), annotation.anchor_state);
            }
        }
    }
    out
}

const STYLE: &str = "body{font:15px/1.5 Georgia,serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#111}\
h1,h2,h3{font-family:system-ui,sans-serif}h2{border-top:2px solid #333;padding-top:1rem;margin-top:2.5rem}\
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:bold}\
blockquote{margin:.5rem 0;padding-left:1rem;border-left:3px solid #999;color:#333}\
.answer{white-space:pre-wrap}.note{background:#fff6c2;padding:.4rem .6rem;margin:.4rem 0;border-radius:3px}\
.status{font:12px system-ui,sans-serif;text-transform:uppercase;color:#555}\
@media print{body{margin:0;max-width:none}h2{break-before:page}section.question,.note{break-inside:avoid}}";

/// The report as one self-contained HTML page (no script, nothing loaded from elsewhere, every
/// piece of letter text escaped) that prints cleanly from any browser.
pub fn html(report: &Report) -> String {
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\
         <title>{}</title><style>{STYLE}</style></head><body>\n<h1>{}</h1>\n",
        escape(&report.title),
        escape(&report.title)
    );
    for document in &report.documents {
        let _ = write!(out, "<article>\n<h2>{}</h2>\n<dl>", escape(&document.title));
        for (name, value) in facts_line(document) {
            let _ = write!(out, "<dt>{name}</dt><dd>{}</dd>", escape(&value));
        }
        out.push_str("</dl>\n");
        for question in &document.questions {
            let label = question.label.as_deref().unwrap_or("Question");
            let _ = write!(
                out,
                "<section class=\"question\"><h3>{} <span class=\"status\">{}</span></h3><blockquote>{}</blockquote><p class=\"answer\">{}</p>",
                escape(label),
                escape(&question.status),
                escape(&question.text),
                escape(question.answer.as_deref().unwrap_or("No answer found."))
            );
            for annotation in notes_on_question(document, question.label.as_deref()) {
                let _ = write!(out, "<p class=\"note\"><q>{}</q> — {}</p>", escape(&annotation.quote), escape(&annotation.note));
            }
            out.push_str("</section>\n");
        }
        let others = notes_on_no_question(document);
        if !others.is_empty() {
            out.push_str("<h3>Other notes</h3>\n");
            for annotation in others {
                let _ = write!(out, "<p class=\"note\"><q>{}</q> — {} <span class=\"status\">{}</span></p>\n", escape(&annotation.quote), escape(&annotation.note), escape(&annotation.anchor_state));
            }
        }
        out.push_str("</article>\n");
    }
    out.push_str("</body></html>\n");
    out
}

/// A table of text cells: what the CSV (and the app's JSON) exports are made of, so both carry
/// the same columns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// Column names.
    pub header: Vec<&'static str>,
    /// One row per record, as many cells as columns.
    pub rows: Vec<Vec<String>>,
}

/// A table as CSV: `\n`-terminated rows after a byte order mark so spreadsheet programs read
/// the accents right; formula-like cells neutralised.
pub fn csv(table: &Table) -> String {
    let mut out = String::from("\u{FEFF}");
    let line = |cells: &[String]| cells.iter().map(|cell| quote_csv_cell(&neutralise_formula(cell))).collect::<Vec<_>>().join(",");
    out.push_str(&line(&table.header.iter().map(|name| name.to_string()).collect::<Vec<_>>()));
    out.push('\n');
    for row in &table.rows {
        out.push_str(&line(row));
        out.push('\n');
    }
    out
}

/// One row per note, with its letter and the review status of the letter and of the answer it is on.
pub fn annotations_table(report: &Report) -> Table {
    let header = vec![
        "annotation_id", "document_id", "reference", "title", "authority", "date", "question", "quote", "note", "tags",
        "colour", "anchor_state", "document_status", "question_status", "created_at", "updated_at",
    ];
    let rows = report
        .documents
        .iter()
        .flat_map(|document| {
            document.annotations.iter().map(move |annotation| {
                let question_status = document
                    .questions
                    .iter()
                    .find(|question| question.label.is_some() && question.label == annotation.question_label)
                    .map_or("", |question| question.status.as_str());
                vec![
                    annotation.id.to_string(),
                    document.id.to_string(),
                    document.reference.clone().unwrap_or_default(),
                    document.title.clone(),
                    document.authority.clone().unwrap_or_default(),
                    document.date.clone().unwrap_or_default(),
                    annotation.question_label.clone().unwrap_or_default(),
                    annotation.quote.clone(),
                    annotation.note.clone(),
                    annotation.tags.join("; "),
                    annotation.colour.clone(),
                    annotation.anchor_state.clone(),
                    document.status.clone(),
                    question_status.to_string(),
                    annotation.created_at.clone(),
                    annotation.updated_at.clone(),
                ]
            })
        })
        .collect();
    Table { header, rows }
}

/// The notes as CSV (what `disclosure export --format csv` writes).
pub fn annotations_csv(report: &Report) -> String {
    csv(&annotations_table(report))
}

/// One row per letter and per answer with a review status set; letters never touched show as
/// `unreviewed` so the table accounts for every letter.
pub fn statuses_table(report: &Report) -> Table {
    let header = vec!["document_id", "reference", "title", "question", "status", "reviewer", "updated_at"];
    let mut rows = Vec::new();
    for document in &report.documents {
        let own = document.review_statuses.iter().find(|status| status.question_label.is_none());
        rows.push(vec![
            document.id.to_string(),
            document.reference.clone().unwrap_or_default(),
            document.title.clone(),
            String::new(),
            document.status.clone(),
            own.and_then(|status| status.reviewer.clone()).unwrap_or_default(),
            own.map(|status| status.updated_at.clone()).unwrap_or_default(),
        ]);
        for status in document.review_statuses.iter().filter(|status| status.question_label.is_some()) {
            rows.push(vec![
                document.id.to_string(),
                document.reference.clone().unwrap_or_default(),
                document.title.clone(),
                status.question_label.clone().unwrap_or_default(),
                status.status.clone(),
                status.reviewer.clone().unwrap_or_default(),
                status.updated_at.clone(),
            ]);
        }
    }
    Table { header, rows }
}

/// One row per letter: its facts, review status, provisions cited and how many notes it has.
pub fn library_table(report: &Report) -> Table {
    let header = vec![
        "document_id", "reference", "title", "authority", "date", "decision", "status", "reviewer", "exemptions",
        "n_questions", "n_annotations",
    ];
    let rows = report
        .documents
        .iter()
        .map(|document| {
            vec![
                document.id.to_string(),
                document.reference.clone().unwrap_or_default(),
                document.title.clone(),
                document.authority.clone().unwrap_or_default(),
                document.date.clone().unwrap_or_default(),
                document.decision.clone(),
                document.status.clone(),
                document.reviewer.clone().unwrap_or_default(),
                document.exemptions.join("; "),
                document.questions.len().to_string(),
                document.annotations.len().to_string(),
            ]
        })
        .collect();
    Table { header, rows }
}
