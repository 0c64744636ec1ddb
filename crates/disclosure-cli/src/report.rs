//! The review report as Markdown and as one self-contained HTML file (no script, no external
//! resource, every piece of letter text escaped) that prints cleanly from any browser.

use std::fmt::Write;

use disclosure_core::register::schedule::escape_html as escape;

use crate::wire::{ExportedAnnotation, ExportedDocument, ExportedReport};

/// The notes made on one question (an unlabelled question has none of its own).
fn notes_on_question<'a>(document: &'a ExportedDocument, label: Option<&'a str>) -> impl Iterator<Item = &'a ExportedAnnotation> {
    document.annotations.iter().filter(move |annotation| label.is_some() && annotation.question_label.as_deref() == label)
}

/// The notes on the letter as a whole, or on a question the letter no longer has.
fn notes_on_no_question(document: &ExportedDocument) -> Vec<&ExportedAnnotation> {
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

fn facts_line(document: &ExportedDocument) -> Vec<(&'static str, String)> {
    vec![
        ("Reference", document.reference.clone().unwrap_or_else(|| "—".into())),
        ("Authority", document.authority.clone().unwrap_or_else(|| "—".into())),
        ("Date", document.date.clone().unwrap_or_else(|| "—".into())),
        ("Decision", document.decision.clone()),
        ("Review", format!("{}{}", document.status, document.reviewer.as_deref().map(|name| format!(" by {name}")).unwrap_or_default())),
        ("Exemptions", if document.exemptions.is_empty() { "none cited".into() } else { document.exemptions.join(", ") }),
    ]
}

pub fn markdown(report: &ExportedReport) -> String {
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

pub fn html(report: &ExportedReport) -> String {
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
                escape(question.status),
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
