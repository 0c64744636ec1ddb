//! PDF, Word and e-mail through the real binary: the PDF reader runs as a child of the
//! `disclosure` executable itself, bad PDFs are per-file errors, and attachments are linked.

use std::path::Path;

use crate::fixtures::{docx, email, image_only_pdf, paragraph, table, text_pdf};
use crate::{disclosure, json_lines, stdout};

fn write(folder: &Path, name: &str, bytes: &[u8]) {
    std::fs::write(folder.join(name), bytes).unwrap_or_else(|error| panic!("write {name}: {error}"));
}

#[test]
fn a_folder_of_new_formats_imports_with_clear_per_file_errors() {
    let folder = tempfile::tempdir().expect("temp dir");
    let letters = folder.path().join("letters");
    std::fs::create_dir(&letters).expect("mkdir");
    write(&letters, "a-good.pdf", &text_pdf(&["Reference: FOI-2024-00291", "Dear Requester,", "We hold 12 records."]));
    let mut garbage = b"%PDF-1.7\n".to_vec();
    garbage.extend((0..3000u32).map(|n| (n.wrapping_mul(2_654_435_761) >> 13) as u8));
    write(&letters, "b-garbage.pdf", &garbage);
    write(&letters, "c-scan.pdf", &image_only_pdf());
    let word_body = [paragraph("Reference: FOI-2024-00300"), table(&[&["Suspended", "4"]])].concat();
    write(&letters, "d-letter.docx", &docx(&word_body, None));
    let attached_pdf = text_pdf(&["Reference: FOI-2024-00301", "Annex: 7 vehicles."]);
    let mail = email(
        "Dear Alex,\nOur response is attached.",
        &[
            ("response.txt", "text/plain", b"Reference: FOI-2024-00302\nDear Alex, 3 officers.\n"),
            ("annex.pdf", "application/pdf", &attached_pdf),
        ],
    );
    write(&letters, "e-reply.eml", &mail);
    let db = folder.path().join("library.sqlite3");

    let output = disclosure(&db, &["import", letters.to_str().expect("utf-8 path"), "--json"]);
    assert_eq!(output.status.code(), Some(1), "two PDFs fail, the rest import: exit status 1");
    let lines = json_lines(&output);
    let line = |suffix: &str| {
        lines
            .iter()
            .find(|line| line["path"].as_str().is_some_and(|path| path.ends_with(suffix)))
            .unwrap_or_else(|| panic!("{suffix} must be reported: {lines:#?}"))
            .clone()
    };
    assert_eq!(line("a-good.pdf")["status"], "imported", "a PDF with a text layer imports through the child");
    let garbage = line("b-garbage.pdf");
    assert_eq!(garbage["status"], "error", "noise after a PDF header is refused");
    assert!(
        garbage["error"].as_str().is_some_and(|error| error.contains("PDF")),
        "the message says the PDF could not be read: {garbage}"
    );
    let scan = line("c-scan.pdf");
    assert!(
        scan["error"].as_str().is_some_and(|error| error.contains("no readable text") || error.contains("Tesseract")),
        "a scan of no words says nothing could be read (or, without Tesseract, how to install it): {scan}"
    );
    assert_eq!(line("d-letter.docx")["status"], "imported", "a Word document imports");
    let mail_line = line("e-reply.eml");
    assert_eq!(mail_line["status"], "imported", "the e-mail imports");
    assert_eq!(line("e-reply.eml#response.txt")["status"], "imported", "a text attachment is its own document");
    assert_eq!(line("e-reply.eml#annex.pdf")["status"], "imported", "a PDF attachment is read through the child too");
    assert_eq!(lines.len(), 7, "five files and two attachments: {lines:#?}");

    let listed: serde_json::Value =
        serde_json::from_str(&stdout(&disclosure(&db, &["list", "--json"]))).expect("list --json");
    let listed = listed.as_array().expect("an array");
    let mail_id = mail_line["id"].as_i64().expect("the e-mail's id");
    let mut attached: Vec<&str> = listed
        .iter()
        .filter(|document| document["parent_id"].as_i64() == Some(mail_id))
        .filter_map(|document| document["file_name"].as_str())
        .collect();
    attached.sort_unstable();
    assert_eq!(attached, ["annex.pdf", "response.txt"], "both attachments are linked to their e-mail");
    // The e-mail's subject names FOI-2024-00291 too, so each file is looked up by its name.
    let reference_of = |file_name: &str| {
        listed.iter().find(|document| document["file_name"] == file_name).map(|document| document["reference"].clone())
    };
    assert_eq!(
        reference_of("a-good.pdf"),
        Some("FOI-2024-00291".into()),
        "the PDF's reference is read from its text layer"
    );
    assert_eq!(
        reference_of("d-letter.docx"),
        Some("FOI-2024-00300".into()),
        "the Word document's reference is read from its body"
    );
}

