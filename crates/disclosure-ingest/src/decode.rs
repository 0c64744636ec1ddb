//! Bytes to text: byte-order marks first, then a declared charset, then UTF-8, then detection.
//!
//! Decoding never fails: bytes that are invalid in the chosen encoding become U+FFFD. Whether
//! the result is text at all is decided separately by [`looks_binary`].

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};

/// Text decoded from bytes, with the encoding that was used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text, with any byte-order mark removed.
    pub text: String,
    /// Name of the encoding, as the WHATWG Encoding Standard spells it (`UTF-8`, `windows-1252`).
    pub encoding: &'static str,
}

/// Decodes `bytes`, honouring a BOM, then `declared` (e.g. an HTML `<meta charset>`), then
/// strict UTF-8, and finally the most likely legacy encoding for the bytes.
pub fn decode(bytes: &[u8], declared: Option<&'static Encoding>) -> Decoded {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        return Decoded { text: text.into_owned(), encoding: encoding.name() };
    }
    if let Some(encoding) = declared.map(Encoding::output_encoding) {
        if encoding != UTF_16LE && encoding != UTF_16BE {
            let (text, _) = encoding.decode_without_bom_handling(bytes);
            return Decoded { text: text.into_owned(), encoding: encoding.name() };
        }
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Decoded { text: text.to_string(), encoding: UTF_8.name() };
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    // Strict UTF-8 already failed above, so a UTF-8 guess would only mean "broken UTF-8"; the
    // .uk hint makes ties fall to the Windows-1252 family that British offices write.
    let encoding = detector.guess(Some(b"uk"), chardetng::Utf8Detection::Deny);
    let (text, _) = encoding.decode_without_bom_handling(bytes);
    Decoded { text: text.into_owned(), encoding: encoding.name() }
}

/// What kind of binary file the first bytes announce, if any well-known signature matches.
pub fn binary_signature(bytes: &[u8]) -> Option<&'static str> {
    const SIGNATURES: &[(&[u8], &str)] = &[
        (b"%PDF-", "a PDF document"),
        (b"PK\x03\x04", "a ZIP archive or Office document"),
        (b"\x7fELF", "an executable"),
        (b"MZ", "a Windows executable"),
        (b"\x89PNG", "a PNG image"),
        (b"\xff\xd8\xff", "a JPEG image"),
        (b"GIF8", "a GIF image"),
        (b"\xd0\xcf\x11\xe0", "an old Office document"),
        (b"SQLite format 3\0", "a SQLite database"),
        (b"\x1f\x8b", "a gzip archive"),
    ];
    SIGNATURES.iter().find(|(magic, _)| bytes.starts_with(magic)).map(|(_, name)| *name)
}

/// True when decoded text is mostly control characters or replacement characters: the bytes
/// were not text in any encoding we know.
pub fn looks_binary(bytes: &[u8], decoded: &Decoded) -> bool {
    let utf16 = decoded.encoding == UTF_16LE.name() || decoded.encoding == UTF_16BE.name();
    if !utf16 && bytes.iter().take(8192).any(|b| *b == 0) {
        return true;
    }
    let sample = decoded.text.chars().take(8192);
    let (mut n_chars, mut n_bad) = (0usize, 0usize);
    for c in sample {
        n_chars += 1;
        let is_control = c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\x0c');
        if is_control || c == char::REPLACEMENT_CHARACTER {
            n_bad += 1;
        }
    }
    n_chars > 0 && n_bad * 10 > n_chars
}
