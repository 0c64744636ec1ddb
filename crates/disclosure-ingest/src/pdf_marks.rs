//! Redaction marks on a PDF's pages: filled dark rectangles in the page content or laid over it
//! as annotations, and solid dark regions burnt into scanned page images, with the words the text layer still holds under
//! each and the label written in or beside it.
//!
//! Runs only in the PDF reader child ([`crate::pdf`]), which sends what it finds to its parent
//! with the text ([`encode_page_marks`], read back by [`decode_page_marks`]).
//! Placing a mark in the letter's text and tying it to a provision is the core's
//! ([`disclosure_core::redactions`]); this module only reads the page. Light fills (table
//! shading), thin rules, small squarish shapes with nothing in them (logos) and dark
//! backgrounds with ordinary text printed on them are not redactions and are left out.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use disclosure_core::redactions::{PageArea, PageMark, RedactionKind};
use lopdf::content::Content;
use lopdf::{Document, Encoding, Object};
use regex::Regex;

/// A fill darker than this (0 black, 1 white) hides what is under it.
const DARK: f32 = 0.3;

/// A page with more marks than this is a drawing, not a redacted letter.
const MARKS_PER_PAGE_LIMIT: usize = 200;

/// Operations read per page at most: a letter's page has thousands; a bomb has millions.
const OPERATIONS_PER_PAGE_LIMIT: usize = 200_000;

/// Drawing order of a page's operations advances by this, leaving room for a form's own.
const ORDER_STEP: usize = OPERATIONS_PER_PAGE_LIMIT + 1;

/// The child's side: every mark found on the pages of a PDF. A PDF whose pages cannot be read
/// for marks keeps its text; the marks are a bonus, so a panic here costs only them.
pub fn find_page_marks_or_none(bytes: &[u8]) -> Vec<PageMark> {
    std::panic::catch_unwind(|| find_page_marks(bytes)).unwrap_or_default()
}

/// The marks as lines of tab-separated fields, for the pipe from the child to its parent.
pub fn encode_page_marks(marks: &[PageMark]) -> String {
    let mut lines = String::new();
    for mark in marks {
        let field = |value: &Option<String>| value.as_deref().map(one_line).unwrap_or_default();
        lines.push_str(&format!(
            "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n",
            mark.page,
            mark.kind.as_str(),
            mark.area.x,
            mark.area.y,
            mark.area.width,
            mark.area.height,
            field(&mark.text_under),
            field(&mark.label),
            field(&mark.text_before),
        ));
    }
    lines
}

/// The parent's side: the marks [`encode_page_marks`] wrote (a line that does not read is dropped).
pub fn decode_page_marks(lines: &str) -> Vec<PageMark> {
    lines.lines().filter_map(read_mark_line).collect()
}

fn read_mark_line(line: &str) -> Option<PageMark> {
    let fields: Vec<&str> = line.split('\t').collect();
    let [page, kind, x, y, width, height, text_under, label, text_before] = fields.as_slice() else { return None };
    let optional = |value: &str| (!value.trim().is_empty()).then(|| value.to_string());
    Some(PageMark {
        page: page.parse().ok()?,
        kind: RedactionKind::from_name(kind)?,
        area: PageArea {
            x: x.parse().ok()?,
            y: y.parse().ok()?,
            width: width.parse().ok()?,
            height: height.parse().ok()?,
        },
        text_under: optional(text_under),
        label: optional(label),
        text_before: optional(text_before),
    })
}

