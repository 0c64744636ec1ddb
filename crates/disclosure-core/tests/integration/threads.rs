//! Question threads over the sample library, letters written for the purpose (re-worded, a
//! period gained, a question split, other authorities, undated letters) and the real corpus's groups.

use std::collections::HashMap;

use disclosure_core::parse::parse;
use disclosure_core::samples::SAMPLE_LETTERS;
use disclosure_core::threads::trends::{period_named, trends, TrendSource};
use disclosure_core::threads::{DocumentInput, QuestionInput, QuestionKey, Thread, ThreadIndex};

fn input(document_id: i64, text: &str) -> DocumentInput {
    let disclosure = parse(text);
    DocumentInput {
        document_id,
        authority: disclosure.authority.map(|authority| authority.value),
        reference: disclosure.reference.map(|reference| reference.value),
        date: disclosure.response_date.map(|date| date.date),
        title: String::new(),
        opening: text.chars().take(3000).collect(),
        questions: disclosure
            .questions
            .iter()
            .map(|question| QuestionInput { label: question.label.clone(), text: question.text.clone() })
            .collect(),
    }
}

fn sample_threads() -> Vec<Thread> {
    let mut index = ThreadIndex::new();
    for (n, letter) in SAMPLE_LETTERS.iter().enumerate() {
        index.add_document(&input(n as i64 + 1, letter.text));
    }
    index.threads()
}

fn thread_with(threads: &[Thread], document_id: i64, label: &str) -> Thread {
    threads
        .iter()
        .find(|thread| {
            thread
                .members
                .iter()
                .any(|member| member.document_id == document_id && member.label.as_deref() == Some(label))
        })
        .cloned()
        .unwrap_or_else(|| panic!("question {label} of letter {document_id} must be in some thread"))
}

#[test]
fn sample_vetting_and_suspension_questions_each_form_one_thread_of_four() {
    let threads = sample_threads();
    let vetting = thread_with(&threads, 1, "1");
    let labels: Vec<(i64, Option<&str>)> =
        vetting.members.iter().map(|member| (member.document_id, member.label.as_deref())).collect();
    assert_eq!(
        labels,
        vec![(1, Some("1")), (2, Some("1")), (3, Some("1")), (4, Some("1"))],
        "Q1 (vetting withdrawn) is asked in all four years with only the year changed"
    );
    let suspended = thread_with(&threads, 1, "2");
    assert_eq!(suspended.members.len(), 4, "Q2 (suspended on full pay) is asked in all four years");
    assert!(
        suspended.members.iter().all(|member| member.label.as_deref() == Some("2")),
        "only the Q2s belong to the suspension thread"
    );
    let spend = thread_with(&threads, 1, "3");
    assert_eq!(spend.members.len(), 3, "Q3 (vetting spend) is asked in 2021, 2022 and 2023 only");
    let dates: Vec<_> = vetting.members.iter().map(|member| member.date).collect();
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted, "members are ordered by response date");
}

#[test]
fn sample_fourth_questions_of_2023_and_2024_stay_apart() {
    let threads = sample_threads();
    let rank_and_station = thread_with(&threads, 3, "4");
    assert_eq!(
        rank_and_station.members.len(),
        1,
        "the 2023 Q4 (rank and station) and the 2024 Q4 (left the force) ask different things"
    );
    let left_the_force = thread_with(&threads, 4, "4");
    assert_eq!(
        left_the_force.members.len(),
        1,
        "the 2024 Q4 must not join the Q1 thread either, though it shares its words"
    );
}

#[test]
fn threads_are_the_same_whatever_the_run() {
    let first: Vec<_> = sample_threads().into_iter().map(|thread| thread.members).collect();
    let second: Vec<_> = sample_threads().into_iter().map(|thread| thread.members).collect();
    assert_eq!(first, second, "threading must be deterministic");
}

#[test]
fn letters_added_newest_first_give_the_same_threads() {
    let mut index = ThreadIndex::new();
    for (n, letter) in SAMPLE_LETTERS.iter().enumerate().rev() {
        index.add_document(&input(n as i64 + 1, letter.text));
    }
    let sizes: Vec<usize> = {
        let mut sizes: Vec<usize> = index.threads().iter().map(|thread| thread.members.len()).collect();
        sizes.sort_unstable();
        sizes
    };
    assert_eq!(sizes, vec![1, 1, 3, 4, 4], "arrival order must not change which questions are threaded together");
}

