//! Environmental Information Regulations 2004: the exceptions of regulation 12 and the
//! personal data exception of regulation 13.
//!
//! Every exception is subject to the public interest test (regulation 12(1)(b)) and to the
//! presumption in favour of disclosure (12(2)). Under the emissions override (12(9)),
//! exceptions 12(5)(d) to (g) cannot be used for information about emissions.

use super::{Nature, Provision, Regime};

const fn exception(provision: &'static str, name: &'static str, nature: Nature, note: &'static str) -> Provision {
    let section = if provision.len() >= 2 && provision.as_bytes()[1] == b'3' { "13" } else { "12" };
    Provision { regime: Regime::Eir, provision, section, name, nature, is_ncnd: false, ncnd_provision: None, note }
}

const NO_EMISSIONS: &str = "Qualified; cannot be used for information on emissions (regulation 12(9)).";

use Nature::{Absolute, AbsoluteInMostCases, Qualified};

pub(super) const PROVISIONS: &[Provision] = &[
    exception("12", "Exceptions to the duty to disclose environmental information", Qualified,
        "Each exception is qualified and the public interest favours disclosure unless outweighed."),
    exception("12(3)", "Personal data of others", AbsoluteInMostCases,
        "Points to regulation 13: third-party personal data is disclosed only in accordance with it."),
    exception("12(4)", "Exceptions not based on harm", Qualified, "Paragraphs (a) to (e)."),
    exception("12(4)(a)", "Information not held when the request was received", Qualified,
        "A statement of fact; in practice no public interest weighing is possible."),
    exception("12(4)(b)", "Manifestly unreasonable request", Qualified, "Covers vexatious requests and excessive cost."),
    exception("12(4)(c)", "Request formulated too generally", Qualified, "Only after advice and assistance has been offered."),
    exception("12(4)(d)", "Material in the course of completion, unfinished documents or incomplete data", Qualified,
        "The authority must say when the material will be finished."),
    exception("12(4)(e)", "Internal communications", Qualified, "Communications within the authority."),
    exception("12(5)", "Exceptions based on adverse effect", Qualified, "Paragraphs (a) to (g)."),
    Provision {
        regime: Regime::Eir,
        provision: "12(5)(a)",
        section: "12",
        name: "International relations, defence, national security or public safety",
        nature: Qualified,
        is_ncnd: false,
        ncnd_provision: Some("12(6)"),
        note: "Qualified; the authority may neither confirm nor deny under regulation 12(6).",
    },
    exception("12(5)(b)", "The course of justice, fair trial and criminal or disciplinary inquiries", Qualified, "Qualified."),
    exception("12(5)(c)", "Intellectual property rights", Qualified, "Qualified."),
    exception("12(5)(d)", "Confidentiality of proceedings", Qualified, NO_EMISSIONS),
    exception("12(5)(e)", "Confidentiality of commercial or industrial information", Qualified, NO_EMISSIONS),
    exception("12(5)(f)", "Interests of the person who provided the information", Qualified, NO_EMISSIONS),
    exception("12(5)(g)", "Protection of the environment", Qualified, NO_EMISSIONS),
    Provision {
        regime: Regime::Eir,
        provision: "12(6)",
        section: "12",
        name: "Neither confirm nor deny (adverse effect on the interests in 12(5)(a))",
        nature: Qualified,
        is_ncnd: true,
        ncnd_provision: None,
        note: "Removes the duty to confirm or deny where that itself would harm the interests in 12(5)(a).",
    },
    exception("12(9)", "Emissions override", Qualified,
        "Not an exception: stops 12(5)(d) to (g) being used for information on emissions."),
    Provision {
        regime: Regime::Eir,
        provision: "13",
        section: "13",
        name: "Personal data",
        nature: AbsoluteInMostCases,
        is_ncnd: false,
        ncnd_provision: Some("13(5A)"),
        note: "Third-party personal data; mirrors FOIA section 40(2), absolute where disclosure breaches the data protection principles.",
    },
    exception("13(1)", "Personal data", AbsoluteInMostCases, "Third-party personal data."),
    exception("13(2A)", "Personal data: breach of data protection principles", Absolute,
        "The first condition: disclosure would contravene a data protection principle; no public interest test."),
    exception("13(2B)", "Personal data: objection to processing", Qualified,
        "The second condition: disclosure would breach an objection to processing; subject to the public interest test."),
    exception("13(3A)", "Personal data: subject access exemption", Qualified,
        "The third condition: the data would be withheld from the data subject too; subject to the public interest test."),
    Provision {
        regime: Regime::Eir,
        provision: "13(5A)",
        section: "13",
        name: "Personal data: neither confirm nor deny",
        nature: AbsoluteInMostCases,
        is_ncnd: true,
        ncnd_provision: None,
        note: "Confirming or denying would itself breach the data protection principles.",
    },
    Provision {
        regime: Regime::Eir,
        provision: "13(5B)",
        section: "13",
        name: "Personal data: neither confirm nor deny (other conditions)",
        nature: Qualified,
        is_ncnd: true,
        ncnd_provision: None,
        note: "Confirming or denying would breach an objection to processing, or the data would be exempt from subject access.",
    },
];
