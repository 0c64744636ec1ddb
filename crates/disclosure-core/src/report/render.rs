//! Rendering a [`Report`]: Markdown, one self-contained HTML page, and CSV tables of the notes,
//! the review statuses and the letters. Text in, text out; the CSV follows RFC 4180 with a
//! UTF-8 byte order mark, and a cell a spreadsheet would run as a formula is neutralised.

use std::fmt::Write;

use super::{Report, ReportAnnotation, ReportDocument, ReportSeries, ReportThread};
use crate::diff::OpKind;
use crate::register::schedule::escape_html as escape;

/// The notes made on one question (an unlabelled question has none of its own).
fn notes_on_question<'a>(
    document: &'a ReportDocument,
    label: Option<&'a str>,
) -> impl Iterator<Item = &'a ReportAnnotation> {
    document
        .annotations
        .iter()
        .filter(move |annotation| label.is_some() && annotation.question_label.as_deref() == label)
}

/// The notes on the letter as a whole, or on a question the letter no longer has.
fn notes_on_no_question(document: &ReportDocument) -> Vec<&ReportAnnotation> {
    document
        .annotations
        .iter()
        .filter(|annotation| {
            !document
                .questions
                .iter()
                .any(|question| question.label.is_some() && question.label == annotation.question_label)
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
        (
            "Review",
            format!(
                "{}{}",
                document.status,
                document.reviewer.as_deref().map(|name| format!(" by {name}")).unwrap_or_default()
            ),
        ),
        (
            "Exemptions",
            if document.exemptions.is_empty() { "none cited".into() } else { document.exemptions.join(", ") },
        ),
    ]
}

/// The report as Markdown; every piece of letter text is escaped so it cannot become a link or markup.
pub fn markdown(report: &Report) -> String {
    let mut out = format!("# {}\n", escape_markdown(&report.title));
    if let Some(thread) = &report.thread {
        thread_markdown(&mut out, thread);
    }
    for document in &report.documents {
        let _ = write!(out, "\n## {}\n\n", escape_markdown(&document.title));
        for (name, value) in facts_line(document) {
            let _ = writeln!(out, "- **{name}:** {}", escape_markdown(&value));
        }
        for question in &document.questions {
            let label = question.label.as_deref().unwrap_or("Question");
            let _ = write!(
                out,
                "\n### {} ({})\n\n> {}\n\n",
                escape_markdown(label),
                question.status,
                escape_markdown(&question.text)
            );
            let _ = writeln!(out, "{}", escape_markdown(question.answer.as_deref().unwrap_or("No answer found.")));
            for annotation in notes_on_question(document, question.label.as_deref()) {
                let _ = writeln!(
                    out,
                    "\n- *“{}”* — {}",
                    escape_markdown(&annotation.quote),
                    escape_markdown(&annotation.note)
                );
            }
        }
        let others = notes_on_no_question(document);
        if !others.is_empty() {
            out.push_str("\n### Other notes\n\n");
            for annotation in others {
                let _ = writeln!(
                    out,
                    "- *“{}”* — {} ({})",
                    escape_markdown(&annotation.quote),
                    escape_markdown(&annotation.note),
                    annotation.anchor_state
                );
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
del{background:#fde2e1;color:#8a1c14}ins{background:#dff3e2;color:#0f5b22;text-decoration:none}\
.trend{display:flex;gap:1.5rem;align-items:center;break-inside:avoid}.trend svg{flex:none}\
table{border-collapse:collapse}td,th{padding:.1rem .6rem;border-bottom:1px solid #ccc;text-align:left}\
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
    if let Some(thread) = &report.thread {
        thread_html(&mut out, thread);
    }
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
                let _ = write!(
                    out,
                    "<p class=\"note\"><q>{}</q> — {}</p>",
                    escape(&annotation.quote),
                    escape(&annotation.note)
                );
            }
            out.push_str("</section>\n");
        }
        let others = notes_on_no_question(document);
        if !others.is_empty() {
            out.push_str("<h3>Other notes</h3>\n");
            for annotation in others {
                let _ = writeln!(
                    out,
                    "<p class=\"note\"><q>{}</q> — {} <span class=\"status\">{}</span></p>",
                    escape(&annotation.quote),
                    escape(&annotation.note),
                    escape(&annotation.anchor_state)
                );
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

/// A table as CSV (see `crate::csv`), header first.
pub fn csv(table: &Table) -> String {
    let header: Vec<String> = table.header.iter().map(|name| name.to_string()).collect();
    crate::csv::document(std::iter::once(&header).chain(&table.rows))
}

/// One row per note, with its letter and the review status of the letter and of the answer it is on.
pub fn annotations_table(report: &Report) -> Table {
    let header = vec![
        "annotation_id",
        "document_id",
        "reference",
        "title",
        "authority",
        "date",
        "question",
        "quote",
        "note",
        "tags",
        "colour",
        "anchor_state",
        "document_status",
        "question_status",
        "created_at",
        "updated_at",
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
        "document_id",
        "reference",
        "title",
        "authority",
        "date",
        "decision",
        "status",
        "reviewer",
        "exemptions",
        "n_questions",
        "n_annotations",
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

/// Year-to-year changes as Markdown: deleted words struck through, inserted words in bold.
fn thread_markdown(out: &mut String, thread: &ReportThread) {
    if !thread.changes.is_empty() {
        out.push_str("\n## Changes between years\n");
    }
    for change in &thread.changes {
        let _ = write!(out, "\n### {} → {}\n\n", escape_markdown(&change.from), escape_markdown(&change.to));
        let mut previous = OpKind::Equal;
        for op in &change.ops {
            match op.kind {
                OpKind::Equal => out.push_str(&escape_markdown(&op.new)),
                OpKind::Delete => mark_words(out, &op.old, "~~"),
                OpKind::Insert => {
                    // A replacement reads "~~old~~ **new**", not one run of markers.
                    if previous == OpKind::Delete {
                        out.push(' ');
                    }
                    mark_words(out, &op.new, "**");
                }
            }
            previous = op.kind;
        }
        out.push('\n');
        for figure in &change.figures {
            let _ = writeln!(out, "\n- {}", escape_markdown(figure));
        }
    }
    if !thread.series.is_empty() {
        out.push_str("\n## Figures over the years\n");
    }
    for series in &thread.series {
        let _ = write!(
            out,
            "\n### {}\n\n| Letter | Period | Value |\n| --- | --- | --- |\n",
            escape_markdown(&series.label)
        );
        for point in &series.points {
            let period = point.period.as_deref().map_or_else(|| "—".to_string(), escape_markdown);
            let _ =
                writeln!(out, "| {} | {period} | {} |", escape_markdown(&point.letter), escape_markdown(&point.shown));
        }
    }
}

/// Wraps the words of a run in a Markdown marker, leaving the spaces around them outside, where
/// Markdown needs them.
fn mark_words(out: &mut String, words: &str, marker: &str) {
    let trimmed = words.trim();
    if trimmed.is_empty() {
        out.push_str(words);
        return;
    }
    let leading = &words[..words.len() - words.trim_start().len()];
    let trailing = &words[words.trim_end().len()..];
    let _ = write!(out, "{leading}{marker}{}{marker}{trailing}", escape_markdown(trimmed));
}

/// Year-to-year changes as HTML, with a small chart of each figure drawn inline.
fn thread_html(out: &mut String, thread: &ReportThread) {
    if !thread.changes.is_empty() {
        out.push_str("<h2>Changes between years</h2>\n");
    }
    for change in &thread.changes {
        let _ = write!(
            out,
            "<section class=\"question\"><h3>{} → {}</h3><p class=\"answer\">",
            escape(&change.from),
            escape(&change.to)
        );
        for op in &change.ops {
            match op.kind {
                OpKind::Equal => out.push_str(&escape(&op.new)),
                OpKind::Delete => {
                    let _ = write!(out, "<del>{}</del>", escape(&op.old));
                }
                OpKind::Insert => {
                    let _ = write!(out, "<ins>{}</ins>", escape(&op.new));
                }
            }
        }
        out.push_str("</p>");
        if !change.figures.is_empty() {
            out.push_str("<ul>");
            for figure in &change.figures {
                let _ = write!(out, "<li>{}</li>", escape(figure));
            }
            out.push_str("</ul>");
        }
        out.push_str("</section>\n");
    }
    if !thread.series.is_empty() {
        out.push_str("<h2>Figures over the years</h2>\n");
    }
    for series in &thread.series {
        let _ = write!(
            out,
            "<h3>{}</h3><div class=\"trend\">{}<table><tr><th>Letter</th><th>Period</th><th>Value</th></tr>",
            escape(&series.label),
            trend_svg(series)
        );
        for point in &series.points {
            let _ = write!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
                escape(&point.letter),
                escape(point.period.as_deref().unwrap_or("—")),
                escape(&point.shown)
            );
        }
        out.push_str("</table></div>\n");
    }
}

/// A series as a small line chart: values spread evenly left to right, oldest first, scaled
/// between the smallest and largest value (a flat line when they are equal).
fn trend_svg(series: &ReportSeries) -> String {
    const WIDTH: f64 = 200.0;
    const HEIGHT: f64 = 60.0;
    const MARGIN: f64 = 6.0;
    let values: Vec<f64> = series.points.iter().map(|point| point.value).filter(|value| value.is_finite()).collect();
    let (low, high) = values
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(low, high), value| (low.min(*value), high.max(*value)));
    let step = if values.len() > 1 { (WIDTH - 2.0 * MARGIN) / (values.len() - 1) as f64 } else { 0.0 };
    let points: Vec<(f64, f64)> = values
        .iter()
        .enumerate()
        .map(|(index, value)| {
            let share = if high > low { (value - low) / (high - low) } else { 0.5 };
            (MARGIN + step * index as f64, HEIGHT - MARGIN - share * (HEIGHT - 2.0 * MARGIN))
        })
        .collect();
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{HEIGHT}\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" role=\"img\" aria-label=\"{}\">",
        escape(&series.label)
    );
    let line: Vec<String> = points.iter().map(|(x, y)| format!("{x:.1},{y:.1}")).collect();
    let _ =
        write!(svg, "<polyline fill=\"none\" stroke=\"#1f4e8c\" stroke-width=\"2\" points=\"{}\"/>", line.join(" "));
    for (x, y) in &points {
        let _ = write!(svg, "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"3\" fill=\"#1f4e8c\"/>");
    }
    svg.push_str("</svg>");
    svg
}
