//! Redaction boxes on PDF pages, in PDFs written here with lopdf: a box over text with and
//! without a label, a box over nothing, and shading, rules, logos and dark headers that must
//! not be redactions; and the marks crossing from the reader child to the parent.

use disclosure_core::parse::parse;
use disclosure_core::redactions::{find_redactions, PageMark, TiedBy};
use disclosure_ingest::extract::extract_text_with;
use disclosure_ingest::pdf_marks::{decode_page_marks, encode_page_marks, find_page_marks};
use lopdf::{dictionary, Document, Object, Stream};

use crate::pdf::reader;

/// A one-page PDF (Letter size, Helvetica as /F1) whose content stream is `content`.
pub fn page_pdf(content: &str) -> Vec<u8> {
    scanned_pdf(content, None)
}

/// A grey scan of `width` × `height` pixels, white but where `dark` says, Flate-compressed.
fn scan(width: usize, height: usize, dark: impl Fn(usize, usize) -> bool) -> Stream {
    let pixels: Vec<u8> = (0..height)
        .flat_map(|y| (0..width).map(move |x| (x, y)))
        .map(|(x, y)| if dark(x, y) { 0 } else { 250 })
        .collect();
    let mut image = Stream::new(
        dictionary! {
            "Type" => "XObject",
            "Subtype" => "Image",
            "Width" => width as i64,
            "Height" => height as i64,
            "ColorSpace" => "DeviceGray",
            "BitsPerComponent" => 8,
        },
        pixels,
    );
    image.compress().expect("the scan compresses");
    image
}

/// A one-page PDF with `content`, and `image` available to it as /Im1.
fn scanned_pdf(content: &str, image: Option<Stream>) -> Vec<u8> {
    annotated_pdf(content, image, Vec::new())
}

/// A one-page PDF with `content`, `image` as /Im1 and `annotations` laid over the page.
fn annotated_pdf(content: &str, image: Option<Stream>, annotations: Vec<lopdf::Dictionary>) -> Vec<u8> {
    let mut document = Document::with_version("1.5");
    let pages_id = document.new_object_id();
    let font_id = document.add_object(dictionary! {
        "Type" => "Font",
        "Subtype" => "Type1",
        "BaseFont" => "Helvetica",
        "Encoding" => "WinAnsiEncoding",
    });
    let content_id = document.add_object(Stream::new(dictionary! {}, content.as_bytes().to_vec()));
    let resources = match image {
        Some(image) => {
            let image_id = document.add_object(image);
            dictionary! { "Font" => dictionary! { "F1" => font_id }, "XObject" => dictionary! { "Im1" => image_id } }
        }
        None => dictionary! { "Font" => dictionary! { "F1" => font_id } },
    };
    let page_id = document.add_object(dictionary! {
        "Type" => "Page",
        "Parent" => pages_id,
        "MediaBox" => vec![0.into(), 0.into(), 612.into(), 792.into()],
        "Contents" => content_id,
        "Resources" => resources,
        "Annots" => annotations.into_iter().map(Object::Dictionary).collect::<Vec<_>>(),
    });
    document.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => vec![page_id.into()], "Count" => 1 }),
    );
    let catalog_id = document.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    document.trailer.set("Root", catalog_id);
    let mut bytes = Vec::new();
    document.save_to(&mut bytes).expect("a PDF built in memory saves");
    bytes
}

/// The letter's lines, the officer's name set apart at x = 250 so a box can cover it.
pub const LETTER: &str = "BT /F1 12 Tf 72 740 Td (Dear Requester,) Tj ET\n\
    BT /F1 12 Tf 72 700 Td (The officer was PC) Tj ET\n\
    BT /F1 12 Tf 250 700 Td (John Smith) Tj ET\n\
    BT /F1 12 Tf 330 700 Td (of Fernshire.) Tj ET\n\
    BT /F1 12 Tf 72 660 Td (Name of officer:) Tj ET\n";

/// A black box over the name, drawn after it.
pub const BOX_OVER_NAME: &str = "0 g 245 695 80 16 re f\n";

/// White words printed on the box.
pub const LABEL_ON_BOX: &str = "BT 1 g /F1 8 Tf 255 699 Td (S40\\(2\\)) Tj ET\n";

/// A black box where the officer's name would stand, over nothing.
pub const BOX_OVER_NOTHING: &str = "0 0 0 rg 200 655 90 16 re f\n";

fn marks(content: &str) -> Vec<PageMark> {
    find_page_marks(&page_pdf(content))
}

