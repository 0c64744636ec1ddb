//! Environmental Information (Scotland) Regulations 2004: the exceptions of regulation 10 and
//! the personal data exception of regulation 11.
//!
//! Scotland numbers these apart from the EIR 2004 of England, Wales and Northern Ireland: "not
//! held" is 10(4)(a) here and 12(4)(a) there. Every regulation 10 exception is weighed in the
//! public interest.

use super::{foreign, Nature, Provision, Regime};

const fn exception(
    provision: &'static str,
    section: &'static str,
    name: &'static str,
    nature: Nature,
    note: &'static str,
) -> Provision {
    foreign(Regime::Eirs, provision, section, name, nature, note)
}

use Nature::{AbsoluteInMostCases, Qualified};

pub(super) const PROVISIONS: &[Provision] = &[
    exception("10", "10", "Exceptions from the duty to make environmental information available", Qualified,
        "Each exception is read restrictively and weighed in the public interest, with a presumption in favour of disclosure."),
    exception("10(4)", "10", "Exceptions not based on harm", Qualified, "Paragraphs (a) to (e)."),
    exception("10(4)(a)", "10", "Information not held when the request was received", Qualified, "A statement of fact rather than a judgement."),
    exception("10(4)(b)", "10", "Manifestly unreasonable request", Qualified, "Covers vexatious requests and excessive cost."),
    exception("10(4)(c)", "10", "Request formulated too generally", Qualified, "Only after advice and assistance."),
    exception("10(4)(d)", "10", "Material in the course of completion", Qualified, "Unfinished documents or incomplete data."),
    exception("10(4)(e)", "10", "Internal communications", Qualified, "Communications within the authority."),
    exception("10(5)", "10", "Exceptions based on substantial prejudice", Qualified, "Paragraphs (a) to (g)."),
    exception("10(5)(a)", "10", "International relations, defence, national security or public safety", Qualified, "Substantial prejudice to them."),
    exception("10(5)(b)", "10", "The course of justice", Qualified, "Fair trials and criminal or disciplinary inquiries."),
    exception("10(5)(c)", "10", "Intellectual property rights", Qualified, "Substantial prejudice to them."),
    exception("10(5)(d)", "10", "Confidentiality of proceedings", Qualified, "Where the law provides for it."),
    exception("10(5)(e)", "10", "Confidentiality of commercial or industrial information", Qualified, "Protecting a legitimate economic interest."),
    exception("10(5)(f)", "10", "Interests of the person who provided the information", Qualified, "Supplied voluntarily and not consented to."),
    exception("10(5)(g)", "10", "Protection of the environment", Qualified, "E.g. the sites of rare species."),
    exception("11", "11", "Personal data", AbsoluteInMostCases, "Third-party personal data; the applicant's own data is a subject access request."),
    exception("11(2)", "11", "Personal data of others", AbsoluteInMostCases, "Disclosure would breach the data protection principles."),
];
