//! Scanned letters: a letter printed, rendered to pixels and stored as a picture-only PDF is
//! read back by Tesseract, its pages marked as read by OCR, and its reference, question and
//! figure come back. Skipped with a message where Tesseract or pdftoppm is not installed,
//! unless `DISCLOSURE_OCR_REQUIRED=1` (as `./desk test` sets) makes their absence a failure.

use std::io::Write;

use disclosure_core::parse::parse;
use disclosure_ingest::extract::extract_text_with;
use disclosure_ingest::ocr::text_of_word_table;
use disclosure_ingest::pdf::{read_pdf_in_child, PageSource};

use crate::fixtures::{grey_image_pdf, printed_page_pixels, text_pdf};
use crate::pdf::reader;

const LETTER: &[&str] = &[
    "Fernshire Constabulary",
    "Freedom of Information request reference no: FOI-2024-00291",
    "",
    "Dear Requester,",
    "",
    "I note you seek access to the following information:",
    "1. How many officers were suspended in 2023?",
    "",
    "I have today decided to disclose the requested information.",
    "",
    "Q1 - How many officers were suspended in 2023?",
    "In 2023, 14 officers were suspended.",
    "",
    "Yours sincerely,",
    "Information Rights Officer",
];

/// True when OCR can run here; otherwise says why the test is skipped, or fails when OCR is
/// required.
fn ocr_available(test: &str) -> bool {
    let installed = |program: &str| {
        std::process::Command::new(program).arg("-v").output().is_ok_and(|output| output.status.success())
    };
    let missing: Vec<&str> = [("tesseract", installed("tesseract")), ("pdftoppm", installed("pdftoppm"))]
        .into_iter()
        .filter(|(_, present)| !present)
        .map(|(program, _)| program)
        .collect();
    if missing.is_empty() {
        return true;
    }
    let required = std::env::var("DISCLOSURE_OCR_REQUIRED").is_ok_and(|value| value == "1");
    assert!(!required, "{test}: OCR is required here (DISCLOSURE_OCR_REQUIRED=1) but {missing:?} is not installed");
    eprintln!(
        "skipping {test}: {missing:?} not installed (sudo apt install tesseract-ocr tesseract-ocr-eng poppler-utils)"
    );
    false
}

/// The letter as a scanner stores it: one grey picture per page, Flate-compressed.
fn scanned_letter() -> Vec<u8> {
    let (width, height, pixels) = printed_page_pixels(LETTER, 300).expect("pdftoppm renders the printed letter");
    let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
    encoder.write_all(&pixels).expect("compressed pixels");
    grey_image_pdf(width, height, "/Filter /FlateDecode", &encoder.finish().expect("compressed"))
}

#[test]
fn a_scanned_letter_is_read_by_ocr_with_its_reference_question_and_figure() {
    if !ocr_available("a_scanned_letter_is_read_by_ocr_with_its_reference_question_and_figure") {
        return;
    }
    let pdf = read_pdf_in_child(&scanned_letter(), &reader()).expect("a scan is read by OCR");
    assert_eq!(pdf.pages.len(), 1, "one page, one reading");
    assert_eq!(pdf.pages[0].source, PageSource::Ocr, "a page without a text layer is marked as read by OCR");
    let confidence = pdf.pages[0].confidence.expect("OCR says how sure it is");
    assert!(confidence > 50.0, "a clean printed page is read with confidence, got {confidence}");

    let letter = parse(&pdf.text);
    assert_eq!(
        letter.reference.as_ref().map(|reference| reference.value.as_str()),
        Some("FOI-2024-00291"),
        "the reference comes back from the picture:\n{}",
        pdf.text
    );
    let question = letter.questions.first().expect("the question comes back");
    assert!(question.text.contains("officers were suspended"), "the question's words survive OCR: {question:?}");
    let figures = question.answer.as_ref().map(|answer| answer.figures.clone()).unwrap_or_default();
    assert!(
        figures.iter().any(|figure| figure.value == 14.0),
        "the answer's figure comes back: {figures:?}\n{}",
        pdf.text
    );
}

#[test]
fn a_letter_with_a_text_page_is_read_from_its_text_layer_without_ocr() {
    let pdf = read_pdf_in_child(&text_pdf(LETTER), &reader()).expect("a text PDF");
    assert_eq!(pdf.pages.len(), 1, "one page");
    assert_eq!(pdf.pages[0].source, PageSource::Text, "a page with a text layer is never sent to OCR");
    assert_eq!(pdf.pages[0].confidence, None, "a text layer needs no confidence");
    assert_eq!(&pdf.text[pdf.pages[0].start..pdf.pages[0].end], pdf.text, "the only page covers the whole text");
}

#[test]
fn without_tesseract_the_message_says_how_to_install_it() {
    if printed_page_pixels(&["x"], 20).is_none() {
        eprintln!("skipping without_tesseract_the_message_says_how_to_install_it: pdftoppm not installed");
        return;
    }
    let scan = grey_image_pdf(4, 4, "", &[255; 16]);
    // A program that does not exist: as if Tesseract were not installed.
    let without_ocr = reader().with_tesseract("/nonexistent/tesseract");
    let error = extract_text_with("scan.pdf", &scan, &without_ocr).expect_err("no OCR engine");
    let message = error.to_string();
    assert!(message.contains("Tesseract"), "the message names what is missing: {message}");
    assert!(message.contains("install"), "and how to install it: {message}");
    assert!(message.contains("import the file again"), "and that the file can be read after installing: {message}");
}

