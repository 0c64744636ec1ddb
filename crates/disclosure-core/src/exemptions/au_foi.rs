//! Australia's Freedom of Information Act 1982 (Commonwealth): the practical refusal and
//! not-found grounds (sections 24 to 24AA) and the exemptions of Part IV (sections 33 to 47J).
//!
//! Access in part (section 22, an edited copy) and who may decide (section 23) are procedure.
//! Conditional exemptions (47B to 47J) are weighed in the public interest (section 11A(5)).

use super::{foreign, Nature, Provision, Regime};

const fn exemption(
    provision: &'static str,
    section: &'static str,
    name: &'static str,
    nature: Nature,
    note: &'static str,
) -> Provision {
    foreign(Regime::AuFoi, provision, section, name, nature, note)
}

use Nature::{Absolute, Limit, Qualified};

pub(super) const PROVISIONS: &[Provision] = &[
    exemption(
        "24",
        "24",
        "Practical refusal",
        Limit,
        "Processing would substantially and unreasonably divert the agency's resources.",
    ),
    exemption(
        "24A",
        "24A",
        "Documents that cannot be found or do not exist",
        Limit,
        "A refusal that amounts to not held.",
    ),
    exemption(
        "24AA",
        "24AA",
        "Practical refusal reason",
        Limit,
        "What counts as a substantial and unreasonable diversion of resources.",
    ),
    exemption(
        "33",
        "33",
        "Documents affecting national security, defence or international relations",
        Absolute,
        "No public interest test.",
    ),
    exemption("34", "34", "Cabinet documents", Absolute, "No public interest test."),
    exemption(
        "37",
        "37",
        "Documents affecting enforcement of law and protection of public safety",
        Absolute,
        "No public interest test.",
    ),
    exemption(
        "38",
        "38",
        "Documents to which secrecy provisions apply",
        Absolute,
        "A secrecy provision of another enactment.",
    ),
    exemption("42", "42", "Documents subject to legal professional privilege", Absolute, "Privileged legal advice."),
    exemption(
        "45",
        "45",
        "Material obtained in confidence",
        Absolute,
        "Disclosure would found an action for breach of confidence.",
    ),
    exemption("47", "47", "Trade secrets or commercially valuable information", Absolute, "No public interest test."),
    exemption("47B", "47B", "Commonwealth-State relations", Qualified, "Conditional: weighed in the public interest."),
    exemption("47C", "47C", "Deliberative processes", Qualified, "Conditional: weighed in the public interest."),
    exemption(
        "47D",
        "47D",
        "Financial or property interests of the Commonwealth",
        Qualified,
        "Conditional: weighed in the public interest.",
    ),
    exemption(
        "47E",
        "47E",
        "Certain operations of agencies",
        Qualified,
        "Conditional: audits, management of staff, proper and efficient operations.",
    ),
    exemption(
        "47F",
        "47F",
        "Personal privacy",
        Qualified,
        "Conditional: unreasonable disclosure of personal information.",
    ),
    exemption(
        "47G",
        "47G",
        "Business information",
        Qualified,
        "Conditional: business, commercial or financial affairs.",
    ),
    exemption("47H", "47H", "Research", Qualified, "Conditional: research by an agency."),
    exemption("47J", "47J", "The economy", Qualified, "Conditional: the Australian economy."),
];