#[test]
fn other_authorities_are_a_separate_relation() {
    let mut index = ThreadIndex::new();
    let question = "How many officers were dismissed for gross misconduct in 2022?";
    for (id, authority) in [(1, "Fernshire Constabulary"), (2, "Wessex Police")] {
        index.add_document(&DocumentInput {
            document_id: id,
            authority: Some(authority.into()),
            reference: None,
            date: None,
            title: String::new(),
            opening: String::new(),
            questions: vec![QuestionInput { label: Some("1".into()), text: question.into() }],
        });
    }
    let threads = index.threads();
    assert_eq!(threads.len(), 2, "the same question to two authorities makes two threads, never one");
    assert_eq!(
        index.same_request_elsewhere(),
        vec![vec![0, 1]],
        "the two threads are linked as the same request elsewhere"
    );
}

#[test]
fn reviewer_pins_and_exclusions_win() {
    let mut index = ThreadIndex::new();
    index.exclude(QuestionKey::new(2, 0, Some("1")), 77);
    index.pin(QuestionKey::new(1, 0, Some("1")), 77);
    for (n, letter) in SAMPLE_LETTERS.iter().enumerate().take(2) {
        index.add_document(&input(n as i64 + 1, letter.text));
    }
    let threads = index.threads();
    let pinned = threads
        .iter()
        .find(|thread| thread.reviewer_thread == Some(77))
        .expect("the pinned question makes the reviewer's thread");
    assert_eq!(
        pinned.members.len(),
        1,
        "the 2022 Q1 was moved out of thread 77 by the reviewer and must not be suggested back"
    );
}

#[test]
fn a_figure_printed_in_text_read_by_ocr_is_marked_and_one_outside_is_not() {
    let letter = parse(SAMPLE_LETTERS[0].text);
    let question = &letter.questions[1];
    let figures = question.answer.as_ref().map(|answer| answer.figures.clone()).unwrap_or_default();
    assert!(figures.len() >= 2, "the sample answer prints several figures: {figures:?}");
    // The page read by OCR holds the first figure only.
    let ocr_page = [disclosure_core::parse::Span::new(0, figures[0].span.end)];
    let sources =
        [TrendSource { document_id: 1, date: None, question: &question.text, figures: &figures, ocr_spans: &ocr_page }];
    let series = trends(&sources);
    let marked: Vec<bool> = series.iter().map(|series| series.points[0].read_by_ocr).collect();
    assert!(marked[0], "a number inside a page read by OCR may be misread and must say so: {series:#?}");
    assert!(
        marked[1..].iter().all(|marked| !marked),
        "numbers after the OCR page come from a text layer and are as printed: {series:#?}"
    );
}

#[test]
fn figures_line_up_by_label_with_their_periods() {
    let letters: Vec<_> = SAMPLE_LETTERS.iter().map(|letter| parse(letter.text)).collect();
    let sources: Vec<TrendSource<'_>> = letters
        .iter()
        .enumerate()
        .map(|(n, letter)| TrendSource {
            document_id: n as i64,
            date: letter.response_date.map(|date| date.date),
            question: &letter.questions[1].text,
            figures: letter.questions[1].answer.as_ref().map_or(&[], |answer| answer.figures.as_slice()),
            ocr_spans: &[],
        })
        .collect();
    let series = trends(&sources);
    let values: Vec<Vec<f64>> =
        series.iter().map(|series| series.points.iter().map(|point| point.value).collect()).collect();
    assert!(
        values.contains(&vec![7.0, 9.0, 11.0, 8.0]),
        "suspended on full pay must read 7, 9, 11, 8 over the four years: {series:#?}"
    );
    let periods: Vec<_> = series[0].points.iter().map(|point| point.period.clone()).collect();
    assert_eq!(periods[0].as_deref(), Some("2020"), "the 2021 letter answers about 2020");
    assert_eq!(period_named("for each year 2018-2022").as_deref(), Some("2018–2022"), "a range keeps both ends");
}

