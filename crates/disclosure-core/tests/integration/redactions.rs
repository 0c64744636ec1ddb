//! Redactions in a letter's text and on its pages: found, placed, tied to their provision, and
//! never found where there are none (every letter of the shared corpus).

use disclosure_core::parse::parse;
use disclosure_core::redactions::{
    find_redactions, redaction_keys, PageArea, PageMark, Redaction, RedactionKind, TiedBy,
};

use crate::corpus::documents;

/// The one call into the API: every redaction of `text` with these page marks.
fn check(text: &str, page_marks: &[PageMark]) -> Vec<Redaction> {
    find_redactions(text, &parse(text), page_marks)
}

fn box_mark(page: u32, text_under: Option<&str>, label: Option<&str>, text_before: Option<&str>) -> PageMark {
    PageMark {
        page,
        kind: RedactionKind::Box,
        area: PageArea { x: 100, y: 600, width: 120, height: 14 },
        text_under: text_under.map(str::to_string),
        label: label.map(str::to_string),
        text_before: text_before.map(str::to_string),
    }
}

#[test]
fn every_marker_shape_is_found_where_it_is_printed() {
    let text = "The officer, [REDACTED], was dismissed.\n\n\
                Name: [Redacted – s40]\n\n\
                Address: [Redacted under section 40(2)]\n\n\
                Rank: ████ ████\n\n\
                Station: ■■■■\n\n\
                Signed: XXXX XXXXXX\n";
    let found = check(text, &[]);
    let printed: Vec<&str> = found.iter().map(|redaction| redaction.span.text_in(text)).collect();
    assert_eq!(
        printed,
        vec!["[REDACTED]", "[Redacted – s40]", "[Redacted under section 40(2)]", "████ ████", "■■■■", "XXXX XXXXXX"],
        "each marker is one redaction, spanning what is printed in place of the words"
    );
    assert!(found.iter().all(|redaction| redaction.kind == RedactionKind::Marker), "text markers are markers");
    assert!(found.iter().all(|redaction| redaction.page.is_none()), "a marker in the text has no page");
}

#[test]
fn a_label_ties_first_then_the_paragraph_then_the_letter() {
    let text = "Request reference: FOI-2024-0001\n\n\
                I can confirm that the information is held. Some of it is exempt under Section 40(2) \
                of the Act, personal information.\n\n\
                Name of officer: [Redacted – s40]\n\n\
                Badge number: [REDACTED]\n\n\
                Under section 40(2) we have removed the officer's rank: [REDACTED]\n";
    let found = check(text, &[]);
    assert_eq!(found.len(), 3, "three markers: {found:?}");
    assert_eq!(found[0].provision.as_deref(), Some("40(2)"), "s40 in a letter applying 40(2) is 40(2)");
    assert_eq!(found[0].tied_by, TiedBy::Label, "the label in the marker comes first");
    assert_eq!(found[1].tied_by, TiedBy::Letter, "no label, no citation beside it: the letter's one exemption");
    assert_eq!(found[1].provision.as_deref(), Some("40(2)"), "the letter applies 40(2) only");
    assert_eq!(found[2].tied_by, TiedBy::Paragraph, "a provision cited in the marker's own paragraph ties it");
}

#[test]
fn a_redaction_with_no_exemption_given_says_so() {
    let text = "Thank you for your request.\n\nThe name of the contractor is [REDACTED].\n";
    let found = check(text, &[]);
    assert_eq!(found.len(), 1, "one marker");
    assert_eq!(found[0].tied_by, TiedBy::None, "nothing in the letter names a provision: redacted, no exemption given");
    assert_eq!(found[0].provision, None, "no provision is guessed");
}

#[test]
fn a_section_cited_but_not_applied_never_ties_a_redaction() {
    let text = "This response is a refusal notice under section 17 of the Act.\n\nName: [REDACTED]\n";
    let found = check(text, &[]);
    assert_eq!(found[0].provision, None, "section 17 is cited, never applied: {found:?}");
}