fn one_line(value: &str) -> String {
    value.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every redaction mark on the pages of a PDF, page by page, top to bottom.
pub fn find_page_marks(bytes: &[u8]) -> Vec<PageMark> {
    let Ok(mut document) = Document::load_mem(bytes) else { return Vec::new() };
    if document.is_encrypted() && document.decrypt("").is_err() {
        return Vec::new();
    }
    let mut marks = Vec::new();
    for (page, page_id) in document.get_pages() {
        let Ok(content) = document.get_and_decode_page_content(page_id) else { continue };
        let fonts = document.get_page_fonts(page_id).unwrap_or_default();
        let encodings: BTreeMap<Vec<u8>, Encoding> = fonts
            .into_iter()
            .filter_map(|(name, font)| font.get_font_encoding(&document).ok().map(|encoding| (name, encoding)))
            .collect();
        let page_size = media_box(&document, page_id);
        let mut reading = read_page(&content, &encodings, IDENTITY, 0, ORDER_STEP);
        let images = page_images(&document, page_id);
        read_forms(&document, &mut reading, &images, &encodings);
        let scanned_regions = scanned_page_regions(&document, &reading, &images, page_size);
        reading.boxes.extend(scanned_regions);
        reading.boxes.extend(annotation_boxes(&document, page_id));
        let mut page_marks = marks_of_page(page, &reading, page_size);
        page_marks.truncate(MARKS_PER_PAGE_LIMIT);
        marks.extend(page_marks);
    }
    marks
}

/// A rectangle in page space: left, bottom, right, top.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Rect {
    left: f32,
    bottom: f32,
    right: f32,
    top: f32,
}

impl Rect {
    fn width(&self) -> f32 {
        self.right - self.left
    }

    fn height(&self) -> f32 {
        self.top - self.bottom
    }

    fn holds(&self, x: f32, y: f32) -> bool {
        self.left <= x && x <= self.right && self.bottom <= y && y <= self.top
    }
}

/// One character shown on a page, where its middle is, in the order it was drawn.
#[derive(Debug, Clone)]
struct Glyph {
    character: char,
    x: f32,
    y: f32,
    /// Its right edge, to find the words just before a mark on its line.
    right: f32,
    /// True when it is drawn in a light colour (white on a black box is the box's label).
    light: bool,
    /// Position in drawing order, against the boxes'.
    order: usize,
    /// True when a space comes before it (a gap, or a space in the string).
    spaced: bool,
}

/// A filled dark rectangle, or a dark region of a page image, in drawing order.
#[derive(Debug, Clone, Copy)]
struct FilledBox {
    rect: Rect,
    order: usize,
    kind: RedactionKind,
}

/// An image drawn on the page: its name in the page's resources and where the unit square lands.
#[derive(Debug, Clone)]
struct DrawnImage {
    name: Vec<u8>,
    ctm: Matrix,
    order: usize,
}

#[derive(Debug, Default)]
struct PageReading {
    glyphs: Vec<Glyph>,
    boxes: Vec<FilledBox>,
    images: Vec<DrawnImage>,
}

type Matrix = [f32; 6];

const IDENTITY: Matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];

/// `first` then `second`, as PDF composes matrices (row vectors).
fn multiply(first: &Matrix, second: &Matrix) -> Matrix {
    [
        first[0] * second[0] + first[1] * second[2],
        first[0] * second[1] + first[1] * second[3],
        first[2] * second[0] + first[3] * second[2],
        first[2] * second[1] + first[3] * second[3],
        first[4] * second[0] + first[5] * second[2] + second[4],
        first[4] * second[1] + first[5] * second[3] + second[5],
    ]
}

fn apply(matrix: &Matrix, x: f32, y: f32) -> (f32, f32) {
    (x * matrix[0] + y * matrix[2] + matrix[4], x * matrix[1] + y * matrix[3] + matrix[5])
}

#[derive(Debug, Clone)]
struct GraphicsState {
    ctm: Matrix,
    /// Brightness of the fill colour, 0 black to 1 white; PDF starts in black.
    fill: f32,
}