/// Groups of the real corpus: same-organisation groups should thread their repeated questions.
#[test]
fn real_groups_thread_within_an_authority_only() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/real");
    let Ok(groups) = std::fs::read_to_string(root.join("GROUPS.tsv")) else {
        println!("skipping: the real corpus is absent at {}", root.display());
        return;
    };
    let mut files: Vec<String> =
        groups.lines().skip(1).filter_map(|line| line.split('\t').nth(3)).map(str::to_string).collect();
    files.sort();
    files.dedup();
    let mut index = ThreadIndex::new();
    let mut ids: HashMap<i64, String> = HashMap::new();
    let mut inputs = Vec::new();
    for (n, file) in files.iter().enumerate() {
        let Ok(text) = std::fs::read_to_string(root.join(file)) else { continue };
        ids.insert(n as i64, file.clone());
        inputs.push(input(n as i64, &text));
    }
    for document in &inputs {
        index.add_document(document);
    }
    let threads: Vec<Thread> = index.threads().into_iter().filter(|thread| thread.members.len() > 1).collect();
    for thread in &threads {
        println!("{} ({}):", thread.authority, thread.members.len());
        for member in &thread.members {
            println!(
                "   {} {:?}: {}",
                ids[&member.document_id],
                member.label,
                member.text.chars().take(110).collect::<String>()
            );
        }
        let documents: std::collections::HashSet<i64> =
            thread.members.iter().map(|member| member.document_id).collect();
        assert_eq!(documents.len(), thread.members.len(), "a thread takes at most one question of a letter");
    }
    let dismissed = threads.iter().any(|thread| {
        let files: Vec<&str> = thread.members.iter().map(|member| ids[&member.document_id].as_str()).collect();
        files.contains(&"wmp-1721A-22-officer-misconduct.txt")
            && files.contains(&"wmp-592A-23-misconduct-dismissals.txt")
    });
    assert!(dismissed, "West Midlands was asked twice (2022, 2023) how many officers it dismissed for gross misconduct, with different periods");
    let elsewhere = index.same_request_elsewhere();
    println!("same request, other authorities: {} groups", elsewhere.len());
    assert!(!elsewhere.is_empty(), "the Met and West Midlands were sent the same vetting-policy questions (group X4)");
    let all = index.threads();
    for group in &elsewhere {
        let authorities: std::collections::HashSet<&str> =
            group.iter().map(|&thread| all[thread].authority.as_str()).collect();
        assert!(authorities.len() > 1, "a same-request group links threads of different authorities");
        for &thread in group {
            println!("   {}: {}", all[thread].authority, all[thread].title.chars().take(100).collect::<String>());
        }
    }
}

mod timeline {
    //! A thread read against a reference year, and its figures as CSV.

    use disclosure_core::diff::DiffOptions;
    use disclosure_core::parse::{parse, Span};
    use disclosure_core::samples::SAMPLE_LETTERS;
    use disclosure_core::threads::timeline::{against_reference, find_question, wording_key};
    use disclosure_core::threads::trends::{passage_of, series_csv, trends, PointSource, TrendSource};

    #[test]
    fn yearly_answers_in_the_same_words_share_a_variant_and_differ_from_the_reference() {
        let letters: Vec<_> = SAMPLE_LETTERS.iter().map(|letter| parse(letter.text)).collect();
        let answers: Vec<_> = letters
            .iter()
            .map(|letter| find_question(letter, "1", 0).and_then(|question| question.answer.as_ref()))
            .collect();
        assert!(answers.iter().all(Option::is_some), "every sample letter answers Q1");
        let timeline = against_reference(&answers, 3, &DiffOptions::default());
        assert_eq!(
            timeline.variants.len(),
            1,
            "'In YEAR, N officers had their vetting clearance withdrawn.' is one wording every year"
        );
        assert_eq!(timeline.variants[0].members, vec![0, 1, 2, 3]);
        assert!(timeline.members[3].comparison.is_none(), "the reference is not compared with itself");
        let against_2021 = timeline.members[0].comparison.as_ref().expect("2021 compared with 2024");
        assert!(
            against_2021.figures.iter().any(|change| change.describe() == "12 → 31, +19, +158.3 %"),
            "figures are read forwards in time, from 2021 to the 2024 reference"
        );
    }

