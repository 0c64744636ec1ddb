//! E-mails: a header block and the body as the document's text, attachments handed on as
//! files of their own, and in a batch each attachment stored and linked to its e-mail.

use std::path::PathBuf;

use disclosure_ingest::email::read_email;
use disclosure_ingest::extract::{extract_text, Format};
use disclosure_ingest::{import_paths_with, FileStatus, IngestError};
use disclosure_store::Store;

use crate::fixtures::{docx, email, paragraph, text_pdf};
use crate::pdf::reader;

#[test]
fn the_text_is_a_header_block_then_the_body() {
    let mail = email("Dear Alex,\nPlease find our response attached.\n", &[]);
    let extracted = extract_text("reply.eml", &mail).expect("an e-mail reads");
    assert_eq!(extracted.format, Format::Eml, "the extension decides the format");
    assert_eq!(extracted.format.as_str(), "eml", "the stored format name");
    let expected_start = "From: FOI Team <foi@fernshire.police.example>\n\
                          To: Alex Requester <alex@example.org>\n\
                          Subject: Your request FOI-2024-00291\n\
                          Date: ";
    assert!(extracted.text.starts_with(expected_start), "a short header block comes first: {:?}", extracted.text);
    assert!(
        extracted.text.contains("\n\nDear Alex,\nPlease find our response attached.\n"),
        "the body follows a blank line, with its line breaks: {:?}",
        extracted.text
    );
}

#[test]
fn an_html_only_body_is_read_by_the_html_reader() {
    let mail = "From: foi@example.gov.uk\r\nSubject: Response\r\nContent-Type: text/html; charset=utf-8\r\n\r\n\
                <html><body><nav>Home | Contact</nav><p>Dear Requester,</p><table><tr><td>Suspended</td><td>4</td></tr></table></body></html>\r\n";
    let extracted = extract_text("reply.eml", mail.as_bytes()).expect("an HTML mail reads");
    assert!(extracted.text.contains("Dear Requester,"), "the HTML body's words are read: {:?}", extracted.text);
    assert!(
        extracted.text.contains("Suspended | 4 |"),
        "tables become pipe rows as in saved pages: {:?}",
        extracted.text
    );
    assert!(!extracted.text.contains("<p>"), "no markup reaches the text: {:?}", extracted.text);
    assert!(!extracted.text.contains("Home | Contact"), "navigation is dropped as in saved pages");
}

#[test]
fn attachments_come_with_their_names() {
    let mail = email(
        "See attached.",
        &[("response.txt", "text/plain", b"Dear Requester,\n"), ("../../etc/scan.png", "image/png", b"\x89PNG\r\n")],
    );
    let read = read_email(&mail).expect("reads");
    let names: Vec<&str> = read.attachments.iter().map(|attachment| attachment.name.as_str()).collect();
    assert_eq!(names, ["response.txt", "scan.png"], "attachments keep their names, never their folders");
    assert_eq!(read.attachments[0].bytes, b"Dear Requester,\n", "the content is decoded from base64");
}

#[test]
fn bytes_without_mail_headers_are_refused() {
    let error = extract_text("notes.eml", b"just some words\nno headers here\n").expect_err("not a mail");
    assert!(matches!(error, IngestError::Email(_)), "a file without mail headers is not an e-mail, got {error:?}");
    for seed in 1..80u64 {
        let _ = read_email(&crate::noise(seed, (seed as usize * 173) % 5000));
    }
}

#[test]
fn a_batch_stores_attachments_as_documents_linked_to_the_email() {
    let library = tempfile::tempdir().expect("temp dir");
    let mut store = Store::open(&library.path().join("library.sqlite3")).expect("library");
    let folder = tempfile::tempdir().expect("temp dir");
    let pdf = text_pdf(&["Reference: FOI-2024-00291", "We hold 12 records."]);
    let word = docx(&paragraph("Annex A: 4 officers were suspended."), None);
    let mail = email(
        "Dear Alex,\nOur response is attached.",
        &[
            ("response.pdf", "application/pdf", &pdf),
            ("annex.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", &word),
            ("figures.numbers", "application/octet-stream", b"PK\x03\x04 not read"),
        ],
    );
    std::fs::write(folder.path().join("reply.eml"), &mail).expect("write");
    // The same annex also arrived as a file of its own, earlier in the walk.
    std::fs::write(folder.path().join("a-annex-copy.docx"), &word).expect("write");

    let report = import_paths_with(&mut store, &[PathBuf::from(folder.path())], &reader(), &mut |_| {});
    let outcome = |suffix: &str| {
        report
            .files
            .iter()
            .find(|file| file.path.ends_with(suffix))
            .unwrap_or_else(|| panic!("{suffix} must have an outcome: {:#?}", report.files))
            .clone()
    };
    let mail_outcome = outcome("reply.eml");
    assert_eq!(mail_outcome.status, FileStatus::Imported, "the e-mail itself is stored: {mail_outcome:?}");
    let mail_id = mail_outcome.id.expect("the e-mail's id is reported");
    let pdf_outcome = outcome("reply.eml#response.pdf");
    assert_eq!(pdf_outcome.status, FileStatus::Imported, "a PDF attachment is its own document: {pdf_outcome:?}");
    assert_eq!(
        outcome("reply.eml#annex.docx").status,
        FileStatus::Duplicate,
        "an attachment whose bytes are already stored adds nothing"
    );
    let unsupported = outcome("reply.eml#figures.numbers");
    assert_eq!(unsupported.status, FileStatus::Error, "an Apple Numbers file is not read");
    assert!(
        unsupported.error.as_deref().is_some_and(|error| error.contains("format not supported yet")),
        "an unsupported attachment says so: {unsupported:?}"
    );
    assert_eq!(report.files.len(), 5, "one outcome for each file and each attachment: {:#?}", report.files);

    let attachments = store.list_attachments(mail_id).expect("attachments");
    assert_eq!(attachments.len(), 1, "only the newly stored attachment is linked to this e-mail");
    assert_eq!(attachments[0].file_name, "response.pdf", "the attachment keeps its name");
    assert_eq!(attachments[0].format, "pdf", "and its own format");
    assert!(
        attachments[0].source_path.as_deref().is_some_and(|path| path.ends_with("reply.eml#response.pdf")),
        "its origin names the e-mail: {:?}",
        attachments[0].source_path
    );
    assert_eq!(attachments[0].reference.as_deref(), Some("FOI-2024-00291"), "an attachment is read like any letter");

    let again = import_paths_with(&mut store, &[folder.path().join("reply.eml")], &reader(), &mut |_| {});
    assert_eq!(again.files.len(), 1, "a mail imported before is one duplicate, its attachments already dealt with");
    assert_eq!(again.files[0].status, FileStatus::Duplicate, "the same e-mail twice adds nothing");
}