/// Walks a page's content: text shown (with estimated positions) and rectangles filled.
fn read_page(
    content: &Content<Vec<lopdf::content::Operation>>,
    encodings: &BTreeMap<Vec<u8>, Encoding>,
    start_ctm: Matrix,
    order_base: usize,
    order_step: usize,
) -> PageReading {
    let mut reading = PageReading::default();
    let mut state = GraphicsState { ctm: start_ctm, fill: 0.0 };
    let mut saved: Vec<GraphicsState> = Vec::new();
    let mut path: Vec<Rect> = Vec::new();
    let mut path_is_rects = true;
    let mut text_matrix = IDENTITY;
    let mut line_matrix = IDENTITY;
    let mut font_size = 12.0_f32;
    let mut leading = 0.0_f32;
    let mut horizontal_scale = 1.0_f32;
    let mut encoding: Option<&Encoding> = None;
    for (index, operation) in content.operations.iter().take(OPERATIONS_PER_PAGE_LIMIT).enumerate() {
        let order = order_base + index * order_step;
        let numbers: Vec<f32> = operation.operands.iter().filter_map(|operand| operand.as_float().ok()).collect();
        match operation.operator.as_str() {
            "q" => saved.push(state.clone()),
            "Q" => {
                if let Some(previous) = saved.pop() {
                    state = previous;
                }
            }
            "cm" if numbers.len() == 6 => {
                let matrix = [numbers[0], numbers[1], numbers[2], numbers[3], numbers[4], numbers[5]];
                state.ctm = multiply(&matrix, &state.ctm);
            }
            "g" if numbers.len() == 1 => state.fill = numbers[0],
            "rg" if numbers.len() == 3 => state.fill = brightness_rgb(numbers[0], numbers[1], numbers[2]),
            "k" if numbers.len() == 4 => state.fill = brightness_cmyk(&numbers),
            "sc" | "scn" => match numbers.len() {
                1 => state.fill = numbers[0],
                3 => state.fill = brightness_rgb(numbers[0], numbers[1], numbers[2]),
                4 => state.fill = brightness_cmyk(&numbers),
                // A pattern fill is a picture, not a flat colour that hides.
                _ => state.fill = 1.0,
            },
            "cs" => state.fill = 0.0,
            "re" if numbers.len() == 4 => {
                let (x, y, width, height) = (numbers[0], numbers[1], numbers[2], numbers[3]);
                let corners = [
                    apply(&state.ctm, x, y),
                    apply(&state.ctm, x + width, y),
                    apply(&state.ctm, x, y + height),
                    apply(&state.ctm, x + width, y + height),
                ];
                let xs = corners.map(|corner| corner.0);
                let ys = corners.map(|corner| corner.1);
                path.push(Rect {
                    left: xs.iter().copied().fold(f32::INFINITY, f32::min),
                    right: xs.iter().copied().fold(f32::NEG_INFINITY, f32::max),
                    bottom: ys.iter().copied().fold(f32::INFINITY, f32::min),
                    top: ys.iter().copied().fold(f32::NEG_INFINITY, f32::max),
                });
            }
            "m" | "l" | "c" | "v" | "y" => path_is_rects = false,
            "f" | "F" | "f*" | "B" | "B*" | "b" | "b*" => {
                if path_is_rects && state.fill < DARK {
                    reading.boxes.extend(path.iter().map(|rect| FilledBox {
                        rect: *rect,
                        order,
                        kind: RedactionKind::Box,
                    }));
                }
                path.clear();
                path_is_rects = true;
            }
            "S" | "s" | "n" => {
                path.clear();
                path_is_rects = true;
            }
            "Do" => {
                if let Some(Ok(name)) = operation.operands.first().map(Object::as_name) {
                    reading.images.push(DrawnImage { name: name.to_vec(), ctm: state.ctm, order });
                }
            }
            "BT" => {
                text_matrix = IDENTITY;
                line_matrix = IDENTITY;
            }
            "Tf" => {
                encoding = operation
                    .operands
                    .first()
                    .and_then(|name| name.as_name().ok())
                    .and_then(|name| encodings.get(name));
                if let Some(size) = numbers.first() {
                    font_size = *size;
                }
            }
            "TL" if numbers.len() == 1 => leading = numbers[0],
            "Tz" if numbers.len() == 1 => horizontal_scale = numbers[0] / 100.0,
            "Td" | "TD" if numbers.len() == 2 => {
                if operation.operator == "TD" {
                    leading = -numbers[1];
                }
                line_matrix = multiply(&[1.0, 0.0, 0.0, 1.0, numbers[0], numbers[1]], &line_matrix);
                text_matrix = line_matrix;
            }
            "Tm" if numbers.len() == 6 => {
                line_matrix = [numbers[0], numbers[1], numbers[2], numbers[3], numbers[4], numbers[5]];
                text_matrix = line_matrix;
            }
            "T*" => {
                line_matrix = multiply(&[1.0, 0.0, 0.0, 1.0, 0.0, -leading], &line_matrix);
                text_matrix = line_matrix;
            }
            "Tj" | "TJ" | "'" | "\"" => {
                if matches!(operation.operator.as_str(), "'" | "\"") {
                    line_matrix = multiply(&[1.0, 0.0, 0.0, 1.0, 0.0, -leading], &line_matrix);
                    text_matrix = line_matrix;
                }
                let pieces: Vec<&Object> = match operation.operands.last() {
                    Some(Object::Array(items)) => items.iter().collect(),
                    Some(other) => vec![other],
                    None => Vec::new(),
                };
                let mut spaced = true;
                for piece in pieces {
                    match piece {
                        Object::String(bytes, _) => {
                            let decoded = decode_string(encoding, bytes);
                            let advance = 0.5 * font_size * horizontal_scale;
                            for character in decoded.chars() {
                                let to_page = multiply(&text_matrix, &state.ctm);
                                let (left, baseline) = apply(&to_page, 0.0, 0.0);
                                let (right, _) = apply(&to_page, advance, 0.0);
                                let (_, middle) = apply(&to_page, advance / 2.0, font_size * 0.35);
                                if character.is_whitespace() {
                                    spaced = true;
                                } else {
                                    reading.glyphs.push(Glyph {
                                        character,
                                        x: (left + right) / 2.0,
                                        y: middle.max(baseline),
                                        right,
                                        light: state.fill >= 1.0 - DARK,
                                        order,
                                        spaced,
                                    });
                                    spaced = false;
                                }
                                text_matrix = multiply(&[1.0, 0.0, 0.0, 1.0, advance, 0.0], &text_matrix);
                            }
                        }
                        other => {
                            if let Ok(adjustment) = other.as_float() {
                                let shift = -adjustment / 1000.0 * font_size * horizontal_scale;
                                // A wide gap in a TJ array is a space between words.
                                if adjustment < -200.0 {
                                    spaced = true;
                                }
                                text_matrix = multiply(&[1.0, 0.0, 0.0, 1.0, shift, 0.0], &text_matrix);
                            }
                        }
                    }
                }
            }
            _ => {}
        }
    }
    reading
}