#[test]
fn a_box_over_text_keeps_the_words_still_under_it_and_its_label() {
    let found = marks(&format!("{LETTER}{BOX_OVER_NAME}{LABEL_ON_BOX}"));
    assert_eq!(found.len(), 1, "one box on the page: {found:?}");
    assert_eq!(found[0].page, 1, "on the first page");
    assert_eq!(found[0].text_under.as_deref(), Some("John Smith"), "the text layer still holds the name under the box");
    assert_eq!(found[0].label.as_deref(), Some("S40(2)"), "white words on the box are its label");
    assert_eq!(found[0].area.x, 245, "the box's place on the page, in points");
    assert_eq!(found[0].area.width, 80, "the box's width, in points");
}

#[test]
fn a_box_without_a_label_is_still_a_redaction() {
    let found = marks(&format!("{LETTER}{BOX_OVER_NAME}"));
    assert_eq!(found.len(), 1, "one box: {found:?}");
    assert_eq!(found[0].label, None, "nothing is written on it or beside it");
    assert!(found[0].text_under.is_some(), "the name is still under it");
}

#[test]
fn a_box_over_nothing_is_placed_after_the_words_before_it() {
    let found = marks(&format!("{LETTER}{BOX_OVER_NOTHING}"));
    assert_eq!(found.len(), 1, "one box: {found:?}");
    assert_eq!(found[0].text_under, None, "nothing is left under it: the redaction holds");
    assert_eq!(found[0].text_before.as_deref(), Some("Name of officer:"), "the words on its line before it");
}

#[test]
fn shading_rules_logos_and_dark_headers_are_not_redactions() {
    let shading = "0.9 g 60 690 400 24 re f\n";
    let light_blue = "0.8 0.9 1 rg 60 650 400 24 re f\n";
    let rule = "0 g 60 640 400 1 re f\n";
    let logo = "0 g 520 740 24 24 re f\n";
    let header = "0 g 60 600 300 18 re f\nBT 1 g /F1 12 Tf 70 605 Td (Year) Tj 100 0 Td (Number of officers) Tj ET\n";
    let stroked = "0 g 60 560 200 20 re S\n";
    let letterhead_band = "0 0.19 0.53 rg 0 762 612 30 re f\n";
    let found = marks(&format!("{shading}{light_blue}{LETTER}{rule}{logo}{header}{stroked}{letterhead_band}"));
    assert!(
        found.is_empty(),
        "light fills, a thin rule, a small logo, a dark header with its words, an outline, a letterhead band: {found:?}"
    );
}

#[test]
fn marks_cross_from_the_child_and_are_tied_in_the_text() {
    let pdf = page_pdf(&format!("{LETTER}{BOX_OVER_NAME}{LABEL_ON_BOX}{BOX_OVER_NOTHING}"));
    let extracted = extract_text_with("response.pdf", &pdf, &reader()).expect("a PDF with a text layer reads");
    assert!(!extracted.text.contains("disclosure-page-marks"), "the marks never reach the letter's text");
    assert_eq!(extracted.page_marks.len(), 2, "both boxes come back from the child: {:?}", extracted.page_marks);
    let text = &extracted.text;
    let found = find_redactions(text, &parse(text), &extracted.page_marks);
    let under = found.iter().find(|redaction| redaction.text_under.is_some()).expect("the box over the name");
    assert_eq!(under.span.text_in(text), "John Smith", "placed on the name the text layer still holds: {text:?}");
    assert_eq!(under.provision.as_deref(), Some("40(2)"), "its label names the provision");
    assert_eq!(under.tied_by, TiedBy::Label, "tied by the label on the box");
    let over_nothing = found.iter().find(|redaction| redaction.text_under.is_none()).expect("the box over nothing");
    let after = text.find("Name of officer:").map(|at| at + "Name of officer:".len());
    assert_eq!(Some(over_nothing.span.start), after, "placed after the words before it: {text:?}");
}

#[test]
fn the_marks_round_trip_through_the_pipe() {
    let pdf = page_pdf(&format!("{LETTER}{BOX_OVER_NAME}{LABEL_ON_BOX}"));
    let marks = find_page_marks(&pdf);
    assert!(!marks.is_empty(), "the labelled box is found, or the round trip proves nothing");
    assert_eq!(decode_page_marks(&encode_page_marks(&marks)), marks, "every field of every mark survives the pipe");
    assert!(decode_page_marks("").is_empty(), "no lines, no marks");
    assert!(find_page_marks(b"%PDF-1.4 not really").is_empty(), "a broken PDF has no marks, and no panic");
}

