//! The reader on the layouts authorities other than one police force use: request and response
//! blocks, paired question and answer labels, lettered parts, tables, quoted and restated
//! requests; and the reference, date and authority each layout prints. Every letter here is
//! written for the test.

use disclosure_core::parse::{parse, AuthoritySource, DateSource, Decision, Disclosure};

fn question_texts(disclosure: &Disclosure) -> Vec<&str> {
    disclosure.questions.iter().map(|question| question.text.as_str()).collect()
}

fn answer_of(disclosure: &Disclosure, question_idx: usize) -> Option<&str> {
    disclosure.questions.get(question_idx)?.answer.as_ref().map(|answer| answer.text.as_str())
}

fn reference_of(text: &str) -> Option<String> {
    parse(text).reference.map(|reference| reference.value)
}

#[test]
fn request_and_response_blocks_pair_up() {
    let letter = "Request:\nHow many potholes were repaired in 2022?\nResponse:\nWe repaired 1,204 potholes in 2022.\n\
                  Request:\nWhat did the repairs cost?\nResponse:\nThe repairs cost £412,000.\n";
    let disclosure = parse(letter);
    assert_eq!(disclosure.questions.len(), 2, "each Request block holds one question");
    assert_eq!(
        answer_of(&disclosure, 0),
        Some("We repaired 1,204 potholes in 2022."),
        "a Response block answers the Request just above it"
    );
    assert_eq!(
        answer_of(&disclosure, 1),
        Some("The repairs cost £412,000."),
        "the second Response answers the second Request, not the first"
    );
}

#[test]
fn you_asked_and_we_said_blocks_pair_up() {
    let letter = "You asked:\nHow many fixed penalty notices for fly-tipping were issued in 2023?\nWe said:\n512 notices were issued.\n\
                  You asked:\nHow many were paid?\nWe said:\n401 were paid.\n";
    let disclosure = parse(letter);
    assert_eq!(
        answer_of(&disclosure, 0),
        Some("512 notices were issued."),
        "a We said block answers the You asked block above it, headings left out"
    );
    assert_eq!(answer_of(&disclosure, 1), Some("401 were paid."), "and the next pair pairs likewise");
}

#[test]
fn the_signature_is_not_part_of_the_last_answer() {
    let letter = "Your request:\n1) How many agency nurses were employed?\n2) What was the cost?\nOur response:\n1) 312 nurses.\n2) £4.2 million.\n\
                  Yours sincerely\nInformation Governance\nLeeds Teaching Hospitals NHS Trust\n";
    let disclosure = parse(letter);
    assert_eq!(answer_of(&disclosure, 1), Some("£4.2 million."), "the answer ends at 'Yours sincerely'");
    assert_eq!(
        disclosure.authority.map(|found| found.value).as_deref(),
        Some("Leeds Teaching Hospitals NHS Trust"),
        "the signature names the trust"
    );
}

#[test]
fn answers_labelled_under_their_questions() {
    for letter in [
        "Request 1: How many libraries are open in 2024?\nResponse 1: 24 libraries are open.\nRequest 2: How many closed since 2015?\nResponse 2: Three closed.\n",
        "Request\n1. How many libraries are open in 2024?\nAnswer: 24 libraries are open.\n2. How many closed since 2015?\nAnswer: Three closed.\n",
        "Your request\n• How many libraries are open in 2024?\nResponse: 24 libraries are open.\n• How many closed since 2015?\nResponse: Three closed.\n",
    ] {
        let disclosure = parse(letter);
        assert_eq!(question_texts(&disclosure), vec!["How many libraries are open in 2024?", "How many closed since 2015?"], "the answer label is not part of the question in {letter:?}");
        assert_eq!(answer_of(&disclosure, 1), Some("Three closed."), "each labelled answer belongs to the question above it, label left out, in {letter:?}");
    }
    let headed = parse("Information requested\nThe number of library visits in 2023.\nInformation provided\nThere were 1.2 million visits.\n");
    assert_eq!(
        answer_of(&headed, 0),
        Some("There were 1.2 million visits."),
        "'Information provided' heads the answer"
    );
    let range = parse("Request 1 - 10:\n1. How many libraries?\n2. How many staff?\n");
    assert_eq!(range.questions.len(), 2, "'Request 1 - 10' names a range of requests, not a request of its own");
}

