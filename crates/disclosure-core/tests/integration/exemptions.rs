//! The exemption catalogue: lookups, natures and neither-confirm-nor-deny provisions.

use disclosure_core::exemptions::{catalogue, lookup, normalise_provision, Nature, Regime};

fn check(regime: Regime, cited: &str, provision: &str, nature: Nature, why: &str) {
    let entry = lookup(regime, cited).unwrap_or_else(|| panic!("{cited} must be catalogued: {why}"));
    assert_eq!(entry.provision, provision, "{cited}: {why}");
    assert_eq!(entry.nature, nature, "{cited}: {why}");
}

#[test]
fn foia_natures_follow_the_statute() {
    check(Regime::Foia, "40(1)", "40(1)", Nature::Absolute, "the applicant's own data is absolutely exempt");
    check(
        Regime::Foia,
        "40(2)(a)(b)",
        "40(2)",
        Nature::AbsoluteInMostCases,
        "third-party data is absolute under the first condition",
    );
    check(Regime::Foia, "s. 21 (1)", "21(1)", Nature::Absolute, "section 21 is absolute");
    check(Regime::Foia, "31(1)(a)", "31(1)", Nature::Qualified, "law enforcement is prejudice-based and qualified");
    check(Regime::Foia, "37(1)(a)", "37(1)(a)", Nature::Absolute, "communications with the Sovereign are absolute");
    check(Regime::Foia, "37(1)(b)", "37(1)(b)", Nature::Qualified, "honours are qualified");
    check(Regime::Foia, "36(2)(b)", "36(2)", Nature::Mixed, "36 is absolute only for the Houses of Parliament");
    check(Regime::Foia, "12(1)", "12(1)", Nature::Limit, "the cost limit is not an exemption");
    for absolute in ["23", "32", "34", "41", "44"] {
        check(Regime::Foia, absolute, absolute, Nature::Absolute, "listed as absolute in section 2(3)");
    }
}

#[test]
fn ncnd_provisions_are_known() {
    let pairs = [
        ("23", "23(5)"),
        ("24", "24(2)"),
        ("26", "26(3)"),
        ("27", "27(4)"),
        ("28", "28(3)"),
        ("29", "29(2)"),
        ("30", "30(3)"),
        ("31", "31(3)"),
        ("38", "38(2)"),
        ("40", "40(5)"),
        ("42", "42(2)"),
        ("43", "43(3)"),
        ("44", "44(2)"),
    ];
    for (section, ncnd) in pairs {
        let entry = lookup(Regime::Foia, section).expect("every Part II section is catalogued");
        assert_eq!(
            entry.ncnd_provision,
            Some(ncnd),
            "section {section} excludes the duty to confirm or deny in {ncnd}"
        );
        assert!(lookup(Regime::Foia, ncnd).is_some_and(|entry| entry.is_ncnd), "{ncnd} must itself be marked as NCND");
    }
    assert_eq!(
        lookup(Regime::Foia, "21").and_then(|entry| entry.ncnd_provision),
        None,
        "section 21 has no NCND subsection"
    );
}

#[test]
fn eir_and_foisa_are_catalogued() {
    check(Regime::Eir, "regulation 12(5)(b)", "12(5)(b)", Nature::Qualified, "every EIR exception is qualified");
    check(Regime::Eir, "12(4)(a)", "12(4)(a)", Nature::Qualified, "information not held");
    check(Regime::Eir, "13", "13", Nature::AbsoluteInMostCases, "personal data mirrors FOIA 40(2)");
    let override_note = lookup(Regime::Eir, "12(5)(e)").map(|entry| entry.note).unwrap_or("");
    assert!(override_note.contains("12(9)"), "12(5)(d)-(g) are subject to the emissions override");
    check(Regime::Foisa, "38(1)(b)", "38(1)(b)", Nature::AbsoluteInMostCases, "FOISA third-party personal information");
    check(Regime::Foisa, "25", "25", Nature::Absolute, "otherwise accessible information is absolute in Scotland");
    assert_eq!(
        lookup(Regime::Foisa, "35").and_then(|entry| entry.ncnd_provision),
        Some("18"),
        "FOISA refuses to confirm or deny under s18"
    );
}

