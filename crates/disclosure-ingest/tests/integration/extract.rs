//! One file's bytes to text: formats by extension, limits, and the per-file errors a user sees.

use disclosure_ingest::extract::{check_size, extract_text, Format};
use disclosure_ingest::IngestError;

use crate::noise;

/// Extracts `bytes` as `file_name` and returns the error, failing if extraction succeeded.
fn extract_error(file_name: &str, bytes: &[u8]) -> IngestError {
    match extract_text(file_name, bytes) {
        Ok(extracted) => panic!("{file_name} must be refused, but gave {:?}", extracted.text),
        Err(error) => error,
    }
}

#[test]
fn plain_text_is_read_as_txt() {
    let extracted = extract_text("letter.TXT", b"Dear Requester,\n").expect("a letter reads");
    assert_eq!(extracted.text, "Dear Requester,\n", "plain text is stored verbatim");
    assert_eq!(extracted.format, Format::Txt, "upper-case extensions are common on Windows");
    assert_eq!(extracted.encoding, "UTF-8", "ASCII is reported as UTF-8");
}

#[test]
fn binary_files_are_refused_whatever_their_name() {
    let check = |file_name: &str, bytes: &[u8], detail: Option<&str>| match extract_error(file_name, bytes) {
        IngestError::Binary { detail: found } => {
            assert_eq!(found, detail, "{file_name}: the message should say what the bytes look like")
        }
        other => panic!("{file_name} must be Binary, got {other:?}"),
    };
    check("scan.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDRrest of image", Some("a PNG image"));
    check("renamed.txt", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", Some("a PDF document"));
    check("tool.html", b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0", Some("an executable"));
    let mut random = noise(42, 2048);
    random[10] = 0;
    random[500] = 0;
    check("noise.txt", &random, None);
}

#[test]
fn an_empty_file_is_reported_as_empty() {
    assert!(matches!(extract_error("empty.txt", b""), IngestError::Empty), "zero bytes is its own message");
    assert!(
        matches!(extract_error("empty.html", b""), IngestError::Empty),
        "zero bytes is its own message for HTML too"
    );
}

#[test]
fn whitespace_only_has_no_text() {
    let check = |file_name: &str, bytes: &[u8]| {
        assert!(
            matches!(extract_error(file_name, bytes), IngestError::NoText),
            "{file_name}: a file of blanks holds nothing to review"
        );
    };
    check("blank.txt", b"   \n\t\r\n  ");
    check("bom-only.txt", b"\xef\xbb\xbf");
    check("blank.html", b"<html><head><title>Only a title</title></head><body>  </body></html>");
    check("scripts.html", b"<script>var letter = 'not visible';</script><style>p{}</style>");
}

#[test]
fn unsupported_formats_say_so() {
    for file_name in ["response.odt", "figures.numbers", "message.msg", "README"] {
        let error = extract_error(file_name, b"Dear Requester");
        assert!(matches!(error, IngestError::Unsupported(_)), "{file_name} must be Unsupported, got {error:?}");
        let message = error.to_string();
        assert!(
            message.contains("format not supported yet"),
            "{file_name}: the user must learn it is not read yet: {message}"
        );
    }
}

#[test]
fn size_limits_are_per_format() {
    const MB: u64 = 1024 * 1024;
    assert!(check_size(Format::Txt, 200 * MB).is_ok(), "exactly at the limit is allowed");
    assert!(matches!(check_size(Format::Txt, 200 * MB + 1), Err(IngestError::TooLarge { .. })), "one byte over is not");
    assert!(matches!(check_size(Format::Html, 51 * MB), Err(IngestError::TooLarge { .. })), "HTML has a smaller limit");
    assert!(matches!(check_size(Format::Txt, 0), Err(IngestError::Empty)), "an empty file is caught by the same check");
}

#[test]
fn arbitrary_bytes_never_panic() {
    for seed in 1..400u64 {
        let bytes = noise(seed, (seed as usize * 131) % 5000);
        for file_name in ["noise.txt", "noise.html"] {
            let _ = extract_text(file_name, &bytes);
        }
    }
}