#[test]
fn an_introduction_to_the_response_hands_over_to_the_authority() {
    let letter = "Dear Sir\nYou requested the following information:\n1. How many libraries are open?\n2. How many closed since 2015?\nOur response is as follows:\n1. 24 libraries.\n2. Three.\n";
    let disclosure = parse(letter);
    assert_eq!(disclosure.questions.len(), 2, "the numbered answers are not more questions");
    assert_eq!(
        answer_of(&disclosure, 0),
        Some("24 libraries."),
        "answer 1 belongs to question 1 once the response is introduced"
    );
}

#[test]
fn question_and_answer_headings_pair_up() {
    let letter = "Question 1\nHow many staff were employed on 1 April 2023?\nAnswer 1\nThere were 2,140 staff.\n\
                  Question 2\nHow many of them worked part time?\nAnswer 2\n614 worked part time.\n";
    let disclosure = parse(letter);
    assert_eq!(
        question_texts(&disclosure),
        vec!["How many staff were employed on 1 April 2023?", "How many of them worked part time?"],
        "the line under each Question heading is its question"
    );
    assert_eq!(
        answer_of(&disclosure, 1),
        Some("614 worked part time."),
        "Answer 2 belongs to Question 2, not to the end of answer 1"
    );
}

#[test]
fn q_and_a_labels_pair_up() {
    let disclosure = parse("Q1. How many fires were attended in 2022?\nA1. 1,030 fires were attended.\nQ2. How many were deliberate?\nA2. 212 were deliberate.\n");
    assert_eq!(disclosure.questions.len(), 2, "A1. and A2. label answers, not more questions");
    assert_eq!(
        disclosure.questions[0].text, "How many fires were attended in 2022?",
        "the answer is not glued to its question"
    );
    assert_eq!(answer_of(&disclosure, 0), Some("1,030 fires were attended."), "A1. answers Q1.");
}

#[test]
fn lettered_parts_count_once() {
    let letter = "Request\n1. For each of the last three years, please provide:\na) the number of complaints received\nb) the number upheld\n\
                  c) the number referred to the Ombudsman\n2. How many staff handle complaints?\nResponse\nPlease find our response below.\n";
    let disclosure = parse(letter);
    assert_eq!(disclosure.questions.len(), 2, "a), b) and c) are parts of question 1, not questions of their own");
    assert_eq!(disclosure.questions[0].parts.len(), 3, "question 1 keeps its three lettered parts");
}

#[test]
fn lettered_items_without_a_numbered_parent_are_questions() {
    let letter = "Please provide:\nA) The number of referrals made by your Trust\nB) The number discussed at the panel\nC) The number who received support\n";
    assert_eq!(
        parse(letter).questions.len(),
        3,
        "with no numbered question above them, lettered items that ask are the questions"
    );
}

#[test]
fn a_list_indented_under_a_question_is_its_parts() {
    let letter = "Request\n  1. A list of all properties that are currently recorded as:\n    1. Long-term empty\n    2. Subject to a premium\n  2. For each property, please provide its address.\n";
    let disclosure = parse(letter);
    assert_eq!(
        disclosure.questions.len(),
        2,
        "the indented 1. and 2. are parts of question 1, so they must not restart the numbering"
    );
    assert_eq!(disclosure.questions[0].parts.len(), 2, "the nested items are kept as parts");
}

#[test]
fn headed_sections_number_again() {
    let letter = "Request\nHousing:\n1. How many homes are empty?\n2. How many were brought back into use?\nPlanning:\n1. How many applications were received?\n2. How many were refused?\nResponse\nSee below.\n";
    assert_eq!(parse(letter).questions.len(), 4, "a second heading starts its own 1, 2: four questions in all");
}

#[test]
fn a_numbered_list_run_onto_one_line_is_split() {
    let letter = "Question\nElection arrangements 1. Please identify the statutory authority for the change. 2. Please confirm the date of the decision. 3. Please provide the minutes.\n";
    assert_eq!(parse(letter).questions.len(), 3, "numbers 1, 2, 3 after sentence ends in one line are three questions");
}

