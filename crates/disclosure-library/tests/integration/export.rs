//! Gathering review reports: scopes (one letter, a selection, the library), review statuses and
//! notes, as the CLI's `export` and the app's export commands both receive them.

use disclosure_core::report::render;
use disclosure_ingest::import_samples;
use disclosure_library::export::{build_report, ExportScope};
use disclosure_store::{ReviewState, Store};

fn sample_library() -> Store {
    let mut store = Store::open_in_memory().expect("an in-memory library opens");
    import_samples(&mut store, &mut |_| {});
    store
}

#[test]
fn a_selection_keeps_its_order_and_statuses_default_to_unreviewed() {
    let mut store = sample_library();
    let first = store.get_document_by_key("FC/FOI/24/0467").expect("2024").row.id;
    let second = store.get_document_by_key("FC/FOI/23/0501").expect("2023").row.id;
    store.update_review_status(second, Some("Q2"), ReviewState::FollowUp, Some("Sam")).expect("status");
    let report = build_report(&store, &ExportScope::Documents(vec![first, second])).expect("report");
    assert_eq!(report.title, "2 selected letters");
    assert_eq!(
        report.documents.iter().map(|document| document.id).collect::<Vec<_>>(),
        vec![first, second],
        "the reviewer's order is kept"
    );
    assert_eq!(report.documents[0].status, "unreviewed", "a letter never touched is unreviewed");
    let statuses = render::csv(&render::statuses_table(&report));
    assert!(statuses.contains("Q2,follow_up,Sam"), "an answer's status is its own row");
}

#[test]
fn the_whole_library_and_one_letter_by_reference() {
    let store = sample_library();
    assert_eq!(build_report(&store, &ExportScope::All).expect("all").documents.len(), 4);
    let one = build_report(&store, &ExportScope::Document("FC/FOI/23/0501".into())).expect("one");
    assert_eq!(one.documents.len(), 1);
    assert!(
        one.documents[0].exemptions.iter().any(|cited| cited.contains("40")),
        "the letter's citations come with it"
    );
    assert!(build_report(&store, &ExportScope::Document("nope".into())).is_err(), "a missing letter is an error");
}

#[test]
fn a_thread_report_carries_the_changes_between_years_and_the_figures() {
    let mut store = sample_library();
    disclosure_library::threading::rebuild_threads(&mut store).expect("threads");
    let vetting = store
        .list_threads(2)
        .expect("threads")
        .into_iter()
        .find(|thread| thread.members.len() == 4 && thread.title.to_lowercase().contains("vetting"))
        .expect("the samples ask about vetting withdrawals every year");
    let report = build_report(&store, &ExportScope::Thread(vetting.id)).expect("report");
    let thread = report.thread.as_ref().expect("a thread's report has a year-to-year part");
    assert_eq!(thread.changes.len(), 3, "four yearly answers make three year-to-year changes");
    assert!(
        thread.changes.iter().any(|change| change.figures.iter().any(|figure| figure.contains("27 → 31"))),
        "the 2023 to 2024 change calls out the figure: {:?}",
        thread.changes
    );
    assert!(
        thread.series.iter().any(|series| series.points.len() == 4),
        "the yearly figure is one series with a value per year: {:?}",
        thread.series
    );
    assert!(render::html(&report).contains("<svg"), "the printable report draws the series");
    let one = build_report(&store, &ExportScope::Document("FC/FOI/23/0501".into())).expect("one");
    assert!(one.thread.is_none(), "a single letter's report has no year-to-year part");
}