#[test]
fn the_word_table_becomes_lines_and_paragraphs_with_a_mean_confidence() {
    let tsv = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n\
               1\t1\t0\t0\t0\t0\t0\t0\t100\t100\t-1\t\n\
               5\t1\t1\t1\t1\t1\t0\t0\t10\t10\t90\tDear\n\
               5\t1\t1\t1\t1\t2\t0\t0\t10\t10\t80\tRequester,\n\
               5\t1\t1\t1\t2\t1\t0\t0\t10\t10\t70\t|\n\
               5\t1\t1\t1\t2\t2\t0\t0\t10\t10\t70\tnote\n\
               5\t1\t2\t1\t1\t1\t0\t0\t10\t10\t60\t14\n";
    let (text, confidence) = text_of_word_table(tsv);
    assert_eq!(
        text, "Dear Requester,\nI note\n\n14\n",
        "words of a line join with spaces, blocks are paragraphs, and a lone pipe is the I it was"
    );
    assert_eq!(confidence, Some(74.0), "the confidence is the words' mean");
}

#[test]
fn a_letter_of_a_text_page_and_a_scanned_page_is_read_page_by_page() {
    if !ocr_available("a_letter_of_a_text_page_and_a_scanned_page_is_read_page_by_page") {
        return;
    }
    let scanned = ["Annex A", "In 2023, 14 officers were suspended."];
    let (width, height, pixels) = printed_page_pixels(&scanned, 300).expect("pdftoppm renders the annex");
    let pdf = crate::fixtures::text_page_and_striped_scan(&LETTER[..4], width, height, &pixels);
    let read = read_pdf_in_child(&pdf, &reader()).expect("a mixed PDF is read");
    let sources: Vec<PageSource> = read.pages.iter().map(|page| page.source).collect();
    assert_eq!(sources, [PageSource::Text, PageSource::Ocr], "the text page keeps its layer, the scan is read by OCR");
    let first = &read.text[read.pages[0].start..read.pages[0].end];
    let second = &read.text[read.pages[1].start..read.pages[1].end];
    assert!(first.contains("FOI-2024-00291"), "page 1 is the text layer: {first:?}");
    assert!(
        second.contains("14 officers were suspended"),
        "page 2, two pictures on one page, is rendered and read: {second:?}"
    );
    assert!(read.pages[0].end <= read.pages[1].start, "pages follow one another in the text");
}

#[test]
fn an_imported_scan_keeps_which_pages_were_read_by_ocr() {
    if !ocr_available("an_imported_scan_keeps_which_pages_were_read_by_ocr") {
        return;
    }
    let library = tempfile::tempdir().expect("temp dir");
    let mut store = disclosure_store::Store::open(&library.path().join("library.sqlite3")).expect("library");
    let folder = tempfile::tempdir().expect("temp dir");
    std::fs::write(folder.path().join("scan.pdf"), scanned_letter()).expect("write");
    let report =
        disclosure_ingest::import_paths_with(&mut store, &[folder.path().to_path_buf()], &reader(), &mut |_| {});
    let id = report.files[0].id.unwrap_or_else(|| panic!("the scan is imported: {report:?}"));
    let pages = store.list_document_pages(id).expect("pages");
    assert_eq!(pages.len(), 1, "the page is stored with the letter");
    assert_eq!(pages[0].source, "ocr", "as read by OCR, so the reader can say so");
    assert!(pages[0].confidence.is_some_and(|confidence| confidence > 50.0), "with its confidence: {pages:?}");
}

#[test]
fn without_tesseract_the_message_gives_this_platforms_install_command() {
    let hint = disclosure_ingest::ocr::tesseract_install_hint();
    let expected = if cfg!(target_os = "macos") {
        "brew install tesseract poppler"
    } else if cfg!(windows) {
        "Tesseract installer"
    } else {
        "sudo apt-get install tesseract-ocr tesseract-ocr-eng poppler-utils"
    };
    assert!(hint.contains(expected), "the reviewer must be told the command for this platform, not another's: {hint}");
}

#[test]
fn a_scan_stored_before_ocr_was_read_is_filled_when_read_again() {
    if !ocr_available("a_scan_stored_before_ocr_was_read_is_filled_when_read_again") {
        return;
    }
    let mut store = disclosure_store::Store::open_in_memory().expect("library");
    let bytes = scanned_letter();
    let source = disclosure_ingest::batch::Source { file_name: "scan.pdf", source_path: None, parent_id: None };
    // What a reader without OCR kept of the scan: no text, no pages.
    let mut first = disclosure_ingest::batch::read_bytes(&source, &text_pdf(&["Page 1"]), &reader()).expect("reads");
    first.document.text = String::new();
    first.pages.clear();
    let stored = store.insert_documents(std::slice::from_ref(&first)).expect("stored").pop().expect("one outcome");
    let Ok(disclosure_store::Inserted::New(id)) = stored else { panic!("stored: {stored:?}") };
    assert!(store.list_document_pages(id).expect("pages").is_empty(), "the first reading marked no page");

    let again = disclosure_ingest::batch::read_bytes(&source, &bytes, &reader()).expect("OCR reads the scan");
    store.update_document_reading(id, &again).expect("the new reading is stored in place of the old");
    let pages = store.list_document_pages(id).expect("pages");
    assert_eq!(pages.len(), 1, "reading again with Tesseract installed fills the pages: {pages:?}");
    assert_eq!(pages[0].source, "ocr", "the page is marked as read by OCR");
    let record = store.get_document(id).expect("still stored under its id");
    assert!(record.text.contains("suspended"), "the letter's words are now stored: {}", record.text);
    assert_eq!(record.row.reference.as_deref(), Some("FOI-2024-00291"), "facts are read from the new text");
}
