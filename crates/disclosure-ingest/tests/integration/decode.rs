//! Decoding: byte-order marks, strict UTF-8, legacy Windows-1252 detection, and bytes that are
//! not text at all.

use disclosure_ingest::decode::{binary_signature, decode, looks_binary};

use crate::noise;

/// Decodes `bytes` with no declared charset and checks text and encoding name.
fn check(bytes: &[u8], expected_text: &str, expected_encoding: &str, why: &str) {
    let decoded = decode(bytes, None);
    assert_eq!(decoded.text, expected_text, "{why}");
    assert_eq!(decoded.encoding, expected_encoding, "{why}: encoding name");
    assert!(!looks_binary(bytes, &decoded), "{why}: real text must not be taken for binary");
}

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let mut bytes = if big_endian { vec![0xfe, 0xff] } else { vec![0xff, 0xfe] };
    for unit in text.encode_utf16() {
        bytes.extend(if big_endian { unit.to_be_bytes() } else { unit.to_le_bytes() });
    }
    bytes
}

const LETTER: &str = "Dear Requester,\nThe force spent £412,000 on vetting in 2019/20 – “in full”.\n";

#[test]
fn utf8_without_bom() {
    check(LETTER.as_bytes(), LETTER, "UTF-8", "most letters are plain UTF-8");
}

#[test]
fn utf8_with_bom_loses_the_bom() {
    let bytes = [b"\xef\xbb\xbf".as_slice(), LETTER.as_bytes()].concat();
    check(&bytes, LETTER, "UTF-8", "Notepad writes a BOM; it must not reach the stored text");
}

#[test]
fn utf16_little_endian_with_bom() {
    check(&utf16(LETTER, false), LETTER, "UTF-16LE", "Windows 'Unicode' text files are UTF-16LE");
}

#[test]
fn utf16_big_endian_with_bom() {
    check(&utf16(LETTER, true), LETTER, "UTF-16BE", "UTF-16BE is rarer but announced the same way");
}

#[test]
fn windows_1252_is_detected() {
    check(
        b"Caf\xe9 \x93quoted\x94 \xa3412",
        "Café “quoted” £412",
        "windows-1252",
        "British offices still save Windows-1252; curly quotes and the pound sign must survive",
    );
}

#[test]
fn a_longer_windows_1252_letter_is_detected() {
    let bytes =
        b"Dear Requester,\r\nThe force spent \xa3412,000 on vetting \x96 \x93in full\x94.\r\nYours sincerely\r\n";
    check(
        bytes,
        "Dear Requester,\r\nThe force spent £412,000 on vetting – “in full”.\r\nYours sincerely\r\n",
        "windows-1252",
        "a whole Windows-1252 letter with CRLF endings and an en dash",
    );
}

#[test]
fn a_declared_charset_is_honoured_when_there_is_no_bom() {
    let decoded = decode(b"\xa3412", Some(encoding_rs::WINDOWS_1252));
    assert_eq!(decoded.text, "£412", "a page's own <meta charset> outranks guessing");
    let with_bom = decode(b"\xef\xbb\xbf\xc2\xa3412", Some(encoding_rs::WINDOWS_1252));
    assert_eq!(with_bom.text, "£412", "a BOM outranks a declared charset, as browsers do");
    assert_eq!(with_bom.encoding, "UTF-8", "the BOM's encoding is the one reported");
}

#[test]
fn invalid_utf8_never_panics() {
    let samples: Vec<Vec<u8>> = vec![
        b"\xc3".to_vec(),
        b"\xc3\x28 truncated sequence".to_vec(),
        b"\xe2\x82 half a euro".to_vec(),
        b"\xf0\x90\x80".to_vec(),
        b"\xed\xa0\x80 surrogate".to_vec(),
        b"\xf8\x88\x80\x80\x80 five bytes".to_vec(),
        b"\xfe\xfe\xff\xff".to_vec(),
        b"\xff\xfe\x00".to_vec(),
        b"\xfe\xff\xd8".to_vec(),
        b"\xef\xbb".to_vec(),
    ];
    for bytes in samples.iter().cloned().chain((0..200).map(|seed| noise(seed, (seed as usize * 37) % 300))) {
        let decoded = decode(&bytes, None);
        let _ = looks_binary(&bytes, &decoded);
        let _ = binary_signature(&bytes);
    }
}

#[test]
fn well_known_signatures_are_named() {
    let check = |bytes: &[u8], expected: &str| {
        assert_eq!(binary_signature(bytes), Some(expected), "{expected} must be recognised by its first bytes");
    };
    check(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "a PNG image");
    check(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3", "a PDF document");
    check(b"\x7fELF\x02\x01\x01\0", "an executable");
    check(b"PK\x03\x04\x14\0\x06\0", "a ZIP archive or Office document");
    assert_eq!(binary_signature(b"Dear Requester"), None, "a letter has no binary signature");
}

#[test]
fn random_bytes_with_nuls_look_binary() {
    let mut bytes = noise(7, 4096);
    bytes[100] = 0;
    let decoded = decode(&bytes, None);
    assert!(looks_binary(&bytes, &decoded), "a NUL byte outside UTF-16 means the file is not text");
}
