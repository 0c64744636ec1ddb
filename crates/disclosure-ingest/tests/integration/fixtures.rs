//! Documents built byte by byte inside the tests: PDFs (with a text layer, with an image only),
//! Word documents and e-mails with attachments. No office suite is needed to run the tests.
//! The CLI's tests include this file too, so both crates test against the same documents.

#![allow(dead_code)]

use std::io::Write;

/// A one-page PDF whose text layer holds `lines`, one per line, in Helvetica.
pub fn text_pdf(lines: &[&str]) -> Vec<u8> {
    let mut content = String::from("BT\n/F1 12 Tf\n14 TL\n72 720 Td\n");
    for line in lines {
        let escaped = line.replace('\\', "\\\\").replace('(', "\\(").replace(')', "\\)");
        content.push_str(&format!("({escaped}) Tj\nT*\n"));
    }
    content.push_str("ET\n");
    pdf(&[
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>"
            .to_string(),
        stream("", content.as_bytes()),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".to_string(),
    ])
}

/// A one-page PDF whose content stream is `data` under `filter` (e.g. `/Filter /FlateDecode`).
pub fn filtered_content_pdf(filter: &str, data: &[u8]) -> Vec<u8> {
    pdf(&[
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << >> >>".to_string(),
        stream(filter, data),
    ])
}

/// A one-page PDF that only paints a picture, as a scanner writes it: no text layer at all.
pub fn image_only_pdf() -> Vec<u8> {
    pdf(&[
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /XObject << /Im1 5 0 R >> >> >>"
            .to_string(),
        stream("", b"q 612 0 0 792 0 0 cm /Im1 Do Q\n"),
        stream("/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8", &[0, 255, 255, 0]),
    ])
}

/// A stream object's text (the PDF writer below adds nothing to it).
fn stream(dictionary: &str, data: &[u8]) -> String {
    // Streams here hold ASCII or a few bytes below 0x80 … except the image; Latin-1 keeps bytes.
    let body: String = data.iter().map(|byte| char::from(*byte)).collect();
    format!("<< {dictionary} /Length {} >>\nstream\n{body}\nendstream", data.len())
}

/// A PDF file from its objects (numbered from 1), with a correct cross-reference table.
fn pdf(objects: &[String]) -> Vec<u8> {
    let mut out: Vec<u8> = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n".to_vec();
    let mut offsets = Vec::new();
    for (idx, object) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n", idx + 1).as_bytes());
        // Objects are Latin-1 strings so that binary stream bytes survive as bytes.
        out.extend(object.chars().map(|c| c as u32 as u8));
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend_from_slice(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes());
    for offset in offsets {
        out.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!("trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n", objects.len() + 1).as_bytes(),
    );
    out
}

