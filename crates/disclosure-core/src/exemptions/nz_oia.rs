//! New Zealand's Official Information Act 1982: the conclusive reasons of section 6, the other
//! reasons of section 9 (weighed in the public interest) and the refusal grounds of section 18.
//!
//! Letters cite the ground they refuse under ("section 18(f)"), often with the reason behind it
//! ("section 9(2)(a)"). Extensions (15A), the alternatives an agency must weigh (18A, 18B) and
//! complaints to the Ombudsman (28) are procedure, not grounds.

use super::{foreign, Nature, Provision, Regime};

const fn ground(
    provision: &'static str,
    section: &'static str,
    name: &'static str,
    nature: Nature,
    note: &'static str,
) -> Provision {
    foreign(Regime::NzOia, provision, section, name, nature, note)
}

use Nature::{Absolute, Limit, Qualified};

pub(super) const PROVISIONS: &[Provision] = &[
    ground(
        "6",
        "6",
        "Conclusive reasons for withholding",
        Absolute,
        "No public interest weighing: security, defence, international relations, law, safety, the economy.",
    ),
    ground(
        "6(a)",
        "6",
        "Security, defence or international relations",
        Absolute,
        "Prejudice to New Zealand's security, defence or international relations.",
    ),
    ground(
        "6(b)",
        "6",
        "Information entrusted in confidence by other governments",
        Absolute,
        "Confidences of other governments or international organisations.",
    ),
    ground(
        "6(c)",
        "6",
        "Maintenance of the law",
        Absolute,
        "Prevention, investigation and detection of offences, and fair trials.",
    ),
    ground("6(d)", "6", "Safety of any person", Absolute, "Endangering anyone's safety."),
    ground("6(e)", "6", "Damage to the economy", Absolute, "Serious damage to the economy."),
    ground(
        "9",
        "9",
        "Other reasons for withholding",
        Qualified,
        "Withheld only where the public interest does not outweigh the reason.",
    ),
    ground(
        "9(2)(a)",
        "9",
        "Privacy of natural persons",
        Qualified,
        "Protecting people's privacy, the deceased included.",
    ),
    ground(
        "9(2)(b)",
        "9",
        "Trade secrets and commercial position",
        Qualified,
        "Trade secrets, or unreasonable prejudice to someone's commercial position.",
    ),
    ground(
        "9(2)(ba)",
        "9",
        "Information subject to an obligation of confidence",
        Qualified,
        "Confidential supplies that would dry up, or damage the public interest.",
    ),
    ground(
        "9(2)(c)",
        "9",
        "Health or safety",
        Qualified,
        "Avoiding prejudice to measures protecting health or safety.",
    ),
    ground(
        "9(2)(f)",
        "9",
        "Constitutional conventions",
        Qualified,
        "Confidentiality of ministerial communications and advice, and collective responsibility.",
    ),
    ground(
        "9(2)(g)",
        "9",
        "Free and frank expression of opinions",
        Qualified,
        "Effective conduct of public affairs, and protection from improper pressure.",
    ),
    ground("9(2)(h)", "9", "Legal professional privilege", Qualified, "Privileged legal advice."),
    ground("9(2)(i)", "9", "Commercial activities", Qualified, "Carrying out commercial activities without prejudice."),
    ground("9(2)(j)", "9", "Negotiations", Qualified, "Carrying on negotiations without prejudice."),
    ground(
        "9(2)(k)",
        "9",
        "Improper gain or advantage",
        Qualified,
        "Preventing the use of information for improper gain.",
    ),
    ground(
        "10",
        "10",
        "Neither confirm nor deny",
        Absolute,
        "Confirming that information exists would itself prejudice a section 6 or 9 interest.",
    ),
    ground("18", "18", "Refusal grounds", Limit, "The only reasons a request may be refused."),
    ground(
        "18(a)",
        "18",
        "A withholding reason under section 6, 7 or 9",
        Limit,
        "Refusal because a withholding reason applies.",
    ),
    ground("18(c)", "18", "Contrary to an enactment or contempt of court", Limit, "Release would break another law."),
    ground("18(d)", "18", "Publicly available, or soon to be", Limit, "The information is or will soon be published."),
    ground(
        "18(e)",
        "18",
        "The document does not exist or cannot be found",
        Limit,
        "A refusal that amounts to not held.",
    ),
    ground(
        "18(f)",
        "18",
        "Substantial collation or research",
        Limit,
        "Making the information available would take substantial collation or research.",
    ),
    ground(
        "18(g)",
        "18",
        "Not held, and not believed held by another agency",
        Limit,
        "A refusal that amounts to not held.",
    ),
    ground(
        "18(h)",
        "18",
        "Frivolous or vexatious, or trivial",
        Limit,
        "The request is frivolous or vexatious, or the information trivial.",
    ),
];
