//! Spreadsheets: each sheet becomes a table the parser reads with its header (merged header
//! cells spread over their columns), formulas give their saved values, a CSV in Windows-1252
//! decodes, and a zip bomb inside a workbook is refused while inflating.

use disclosure_core::parse::{parse, table_figures, Table};
use disclosure_ingest::archive::check_unpacked_size_within;
use disclosure_ingest::extract::extract_text;
use disclosure_ingest::{Format, IngestError};

use crate::fixtures::{xlsx, zip_parts, SheetCell};

use SheetCell::{Blank, Formula, Number, Words};

/// A workbook of two sheets: stops and arrests by area for two years under merged year
/// headings, a caption merged across the top, and a formula total; then a small second sheet.
pub fn two_sheet_workbook() -> Vec<u8> {
    let first = vec![
        vec![Words("Stop and search by area"), Blank, Blank, Blank, Blank],
        vec![Words("Area"), Words("2022/23"), Blank, Words("2023/24"), Blank],
        vec![Blank, Words("Stops"), Words("Arrests"), Words("Stops"), Words("Arrests")],
        vec![Words("North"), Number(120.0), Number(14.0), Number(131.0), Number(17.0)],
        vec![Words("South"), Number(98.0), Number(9.0), Number(102.0), Number(11.0)],
        vec![Words("Total"), Formula("B4+B5", 218.0), Formula("C4+C5", 23.0), Number(233.0), Number(28.0)],
    ];
    let second = vec![
        vec![Words("Complaint"), Words("Received")],
        vec![Words("Conduct"), Number(42.0)],
        vec![Words("Service"), Number(7.5)],
    ];
    xlsx(&[("Stop and search", first, &["A1:E1", "A2:A3", "B2:C2", "D2:E2"]), ("Complaints", second, &[])])
}

fn tables_of(text: &str) -> Vec<Table> {
    parse(text).tables
}

fn header_texts(table: &Table) -> Vec<String> {
    table.header.as_ref().map(|header| header.iter().map(|cell| cell.text.clone()).collect()).unwrap_or_default()
}

#[test]
fn each_sheet_of_a_workbook_is_a_table_with_its_merged_headers_spread() {
    let extracted = extract_text("stops.xlsx", &two_sheet_workbook()).expect("a readable workbook");
    assert_eq!(extracted.format, Format::Xlsx, "the extension names the format");
    assert!(extracted.text.contains("Sheet: Stop and search"), "each sheet is titled by its name:\n{}", extracted.text);
    assert!(extracted.text.contains("Sheet: Complaints"), "the second sheet is read too:\n{}", extracted.text);

    let tables = tables_of(&extracted.text);
    assert_eq!(tables.len(), 2, "one table per sheet:\n{}", extracted.text);
    let stops = &tables[0];
    assert_eq!(
        stops.caption.as_ref().map(|cell| cell.text.as_str()),
        Some("Stop and search by area"),
        "a title merged across the sheet is the table's caption"
    );
    assert_eq!(
        header_texts(stops),
        ["Area", "2022/23 Stops", "2022/23 Arrests", "2023/24 Stops", "2023/24 Arrests"],
        "a year merged over two columns names both, joined with the row of sub-headings under it"
    );
    assert_eq!(stops.rows.len(), 3, "North, South and the total are the data rows");
    assert_eq!(header_texts(&tables[1]), ["Complaint", "Received"], "the second sheet's first row is its header");
    assert_eq!(
        tables[1].caption.as_ref().map(|cell| cell.text.as_str()),
        Some("Complaints"),
        "a sheet without a title of its own is captioned by its name"
    );
}

#[test]
fn numbers_become_figures_with_their_row_and_column() {
    let extracted = extract_text("stops.xlsx", &two_sheet_workbook()).expect("a readable workbook");
    let tables = tables_of(&extracted.text);
    let figures = table_figures(&tables[0]);
    let value_of = |label: &str| figures.iter().find(|figure| figure.label == label).map(|figure| figure.value);
    assert_eq!(value_of("North / 2023/24 Arrests"), Some(17.0), "a cell is labelled by its row and its column");
    assert_eq!(
        value_of("Total / 2022/23 Stops"),
        Some(218.0),
        "a formula is read as the value the spreadsheet saved, never as its formula"
    );
    assert!(!extracted.text.contains("B4+B5"), "the formula itself is never part of the text");
    let complaints = table_figures(&tables[1]);
    assert!(
        complaints.iter().any(|figure| figure.label == "Service / Received" && figure.value == 7.5),
        "decimals keep their value: {complaints:?}"
    );
}