fn decode_string(encoding: Option<&Encoding>, bytes: &[u8]) -> String {
    match encoding {
        Some(encoding) => Document::decode_text(encoding, bytes)
            .unwrap_or_else(|_| bytes.iter().map(|byte| char::from(*byte)).collect()),
        None => bytes.iter().map(|byte| char::from(*byte)).collect(),
    }
}

fn brightness_rgb(red: f32, green: f32, blue: f32) -> f32 {
    0.299 * red + 0.587 * green + 0.114 * blue
}

fn brightness_cmyk(numbers: &[f32]) -> f32 {
    let channel = |ink: f32| (1.0 - ink) * (1.0 - numbers[3]);
    brightness_rgb(channel(numbers[0]), channel(numbers[1]), channel(numbers[2]))
}

/// The page's size from its media box (inherited from the page tree when the page has none).
fn media_box(document: &Document, page_id: lopdf::ObjectId) -> (f32, f32) {
    let mut node = document.get_dictionary(page_id).ok();
    for _ in 0..32 {
        let Some(dictionary) = node else { break };
        if let Ok(Object::Array(corners)) = dictionary.get(b"MediaBox") {
            let numbers: Vec<f32> = corners.iter().filter_map(|corner| corner.as_float().ok()).collect();
            if numbers.len() == 4 {
                return ((numbers[2] - numbers[0]).abs(), (numbers[3] - numbers[1]).abs());
            }
        }
        node = dictionary.get(b"Parent").and_then(Object::as_reference).and_then(|id| document.get_dictionary(id)).ok();
    }
    (612.0, 792.0)
}

/// A provision as a label writes it: "S40(2)", "s.43", "Section", "40(2)", "reg12(5)(b)".
static PROVISION_WORD: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:(?:s|ss|sec|section|reg|regulation)\.?\d{0,2}[a-z]?(?:\(\w{1,3}\))*|\d{1,2}[a-z]?(?:\(\w{1,3}\))+)[,;:.]?$")
        .ok()
});

