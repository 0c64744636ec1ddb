//! Exemption citations: the provisions the authority applied, in every spelling letters use
//! ("Section 40(2)(3)- Personal Information", "s40(5)", "sections 24, 31 and 38 FOIA",
//! "regulation 12(5)(b)").
//!
//! A false exemption misleads a reviewer more than a missed one, so a mention counts only in
//! the authority's own words, for a provision that can be applied (not sections 1, 16, 17 or
//! the ICO's), not of another Act, and either heading its line or in a sentence that applies
//! it ("exempt by virtue of", "relied upon", "withheld under", "… is engaged").

use std::sync::LazyLock;

use super::pattern::Pattern;

use super::lines::{Label, Line};
use super::model::{ExemptionCitation, Span};
use super::voice::Voice;
use crate::exemptions::{lookup, normalise_provision, section_of, Regime};

/// A citation word followed by one or more provisions.
static CITATION: LazyLock<Pattern> = LazyLock::new(|| {
    let paren = r"\s?\(\s?[0-9a-zA-Z]{1,4}\s?\)";
    let provision = format!(r"\d{{1,2}}[A-Za-z]?(?:{paren})*(?:\s*(?:&|and|/|or)\s*{paren}(?:{paren})*)*");
    Pattern::new(&format!(
        r"(?i)(?P<word>\bsections?\b|\bsec\b\.?|\bregulations?\b|\breg\b\.?|\bexceptions?\b|\bs\.?)\s{{0,2}}(?P<body>{provision}(?:\s*(?:,|and|&|or)\s*{provision})*)"
    ))
    .expect("valid citation pattern")
});

/// "… of the Police Act 1996", "… of the Data Protection Act 2018": a provision of another law.
static OF_ANOTHER_LAW: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(
        r"(?i)^\s*,?\s*of\s+(?:the\s+)?(?P<name>[^.;:\n]{0,80}?)\b(?:act|regulations|order|rules|code|schedule)\b",
    )
    .expect("valid other-law pattern")
});

/// Words that apply a provision when they come before it in the same sentence.
static APPLIED_BEFORE: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"(?i)\b(?:exempt\w*|engag\w*|appl(?:y|ies|ied|ying)|rel(?:y|ies|ied|ying)|under|by virtue of|in accordance with|pursuant to|withh(?:eld|old\w*)|refus\w*|cit(?:e|es|ed|ing)|reliance|redact\w*|(?:been|were|was|are|is) removed|in line with|covered by|on the basis of|on the grounds? of|protected by)\b")
        .expect("valid trigger pattern")
});

/// Words that apply a provision when they follow it in the same sentence.
static APPLIED_AFTER: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"(?i)^[^.;]{0,80}?\b(?:exempt\w*|is engaged|are engaged|appl(?:y|ies|ied)|has been (?:applied|relied upon|cited)|(?:is|are) (?:an? )?(?:absolute|qualified))\b")
        .expect("valid trigger pattern")
});

/// Cost-limit words that apply section 12.
static COST_WORDS: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"(?i)\b(?:cost|costs|limit|fees?|exceed\w*|threshold)\b").expect("valid cost pattern")
});

/// Negations close before a provision: "not exempt by virtue of section 30", "to avoid … under section 12".
static NEGATED: LazyLock<Pattern> =
    LazyLock::new(|| Pattern::new(r"(?i)\b(?:not|avoid\w*|without)\b[^.;]{0,45}$").expect("valid negation pattern"));

/// A sentence saying a provision was weighed and not used: "it does not apply", "we are not
/// relying on it", "considered whether section 36 applies".
static NOT_APPLIED: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"(?i)\b(?:(?:does|do|did) not (?:apply|engage)|(?:is|are|was|were) not (?:engaged|applicable|being applied|being relied)|not (?:relying|rely|been applied|been relied|applied|engaged)|(?:it|they) (?:does|do) not\s*(?:[.;]|$)|whether\b[^.;]{0,25}$)")
        .expect("valid not-applied pattern")
});