/// A Word document whose body is `body_xml` (the children of `<w:body>`), with an optional
/// numbering part, zipped as Word does.
pub fn docx(body_xml: &str, numbering_xml: Option<&str>) -> Vec<u8> {
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body_xml}</w:body></w:document>"#
    );
    let mut parts = vec![
        ("[Content_Types].xml", r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#.to_string()),
        ("_rels/.rels", r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#.to_string()),
        ("word/document.xml", document),
    ];
    if let Some(numbering) = numbering_xml {
        parts.push((
            "word/numbering.xml",
            format!(r#"<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">{numbering}</w:numbering>"#),
        ));
    }
    zip_parts(&parts.iter().map(|(name, text)| (*name, text.as_bytes().to_vec())).collect::<Vec<_>>())
}

/// A zip archive of named parts, deflated.
pub fn zip_parts(parts: &[(&str, Vec<u8>)]) -> Vec<u8> {
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in parts {
        writer.start_file(*name, options).expect("a zip entry");
        writer.write_all(bytes).expect("zip bytes");
    }
    writer.finish().expect("a finished zip").into_inner()
}

/// A paragraph of body text.
pub fn paragraph(text: &str) -> String {
    format!("<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>")
}

/// A table of rows of cells.
pub fn table(rows: &[&[&str]]) -> String {
    let rows: String = rows
        .iter()
        .map(|cells| {
            let cells: String = cells.iter().map(|cell| format!("<w:tc>{}</w:tc>", paragraph(cell))).collect();
            format!("<w:tr>{cells}</w:tr>")
        })
        .collect();
    format!("<w:tbl>{rows}</w:tbl>")
}

/// A multipart e-mail with a plain-text body and base64 attachments `(name, content type, bytes)`.
pub fn email(body: &str, attachments: &[(&str, &str, &[u8])]) -> Vec<u8> {
    let mut mail = String::from(
        "From: FOI Team <foi@fernshire.police.example>\r\n\
         To: Alex Requester <alex@example.org>\r\n\
         Subject: Your request FOI-2024-00291\r\n\
         Date: Tue, 5 Mar 2024 10:15:00 +0000\r\n\
         MIME-Version: 1.0\r\n\
         Content-Type: multipart/mixed; boundary=\"part-boundary\"\r\n\r\n",
    );
    mail.push_str("--part-boundary\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n");
    mail.push_str(&body.replace('\n', "\r\n"));
    mail.push_str("\r\n");
    for (name, content_type, bytes) in attachments {
        mail.push_str(&format!(
            "--part-boundary\r\nContent-Type: {content_type}; name=\"{name}\"\r\n\
             Content-Disposition: attachment; filename=\"{name}\"\r\n\
             Content-Transfer-Encoding: base64\r\n\r\n{}\r\n",
            base64(bytes)
        ));
    }
    mail.push_str("--part-boundary--\r\n");
    mail.into_bytes()
}

/// Standard base64 in 76-character lines, as mail programs write it.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (idx, byte)| n | (u32::from(*byte) << (16 - 8 * idx)));
        for idx in 0..4 {
            if idx <= chunk.len() {
                out.push(char::from(ALPHABET[((n >> (18 - 6 * idx)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out.as_bytes().chunks(76).map(|line| String::from_utf8_lossy(line).into_owned()).collect::<Vec<_>>().join("\r\n")
}

/// One cell of a hand-written worksheet: words, a number, or a formula with its saved value.
#[derive(Debug, Clone, Copy)]
pub enum SheetCell<'a> {
    /// Nothing in the cell.
    Blank,
    /// An inline string.
    Words(&'a str),
    /// A number.
    Number(f64),
    /// A formula and the value the spreadsheet program saved with it.
    Formula(&'a str, f64),
}

/// One hand-written sheet: its name, its rows of cells, and its merged ranges (`"B1:C1"`).
pub type Sheet<'a> = (&'a str, Vec<Vec<SheetCell<'a>>>, &'a [&'a str]);

/// An `.xlsx` workbook written part by part, one worksheet part per sheet.
pub fn xlsx(sheets: &[Sheet<'_>]) -> Vec<u8> {
    let mut parts: Vec<(String, Vec<u8>)> = Vec::new();
    let mut overrides = String::new();
    let mut sheet_list = String::new();
    let mut relations = String::new();
    for (idx, (name, rows, merges)) in sheets.iter().enumerate() {
        let number = idx + 1;
        overrides.push_str(&format!(
            "<Override PartName=\"/xl/worksheets/sheet{number}.xml\" \
             ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        ));
        sheet_list.push_str(&format!("<sheet name=\"{name}\" sheetId=\"{number}\" r:id=\"rId{number}\"/>"));
        relations.push_str(&format!(
            "<Relationship Id=\"rId{number}\" \
             Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" \
             Target=\"worksheets/sheet{number}.xml\"/>"
        ));
        let mut data = String::new();
        for (row_idx, row) in rows.iter().enumerate() {
            data.push_str(&format!("<row r=\"{}\">", row_idx + 1));
            for (column_idx, cell) in row.iter().enumerate() {
                let reference = format!("{}{}", char::from(b'A' + column_idx as u8), row_idx + 1);
                match cell {
                    SheetCell::Blank => {}
                    SheetCell::Words(text) => data.push_str(&format!(
                        "<c r=\"{reference}\" t=\"inlineStr\"><is><t>{}</t></is></c>",
                        text.replace('&', "&amp;").replace('<', "&lt;")
                    )),
                    SheetCell::Number(value) => data.push_str(&format!("<c r=\"{reference}\"><v>{value}</v></c>")),
                    SheetCell::Formula(formula, value) => {
                        data.push_str(&format!("<c r=\"{reference}\"><f>{formula}</f><v>{value}</v></c>"))
                    }
                }
            }
            data.push_str("</row>");
        }
        let merge_xml = if merges.is_empty() {
            String::new()
        } else {
            let cells: String = merges.iter().map(|range| format!("<mergeCell ref=\"{range}\"/>")).collect();
            format!("<mergeCells count=\"{}\">{cells}</mergeCells>", merges.len())
        };
        parts.push((
            format!("xl/worksheets/sheet{number}.xml"),
            format!(
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
                 <worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">\
                 <sheetData>{data}</sheetData>{merge_xml}</worksheet>"
            )
            .into_bytes(),
        ));
    }
    parts.push((
        "[Content_Types].xml".to_string(),
        format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
             <Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
             <Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
             <Default Extension=\"xml\" ContentType=\"application/xml\"/>\
             <Override PartName=\"/xl/workbook.xml\" \
             ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>{overrides}</Types>"
        )
        .into_bytes(),
    ));
    parts.push((
        "_rels/.rels".to_string(),
        b"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
          <Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
          <Relationship Id=\"rId1\" \
          Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" \
          Target=\"xl/workbook.xml\"/></Relationships>"
            .to_vec(),
    ));
    parts.push((
        "xl/workbook.xml".to_string(),
        format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
             <workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" \
             xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">\
             <sheets>{sheet_list}</sheets></workbook>"
        )
        .into_bytes(),
    ));
    parts.push((
        "xl/_rels/workbook.xml.rels".to_string(),
        format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
             <Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">{relations}</Relationships>"
        )
        .into_bytes(),
    ));
    let borrowed: Vec<(&str, Vec<u8>)> = parts.iter().map(|(name, bytes)| (name.as_str(), bytes.clone())).collect();
    zip_parts(&borrowed)
}

/// A one-page PDF that is a single grey picture of `width` × `height` pixels, as a scanner
/// writes it: `data` under `filter` (`""` for raw pixels, `/Filter /FlateDecode`, `/Filter /DCTDecode`).
pub fn grey_image_pdf(width: usize, height: usize, filter: &str, data: &[u8]) -> Vec<u8> {
    // A4 at the picture's proportions, in points.
    let page_height = 842.0 * height as f64 / (width as f64 * 842.0 / 595.0);
    pdf(&[
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
        format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 {page_height:.0}] /Contents 4 0 R \
             /Resources << /XObject << /Im1 5 0 R >> >> >>"
        ),
        stream("", format!("q 595 0 0 {page_height:.0} 0 0 cm /Im1 Do Q\n").as_bytes()),
        stream(
            &format!(
                "/Type /XObject /Subtype /Image /Width {width} /Height {height} /ColorSpace /DeviceGray \
                 /BitsPerComponent 8 {filter}"
            ),
            data,
        ),
    ])
}

/// A letter's lines printed into a PDF and rendered to grey pixels at `dpi` with `pdftoppm`,
/// as a scanner would see the printed page: `(width, height, pixels)`, or `None` when
/// `pdftoppm` is not installed.
pub fn printed_page_pixels(lines: &[&str], dpi: u32) -> Option<(usize, usize, Vec<u8>)> {
    let folder = tempfile::tempdir().ok()?;
    let source = folder.path().join("letter.pdf");
    std::fs::write(&source, text_pdf(lines)).ok()?;
    let output = std::process::Command::new("pdftoppm")
        .args(["-r", &dpi.to_string(), "-gray", "-singlefile"])
        .arg(&source)
        .arg(folder.path().join("page"))
        .output()
        .ok()?;
    if !output.status.success() {
        return None;
    }
    let pgm = std::fs::read(folder.path().join("page.pgm")).ok()?;
    // A binary PGM: "P5", width, height, maximum, each after whitespace, then the pixels.
    let mut fields = Vec::new();
    let mut at = 0;
    while fields.len() < 4 {
        while pgm.get(at)?.is_ascii_whitespace() {
            at += 1;
        }
        let start = at;
        while !pgm.get(at)?.is_ascii_whitespace() {
            at += 1;
        }
        fields.push(String::from_utf8_lossy(&pgm[start..at]).into_owned());
    }
    let (width, height): (usize, usize) = (fields[1].parse().ok()?, fields[2].parse().ok()?);
    let pixels = pgm.get(at + 1..at + 1 + width * height)?.to_vec();
    Some((width, height, pixels))
}

/// A two-page PDF: page 1 has a text layer holding `lines`; page 2 is a grey picture of
/// `width` × `height` raw pixels painted as two strips (top and bottom halves), so it is no
/// single picture and must be rendered before OCR.
pub fn text_page_and_striped_scan(lines: &[&str], width: usize, height: usize, pixels: &[u8]) -> Vec<u8> {
    let mut content = String::from("BT\n/F1 12 Tf\n14 TL\n72 720 Td\n");
    for line in lines {
        let escaped = line.replace('\\', "\\\\").replace('(', "\\(").replace(')', "\\)");
        content.push_str(&format!("({escaped}) Tj\nT*\n"));
    }
    content.push_str("ET\n");
    let top_rows = height / 2;
    let (top, bottom) = pixels.split_at(top_rows * width);
    let bottom_rows = height - top_rows;
    let page_height = 595.0 * height as f64 / width as f64;
    let bottom_height = page_height * bottom_rows as f64 / height as f64;
    let top_height = page_height - bottom_height;
    let image = |rows: usize, data: &[u8]| {
        stream(
            &format!("/Type /XObject /Subtype /Image /Width {width} /Height {rows} /ColorSpace /DeviceGray /BitsPerComponent 8"),
            data,
        )
    };
    pdf(&[
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 2 >>".to_string(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>"
            .to_string(),
        stream("", content.as_bytes()),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".to_string(),
        format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 {page_height:.2}] /Contents 7 0 R \
             /Resources << /XObject << /Top 8 0 R /Bottom 9 0 R >> >> >>"
        ),
        stream(
            "",
            format!(
                "q 595 0 0 {top_height:.2} 0 {bottom_height:.2} cm /Top Do Q\nq 595 0 0 {bottom_height:.2} 0 0 cm /Bottom Do Q\n"
            )
            .as_bytes(),
        ),
        image(top_rows, top),
        image(bottom_rows, bottom),
    ])
}
