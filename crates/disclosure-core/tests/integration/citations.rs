//! Exemption citations in the wordings authorities use beyond police letters: running prose,
//! lists, abbreviations and headings; applied or only mentioned; each Act under its own
//! numbering. Every letter here is written for the test.

use disclosure_core::exemptions::Regime;
use disclosure_core::parse::{parse, Disclosure};

/// The provisions read from a letter, with their regimes: ("FOIA", "40(2)").
fn applied(disclosure: &Disclosure) -> Vec<(&'static str, &str)> {
    disclosure.exemptions.iter().map(|citation| (citation.regime.as_str(), citation.provision.as_str())).collect()
}

/// A short reply under FOIA around one sentence of the authority's.
fn reply(sentence: &str) -> Disclosure {
    parse(&format!(
        "Dear Ms Green\nFreedom of Information Act 2000\nYou asked:\n1. How many empty homes are there?\nOur response\n{sentence}\nYours sincerely\n"
    ))
}

#[test]
fn prose_that_applies_a_section() {
    for (sentence, provision) in [
        ("We are applying the section 21 exemption because the figures are published on our website.", "21"),
        ("The list of addresses is exempt under section 31(1)(a) as it would assist crime.", "31(1)"),
        ("We are relying on section 43(2) to withhold the contract prices.", "43(2)"),
        ("The names of junior staff have been withheld under s.40(2).", "40(2)"),
        ("The exemption at section 36(2)(b)(i) & (ii) is engaged.", "36(2)"),
        ("The report falls under section 22(1) as it will be published in May.", "22(1)"),
        ("We consider the minutes exempt by virtue of s.42.", "42"),
        ("The information is being withheld. Section 41 is an absolute exemption.", "41"),
    ] {
        assert_eq!(applied(&reply(sentence)), vec![("FOIA", provision)], "{sentence:?} applies {provision}");
    }
}

#[test]
fn redaction_wordings_apply_the_section_they_name() {
    for sentence in [
        "Staff names have been removed (section 40(2)).",
        "The attached report has been redacted in line with section 40(2) of the Act.",
        "Information has been redacted under section 40(2).",
    ] {
        assert_eq!(applied(&reply(sentence)), vec![("FOIA", "40(2)")], "{sentence:?} withholds under 40(2)");
    }
    assert!(
        reply("We removed the reference to section 40 from our guidance in 2021.").exemptions.is_empty(),
        "editing a document is not withholding under it"
    );
}

#[test]
fn lists_and_abbreviations_cite_each_provision() {
    let listed = reply("The remaining information is withheld under sections 40(2) and 43(2).");
    assert_eq!(applied(&listed), vec![("FOIA", "40(2)"), ("FOIA", "43(2)")], "a list of two sections cites both");
    let bare = reply("We have withheld the report under sections 22 and 40.");
    assert_eq!(applied(&bare), vec![("FOIA", "22"), ("FOIA", "40")], "bare sections in a list are each cited");
    let short = reply("The details are exempt under S.43 and s40.");
    assert_eq!(applied(&short), vec![("FOIA", "43"), ("FOIA", "40")], "'S.43' and 's40' are sections");
    let part_cost = reply("Figures for former staff would exceed the cost limit, so to avoid your whole request being refused under section 12 we give current staff only.");
    assert_eq!(
        applied(&part_cost),
        vec![("FOIA", "12")],
        "avoiding refusing the whole request under section 12 refuses part of it"
    );
    let avoided = reply("To avoid refusing under section 12, we narrowed the search to one year.");
    assert!(avoided.exemptions.is_empty(), "avoiding a cost refusal altogether applies nothing");
    let cost = reply("We estimate that complying would exceed the cost limit, so s.12(2) applies.");
    assert_eq!(applied(&cost), vec![("FOIA", "12(2)")], "section 12 is a refusal and counts as applied");
}

#[test]
fn a_heading_followed_by_its_reason_is_applied() {
    let letter = reply("Some information is withheld.\nSection 43 – Commercial interests\nRelease would harm the council's negotiating position.");
    assert_eq!(applied(&letter), vec![("FOIA", "43")], "a section heading its own paragraph is the exemption applied");
}

#[test]
fn a_citation_wrapped_over_two_lines_is_read() {
    let wrapped = reply("Section\n12(2) of the Act exempts us from confirming whether the data is held, as that alone would exceed the cost limit.");
    assert_eq!(
        applied(&wrapped),
        vec![("FOIA", "12(2)")],
        "the word on one line and the number on the next are one citation"
    );
    let sentence =
        reply("Names of members of the public were withheld correctly in accordance with\nsection 40(2) of the Act.");
    assert_eq!(applied(&sentence), vec![("FOIA", "40(2)")], "the applying words may sit on the line before");
}

#[test]
fn mentions_are_not_applied() {
    for sentence in [
        "Under section 1 of the Act you have the right to know whether we hold information.",
        "Under section 16 we are happy to help you narrow your request.",
        "This letter is a refusal notice under section 17 of the Act.",
        "You may complain to the Information Commissioner under section 50.",
        "Section 11 lets you ask for the information in a particular format.",
        "Section 84 of the Act defines information as information recorded in any form.",
        "The public interest test requires us to weigh the arguments for and against release.",
        "Section 43 is a qualified exemption, but we have decided it does not apply in this case.",
        "We have considered whether section 36 applies and concluded that it does not.",
        "Section 22 allows us to withhold information intended for future publication; we are not relying on it here.",
        "We have been able to answer within the cost limit set by section 12.",
        "The information is not exempt under section 31, so it is given below.",
    ] {
        assert!(reply(sentence).exemptions.is_empty(), "{sentence:?} applies no exemption");
    }
    let quoted = parse("You asked:\n“Please tell me how often you used section 40(2) to withhold names last year.”\nOur response\nWe used it 14 times.\n");
    assert!(
        quoted.exemptions.is_empty(),
        "a section in the requester's words is theirs, not a provision the authority applied"
    );
    let recalled = parse("Dear Council,\nPlease send the 2024 tender scores.\nLast year you withheld the scores under section 43(2), which I think was wrong.\nYours faithfully,\nA. Requester\n");
    assert!(recalled.exemptions.is_empty(), "the requester recalling an earlier refusal applies nothing");
    let earlier = parse("Thank you for your request. You wrote:\n“Your last reply said the list was exempt under section 31(1)(a). Why?”\nOur response\nThe list of addresses is published on our website.\n");
    assert!(earlier.exemptions.is_empty(), "an earlier reply quoted by the requester applies nothing in this one");
}

