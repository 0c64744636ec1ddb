//! PDFs read in a child process: text layers come back as text; scans, garbage, hangs and
//! crashes come back as per-file errors while the test process itself carries on.

use std::time::Duration;

use disclosure_ingest::extract::{extract_text_with, Format};
use disclosure_ingest::pdf::{extract_in_child, tidy_pdf_text, ChildCommand, CHILD_FLAG};
use disclosure_ingest::IngestError;

use crate::fixtures::{filtered_content_pdf, image_only_pdf, text_pdf};
use crate::noise;

/// The real reader child, built from this crate as a small binary.
pub fn reader() -> ChildCommand {
    ChildCommand::new(env!("CARGO_BIN_EXE_disclosure-pdf-reader"), [CHILD_FLAG])
}

fn read_error(bytes: &[u8], command: &ChildCommand) -> IngestError {
    match extract_in_child(bytes, command) {
        Ok(text) => panic!("the PDF must be refused, but gave {text:?}"),
        Err(error) => error,
    }
}

#[test]
fn a_text_layer_is_read_in_the_child() {
    let pdf = text_pdf(&["Reference: FOI-2024-00291", "Dear Requester,", "We hold 377 Family Liaison Officers."]);
    let extracted = extract_text_with("response.PDF", &pdf, &reader()).expect("a PDF with a text layer reads");
    assert_eq!(extracted.format, Format::Pdf, "the extension decides the format, in any case");
    assert_eq!(extracted.format.as_str(), "pdf", "the stored format name");
    for expected in ["FOI-2024-00291", "Dear Requester,", "377 Family Liaison Officers"] {
        assert!(extracted.text.contains(expected), "the text layer must keep {expected:?}: {:?}", extracted.text);
    }
    let reference_line = extracted.text.lines().position(|line| line.contains("FOI-2024-00291"));
    let greeting_line = extracted.text.lines().position(|line| line.contains("Dear Requester"));
    assert!(reference_line < greeting_line, "lines keep their order on the page: {:?}", extracted.text);
}

#[test]
fn a_scan_without_words_says_nothing_could_be_read() {
    // Without Tesseract the scan is refused with how to install it; with it, a 2×2 picture reads as nothing.
    let error = read_error(&image_only_pdf(), &reader());
    assert!(
        matches!(error, IngestError::PdfNoText | IngestError::OcrUnavailable { .. }),
        "an image-only page is a scan, got {error:?}"
    );
    if matches!(error, IngestError::PdfNoText) {
        assert_eq!(
            error.to_string(),
            "this PDF holds no readable text: it has no text layer, and OCR read no words from its pages",
            "the user must learn why nothing was read"
        );
    }
}

#[test]
fn garbage_and_truncated_pdfs_are_clean_errors() {
    let mut garbage = b"%PDF-1.7\n".to_vec();
    garbage.extend(noise(7, 4000));
    let error = read_error(&garbage, &reader());
    assert!(
        matches!(error, IngestError::PdfUnreadable(_) | IngestError::PdfCrashed(_)),
        "noise after a PDF header is refused by the reader, got {error:?}"
    );

    let whole = text_pdf(&["Dear Requester,", "Seven officers."]);
    let truncated = &whole[..whole.len() / 3];
    let error = read_error(truncated, &reader());
    assert!(
        matches!(error, IngestError::PdfUnreadable(_) | IngestError::PdfCrashed(_) | IngestError::PdfNoText),
        "a PDF cut off before its pages is refused, got {error:?}"
    );
    assert!(!error.to_string().is_empty(), "every refusal has a message");
}

#[test]
fn arbitrary_bytes_never_take_the_importer_down() {
    for seed in 1..12u64 {
        let mut bytes = b"%PDF-1.4\n".to_vec();
        bytes.extend(noise(seed, (seed as usize * 977) % 6000));
        // Whatever the child does with these bytes, this process gets an answer.
        let _ = extract_in_child(&bytes, &reader());
    }
}

#[cfg(unix)]
#[test]
fn a_reader_that_hangs_is_stopped_at_the_time_limit() {
    let hanging = ChildCommand::new("sleep", ["30"]).with_time_limit(Duration::from_millis(300));
    let error = read_error(&text_pdf(&["Dear Requester,"]), &hanging);
    assert!(matches!(error, IngestError::PdfTimeout { .. }), "a reader past its limit is killed, got {error:?}");
    assert!(error.to_string().contains("took longer than"), "the message says the time ran out: {error}");
}

#[cfg(unix)]
#[test]
fn a_reader_that_crashes_is_a_per_file_error() {
    let crashing = ChildCommand::new("sh", ["-c", "echo 'thread main has overflowed its stack' >&2; kill -ABRT $$"]);
    let error = read_error(&text_pdf(&["Dear Requester,"]), &crashing);
    assert!(matches!(error, IngestError::PdfCrashed(_)), "a dead reader is a crash, got {error:?}");
    assert!(error.to_string().contains("stack overflow"), "the message names what happened: {error}");

    let out_of_memory =
        ChildCommand::new("sh", ["-c", "echo 'memory allocation of 4294967296 bytes failed' >&2; kill -ABRT $$"]);
    let error = read_error(&text_pdf(&["Dear Requester,"]), &out_of_memory);
    assert!(
        matches!(error, IngestError::PdfOutOfMemory { limit_mb: 1024 }),
        "an allocation failure is the memory limit, got {error:?}"
    );

    let missing = ChildCommand::new("/nonexistent/pdf-reader", [CHILD_FLAG]);
    let error = read_error(&text_pdf(&["Dear Requester,"]), &missing);
    assert!(matches!(error, IngestError::PdfReaderStart(_)), "a reader that cannot start is reported, got {error:?}");
}

#[cfg(target_os = "linux")]
#[test]
fn a_decompression_bomb_meets_the_memory_limit() {
    use std::io::Write;
    // 256 MB of blanks deflate to a quarter of a megabyte; the reader inflates content streams
    // whole, so only the child's own memory limit stops it.
    let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    let blanks = vec![b' '; 1024 * 1024];
    for _ in 0..256 {
        encoder.write_all(&blanks).expect("compress");
    }
    let bomb = filtered_content_pdf("/Filter /FlateDecode", &encoder.finish().expect("compressed"));
    assert!(bomb.len() < 1024 * 1024, "the bomb is small on disk ({} bytes)", bomb.len());
    let limited = reader().with_memory_limit(128 * 1024 * 1024);
    let error = read_error(&bomb, &limited);
    assert!(
        matches!(error, IngestError::PdfOutOfMemory { limit_mb: 128 }),
        "the child dies at its memory limit and the parent says so, got {error:?}"
    );
}

#[test]
fn pdf_text_is_tidied() {
    assert_eq!(
        tidy_pdf_text("The \u{FB01}nal  \n\n\n\nreport\x0c\n"),
        "The final\n\nreport\n",
        "ligatures unfold, line ends are trimmed, blank runs fold to one, page breaks go"
    );
}

#[test]
fn an_oversized_pdf_is_refused_before_the_child_starts() {
    let missing = ChildCommand::new("/nonexistent/pdf-reader", [CHILD_FLAG]);
    let bytes = vec![b' '; 101 * 1024 * 1024];
    match extract_text_with("huge.pdf", &bytes, &missing) {
        Err(IngestError::TooLarge { limit_mb, format, .. }) => {
            assert_eq!((limit_mb, format), (100, "pdf"), "PDFs have their own 100 MB limit")
        }
        other => panic!("a 101 MB PDF must be TooLarge before any reader runs, got {other:?}"),
    }
}
