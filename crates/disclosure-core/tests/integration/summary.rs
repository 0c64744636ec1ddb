//! The library's facts of a letter: a title that names its topic, never a date, a form heading,
//! a reference, the authority's name or page chrome.

use disclosure_core::summary::summarise;

fn title_of(letter: &str) -> String {
    summarise(letter).title
}

#[test]
fn a_date_or_form_heading_is_not_the_title() {
    let letter = "11 November 2024\n- Request\nFreedom of Information Request\nHow many potholes were repaired between 2020 and 2023?\n";
    assert_eq!(
        title_of(letter),
        "How many potholes were repaired between 2020 and 2023?",
        "a date, '- Request' and the form's name say nothing of the topic"
    );
}

#[test]
fn a_reference_is_taken_off_the_heading() {
    assert_eq!(
        title_of("Empty Residential Properties (FOI-4789)\nRequest\nPlease list empty homes.\n"),
        "Empty Residential Properties",
        "the reference is shown beside the title, not in it"
    );
    assert_eq!(
        title_of("21113 – Firework licencing\nRequest\nHow many licences?\n"),
        "Firework licencing",
        "a reference before the topic is dropped"
    );
    assert_eq!(title_of("FOI request (FOIR-240425982)\nCost of hotel accommodation for homeless people\nRequested Thu 20 August 2020\n"), "Cost of hotel accommodation for homeless people", "a heading that is only a reference gives way to the next");
}

#[test]
fn a_subject_line_names_the_topic() {
    let letter = "North Yorkshire Fire & Rescue Service,\nDear Mr Buck,\nRe: Freedom of Information Request – Incidents Involving Firearms and Explosives\nWith reference to your request …\n";
    assert_eq!(
        title_of(letter),
        "Incidents Involving Firearms and Explosives",
        "the subject line, without its form words; the letterhead is the authority, not the topic"
    );
}

#[test]
fn a_page_caption_names_the_request() {
    let letter = "This is an HTML version of an attachment to the Freedom of Information request 'Daily number of applications for Universal Credit'.\nDear Sir\n";
    assert_eq!(
        title_of(letter),
        "Daily number of applications for Universal Credit",
        "the request's own title, as the page captions it"
    );
}

#[test]
fn the_addressee_and_address_are_not_the_title() {
    let letter = "Caxton House\nTothill Street\nEmily Silcock\nOur Ref: FOI2023/38885\n8 June 2023\nDear Emily Silcock,\nI would like to request the number of applications made for Jobseeker's Allowance in 2016.\n";
    assert_eq!(
        title_of(letter),
        "The number of applications made for Jobseeker's Allowance in 2016",
        "the addressee and the address are skipped, and the request's preamble is dropped"
    );
}