#[test]
fn an_unnumbered_follow_up_after_a_numbered_question_is_a_question() {
    let letter = "Request\n1. In the years 2016 to 2018 how many officers were suspended?\nHow many were suspended for six months or more?\nResponse\nPlease find attached our response.\n";
    assert_eq!(
        parse(letter).questions.len(),
        2,
        "a whole question on its own line follows the numbered one rather than continuing it"
    );
    let continued = "Request\n1. How many officers were suspended\nin each of the years 2016 to 2018?\n";
    assert_eq!(parse(continued).questions.len(), 1, "a question broken across lines is still one");
}

#[test]
fn questions_and_answers_in_a_table() {
    let disclosure =
        parse("Question | Answer |\nHow many buses were in service in 2023? | 412 |\nHow many were electric? | 38 |\n");
    assert_eq!(
        question_texts(&disclosure),
        vec!["How many buses were in service in 2023?", "How many were electric?"],
        "each row's first cell is a question"
    );
    assert_eq!(answer_of(&disclosure, 1), Some("38"), "the next cell of the row is its answer");
}

#[test]
fn one_paragraph_per_question_without_numbers() {
    let letter = "I would like to know how many trees the council planted in 2023.\nI would also like to know how many trees it felled in the same year.\n";
    assert_eq!(parse(letter).questions.len(), 2, "each paragraph that asks is a question, numbered or not");
}

#[test]
fn a_request_quoted_in_the_reply_is_read() {
    let letter = "Dear Ms Jones\nThank you for your request received on 3 March 2024. You asked:\n\
                  'Please provide the number of school exclusions in 2023. Could you also tell me how many were permanent?'\n\
                  The Council holds this information. There were 54 exclusions, of which 6 were permanent.\n";
    let disclosure = parse(letter);
    assert_eq!(disclosure.questions.len(), 2, "the quoted request asks two things in two sentences");
    assert_eq!(
        disclosure.questions[1].text, "Could you also tell me how many were permanent?",
        "a question starts at each sentence that asks"
    );
}

#[test]
fn a_quoted_request_keeps_its_context_out() {
    let letter = "Thank you for your request received on 11 December. You\nwrote:\n“Thank you for your response.\n\
                  I am not sure if this needs to be a new request?\nOf the 1760 claims, how many were fraudulent? What action\nwas taken?”\n\
                  Our response\nThe information is not held.\n";
    let disclosure = parse(letter);
    assert_eq!(
        question_texts(&disclosure),
        vec!["Of the 1760 claims, how many were fraudulent?", "What action was taken?"],
        "thanks and doubts about the request are not questions; a sentence broken across lines is one"
    );
}

#[test]
fn a_request_only_restated_is_one_question() {
    let disclosure = parse("Dear Mr Patel\nIn your email you requested the number of parking fines issued on Green Street in 2023.\nWe can confirm that 1,215 fines were issued.\n");
    assert_eq!(
        question_texts(&disclosure),
        vec!["the number of parking fines issued on Green Street in 2023"],
        "the restated request is the one question asked"
    );
}

#[test]
fn a_request_introduced_by_a_list_of_asks_counts_the_asks() {
    let letter = "I am seeking information about empty homes. Specifically, I request the following where held:\n\
                  - The total number of properties classed as long-term vacant\n- The number of those owned by companies\n- The number of those empty for over two years\n";
    assert_eq!(
        parse(letter).questions.len(),
        3,
        "items that each ask are the questions; the line only introduces them"
    );
    let fields = "Would you please provide me with the following information for vacant shops;\n- The full address\n- The rateable value\n- The date it became vacant\n";
    assert_eq!(parse(fields).questions.len(), 1, "plain fields are the parts of the one list asked for");
}

#[test]
fn a_wish_about_the_format_is_not_a_question() {
    let letter = "Please provide the minutes of the board meetings held in 2010.\nPlease provide copies in an electronic format.\n";
    assert_eq!(parse(letter).questions.len(), 1, "how to send the answer is not another question");
}

