//! Exemption citations: the provisions the authority applied, in every spelling letters use
//! ("Section 40(2)(3)- Personal Information", "s40(5)", "sections 24, 31 and 38 FOIA",
//! "regulation 12(5)(b)").
//!
//! A false exemption misleads a reviewer more than a missed one, so a mention counts only in
//! the authority's own words, for a provision that can be applied (not sections 1, 16, 17 or
//! the ICO's), not of another Act, and either heading its line or in a sentence that applies
//! it ("exempt by virtue of", "relied upon", "withheld under", "… is engaged").

use std::sync::LazyLock;

use regex::Regex;

use super::lines::{read_label, Line};
use super::model::{ExemptionCitation, Span};
use super::voice::Voice;
use crate::exemptions::{lookup, normalise_provision, section_of, Regime};

/// A citation word followed by one or more provisions.
static CITATION: LazyLock<Regex> = LazyLock::new(|| {
    let paren = r"\s?\(\s?[0-9a-zA-Z]{1,4}\s?\)";
    let provision = format!(r"\d{{1,2}}[A-Za-z]?(?:{paren})*(?:\s*(?:&|and|/|or)\s*{paren}(?:{paren})*)*");
    Regex::new(&format!(
        r"(?i)(?P<word>\bsections?\b|\bsec\b\.?|\bregulations?\b|\breg\b\.?|\bs\.?)\s{{0,2}}(?P<body>{provision}(?:\s*(?:,|and|&|or)\s*{provision})*)"
    ))
    .expect("valid citation pattern")
});

/// "… of the Police Act 1996", "… of the Data Protection Act 2018": a provision of another law.
static OF_ANOTHER_LAW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*,?\s*of\s+(?:the\s+)?(?P<name>[^.;:\n]{0,80}?)\b(?:act|regulations|order|rules|code|schedule)\b")
        .expect("valid other-law pattern")
});

/// Words that apply a provision when they come before it in the same sentence.
static APPLIED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:exempt\w*|engag\w*|appl(?:y|ies|ied|ying)|rel(?:y|ies|ied|ying)|under|by virtue of|in accordance with|pursuant to|withh(?:eld|old\w*)|refus\w*|cit(?:e|es|ed|ing)|reliance)\b")
        .expect("valid trigger pattern")
});

/// Words that apply a provision when they follow it in the same sentence.
static APPLIED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[^.;]{0,80}?\b(?:exempt\w*|is engaged|are engaged|appl(?:y|ies|ied)|has been (?:applied|relied upon|cited)|(?:is|are) (?:an? )?(?:absolute|qualified))\b")
        .expect("valid trigger pattern")
});

/// Cost-limit words that apply section 12.
static COST_WORDS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:cost|costs|limit|fees?|exceed\w*|threshold)\b").expect("valid cost pattern"));

/// Negations close before a provision: "not exempt by virtue of section 30", "to avoid … under section 12".
static NEGATED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:not|avoid\w*|without)\b[^.;]{0,45}$").expect("valid negation pattern")
});

/// Reads the exemptions applied in the authority's lines: one per provision, and every mention.
pub(crate) fn find_citations(text: &str, lines: &[Line<'_>], voices: &[Voice]) -> (Vec<ExemptionCitation>, Vec<ExemptionCitation>) {
    let regime = document_regime(text);
    let allows_regulations = mentions_eir(text);
    let mut citations = Vec::new();
    for (index, line) in lines.iter().enumerate() {
        if voices.get(index) != Some(&Voice::Authority) {
            continue;
        }
        let (content, content_span) = line.content(read_label(line.text).as_ref());
        let content_offset = content_span.start - line.span.start;
        for found in CITATION.captures_iter(line.text) {
            let (Some(whole), Some(word), Some(body)) = (found.get(0), found.name("word"), found.name("body")) else { continue };
            let before_text = &line.text[..whole.start()];
            let after_text = &line.text[whole.end()..];
            let word_text = word.as_str().to_ascii_lowercase();
            if word_text.starts_with('s') && !word_text.starts_with("sec") && before_text.ends_with(['\'', '’']) {
                continue; // "the Met's 40 officers"
            }
            if OF_ANOTHER_LAW.captures(after_text).is_some_and(|other| !is_information_law(&other["name"])) {
                continue;
            }
            let is_regulation = word_text.starts_with("reg");
            if is_regulation && (!allows_regulations || after_text.trim_start().to_ascii_lowercase().starts_with("notice")) {
                continue;
            }
            let heads_line = whole.start() <= content_offset && !content.is_empty();
            let sentence_before = &before_text[before_text.rfind(['.', ';', '?', '!']).map_or(0, |at| at + 1)..];
            let applied = heads_line
                || !NEGATED.is_match(sentence_before)
                    && (APPLIED_BEFORE.is_match(sentence_before) || APPLIED_AFTER.is_match(after_text));
            for (entry, entry_span) in split_entries(body.as_str(), body.start()) {
                let section = section_of(&entry).to_string();
                let entry_regime = if is_regulation { Regime::Eir } else { regime };
                if !is_applicable(entry_regime, &entry) {
                    continue;
                }
                let cost_applied = section == "12" && entry_regime != Regime::Eir && COST_WORDS.is_match(line.text) && !NEGATED.is_match(sentence_before);
                if !(applied || cost_applied) {
                    continue;
                }
                let provision = provision_of(entry_regime, &entry);
                let catalogued = lookup(entry_regime, &provision);
                let span = Span::new(line.span.start + whole.start().min(entry_span.0), line.span.start + entry_span.1);
                citations.push(ExemptionCitation {
                    provision,
                    cited_as: entry.clone(),
                    section,
                    regime: entry_regime,
                    name: catalogued.map(|entry| entry.name),
                    is_ncnd: catalogued.is_some_and(|entry| entry.is_ncnd),
                    quote: span.text_in(text).to_string(),
                    span,
                });
            }
        }
    }
    (deduplicate(citations.clone()), citations)
}

/// Splits "24, 31 and 38" into its provisions, each normalised, with its byte range in the line.
fn split_entries(body: &str, body_start: usize) -> Vec<(String, (usize, usize))> {
    static ENTRY_START: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?:^|\s*(?:,|\band\b|&|\bor\b)\s*)(\d{1,2})").expect("valid entry pattern"));
    let starts: Vec<usize> = ENTRY_START
        .captures_iter(body)
        .filter_map(|found| found.get(1))
        .filter(|digits| digits.start() == 0 || !body[..digits.start()].trim_end().ends_with(['(']))
        .map(|digits| digits.start())
        .filter(|start| *start == 0 || !body[..*start].ends_with(|c: char| c.is_ascii_digit() || c == '('))
        .collect();
    let mut entries = Vec::new();
    for (position, start) in starts.iter().enumerate() {
        let end = starts.get(position + 1).map_or(body.len(), |next| *next);
        let raw = body[*start..end].trim_end_matches(|c: char| c.is_whitespace() || c == ',' || c == '&').trim();
        let raw = raw.strip_suffix(" and").or_else(|| raw.strip_suffix(" or")).unwrap_or(raw).trim();
        if let Some(normal) = normalise_provision(raw) {
            entries.push((normal.replace("and", "&"), (body_start + start, body_start + start + raw.len())));
        }
    }
    entries
}

