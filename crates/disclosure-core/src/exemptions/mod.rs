//! The exemption catalogue: every provision a UK public authority can rely on to refuse or
//! limit an answer, under FOIA 2000, the EIR 2004 and the Scottish FOISA 2002.
//!
//! It is data plus lookup. Reading citations out of a letter is the parser's job
//! (`crate::parse`); this module only says what a provision is once it is known.
//!
//! ```
//! use disclosure_core::exemptions::{lookup, Nature, Regime};
//! let entry = lookup(Regime::Foia, "40(2)(a)(b)").expect("section 40(2) is catalogued");
//! assert_eq!(entry.provision, "40(2)");
//! assert_eq!(entry.nature, Nature::AbsoluteInMostCases);
//! ```

mod eir;
mod foia;
mod foisa;

/// The statute a provision belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Regime {
    /// Freedom of Information Act 2000 (England, Wales, Northern Ireland, UK-wide bodies).
    Foia,
    /// Environmental Information Regulations 2004.
    Eir,
    /// Freedom of Information (Scotland) Act 2002.
    Foisa,
}

impl Regime {
    /// Stable short name: "FOIA", "EIR" or "FOISA".
    pub fn as_str(self) -> &'static str {
        match self {
            Regime::Foia => "FOIA",
            Regime::Eir => "EIR",
            Regime::Foisa => "FOISA",
        }
    }
}

/// Whether an authority must weigh the public interest before relying on a provision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Nature {
    /// No public interest test: if the provision is engaged, the information is withheld.
    Absolute,
    /// Engaged provisions still fall to a public interest test.
    Qualified,
    /// Absolute in the usual case, qualified in a narrower one (e.g. personal data of others).
    AbsoluteInMostCases,
    /// Some subsections are absolute and others qualified; look up the subsection for the answer.
    Mixed,
    /// Not an exemption but a limit on the duty to answer (cost, vexatious or repeated requests).
    Limit,
}

impl Nature {
    /// Stable short name for wire formats.
    pub fn as_str(self) -> &'static str {
        match self {
            Nature::Absolute => "absolute",
            Nature::Qualified => "qualified",
            Nature::AbsoluteInMostCases => "absolute_in_most_cases",
            Nature::Mixed => "mixed",
            Nature::Limit => "limit",
        }
    }
}

/// One catalogued provision: a section, or a subsection where the subsection matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Provision {
    /// The statute.
    pub regime: Regime,
    /// The provision in normal form: "40", "40(2)", "12(5)(b)".
    pub provision: &'static str,
    /// The section or regulation number alone: "40", "12", "22A".
    pub section: &'static str,
    /// Short name, in the words reviewers use.
    pub name: &'static str,
    /// Absolute, qualified, or neither.
    pub nature: Nature,
    /// True when this provision itself excludes the duty to confirm or deny.
    pub is_ncnd: bool,
    /// The provision that excludes the duty to confirm or deny for this one, when there is one.
    pub ncnd_provision: Option<&'static str>,
    /// One sentence on when it applies, or what is peculiar about it.
    pub note: &'static str,
}

impl Provision {
    /// True when relying on this provision requires weighing the public interest.
    pub fn has_public_interest_test(&self) -> bool {
        matches!(self.nature, Nature::Qualified | Nature::Mixed | Nature::AbsoluteInMostCases)
    }
}

/// How a provision is weighed, in the two groups a register separates: no public interest test
/// (absolute, or absolute in the usual case), a public interest test, mixed, or a limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Weighing {
    /// No public interest test in the usual case.
    Absolute,
    /// Subject to the public interest test.
    PublicInterestTest,
    /// Depends on the subsection, and the citation did not say which.
    Mixed,
    /// A limit on the duty to answer (cost, vexatious): neither.
    Limit,
}

impl Weighing {
    /// Stable short name: "absolute", "public_interest_test", "mixed", "limit".
    pub fn as_str(self) -> &'static str {
        match self {
            Weighing::Absolute => "absolute",
            Weighing::PublicInterestTest => "public_interest_test",
            Weighing::Mixed => "mixed",
            Weighing::Limit => "limit",
        }
    }

    /// Words for a schedule column: "absolute", "qualified", "mixed", "limit".
    pub fn label(self) -> &'static str {
        match self {
            Weighing::Absolute => "absolute",
            Weighing::PublicInterestTest => "qualified",
            Weighing::Mixed => "mixed",
            Weighing::Limit => "limit",
        }
    }
}

