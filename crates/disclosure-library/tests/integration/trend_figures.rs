//! A thread's trends take the figures of the spreadsheets that come with its letters, and of
//! sheets that stand for themselves, labelled by their row and column; a value printed in a page
//! read by OCR is marked as one to check against the scan.

use disclosure_core::diff::DiffOptions;
use disclosure_ingest::batch::{import_bytes, read_bytes, Source};
use disclosure_ingest::ChildCommand;
use disclosure_library::correcting::{correct_document, CorrectionRequest};
use disclosure_library::threading::{rebuild_threads, thread_timeline, ThreadTimeline, TrendLine};
use disclosure_store::{DocumentPage, Inserted, Store};

/// A yearly letter that answers with "see the attached spreadsheet".
fn letter(year: u32) -> String {
    let short = year % 100;
    format!(
        "Fernshire Constabulary\nAuthority: Fernshire Constabulary\n\n\
         Freedom of Information request reference no: FC/FOI/{short}/0101\nDate of response: 3 March {year}\n\n\
         Dear Requester,\n\nI note you seek access to the following information:\n\
         1. How many stop and searches did the force carry out in {last}, by area?\n\n\
         I have today decided to disclose the requested information to you in full.\n\n\
         Q1 - How many stop and searches did the force carry out in {last}, by area?\n\
         The figures are in the attached spreadsheet.\n\nYours sincerely,\nInformation Rights Officer\nFernshire Constabulary\n",
        last = year - 1
    )
}

/// The spreadsheet of one year: stops and arrests by area.
fn sheet(north: u32, south: u32) -> String {
    format!("Area,Stops,Arrests\nNorth,{north},14\nSouth,{south},9\n")
}

fn import(store: &mut Store, file_name: &str, bytes: &[u8], parent_id: Option<i64>) -> i64 {
    let source = Source { file_name, source_path: None, parent_id };
    match import_bytes(store, &source, bytes, &ChildCommand::this_program()).expect("the file imports") {
        Inserted::New(id) | Inserted::AlreadyPresent(id) => id,
    }
}

/// The thread holding every one of `documents`, lined up.
fn timeline_of(store: &mut Store, documents: &[i64]) -> ThreadTimeline {
    rebuild_threads(store).expect("threads build");
    let thread = store
        .list_threads(2)
        .expect("threads")
        .into_iter()
        .find(|thread| documents.iter().all(|id| thread.members.iter().any(|member| member.document_id == *id)))
        .unwrap_or_else(|| panic!("one thread holds all of {documents:?}: {:#?}", store.list_threads(2)));
    thread_timeline(store, thread.id, None, &DiffOptions::default()).expect("the timeline reads")
}

fn values_of(trends: &[TrendLine], label: &str) -> Vec<f64> {
    trends
        .iter()
        .find(|line| line.series.label == label)
        .map(|line| line.values.iter().map(|value| value.point.value).collect())
        .unwrap_or_else(|| {
            let labels: Vec<&str> = trends.iter().map(|line| line.series.label.as_str()).collect();
            panic!("a series {label:?} among {labels:?}")
        })
}

#[test]
fn a_sheet_attached_to_each_years_letter_feeds_the_threads_series() {
    let mut store = Store::open_in_memory().expect("library");
    let mut letters = Vec::new();
    for (year, north, south) in [(2023, 120, 98), (2024, 131, 102)] {
        let id = import(&mut store, &format!("response-{year}.txt"), letter(year).as_bytes(), None);
        import(&mut store, &format!("stops-{year}.csv"), sheet(north, south).as_bytes(), Some(id));
        letters.push(id);
    }
    let trends = timeline_of(&mut store, &letters).trends;
    assert_eq!(
        values_of(&trends, "North / Stops"),
        [120.0, 131.0],
        "each year's sheet answers its letter's question: its cells join the thread's trend by row and column"
    );
    assert_eq!(values_of(&trends, "South / Stops"), [98.0, 102.0], "every row of the sheet gives its own series");
    let north = trends.iter().find(|line| line.series.label == "North / Stops").expect("the series");
    assert_eq!(
        north.values[0].reference.as_deref(),
        Some("FC/FOI/23/0101"),
        "a sheet without a reference of its own is known by its letter's"
    );
    assert!(north.values[0].passage.contains("North"), "the passage is the sheet's row: {:?}", north.values[0].passage);
    assert_eq!(
        north.series.points[0].period.as_deref(),
        Some("2022"),
        "the sheet covers the year its letter's question names"
    );
    assert!(north.values.iter().all(|value| !value.point.read_by_ocr), "a sheet's cells are read as saved, not by OCR");
}

#[test]
fn sheets_of_one_authority_in_two_years_give_a_series_of_their_own() {
    let mut store = Store::open_in_memory().expect("library");
    let mut sheets = Vec::new();
    for (year, north, south) in [(2023, 120, 98), (2024, 131, 102)] {
        let id =
            import(&mut store, &format!("stop-and-search-by-area-{year}.csv"), sheet(north, south).as_bytes(), None);
        // A sheet seldom names who sent it: the reviewer says so, as for any letter.
        let request = CorrectionRequest {
            authority: Some("Fernshire Constabulary".to_string()),
            date: Some(format!("{year}-03-03")),
            ..CorrectionRequest::default()
        };
        correct_document(&mut store, id, &request).expect("the correction is stored");
        sheets.push(id);
    }
    let trends = timeline_of(&mut store, &sheets).trends;
    assert_eq!(
        values_of(&trends, "North / Stops"),
        [120.0, 131.0],
        "a sheet with no question stands for its one request, and its tables' figures are its answer"
    );
}

#[test]
fn a_value_printed_in_a_page_read_by_ocr_is_marked_in_the_trend() {
    let mut store = Store::open_in_memory().expect("library");
    let typed = import(
        &mut store,
        "response-2023.txt",
        letter(2023)
            .replace("The figures are in the attached spreadsheet.", "In 2022, 120 stop and searches were carried out.")
            .as_bytes(),
        None,
    );
    let text = letter(2024)
        .replace("The figures are in the attached spreadsheet.", "In 2023, 131 stop and searches were carried out.");
    let source = Source { file_name: "response-2024.txt", source_path: None, parent_id: None };
    let mut scanned = read_bytes(&source, text.as_bytes(), &ChildCommand::this_program()).expect("the letter reads");
    // As the import stores a scan: its one page read by OCR.
    scanned.pages =
        vec![DocumentPage { number: 1, source: "ocr".to_string(), confidence: Some(81.0), start: 0, end: text.len() }];
    let stored = store.insert_documents(std::slice::from_ref(&scanned)).expect("stored").pop().expect("one outcome");
    let Ok(Inserted::New(scanned_id)) = stored else { panic!("the scan is stored: {stored:?}") };

    let timeline = timeline_of(&mut store, &[typed, scanned_id]);
    let line =
        timeline.trends.iter().find(|line| line.values.len() == 2).expect("the count is followed over both years");
    let marks: Vec<bool> = line.values.iter().map(|value| value.point.read_by_ocr).collect();
    assert_eq!(marks, [false, true], "only the value read from the scanned page may be misread, and it must say so");
    let typed_year = timeline.entries.iter().find(|entry| entry.member.document_id == typed).expect("the typed year");
    assert!(
        !typed_year.figures_read_by_ocr.is_empty() && typed_year.figures_read_by_ocr.iter().all(|marked| *marked),
        "the typed year is compared with the scanned one, whose value OCR read: {:?}",
        typed_year.figures_read_by_ocr
    );
}
