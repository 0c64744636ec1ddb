//! The letter reader on hand-written fixtures of each shape it must handle, and on the seed
//! letters of the shared corpus.

use disclosure_core::parse::{parse, question_labelled, AnswerKind, Decision, Disclosure, IssueKind, Outcome};

use crate::corpus::seed;

fn provisions(disclosure: &Disclosure) -> Vec<&str> {
    disclosure.exemptions.iter().map(|citation| citation.provision.as_str()).collect()
}

fn has_issue(disclosure: &Disclosure, kind: IssueKind) -> bool {
    disclosure.issues.iter().any(|issue| issue.kind == kind)
}

const RESTATED: &str = "Freedom of information request reference no: 01.FOI.23.034158\n\
I note you seek access to the following information:\n\
1. How many officers were suspended?\n\
2. How many were dismissed?\n\
I have today decided to disclose the located information to you in full.\n\
Q1 - How many officers were suspended?\n\
There were 12 officers suspended.\n\
Q2 - How many were dismissed?\n\
Dismissed | 4 |\n\
Resigned | 2 |\n";

#[test]
fn restated_questions_get_their_answers() {
    let disclosure = parse(RESTATED);
    assert_eq!(disclosure.reference.as_ref().map(|found| found.value.as_str()), Some("01.FOI.23.034158"));
    assert_eq!(
        disclosure.decision,
        Decision::Full,
        "'disclose the located information to you in full' is a full disclosure"
    );
    assert_eq!(disclosure.questions.len(), 2, "two numbered questions, restated once each");
    let first = disclosure.questions[0].answer.as_ref().expect("Q1 is answered under its restatement");
    assert_eq!(first.kind, AnswerKind::Restated);
    assert_eq!(first.figures[0].value, 12.0);
    let second = disclosure.questions[1].answer.as_ref().expect("Q2 is answered with a table");
    assert_eq!(second.tables.len(), 1, "pipe rows form one table");
    assert_eq!(second.figures[0].label, "Dismissed", "a table row labels its figure");
}

#[test]
fn numbering_shapes_are_read() {
    for (request, labels) in [
        ("1) How many officers?\n2) How many staff?\n", vec!["1", "2"]),
        ("1, How many officers?\n2, How many staff?\n", vec!["1", "2"]),
        ("Q1 - How many officers?\nQ2 - How many staff?\n", vec!["Q1", "Q2"]),
        ("Request 1\nHow many officers?\nRequest 2\nHow many staff?\n", vec!["Request 1", "Request 2"]),
        ("a) How many officers?\nb) How many staff?\n", vec!["a", "b"]),
    ] {
        let text = format!("Request\n{request}Response\nPlease find attached our response.\n");
        let disclosure = parse(&text);
        let found: Vec<&str> = disclosure.questions.iter().filter_map(|question| question.label.as_deref()).collect();
        assert_eq!(found, labels, "labels of {request:?}");
    }
}

#[test]
fn bullets_and_unnumbered_questions_are_questions() {
    let bullets = parse("Request\n• How many officers were vetted?\n• How much did vetting cost?\nResponse\nPlease find attached our response.\n");
    assert_eq!(bullets.questions.len(), 2, "each bullet of a request is a question");
    let packed = parse("* How many officers? * How many staff? * What was the cost?\n");
    assert_eq!(packed.questions.len(), 3, "bullets flattened onto one line are still separate questions");
    let plain = parse("I note you seek access to the following information:\nHow many officers were suspended?\nWhat was the cost of vetting?\n");
    assert_eq!(plain.questions.len(), 2, "lines that ask are questions when nothing is numbered");
}

#[test]
fn nested_lists_are_parts_not_questions() {
    let text = "Request\n1. How many officers were dismissed in each of the following years:\n2. 2018\n3. 2019\n4. How many resigned?\n";
    let disclosure = parse(text);
    let labels: Vec<&str> = disclosure.questions.iter().filter_map(|question| question.label.as_deref()).collect();
    assert_eq!(labels, vec!["1", "4"], "years listed under question 1 are its parts");
    assert_eq!(disclosure.questions[0].parts.len(), 2);
}