#[test]
fn a_csv_in_windows_1252_is_decoded_and_read_as_a_table() {
    // "Café" and "£" in Windows-1252: bytes that are not UTF-8.
    let mut bytes = b"Premises;Fines\r\n".to_vec();
    bytes.extend_from_slice(b"Caf\xe9 Royal;\xa3250\r\nThe \x93Anchor\x94;\xa31,200\r\n");
    let extracted = extract_text("fines.csv", &bytes).expect("a readable CSV");
    assert_eq!(extracted.format, Format::Csv, "the extension names the format");
    assert_eq!(extracted.encoding, "windows-1252", "bytes that are not UTF-8 are detected as a British office writes");
    assert!(extracted.text.contains("Café Royal"), "accented letters survive decoding:\n{}", extracted.text);
    let tables = tables_of(&extracted.text);
    assert_eq!(tables.len(), 1, "a CSV is one table:\n{}", extracted.text);
    assert_eq!(header_texts(&tables[0]), ["Premises", "Fines"], "semicolons separate the columns here");
    let figures = table_figures(&tables[0]);
    assert!(
        figures.iter().any(|figure| figure.label == "The “Anchor” / Fines" && figure.value == 1200.0),
        "pounds with a thousands separator are a figure of their row and column: {figures:?}"
    );
}

#[test]
fn a_csv_with_quoted_commas_and_pipes_keeps_its_columns() {
    let bytes = b"Area,Note,Count\n\"North, rural\",\"a|b\",12\nSouth,,30\n";
    let extracted = extract_text("counts.csv", bytes).expect("a readable CSV");
    let tables = tables_of(&extracted.text);
    assert_eq!(tables.len(), 1, "one table:\n{}", extracted.text);
    assert_eq!(tables[0].rows[0].len(), 3, "a quoted comma and a pipe stay inside their cell:\n{}", extracted.text);
    assert_eq!(tables[0].rows[1][1].text, "", "an empty cell keeps its column");
    assert_eq!(tables[0].rows[1][2].text, "30", "the cell after an empty one stays in its column");
}

#[test]
fn a_zip_bomb_inside_a_workbook_is_refused_while_inflating() {
    // Zeros deflate a thousandfold: a few kilobytes of archive, megabytes inflated.
    let bomb = zip_parts(&[("xl/worksheets/sheet1.xml", vec![b'0'; 8 * 1024 * 1024])]);
    assert!(bomb.len() < 100 * 1024, "the archive itself is small ({} bytes)", bomb.len());
    let error = check_unpacked_size_within(&bomb, "workbook", 1024 * 1024).expect_err("over the cap");
    assert!(matches!(error, IngestError::UnpacksTooLarge { .. }), "refused as a zip bomb, got {error:?}");
    assert!(
        check_unpacked_size_within(&bomb, "workbook", 16 * 1024 * 1024).is_ok(),
        "the same archive under a cap it fits in is let through"
    );
}

#[test]
fn damaged_workbooks_are_a_clear_error_never_a_panic() {
    for (name, bytes) in [
        ("noise.xlsx", crate::noise(7, 4096)),
        ("noise.xls", crate::noise(8, 4096)),
        ("noise.ods", crate::noise(9, 4096)),
        ("not-a-workbook.xlsx", zip_parts(&[("word/document.xml", b"<w:document/>".to_vec())])),
    ] {
        let error = extract_text(name, &bytes).expect_err("no workbook in these bytes");
        assert!(
            matches!(error, IngestError::Spreadsheet(_)),
            "{name}: a file that is no workbook is a spreadsheet error, got {error:?}"
        );
    }
}

/// An `.xlsx` whose one sheet inflates to `megabytes` of zeros, written a megabyte at a time so
/// the test never holds the inflated part itself.
fn zip_bomb_workbook(megabytes: usize) -> Vec<u8> {
    use std::io::Write;
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    writer.start_file("xl/worksheets/sheet1.xml", options).expect("a zip entry");
    let zeros = vec![b'0'; 1024 * 1024];
    for _ in 0..megabytes {
        writer.write_all(&zeros).expect("zip bytes");
    }
    writer.finish().expect("a finished zip").into_inner()
}

/// The uncompressed sizes an archive declares, rewritten to `size`: what a hostile archive
/// does to slip past a check that trusts them.
fn with_declared_sizes(mut archive: Vec<u8>, size: u32) -> Vec<u8> {
    let mut at = 0;
    while at + 30 <= archive.len() {
        let field = match &archive[at..at + 4] {
            b"PK\x03\x04" => Some(at + 22),
            b"PK\x01\x02" => Some(at + 24),
            _ => None,
        };
        if let Some(field) = field {
            archive[field..field + 4].copy_from_slice(&size.to_le_bytes());
        }
        at += 1;
    }
    archive
}