/// Words that make a label of the text on or beside a box: a provision or a word of redaction.
fn looks_like_label(text: &str) -> bool {
    let lower = text.to_lowercase();
    let has_word = ["redact", "exempt", "withheld"].iter().any(|word| lower.contains(word));
    let has_provision = PROVISION_WORD.as_ref().is_some_and(|pattern| {
        lower.split_whitespace().any(|word| pattern.is_match(word) && word.chars().any(|c| c.is_ascii_digit()))
    });
    text.chars().count() <= 48 && (has_provision || has_word)
}

/// The glyphs as words, a space wherever one was shown or a gap was left.
fn words_of(glyphs: &[&Glyph]) -> String {
    let mut text = String::new();
    for glyph in glyphs {
        if glyph.spaced && !text.is_empty() {
            text.push(' ');
        }
        text.push(glyph.character);
    }
    text
}

/// The page's boxes that are redactions, with what is under, on and before each.
fn marks_of_page(page: u32, reading: &PageReading, page_size: (f32, f32)) -> Vec<PageMark> {
    let page_area = page_size.0 * page_size.1;
    let mut marks: Vec<PageMark> = Vec::new();
    for filled in &reading.boxes {
        let rect = filled.rect;
        let (width, height) = (rect.width(), rect.height());
        // Rules and underlines are thin; a box covering most of the page is its background.
        if width < 6.0 || height < 5.0 || width * height > page_area * 0.6 {
            continue;
        }
        let inside: Vec<&Glyph> = reading.glyphs.iter().filter(|glyph| rect.holds(glyph.x, glyph.y)).collect();
        let hidden: Vec<&Glyph> =
            inside.iter().copied().filter(|glyph| glyph.order < filled.order || !glyph.light).collect();
        let on_top: Vec<&Glyph> =
            inside.iter().copied().filter(|glyph| glyph.order > filled.order && glyph.light).collect();
        let mut label = None;
        if !on_top.is_empty() {
            let words = words_of(&on_top);
            if !looks_like_label(&words) {
                continue; // Ordinary text printed on a dark band: a heading or a table header.
            }
            label = Some(words);
        }
        // A small squarish shape with nothing in it or on it is a logo or a bullet.
        let squarish = width.max(height) < 1.6 * width.min(height);
        if squarish && width < 48.0 && height < 48.0 && hidden.is_empty() && label.is_none() {
            continue;
        }
        // A band run to the page's edge with nothing under it is letterhead or footer design.
        let (page_width, page_height) = page_size;
        let at_edge = rect.left <= page_width * 0.02
            || rect.right >= page_width * 0.98
            || rect.bottom <= page_height * 0.02
            || rect.top >= page_height * 0.98;
        if at_edge && hidden.is_empty() && label.is_none() {
            continue;
        }
        if label.is_none() {
            label = label_beside(reading, rect);
        }
        let text_under = (!hidden.is_empty()).then(|| words_of(&hidden));
        marks.push(PageMark {
            page,
            kind: filled.kind,
            area: PageArea {
                x: rect.left.round() as i32,
                y: rect.bottom.round() as i32,
                width: width.round() as i32,
                height: height.round() as i32,
            },
            text_under,
            label,
            text_before: text_before(reading, rect),
        });
    }
    // Two boxes drawn on one place are one mark.
    marks.dedup_by(|later, earlier| later.area == earlier.area);
    marks.sort_by_key(|mark| (-(mark.area.y + mark.area.height), mark.area.x));
    marks
}

/// A short label printed just right of the box on its line ("S40(2)").
fn label_beside(reading: &PageReading, rect: Rect) -> Option<String> {
    let beside: Vec<&Glyph> = reading
        .glyphs
        .iter()
        .filter(|glyph| {
            glyph.y >= rect.bottom && glyph.y <= rect.top && glyph.x > rect.right && glyph.x < rect.right + 60.0
        })
        .collect();
    let words = words_of(&beside);
    let words: Vec<&str> = words.split_whitespace().take(3).collect();
    let label = words.join(" ");
    looks_like_label(&label).then_some(label)
}