    #[test]
    fn wording_ignores_figures_and_years_but_not_words() {
        assert_eq!(
            wording_key("In 2022, 27 officers."),
            wording_key("In 2023, 31 officers"),
            "numbers and punctuation aside"
        );
        assert_ne!(
            wording_key("27 officers were suspended."),
            wording_key("This information is withheld."),
            "different words differ"
        );
    }

    #[test]
    fn series_csv_carries_each_value_with_its_period_date_and_passage_and_neutralises_formulas() {
        let text =
            SAMPLE_LETTERS.iter().find(|letter| letter.file_name.contains("2024")).expect("the 2024 sample").text;
        let letter = parse(text);
        let question = &letter.questions[0];
        let figures = question.answer.as_ref().map(|answer| answer.figures.clone()).unwrap_or_default();
        assert!(!figures.is_empty(), "the answer has a figure");
        let sources = [TrendSource {
            document_id: 7,
            date: chrono::NaiveDate::from_ymd_opt(2024, 2, 15),
            question: &question.text,
            figures: &figures,
            ocr_spans: &[],
        }];
        let series = trends(&sources);
        let csv = series_csv(&series, |_| Some(PointSource { reference: Some("=HYPERLINK(\"x\")"), text }));
        assert!(csv.starts_with('\u{feff}'), "UTF-8 with a byte order mark, like the exemption schedule");
        assert!(csv.contains(",31,2023,2024-02-15,"), "value, period and date: {csv}");
        assert!(
            csv.contains("\"'=HYPERLINK(\"\"x\"\")\""),
            "a formula-like cell is neutralised and quoted by the schedule's rules: {csv}"
        );
        assert!(
            csv.contains("In 2023, 31 officers had their vetting clearance withdrawn."),
            "the passage the value came from"
        );
        let at = text.find("31 officers").expect("the figure is printed");
        assert_eq!(
            passage_of(text, Span::new(at, at + 2)),
            "In 2023, 31 officers had their vetting clearance withdrawn.",
            "the passage is the line"
        );
    }
}

/// A letter of `authority` (or of no authority read, with `letterhead` as its opening).
fn letter(
    document_id: i64,
    authority: Option<&str>,
    reference: &str,
    letterhead: &str,
    questions: &[&str],
) -> DocumentInput {
    DocumentInput {
        document_id,
        authority: authority.map(str::to_string),
        reference: Some(reference.to_string()),
        date: None,
        title: String::new(),
        opening: format!("{letterhead}\n{}", questions.join("\n")),
        questions: questions
            .iter()
            .enumerate()
            .map(|(n, text)| QuestionInput { label: Some((n + 1).to_string()), text: text.to_string() })
            .collect(),
    }
}

/// The threads of two or more members, as (letter, label) lists.
fn threaded(letters: &[DocumentInput]) -> Vec<Vec<(i64, String)>> {
    let mut index = ThreadIndex::new();
    for letter in letters {
        index.add_document(letter);
    }
    index
        .threads()
        .into_iter()
        .filter(|thread| thread.members.len() > 1)
        .map(|thread| {
            thread.members.iter().map(|member| (member.document_id, member.label.clone().unwrap_or_default())).collect()
        })
        .collect()
}

const SHIRE: Option<&str> = Some("Marlow County Council");

#[test]
fn a_reworded_question_continues_its_thread() {
    let threads = threaded(&[
        letter(
            1,
            SHIRE,
            "FOI/2022/113",
            "",
            &[
                "How many Community Protection Notices did the council issue in 2021?",
                "How much did the council spend on graffiti removal in 2021?",
            ],
        ),
        letter(
            2,
            SHIRE,
            "FOI/2023/087",
            "",
            &[
                "Please state the number of Community Protection Notices (CPNs) issued by your authority in 2022.",
                "What was the council's total spend on removing graffiti in 2022?",
            ],
        ),
    ]);
    assert!(
        threads.contains(&vec![(1, "1".into()), (2, "1".into())]),
        "the notices question, re-worded, is the same question: {threads:?}"
    );
    assert!(
        threads.contains(&vec![(1, "2".into()), (2, "2".into())]),
        "the graffiti spend, re-worded, is the same question: {threads:?}"
    );
    assert_eq!(threads.len(), 2, "and the notices never pair with the graffiti: {threads:?}");
}

