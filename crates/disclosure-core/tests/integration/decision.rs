//! The decision on a whole letter and on its questions, in the wordings of councils, NHS
//! bodies, departments and other authorities. Every letter here is written for the test.

use disclosure_core::parse::{parse, Decision, Outcome};

/// A letter printing the questions and, straight under them with no heading, the reply.
fn unheaded(reply: &str) -> Decision {
    parse(&format!("FOI request (FOI-1234)\nRequested 1 May 2025\n1. How many potholes were repaired in 2024?\n2. How much did the repairs cost?\n{reply}\n")).decision
}

#[test]
fn release_in_its_wordings() {
    for reply in [
        "Please find below the information you requested.\n1. 412 potholes were repaired.",
        "1. 412 potholes were repaired.\n2. The repairs cost £81,000.",
        "The council has not had any claims of this kind during the period.",
        "Please see the attached spreadsheet.",
        "Please refer to the attached spreadsheet of repairs.",
        "1. 412x potholes reported in 2024, all repaired.",
        "I can confirm that the information is held. The information is released to you below.",
    ] {
        assert_eq!(unheaded(reply), Decision::Full, "{reply:?} releases what was asked");
    }
}

#[test]
fn refusal_in_its_wordings() {
    for (reply, decision) in [
        ("We do not hold this information, as roads are maintained by the county council.", Decision::NotHeld),
        ("No recorded information is held.", Decision::NotHeld),
        ("To answer would exceed the appropriate limit of £450, so we are refusing your request under section 12.", Decision::Refused),
        ("We consider your request vexatious under section 14(1).", Decision::Refused),
        ("The information is exempt under section 31(1)(a) and is being withheld.", Decision::Refused),
        ("1. 412 potholes were repaired.\n2. The cost of each contract is exempt under section 43(2) and has been withheld.", Decision::Partial),
        ("1. 412 potholes were repaired.\n2. We do not hold a breakdown of costs.", Decision::Full),
    ] {
        assert_eq!(unheaded(reply), decision, "{reply:?}");
    }
}

#[test]
fn neither_confirm_nor_deny() {
    let letter = parse("Your request\nDo you hold files on Mr Smith?\nOur response\nThe council can neither confirm nor deny that it holds this information, by virtue of section 40(5).\n");
    assert!(letter.ncnd, "neither confirming nor denying is flagged");
    assert!(matches!(letter.decision, Decision::Ncnd | Decision::Refused), "a whole-letter NCND refuses everything");
    let duty = parse("Your request\nDo you hold intelligence on my neighbour?\nOur response\nI regret to advise that the duty in Section 1(1)(a) of the Act does not apply, by virtue of section 40(5).\n");
    assert!(duty.ncnd, "the duty in section 1(1)(a) not applying is the duty to confirm or deny lifted");
    let explained = parse("Your request\nHow many officers?\nOur response\nUnless exemptions apply, the first duty at Section 1(1)(a) is to confirm or deny whether information is held.\nWe have 1,514 officers.\n");
    assert!(!explained.ncnd, "describing the duty to confirm or deny lifts nothing");
    let law_only = parse("Your request\nHow many hotels did you use?\nOur response\nWe used 6 hotels.\nThe names of the hotels are exempt under section 38. Under S38 we are not obliged to confirm or deny if we hold the information.\n");
    assert!(
        !law_only.ncnd,
        "explaining that the law allows NCND, while confirming the information is held, is not NCND"
    );
}

#[test]
fn a_not_held_refusal_ground_reads_as_not_held() {
    let eir = parse("Environmental Information Regulations 2004\nYour request\nPlease send permit file 42.\nOur response\nThe file was destroyed under our retention schedule, so your request is refused under regulation 12(4)(a).\n");
    assert_eq!(eir.decision, Decision::NotHeld, "EIR 12(4)(a) refuses because the information is not held");
    let oia = parse("Official Information Act 1982\nYou requested:\n“The media policy.”\nYour request is refused under section 18(e) of the Act as the document does not exist.\n");
    assert_eq!(oia.decision, Decision::NotHeld, "OIA 18(e) refuses because the document does not exist");
}

