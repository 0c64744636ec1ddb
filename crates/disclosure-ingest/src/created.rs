//! When a file says it was made: a Word document's `dcterms:created`, a PDF's `/CreationDate`
//! or its XMP `CreateDate`. The reader falls back on it when the letter prints no date.
//!
//! Only short, fixed byte patterns are looked for, in one linear pass; the PDF itself is never
//! parsed here (that happens in the child process, see [`crate::pdf`]).

use chrono::NaiveDate;

/// A PDF's creation date, from its document information (`/CreationDate (D:20230415…)`) or its
/// XMP metadata (`<xmp:CreateDate>2023-04-15…`), whichever comes first in the file.
pub fn pdf_created(bytes: &[u8]) -> Option<NaiveDate> {
    let info = find(bytes, b"/CreationDate").and_then(|at| {
        let rest = &bytes[at..bytes.len().min(at + 64)];
        let digits_at = find(rest, b"D:")? + 2;
        compact_date(&rest[digits_at..])
    });
    info.or_else(|| after_tag(bytes, b"CreateDate>").and_then(iso_date))
}

/// A Word document's creation date, from the `dcterms:created` element of `docProps/core.xml`.
pub fn docx_created(core_xml: &str) -> Option<NaiveDate> {
    let at = core_xml.find("<dcterms:created")?;
    let value_at = at + core_xml[at..].find('>')? + 1;
    iso_date(&core_xml.as_bytes()[value_at..])
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|window| window == needle)
}

fn after_tag<'a>(bytes: &'a [u8], tag: &[u8]) -> Option<&'a [u8]> {
    find(bytes, tag).map(|at| &bytes[at + tag.len()..])
}

/// `20230415…` as a date.
fn compact_date(digits: &[u8]) -> Option<NaiveDate> {
    let text = std::str::from_utf8(digits.get(..8)?).ok()?;
    NaiveDate::parse_from_str(text, "%Y%m%d").ok().filter(plausible)
}

/// `2023-04-15…` as a date.
fn iso_date(text: &[u8]) -> Option<NaiveDate> {
    let text = std::str::from_utf8(text.get(..10)?).ok()?;
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok().filter(plausible)
}

/// Files stamped at the epoch or far in the future carry a broken clock, not a date.
fn plausible(date: &NaiveDate) -> bool {
    (1990..=2100).contains(&chrono::Datelike::year(date))
}