#[test]
fn every_part_two_section_is_present() {
    for section in (21..=44).filter(|section| *section != 25) {
        let key = section.to_string();
        assert!(lookup(Regime::Foia, &key).is_some(), "FOIA section {section} must be catalogued");
    }
    for section in 25..=41 {
        assert!(lookup(Regime::Foisa, &section.to_string()).is_some(), "FOISA section {section} must be catalogued");
    }
    assert!(lookup(Regime::Foia, "16").is_none(), "section 16 (advice and assistance) is not an exemption");
    assert!(lookup(Regime::Foia, "17").is_none(), "section 17 (the refusal notice) is not an exemption");
    assert!(
        catalogue(Regime::Eir)
            .iter()
            .filter(|entry| entry.provision != "13(2A)")
            .all(|entry| entry.has_public_interest_test()),
        "the EIR has no absolute exceptions besides the first condition of regulation 13"
    );
    assert_eq!(normalise_provision("S40 (5A)").as_deref(), Some("40(5A)"));
}

/// Every provision the corpus catalogue of sources says a real letter cites must be found in
/// the catalogue; sections 1, 16 and 17 are procedure, not exemptions, and are skipped.
#[test]
fn provisions_cited_across_the_corpus_are_catalogued() {
    let Some(dir) = crate::corpus::corpus_dir() else { return };
    let Ok(sources) = std::fs::read_to_string(dir.join("real/SOURCES.tsv")) else {
        println!("skipping: real/SOURCES.tsv not found in the corpus");
        return;
    };
    let mut lines = sources.lines();
    let header: Vec<&str> = lines.next().unwrap_or_default().split('\t').collect();
    let Some(column) = header.iter().position(|name| *name == "exemptions_cited") else {
        panic!("SOURCES.tsv must have an exemptions_cited column");
    };
    let citation = regex::Regex::new(r"s(\d+[A-Z]?(?:\([0-9A-Za-z]+\))*)").expect("the pattern compiles");
    let mut n_checked = 0;
    for line in lines {
        let Some(cited) = line.split('\t').nth(column) else { continue };
        for found in citation.captures_iter(cited) {
            let provision = &found[1];
            let section = disclosure_core::exemptions::section_of(provision);
            if ["1", "16", "17"].contains(&section) {
                continue;
            }
            assert!(
                lookup(Regime::Foia, provision).is_some(),
                "{provision} is cited in the corpus ({cited}) and must be catalogued"
            );
            n_checked += 1;
        }
    }
    assert!(
        n_checked >= 20,
        "the corpus cites dozens of provisions; only {n_checked} were read, so the column format changed"
    );
}

#[test]
fn foisa_and_eir_subsections_follow_their_statutes() {
    check(
        Regime::Foisa,
        "38(1)(a)",
        "38(1)(a)",
        Nature::Absolute,
        "the applicant's own data is absolute under FOISA s2(2)",
    );
    check(Regime::Foisa, "38(1)(c)", "38(1)(c)", Nature::Absolute, "personal census information is absolute");
    check(
        Regime::Foisa,
        "36(2)",
        "36(2)",
        Nature::Absolute,
        "information obtained in confidence is absolute in Scotland",
    );
    check(Regime::Foisa, "39(1)", "39(1)", Nature::Qualified, "health and safety is qualified");
    check(
        Regime::Eir,
        "13(2A)",
        "13(2A)",
        Nature::Absolute,
        "the first condition of regulation 13 has no public interest test",
    );
    check(Regime::Eir, "13(3A)", "13(3A)", Nature::Qualified, "the subject access condition is weighed");
    let emissions =
        |provision: &str| lookup(Regime::Eir, provision).is_some_and(disclosure_core::exemptions::barred_for_emissions);
    assert!(
        emissions("12(5)(d)") && emissions("12(5)(g)"),
        "12(9) removes 12(5)(d) to (g) for information on emissions"
    );
    assert!(!emissions("12(5)(a)") && !emissions("12(4)(e)"), "the emissions override touches no other exception");
    assert_eq!(
        Nature::AbsoluteInMostCases.weighing(),
        disclosure_core::exemptions::Weighing::Absolute,
        "40(2) is counted with the absolute ones"
    );
}
