//! The child's reading of a PDF page by page: the text layer with where each page begins, and
//! for a page without text the picture to read by OCR, taken from the PDF as it is stored
//! (JPEG bytes as they are; plain or Flate-compressed grey or RGB pixels written as PGM/PPM).
//! Anything else (several pictures on one page, fax or JBIG2 encodings) is left to be rendered.

use std::cell::RefCell;
use std::path::Path;
use std::rc::Rc;

use pdf_extract::{
    output_doc, ColorSpace, ConvertToFmt, Document, MediaBox, ObjectId, OutputDev, OutputError, PlainTextOutput,
    Transform,
};

use super::reading::{ChildPage, ChildReading, PageScan};

/// A page with fewer visible characters than this in its text layer is read as a scan, when it
/// holds a picture: a stamped page number or a scanner's tag is not the page's text.
const MIN_TEXT_CHARS: usize = 20;

/// Pictures larger than this many pixels are no page of a letter (a 600 dpi A3 page is 70
/// million); they are left to the renderer, which scales them to its own resolution.
const MAX_PIXELS: i64 = 100_000_000;

/// Reads every page of the PDF; pictures of pages without text go into `scan_folder`.
pub(super) fn read_pages(bytes: &[u8], scan_folder: Option<&Path>) -> Result<ChildReading, OutputError> {
    let mut document = Document::load_mem(bytes)?;
    if document.is_encrypted() {
        // Letters are sometimes "protected" with an empty password, which any reader opens.
        document.decrypt("")?;
    }
    let text = Rc::new(RefCell::new(String::new()));
    let mut output = PagedOutput {
        inner: PlainTextOutput::new(SharedText(Rc::clone(&text))),
        text: Rc::clone(&text),
        page_starts: Vec::new(),
    };
    output_doc(&document, &mut output)?;
    let page_starts = std::mem::take(&mut output.page_starts);
    drop(output);
    let text = Rc::try_unwrap(text).map(RefCell::into_inner).unwrap_or_else(|shared| shared.borrow().clone());
    let page_ids = document.get_pages();
    let mut pages = Vec::with_capacity(page_starts.len());
    for (idx, (number, start)) in page_starts.iter().enumerate() {
        let end = page_starts.get(idx + 1).map_or(text.len(), |(_, next)| *next);
        let visible = text[*start..end].chars().filter(|c| !c.is_whitespace()).count();
        let scan = match page_ids.get(number) {
            Some(page_id) if visible < MIN_TEXT_CHARS => page_scan(&document, *page_id, *number, scan_folder),
            _ => None,
        };
        pages.push(ChildPage { number: *number, text_start: *start, text_end: end, scan });
    }
    Ok(ChildReading { text, pages, marks: Vec::new() })
}

/// The picture to OCR for a page with (almost) no text, or `None` when the page shows no
/// picture at all (a blank page is not a scan).
fn page_scan(document: &Document, page_id: ObjectId, number: u32, scan_folder: Option<&Path>) -> Option<PageScan> {
    let Ok(images) = document.get_page_images(page_id) else { return Some(PageScan::Render) };
    let has_xobjects = page_has_xobjects(document, page_id);
    if images.is_empty() {
        // Inherited resources or pictures inside forms are not listed here: the renderer sees them.
        return has_xobjects.then_some(PageScan::Render);
    }
    let (Some(folder), [image]) = (scan_folder, images.as_slice()) else { return Some(PageScan::Render) };
    let filters: Vec<&str> = image.filters.iter().flatten().map(String::as_str).collect();
    let has = |key: &[u8]| image.origin_dict.get(key).is_ok();
    if has(b"Decode") || has(b"ImageMask") || has(b"SMask") && filters.is_empty() {
        return Some(PageScan::Render);
    }
    if image.width <= 0 || image.height <= 0 || image.width.saturating_mul(image.height) > MAX_PIXELS {
        return Some(PageScan::Render);
    }
    let (name, bytes) = match filters.as_slice() {
        ["DCTDecode"] => (format!("page-{number}.jpg"), image.content.to_vec()),
        [] | ["FlateDecode"] => {
            let stream = document.get_object(image.id).ok()?.as_stream().ok()?;
            let pixels =
                if filters.is_empty() { stream.content.clone() } else { stream.decompressed_content().ok()? };
            let components = components(document, image.color_space.as_deref(), image.origin_dict)?;
            let netpbm =
                netpbm(image.width as usize, image.height as usize, components, image.bits_per_component, &pixels);
            match netpbm {
                Some(netpbm) => (format!("page-{number}.{}", if components == 1 { "pgm" } else { "ppm" }), netpbm),
                None => return Some(PageScan::Render),
            }
        }
        _ => return Some(PageScan::Render),
    };
    match std::fs::write(folder.join(&name), bytes) {
        Ok(()) => Some(PageScan::Image(name)),
        Err(_) => Some(PageScan::Render),
    }
}