#[test]
fn references_from_labelled_fields() {
    for (letter, expected) in [
        ("Our ref: R-01265-21\nDear Sir\n", "R-01265-21"),
        ("Our Reference: CAS-211291-FSJKJM\n", "CAS-211291-FSJKJM"),
        ("Case Number 3443\n", "3443"),
        ("Request ID: 1721A/22\n", "1721A/22"),
        ("FOIA File No. 20230720-A is assigned to your request.\n", "20230720-A"),
        ("Record Ref : FOI 11633\n", "FOI 11633"),
        ("Case reference EIR2026/08195\n", "EIR2026/08195"),
        ("Request Number: [FOI/13851]\n", "FOI/13851"),
        ("Reference:\n\n825\n\nRequest detail:\n", "825"),
        ("Freedom of Information Request: 0125 2019/20\n", "0125 2019/20"),
        ("RE: Internal Review Request- [IR]FOI958\n", "[IR]FOI958"),
        ("Enquiry Reference: 275 - 24\n", "275 - 24"),
        ("FOI number: FOI-24-0456\n", "FOI-24-0456"),
        ("Dear Sir, your request reference FOI/2023/0101 has been considered.\n", "FOI/2023/0101"),
        ("Your Ref: JS/1 Our Ref: IG/FOI/2345\n", "IG/FOI/2345"),
    ] {
        assert_eq!(
            reference_of(letter).as_deref(),
            Some(expected),
            "the labelled reference of {letter:?}, exactly as printed"
        );
    }
}

#[test]
fn references_from_titles_and_heading_lines() {
    for (letter, expected) in [
        ("Empty Residential Properties (FOI-4789)\nRequest\n", "FOI-4789"),
        ("FOI request (FOIR-240425982)\nRequested Thu 20 August 2020\n", "FOIR-240425982"),
        ("FI16615\nRequest\n", "FI16615"),
        ("21113 – Firework licencing\n", "21113"),
        ("FOI / 3828 / 2018 - Woodland fires 2014 - 2018\n", "FOI / 3828 / 2018"),
        ("FOI4682 / July 2024 / Incident Data\n", "FOI4682"),
    ] {
        assert_eq!(reference_of(letter).as_deref(), Some(expected), "the reference heading {letter:?}");
    }
}

#[test]
fn the_requesters_reference_and_lookalikes_are_not_the_reference() {
    assert_eq!(
        reference_of("Your ref: ABC/99/1\nOur ref: FOI-2023-0456\n").as_deref(),
        Some("FOI-2023-0456"),
        "Your ref is the requester's own"
    );
    assert_eq!(
        reference_of("Your ref: ABC/99/1\nDear Sir\n"),
        None,
        "with only the requester's reference, the letter's is unknown"
    );
    assert_eq!(reference_of("Period\n01/04/2016 - 31/03/2017\n"), None, "a date range is not a reference");
    assert_eq!(reference_of("Figures\n1760\nclaims were made\n"), None, "a figure alone on a line is not a reference");
    assert_eq!(reference_of("COVID-19\nRequest\nHow many?\n"), None, "a subject alone on a line is not a reference");
    assert_eq!(
        reference_of("Figures for\n2019/20\nRequest\nHow many?\n"),
        None,
        "a financial year alone on a line is not a reference"
    );
    assert_eq!(
        reference_of("In FOI request 4542, I asked for the debriefs.\n"),
        None,
        "an earlier request mentioned in passing is not this letter's"
    );
    assert_eq!(
        reference_of("With reference to your request dated 17th October 2015\n"),
        None,
        "'with reference to' labels nothing"
    );
}