/// The last words shown before the box: on its line to its left, else on the line above.
fn text_before(reading: &PageReading, rect: Rect) -> Option<String> {
    let outside = |glyph: &&Glyph| !rect.holds(glyph.x, glyph.y);
    let same_line: Vec<&Glyph> = reading
        .glyphs
        .iter()
        .filter(outside)
        .filter(|glyph| glyph.y >= rect.bottom && glyph.y <= rect.top && glyph.right <= rect.left + 2.0)
        .collect();
    let line: Vec<&Glyph> = if same_line.is_empty() {
        let above = reading.glyphs.iter().filter(outside).filter(|glyph| glyph.y > rect.top).map(|glyph| glyph.y);
        let nearest = above.fold(f32::INFINITY, f32::min);
        if !nearest.is_finite() {
            return None;
        }
        reading.glyphs.iter().filter(|glyph| (glyph.y - nearest).abs() < 1.0).collect()
    } else {
        same_line
    };
    let words = words_of(&line);
    let words: Vec<&str> = words.split_whitespace().collect();
    let last = &words[words.len().saturating_sub(6)..];
    (!last.is_empty()).then(|| last.join(" "))
}

/// The image XObjects a page's resources name, by name.
fn page_images(document: &Document, page_id: lopdf::ObjectId) -> BTreeMap<Vec<u8>, lopdf::ObjectId> {
    let mut images = BTreeMap::new();
    let Ok((own, inherited)) = document.get_page_resources(page_id) else { return images };
    let inherited = inherited.into_iter().filter_map(|id| document.get_dictionary(id).ok());
    for resources in own.into_iter().chain(inherited) {
        let xobjects = match resources.get(b"XObject") {
            Ok(Object::Reference(id)) => document.get_dictionary(*id).ok(),
            Ok(Object::Dictionary(dictionary)) => Some(dictionary),
            _ => None,
        };
        for (name, value) in xobjects.into_iter().flat_map(|dictionary| dictionary.iter()) {
            if let Object::Reference(id) = value {
                images.entry(name.clone()).or_insert(*id);
            }
        }
    }
    images
}

/// An image smaller than this share of the page is a logo, a chart or a photo, not a scanned page.
const SCANNED_PAGE_SHARE: f32 = 0.5;

/// Largest image read for dark regions, in pixels (a page scanned at 600 dpi is 35 million).
const IMAGE_PIXEL_LIMIT: u64 = 40_000_000;

/// The dark regions burnt into the scanned pages of a page, in page space.
fn scanned_page_regions(
    document: &Document,
    reading: &PageReading,
    images: &BTreeMap<Vec<u8>, lopdf::ObjectId>,
    page_size: (f32, f32),
) -> Vec<FilledBox> {
    let mut regions = Vec::new();
    for drawn in &reading.images {
        let corners = [(0.0, 0.0), (1.0, 0.0), (0.0, 1.0), (1.0, 1.0)].map(|(x, y)| apply(&drawn.ctm, x, y));
        let bounds = bounds_of(&corners);
        if bounds.width() * bounds.height() < page_size.0 * page_size.1 * SCANNED_PAGE_SHARE {
            continue;
        }
        let Some(stream) = images.get(&drawn.name).and_then(|id| document.get_object(*id).ok()) else { continue };
        let Ok(stream) = stream.as_stream() else { continue };
        for (left, bottom, right, top) in dark_regions(stream) {
            let corners =
                [(left, bottom), (right, bottom), (left, top), (right, top)].map(|(x, y)| apply(&drawn.ctm, x, y));
            regions.push(FilledBox { rect: bounds_of(&corners), order: drawn.order, kind: RedactionKind::Image });
        }
    }
    regions
}

fn bounds_of(corners: &[(f32, f32)]) -> Rect {
    Rect {
        left: corners.iter().map(|corner| corner.0).fold(f32::INFINITY, f32::min),
        right: corners.iter().map(|corner| corner.0).fold(f32::NEG_INFINITY, f32::max),
        bottom: corners.iter().map(|corner| corner.1).fold(f32::INFINITY, f32::min),
        top: corners.iter().map(|corner| corner.1).fold(f32::NEG_INFINITY, f32::max),
    }
}

