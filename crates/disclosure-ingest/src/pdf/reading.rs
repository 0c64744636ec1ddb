//! What the PDF reader child hands back to its parent, and how it travels on the pipe: the
//! text layer, where each page's text lies in it, for a page without text where the picture to
//! read by OCR was left (or that the page must be rendered first), and the redaction marks drawn
//! on the pages.
//!
//! The framing is a header line per piece followed by its bytes, so text of any content
//! (newlines, NULs) travels unchanged and a truncated or garbled answer is refused whole.

/// The child's answer for one PDF.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ChildReading {
    /// The text layer of the whole document, pages in order.
    pub text: String,
    /// Every page, in order.
    pub pages: Vec<ChildPage>,
    /// Redaction marks drawn on the pages ([`crate::pdf_marks`]).
    pub marks: Vec<disclosure_core::redactions::PageMark>,
}

/// One page as the child read it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChildPage {
    /// The page number, from 1.
    pub number: u32,
    /// Where the page's text lies in [`ChildReading::text`] (byte offsets).
    pub text_start: usize,
    /// One past the end of the page's text.
    pub text_end: usize,
    /// For a page without text: how to get the picture OCR reads.
    pub scan: Option<PageScan>,
}

/// The picture of a scanned page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PageScan {
    /// The page's one image, written by the child into the folder its parent gave it (JPEG
    /// bytes as stored, or pixels as a PGM/PPM file), by file name.
    Image(String),
    /// The page is not one plain image (several, or an encoding the child does not unpack):
    /// the parent renders it.
    Render,
}

const HEADER: &str = "disclosure-pdf-reading 2";

impl ChildReading {
    /// The bytes the child writes on its standard output.
    pub fn encode(&self) -> Vec<u8> {
        let mut out = format!("{HEADER}\ntext {}\n", self.text.len()).into_bytes();
        out.extend_from_slice(self.text.as_bytes());
        let marks = crate::pdf_marks::encode_page_marks(&self.marks);
        out.extend_from_slice(format!("\nmarks {}\n", marks.len()).as_bytes());
        out.extend_from_slice(marks.as_bytes());
        out.push(b'\n');
        for page in &self.pages {
            let scan = match &page.scan {
                None => "text -".to_string(),
                Some(PageScan::Render) => "render -".to_string(),
                // File names are the child's own (`page-12.jpg`): no spaces, no newlines.
                Some(PageScan::Image(name)) => format!("image {name}"),
            };
            out.extend_from_slice(
                format!("page {} {} {} {scan}\n", page.number, page.text_start, page.text_end).as_bytes(),
            );
        }
        out.extend_from_slice(b"end\n");
        out
    }

    /// Reads what the child wrote; `None` when it is not a whole, well-formed answer.
    pub fn decode(bytes: &[u8]) -> Option<ChildReading> {
        let rest = bytes.strip_prefix(HEADER.as_bytes())?.strip_prefix(b"\n")?;
        let rest = rest.strip_prefix(b"text ")?;
        let line_end = rest.iter().position(|byte| *byte == b'\n')?;
        let text_len: usize = std::str::from_utf8(&rest[..line_end]).ok()?.parse().ok()?;
        let rest = &rest[line_end + 1..];
        let text = String::from_utf8(rest.get(..text_len)?.to_vec()).ok()?;
        let rest = rest.get(text_len..)?.strip_prefix(b"\nmarks ")?;
        let line_end = rest.iter().position(|byte| *byte == b'\n')?;
        let marks_len: usize = std::str::from_utf8(&rest[..line_end]).ok()?.parse().ok()?;
        let rest = &rest[line_end + 1..];
        let marks = crate::pdf_marks::decode_page_marks(std::str::from_utf8(rest.get(..marks_len)?).ok()?);
        let rest = rest.get(marks_len..)?.strip_prefix(b"\n")?;
        let mut pages = Vec::new();
        for line in std::str::from_utf8(rest).ok()?.lines() {
            if line == "end" {
                return Some(ChildReading { text, pages, marks });
            }
            let mut words = line.split(' ');
            if words.next()? != "page" {
                return None;
            }
            let number = words.next()?.parse().ok()?;
            let text_start: usize = words.next()?.parse().ok()?;
            let text_end: usize = words.next()?.parse().ok()?;
            let scan = match (words.next()?, words.next()?) {
                ("text", _) => None,
                ("render", _) => Some(PageScan::Render),
                ("image", name) => Some(PageScan::Image(name.to_string())),
                _ => return None,
            };
            let on_boundaries = text.is_char_boundary(text_start) && text.is_char_boundary(text_end);
            if text_start > text_end || text_end > text.len() || !on_boundaries {
                return None;
            }
            pages.push(ChildPage { number, text_start, text_end, scan });
        }
        None
    }
}
