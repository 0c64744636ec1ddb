//! Integration tests of disclosure-ingest, one module per source module: bytes built in the
//! test go in, text or a per-file error comes out, and batches land in a real library file.

mod batch;
mod created;
mod decode;
mod docx;
mod email;
mod extract;
mod findings;
pub mod fixtures;
mod html;
mod ocr;
mod pdf;
mod pdf_marks;
mod spreadsheet;

/// Deterministic pseudo-random bytes (xorshift), so noise-based tests fail the same way twice.
pub fn noise(seed: u64, len: usize) -> Vec<u8> {
    let mut state = seed.max(1);
    (0..len)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 24) as u8
        })
        .collect()
}
