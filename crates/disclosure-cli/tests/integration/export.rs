//! `disclosure export`: CSV safe for spreadsheets, JSON, Markdown and a self-contained HTML
//! report in which every piece of text is escaped.

use crate::annotate::sample_library;
use crate::disclosure;

const DOCUMENT: &str = "FC/FOI/23/0501";

fn export(db: &std::path::Path, format: &str, scope: &[&str]) -> String {
    let out = db.with_extension(format!("out.{format}"));
    let mut args = vec!["export", "--format", format];
    args.extend_from_slice(scope);
    let out_text = out.to_string_lossy().into_owned();
    args.extend(["--out", &out_text]);
    let output = disclosure(db, &args);
    assert!(output.status.success(), "export --format {format} runs: {}", String::from_utf8_lossy(&output.stderr));
    std::fs::read_to_string(&out).expect("the export file is written")
}

#[test]
fn exports_escape_hostile_notes_and_neutralise_formulas() {
    let (_folder, db) = sample_library();
    let note = "=HYPERLINK(\"http://evil\") <script>alert(1)</script> [link](http://x)";
    let output = disclosure(
        &db,
        &["annotate", DOCUMENT, "--quote", "The force spent £468,250 on vetting", "--note", note, "--tag", "@money"],
    );
    assert!(output.status.success(), "the note is stored: {}", String::from_utf8_lossy(&output.stderr));

    let csv = export(&db, "csv", &["--document", DOCUMENT]);
    assert!(csv.starts_with('\u{FEFF}'), "CSV starts with a BOM so spreadsheets read UTF-8 (£)");
    assert!(csv.contains("'=HYPERLINK"), "a cell starting with = is neutralised: {csv}");
    assert!(csv.contains("'@money"), "a cell starting with @ is neutralised");
    assert!(csv.contains("£468,250"), "text survives as UTF-8");

    let html = export(&db, "html", &["--document", DOCUMENT]);
    assert!(!html.contains("<script"), "no script reaches the report, escaped or not as markup");
    assert!(html.contains("&lt;script&gt;"), "the note's text is shown escaped");
    assert!(html.contains("@media print"), "the report carries print rules");
    assert!(
        !html.contains("http://evil\"") && !html.contains("src=") && !html.contains("href="),
        "no external resource or link is made from data"
    );

    let markdown = export(&db, "md", &["--document", DOCUMENT]);
    assert!(markdown.contains("\\[link\\]\\(http://x\\)"), "Markdown syntax in a note is escaped: {markdown}");

    let json = export(&db, "json", &["--all"]);
    let report: serde_json::Value = serde_json::from_str(&json).expect("json");
    assert_eq!(report["documents"].as_array().map(Vec::len), Some(4), "--all exports every sample letter");
    let with_note = report["documents"]
        .as_array()
        .expect("documents")
        .iter()
        .find(|document| document["reference"] == DOCUMENT)
        .expect("the annotated letter");
    assert_eq!(with_note["annotations"][0]["note"], note, "JSON keeps the note verbatim");
    assert_eq!(with_note["questions"][2]["label"], "3", "questions and answers come with the report");
}
