//! Rendering review reports: CSV tables with neutralised formulas and the same columns the JSON
//! uses, Markdown that cannot be turned into links, and HTML where every letter word is text.

use disclosure_core::diff::{OpKind, WordOp};
use disclosure_core::report::render;
use disclosure_core::report::{
    Report, ReportAnnotation, ReportChange, ReportDocument, ReportPoint, ReportQuestion, ReportSeries, ReportStatus,
    ReportThread,
};

const HOSTILE: &str = "<script>alert(1)</script> [click](http://x) =HYPERLINK(\"x\")";

fn report() -> Report {
    Report {
        title: "Vetting, 2023".into(),
        documents: vec![ReportDocument {
            id: 7,
            reference: Some("FC/FOI/23/0501".into()),
            title: "Vetting".into(),
            authority: Some("Fernshire Constabulary".into()),
            date: Some("2023-03-01".into()),
            decision: "partial".into(),
            status: "in_review".into(),
            reviewer: Some("Sam".into()),
            exemptions: vec!["Section 40(2)".into()],
            questions: vec![ReportQuestion {
                label: Some("Q1".into()),
                text: "How many officers?".into(),
                answer: Some(HOSTILE.into()),
                outcome: "answered",
                status: "reviewed".into(),
            }],
            annotations: vec![ReportAnnotation {
                id: 3,
                document_id: 7,
                reference: Some("FC/FOI/23/0501".into()),
                question_label: Some("Q1".into()),
                quote: "31 officers".into(),
                note: "=HYPERLINK(\"http://x\")".into(),
                tags: vec!["appeal".into(), "figures".into()],
                colour: "yellow".into(),
                anchor_state: "exact".into(),
                start: Some(1),
                end: Some(2),
                created_at: "2026-01-01T00:00:00Z".into(),
                updated_at: "2026-01-02T00:00:00Z".into(),
            }],
            review_statuses: vec![ReportStatus {
                document_id: 7,
                question_label: Some("Q1".into()),
                status: "reviewed".into(),
                reviewer: Some("Sam".into()),
                updated_at: "2026-01-02T00:00:00Z".into(),
            }],
        }],
        thread: None,
    }
}

#[test]
fn tables_neutralise_formulas_and_every_row_has_every_column() {
    let report = report();
    for table in [render::annotations_table(&report), render::statuses_table(&report), render::library_table(&report)] {
        assert!(
            table.rows.iter().all(|row| row.len() == table.header.len()),
            "the JSON export zips rows with the header"
        );
    }
    let csv = render::annotations_csv(&report);
    assert!(csv.starts_with('\u{feff}'), "a byte order mark makes spreadsheets read UTF-8");
    assert!(
        csv.contains(",\"'=HYPERLINK(\"\"http://x\"\")\","),
        "a formula cell gets an apostrophe, then RFC 4180 quoting"
    );
    assert!(csv.contains("appeal; figures"), "tags are one cell");
    assert!(csv.contains(",in_review,reviewed,"), "the letter's status then the answer's");
    let statuses = render::csv(&render::statuses_table(&report));
    assert_eq!(statuses.lines().count(), 3, "a header, the letter, and its one answer with a status");
}

#[test]
fn the_html_report_escapes_everything_and_prints() {
    let html = render::html(&report());
    assert!(!html.contains("<script>alert"), "letter text is never markup");
    assert!(html.contains("&lt;script&gt;"));
    assert!(html.contains("@media print"), "the page is styled for printing");
    assert!(html.contains("default-src 'none'"), "the page loads nothing from elsewhere");
}

#[test]
fn markdown_cannot_turn_letter_text_into_links() {
    let markdown = render::markdown(&report());
    assert!(!markdown.contains("[click](http://x)"), "brackets are escaped");
    assert!(markdown.contains("\\[click\\]"));
}

fn word(kind: OpKind, old: &str, new: &str) -> WordOp {
    WordOp { kind, old: old.into(), new: new.into() }
}

fn thread_report() -> Report {
    let mut report = report();
    report.thread = Some(ReportThread {
        changes: vec![ReportChange {
            from: "2023 · FC/FOI/23/0501".into(),
            to: "2024 · FC/FOI/24/0467".into(),
            ops: vec![
                word(OpKind::Equal, "In ", "In "),
                word(OpKind::Delete, "2022, 27", ""),
                word(OpKind::Insert, "", "2023, 31 <b>"),
                word(OpKind::Equal, " officers", " officers"),
            ],
            figures: vec!["officers: 27 → 31, +4, +14.8 %".into()],
        }],
        series: vec![ReportSeries {
            label: "officers <withdrawn>".into(),
            points: vec![
                ReportPoint {
                    letter: "2023 · FC/FOI/23/0501".into(),
                    period: Some("2022".into()),
                    value: 27.0,
                    shown: "27".into(),
                },
                ReportPoint {
                    letter: "2024 · FC/FOI/24/0467".into(),
                    period: Some("2023".into()),
                    value: 31.0,
                    shown: "31".into(),
                },
            ],
        }],
    });
    report
}

#[test]
fn a_thread_report_shows_the_changes_between_years_and_charts_each_figure() {
    let html = render::html(&thread_report());
    assert!(
        html.contains("<del>2022, 27</del>") && html.contains("<ins>2023, 31 &lt;b&gt;</ins>"),
        "deleted and inserted words are marked, and still escaped: {html}"
    );
    assert!(html.contains("officers: 27 → 31, +4, +14.8 %"), "a changed figure is called out with its delta");
    assert!(html.contains("<svg") && html.contains("<polyline"), "each figure is drawn as a chart inside the page");
    assert!(!html.contains("<withdrawn>"), "a figure's label is letter text, escaped like the rest");
    assert!(!html.contains("src=\"http") && !html.contains("href=\"http"), "the page loads nothing from elsewhere");
    let markdown = render::markdown(&thread_report());
    assert!(
        markdown.contains("~~2022, 27~~") && markdown.contains("**2023, 31 \\<b\\>**"),
        "Markdown strikes out deleted words and bolds inserted ones: {markdown}"
    );
    assert!(
        markdown.contains("| 2024 · FC/FOI/24/0467 | 2023 | 31 |"),
        "each value is listed with its letter and period"
    );
}

#[test]
fn report_exports_keep_their_shape() {
    // Reviewers hand these files to editors and committees: any change to them must be seen in review.
    let report = thread_report();
    insta::assert_snapshot!("report_markdown", render::markdown(&report));
    insta::assert_snapshot!("report_html", render::html(&report));
    insta::assert_snapshot!("report_annotations_csv", render::annotations_csv(&report));
    insta::assert_snapshot!("report_statuses_csv", render::csv(&render::statuses_table(&report)));
    insta::assert_snapshot!("report_library_csv", render::csv(&render::library_table(&report)));
}