#[test]
fn the_requesters_words_are_not_the_decision() {
    let quoted = parse("Dear Mr Hill\nThank you for your request. You wrote:\n“Last time you said the information is not held and that it is exempt under section 31.\nPlease send the list again.”\n");
    assert_eq!(quoted.decision, Decision::Unknown, "a letter cut after the quoted request has no decision of its own");
    let conditional = parse("FOI request (FOI-99)\nPlease list the notices issued in 2024.\nIf this would exceed the cost limit under section 12, please provide a summary instead.\nThe council issued 2 notices, both for fly-tipping.\n");
    assert_eq!(
        conditional.decision,
        Decision::Full,
        "a requester's 'if it exceeds the cost limit' is not a cost refusal"
    );
    assert!(conditional.exemptions.is_empty(), "the requester's section 12 is not applied");
}

#[test]
fn question_outcomes_follow_the_decision() {
    let refused = parse("Your request\n1. Please list all empty homes.\nOur response\nThe list is exempt under section 31(1)(a) and is being withheld.\n");
    assert!(
        refused.questions.iter().all(|question| question.outcome == Outcome::Withheld),
        "a refused letter withholds each question"
    );
}

#[test]
fn access_granted_in_part_is_partial() {
    let letter = parse("Freedom of Information Act 1982 (Cth)\nDecision\nI have made a decision to grant full access to five documents, and grant access in part to five documents.\n");
    assert_eq!(letter.decision, Decision::Partial, "access in part to some documents is a partial release");
}

#[test]
fn the_requesters_own_opening_is_not_a_quotation() {
    let letter = parse("FOI request (FOI-7)\nI am writing to you under the Freedom of Information Act 2000 to request the following information:\nHow many notices were issued in 2024?\nThe council issued 2 notices, both for fly-tipping.\n");
    assert_eq!(
        letter.decision,
        Decision::Full,
        "the reply after a request in the requester's own words is the authority's"
    );
}

#[test]
fn answers_under_a_heading_with_no_request_and_a_part_not_answered() {
    let letter = parse("FOI request (FOIR-3)\nResponse\nQ1. As at 1 December there are 367 households in temporary accommodation.\nQ2. We don’t have the resources to search every payment record by hand.\n");
    assert_eq!(
        letter.decision,
        Decision::Partial,
        "one answer given and one declined for lack of resources is a partial reply"
    );
}

#[test]
fn the_reply_after_a_quoted_request_needs_no_heading() {
    let released = parse("Thank you for your request received on 3 March.\nYou asked for:\n1. The number of agency nurses used in 2023.\nI am pleased to provide the information you requested below.\n1. 214 agency nurses were used.\n");
    assert_eq!(
        released.decision,
        Decision::Full,
        "'I am pleased to provide' speaks for the authority after the quoted request"
    );
    let refused = parse("Dear Mr Jones\nYou requested the following information:\nCopies of the tender evaluation scores.\nThe Council holds the information you requested. However, we have decided that it is exempt from disclosure under section 43(2).\n");
    assert_eq!(refused.decision, Decision::Refused, "the authority speaking of itself ends the quoted request");
    let inline = parse("Thank you for your request, which we have handled under the Environmental Information Regulations 2004.\nYou asked: \"Please send all air quality data for Mill Road.\"\nThe data is attached. Some site locations have been withheld under regulation 12(5)(a).\n");
    assert_eq!(inline.decision, Decision::Partial, "a request quoted on its opening line ends with its closing mark");
}

#[test]
fn other_countries_decisions_in_their_words() {
    let ireland = parse("Freedom of Information Act 2014\nDecision\nI have decided to part-grant your request. Records 1 to 4 are released. Record 5 is refused under section 37(1) as it contains personal information.\n");
    assert_eq!(ireland.decision, Decision::Partial, "part-granting releases some records and refuses others");
    let australia = parse("Freedom of Information Act 1982 (Cth)\nDecision\nI have decided to refuse access to the document under section 47F of the FOI Act.\n");
    assert_eq!(australia.decision, Decision::Refused, "access refused to the only document");
}

#[test]
fn answers_in_words_and_a_request_quoted_after_its_introduction() {
    let letter = parse("Thank you for your request dated 2 March under FOISA for the undernoted information:\n\"Please tell me the outcome of each of the six cases, with dates and places.\"\nI can advise that one charge was found not guilty and two were withdrawn.\nI am unable to provide the dates and places, because the individuals could be identified.\n");
    assert_eq!(letter.decision, Decision::Partial, "outcomes given in words and dates refused make a partial reply");
    let held_only = parse("Your request\nHow many complaints were made?\nOur response\nI can confirm that the council holds this information.\nIt is exempt under section 31(1)(a) and is being withheld.\n");
    assert_eq!(held_only.decision, Decision::Refused, "confirming the information is held releases nothing by itself");
    let marked = parse("Your FOIA request (5 U.S.C. § 552)\nEnclosed are the documents responsive to your request. Withheld information is pursuant to the exemptions marked on each page.\n");
    assert_eq!(marked.decision, Decision::Partial, "documents enclosed with withheld material are a partial release");
}

