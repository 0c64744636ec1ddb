//! Flags made by hand on the sample library's 2022 letter: the checks and the placing that the
//! CLI's `flag` and the app's flag panel share.

use disclosure_core::exemptions::Regime;
use disclosure_core::register::Judgement;
use disclosure_core::samples::SAMPLE_LETTERS;
use disclosure_library::flagging::{
    catalogued, flag_passage, judged_citation, outcome_named, regime_of, FlagDraft, FlagError,
};
use disclosure_store::FlagProvision;

fn letter_2022() -> &'static str {
    SAMPLE_LETTERS.iter().find(|sample| sample.text.contains("FC/FOI/22/0388")).expect("the 2022 sample letter").text
}

fn draft(quote: Option<&str>, question_key: Option<&str>, provision: &str) -> FlagDraft {
    FlagDraft {
        question_key: question_key.map(str::to_string),
        quote: quote.map(str::to_string),
        provisions: vec![FlagProvision { regime: "FOIA".to_string(), provision: provision.to_string() }],
        note: "  names removed  ".to_string(),
        ..FlagDraft::default()
    }
}

#[test]
fn a_quote_held_once_is_placed_on_its_bytes() {
    let text = letter_2022();
    let flag = flag_passage(7, text, &draft(Some("9 officers were suspended"), None, "s40(2)")).expect("placed");
    let (start, end) = flag.position.expect("a quote the letter holds once has a position");
    assert_eq!(
        &text[start as usize..end as usize],
        "9 officers were suspended",
        "the position is in bytes of the stored text"
    );
    assert_eq!(flag.question_key.as_deref(), Some("2"), "the question around the passage is found when none is given");
    assert_eq!(flag.provisions[0].provision, "40(2)", "provisions are stored in the catalogue's form");
    assert_eq!(flag.note, "names removed", "the note is trimmed, as every note is");
    assert_eq!(flag.document_id, 7, "the flag belongs to the document it was made on");
}

#[test]
fn what_cannot_be_placed_or_is_not_catalogued_is_refused() {
    let text = letter_2022();
    assert_eq!(
        flag_passage(1, text, &draft(Some("words this letter never prints"), None, "40(2)")),
        Err(FlagError::PassageNotFound),
        "a passage is never guessed"
    );
    assert!(
        matches!(flag_passage(1, text, &draft(None, Some("Q2"), "99(9)")), Err(FlagError::NotCatalogued { .. })),
        "a provision outside the catalogue is refused"
    );
    let mut none = draft(None, Some("Q2"), "40(2)");
    none.provisions.clear();
    assert_eq!(flag_passage(1, text, &none), Err(FlagError::NoProvision), "a flag names at least one provision");
    assert!(matches!(regime_of("Magna Carta"), Err(FlagError::UnknownRegime { .. })), "an unknown law is refused");
}

#[test]
fn a_flag_on_nothing_stands_for_the_letter_only_when_allowed() {
    let text = letter_2022();
    let mut whole = draft(None, None, "31(1)");
    assert_eq!(
        flag_passage(1, text, &whole),
        Err(FlagError::NothingFlagged),
        "the reader always names a passage or a question"
    );
    whole.whole_letter_allowed = true;
    let flag = flag_passage(1, text, &whole).expect("the CLI may flag the letter as a whole");
    assert!(flag.quote.is_none() && flag.question_key.is_none(), "such a flag has neither passage nor question");
}

#[test]
fn catalogued_gives_the_normal_form_or_nothing() {
    assert_eq!(catalogued(Regime::Foia, "s40(2)"), Some("40(2)".to_string()), "a section sign or 's' is dropped");
    assert_eq!(catalogued(Regime::Foia, "99(9)"), None, "an unknown provision has no normal form");
}

#[test]
fn the_reviewers_other_verdicts_are_checked_here_too() {
    assert!(outcome_named("partly_withheld").is_ok(), "a known outcome is accepted");
    assert_eq!(
        outcome_named("lost"),
        Err(FlagError::UnknownOutcome("lost".to_string())),
        "an outcome a question cannot have is refused"
    );
    assert_eq!(
        judged_citation("wrong_subsection", "FOIA", Some("s40(2)")),
        Ok((Judgement::WrongSubsection, Some("40(2)".to_string()))),
        "the provision really relied on is stored in the catalogue's form"
    );
    assert_eq!(
        judged_citation("wrong_subsection", "FOIA", Some("  ")),
        Err(FlagError::NoCorrectedProvision),
        "a wrong subsection must say which one was meant"
    );
    assert_eq!(
        judged_citation("cited_not_applied", "FOIA", Some("40(2)")),
        Ok((Judgement::CitedNotApplied, None)),
        "a citation not applied corrects no provision"
    );
    assert_eq!(
        judged_citation("maybe", "FOIA", None),
        Err(FlagError::UnknownVerdict("maybe".to_string())),
        "only the two verdicts exist"
    );
}