#[test]
fn a_skipped_number_is_reported() {
    let disclosure = parse("Request\n1. How many officers?\n2. How many staff?\n4. How many volunteers?\n");
    let gap = disclosure.issues.iter().find(|issue| issue.kind == IssueKind::QuestionNumberGap);
    assert!(gap.is_some_and(|issue| issue.detail.contains("question 3")), "question 3 is absent and must be reported");
}

#[test]
fn collective_answers_cover_every_question() {
    let text = "Request\n1. Is recommendation 1 done?\n2. Is recommendation 2 done?\n\
                I have today decided to disclose the located information to you in full.\n\
                The answer to each of your 2 questions is as follows:\nA) Yes.\n";
    let disclosure = parse(text);
    assert!(
        disclosure
            .questions
            .iter()
            .all(|question| question.answer.as_ref().is_some_and(|answer| answer.kind == AnswerKind::Collective)),
        "one answer given for all questions belongs to each"
    );
}

#[test]
fn decisions_in_their_wordings() {
    for (sentence, decision) in [
        ("I have today decided to disclose the located information to you in full.", Decision::Full),
        ("I have today decided to disclose some of the requested information.", Decision::Partial),
        ("The cost of locating the information would exceed the appropriate limit (FOIA, s.12).", Decision::Refused),
        ("I can confirm that the information is not held by the force.", Decision::NotHeld),
        (
            "The force can neither confirm nor deny that it holds the information, by virtue of Section 30(3).",
            Decision::Ncnd,
        ),
    ] {
        let disclosure = parse(&format!("Request\n1. How many officers?\nResponse\n{sentence}\n"));
        assert_eq!(disclosure.decision, decision, "{sentence}");
    }
    let cut = parse(
        "I note you seek access to the following information:\n1. How many officers were dismissed in 2020 and in",
    );
    assert_eq!(cut.decision, Decision::Unknown, "a text cut before the decision has no decision");
    assert!(has_issue(&cut, IssueKind::Truncated), "a text that stops mid-sentence is truncated");
}

#[test]
fn citations_in_every_spelling() {
    for (line, provision) in [
        ("Section 40(2)(3)- Personal Information", "40(2)"),
        ("Section 40(2)(a)(b)&(3)(a)(i) – Personal Information", "40(2)"),
        ("S40(5) Personal Information", "40(5)"),
        ("Section 31(1)(a)(b) - Law Enforcement", "31(1)"),
        ("Section 30 (3) – Investigations and Proceedings", "30(3)"),
        ("The information is exempt by virtue of section 43(2).", "43(2)"),
    ] {
        let disclosure = parse(&format!("Request\n1. How many?\nResponse\nI have today decided to disclose some of the requested information.\n{line}\n"));
        assert_eq!(provisions(&disclosure), vec![provision], "{line}");
    }
    let listed =
        parse("Response\nSome information has been withheld in accordance with sections 24, 31 and 38 FOIA.\n");
    assert_eq!(provisions(&listed), vec!["24", "31", "38"], "a list of sections cites each");
    let eir = parse("Response\nThis is environmental information under the Environmental Information Regulations 2004.\nThe information is withheld under regulation 12(5)(b).\n");
    assert_eq!(eir.exemptions.first().map(|citation| citation.regime.as_str()), Some("EIR"));
}

#[test]
fn mentions_that_are_not_exemptions() {
    let police_act = parse("Response\nThe officer was suspended under Section 37 of the Police Act 1996.\n");
    assert!(police_act.exemptions.is_empty(), "a section of another Act is not a FOIA exemption");
    let conduct =
        parse("Response\nA notice was served under Regulation 13 of the Police (Conduct) Regulations 2020.\n");
    assert!(conduct.exemptions.is_empty(), "a regulation of the conduct regulations is not an EIR exception");
    let procedural = parse("Response\nUnder Section 16 of the Act, there is a duty to advise and assist.\nThis response serves as a Refusal Notice under Section 17 of the Act.\nThe duty in Section 1(1)(a) does not apply.\n");
    assert!(procedural.exemptions.is_empty(), "sections 1, 16 and 17 are duties, not exemptions");
    let quoted = parse("I note you seek access to the following information:\n1. How many requests did you refuse under Section 40(2) of the Freedom of Information Act?\nI have today decided to disclose the located information to you in full.\n");
    assert!(quoted.exemptions.is_empty(), "a section quoted by the requester was not applied by the authority");
    let statute = parse("Response\nInformation which is not exempt information by virtue of section 30 is exempt information if its disclosure would prejudice crime.\n");
    assert!(statute.exemptions.is_empty(), "a statute's text quoted to explain another section applies nothing");
}

