//! Word documents: paragraphs in order, tables as `cell | cell |` rows, list numbers rebuilt,
//! and archives that are not Word documents (or that unpack to gigabytes) refused by name.

use disclosure_ingest::docx::{docx_to_text, UNPACKED_LIMIT};
use disclosure_ingest::extract::{extract_text, Format};
use disclosure_ingest::IngestError;

use crate::fixtures::{docx, paragraph, table, zip_parts};
use crate::noise;

#[test]
fn paragraphs_and_tables_read_in_order() {
    let body = [
        paragraph("Reference: FOI-2024-00291"),
        paragraph("Dear Requester,"),
        table(&[&["Status", "Number"], &["Suspended", "4"], &["Dismissed", "2"]]),
        paragraph("Yours sincerely, &amp; with thanks"),
    ]
    .concat();
    let extracted = extract_text("response.docx", &docx(&body, None)).expect("a Word document reads");
    assert_eq!(extracted.format, Format::Docx, "the extension decides the format");
    assert_eq!(extracted.format.as_str(), "docx", "the stored format name");
    assert_eq!(
        extracted.text,
        "Reference: FOI-2024-00291\n\nDear Requester,\n\nStatus | Number |\nSuspended | 4 |\nDismissed | 2 |\n\nYours sincerely, & with thanks\n",
        "paragraphs are separated like the HTML reader's, rows are pipe lines, entities are decoded"
    );
}

#[test]
fn automatic_list_numbers_are_written_out() {
    let numbering = r#"<w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl></w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num>"#;
    let item = |level: u8, text: &str| {
        format!(
            r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="3"/></w:numPr></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#
        )
    };
    let body =
        [item(0, "How many officers?"), item(1, "In 2022"), item(1, "In 2023"), item(0, "What did it cost?")].concat();
    let text = docx_to_text(&docx(&body, Some(numbering))).expect("a numbered list reads");
    assert_eq!(
        text, "1. How many officers?\n\na) In 2022\n\nb) In 2023\n\n2. What did it cost?\n",
        "Word draws question numbers from numbering.xml; without them the parser would see no numbers"
    );
}

#[test]
fn deleted_text_and_field_codes_are_not_read() {
    let body = r#"<w:p><w:r><w:t>Kept </w:t></w:r><w:del><w:r><w:delText>removed</w:delText></w:r></w:del><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:t>words</w:t></w:r></w:p>"#;
    assert_eq!(
        docx_to_text(&docx(body, None)).expect("reads"),
        "Kept words\n",
        "tracked deletions and field instructions are not on the page"
    );
}

#[test]
fn archives_that_are_not_word_documents_are_refused() {
    let not_word = zip_parts(&[("content.xml", b"<office:document/>".to_vec())]);
    let error = docx_to_text(&not_word).expect_err("a zip without word/document.xml");
    assert!(matches!(error, IngestError::Docx(_)), "an archive without a body is not a Word document, got {error:?}");
    assert!(error.to_string().contains("word/document.xml"), "the message names the missing part: {error}");

    let error = docx_to_text(&noise(3, 3000)).expect_err("noise");
    assert!(matches!(error, IngestError::Docx(_)), "bytes that are no zip are refused, got {error:?}");

    let broken_xml = zip_parts(&[("word/document.xml", b"<w:document><w:body><w:p>".to_vec())]);
    match docx_to_text(&broken_xml) {
        Ok(text) => assert!(text.trim().is_empty(), "an unfinished body holds no words"),
        Err(error) => assert!(matches!(error, IngestError::Docx(_)), "malformed XML is a Word error, got {error:?}"),
    }
}

#[test]
fn a_zip_bomb_is_refused_without_inflating_it() {
    // Highly compressible: 201 MB of zeros deflate to a few hundred kilobytes.
    let bomb = zip_parts(&[("word/document.xml", vec![b'0'; (UNPACKED_LIMIT + 1024 * 1024) as usize])]);
    assert!(bomb.len() < 2 * 1024 * 1024, "the bomb is small on disk ({} bytes)", bomb.len());
    let error = docx_to_text(&bomb).expect_err("a part over the cap");
    assert!(
        matches!(error, IngestError::UnpacksTooLarge { limit_mb: 200 }),
        "over the cap is a zip bomb, got {error:?}"
    );
}

#[test]
fn arbitrary_bytes_inside_a_zip_never_panic() {
    for seed in 1..60u64 {
        let part = noise(seed, (seed as usize * 211) % 4000);
        let _ = docx_to_text(&zip_parts(&[("word/document.xml", part.clone()), ("word/numbering.xml", part)]));
    }
}