#[test]
fn a_zip_bomb_that_lies_about_its_size_is_still_stopped_at_the_cap() {
    let liar = with_declared_sizes(zip_bomb_workbook(4), 1000);
    let error = check_unpacked_size_within(&liar, "workbook", 1024 * 1024).expect_err("over the cap");
    assert!(
        matches!(error, IngestError::UnpacksTooLarge { .. } | IngestError::Spreadsheet(_)),
        "what is inflated is counted, whatever the archive declares; got {error:?}"
    );
}

#[test]
fn a_hostile_workbook_fails_alone_and_the_rest_of_the_batch_is_imported() {
    use disclosure_ingest::{import_paths, FileStatus};
    let library = tempfile::tempdir().expect("temp dir");
    let mut store = disclosure_store::Store::open(&library.path().join("library.sqlite3")).expect("library");
    let folder = tempfile::tempdir().expect("temp dir");
    let over_cap = (disclosure_ingest::archive::ARCHIVE_UNPACKED_LIMIT / (1024 * 1024)) as usize + 1;
    std::fs::write(folder.path().join("a-bomb.xlsx"), zip_bomb_workbook(over_cap)).expect("write");
    std::fs::write(folder.path().join("b-stops.xlsx"), two_sheet_workbook()).expect("write");
    std::fs::write(folder.path().join("c-fines.csv"), b"Premises,Fines\nAnchor,250\nCrown,400\n").expect("write");

    let report = import_paths(&mut store, &[folder.path().to_path_buf()], &mut |_| {});
    let bomb = &report.files[0];
    assert_eq!(bomb.status, FileStatus::Error, "the zip bomb is refused: {bomb:?}");
    assert!(bomb.error.as_deref().is_some_and(|error| error.contains("zip bomb")), "its message says why: {bomb:?}");
    assert_eq!(report.count(FileStatus::Imported), 2, "the workbook and the CSV after it are imported: {report:#?}");
    let stops = store.get_document(report.files[1].id.expect("an id")).expect("the stored workbook");
    assert_eq!(stops.row.format, "xlsx", "the library names the format");
    assert!(
        stops.text.contains("| North | 120 | 14 | 131 | 17 |"),
        "the cells are stored as the text read:\n{}",
        stops.text
    );
    let query = disclosure_store::SearchQuery {
        text: "Anchor".to_string(),
        facets: Default::default(),
        type_ahead: false,
        limit: 10,
    };
    let hits = store.search(&query).expect("a search");
    assert!(
        hits.iter().any(|hit| Some(hit.document_id) == report.files[2].id),
        "search finds a spreadsheet's cells: {hits:?}"
    );
}

#[test]
fn a_spreadsheet_attached_to_an_email_is_a_document_linked_to_it() {
    use disclosure_ingest::{import_paths, FileStatus};
    let library = tempfile::tempdir().expect("temp dir");
    let mut store = disclosure_store::Store::open(&library.path().join("library.sqlite3")).expect("library");
    let folder = tempfile::tempdir().expect("temp dir");
    let mail = crate::fixtures::email(
        "Dear Alex,\nPlease see the attached spreadsheet.",
        &[
            ("stops.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", &two_sheet_workbook()),
            ("fines.csv", "text/csv", b"Premises,Fines\nAnchor,250\n"),
        ],
    );
    std::fs::write(folder.path().join("reply.eml"), &mail).expect("write");
    let report = import_paths(&mut store, &[folder.path().to_path_buf()], &mut |_| {});
    assert_eq!(report.count(FileStatus::Imported), 3, "the e-mail and both sheets are stored: {report:#?}");
    let mail_id = report.files[0].id.expect("the e-mail's id");
    let attachments = store.list_attachments(mail_id).expect("attachments");
    let formats: Vec<&str> = attachments.iter().map(|attachment| attachment.format.as_str()).collect();
    assert_eq!(formats, ["xlsx", "csv"], "each spreadsheet is a document linked to the e-mail it came with");
}

#[test]
fn a_sheet_of_yearly_columns_labels_each_figure_with_its_row_and_year() {
    let rows = vec![
        vec![Words("Area"), Number(2022.0), Number(2023.0)],
        vec![Words("North"), Number(120.0), Number(131.0)],
        vec![Words("South"), Number(98.0), Number(102.0)],
    ];
    let extracted = extract_text("yearly.xlsx", &xlsx(&[("Stops", rows, &[])])).expect("a readable workbook");
    let tables = tables_of(&extracted.text);
    assert_eq!(header_texts(&tables[0]), ["Area", "2022", "2023"], "years head their columns:\n{}", extracted.text);
    let figures = table_figures(&tables[0]);
    assert!(
        figures.iter().any(|figure| figure.label == "North / 2023" && figure.value == 131.0),
        "a yearly figure is labelled by its row and its year, ready for a trend: {figures:?}"
    );
    assert!(!figures.iter().any(|figure| figure.value == 2022.0), "a year heading is never a figure: {figures:?}");
}