fn page_has_xobjects(document: &Document, page_id: ObjectId) -> bool {
    let Ok((resources, inherited)) = document.get_page_resources(page_id) else { return true };
    let has_xobject = |dictionary: &pdf_extract::Dictionary| dictionary.get(b"XObject").is_ok();
    resources.is_some_and(has_xobject) || inherited.iter().any(|id| document.get_dictionary(*id).is_ok_and(has_xobject))
}

/// Colour components of a picture in grey (1) or RGB (3), the two a netpbm file holds; `None`
/// for any other colour space.
fn components(document: &Document, color_space: Option<&str>, dictionary: &pdf_extract::Dictionary) -> Option<usize> {
    match color_space? {
        "DeviceGray" | "CalGray" | "G" => Some(1),
        "DeviceRGB" | "CalRGB" | "RGB" => Some(3),
        "ICCBased" => {
            let array = dictionary.get(b"ColorSpace").ok()?.as_array().ok()?;
            let profile = document.get_object(array.get(1)?.as_reference().ok()?).ok()?.as_stream().ok()?;
            match profile.dict.get(b"N").ok()?.as_i64().ok()? {
                1 => Some(1),
                3 => Some(3),
                _ => None,
            }
        }
        _ => None,
    }
}

/// Pixels as a binary PGM (grey) or PPM (RGB) file; 1-bit grey is widened to 8 bits. `None`
/// when the data is shorter than the picture's size says.
fn netpbm(width: usize, height: usize, components: usize, bits: Option<i64>, pixels: &[u8]) -> Option<Vec<u8>> {
    let magic = if components == 1 { "P5" } else { "P6" };
    let mut out = format!("{magic}\n{width} {height}\n255\n").into_bytes();
    match bits.unwrap_or(8) {
        8 => {
            let size = width.checked_mul(height)?.checked_mul(components)?;
            out.extend_from_slice(pixels.get(..size)?);
        }
        1 if components == 1 => {
            let row_bytes = width.div_ceil(8);
            if pixels.len() < row_bytes.checked_mul(height)? {
                return None;
            }
            for row in pixels.chunks(row_bytes).take(height) {
                for column in 0..width {
                    let bit = (row[column / 8] >> (7 - column % 8)) & 1;
                    out.push(if bit == 1 { 255 } else { 0 });
                }
            }
        }
        _ => return None,
    }
    Some(out)
}

/// The text written so far, shared between the text writer and the page counter.
struct SharedText(Rc<RefCell<String>>);

impl std::fmt::Write for SharedText {
    fn write_str(&mut self, text: &str) -> std::fmt::Result {
        self.0.borrow_mut().push_str(text);
        Ok(())
    }
}

impl ConvertToFmt for SharedText {
    type Writer = SharedText;
    fn convert(self) -> SharedText {
        self
    }
}

/// The plain-text writer, noting where each page's text begins.
struct PagedOutput {
    inner: PlainTextOutput<SharedText>,
    text: Rc<RefCell<String>>,
    page_starts: Vec<(u32, usize)>,
}

impl OutputDev for PagedOutput {
    fn begin_page(
        &mut self,
        page_num: u32,
        media_box: &MediaBox,
        art_box: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        self.page_starts.push((page_num, self.text.borrow().len()));
        self.inner.begin_page(page_num, media_box, art_box)
    }
    fn end_page(&mut self) -> Result<(), OutputError> {
        self.inner.end_page()
    }
    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        spacing: f64,
        font_size: f64,
        char: &str,
    ) -> Result<(), OutputError> {
        self.inner.output_character(trm, width, spacing, font_size, char)
    }
    fn begin_word(&mut self) -> Result<(), OutputError> {
        self.inner.begin_word()
    }
    fn end_word(&mut self) -> Result<(), OutputError> {
        self.inner.end_word()
    }
    fn end_line(&mut self) -> Result<(), OutputError> {
        self.inner.end_line()
    }
    fn stroke(
        &mut self,
        ctm: &Transform,
        colorspace: &ColorSpace,
        color: &[f64],
        path: &pdf_extract::Path,
    ) -> Result<(), OutputError> {
        self.inner.stroke(ctm, colorspace, color, path)
    }
    fn fill(
        &mut self,
        ctm: &Transform,
        colorspace: &ColorSpace,
        color: &[f64],
        path: &pdf_extract::Path,
    ) -> Result<(), OutputError> {
        self.inner.fill(ctm, colorspace, color, path)
    }
}