/// Answering within the cost limit applies no cost limit.
static WITHIN_LIMIT: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"(?i)\bwithin\b[^.;]{0,20}\b(?:cost|appropriate|time|fees?)\b").expect("valid within-limit pattern")
});
static COST_EXCEEDED: LazyLock<Pattern> =
    LazyLock::new(|| Pattern::new(r"(?i)\b(?:exceed\w*|outside|beyond|over)\b").expect("valid exceeded pattern"));

/// A count of requests or cases: "3 requests", "in 57 cases", "on 4 occasions".
static COUNTED_USE: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"(?i)\b\d+\s+(?:of (?:these|them|those) )?(?:requests?|cases?|times|occasions|applications|complaints|appeals|refusals)\b")
        .expect("valid count pattern")
});

/// The rest of a sentence after a citation, up to its full stop.
fn sentence_after(after: &str) -> &str {
    // A semicolon does not end it: "section 22 allows …; we are not relying on it".
    let end = after.char_indices().find(|(at, character)| {
        matches!(character, '?' | '!')
            || *character == '.' && after[at + 1..].chars().next().is_none_or(char::is_whitespace)
    });
    &after[..end.map_or(after.len(), |(at, _)| at)]
}

/// True when the words before a provision deny applying it. "To avoid refusing your whole
/// request under section 12" refuses part of it, so it is not a denial.
fn is_negated(sentence_before: &str) -> bool {
    static PART_REFUSED: LazyLock<Pattern> = LazyLock::new(|| {
        Pattern::new(r"(?i)\bavoid\w*\b[^.;]{0,30}\b(?:whole|entire|all of)\b").expect("valid pattern")
    });
    NEGATED.is_match(sentence_before) && !PART_REFUSED.is_match(sentence_before)
}