#[test]
fn a_question_that_gains_a_period_is_still_the_same_question() {
    let threads = threaded(&[
        letter(1, SHIRE, "FOI/2021/040", "", &["How many hoax calls did the fire control room receive in 2020?"]),
        letter(2, SHIRE, "FOI/2024/310", "", &["How many hoax calls did the fire control room receive in each of the last three years, broken down by year?"]),
    ]);
    assert_eq!(
        threads,
        vec![vec![(1, "1".into()), (2, "1".into())]],
        "a year asked for as three years is the same question"
    );
}

#[test]
fn a_question_split_in_two_keeps_both_parts_in_its_thread() {
    let threads = threaded(&[
        letter(1, SHIRE, "FOI/2022/200", "", &[
            "How many households were placed in bed and breakfast or hotel temporary accommodation, and for how many nights?",
            "Which companies provide the council's parking enforcement?",
        ]),
        letter(2, SHIRE, "FOI/2023/201", "", &[
            "How many households were placed in bed and breakfast or hotel temporary accommodation?",
            "For how many nights were households placed in bed and breakfast or hotel temporary accommodation?",
            "Which companies provide the council's parking enforcement?",
        ]),
    ]);
    let accommodation = threads
        .iter()
        .find(|thread| thread.contains(&(1, "1".into())))
        .expect("the accommodation question is threaded");
    assert!(
        accommodation.contains(&(2, "1".into())) && accommodation.contains(&(2, "2".into())),
        "both halves of the split question continue it: {threads:?}"
    );
    assert!(
        threads.iter().any(|thread| thread == &vec![(1, "2".into()), (2, "3".into())]),
        "the parking question keeps its own thread: {threads:?}"
    );
}

#[test]
fn letters_of_different_authorities_are_never_threaded() {
    let question = "How many false alarms at hospitals did the service attend in 2023?";
    let named = threaded(&[
        letter(1, Some("Wessex Fire and Rescue Service"), "FOI/2023/1", "", &[question]),
        letter(2, Some("Mercia Fire and Rescue Service"), "FOI/2024/1", "", &[question]),
    ]);
    assert!(named.is_empty(), "the same question to two named authorities is two threads: {named:?}");
    let unnamed = threaded(&[
        letter(1, None, "WFRS-23-1", "Wessex Fire and Rescue Service\nKingsbridge Headquarters", &[question]),
        letter(2, None, "MFRS/24/1", "Mercia Fire and Rescue Service\nTamworth House", &[question]),
    ]);
    assert!(unnamed.is_empty(), "letterheads of two bodies never pass for one writer: {unnamed:?}");
}

#[test]
fn letters_without_an_authority_thread_when_their_letterheads_agree() {
    let letterhead = "Wessex Fire and Rescue Service\nKingsbridge Headquarters\nRequested Thu 05 October 2017";
    let threads = threaded(&[
        letter(
            1,
            None,
            "WFRS-2017-044",
            letterhead,
            &["How many false alarms at hospitals did the service attend in 2016?"],
        ),
        letter(
            2,
            None,
            "WFRS-2019-101",
            letterhead,
            &["How many false alarms at hospitals did the service attend in 2018?"],
        ),
    ]);
    assert_eq!(
        threads,
        vec![vec![(1, "1".into()), (2, "1".into())]],
        "one writer's letterhead and reference scheme make one body"
    );
}