#[test]
fn a_box_is_placed_on_the_words_still_under_it() {
    let text = "Dear requester,\n\nThe officer was PC John Smith of Fernshire.\n";
    let found = check(text, &[box_mark(1, Some("John Smith"), Some("S40(2)"), Some("was PC"))]);
    assert_eq!(found.len(), 1, "one box");
    assert_eq!(found[0].span.text_in(text), "John Smith", "the box sits on the words the text layer still holds");
    assert_eq!(found[0].text_under.as_deref(), Some("John Smith"), "the words under it are kept for the warning");
    assert_eq!(found[0].provision.as_deref(), Some("40(2)"), "the box's label names the provision");
    assert_eq!(found[0].tied_by, TiedBy::Label, "tied by its label");
    assert_eq!(found[0].page, Some(1), "a box keeps its page");
}

#[test]
fn a_box_over_nothing_stands_after_the_words_before_it() {
    let text = "Dear requester,\n\nThe officer was\nof Fernshire.\n";
    let found = check(text, &[box_mark(2, None, None, Some("The officer was"))]);
    let end = text.find("was").map(|at| at + 3);
    assert_eq!(Some(found[0].span.start), end, "placed right after the words before it");
    assert!(found[0].span.is_empty(), "nothing of the text is under it");
    assert_eq!(found[0].tied_by, TiedBy::None, "no label and no exemption in the letter");
}

#[test]
fn a_marker_under_a_box_is_its_label_not_a_second_redaction() {
    let text = "Name: [Redacted s43]\n";
    let found = check(text, &[box_mark(1, Some("[Redacted s43]"), None, None)]);
    assert_eq!(found.len(), 1, "the box and the words under it are one redaction: {found:?}");
    assert_eq!(found[0].tied_by, TiedBy::Label, "its words are its label");
    assert_eq!(found[0].provision.as_deref(), Some("43"), "section 43 from the catalogue");
}

#[test]
fn keys_survive_a_new_reading_of_the_same_text() {
    let text = "A: [REDACTED]\n\nB: [REDACTED]\n";
    let first = check(text, &[]);
    let second = check(text, &[]);
    let keys = |found: &[Redaction]| redaction_keys(found, text);
    assert_eq!(keys(&first), keys(&second), "the same text gives the same keys, so decisions find their redaction");
    assert_ne!(keys(&first)[0], keys(&first)[1], "two identical markers are told apart by their order");
}

#[test]
fn ordinary_letters_have_no_redactions() {
    for text in [
        "Email: xxxxxxx@xxx.xxx.xx\n",
        "Your reference: FOI-XXXX\n",
        "The XXX Corps\n",
        "■ First point\n■ Second point\n",
        "Some information has been redacted under section 40(2).\n",
        "[Note: see annex]\n",
    ] {
        assert!(check(text, &[]).is_empty(), "{text:?} mentions or looks like a mark but redacts nothing");
    }
}

#[test]
fn no_letter_of_the_corpus_has_a_false_redaction() {
    let mut n_letters = 0;
    for subfolder in ["seeds", "real", "wider"] {
        for (name, text) in documents(subfolder) {
            n_letters += 1;
            let found = check(&text, &[]);
            let printed: Vec<&str> = found.iter().map(|redaction| redaction.span.text_in(&text)).collect();
            assert!(printed.is_empty(), "{subfolder}/{name} prints no redaction marker, yet found {printed:?}");
        }
    }
    println!("{n_letters} corpus letters read, none with a redaction");
}

#[test]
fn a_text_of_many_markers_is_read_in_one_pass() {
    let text = "Name: [REDACTED] ".repeat(20_000);
    let found = check(&text, &[]);
    assert_eq!(found.len(), 20_000, "every marker is found");
    let keys = redaction_keys(&found, &text);
    assert_eq!(keys.iter().collect::<std::collections::HashSet<_>>().len(), 20_000, "every key is its own");
}
