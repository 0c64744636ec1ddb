//! A file's own creation date: read from Word and PDF metadata, and used for a letter that
//! prints no date of its own, saying so.

use chrono::NaiveDate;
use disclosure_ingest::created::{docx_created, pdf_created};
use disclosure_ingest::{import_paths, FileStatus};
use disclosure_store::Store;

use crate::fixtures::{docx, paragraph, zip_parts};

fn date(text: &str) -> NaiveDate {
    text.parse().expect("a date")
}

#[test]
fn pdf_and_word_metadata_give_the_creation_date() {
    assert_eq!(
        pdf_created(b"%PDF-1.4\n<< /Producer (x) /CreationDate (D:20230415101500+01'00') >>"),
        Some(date("2023-04-15")),
        "the information dictionary's date"
    );
    assert_eq!(
        pdf_created(b"%PDF-1.7\n<x:xmpmeta><xmp:CreateDate>2022-11-03T09:00:00Z</xmp:CreateDate></x:xmpmeta>"),
        Some(date("2022-11-03")),
        "XMP metadata, where the information dictionary has none"
    );
    assert_eq!(
        pdf_created(b"%PDF-1.4\n<< /CreationDate (D:19700101000000Z) >>"),
        None,
        "a clock at the epoch is no date"
    );
    assert_eq!(pdf_created(b"%PDF-1.4\n<< /CreationDate (D:2023) >>"), None, "a cut-off date is no date, and no panic");
    assert_eq!(
        docx_created(
            r#"<cp:coreProperties><dcterms:created xsi:type="dcterms:W3CDTF">2024-06-30T08:00:00Z</dcterms:created></cp:coreProperties>"#
        ),
        Some(date("2024-06-30")),
        "Word's core properties"
    );
}

#[test]
fn an_undated_letter_is_dated_by_its_file_and_says_so() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let body = [
        "Dear requester,",
        "Thank you for your request for information about grit bins.",
        "We do not hold this information.",
    ]
    .map(paragraph)
    .concat();
    let plain = docx(&body, None);
    // The same document with core properties, as Word writes them.
    let mut with_core = zip::ZipArchive::new(std::io::Cursor::new(plain.clone())).expect("a zip");
    let mut parts: Vec<(String, Vec<u8>)> = (0..with_core.len())
        .map(|index| {
            let mut part = with_core.by_index(index).expect("a part");
            let mut bytes = Vec::new();
            std::io::Read::read_to_end(&mut part, &mut bytes).expect("bytes");
            (part.name().to_string(), bytes)
        })
        .collect();
    parts.push((
        "docProps/core.xml".to_string(),
        br#"<?xml version="1.0"?><cp:coreProperties xmlns:cp="c" xmlns:dcterms="d"><dcterms:created>2021-09-14T10:00:00Z</dcterms:created></cp:coreProperties>"#.to_vec(),
    ));
    let dated = zip_parts(&parts.iter().map(|(name, bytes)| (name.as_str(), bytes.clone())).collect::<Vec<_>>());
    std::fs::write(folder.path().join("grit-bins.docx"), dated).expect("write");

    let library = tempfile::tempdir().expect("a temporary folder");
    let mut store = Store::open(&library.path().join("library.sqlite3")).expect("a library");
    let report = import_paths(&mut store, &[folder.path().to_path_buf()], &mut |_| {});
    assert_eq!(report.count(FileStatus::Imported), 1, "the letter imports: {report:?}");
    let row = &store.list_documents().expect("rows")[0];
    assert_eq!(
        row.response_date.as_deref(),
        Some("2021-09-14"),
        "the letter prints no date, so the file's creation date stands in"
    );
    assert_eq!(row.date_source.as_deref(), Some("file"), "and the library says where it came from");
}