#[test]
fn refusals_that_cite_no_section() {
    for reply in [
        "The information is commercially sensitive and will not be released.",
        "We consider the information to be exempt.",
        "Unfortunately we cannot disclose this information.",
        "We decline to provide this information.",
    ] {
        assert_eq!(unheaded(reply), Decision::Refused, "{reply:?} refuses without naming a section");
    }
    assert_eq!(
        unheaded("We cannot provide a breakdown because we do not record it."),
        Decision::NotHeld,
        "a breakdown not recorded is not held, not withheld"
    );
}

#[test]
fn handing_a_request_to_the_environmental_regulations_is_not_a_refusal() {
    let letter = parse("Environmental Information (Scotland) Regulations 2004\nRequest\nPlease send the flood survey.\nResponse\nWe are applying the exemption at section 39(2) of FOISA, as the request is for environmental information and has been handled under the EIRs.\nUnder regulation 10(4)(a) of the EIRs, we must tell you that the survey is not held.\n");
    assert_eq!(
        letter.decision,
        Decision::NotHeld,
        "39(2) moves the request to the EIRs, whose answer is that nothing is held"
    );
}

#[test]
fn a_refusal_scoped_to_some_questions_is_partial() {
    let letter = parse("Request\n1. A list of empty homes.\n2. The owner of each.\n3. The number of homes brought back into use.\nResponse\nIn relation to questions 1 and 2 the information is exempt from disclosure by virtue of section 31(1)(a).\n");
    assert_eq!(letter.decision, Decision::Partial, "refusing questions 1 and 2 leaves question 3 dealt with apart");
    let whole = parse("Request\n1. A list of empty homes.\n2. The owner of each.\nResponse\nIn relation to questions 1 and 2 the information is exempt from disclosure by virtue of section 31(1)(a).\n");
    assert_eq!(whole.decision, Decision::Refused, "refusing every question asked is a refusal");
}

#[test]
fn the_preface_of_a_refusal_answers_nothing() {
    let letter = parse("Request\nPlease list every misconduct case since 2020.\nResponse\nHaving made enquiries, the information requested is not in an easily retrievable format. There are approximately 240 officers whose files would need to be read, and the\n");
    assert_eq!(letter.decision, Decision::Unknown, "a letter cut while explaining its search has no decision yet");
}

#[test]
fn a_review_standing_by_the_answers_given_is_a_full_disclosure() {
    let letter = "Dear Ms Example,\nRE: Internal Review Request IR-204\n\
                  Further to your email asking for a review of your request (ref: FOI204), I have now completed my review.\n\
                  In response to question 1 of your request, we advised that the route is run under the 2018 contract. \
                  On review of this response, I consider this remains accurate.\n\
                  My internal review has found that your request was processed in line with the Act.\n";
    assert_eq!(parse(letter).decision, Decision::Full, "the answers given before stand, and nothing was refused");
    let refusal = "Dear Ms Example,\nRE: Internal Review Request IR-205\n\
                   Further to your email asking for a review, I have now completed my review.\n\
                   I consider the original response remains correct: the information is exempt under section 43(2).\n";
    assert_ne!(
        parse(refusal).decision,
        Decision::Full,
        "a review standing by a refusal does not turn it into a disclosure"
    );
}

#[test]
fn our_response_below_hands_over_to_the_authority_before_its_quoted_questions() {
    let letter = "Northshire City Council\nFOI Reference: 4821\nDear Mr Example\n\
                  Please find our response to your Freedom of Information request below.\n\
                  Please can you provide, for each year since 2015:\n\
                  1. The total number of referrals made, and to where.\n\
                  With regard to the above question the council considers that the information is exempt under section 21 \
                  as it is published on our website.\n\
                  2. The number of referrals from schools.\n";
    assert_eq!(
        parse(letter).decision,
        Decision::Partial,
        "the council gives its response and exempts one part of it as already published"
    );
}
