//! Freedom of Information (Scotland) Act 2002: the cost and vexatious limits and the Part 2
//! exemptions (sections 25 to 41).
//!
//! FOISA has no per-section neither-confirm-nor-deny subsections: section 18 lets an authority
//! refuse to reveal whether information exists where the exemption is one of 28 to 35, 38, 39(1)
//! or 41 and revealing it would be contrary to the public interest.

use super::{Nature, Provision, Regime};

const fn entry(provision: &'static str, name: &'static str, nature: Nature, ncnd: bool, note: &'static str) -> Provision {
    let section = match provision.as_bytes() {
        [a, b, ..] if b.is_ascii_digit() => {
            // const fn cannot slice by a computed index, so two-digit sections are listed.
            match (a, b) {
                (b'1', b'2') => "12",
                (b'1', b'4') => "14",
                (b'1', b'8') => "18",
                (b'2', b'5') => "25",
                (b'2', b'6') => "26",
                (b'2', b'7') => "27",
                (b'2', b'8') => "28",
                (b'2', b'9') => "29",
                (b'3', b'0') => "30",
                (b'3', b'1') => "31",
                (b'3', b'2') => "32",
                (b'3', b'3') => "33",
                (b'3', b'4') => "34",
                (b'3', b'5') => "35",
                (b'3', b'6') => "36",
                (b'3', b'7') => "37",
                (b'3', b'8') => "38",
                (b'3', b'9') => "39",
                (b'4', b'0') => "40",
                _ => "41",
            }
        }
        _ => "",
    };
    let ncnd_provision = if ncnd { Some("18") } else { None };
    Provision { regime: Regime::Foisa, provision, section, name, nature, is_ncnd: false, ncnd_provision, note }
}

use Nature::{Absolute, AbsoluteInMostCases, Limit, Mixed, Qualified};

pub(super) const PROVISIONS: &[Provision] = &[
    entry("12", "Excessive cost of compliance", Limit, false, "Not an exemption: the cost of complying exceeds the prescribed amount."),
    entry("14", "Vexatious or repeated requests", Limit, false, "Not an exemption: vexatious or repeated requests need not be answered."),
    Provision {
        regime: Regime::Foisa,
        provision: "18",
        section: "18",
        name: "Neither confirm nor deny",
        nature: Qualified,
        is_ncnd: true,
        ncnd_provision: None,
        note: "Refusal to reveal whether information exists, for exemptions 28 to 35, 38, 39(1) and 41.",
    },
    entry("25", "Information otherwise accessible", Absolute, false, "Reasonably obtainable other than by request."),
    entry("26", "Prohibitions on disclosure", Absolute, false, "Barred by another enactment, EU obligation or contempt of court."),
    entry("27", "Information intended for future publication", Qualified, false, "To be published within twelve weeks, or research."),
    entry("27(1)", "Information intended for future publication", Qualified, false, "To be published within twelve weeks of the request."),
    entry("27(2)", "Research information", Qualified, false, "Obtained in an ongoing research programme intended for publication."),
    entry("28", "Relations within the United Kingdom", Qualified, true, "Substantial prejudice to relations between UK administrations."),
    entry("29", "Formulation of Scottish Administration policy", Qualified, true, "Policy development, ministerial communications, law officers' advice."),
    entry("30", "Prejudice to effective conduct of public affairs", Qualified, true, "Substantial inhibition of advice or deliberation, or other prejudice."),
    entry("31", "National security and defence", Qualified, true, "Safeguarding national security or defence."),
    entry("32", "International relations", Qualified, true, "Substantial prejudice to international relations."),
    entry("33", "Commercial interests and the economy", Qualified, true, "Trade secrets, commercial interests, or the economy."),
    entry("33(1)", "Commercial interests", Qualified, true, "Trade secrets, or substantial prejudice to commercial interests."),
    entry("33(2)", "The economy", Qualified, true, "Substantial prejudice to the economic interests of the UK or Scotland."),
    entry("34", "Investigations by Scottish public authorities and proceedings", Qualified, true, "Criminal investigations, proceedings and inquiries."),
    entry("35", "Law enforcement", Qualified, true, "Substantial prejudice to crime prevention, justice and regulatory functions."),
    entry("35(1)", "Law enforcement", Qualified, true, "Substantial prejudice to the law-enforcement interests listed in paragraphs (a) to (h)."),
    entry("36", "Confidentiality", Mixed, false, "Legal privilege (36(1)) is qualified; information obtained in confidence (36(2)) is absolute."),
    entry("36(1)", "Confidentiality of communications in legal proceedings", Qualified, false, "Legal professional privilege."),
    entry("36(2)", "Information obtained in confidence", Absolute, false, "Actionable breach of confidence."),
    entry("37", "Court records", Absolute, false, "Held only in documents of a court or inquiry."),
    entry("38", "Personal information", AbsoluteInMostCases, true, "The applicant's own data, third-party data, and deceased persons' health records."),
    entry("38(1)", "Personal information", AbsoluteInMostCases, true, "Mostly absolute, qualified in the narrower conditions."),
    entry("38(1)(a)", "Personal information of the applicant", Absolute, true, "The applicant's own personal data, to be sought as a subject access request."),
    entry("38(1)(b)", "Personal information of third parties", AbsoluteInMostCases, true,
        "Absolute where disclosure would breach the data protection principles, qualified in the narrower conditions."),
    entry("38(1)(c)", "Personal census information", Absolute, true, "Census information about an identifiable person."),
    entry("38(1)(d)", "Health records of a deceased person", Absolute, true, "A deceased person's health record."),
    entry("39", "Health, safety and the environment", Qualified, true, "Endangers health or safety, or environmental information to be handled under the EIRs."),
    entry("39(1)", "Health and safety", Qualified, true, "Would, or would be likely to, endanger anyone's physical or mental health or safety."),
    entry("39(2)", "Environmental information", Qualified, false, "Environmental information, to be handled under the Environmental Information (Scotland) Regulations."),
    entry("40", "Audit functions", Qualified, false, "Substantial prejudice to audit functions."),
    entry("41", "Communications with His Majesty and honours", Qualified, true, "Royal communications and honours."),
];