#[test]
fn seed_000_three_answered_questions() {
    let Some(text) = seed("000") else { return };
    let disclosure = parse(&text);
    assert_eq!(disclosure.decision, Decision::Full, "seed 000 discloses in full");
    assert_eq!(disclosure.questions.len(), 3, "seed 000 asks three numbered questions");
    assert!(
        disclosure.questions.iter().all(|question| question.outcome == Outcome::Answered),
        "each is answered as Q1 - …"
    );
    let figure = &disclosure.questions[0].answer.as_ref().expect("Q1 answered").figures[0];
    assert_eq!((figure.value, figure.label.as_str()), (377.0, "Family Liaison Officers"));
    assert!(has_issue(&disclosure, IssueKind::Boilerplate), "DUTY TO ADVISE AND ASSIST is boilerplate, not an answer");
}

#[test]
fn seed_001_partial_with_section_40_2() {
    let Some(text) = seed("001") else { return };
    let disclosure = parse(&text);
    assert_eq!(
        disclosure.decision,
        Decision::Partial,
        "seed 001 discloses some information under a Section 17 refusal notice"
    );
    assert_eq!(
        provisions(&disclosure),
        vec!["40(2)"],
        "seed 001 cites Section 40(2)(3) only; Section 17 is the notice itself"
    );
    assert_eq!(disclosure.questions.len(), 5, "five questions printed as headings above their answers");
    assert!(
        disclosure.questions.iter().all(|question| question.answer.is_some()),
        "every heading is followed by its answer"
    );
}

#[test]
fn seed_002_twenty_six_questions_answered_collectively() {
    let Some(text) = seed("002") else { return };
    let disclosure = parse(&text);
    assert_eq!(
        disclosure.questions.len(),
        26,
        "26 recommendations, each a question; the illustration rows are not questions"
    );
    assert!(
        disclosure.questions.iter().all(|question| question.outcome == Outcome::Answered),
        "'The answer to each of your 26 questions' answers all"
    );
    assert!(
        disclosure
            .questions
            .iter()
            .all(|question| question.parts.iter().filter(|part| part.label.is_some()).count() == 3),
        "each recommendation asks the three parts A, B and C"
    );
    assert_eq!(disclosure.decision, Decision::Full);
}

#[test]
fn seed_003_tables_and_press_lines() {
    let Some(text) = seed("003") else { return };
    let disclosure = parse(&text);
    assert_eq!(disclosure.questions.len(), 2, "two questions; the clarification is not a third");
    assert_eq!(disclosure.clarifications.len(), 1, "the clarification is kept as such");
    for question in &disclosure.questions {
        let answer = question.answer.as_ref().expect("each question is answered with a table");
        assert_eq!(answer.tables.len(), 1, "each answer holds one pipe table");
        assert!(!answer.text.contains("doubling down"), "the press statement is not part of any answer");
    }
    assert!(
        disclosure.issues.iter().any(|issue| issue.kind == IssueKind::Boilerplate && issue.detail.contains("press")),
        "the press lines are flagged as boilerplate"
    );
}

#[test]
fn seed_004_gap_for_question_three() {
    let Some(text) = seed("004") else { return };
    let disclosure = parse(&text);
    assert_eq!(disclosure.decision, Decision::Full, "seed 004 discloses in full");
    assert_eq!(disclosure.questions.len(), 4, "Q3 is absent from this letter; the gap must not be filled");
    assert!(
        disclosure
            .issues
            .iter()
            .any(|issue| issue.kind == IssueKind::QuestionNumberGap && issue.detail.contains("question 3")),
        "the missing question 3 is reported"
    );
    let header = disclosure.questions[0]
        .answer
        .as_ref()
        .and_then(|answer| answer.tables.first())
        .and_then(|table| table.header.clone());
    assert_eq!(header.map(|cells| cells.len()), Some(2), "the two-column tables keep their header row");
}

mod layouts;