#[test]
fn the_response_date_and_where_it_came_from() {
    let printed = parse("Response date\n4 February 2026\nRequest\nHow many?\n");
    assert_eq!(
        printed.response_date.map(|found| found.date.to_string()).as_deref(),
        Some("2026-02-04"),
        "a label line with the date under it"
    );
    assert_eq!(printed.date_source, Some(DateSource::Letter), "the date was printed in the letter");

    let responded = parse("Requested Mon 15 January 2018\nResponded Thu 15 March 2018\n");
    assert_eq!(
        responded.response_date.map(|found| found.date.to_string()).as_deref(),
        Some("2018-03-15"),
        "'Responded' dates the reply, 'Requested' does not"
    );

    let email = parse("From: FOI Team <foi@leeds.gov.uk>\nTo: a.requester@example.org\nSubject: Your request\nDate: Tue, 1 Jul 2025 10:52:37 +0100\n\nDear Sir\n");
    assert_eq!(
        email.response_date.map(|found| found.date.to_string()).as_deref(),
        Some("2025-07-01"),
        "an e-mail's Date header dates the reply"
    );
    assert_eq!(email.date_source, Some(DateSource::Email), "and says it came from the e-mail");

    for (reference, year) in [
        ("Our ref: FOI2024/00291\n", 2024),
        ("Our ref: R-01265-21\n", 2021),
        ("reference no: 01.FOI.22.026803\n", 2022),
        ("Reference No: 005/2014\n", 2014),
    ] {
        let disclosure = parse(reference);
        assert_eq!(
            disclosure.response_date.map(|found| found.date.to_string()),
            Some(format!("{year}-01-01")),
            "{reference:?} encodes its year"
        );
        assert_eq!(disclosure.date_source, Some(DateSource::Reference), "the year came from the reference");
    }
    assert_eq!(
        parse("Our ref: 1721A/22\n").date_source,
        None,
        "a reference whose shape does not say which part is the year gives no date"
    );

    let mut undated = parse("Request\nHow many?\n");
    let created = chrono::NaiveDate::from_ymd_opt(2025, 5, 6).expect("a valid date");
    undated.date_from_file(created);
    assert_eq!(undated.date_source, Some(DateSource::File), "with nothing in the text, the file's date stands in");
}

#[test]
fn the_authority_and_where_it_came_from() {
    let letterhead =
        parse("Leeds City Council\nCivic Hall\nDear Ms Smith\nThe Council does not hold this information.\n");
    assert_eq!(
        letterhead.authority.map(|found| found.value).as_deref(),
        Some("Leeds City Council"),
        "the letterhead names the council"
    );
    assert_eq!(letterhead.authority_source, Some(AuthoritySource::Letterhead), "and it was read from the letterhead");

    let address = parse(
        "Dear Ms Smith\nThe Council does not hold this information.\nContact foi@leeds.gov.uk with any questions.\n",
    );
    assert_eq!(
        address.authority.map(|found| found.value).as_deref(),
        Some("Leeds City Council"),
        "'the Council' with a leeds.gov.uk address is Leeds City Council"
    );

    let phrase =
        parse("Dear Sir\nI can confirm that North Yorkshire Fire and Rescue Service does hold this information.\n");
    assert_eq!(
        phrase.authority.map(|found| found.value).as_deref(),
        Some("North Yorkshire Fire & Rescue Service"),
        "'and' or '&', one body under its catalogue name"
    );
    assert_eq!(
        phrase.authority_source,
        Some(AuthoritySource::Phrase),
        "'… does hold' is the authority speaking of itself"
    );

    let abbreviation = parse("Dear Sir\nThe MPS can confirm it holds this information.\n");
    assert_eq!(
        abbreviation.authority.map(|found| found.value).as_deref(),
        Some("Metropolitan Police Service"),
        "MPS is the Metropolitan Police Service"
    );

    let signed =
        parse("Dear Sir\nThe information is attached.\nYours sincerely\nInformation Governance\nMerthyr Tydfil CBC\n");
    assert_eq!(
        signed.authority.map(|found| found.value).as_deref(),
        Some("Merthyr Tydfil County Borough Council"),
        "the signature names the council by its short form"
    );
    assert_eq!(signed.authority_source, Some(AuthoritySource::SignOff), "and it was read from the signature");

    let oversight =
        parse("Dear Sir\nIf you are unhappy, write to the Information Commissioner's Office, Wycliffe House.\n");
    assert_eq!(oversight.authority, None, "the regulator named in the appeal rights is never the author");

    let not_a_council = parse("Unoccupied Council Buildings\nPlease provide a list of buildings.\n");
    assert_eq!(not_a_council.authority, None, "a phrase ending in 'Council' is not a council the catalogue knows");
}

#[test]
fn lettered_parts_of_one_numbered_question_count_once() {
    let letter = "Request\n1. How many bus shelters does the council maintain?\n\
                  2A) How many shelters were vandalised in 2023?\n\
                  2B) How long did the repairs take on average?\n\
                  3. What did the repairs cost?\n";
    let disclosure = parse(letter);
    assert_eq!(disclosure.questions.len(), 3, "2A and 2B are parts of question 2, not two questions");
    assert_eq!(disclosure.questions[1].parts.len(), 1, "2B is kept as a part of the question 2A opens");
}

