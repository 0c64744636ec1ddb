//! Which letter a spreadsheet goes with: the reviewer's choice, else a letter of its reference;
//! a link that makes no sense (a letter as the sheet, a sheet as the letter) is refused.

use disclosure_core::diff::DiffOptions;
use disclosure_ingest::batch::{import_bytes, Source};
use disclosure_ingest::ChildCommand;
use disclosure_library::correcting::{correct_document, CorrectionRequest};
use disclosure_library::linking::{letter_of_sheet, link_sheet, sheets_of_letter, unlink_sheet, LinkError, SheetLink};
use disclosure_library::threading::{rebuild_threads, thread_timeline};
use disclosure_store::{Inserted, Store};

fn letter(year: u32) -> String {
    format!(
        "Fernshire Constabulary\nAuthority: Fernshire Constabulary\n\n\
         Freedom of Information request reference no: FC/FOI/{short}/0202\nDate of response: 3 March {year}\n\n\
         Dear Requester,\n\nI note you seek access to the following information:\n\
         1. How many stop and searches did the force carry out in {last}, by area?\n\n\
         Q1 - How many stop and searches did the force carry out in {last}, by area?\n\
         Please see the spreadsheet sent with this letter.\n\nYours sincerely,\nFernshire Constabulary\n",
        short = year % 100,
        last = year - 1
    )
}

fn import(store: &mut Store, file_name: &str, text: &str) -> i64 {
    let source = Source { file_name, source_path: None, parent_id: None };
    match import_bytes(store, &source, text.as_bytes(), &ChildCommand::this_program()).expect("the file imports") {
        Inserted::New(id) | Inserted::AlreadyPresent(id) => id,
    }
}

#[test]
fn a_sheet_linked_by_the_reviewer_joins_its_letters_trend_and_a_wrong_link_is_refused() {
    let mut store = Store::open_in_memory().expect("library");
    let mut letters = Vec::new();
    for (year, north) in [(2023, 120), (2024, 131)] {
        let id = import(&mut store, &format!("response-{year}.txt"), &letter(year));
        let sheet =
            import(&mut store, &format!("areas-{year}.csv"), &format!("Area,Stops\nNorth,{north}\nSouth,9{year}\n"));
        assert!(
            matches!(link_sheet(&mut store, id, sheet), Err(LinkError::NotASheet { .. })),
            "a letter is not a sheet to link"
        );
        link_sheet(&mut store, sheet, id).expect("the reviewer links the sheet to its letter");
        letters.push((id, sheet));
    }
    let (first_letter, first_sheet) = letters[0];
    assert!(
        matches!(link_sheet(&mut store, first_sheet, letters[1].1), Err(LinkError::LetterIsASheet { .. })),
        "a sheet goes with a letter, not with another sheet"
    );
    let row = store.get_document(first_sheet).expect("sheet").row;
    let (with, link) = letter_of_sheet(&store, &row).expect("read").expect("the sheet goes with a letter");
    assert_eq!((with.id, link), (first_letter, SheetLink::ChosenByReviewer), "the reviewer's choice is kept");

    rebuild_threads(&mut store).expect("threads build");
    let thread = store
        .list_threads(2)
        .expect("threads")
        .into_iter()
        .find(|thread| thread.members.iter().any(|member| member.document_id == first_letter))
        .expect("the two letters are threaded");
    let timeline = thread_timeline(&store, thread.id, None, &DiffOptions::default()).expect("timeline");
    let north = timeline.trends.iter().find(|line| line.series.label == "North / Stops").expect("the sheets' series");
    let values: Vec<f64> = north.values.iter().map(|value| value.point.value).collect();
    assert_eq!(values, [120.0, 131.0], "each year's linked sheet answers its letter's question in the trend");

    assert!(unlink_sheet(&mut store, first_sheet).expect("unlink"), "the link is undone");
    let row = store.get_document(first_sheet).expect("sheet").row;
    assert_eq!(
        letter_of_sheet(&store, &row).expect("read"),
        None,
        "an unlinked sheet without a reference goes with no letter"
    );
}

#[test]
fn a_sheet_of_the_letters_reference_goes_with_it_without_a_link() {
    let mut store = Store::open_in_memory().expect("library");
    let letter_id = import(&mut store, "response-2023.txt", &letter(2023));
    let sheet = import(&mut store, "areas.csv", "Area,Stops\nNorth,120\n");
    let same = CorrectionRequest { reference: Some("fc/foi/23/0202".to_string()), ..CorrectionRequest::default() };
    correct_document(&mut store, sheet, &same).expect("the reviewer gives the sheet its reference");
    let letter_row = store.get_document(letter_id).expect("letter").row;
    let sheets = sheets_of_letter(&store, &letter_row).expect("read");
    assert_eq!(sheets.len(), 1, "the sheet of the same reference goes with the letter: {sheets:?}");
    assert_eq!((sheets[0].sheet.id, sheets[0].link), (sheet, SheetLink::SameReference), "and says why");
    let sheet_row = store.get_document(sheet).expect("sheet").row;
    let (with, _) = letter_of_sheet(&store, &sheet_row).expect("read").expect("its letter");
    assert_eq!(with.id, letter_id, "the sheet names its letter, its case of reference aside");
}