/// The provision at subsection level: "40(2)(a)(b)&(3)" gives "40(2)"; EIR keeps the
/// paragraph letter of regulation 12 ("12(5)(b)").
fn provision_of(regime: Regime, cited: &str) -> String {
    let section = section_of(cited);
    let groups: Vec<&str> = cited[section.len()..]
        .split_inclusive(')')
        .take_while(|group| group.starts_with('('))
        .collect();
    let wanted = if regime == Regime::Eir && section == "12" { 2 } else { 1 };
    let mut provision = section.to_string();
    for group in groups.iter().take(wanted) {
        if provision == section && !group[1..].starts_with(|c: char| c.is_ascii_digit()) {
            break;
        }
        provision.push_str(group);
    }
    // 40(3), 40(3A), 40(3B) and 40(4A) are the conditions of 40(2), cited alongside it or alone.
    if regime == Regime::Foia && matches!(provision.as_str(), "40(3)" | "40(3A)" | "40(3B)" | "40(4)" | "40(4A)") {
        return "40(2)".to_string();
    }
    provision
}

/// Provisions an authority can rely on; sections 1, 16, 17 and the enforcement sections are not.
fn is_applicable(regime: Regime, cited: &str) -> bool {
    let section = section_of(cited);
    let number: u32 = section.trim_end_matches(|c: char| c.is_ascii_alphabetic()).parse().unwrap_or(0);
    match regime {
        Regime::Foia => number == 12 || number == 14 || (21..=44).contains(&number),
        Regime::Foisa => number == 12 || number == 14 || number == 18 || (25..=41).contains(&number),
        Regime::Eir => number == 13 || number == 12 && (cited.starts_with("12(4)(") || cited.starts_with("12(5)(")),
    }
}

fn is_information_law(name: &str) -> bool {
    let lower = name.trim().to_ascii_lowercase();
    lower.is_empty()
        || lower.contains("freedom of information")
        || lower.contains("environmental information")
        || lower.starts_with("foi")
        || lower == "this"
}

fn mentions_eir(text: &str) -> bool {
    text.contains("Environmental Information Regulations") || text.contains("EIR")
}

/// Scottish letters cite FOISA; everything else is FOIA unless cited as a regulation.
fn document_regime(text: &str) -> Regime {
    let scottish = text.contains("(Scotland) Act") || text.contains("FOISA");
    if scottish && !text.contains("Information Act 2000") {
        Regime::Foisa
    } else {
        Regime::Foia
    }
}

/// One citation per provision: a bare "Section 40" is dropped when a subsection of 40 is cited,
/// and conditions repeated later ("40(2)" then "40(3A)") fold into the first.
fn deduplicate(citations: Vec<ExemptionCitation>) -> Vec<ExemptionCitation> {
    let mut kept: Vec<ExemptionCitation> = Vec::new();
    for citation in citations {
        let bare = citation.provision == citation.section;
        let same_section = |other: &ExemptionCitation| other.regime == citation.regime && other.section == citation.section;
        if let Some(existing) = kept.iter_mut().find(|other| same_section(other) && other.provision == other.section && !bare) {
            *existing = citation;
            continue;
        }
        let duplicate = kept
            .iter()
            .any(|other| same_section(other) && (bare || other.provision == citation.provision || other.is_ncnd == citation.is_ncnd));
        if !duplicate {
            kept.push(citation);
        }
    }
    kept
}
