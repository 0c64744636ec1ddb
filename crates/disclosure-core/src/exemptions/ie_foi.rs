//! Ireland's Freedom of Information Act 2014: the administrative refusal grounds of section 15
//! and the exemptions of Part 4 (sections 28 to 42).

use super::{foreign, Nature, Provision, Regime};

const fn exemption(
    provision: &'static str,
    section: &'static str,
    name: &'static str,
    nature: Nature,
    note: &'static str,
) -> Provision {
    foreign(Regime::IeFoi, provision, section, name, nature, note)
}

use Nature::{Absolute, Limit, Mixed, Qualified};

pub(super) const PROVISIONS: &[Provision] = &[
    exemption(
        "15",
        "15",
        "Refusal on administrative grounds",
        Limit,
        "Not found, voluminous, vexatious, published soon, and the like.",
    ),
    exemption(
        "15(1)(a)",
        "15",
        "Records do not exist or cannot be found",
        Limit,
        "A refusal that amounts to not held.",
    ),
    exemption(
        "15(1)(c)",
        "15",
        "Substantial and unreasonable interference with work",
        Limit,
        "The number or nature of the records sought.",
    ),
    exemption(
        "15(1)(g)",
        "15",
        "Frivolous or vexatious request",
        Limit,
        "Or part of a pattern of manifestly unreasonable requests.",
    ),
    exemption("28", "28", "Meetings of the Government", Mixed, "Cabinet records."),
    exemption("29", "29", "Deliberations of public bodies", Qualified, "Weighed in the public interest."),
    exemption(
        "30",
        "30",
        "Functions and negotiations of public bodies",
        Qualified,
        "Tests, audits, management, negotiations.",
    ),
    exemption(
        "31",
        "31",
        "Parliamentary, court and certain other matters",
        Absolute,
        "Legal professional privilege, contempt of court, parliamentary records.",
    ),
    exemption(
        "32",
        "32",
        "Law enforcement and public safety",
        Qualified,
        "Prejudice to the enforcement of the law or to public safety.",
    ),
    exemption("33", "33", "Security, defence and international relations", Mixed, "Prejudice to them."),
    exemption(
        "35",
        "35",
        "Information obtained in confidence",
        Mixed,
        "Given in confidence, whose disclosure would prejudice future supply.",
    ),
    exemption(
        "36",
        "36",
        "Commercially sensitive information",
        Mixed,
        "Trade secrets and financial or commercial information.",
    ),
    exemption(
        "37",
        "37",
        "Personal information",
        Mixed,
        "Personal information about someone other than the requester.",
    ),
    exemption("42", "42", "Restrictions on the Act", Absolute, "Records to which the Act does not apply."),
];
