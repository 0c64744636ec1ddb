//! Word diffs, figure changes and table cells between answers.

use std::time::Duration;

use disclosure_core::diff::{diff_words, figure_changes, find_moves, table_changes, DiffOptions, OpKind, WordDiff};
use disclosure_core::parse::parse;
use disclosure_core::samples::SAMPLE_LETTERS;

fn rebuilt(diff: &WordDiff) -> (String, String) {
    let old = diff.ops.iter().filter(|op| op.kind != OpKind::Insert).map(|op| op.old.as_str()).collect();
    let new = diff.ops.iter().filter(|op| op.kind != OpKind::Delete).map(|op| op.new.as_str()).collect();
    (old, new)
}

fn changes(diff: &WordDiff) -> Vec<(&'static str, String)> {
    diff.ops
        .iter()
        .filter(|op| op.kind != OpKind::Equal)
        .map(|op| (op.kind.as_str(), format!("{}{}", op.old, op.new).trim().to_string()))
        .collect()
}

#[test]
fn changed_words_inside_an_unchanged_sentence() {
    let diff = diff_words(
        "On 31 December 2022, 11 officers were suspended on full pay.",
        "On 31 December 2023, 8 officers were suspended on full pay.",
        &DiffOptions::default(),
    );
    assert_eq!(
        changes(&diff),
        vec![("delete", "2022".into()), ("insert", "2023".into()), ("delete", "11".into()), ("insert", "8".into())],
        "only the year and the count changed; the comma after the year is unchanged punctuation"
    );
    assert!(!diff.coarse, "a short pair never hits the deadline");
}

#[test]
fn whitespace_and_line_wrapping_are_not_changes() {
    let diff = diff_words(
        "The force spent\n£412,000 on   vetting.",
        "The force  spent £412,000\non vetting.",
        &DiffOptions::default(),
    );
    assert!(diff.ops.iter().all(|op| op.kind == OpKind::Equal), "re-wrapped lines are the same words: {:?}", diff.ops);
}

#[test]
fn case_and_punctuation_only_when_asked() {
    let options = DiffOptions { ignore_case: true, ignore_punctuation: true, ..DiffOptions::default() };
    let diff = diff_words("Vetting withdrawn, 2022", "vetting Withdrawn 2022.", &options);
    assert!(diff.ops.iter().all(|op| op.kind == OpKind::Equal), "case and punctuation are ignored on request");
    let strict = diff_words("Vetting withdrawn", "vetting withdrawn", &DiffOptions::default());
    assert!(strict.ops.iter().any(|op| op.kind != OpKind::Equal), "by default a change of case is a change");
}

#[test]
fn ops_rebuild_both_texts() {
    let old = SAMPLE_LETTERS[1].text;
    let new = SAMPLE_LETTERS[2].text;
    let diff = diff_words(old, new, &DiffOptions::default());
    let (old_back, new_back) = rebuilt(&diff);
    let words = |text: &str| text.split_whitespace().collect::<Vec<_>>().join("");
    assert_eq!(words(&old_back), words(old), "equal and delete ops hold every word of the old letter");
    assert_eq!(words(&new_back), words(new), "equal and insert ops hold every word of the new letter");
}

#[test]
fn pathological_pair_gives_a_coarser_diff_past_the_deadline() {
    let old: String = (0..60_000).map(|n| format!("w{} ", n % 97)).collect();
    let new: String = (0..60_000).map(|n| format!("w{} ", (n * 7) % 89)).collect();
    let diff = diff_words(&old, &new, &DiffOptions { timeout: Duration::ZERO, ..DiffOptions::default() });
    assert!(diff.coarse, "with the deadline already passed the result must say it is coarse");
    let (old_back, new_back) = rebuilt(&diff);
    assert_eq!(old_back.split_whitespace().count(), 60_000, "a coarse diff still accounts for every old word");
    assert_eq!(new_back.split_whitespace().count(), 60_000, "a coarse diff still accounts for every new word");
}

#[test]
fn figures_changed_between_years_with_their_delta() {
    let old = parse(SAMPLE_LETTERS[2].text);
    let new = parse(SAMPLE_LETTERS[3].text);
    let answer = |letter: &disclosure_core::parse::Disclosure, n: usize| {
        letter.questions[n].answer.clone().expect("the sample answers Q2")
    };
    let found = figure_changes(&answer(&old, 1).figures, &answer(&new, 1).figures);
    let described: Vec<String> = found.iter().map(|change| change.describe()).collect();
    assert!(
        described.iter().any(|text| text.starts_with("11 → 8, −3, −27.3 %")),
        "suspended on full pay fell from 11 to 8: {described:?}"
    );
    let cells = table_changes(&answer(&old, 1).tables, &answer(&new, 1).tables);
    let changed: Vec<(String, String, String)> = cells
        .iter()
        .filter(|cell| cell.changed())
        .map(|cell| (cell.row.clone(), cell.old.clone(), cell.new.clone()))
        .collect();
    assert_eq!(
        changed,
        vec![
            ("Suspended on full pay".to_string(), "11".to_string(), "8".to_string()),
            ("On restricted duties".to_string(), "5".to_string(), "9".to_string())
        ],
        "the status tables match by row label though their captions name different years"
    );
}