/// The scan drawn over the whole page, then a line of text (as OCR software writes it).
const SCAN_WITH_TEXT: &str = "q 612 0 0 792 0 0 cm /Im1 Do Q\nBT /F1 12 Tf 72 740 Td (Dear Requester,) Tj ET\n";

#[test]
fn a_black_region_burnt_into_a_scanned_page_is_a_redaction() {
    // 306 × 396 pixels: two points a pixel. The region covers pixels 100..180 across, 100..110 down.
    let image = scan(306, 396, |x, y| (100..180).contains(&x) && (100..110).contains(&y));
    let found = find_page_marks(&scanned_pdf(SCAN_WITH_TEXT, Some(image)));
    assert_eq!(found.len(), 1, "one dark region on the scan: {found:?}");
    assert_eq!(found[0].kind, disclosure_core::redactions::RedactionKind::Image, "a region of a page image");
    let area = found[0].area;
    assert!(
        (198..=202).contains(&area.x) && (158..=162).contains(&area.width),
        "placed where it is on the page: {area:?}"
    );
    assert!((570..=574).contains(&area.y), "rows count down from the top of the scan: {area:?}");
}

#[test]
fn scan_edges_speckle_and_small_images_are_not_redactions() {
    let edges = scan(306, 396, |x, y| x < 12 || y > 390 || (x + y) % 7 == 0);
    assert!(find_page_marks(&scanned_pdf(SCAN_WITH_TEXT, Some(edges))).is_empty(), "a scan's dark edges and speckle");
    let logo = scan(306, 396, |x, y| (100..180).contains(&x) && (100..110).contains(&y));
    let small = "q 120 0 0 40 400 700 cm /Im1 Do Q\nBT /F1 12 Tf 72 740 Td (Dear Requester,) Tj ET\n";
    assert!(
        find_page_marks(&scanned_pdf(small, Some(logo))).is_empty(),
        "an image far smaller than the page is a logo"
    );
}

#[test]
fn a_black_square_laid_over_the_text_as_an_annotation_hides_nothing() {
    let square = dictionary! {
        "Type" => "Annot",
        "Subtype" => "Square",
        "Rect" => vec![245.into(), 695.into(), 325.into(), 711.into()],
        "IC" => vec![0.into(), 0.into(), 0.into()],
    };
    let outline = dictionary! {
        "Type" => "Annot",
        "Subtype" => "Square",
        "Rect" => vec![60.into(), 650.into(), 400.into(), 680.into()],
    };
    let found = find_page_marks(&annotated_pdf(LETTER, None, vec![square, outline]));
    assert_eq!(found.len(), 1, "the filled square is a box; the outline is not: {found:?}");
    assert_eq!(found[0].text_under.as_deref(), Some("John Smith"), "the words under the square are still in the file");
}

#[test]
fn a_box_drawn_inside_a_form_is_found_with_the_words_under_it() {
    let mut document = Document::with_version("1.5");
    let pages_id = document.new_object_id();
    let font_id = document.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica", "Encoding" => "WinAnsiEncoding",
    });
    let form_id = document.add_object(Stream::new(
        dictionary! { "Type" => "XObject", "Subtype" => "Form", "BBox" => vec![0.into(), 0.into(), 612.into(), 792.into()] },
        BOX_OVER_NAME.as_bytes().to_vec(),
    ));
    let content = format!("{LETTER}q /Fm1 Do Q\n");
    let content_id = document.add_object(Stream::new(dictionary! {}, content.into_bytes()));
    let page_id = document.add_object(dictionary! {
        "Type" => "Page",
        "Parent" => pages_id,
        "MediaBox" => vec![0.into(), 0.into(), 612.into(), 792.into()],
        "Contents" => content_id,
        "Resources" => dictionary! { "Font" => dictionary! { "F1" => font_id }, "XObject" => dictionary! { "Fm1" => form_id } },
    });
    document.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => vec![page_id.into()], "Count" => 1 }),
    );
    let catalog_id = document.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    document.trailer.set("Root", catalog_id);
    let mut bytes = Vec::new();
    document.save_to(&mut bytes).expect("saves");
    let found = find_page_marks(&bytes);
    assert_eq!(found.len(), 1, "the form's box is a box of the page: {found:?}");
    assert_eq!(found[0].text_under.as_deref(), Some("John Smith"), "drawn after the name, it hides nothing");
}