impl Nature {
    /// The register group of this nature.
    pub fn weighing(self) -> Weighing {
        match self {
            Nature::Absolute | Nature::AbsoluteInMostCases => Weighing::Absolute,
            Nature::Qualified => Weighing::PublicInterestTest,
            Nature::Mixed => Weighing::Mixed,
            Nature::Limit => Weighing::Limit,
        }
    }
}

/// True for the EIR exceptions the emissions override (regulation 12(9)) takes away when the
/// information is on emissions: 12(5)(d) to 12(5)(g).
pub fn barred_for_emissions(entry: &Provision) -> bool {
    entry.regime == Regime::Eir && matches!(entry.provision, "12(5)(d)" | "12(5)(e)" | "12(5)(f)" | "12(5)(g)")
}

/// Parses "FOIA", "EIR", "FOISA" (any case) into a regime.
pub fn regime_named(name: &str) -> Option<Regime> {
    [Regime::Foia, Regime::Eir, Regime::Foisa].into_iter().find(|regime| regime.as_str().eq_ignore_ascii_case(name.trim()))
}

/// Every catalogued provision of one statute, sections before their subsections.
pub fn catalogue(regime: Regime) -> &'static [Provision] {
    match regime {
        Regime::Foia => foia::PROVISIONS,
        Regime::Eir => eir::PROVISIONS,
        Regime::Foisa => foisa::PROVISIONS,
    }
}

/// Finds the most specific catalogued provision for a cited provision string.
///
/// The string may carry paragraphs the catalogue does not list ("40(2)(a)(b)", "31(1)(a)"):
/// trailing brackets are dropped one by one until an entry matches. Spaces and a leading
/// "s", "section" or "regulation" are ignored.
pub fn lookup(regime: Regime, cited: &str) -> Option<&'static Provision> {
    let mut key = normalise_provision(cited)?;
    let entries = catalogue(regime);
    loop {
        if let Some(entry) = entries.iter().find(|entry| entry.provision.eq_ignore_ascii_case(&key)) {
            return Some(entry);
        }
        let cut = key.rfind('(')?;
        key.truncate(cut);
    }
}

/// The section or regulation number of a provision string: "40(2)(a)" gives "40".
pub fn section_of(provision: &str) -> &str {
    let end = provision.find('(').unwrap_or(provision.len());
    provision[..end].trim()
}

/// Brings a cited provision to normal form: "s. 40 (2) (a)" gives "40(2)(a)".
///
/// Returns `None` when the text does not start with a section number.
pub fn normalise_provision(cited: &str) -> Option<String> {
    let lower = cited.trim().to_ascii_lowercase();
    let without_word = ["regulation", "reg.", "reg", "section", "sec.", "sec", "s.", "s"]
        .iter()
        .find_map(|word| lower.strip_prefix(word))
        .unwrap_or(&lower);
    let compact: String = without_word.chars().filter(|c| !c.is_whitespace()).collect();
    let digits = compact.chars().take_while(char::is_ascii_digit).count();
    if digits == 0 {
        return None;
    }
    // Section numbers keep an upper-case suffix ("22A"); subsection letters stay lower case
    // except the statutory capitals of subsections such as "(5A)" and "(3A)".
    let mut normal = String::with_capacity(compact.len());
    let mut depth = 0usize;
    for (index, character) in compact.char_indices() {
        match character {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ => {}
        }
        let previous_is_digit = index > 0 && compact[..index].chars().last().is_some_and(|c| c.is_ascii_digit());
        let keep_capital = character.is_ascii_alphabetic() && previous_is_digit;
        normal.push(if keep_capital { character.to_ascii_uppercase() } else { character });
    }
    Some(normal)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normal_forms_ignore_spacing_and_prefixes() {
        assert_eq!(normalise_provision("s. 40 (2)").as_deref(), Some("40(2)"));
        assert_eq!(normalise_provision("Section 40(5a)").as_deref(), Some("40(5A)"));
        assert_eq!(normalise_provision("regulation 12(5)(b)").as_deref(), Some("12(5)(b)"));
        assert_eq!(normalise_provision("personal"), None);
    }

    #[test]
    fn every_subsection_has_its_section() {
        for regime in [Regime::Foia, Regime::Eir, Regime::Foisa] {
            for entry in catalogue(regime) {
                let section = catalogue(regime).iter().any(|other| other.provision == entry.section);
                assert!(section, "{} {} has no section-level entry", regime.as_str(), entry.provision);
            }
        }
    }
}
