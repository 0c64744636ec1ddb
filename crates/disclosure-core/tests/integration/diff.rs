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
    diff.ops.iter().filter(|op| op.kind != OpKind::Equal).map(|op| (op.kind.as_str(), format!("{}{}", op.old, op.new).trim().to_string())).collect()
}

#[test]
fn changed_words_inside_an_unchanged_sentence() {
    let diff = diff_words("On 31 December 2022, 11 officers were suspended on full pay.", "On 31 December 2023, 8 officers were suspended on full pay.", &DiffOptions::default());
    assert_eq!(
        changes(&diff),
        vec![("delete", "2022".into()), ("insert", "2023".into()), ("delete", "11".into()), ("insert", "8".into())],
        "only the year and the count changed; the comma after the year is unchanged punctuation"
    );
    assert!(!diff.coarse, "a short pair never hits the deadline");
}

#[test]
fn whitespace_and_line_wrapping_are_not_changes() {
    let diff = diff_words("The force spent\n£412,000 on   vetting.", "The force  spent £412,000\non vetting.", &DiffOptions::default());
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
    let answer = |letter: &disclosure_core::parse::Disclosure, n: usize| letter.questions[n].answer.clone().expect("the sample answers Q2");
    let found = figure_changes(&answer(&old, 1).figures, &answer(&new, 1).figures);
    let described: Vec<String> = found.iter().map(|change| change.describe()).collect();
    assert!(described.iter().any(|text| text.starts_with("11 → 8, −3, −27.3 %")), "suspended on full pay fell from 11 to 8: {described:?}");
    let cells = table_changes(&answer(&old, 1).tables, &answer(&new, 1).tables);
    let changed: Vec<(String, String, String)> = cells.iter().filter(|cell| cell.changed()).map(|cell| (cell.row.clone(), cell.old.clone(), cell.new.clone())).collect();
    assert_eq!(
        changed,
        vec![("Suspended on full pay".to_string(), "11".to_string(), "8".to_string()), ("On restricted duties".to_string(), "5".to_string(), "9".to_string())],
        "the status tables match by row label though their captions name different years"
    );
}

#[test]
fn a_moved_paragraph_is_recognised() {
    let first = "The force reviewed every case in detail before any decision was taken.";
    let second = "Officers were told of the outcome in writing within ten working days.";
    let diff = diff_words(&format!("{first}\n\nMiddle.\n\n{second}"), &format!("{second}\n\nMiddle.\n\n{first}"), &DiffOptions::default());
    assert_eq!(find_moves(&diff.ops).len(), 1, "one paragraph swapped places: a move, not a delete and an insert");
}
