//! Word documents (`.docx`) to text: the body's paragraphs in order, and tables as
//! `cell | cell |` rows, as the HTML reader writes them.
//!
//! A `.docx` is a zip archive; only `word/document.xml` (and `word/numbering.xml`, for list
//! numbers) is unpacked, each within a cap, so a zip bomb is refused rather than inflated.
//! The XML is read as a stream of events, without recursion. Headers, footers, footnotes,
//! comments and deleted tracked changes are not part of the letter's body and are left out.

use std::io::{Cursor, Read};

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use crate::error::IngestError;
use crate::html::tidy_lines;
use numbering::{ListNumbers, Numbering};

mod numbering;

const MB: u64 = 1024 * 1024;

/// The most one part of a Word document may unpack to. A long letter's `document.xml` is a few
/// megabytes; a part far beyond this is a decompression bomb, not a letter.
pub const UNPACKED_LIMIT: u64 = 200 * MB;

/// The text of a Word document's body.
pub fn docx_to_text(bytes: &[u8]) -> Result<String, IngestError> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|error| IngestError::Docx(format!("it is not a valid zip archive ({error})")))?;
    let document = read_part(&mut archive, "word/document.xml")?.ok_or_else(|| {
        IngestError::Docx("it has no word/document.xml part; is it really a Word document?".to_string())
    })?;
    let numbering = match read_part(&mut archive, "word/numbering.xml")? {
        Some(xml) => Numbering::from_xml(&xml),
        None => Numbering::default(),
    };
    body_text(&document, &numbering)
}

/// When a Word document says it was created (`docProps/core.xml`); a damaged or missing part
/// is simply no date, never an error, since the text is what matters.
pub fn docx_created(bytes: &[u8]) -> Option<chrono::NaiveDate> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).ok()?;
    let core = read_part(&mut archive, "docProps/core.xml").ok()??;
    crate::created::docx_created(&core)
}

/// One part of the archive as text, unpacked within [`UNPACKED_LIMIT`], or `None` if absent.
fn read_part(archive: &mut zip::ZipArchive<Cursor<&[u8]>>, name: &str) -> Result<Option<String>, IngestError> {
    let part = match archive.by_name(name) {
        Ok(part) => part,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(error) => return Err(IngestError::Docx(format!("cannot open {name} ({error})"))),
    };
    if part.size() > UNPACKED_LIMIT {
        return Err(IngestError::UnpacksTooLarge { limit_mb: UNPACKED_LIMIT / MB });
    }
    // The declared size can lie; the cap on what is actually inflated cannot.
    let mut xml = Vec::new();
    part.take(UNPACKED_LIMIT + 1)
        .read_to_end(&mut xml)
        .map_err(|error| IngestError::Docx(format!("cannot unpack {name} ({error})")))?;
    if xml.len() as u64 > UNPACKED_LIMIT {
        return Err(IngestError::UnpacksTooLarge { limit_mb: UNPACKED_LIMIT / MB });
    }
    String::from_utf8(xml).map(Some).map_err(|_| IngestError::Docx(format!("{name} is not UTF-8 XML")))
}

/// Where the reader is inside the body.
#[derive(Default)]
struct BodyWalk {
    out: String,
    /// Depth of nested tables; inside one, paragraphs are parts of a cell, not lines.
    table_depth: usize,
    /// Inside `<w:t>`, whose text is the document's words.
    in_text: bool,
    /// Inside a deleted run or a field code, whose text is not shown on the page.
    hidden_depth: usize,
    /// The list-number prefix owed to the paragraph being read, written before its first word.
    pending_prefix: Option<String>,
    /// The current paragraph's list reference (`numId`, level) while its properties are read.
    paragraph_list: (Option<String>, usize),
    list_numbers: ListNumbers,
}