/// Reads the exemptions applied in the authority's lines: one per provision, and every mention.
pub(crate) fn find_citations(
    text: &str,
    lines: &[Line<'_>],
    labels: &[Option<Label>],
    voices: &[Voice],
) -> (Vec<ExemptionCitation>, Vec<ExemptionCitation>) {
    let Some(regime) = document_regime(text) else {
        // Another country's law we do not catalogue: its numbers would be read as FOIA's.
        return (Vec::new(), Vec::new());
    };
    let regulation_regime = if regime == Regime::Foisa { Regime::Eirs } else { Regime::Eir };
    let allows_regulations = regime.is_uk() && mentions_eir(text);
    let mut citations = Vec::new();
    if regime == Regime::UsFoia {
        find_us_exemptions(text, lines, voices, &mut citations);
    }
    for (index, line) in lines.iter().enumerate() {
        if voices.get(index) != Some(&Voice::Authority) {
            continue;
        }
        let cited = cited_in_line(lines, voices, index);
        if cited.is_empty() {
            continue;
        }
        let (content, content_span) = line.content(labels.get(index).and_then(Option::as_ref));
        let content_offset = content_span.start - line.span.start;
        for found in cited {
            let Cited { whole, word_text, body, body_start } = found;
            let before_text = &line.text[..whole.0];
            let after_text = &line.text[whole.1..];
            if word_text.starts_with('s') && !word_text.starts_with("sec") && before_text.ends_with(['\'', '’']) {
                continue; // "the Met's 40 officers"
            }
            if OF_ANOTHER_LAW.captures(after_text).is_some_and(|other| !is_information_law(&other["name"])) {
                continue;
            }
            // EIR letters name their regulations "exceptions" too ("Exception 12(5)(b)").
            let is_regulation = word_text.starts_with("reg") || word_text.starts_with("exc");
            if is_regulation
                && (!allows_regulations || after_text.trim_start().to_ascii_lowercase().starts_with("notice"))
            {
                continue;
            }
            let heads_line = whole.0 <= content_offset && !content.is_empty();
            let sentence_start = sentence_start(before_text);
            // A sentence wrapped over lines starts on the line before ("withheld in accordance
            // with" / "EIR Regulations 13(1)").
            let carried = match sentence_start {
                None => sentence_carried_from(lines, voices, index),
                Some(_) => "",
            };
            let sentence_before = format!("{carried} {}", &before_text[sentence_start.unwrap_or(0)..]);
            let sentence_before = sentence_before.as_str();
            // "We refused 3 requests under section 14" reports how the Act was used, as an
            // answer; it applies nothing to this request.
            let rest_of_sentence = sentence_after(after_text);
            let reports_use = COUNTED_USE.is_match(sentence_before)
                || COUNTED_USE.is_match(rest_of_sentence)
                || NOT_APPLIED.is_match(sentence_before)
                || NOT_APPLIED.is_match(rest_of_sentence);
            let applied = !reports_use && heads_line
                || !reports_use
                    && !is_negated(sentence_before)
                    && (APPLIED_BEFORE.is_match(sentence_before) || APPLIED_AFTER.is_match(after_text));
            for (entry, entry_span) in split_entries(body, body_start) {
                let section = section_of(&entry).to_string();
                let entry_regime = if is_regulation { regulation_regime } else { regime };
                if !is_applicable(entry_regime, &entry) {
                    continue;
                }
                let within_limit = WITHIN_LIMIT.is_match(line.text) && !COST_EXCEEDED.is_match(line.text);
                let cost_applied = !within_limit
                    && !reports_use
                    && section == "12"
                    && matches!(entry_regime, Regime::Foia | Regime::Foisa)
                    && COST_WORDS.is_match(line.text)
                    && !is_negated(sentence_before);
                if !(applied || cost_applied) {
                    continue;
                }
                let provision = provision_of(entry_regime, &entry);
                let catalogued = lookup(entry_regime, &provision);
                let span = Span::new(line.span.start + whole.0.min(entry_span.0), line.span.start + entry_span.1);
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

/// One citation in a line: where it is, its word ("section", "s", "regulation") in lower
/// case, and its provisions.
struct Cited<'t> {
    whole: (usize, usize),
    word_text: String,
    body: &'t str,
    body_start: usize,
}

/// The citations of one line, a line that opens with the number of a citation whose word ended
/// the line before ("Section" / "12(2) of the Act") included.
fn cited_in_line<'t>(lines: &[Line<'t>], voices: &[Voice], index: usize) -> Vec<Cited<'t>> {
    static WORD_AT_END: LazyLock<Pattern> =
        LazyLock::new(|| Pattern::new(r"(?i)\b(?P<word>sections?|regulations?)$").expect("valid word pattern"));
    let text = lines[index].text;
    let mut found: Vec<Cited<'t>> = Vec::new();
    // Every provision has a digit, and one carried from the line before opens this one.
    if !text.bytes().any(|byte| byte.is_ascii_digit()) {
        return found;
    }
    let word_before = (text.starts_with(|c: char| c.is_ascii_digit()))
        .then(|| index.checked_sub(1))
        .flatten()
        .filter(|previous| voices.get(*previous) == voices.get(index))
        .and_then(|previous| WORD_AT_END.captures(lines[previous].text))
        .and_then(|captured| captured.name("word"))
        .map(|word| word.as_str().to_ascii_lowercase());
    if let Some(word_text) = word_before {
        let prefixed = format!("{word_text} {text}");
        if let Some(body) = CITATION
            .captures(&prefixed)
            .filter(|c| c.get(0).is_some_and(|m| m.start() == 0))
            .and_then(|c| c.name("body"))
        {
            let shift = word_text.len() + 1;
            let (start, end) = (body.start() - shift, body.end() - shift);
            found.push(Cited { whole: (0, end), word_text, body: &text[start..end], body_start: start });
        }
    }
    for captured in CITATION.captures_iter(text) {
        let (Some(whole), Some(word), Some(body)) = (captured.get(0), captured.name("word"), captured.name("body"))
        else {
            continue;
        };
        if found.first().is_some_and(|first| whole.start() < first.whole.1) {
            continue;
        }
        found.push(Cited {
            whole: (whole.start(), whole.end()),
            word_text: word.as_str().to_ascii_lowercase(),
            body: body.as_str(),
            body_start: body.start(),
        });
    }
    found
}

/// The end of the previous line's last sentence, when it runs on into this line.
fn sentence_carried_from<'t>(lines: &[Line<'t>], voices: &[Voice], index: usize) -> &'t str {
    let Some(previous) = index.checked_sub(1).and_then(|at| lines.get(at)) else { return "" };
    if voices.get(index - 1) != voices.get(index) || previous.text.ends_with(['.', ';', '?', '!', ':']) {
        return "";
    }
    &previous.text[sentence_start(previous.text).unwrap_or(0)..]
}