/// Solid dark rectangles in an 8-bit grey or RGB image (uncompressed or Flate), as fractions of
/// the image from its lower left corner: `(left, bottom, right, top)`. The image is read in
/// cells of a few pixels; a region is a connected run of dark cells that fills its bounding
/// box almost entirely, so text, lines and photographs do not make one.
fn dark_regions(stream: &lopdf::Stream) -> Vec<(f32, f32, f32, f32)> {
    let dictionary = &stream.dict;
    let number = |key: &[u8]| dictionary.get(key).ok().and_then(|value| value.as_i64().ok());
    let (Some(width), Some(height)) = (number(b"Width"), number(b"Height")) else { return Vec::new() };
    if number(b"BitsPerComponent") != Some(8) || width <= 0 || height <= 0 {
        return Vec::new();
    }
    let (width, height) = (width as usize, height as usize);
    if (width as u64) * (height as u64) > IMAGE_PIXEL_LIMIT {
        return Vec::new();
    }
    let components = match dictionary.get(b"ColorSpace").ok().and_then(|space| space.as_name().ok()) {
        Some(b"DeviceGray") => 1,
        Some(b"DeviceRGB") => 3,
        _ => return Vec::new(),
    };
    let filter = dictionary.get(b"Filter").ok().and_then(|filter| filter.as_name().ok());
    let pixels = match filter {
        None => stream.content.clone(),
        Some(b"FlateDecode") => match stream.decompressed_content() {
            Ok(pixels) => pixels,
            Err(_) => return Vec::new(),
        },
        // JPEG and the fax codecs would need their own decoders.
        Some(_) => return Vec::new(),
    };
    if pixels.len() < width * height * components {
        return Vec::new();
    }
    let cell = (width.min(height) / 200).max(1);
    let (columns, rows) = (width.div_ceil(cell), height.div_ceil(cell));
    let mut dark = vec![false; columns * rows];
    for row in 0..rows {
        for column in 0..columns {
            let (mut sum, mut count) = (0u64, 0u64);
            for y in row * cell..((row + 1) * cell).min(height) {
                for x in column * cell..((column + 1) * cell).min(width) {
                    let at = (y * width + x) * components;
                    let value = if components == 1 {
                        u64::from(pixels[at])
                    } else {
                        (299 * u64::from(pixels[at])
                            + 587 * u64::from(pixels[at + 1])
                            + 114 * u64::from(pixels[at + 2]))
                            / 1000
                    };
                    sum += value;
                    count += 1;
                }
            }
            dark[row * columns + column] = count > 0 && (sum as f32 / count as f32) < 255.0 * DARK;
        }
    }
    let mut seen = vec![false; columns * rows];
    let mut regions = Vec::new();
    for start in 0..dark.len() {
        if !dark[start] || seen[start] {
            continue;
        }
        let (mut left, mut right, mut top, mut bottom) = (usize::MAX, 0, usize::MAX, 0);
        let mut n_cells = 0usize;
        let mut queue = vec![start];
        seen[start] = true;
        while let Some(at) = queue.pop() {
            let (row, column) = (at / columns, at % columns);
            n_cells += 1;
            left = left.min(column);
            right = right.max(column);
            top = top.min(row);
            bottom = bottom.max(row);
            let mut neighbours = Vec::with_capacity(4);
            if column > 0 {
                neighbours.push(at - 1);
            }
            if column + 1 < columns {
                neighbours.push(at + 1);
            }
            if row > 0 {
                neighbours.push(at - columns);
            }
            if row + 1 < rows {
                neighbours.push(at + columns);
            }
            for next in neighbours {
                if dark[next] && !seen[next] {
                    seen[next] = true;
                    queue.push(next);
                }
            }
        }
        let (box_columns, box_rows) = (right - left + 1, bottom - top + 1);
        let solid = n_cells as f32 >= 0.92 * (box_columns * box_rows) as f32;
        let big_enough = box_columns >= 4 && box_rows >= 2;
        let not_the_page = box_columns * box_rows * 2 < columns * rows;
        // The dark edges of a scan (shadows, the scanner's lid) touch its border; a redaction does not.
        let inside = left > 0 && top > 0 && right + 1 < columns && bottom + 1 < rows;
        if solid && big_enough && not_the_page && inside {
            regions.push((
                (left * cell) as f32 / width as f32,
                1.0 - (((bottom + 1) * cell).min(height)) as f32 / height as f32,
                (((right + 1) * cell).min(width)) as f32 / width as f32,
                1.0 - (top * cell) as f32 / height as f32,
            ));
        }
    }
    regions
}