#[test]
fn undated_letters_are_ordered_by_the_year_their_reference_encodes() {
    let question = "How many officers had their vetting withdrawn in the last year?";
    let mut index = ThreadIndex::new();
    for (id, reference) in [(1, "01.FOI.24.000310"), (2, "01.FOI.22.000904"), (3, "01.FOI.23.000120")] {
        index.add_document(&letter(id, Some("Fernshire Constabulary"), reference, "", &[question]));
    }
    let thread =
        index.threads().into_iter().find(|thread| thread.members.len() == 3).expect("the three letters thread");
    let order: Vec<i64> = thread.members.iter().map(|member| member.document_id).collect();
    assert_eq!(order, vec![2, 3, 1], "undated, 2022 comes before 2023 and 2024 as their references say");
    assert!(thread.members.iter().all(|member| member.date.is_none()), "they stay undated: the year only places them");
    assert!(thread.members[1].score.is_some_and(|score| score > 0.9), "members after the first carry their score");
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]

    /// Threading takes any text without panicking, and each letter's questions (or its one
    /// request, when only furniture or nothing was read as questions) land in one thread each.
    #[test]
    fn any_letters_thread_without_panicking(
        texts in proptest::collection::vec(proptest::collection::vec("\\PC{0,80}", 0..6), 1..6),
        openings in proptest::collection::vec("\\PC{0,200}", 6),
        references in proptest::collection::vec("\\PC{0,16}", 6),
    ) {
        let mut index = ThreadIndex::new();
        for (n, questions) in texts.iter().enumerate() {
            let authority = (n % 2 == 0).then(|| "Fernshire Constabulary".to_string());
            index.add_document(&DocumentInput {
                document_id: n as i64,
                authority,
                reference: Some(references[n].clone()),
                date: None,
                title: String::new(),
                opening: openings[n].clone(),
                questions: questions.iter().map(|text| QuestionInput { label: None, text: text.clone() }).collect(),
            });
        }
        let threads = index.threads();
        for (n, questions) in texts.iter().enumerate() {
            let mut positions: Vec<usize> = threads
                .iter()
                .flat_map(|thread| thread.members.iter())
                .filter(|member| member.document_id == n as i64)
                .map(|member| member.question_idx)
                .collect();
            positions.sort_unstable();
            let all: Vec<usize> = (0..questions.len()).collect();
            proptest::prop_assert!(positions == all || positions == vec![0], "letter {} placed as {:?}", n, positions);
        }
    }
}

#[test]
fn questions_counting_different_events_are_not_one_question() {
    let threads = threaded(&[
        letter(1, SHIRE, "FOI/2022/201", "", &["How many officers were investigated for gross misconduct in 2021?"]),
        letter(2, SHIRE, "FOI/2023/202", "", &["How many gross misconduct hearings did the force hold in 2022?"]),
        letter(3, SHIRE, "FOI/2024/203", "", &["How many officers were investigated for gross misconduct in 2023?"]),
    ]);
    assert_eq!(
        threads,
        vec![vec![(1, "1".into()), (3, "1".into())]],
        "officers investigated and hearings held are counts of different events, however alike their words"
    );
}

#[test]
fn words_of_one_meaning_and_printed_initials_meet() {
    let with_title = |document_id, reference: &str, title: &str, question: &str| DocumentInput {
        title: title.to_string(),
        ..letter(document_id, SHIRE, reference, "", &[question])
    };
    let threads = threaded(&[
        with_title(
            1,
            "FOI/2016/011",
            "Vacant Properties",
            "I am researching the waste of space in our towns for a charity. Please send the addresses of commercial premises that are currently vacant, with their rateable values.",
        ),
        with_title(
            2,
            "FOI/2018/012",
            "Unoccupied Council Buildings",
            "Please provide an itemised list of non-residential buildings owned by the council that were unoccupied for one month or longer, with the cost of insuring them.",
        ),
        letter(3, SHIRE, "FOI/2021/013", "", &["How many CPNs did the council issue in 2020?"]),
        letter(
            4,
            SHIRE,
            "FOI/2022/014",
            "",
            &["How many Community Protection Notices did the council issue in 2021?", "How many of the CPNs were appealed?"],
        ),
    ]);
    assert!(
        threads.contains(&vec![(1, "1".into()), (2, "1".into())]),
        "vacant properties and unoccupied buildings, each letter's one request, are the same ask: {threads:?}"
    );
    assert!(
        threads.contains(&vec![(3, "1".into()), (4, "1".into())]),
        "CPNs are Community Protection Notices in a letter that prints both: {threads:?}"
    );
}