/// Walks `word/document.xml` and writes its text.
fn body_text(xml: &str, numbering: &Numbering) -> Result<String, IngestError> {
    let mut reader = Reader::from_str(xml);
    let mut walk = BodyWalk::default();
    loop {
        let event = reader
            .read_event()
            .map_err(|error| IngestError::Docx(format!("word/document.xml is not well-formed XML ({error})")))?;
        match event {
            Event::Start(element) => walk.open(&element),
            Event::Empty(element) => {
                walk.open(&element);
                walk.close(element.local_name().as_ref(), numbering);
            }
            Event::End(element) => walk.close(element.local_name().as_ref(), numbering),
            Event::Text(text) if walk.in_text && walk.hidden_depth == 0 => {
                let text = text.xml_content().map_err(|error| IngestError::Docx(error.to_string()))?;
                walk.push_words(&text);
            }
            Event::GeneralRef(reference) if walk.in_text && walk.hidden_depth == 0 => {
                let resolved = match reference.resolve_char_ref() {
                    Ok(Some(c)) => Some(c.to_string()),
                    _ => reference
                        .decode()
                        .ok()
                        .and_then(|name| quick_xml::escape::resolve_predefined_entity(&name).map(str::to_string)),
                };
                if let Some(resolved) = resolved {
                    walk.push_words(&resolved);
                }
            }
            Event::CData(text) if walk.in_text && walk.hidden_depth == 0 => {
                walk.push_words(&String::from_utf8_lossy(&text));
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(tidy_lines(&walk.out))
}

impl BodyWalk {
    fn open(&mut self, element: &BytesStart<'_>) {
        match element.local_name().as_ref() {
            b"t" => self.in_text = true,
            b"del" | b"instrText" | b"delText" => self.hidden_depth += 1,
            b"tab" if self.hidden_depth == 0 => self.push_words("\t"),
            b"br" | b"cr" if self.hidden_depth == 0 => {
                self.out.push_str(if self.table_depth > 0 { " " } else { "\n" });
            }
            b"tbl" => {
                if self.table_depth == 0 {
                    self.out.push_str("\n\n");
                }
                self.table_depth += 1;
            }
            b"p" => self.paragraph_list = (None, 0),
            b"numId" => self.paragraph_list.0 = attribute(element, b"val"),
            b"ilvl" => {
                self.paragraph_list.1 = attribute(element, b"val").and_then(|level| level.parse().ok()).unwrap_or(0);
            }
            _ => {}
        }
    }

    fn close(&mut self, name: &[u8], numbering: &Numbering) {
        match name {
            b"t" => self.in_text = false,
            b"del" | b"instrText" | b"delText" => self.hidden_depth = self.hidden_depth.saturating_sub(1),
            b"pPr" => {
                // The paragraph's properties are complete: its list number is known now.
                if let (Some(list_id), level) = (self.paragraph_list.0.take(), self.paragraph_list.1) {
                    self.pending_prefix = self.list_numbers.next_label(numbering, &list_id, level);
                }
            }
            b"p" => {
                self.pending_prefix = None;
                if self.table_depth > 0 {
                    self.out.push(' ');
                } else {
                    self.out.push_str("\n\n");
                }
            }
            b"tc" => {
                // A cell's inner paragraphs left spaces; the row reads `cell | cell |`.
                self.out.truncate(self.out.trim_end_matches([' ', '\t']).len());
                self.out.push_str(" | ");
            }
            b"tr" => self.out.push('\n'),
            b"tbl" => {
                self.table_depth = self.table_depth.saturating_sub(1);
                if self.table_depth == 0 {
                    self.out.push_str("\n\n");
                }
            }
            _ => {}
        }
    }

    fn push_words(&mut self, text: &str) {
        if let Some(prefix) = self.pending_prefix.take() {
            self.out.push_str(&prefix);
            self.out.push(' ');
        }
        if self.table_depth > 0 {
            // A row must stay on one line.
            self.out.extend(text.chars().map(|c| if c == '\n' { ' ' } else { c }));
        } else {
            self.out.push_str(text);
        }
    }
}

/// The value of an attribute by its local name (`w:val` → `val`).
pub(crate) fn attribute(element: &BytesStart<'_>, local_name: &[u8]) -> Option<String> {
    element
        .attributes()
        .flatten()
        .find(|attribute| attribute.key.local_name().as_ref() == local_name)
        .and_then(|attribute| attribute.unescape_value().ok().map(|value| value.into_owned()))
}
