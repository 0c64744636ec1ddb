//! The exemption register: filtering, counts per provision, year and authority, verdicts, and
//! the schedule exports (CSV with formula cells neutralised, self-contained escaped HTML).

use disclosure_core::exemptions::{Regime, Weighing};
use disclosure_core::register::schedule::{schedule_csv, schedule_html};
use disclosure_core::register::{build_register, Entry, EntrySource, Judgement, RegisterFilter};

fn entry(document_id: i64, year: i32, authority: &str, provision: &str, source: EntrySource) -> Entry {
    Entry {
        document_id,
        reference: Some(format!("REF/{document_id}")),
        authority: Some(authority.to_string()),
        year: Some(year),
        question_label: Some("2".to_string()),
        regime: Regime::Foia,
        provision: provision.to_string(),
        source,
        quote: Some(format!("section {provision}")),
        start: Some(10),
        end: Some(20),
        note: None,
        judgement: None,
        corrected_provision: None,
        found: None,
    }
}

fn library() -> Vec<Entry> {
    vec![
        entry(1, 2021, "Fernshire Constabulary", "40(2)", EntrySource::Cited),
        entry(2, 2022, "Fernshire Constabulary", "40(2)", EntrySource::Cited),
        entry(2, 2022, "Fernshire Constabulary", "31(1)", EntrySource::Cited),
        entry(3, 2023, "Wessex Police", "40(2)", EntrySource::Flag(7)),
        Entry {
            judgement: Some(Judgement::CitedNotApplied),
            ..entry(3, 2023, "Wessex Police", "43(2)", EntrySource::Cited)
        },
        Entry {
            judgement: Some(Judgement::WrongSubsection),
            corrected_provision: Some("31(3)".to_string()),
            ..entry(3, 2023, "Wessex Police", "31(1)", EntrySource::Cited)
        },
    ]
}

#[test]
fn counts_split_by_weighing_year_and_authority() {
    let register = build_register(library(), &RegisterFilter::default());
    let section_40 = &register.provisions[0];
    assert_eq!(section_40.provision, "40(2)", "the most applied provision comes first");
    assert_eq!(section_40.n_documents, 3, "three letters applied 40(2), one by a hand-made flag");
    assert_eq!(section_40.n_flags, 1, "the flag counts in the register");
    assert_eq!(
        section_40.by_year,
        vec![(Some(2021), 1), (Some(2022), 1), (Some(2023), 1)],
        "the trend is one letter a year"
    );
    assert_eq!(section_40.weighing, Some(Weighing::Absolute), "40(2) has no public interest test in most cases");
    assert_eq!(register.absolute().count(), 1, "only 40(2) is absolute here");
    assert!(
        register.public_interest_test().any(|count| count.provision == "31(1)"),
        "31(1) is weighed in the public interest"
    );
    assert!(
        register.provisions.iter().any(|count| count.provision == "31(3)"),
        "a wrong subsection counts under the correction"
    );
    assert!(
        !register.provisions.iter().any(|count| count.provision == "43(2)"),
        "cited but not applied is never counted"
    );
    assert_eq!(register.set_aside.len(), 1, "the set-aside citation is kept for the record");
    let drilled: Vec<i64> = register.drill_down(section_40).map(|entry| entry.document_id).collect();
    assert_eq!(drilled, vec![1, 2, 3], "drilling down from a count finds the letters behind it");
}

#[test]
fn filters_by_authority_and_period() {
    let filter = RegisterFilter {
        authority: Some("fernshire".to_string()),
        since_year: Some(2022),
        ..RegisterFilter::default()
    };
    let register = build_register(library(), &filter);
    assert_eq!(register.n_documents, 1, "only Fernshire's 2022 letter is in the period");
    assert!(register.entries.iter().all(|entry| entry.year == Some(2022)), "nothing before the start year");
}

#[test]
fn csv_neutralises_formulas_and_starts_with_a_bom() {
    let mut hostile = entry(9, 2024, "=HYPERLINK(\"http://x\")", "40(2)", EntrySource::Flag(3));
    hostile.note = Some("@SUM(A1:A9)".to_string());
    hostile.reference = Some("+44 1234".to_string());
    hostile.quote = Some("-1".to_string());
    let csv = schedule_csv(&build_register(vec![hostile], &RegisterFilter::default()));
    assert!(csv.starts_with('\u{feff}'), "a UTF-8 BOM lets spreadsheets read the file as UTF-8");
    assert!(csv.contains("'+44 1234"), "a cell starting with + is written as text: {csv}");
    assert!(csv.contains("'@SUM(A1:A9)"), "a cell starting with @ is written as text: {csv}");
    for line in csv.lines().skip(1) {
        for cell in line.split(',') {
            let cell = cell.trim_start_matches('"');
            assert!(!cell.starts_with(['=', '+', '-', '@']), "no cell may start a formula: {cell}");
        }
    }
}

#[test]
fn html_escapes_everything_and_loads_nothing() {
    let mut hostile = entry(5, 2023, "<script>alert(1)</script>", "40(2)", EntrySource::Flag(1));
    hostile.note = Some("\"><img src=x onerror=alert(1)>".to_string());
    let html = schedule_html(&build_register(vec![hostile], &RegisterFilter::default()), "Schedule <b>");
    assert!(!html.contains("<script>") && !html.contains("<img"), "no value reaches the page as markup");
    assert!(html.contains("Schedule &lt;b&gt;"), "the title is escaped too");
    for external in ["http://", "https://", "src=\"", "<link"] {
        assert!(!html.contains(external), "the report is self-contained: found {external}");
    }
}

#[test]
fn schedule_snapshot() {
    let register = build_register(library(), &RegisterFilter::default());
    insta::assert_snapshot!("schedule_csv", schedule_csv(&register));
    insta::assert_snapshot!("schedule_html", schedule_html(&register, "Exemption and redaction schedule"));
}

#[test]
fn trends_share_one_year_axis_with_gaps_as_zero() {
    let entries = vec![
        entry(1, 2019, "Fernshire Constabulary", "40(2)", EntrySource::Cited),
        entry(2, 2022, "Fernshire Constabulary", "40(2)", EntrySource::Cited),
        entry(3, 2022, "Fernshire Constabulary", "31(1)", EntrySource::Cited),
    ];
    let register = build_register(entries, &RegisterFilter::default());
    let years = register.years();
    assert_eq!(
        years,
        vec![2019, 2020, 2021, 2022],
        "years without letters stay on the axis, so a trend is not squashed"
    );
    let section_40 = register.provisions.iter().find(|count| count.provision == "40(2)").expect("40(2)");
    assert_eq!(section_40.trend(&years), vec![1, 0, 0, 1], "a year with no letter counts zero");
    assert_eq!(
        disclosure_core::register::authorities_of(&register.entries),
        vec!["Fernshire Constabulary".to_string()]
    );
}

#[test]
fn the_schedule_title_says_what_it_covers() {
    use disclosure_core::register::schedule::schedule_title;
    let filter = RegisterFilter {
        authority: Some("Fernshire".into()),
        since_year: Some(2021),
        until_year: Some(2023),
        ..Default::default()
    };
    assert_eq!(
        schedule_title(&filter, Some("Vetting")),
        "Exemption and redaction schedule — Vetting — Fernshire — 2021 to 2023"
    );
    assert_eq!(
        schedule_title(&RegisterFilter { since_year: Some(2022), ..Default::default() }, None),
        "Exemption and redaction schedule — since 2022",
        "the CLI's --since title is unchanged"
    );
}