/// Where the last sentence of a stretch of text starts: after a semicolon, question or
/// exclamation mark, or a full stop followed by a space, unless the stop ends an abbreviation
/// ("s. 40", "sec. 12", "e.g. "). The stop in "S.43" ends nothing.
fn sentence_start(text: &str) -> Option<usize> {
    const ABBREVIATIONS: &[&str] = &["s", "ss", "sec", "reg", "regs", "no", "para", "e.g", "i.e", "cf"];
    text.char_indices().rev().find_map(|(at, character)| {
        let ends = match character {
            ';' | '?' | '!' => true,
            '.' => {
                let followed_by_space = text[at + 1..].chars().next().is_none_or(char::is_whitespace);
                let word = text[..at].rsplit(|c: char| c.is_whitespace() || c == '(').next().unwrap_or("");
                followed_by_space && !ABBREVIATIONS.contains(&word.to_ascii_lowercase().as_str())
            }
            _ => false,
        };
        ends.then_some(at + 1)
    })
}

/// Splits "24, 31 and 38" into its provisions, each normalised, with its byte range in the line.
fn split_entries(body: &str, body_start: usize) -> Vec<(String, (usize, usize))> {
    static ENTRY_START: LazyLock<Pattern> =
        LazyLock::new(|| Pattern::new(r"(?:^|\s*(?:,|\band\b|&|\bor\b)\s*)(\d{1,2})").expect("valid entry pattern"));
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
    let groups: Vec<&str> =
        cited[section.len()..].split_inclusive(')').take_while(|group| group.starts_with('(')).collect();
    // Where the paragraph is what names the ground, it is kept: EIR 12(4)(a), EIRS 10(4)(a),
    // OIA 9(2)(a) and 18(e), Ireland's 15(1)(a).
    let wanted = match (regime, section) {
        (Regime::Eir, "12") | (Regime::Eirs, "10") | (Regime::NzOia, "9") | (Regime::IeFoi, "15") => 2,
        (Regime::AuFoi, _) => 0,
        _ => 1,
    };
    let letter_first = matches!((regime, section), (Regime::NzOia, "6" | "18"));
    let mut provision = section.to_string();
    for group in groups.iter().take(wanted) {
        if provision == section && !letter_first && !group[1..].starts_with(|c: char| c.is_ascii_digit()) {
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
        Regime::Eirs => number == 11 || number == 10 && (cited.starts_with("10(4)(") || cited.starts_with("10(5)(")),
        // Extensions (15A), alternatives (18A, 18B) and the Ombudsman (28) are procedure.
        Regime::NzOia => matches!(section, "6" | "7" | "9" | "10" | "18"),
        // An edited copy (22) and who decides (23) are procedure.
        Regime::AuFoi => lookup(Regime::AuFoi, section).is_some(),
        Regime::IeFoi => number == 15 || (28..=42).contains(&number),
        Regime::UsFoia => false,
    }
}

fn is_information_law(name: &str) -> bool {
    let lower = name.trim().to_ascii_lowercase();
    lower.is_empty()
        || lower.contains("freedom of information")
        || lower.contains("environmental information")
        || lower.contains("official information")
        || lower.starts_with("foi")
        || lower == "this"
}

fn mentions_eir(text: &str) -> bool {
    text.contains("Environmental Information Regulations") || text.contains("EIR")
}

/// The law a letter answers under, from the Act it names: another country's, then Scotland's
/// (FOISA, its regulations EIRS), else FOIA (its regulations EIR). `None` for another country's
/// law that is not catalogued (its numbers would otherwise be read as FOIA's).
fn document_regime(text: &str) -> Option<Regime> {
    static FOREIGN: LazyLock<Pattern> = LazyLock::new(|| {
        Pattern::new(r"(?i)\b(?P<nz>official information act)|(?P<au>\(cth\)|(?:freedom of information|foi) act 1982)|(?P<us>u\.\s?s\.\s?c\.?\s*§*\s*552|5 usc 552)|(?P<ie>freedom of information act 2014)|(?P<other>local government official information)")
            .expect("valid foreign law pattern")
    });
    let uk = text.contains("Information Act 2000")
        || text.contains("(Scotland)")
        || text.contains("FOISA")
        || text.contains("Environmental Information Regulations");
    if !uk {
        if let Some(found) = FOREIGN.captures(text) {
            return if found.name("other").is_some() {
                None
            } else if found.name("nz").is_some() {
                Some(Regime::NzOia)
            } else if found.name("au").is_some() {
                Some(Regime::AuFoi)
            } else if found.name("us").is_some() {
                Some(Regime::UsFoia)
            } else {
                Some(Regime::IeFoi)
            };
        }
    }
    let scottish = text.contains("(Scotland) Act") || text.contains("FOISA");
    if scottish && !text.contains("Information Act 2000") {
        Some(Regime::Foisa)
    } else {
        Some(Regime::Foia)
    }
}

/// Reads the United States' exemptions, "(b)(6)" or "Exemption 6", where a sentence applies
/// them. A line listing several is a checklist whose marks the text has lost, so it says nothing.
fn find_us_exemptions(text: &str, lines: &[Line<'_>], voices: &[Voice], citations: &mut Vec<ExemptionCitation>) {
    static US_EXEMPTION: LazyLock<Pattern> = LazyLock::new(|| {
        Pattern::new(r"(?i)\(b\)\s?\((?P<number>[1-9])\)(?:\s?\((?P<part>[A-F])\))?|\bexemptions?\s+(?P<bare>[1-9])\b")
            .expect("valid US exemption pattern")
    });
    for (index, line) in lines.iter().enumerate() {
        if voices.get(index) != Some(&Voice::Authority) {
            continue;
        }
        // Exemptions opening a line head the entries of a list explaining them all.
        let found: Vec<_> =
            US_EXEMPTION.captures_iter(line.text).filter(|found| found.get(0).is_some_and(|m| m.start() > 0)).collect();
        if found.is_empty() || found.len() > 2 {
            continue;
        }
        for exemption in found {
            let (Some(whole), Some(number)) = (exemption.get(0), exemption.name("number").or(exemption.name("bare")))
            else {
                continue;
            };
            let before = &line.text[..whole.start()];
            let sentence_before = &before[sentence_start(before).unwrap_or(0)..];
            let applied = !is_negated(sentence_before)
                && (APPLIED_BEFORE.is_match(sentence_before) || APPLIED_AFTER.is_match(&line.text[whole.end()..]));
            if !applied {
                continue;
            }
            let provision = format!("(b)({})", number.as_str());
            let cited_as = match exemption.name("part") {
                Some(part) => format!("{provision}({})", part.as_str().to_ascii_uppercase()),
                None => provision.clone(),
            };
            let catalogued = lookup(Regime::UsFoia, &provision);
            let span = Span::new(line.span.start + whole.start(), line.span.start + whole.end());
            citations.push(ExemptionCitation {
                section: provision.clone(),
                provision,
                cited_as,
                regime: Regime::UsFoia,
                name: catalogued.map(|entry| entry.name),
                is_ncnd: false,
                quote: span.text_in(text).to_string(),
                span,
            });
        }
    }
}

/// One citation per provision: a bare "Section 40" is dropped when a subsection of 40 is cited,
/// and conditions repeated later ("40(2)" then "40(3A)") fold into the first.
fn deduplicate(citations: Vec<ExemptionCitation>) -> Vec<ExemptionCitation> {
    let mut kept: Vec<ExemptionCitation> = Vec::new();
    for citation in citations {
        let bare = citation.provision == citation.section;
        let same_section =
            |other: &ExemptionCitation| other.regime == citation.regime && other.section == citation.section;
        if let Some(existing) =
            kept.iter_mut().find(|other| same_section(other) && other.provision == other.section && !bare)
        {
            *existing = citation;
            continue;
        }
        let duplicate = kept.iter().any(|other| {
            same_section(other) && (bare || other.provision == citation.provision || other.is_ncnd == citation.is_ncnd)
        });
        if !duplicate {
            kept.push(citation);
        }
    }
    kept
}