#[test]
fn a_moved_paragraph_is_recognised() {
    let first = "The force reviewed every case in detail before any decision was taken.";
    let second = "Officers were told of the outcome in writing within ten working days.";
    let diff = diff_words(
        &format!("{first}\n\nMiddle.\n\n{second}"),
        &format!("{second}\n\nMiddle.\n\n{first}"),
        &DiffOptions::default(),
    );
    assert_eq!(find_moves(&diff.ops).len(), 1, "one paragraph swapped places: a move, not a delete and an insert");
}

mod compare {
    //! `compare_letters` (shared by the CLI's `diff` and the app) and the side-by-side layout.

    use disclosure_core::diff::{compare_letters, side_by_side, CompareError, DiffOptions, PieceKind, Side};
    use disclosure_core::samples::SAMPLE_LETTERS;

    fn sample(year: &str) -> &'static str {
        SAMPLE_LETTERS.iter().find(|letter| letter.file_name.contains(year)).expect("a sample letter of that year").text
    }

    #[test]
    fn answers_to_one_question_with_their_figures_and_cells() {
        let comparison = compare_letters(sample("2023"), sample("2024"), Some("Q2"), &DiffOptions::default())
            .expect("both letters answer Q2");
        let described: Vec<String> = comparison
            .figures
            .iter()
            .filter(|change| change.delta() != Some(0.0))
            .map(|change| change.describe())
            .collect();
        assert!(
            described.contains(&"11 → 8, −3, −27.3 %".to_string()),
            "the count suspended is called out: {described:?}"
        );
        assert!(
            comparison.cells.iter().any(|cell| cell.changed() && cell.old == "5" && cell.new == "9"),
            "the table's cells are compared"
        );
        assert!(!comparison.diff.ops.is_empty(), "the answers' words are compared");
    }

    #[test]
    fn a_missing_question_names_the_letter_it_is_missing_from() {
        let error = compare_letters(sample("2023"), sample("2024"), Some("3"), &DiffOptions::default())
            .expect_err("2024 has no Q3");
        assert_eq!(
            error,
            CompareError::NoSuchQuestion { side: Side::New, label: "3".into() },
            "the 2023 letter has Q3, the 2024 one does not"
        );
    }

    #[test]
    fn side_by_side_rows_hold_the_same_passage_and_number_each_change_once() {
        let old = "Thank you for your request.\n\nIn 2022, 27 officers had their vetting clearance withdrawn.\n\nYours sincerely";
        let new = "Thank you for your request.\n\nIn 2023, 31 officers had their vetting clearance withdrawn.\n\nA new paragraph only in the new letter.\n\nYours sincerely";
        let comparison =
            compare_letters(old, new, None, &DiffOptions::default()).expect("whole letters always compare");
        let columns = side_by_side(&comparison.diff, &comparison.moves);
        let first_words = |pieces: &[disclosure_core::diff::Piece]| {
            pieces.iter().map(|piece| piece.text.as_str()).collect::<String>()
        };
        assert_eq!(
            first_words(&columns.rows[0].old),
            "Thank you for your request.",
            "the unchanged opening is a row of its own"
        );
        assert_eq!(first_words(&columns.rows[0].new), "Thank you for your request.");
        let changed = &columns.rows[1];
        assert!(
            changed.old.iter().any(|piece| piece.kind == PieceKind::Deleted && piece.text.trim() == "27"),
            "27 is marked in the old column"
        );
        assert!(
            changed.new.iter().any(|piece| piece.kind == PieceKind::Inserted && piece.text.trim() == "31"),
            "31 in the new column, same row"
        );
        let year_change = changed.old.iter().find(|piece| piece.text.trim() == "2022").and_then(|piece| piece.change);
        let year_insert = changed.new.iter().find(|piece| piece.text.trim() == "2023").and_then(|piece| piece.change);
        assert_eq!(year_change, year_insert, "a word replaced is one change on both sides, so n jumps once");
        assert!(
            columns
                .rows
                .iter()
                .any(|row| row.old.is_empty() || row.new.iter().any(|piece| piece.text.contains("A new paragraph"))),
            "a paragraph only in the new letter is shown in its row"
        );
        assert_eq!(
            first_words(&columns.rows.last().expect("rows").new),
            "Yours sincerely",
            "the closing lines up again after the insertion"
        );
        assert!(columns.n_changes >= 3, "the year, the count and the new paragraph are changes: {}", columns.n_changes);
    }

    #[test]
    fn a_moved_paragraph_is_marked_as_moved_on_both_sides() {
        let moved = "Under Section 16 we have a duty to advise and assist you.";
        // The longer paragraph anchors the diff, so the shorter one is the one seen to move.
        let stays = "In 2022, 27 officers had their vetting clearance withdrawn after a review of every officer's record by the professional standards department.";
        let old = format!("{moved}\n\n{stays}\n\nYours sincerely");
        let new = format!("{stays}\n\n{moved}\n\nYours sincerely");
        let comparison = compare_letters(&old, &new, None, &DiffOptions::default()).expect("compare");
        assert_eq!(comparison.moves.len(), 1, "the duty-to-assist paragraph moved");
        let columns = side_by_side(&comparison.diff, &comparison.moves);
        let kinds: Vec<PieceKind> =
            columns.rows.iter().flat_map(|row| row.old.iter().chain(&row.new)).map(|piece| piece.kind).collect();
        assert!(
            kinds.contains(&PieceKind::MovedAway) && kinds.contains(&PieceKind::MovedHere),
            "both ends of the move are marked: {kinds:?}"
        );
    }
}