#[test]
fn environmental_regulations_keep_their_numbers() {
    let eir = parse("Environmental Information Regulations 2004\nYour request\nPlease send the inspection reports.\nOur response\nThe reports are withheld under regulation 12(5)(b) of the EIR.\nNames are withheld under regulation 13.\n");
    assert_eq!(
        applied(&eir),
        vec![("EIR", "12(5)(b)"), ("EIR", "13")],
        "EIR exceptions keep the paragraph of regulation 12"
    );
    let exception = parse("Environmental Information Regulations 2004\nOur response\nThe site notes are being refused under Exception 12(5)(b) 'The course of justice'.\n");
    assert_eq!(applied(&exception), vec![("EIR", "12(5)(b)")], "EIR letters call their regulations exceptions");
    let not_held = parse("Environmental Information Regulations 2004\nOur response\nWe are applying the exception under Regulation 12(4)(a) as the permit file was destroyed.\n");
    assert_eq!(
        applied(&not_held),
        vec![("EIR", "12(4)(a)")],
        "12(4)(a) is a formal refusal ground that amounts to not held"
    );
    let scotland = parse("Environmental Information (Scotland) Regulations 2004\nFreedom of Information (Scotland) Act 2002\nOur response\nThe survey is withheld under regulation 10(5)(e) of the EIRs.\n");
    assert_eq!(
        applied(&scotland),
        vec![("EIRS", "10(5)(e)")],
        "the Scottish regulations number their exceptions 10, not 12"
    );
}

#[test]
fn scottish_letters_cite_foisa() {
    let letter = parse("Freedom of Information (Scotland) Act 2002\nYour request\nPlease send the board minutes.\nOur response\nThe commercial figures are exempt under section 33(1)(b) of FOISA and staff names under section 38(1)(b).\nYou may appeal under section 47.\n");
    assert_eq!(
        applied(&letter),
        vec![("FOISA", "33(1)"), ("FOISA", "38(1)")],
        "FOISA sections are FOISA's, and section 47 is an appeal right"
    );
    assert!(
        letter.exemptions.iter().all(|citation| citation.regime == Regime::Foisa),
        "a Scottish authority cites FOISA, never FOIA"
    );
}

#[test]
fn other_countries_laws_are_never_foia() {
    let new_zealand = parse("Official Information Act 1982 request\nYou requested:\n“All emails about the board.”\nThe time for responding was extended under section 15A of the Act.\nI am refusing your request under section 18(f) of the Act, as it would require substantial collation or research.\nYou have the right under section 28(3) of the Act to ask the Ombudsman to review this decision.\n");
    assert_eq!(
        applied(&new_zealand),
        vec![("NZ OIA", "18(f)")],
        "the OIA's refusal ground is read; its extension and Ombudsman sections are procedure"
    );
    let australia = parse("Freedom of Information Act 1982 (Cth)\nYour request\nI have decided to grant access in part. An edited copy is provided under section 22.\nThe names of staff are exempt under section 47F of the FOI Act.\n");
    assert_eq!(
        applied(&australia),
        vec![("AU FOI", "47F")],
        "section 22's edited copy is procedure; 47F is the privacy exemption"
    );
    let united_states = parse("Your request under the FOIA, 5 U.S.C. § 552\nPortions of the records are withheld pursuant to (b)(6) and (b)(7)(C).\n(b)(1) specifically authorized under criteria established by an Executive order\n");
    assert_eq!(
        applied(&united_states),
        vec![("US FOIA", "(b)(6)"), ("US FOIA", "(b)(7)")],
        "applied exemptions are read; a list explaining all nine is not"
    );
    let ireland = parse("Freedom of Information Act 2014\nOur decision\nYour request is refused under section 15(1)(a) as the records do not exist.\nThe remaining record is exempt under section 37 (personal information).\n");
    assert_eq!(
        applied(&ireland),
        vec![("IE FOI", "15(1)(a)"), ("IE FOI", "37")],
        "Ireland's refusal grounds and exemptions keep their numbers"
    );
}

#[test]
fn a_count_of_refusals_reports_the_act_rather_than_applying_it() {
    let letter = parse("Request\nHow many FOI requests did you refuse under section 14 in 2023?\nResponse\nWe refused 3 requests as vexatious under section 14(1) in 2023.\n");
    assert!(
        letter.exemptions.is_empty(),
        "a count of requests refused under section 14 answers the question; it refuses nothing"
    );
    assert_eq!(letter.decision, disclosure_core::parse::Decision::Full, "the count is the information asked for");
}

#[test]
fn a_question_naming_a_section_is_the_requesters() {
    let letter = parse("Request for information\nUnder section 40 of the Act, can you tell me how many subject access requests you received?\nWe received 312 subject access requests from staff.\n");
    assert!(letter.exemptions.is_empty(), "a section named inside a question put to the authority is not applied");
}