#[test]
fn a_list_of_years_under_a_question_stays_its_parts() {
    let letter = "Request\n1. How many libraries closed?\n2. How many opened in each of the following years:\n\
                  3. 2019\n4. 2020\n";
    let disclosure = parse(letter);
    assert_eq!(disclosure.questions.len(), 2, "years listed under a question are its parts, whatever their numbers");
}

#[test]
fn an_asking_line_after_lettered_parts_starts_the_next_question() {
    let letter = "I note you seek access to the following information:\n\
                  How many teachers are currently suspended following complaints of\na) bullying\nb) theft\n\
                  How many complaints were made against teachers in a) 2021 b) 2022.\n";
    let disclosure = parse(letter);
    assert_eq!(
        disclosure.questions.len(),
        2,
        "a capitalised line that asks after the lettered parts is a question of its own"
    );
    assert_eq!(disclosure.questions[0].parts.len(), 2, "the two lettered lines stay parts of the first question");
}

#[test]
fn a_bullet_among_numbered_parts_and_its_siblings_are_parts() {
    let letter = "Request\n\u{2022} For each of the last three years, how many complaints were made about school meals?\n\
                  \u{2022} For each of the last three years, how many of these complaints were settled as follows:\n\
                  1. Led to a change of supplier\n2. Led to a refund\n\u{2022} Led to a written apology\n\
                  A complaint is defined as any of the following:\n\u{2022} a letter\n\u{2022} an e-mail\n\u{2022} a telephone call\n";
    let disclosure = parse(letter);
    assert_eq!(
        disclosure.questions.len(),
        2,
        "a bullet that asks nothing beside numbered parts, and bullets beside a bulleted part, are parts"
    );
}

#[test]
fn a_request_line_opening_with_an_imperative_is_a_question() {
    let letter = "I note you seek access to the following information:\n\
                  List of all licensing hearings held in private in 2023.\n\
                  Please also provide the total number of hearings held that year.\n\
                  Follow this up with the reasons each hearing was held in private.\n";
    let disclosure = parse(letter);
    assert_eq!(disclosure.questions.len(), 3, "'Follow this up with …' asks for more, like 'Please provide'");
}

#[test]
fn an_answer_printed_at_the_end_of_its_question_is_read_apart() {
    let letter = "1. In the 2022/23 financial year what was the budget for staff parking permits? Please give the amount per permit. \
                  Northshire Hospitals NHS Foundation Trust does not have a budget for parking permits.\n\n\
                  2. In the 2022/23 financial year how many parking fines did the Trust issue to staff? Zero.\n";
    let disclosure = parse(letter);
    assert_eq!(disclosure.questions.len(), 2, "two numbered questions");
    assert!(
        disclosure.questions[0].text.ends_with("amount per permit."),
        "the trust's sentence is its answer, not part of the question: {:?}",
        disclosure.questions[0].text
    );
    assert_eq!(answer_of(&disclosure, 1), Some("Zero."), "'Zero.' after the question mark answers question 2");
    assert_eq!(disclosure.decision, Decision::Full, "both questions are answered in the trust's words");
}

#[test]
fn an_answer_block_restating_each_question_on_its_answer_line_is_read() {
    let letter = "Question\nLibraries 1. Please identify the statute that requires this council to close libraries. \
                  2. Please provide the minutes of the meeting that decided the closures.\n\
                  Answer\nLibraries 1. Please identify the statute that requires this council to close libraries. \
                  Northshire CBC is not closing any libraries. 2. Please provide the minutes of the meeting that decided the closures. \
                  No such meeting took place.\n";
    let disclosure = parse(letter);
    assert_eq!(disclosure.questions.len(), 2, "the run-on request holds two numbered questions");
    assert_eq!(
        answer_of(&disclosure, 0),
        Some("Northshire CBC is not closing any libraries."),
        "the council's sentence after the restated question is the answer"
    );
    assert_eq!(disclosure.decision, Decision::Full, "the restated questions are answered");
}