#[test]
fn parse_reads_a_pdf_through_the_same_child() {
    let folder = tempfile::tempdir().expect("temp dir");
    let pdf = folder.path().join("response.pdf");
    std::fs::write(
        &pdf,
        text_pdf(&["Reference: FOI-2024-00291", "1. How many officers?", "377 Family Liaison Officers."]),
    )
    .expect("write");
    let output = disclosure(&folder.path().join("unused.sqlite3"), &["parse", pdf.to_str().expect("utf-8"), "--json"]);
    assert!(output.status.success(), "parse reads a PDF: {}", String::from_utf8_lossy(&output.stderr));
    let parsed: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("parse --json");
    assert_eq!(parsed["format"], "pdf", "the format is reported");
    assert_eq!(parsed["reference"], "FOI-2024-00291", "the reference is read from the text layer");
    assert_eq!(parsed["pages"][0]["number"], 1, "each page is listed: {}", parsed["pages"]);
    assert_eq!(parsed["pages"][0]["source"], "text", "a page with a text layer says so");
    assert!(parsed["pages"][0]["confidence"].is_null(), "a text layer has no OCR confidence");

    let scan = folder.path().join("scan.pdf");
    std::fs::write(&scan, image_only_pdf()).expect("write");
    let output = disclosure(&folder.path().join("unused.sqlite3"), &["parse", scan.to_str().expect("utf-8")]);
    assert!(!output.status.success(), "a scan of no words cannot be parsed");
    let errors = String::from_utf8_lossy(&output.stderr);
    assert!(errors.contains("no readable text") || errors.contains("Tesseract"), "parse says why: {errors}");
}

#[test]
fn spreadsheets_import_and_parse_as_tables() {
    let folder = tempfile::tempdir().expect("temp dir");
    use crate::fixtures::SheetCell::{Number, Words};
    let workbook = crate::fixtures::xlsx(&[(
        "Suspensions",
        vec![vec![Words("Year"), Words("Suspended")], vec![Words("2023"), Number(14.0)]],
        &[],
    )]);
    write(folder.path(), "suspensions.xlsx", &workbook);
    write(folder.path(), "fines.csv", b"Premises,Fines\nAnchor,250\n");
    let parsed_sheet = |name: &str| -> serde_json::Value {
        let path = folder.path().join(name);
        let output =
            disclosure(&folder.path().join("unused.sqlite3"), &["parse", path.to_str().expect("utf-8"), "--json"]);
        assert!(output.status.success(), "parse reads {name}: {}", String::from_utf8_lossy(&output.stderr));
        serde_json::from_str(&stdout(&output)).expect("parse --json")
    };
    let workbook = parsed_sheet("suspensions.xlsx");
    assert_eq!(workbook["format"], "xlsx", "the format is reported");
    assert_eq!(workbook["tables"][0]["header"], serde_json::json!(["Year", "Suspended"]), "the sheet's header row");
    assert!(workbook["pages"].as_array().is_some_and(Vec::is_empty), "a workbook has no pages");
    let csv = parsed_sheet("fines.csv");
    assert_eq!(csv["format"], "csv", "the format is reported");
    assert_eq!(csv["tables"][0]["rows"][0], serde_json::json!(["Anchor", "250"]), "the CSV's row");

    let library = tempfile::tempdir().expect("temp dir");
    let output = disclosure(
        &library.path().join("library.sqlite3"),
        &["import", folder.path().to_str().expect("utf-8 path"), "--json"],
    );
    assert_eq!(output.status.code(), Some(0), "both spreadsheets import: {}", stdout(&output));
}

#[test]
fn parse_marks_the_pages_of_a_scan_as_read_by_ocr() {
    let installed = |program: &str| {
        std::process::Command::new(program).arg("-v").output().is_ok_and(|output| output.status.success())
    };
    if !(installed("tesseract") && installed("pdftoppm")) {
        let required = std::env::var("DISCLOSURE_OCR_REQUIRED").is_ok_and(|value| value == "1");
        assert!(!required, "OCR is required here (DISCLOSURE_OCR_REQUIRED=1) but Tesseract or pdftoppm is missing");
        eprintln!("skipping parse_marks_the_pages_of_a_scan_as_read_by_ocr: tesseract or pdftoppm not installed");
        return;
    }
    let lines = ["Fernshire Constabulary", "Freedom of Information request reference no: FOI-2024-00291"];
    let (width, height, pixels) = crate::fixtures::printed_page_pixels(&lines, 300).expect("a rendered page");
    let folder = tempfile::tempdir().expect("temp dir");
    write(folder.path(), "scan.pdf", &crate::fixtures::grey_image_pdf(width, height, "", &pixels));
    let scan = folder.path().join("scan.pdf");
    let output = disclosure(&folder.path().join("unused.sqlite3"), &["parse", scan.to_str().expect("utf-8"), "--json"]);
    assert!(output.status.success(), "a scan is parsed through OCR: {}", String::from_utf8_lossy(&output.stderr));
    let parsed: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("parse --json");
    assert_eq!(parsed["pages"][0]["source"], "ocr", "the page is marked as read by OCR: {}", parsed["pages"]);
    assert!(parsed["pages"][0]["confidence"].as_f64().is_some(), "with the recogniser's confidence");
    assert_eq!(parsed["reference"], "FOI-2024-00291", "the reference is read from the picture");
}
