//! The catalogue of public authorities: every row reads, names and short forms are unique,
//! kinds are known, and the forms letters use resolve to the official name.

use std::collections::HashMap;

use disclosure_core::authorities::{
    catalogue, council_of_place, mentions, normalise, resolve, unread_rows, AuthorityKind,
};

#[test]
fn every_row_of_the_catalogue_reads() {
    assert!(unread_rows().is_empty(), "rows with an unknown kind or nation, or no name: {:?}", unread_rows());
    assert!(
        catalogue().len() > 800,
        "the catalogue covers the UK's forces, fire services, councils, NHS bodies, departments and universities"
    );
}

#[test]
fn names_and_short_forms_are_unique() {
    let mut seen: HashMap<String, &str> = HashMap::new();
    for authority in catalogue() {
        for form in std::iter::once(&authority.name).chain(authority.short_forms.iter()) {
            let key = normalise(form);
            if let Some(other) = seen.insert(key, authority.name) {
                assert_eq!(
                    other, authority.name,
                    "{form:?} names both {other:?} and {:?}; a short form must name one body",
                    authority.name
                );
            }
        }
    }
}

#[test]
fn kinds_are_valid_and_round_trip() {
    for authority in catalogue() {
        assert_eq!(
            AuthorityKind::from_code(authority.kind.as_str()),
            Some(authority.kind),
            "the kind of {} reads back from its code",
            authority.name
        );
    }
    let count = |kind: AuthorityKind| catalogue().iter().filter(|authority| authority.kind == kind).count();
    assert!(count(AuthorityKind::PoliceForce) >= 45, "every territorial police force of the UK is catalogued");
    assert!(count(AuthorityKind::FireAndRescue) >= 45, "every fire and rescue service is catalogued");
    assert!(
        count(AuthorityKind::Council) >= 350,
        "English, Welsh, Scottish and Northern Irish councils are catalogued"
    );
}

#[test]
fn every_short_form_resolves_to_its_authority() {
    for authority in catalogue() {
        for form in std::iter::once(&authority.name).chain(authority.short_forms.iter()) {
            assert_eq!(
                resolve(form).map(|found| found.name),
                Some(authority.name),
                "{form:?} resolves to {}",
                authority.name
            );
        }
    }
}

#[test]
fn the_forms_letters_use_resolve() {
    for (written, official) in [
        ("MPS", "Metropolitan Police Service"),
        ("Metropolitan Police", "Metropolitan Police Service"),
        ("Hackney Council", "London Borough of Hackney"),
        ("Hastings Council", "Hastings Borough Council"),
        ("North Yorkshire Fire and Rescue Service", "North Yorkshire Fire & Rescue Service"),
        ("Brighton and Hove City Council", "Brighton & Hove City Council"),
        ("the Scottish Government", "Scottish Government"),
        ("DWP", "Department for Work and Pensions"),
    ] {
        assert_eq!(resolve(written).map(|found| found.name), Some(official), "{written:?} is {official}");
    }
    assert_eq!(resolve("Unoccupied Council"), None, "a phrase ending in Council is not a catalogued council");
}

#[test]
fn councils_resolve_from_their_place() {
    assert_eq!(
        council_of_place("leeds").map(|found| found.name),
        Some("Leeds City Council"),
        "leeds.gov.uk is Leeds City Council"
    );
    assert_eq!(
        council_of_place("brighton-hove").map(|found| found.name),
        Some("Brighton & Hove City Council"),
        "a hyphenated address names the same council"
    );
}

#[test]
fn mentions_are_found_in_running_text() {
    let text = "We can confirm that Essex County Fire and Rescue Service holds this; the DWP does not.";
    let found: Vec<&str> = mentions(text).iter().map(|mention| mention.authority.name).collect();
    assert_eq!(
        found,
        vec!["Essex County Fire & Rescue Service", "Department for Work and Pensions"],
        "full names and abbreviations are both found, in order"
    );
    assert!(
        mentions("the mps and dwp").is_empty(),
        "abbreviations match only in capitals, so ordinary words never name a body"
    );
}
