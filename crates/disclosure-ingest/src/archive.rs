//! A zip archive checked whole before any reader that cannot cap itself is let inside.
//!
//! The spreadsheet library inflates its parts without a limit, so every entry of an `.xlsx` or
//! `.ods` is first inflated here into nothing, through a reader that stops at the cap: the
//! declared sizes are refused first when they are too large, and the actual sizes, which a
//! hostile archive can hide, are counted while inflating.

use std::io::{Cursor, Read};

use crate::error::IngestError;

const MB: u64 = 1024 * 1024;

/// What all the parts of one archive may unpack to together. A workbook of a million rows of
/// a few columns stays below it; a decompression bomb does not.
pub const ARCHIVE_UNPACKED_LIMIT: u64 = 400 * MB;

/// More entries than this is no office document (a workbook of a hundred sheets has a few
/// hundred parts).
pub const ARCHIVE_ENTRY_LIMIT: usize = 10_000;

/// Inflates every entry of a zip archive under [`ARCHIVE_UNPACKED_LIMIT`] (all parts together),
/// keeping nothing, and says whether the archive may be handed to a reader.
pub fn check_unpacked_size(bytes: &[u8], what: &str) -> Result<(), IngestError> {
    check_unpacked_size_within(bytes, what, ARCHIVE_UNPACKED_LIMIT)
}

/// [`check_unpacked_size`] under another cap, so the refusal can be tested on small archives.
pub fn check_unpacked_size_within(bytes: &[u8], what: &str, limit: u64) -> Result<(), IngestError> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|error| IngestError::Spreadsheet(format!("this {what} is not a valid zip archive ({error})")))?;
    if archive.len() > ARCHIVE_ENTRY_LIMIT {
        return Err(IngestError::Spreadsheet(format!(
            "this {what} holds {} parts, more than the {ARCHIVE_ENTRY_LIMIT} any real one has",
            archive.len()
        )));
    }
    let too_large = IngestError::UnpacksTooLarge { limit_mb: limit / MB };
    let declared: u64 = (0..archive.len())
        .filter_map(|index| archive.by_index_raw(index).ok().map(|entry| entry.size()))
        .fold(0u64, u64::saturating_add);
    if declared > limit {
        return Err(too_large);
    }
    let mut remaining = limit;
    for index in 0..archive.len() {
        let entry = archive
            .by_index(index)
            .map_err(|error| IngestError::Spreadsheet(format!("cannot open a part of this {what} ({error})")))?;
        let name = entry.name().to_string();
        // One byte past what is left tells an archive at the cap from one beyond it.
        let inflated = std::io::copy(&mut entry.take(remaining + 1), &mut std::io::sink())
            .map_err(|error| IngestError::Spreadsheet(format!("cannot unpack {name} ({error})")))?;
        if inflated > remaining {
            return Err(too_large);
        }
        remaining -= inflated;
    }
    Ok(())
}