/// Dark filled rectangles laid over the page as annotations (a black "Square", or a "Redact"
/// mark never applied): drawn over everything the page shows, and hiding nothing of its text.
fn annotation_boxes(document: &Document, page_id: lopdf::ObjectId) -> Vec<FilledBox> {
    let Ok(page) = document.get_dictionary(page_id) else { return Vec::new() };
    let annotations = match page.get(b"Annots") {
        Ok(Object::Array(items)) => items.clone(),
        Ok(Object::Reference(id)) => document.get_object(*id).and_then(Object::as_array).cloned().unwrap_or_default(),
        _ => Vec::new(),
    };
    let mut boxes = Vec::new();
    for annotation in annotations.iter().take(MARKS_PER_PAGE_LIMIT) {
        let dictionary = match annotation {
            Object::Reference(id) => document.get_dictionary(*id).ok(),
            Object::Dictionary(dictionary) => Some(dictionary),
            _ => None,
        };
        let Some(dictionary) = dictionary else { continue };
        let subtype = dictionary.get(b"Subtype").ok().and_then(|subtype| subtype.as_name().ok());
        if !matches!(subtype, Some(b"Square" | b"Redact")) {
            continue;
        }
        let numbers = |key: &[u8]| -> Vec<f32> {
            match dictionary.get(key) {
                Ok(Object::Array(items)) => items.iter().filter_map(|item| item.as_float().ok()).collect(),
                _ => Vec::new(),
            }
        };
        let fill = match numbers(b"IC").as_slice() {
            [grey] => *grey,
            [red, green, blue] => brightness_rgb(*red, *green, *blue),
            [cyan, magenta, yellow, black] => brightness_cmyk(&[*cyan, *magenta, *yellow, *black]),
            _ => continue, // No interior colour: an outline, which hides nothing anyway.
        };
        let corners = numbers(b"Rect");
        if fill >= DARK || corners.len() != 4 {
            continue;
        }
        let rect = Rect {
            left: corners[0].min(corners[2]),
            right: corners[0].max(corners[2]),
            bottom: corners[1].min(corners[3]),
            top: corners[1].max(corners[3]),
        };
        boxes.push(FilledBox { rect, order: usize::MAX, kind: RedactionKind::Box });
    }
    boxes
}

/// Reads the form XObjects the page draws (one level: forms inside forms are not followed), as
/// some writers put a page's boxes and text there; what they show joins the page's reading at
/// the place in drawing order where the form was drawn.
fn read_forms(
    document: &Document,
    reading: &mut PageReading,
    objects: &BTreeMap<Vec<u8>, lopdf::ObjectId>,
    encodings: &BTreeMap<Vec<u8>, Encoding>,
) {
    let drawn: Vec<DrawnImage> = reading.images.clone();
    for form in drawn {
        let Some(stream) = objects.get(&form.name).and_then(|id| document.get_object(*id).ok()) else { continue };
        let Ok(stream) = stream.as_stream() else { continue };
        if stream.dict.get(b"Subtype").ok().and_then(|subtype| subtype.as_name().ok()) != Some(b"Form") {
            continue;
        }
        let matrix = match stream.dict.get(b"Matrix") {
            Ok(Object::Array(items)) => {
                let numbers: Vec<f32> = items.iter().filter_map(|item| item.as_float().ok()).collect();
                match numbers.as_slice() {
                    [a, b, c, d, e, f] => [*a, *b, *c, *d, *e, *f],
                    _ => IDENTITY,
                }
            }
            _ => IDENTITY,
        };
        // An unfiltered stream has nothing to decompress; its content is the data.
        let data = stream.decompressed_content().unwrap_or_else(|_| stream.content.clone());
        let Ok(content) = Content::decode(&data) else { continue };
        // The form's operations take the places between the one that drew it and the next.
        let inner = read_page(&content, encodings, multiply(&matrix, &form.ctm), form.order + 1, 1);
        reading.glyphs.extend(inner.glyphs);
        reading.boxes.extend(inner.boxes);
    }
}