/// The one lookup of a question by its label, which flags, notes, comparisons and the CLI share.
#[test]
fn a_label_names_one_question_whatever_its_spelling() {
    let letter = parse(
        "Dear Requester,\n\nYou asked:\nQ1 How many officers were dismissed in 2023?\n\
         Q2 How much was spent on vetting?\n\nQ1 - How many officers were dismissed in 2023?\nSeven officers.\n\n\
         Q2 - How much was spent on vetting?\n£4,000.\n",
    );
    let labels: Vec<Option<&str>> = letter.questions.iter().map(|question| question.label.as_deref()).collect();
    assert_eq!(labels, [Some("Q1"), Some("Q2")], "the letter's two labels are read as printed");
    // A lettered part between them, as other letters print it, so "1" and "1a" can be told apart.
    let mut questions = letter.questions.clone();
    let mut part = questions[0].clone();
    part.label = Some("Q1a".to_string());
    questions.insert(1, part);
    let position = |label: &str| question_labelled(&questions, label).map(|(question_idx, _)| question_idx);
    for spelling in ["Q2", "q2", "2", "Question 2", "2.", " Q2 "] {
        assert_eq!(position(spelling), Some(2), "{spelling:?} names the question labelled Q2");
    }
    assert_eq!(position("1a"), Some(1), "a part's label names that question, its announcing Q aside");
    assert_eq!(position("1"), Some(0), "a plain number never names the lettered question 1a");
    assert_eq!(position("Q4"), None, "a label the letter does not have names nothing");
    assert_eq!(position("#3"), None, "a position key names only a question printed without a label");
    assert_eq!(position(""), None, "an empty label names nothing");
    assert_eq!(
        letter.question("question 1").map(|(question_idx, _)| question_idx),
        Some(0),
        "Disclosure::question follows the same rule"
    );
}

/// Every other place that names a question by its label goes through the same rule: a thread
/// member's stored names, a member found again in its letter, a comparison, an answer heading.
#[test]
fn a_label_names_the_same_question_in_every_lookup() {
    use disclosure_core::diff::{compare_letters, DiffOptions};
    use disclosure_core::parse::{labelled_position, labels_match, QuestionNames};
    use disclosure_core::threads::timeline::find_question;
    let text = "Fernshire Constabulary\nFreedom of Information Request FC/FOI/2023/0101\n\nRequest\n\n\
         Q1a How many officers were dismissed in 2023?\nQ2 How much was spent on vetting in 2023?\n\
         Q3 How many vetting appeals were heard?\n\nResponse\n\nQ1a - Seven officers.\nQ2 - £4,000.\nQ3 - Twelve.\n";
    let letter = parse(text);
    let labels: Vec<Option<&str>> = letter.questions.iter().map(|question| question.label.as_deref()).collect();
    assert_eq!(
        labels,
        [Some("Q1a"), Some("Q2"), Some("Q3")],
        "the letter prints a lettered question and two numbered ones"
    );
    // A thread's stored members: their keys and labels, without the number the letter read.
    let members = [
        QuestionNames { key: "Q1a".into(), label: Some("Q1a"), number: None },
        QuestionNames { key: "Q2".into(), label: Some("Q2"), number: None },
        QuestionNames { key: "Q3".into(), label: Some("Q3"), number: None },
    ];
    for (spelling, position) in [("1a", 0), ("Q2", 1), ("Question 2", 1)] {
        assert_eq!(
            letter.question(spelling).map(|(question_idx, _)| question_idx),
            Some(position),
            "{spelling:?} names one question of the letter"
        );
        assert_eq!(
            labelled_position(&members, spelling),
            Some(position),
            "{spelling:?} names the same thread member as the letter's question"
        );
        let found = find_question(&letter, spelling, usize::MAX).map(|question| question.text.clone());
        assert_eq!(
            found,
            Some(letter.questions[position].text.clone()),
            "{spelling:?} finds the same question again when the thread is read"
        );
        let compared = compare_letters(text, text, Some(spelling), &DiffOptions::default());
        assert!(compared.is_ok(), "{spelling:?} names a question a comparison can find: {compared:?}");
    }
    assert!(labels_match("Question 2", "Q2") && labels_match("1a", "Q1a"), "an answer heading matches its question");
    assert!(!labels_match("1a", "1"), "a lettered part is never its question's number");
    let answer = |position: usize| letter.questions[position].answer.as_ref().map(|answer| answer.text.clone());
    assert_eq!(answer(0).as_deref(), Some("Seven officers."), "the lettered question's own heading takes its answer");
}