#[test]
fn a_short_question_inside_a_long_one_is_not_the_same_question() {
    let threads = threaded(&[
        letter(1, SHIRE, "FOI/2022/301", "", &["How many chief officers do you have?"]),
        letter(
            2,
            SHIRE,
            "FOI/2023/302",
            "",
            &["Recommendation 16: chief constables should make routine use of the national database as a tool for revealing unreported adverse information about officers and staff, and review their vetting status accordingly. Has this been done?"],
        ),
    ]);
    assert!(threads.is_empty(), "a count of chief officers is not a recommendation that names them: {threads:?}");
}

#[test]
fn questions_sharing_only_the_words_every_body_uses_are_not_one_question() {
    let force = Some("Marlow Constabulary");
    let threads = threaded(&[
        letter(
            1,
            force,
            "FOI/2022/401",
            "",
            &["How many allegations of misconduct were made against officers of the force in 2021?"],
        ),
        letter(
            2,
            force,
            "FOI/2023/402",
            "",
            &["How many allegations of domestic abuse were made against officers of the force in 2022?"],
        ),
        letter(3, force, "FOI/2023/403", "", &["How many complaints were made about family liaison officers in 2022?"]),
        letter(
            4,
            force,
            "FOI/2024/404",
            "",
            &["Please tell me how many complaints were made about family liaison officers in 2023."],
        ),
    ]);
    assert_eq!(
        threads,
        vec![vec![(3, "1".into()), (4, "1".into())]],
        "allegations against officers say how a question is put; misconduct and domestic abuse are different subjects, while family liaison complaints are one"
    );
}

const FORCE: Option<&str> = Some("Fernshire Constabulary");

#[test]
fn a_count_asked_again_in_a_letter_on_another_subject_continues_its_thread() {
    let threads = threaded(&[
        letter(
            1,
            FORCE,
            "FOI/2022/401",
            "",
            &["How many officers do you currently have?", "How much did the force spend on vetting new recruits?"],
        ),
        letter(
            2,
            FORCE,
            "FOI/2023/402",
            "",
            &["How many taser discharges were recorded in 2022?", "How many officers do you have in total?"],
        ),
        letter(3, FORCE, "FOI/2023/403", "", &["How many officers were vetted in 2022?"]),
    ]);
    assert!(
        threads.contains(&vec![(1, "1".into()), (2, "2".into())]),
        "the headcount asked in the same words is one question, whatever else each letter asks: {threads:?}"
    );
    assert!(
        !threads.iter().any(|thread| thread.iter().any(|(document_id, _)| *document_id == 3)),
        "officers vetted are not the force's headcount: {threads:?}"
    );
}

#[test]
fn a_count_asked_alike_of_another_authority_stays_apart() {
    let threads = threaded(&[
        letter(1, FORCE, "FOI/2022/411", "", &["How many officers do you currently have?"]),
        letter(2, Some("Wexbury Police"), "FOI/2023/412", "", &["How many officers do you have in total?"]),
        letter(3, None, "FOI/2023/413", "", &["How many officers do you have?"]),
    ]);
    assert!(threads.is_empty(), "a count asked alike says nothing of who was asked it: {threads:?}");
}

#[test]
fn a_question_asked_again_with_other_qualifications_continues_its_thread() {
    let threads = threaded(&[
        letter(
            1,
            FORCE,
            "FOI/2022/421",
            "",
            &[
                "How many gross misconduct hearings were there in each year. If possible, can you categorise the hearings into the nature of the offence (e.g. sexual misconduct, bullying, dishonesty, use of force)?",
                "How much did the force spend on interpreters?",
            ],
        ),
        letter(
            2,
            FORCE,
            "FOI/2023/422",
            "",
            &[
                "How many gross misconduct hearings did the force hold in 2023? For each, please state whether it was held in public, the rank of the officer and the outcome.",
                "How many drones does the force own?",
            ],
        ),
    ]);
    assert!(
        threads.contains(&vec![(1, "1".into()), (2, "1".into())]),
        "both ask how many gross misconduct hearings there were; what follows only qualifies the ask: {threads:?}"
    );
    assert_eq!(threads.len(), 1, "interpreters and drones are asked once each: {threads:?}");
}

