//! `disclosure reread`: a letter read again from its file after installing Tesseract, and the
//! mark `thread show --json` then puts on the value OCR read.

use std::path::Path;

use crate::fixtures::{grey_image_pdf, printed_page_pixels};
use crate::{disclosure, json_lines, stdout};

fn letter(year: u32, n_suspended: u32) -> Vec<String> {
    [
        "Fernshire Constabulary".to_string(),
        format!("Freedom of Information request reference no: FOI-{year}-00291"),
        String::new(),
        "Dear Requester,".to_string(),
        String::new(),
        "I note you seek access to the following information:".to_string(),
        format!("1. How many officers were suspended in {}?", year - 1),
        String::new(),
        "I have today decided to disclose the requested information.".to_string(),
        String::new(),
        format!("Q1 - How many officers were suspended in {}?", year - 1),
        format!("In {}, {n_suspended} officers were suspended.", year - 1),
        String::new(),
        "Yours sincerely,".to_string(),
        "Fernshire Constabulary".to_string(),
    ]
    .to_vec()
}

/// True when OCR can run here; otherwise says why the test is skipped.
fn ocr_available(test: &str) -> bool {
    let installed = |program: &str| {
        std::process::Command::new(program).arg("-v").output().is_ok_and(|output| output.status.success())
    };
    if installed("tesseract") && installed("pdftoppm") {
        return true;
    }
    let required = std::env::var("DISCLOSURE_OCR_REQUIRED").is_ok_and(|value| value == "1");
    assert!(!required, "{test}: OCR is required here (DISCLOSURE_OCR_REQUIRED=1) but Tesseract or pdftoppm is missing");
    eprintln!("skipping {test}: Tesseract or pdftoppm is not installed");
    false
}

/// Runs the CLI as if Tesseract were not installed: a PATH without it (the PDF reader is the
/// binary itself, by its full path).
fn without_tesseract(db: &Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_disclosure"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("DISCLOSURE_DB")
        .env("PATH", "/nonexistent")
        .output()
        .expect("the disclosure binary runs")
}

#[test]
fn a_letter_refused_without_tesseract_imports_after_and_its_value_is_marked_as_read_by_ocr() {
    if !ocr_available("a_letter_refused_without_tesseract_imports_after_and_its_value_is_marked_as_read_by_ocr") {
        return;
    }
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("library.sqlite3");
    let typed = folder.path().join("response-2023.txt");
    std::fs::write(&typed, letter(2023, 9).join("\n")).expect("write");
    let lines = letter(2024, 14);
    let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
    let (width, height, pixels) = printed_page_pixels(&lines, 300).expect("pdftoppm renders the printed letter");
    let scan = folder.path().join("scan-2024.pdf");
    std::fs::write(&scan, grey_image_pdf(width, height, "", &pixels)).expect("write");

    let refused = without_tesseract(&db, &["import", "--json", scan.to_str().expect("path")]);
    let message = json_lines(&refused)[0]["error"].as_str().unwrap_or_default().to_string();
    assert!(message.contains("install"), "without Tesseract the file is refused with how to install it: {message}");
    assert!(disclosure(&db, &["import", typed.to_str().expect("path"), scan.to_str().expect("path")]).status.success());

    let threads: serde_json::Value =
        serde_json::from_str(&stdout(&disclosure(&db, &["threads", "--json"]))).expect("threads --json");
    let id = threads.as_array().and_then(|threads| threads.first()).map(|thread| thread["id"].to_string());
    let id = id.unwrap_or_else(|| panic!("the typed and the scanned letter are threaded: {threads}"));
    let shown: serde_json::Value =
        serde_json::from_str(&stdout(&disclosure(&db, &["thread", "show", &id, "--json"]))).expect("show --json");
    let points = shown["series"]
        .as_array()
        .and_then(|series| series.iter().find(|line| line["points"].as_array().map(Vec::len) == Some(2)))
        .map(|line| line["points"].clone())
        .unwrap_or_else(|| panic!("the count is followed over both years: {shown}"));
    let marks: Vec<&serde_json::Value> =
        points.as_array().expect("points").iter().map(|point| &point["read_by_ocr"]).collect();
    assert_eq!(marks, [false, true], "only the value OCR read may be misread, and the JSON says which: {points}");
    let changes: Vec<&serde_json::Value> = shown["members"]
        .as_array()
        .expect("members")
        .iter()
        .flat_map(|member| member["figure_changes"].as_array().into_iter().flatten())
        .collect();
    assert!(
        !changes.is_empty() && changes.iter().all(|change| change["read_by_ocr"] == true),
        "a change against the scanned year compares a value OCR read: {changes:?}"
    );
}

#[test]
fn reread_takes_the_file_as_it_reads_now_and_refuses_a_letter_without_one() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("library.sqlite3");
    let file = folder.path().join("response.txt");
    std::fs::write(&file, letter(2024, 14)[..10].join("\n")).expect("write");
    assert!(disclosure(&db, &["import", file.to_str().expect("path")]).status.success(), "the letter imports");
    std::fs::write(&file, letter(2024, 14).join("\n")).expect("the file as a newer reader reads it");
    let output = disclosure(&db, &["reread", "--all", "--json"]);
    assert!(output.status.success(), "reread succeeds: {}", String::from_utf8_lossy(&output.stderr));
    let lines = json_lines(&output);
    assert_eq!(lines.len(), 1, "the one letter with a file is read again: {lines:?}");
    assert_eq!(lines[0]["status"], "read", "{lines:?}");
    assert_eq!(lines[0]["text_changed"], true, "the new text replaces the old: {lines:?}");
    assert!(
        stdout(&disclosure(&db, &["show", "1"])).contains("14 officers were suspended"),
        "show prints the new text"
    );

    assert!(disclosure(&db, &["samples"]).status.success());
    let sample = disclosure(&db, &["reread", "FC/FOI/21/0412"]);
    assert_eq!(sample.status.code(), Some(1), "a letter without a file of its own fails on its own");
    assert!(
        String::from_utf8_lossy(&sample.stderr).contains("not imported from a file"),
        "and says why: {}",
        String::from_utf8_lossy(&sample.stderr)
    );
}
