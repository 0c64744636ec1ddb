//! The United States' Freedom of Information Act (5 U.S.C. § 552): the nine exemptions of
//! subsection (b), cited as "(b)(6)" or "Exemption 6".
//!
//! Agencies often print all nine as a checklist and mark the ones applied in bold, which plain
//! text loses; only a sentence that applies an exemption says which were used.

use super::{foreign, Nature, Provision, Regime};

const fn exemption(provision: &'static str, name: &'static str, note: &'static str) -> Provision {
    foreign(Regime::UsFoia, provision, provision, name, Nature::Qualified, note)
}

pub(super) const PROVISIONS: &[Provision] = &[
    exemption(
        "(b)(1)",
        "Classified national defense or foreign policy information",
        "Properly classified under an Executive order.",
    ),
    exemption(
        "(b)(2)",
        "Internal personnel rules and practices",
        "Solely internal personnel rules and practices of an agency.",
    ),
    exemption(
        "(b)(3)",
        "Information exempted by another statute",
        "A statute that leaves no discretion, or sets criteria.",
    ),
    exemption(
        "(b)(4)",
        "Trade secrets and confidential commercial information",
        "Obtained from a person and privileged or confidential.",
    ),
    exemption(
        "(b)(5)",
        "Privileged inter-agency or intra-agency communications",
        "Deliberative process, attorney work product, attorney-client.",
    ),
    exemption(
        "(b)(6)",
        "Personal privacy",
        "Personnel, medical and similar files: a clearly unwarranted invasion of privacy.",
    ),
    exemption(
        "(b)(7)",
        "Law enforcement records",
        "Records compiled for law enforcement, where one of the harms (A) to (F) follows.",
    ),
    exemption("(b)(8)", "Financial institutions", "Reports of agencies that supervise financial institutions."),
    exemption("(b)(9)", "Geological and geophysical information", "Concerning wells."),
];

/// Brings "(b) (7) (C)", "b7C" or "Exemption 6" to the catalogue's form: "(b)(7)(c)", "(b)(6)".
pub(super) fn normal_form(cited: &str) -> Option<String> {
    let compact: String = cited.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
    let rest = compact.strip_prefix("exemption").unwrap_or(&compact);
    let rest = rest.strip_prefix("(b)").or_else(|| rest.strip_prefix('b')).unwrap_or(rest);
    let mut characters = rest.trim_start_matches('(').chars();
    let number = characters.next().filter(|c| ('1'..='9').contains(c))?;
    let part = characters
        .as_str()
        .trim_start_matches(')')
        .trim_start_matches('(')
        .chars()
        .next()
        .filter(char::is_ascii_alphabetic);
    Some(match part {
        Some(part) => format!("(b)({number})({part})"),
        None => format!("(b)({number})"),
    })
}