#[test]
fn a_title_that_many_questions_hold_takes_two_of_them_at_most() {
    let mut titled = letter(1, SHIRE, "FOI/2022/431", "", &[]);
    titled.title = "Temporary accommodation".into();
    let threads = threaded(&[
        titled,
        letter(
            2,
            SHIRE,
            "FOI/2023/432",
            "",
            &[
                "How many households were placed in temporary accommodation outside the district?",
                "What did the council pay hotels for temporary accommodation?",
                "Which landlords supply temporary accommodation to the council?",
                "How long did families stay in temporary accommodation on average?",
            ],
        ),
    ]);
    for thread in &threads {
        assert!(
            thread.iter().filter(|(document_id, _)| *document_id == 2).count() <= 2,
            "a thread takes one question of a letter, and a second only as a part split off it: {threads:?}"
        );
    }
}

#[test]
fn a_publishers_heading_with_the_reference_marks_unnamed_letters_as_its_own() {
    let question = "How many misconduct hearings were held against police officers in 2019?";
    let titled = threaded(&[
        letter(1, None, "2283_15", "Skip to content\n\nMisconduct Hearings (2283_15)", &[question]),
        letter(2, None, "615/20", "Misconduct Hearings (615/20)\nRequest", &[question]),
    ]);
    assert_eq!(titled.len(), 1, "one page template numbering its requests alike is one publisher: {titled:?}");
    let bare = threaded(&[
        letter(1, None, "2283_15", "Misconduct Hearings", &[question]),
        letter(2, None, "615/20", "Misconduct Hearings", &[question]),
    ]);
    assert!(bare.is_empty(), "bare numbers without the template say nothing of the writer: {bare:?}");
}

#[test]
fn request_wording_around_a_subject_does_not_keep_it_apart() {
    let service = Some("Wessex Fire and Rescue Service");
    let threads = threaded(&[
        letter(1, service, "FOI/2018/3", "", &["Any and all fires recorded by the fire service as taking place on grassland, woodland or crops during the periods:"]),
        letter(
            2,
            service,
            "FOI/2024/7",
            "",
            &[
                "I would like to receive information on which definition of the term 'wildfire' is used when selecting wildfire events.",
                "I would like to receive data on general outdoor vegetation fires during July 2022 including:",
            ],
        ),
    ]);
    assert_eq!(
        threads,
        vec![vec![(1, "1".into()), (2, "2".into())]],
        "'I would like to receive … including' and 'taking place' only frame the ask for vegetation fires"
    );
}

#[test]
fn titles_alike_do_not_thread_unnamed_letters_by_themselves() {
    let with_title = |document_id, reference: &str, title: &str, question: &str| DocumentInput {
        title: title.to_string(),
        ..letter(document_id, None, reference, &format!("Request on {title} ({reference})"), &[question])
    };
    let threads = threaded(&[
        with_title(1, "FOI 22/357", "Weekly summaries of Yellow Card reporting", "Please send the weekly summary of Yellow Card reporting for the coronavirus vaccines."),
        with_title(2, "FOI 22/745", "Summaries of Yellow Card reporting", "Why were names redacted from the letter you already sent, and may I have a clean version without tracked changes?"),
    ]);
    assert!(
        threads.is_empty(),
        "a publisher's titles share its subject's words; unnamed letters are threaded by what they ask: {threads:?}"
    );
}

#[test]
fn a_count_and_a_duration_of_one_subject_are_not_one_question() {
    let threads = threaded(&[
        letter(
            1,
            SHIRE,
            "FOI/2022/051",
            "",
            &["How many planning enforcement investigations into unauthorised extensions were opened?"],
        ),
        letter(
            2,
            SHIRE,
            "FOI/2023/052",
            "",
            &["On average, how long does a planning enforcement investigation into unauthorised extensions last?"],
        ),
    ]);
    assert!(threads.is_empty(), "how many investigations and how long one lasts ask different things: {threads:?}");
}