#[test]
fn a_requester_explaining_after_asking_is_not_an_answer() {
    let letter = "Request\n1. How many fines were issued in 2023? The council has published figures for 2022 only.\n\
                  2. How many were paid?\n";
    let disclosure = parse(letter);
    assert!(
        disclosure.questions[0].text.contains("published figures"),
        "a sentence about what the council published is the requester's context, not an answer"
    );
    assert_eq!(disclosure.decision, Decision::Unknown, "nothing was answered");
}

#[test]
fn a_body_only_the_requester_names_beside_your_force_is_not_the_authority() {
    let letter = "Vetting (101/24)\nRequest\n\
                  You will see that Kent Police have published the number of officers who failed vetting in 2023.\n\
                  Please can you provide me with the same figures for your police force.\n\
                  Response\nThe information you requested is not held in a retrievable format.\n";
    let disclosure = parse(letter);
    assert_ne!(
        disclosure.authority.map(|found| found.value).as_deref(),
        Some("Kent Police"),
        "the requester compares the force written to with Kent Police; Kent Police did not answer"
    );
}

#[test]
fn a_council_naming_itself_in_an_unheaded_answer_is_the_authority() {
    let letter = "FOI request (FOI-5521)\nRequested 2 July 2018\n\
                  Please provide data on how many fixed penalty notices have been issued by your council in 2017.\n\
                  - The number of notices issued by your council in 2017.\n\
                  Hastings Borough Council's waste team have issued 14 notices in the timeframe.\n";
    assert_eq!(
        parse(letter).authority.map(|found| found.value).as_deref(),
        Some("Hastings Borough Council"),
        "the council names itself in its answer, even where no heading hands the letter over to it"
    );
}

#[test]
fn bulleted_fields_the_reply_numbers_are_the_questions() {
    let letter = "FOI request (FOI-7710)\nRequested 3 March 2024\n\
                  Please provide a list of the parks the council closed in 2023. Please also include the following information:\n\
                  \u{2022} The name of the park\n\u{2022} The date it closed\n\u{2022} The cost of closing it\n\
                  Response\nQ1 & 2:\nMill Park - 03/05/23\nQ3:\nThe closures cost £2,400 in all.\n";
    let disclosure = parse(letter);
    assert_eq!(disclosure.questions.len(), 3, "the reply answers the fields as Q1 to Q3, so each is a question");
    assert!(
        disclosure.questions[0].text.starts_with("Please provide a list"),
        "the first question keeps the sentence that introduced the fields"
    );
    let plain = "FOI request (FOI-7711)\nRequested 3 March 2024\n\
                 Please provide a list of the parks the council closed in 2023, with:\n\
                 \u{2022} The name of the park\n\u{2022} The date it closed\nResponse\nMill Park closed on 03/05/23.\n";
    assert_eq!(parse(plain).questions.len(), 1, "fields the reply does not number stay parts of one question");
    let quarters = "FOI request (FOI-7712)\nRequested 3 March 2024\n\
                    Please provide the number of parks closed in 2023, with:\n\
                    \u{2022} The name of the park\n\u{2022} The date it closed\n\u{2022} The reason\n\
                    Response\nQ1 2023: 1 park\nQ2 2023: 2 parks\nQ3 2023: none\n";
    assert_eq!(parse(quarters).questions.len(), 1, "quarters of a year in the answer are not question numbers");
}

#[test]
fn several_quoted_requests_under_one_introduction_are_each_read() {
    let letter = "Dear Mr Example,\n\
                  Thank you for your requests received in May. The references and an example of what you wrote is below:\n\
                  Bus lane fines 2021 (2 requests)\nREF/101, REF/102\n\
                  \u{201c}Could I please have the number of bus lane fines issued in 2021?\u{201d}\n\
                  Parking fines 2022 (3 requests)\nREF/201, REF/202,\nREF/203\n\
                  \u{201c}I would like to request the number of parking fines issued on each day of 2022.\n\
                  To be clear, I would like one figure per day.\u{201d}\n\
                  Yellow box fines (1 request)\nREF/301\n\
                  \u{201c}I would like to request the number of yellow box fines issued in 2023, broken down by\n";
    let disclosure = parse(letter);
    assert_eq!(
        disclosure.questions.len(),
        3,
        "each quotation under 'what you wrote is below' is a request, the last one cut off with the page"
    );
    assert_eq!(disclosure.decision, Decision::Unknown, "the quoted requests are the requester's words, not answers");
}
