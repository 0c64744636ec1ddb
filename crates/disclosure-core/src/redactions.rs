//! Redactions in a letter itself: markers written in its text ("[REDACTED]", "[Redacted – s40]",
//! runs of █, "XXXX" in place of words) and marks drawn on its pages (dark boxes, dark regions
//! of page images), each placed in the text and tied to the provision it was made under.
//!
//! Finding marks on a page needs the PDF, which this crate never reads: whoever read the file
//! hands them in as [`PageMark`]s, and this module places and ties them like the text markers.
//! A provision comes from the mark's own label first, then from a provision cited in the same
//! paragraph or answer, then from the letter when it applies one provision only; [`TiedBy`]
//! says which. Only provisions the letter applies are taken from its paragraphs, so a section
//! cited but not applied never names a redaction.
//!
//! ```
//! use disclosure_core::{parse::parse, redactions::{find_redactions, TiedBy}};
//! let text = "Name of officer: [Redacted – s40(2)]\n";
//! let found = find_redactions(text, &parse(text), &[]);
//! assert_eq!(found[0].provision.as_deref(), Some("40(2)"));
//! assert_eq!(found[0].tied_by, TiedBy::Label);
//! ```

use std::sync::LazyLock;

use regex::Regex;

use crate::exemptions::{lookup, normalise_provision, section_of, Regime};
use crate::parse::{Disclosure, ExemptionCitation, Span};

/// What a redaction looks like in the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RedactionKind {
    /// A filled dark rectangle drawn on a page.
    Box,
    /// A dark region burnt into a page image (a scan).
    Image,
    /// A marker written in the text in place of the words.
    Marker,
}

impl RedactionKind {
    /// Stable short name: "box", "image", "marker".
    pub fn as_str(self) -> &'static str {
        match self {
            RedactionKind::Box => "box",
            RedactionKind::Image => "image",
            RedactionKind::Marker => "marker",
        }
    }

    /// The kind a stable short name stands for.
    pub fn from_name(name: &str) -> Option<RedactionKind> {
        [RedactionKind::Box, RedactionKind::Image, RedactionKind::Marker].into_iter().find(|kind| kind.as_str() == name)
    }
}

/// Where a redaction's provision came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TiedBy {
    /// The label written in or beside the mark ("S40(2)", "[Redacted – s43]").
    Label,
    /// A provision the letter applies, cited in the same paragraph or in the answer holding the mark.
    Paragraph,
    /// The one provision the letter applies.
    Letter,
    /// Nothing ties it: redacted, no exemption given.
    None,
}

impl TiedBy {
    /// Stable short name: "label", "paragraph", "letter", "none".
    pub fn as_str(self) -> &'static str {
        match self {
            TiedBy::Label => "label",
            TiedBy::Paragraph => "paragraph",
            TiedBy::Letter => "letter",
            TiedBy::None => "none",
        }
    }

    /// The way of tying a stable short name stands for.
    pub fn from_name(name: &str) -> Option<TiedBy> {
        [TiedBy::Label, TiedBy::Paragraph, TiedBy::Letter, TiedBy::None].into_iter().find(|tied| tied.as_str() == name)
    }

    /// Words for a schedule column.
    pub fn label(self) -> &'static str {
        match self {
            TiedBy::Label => "label on the redaction",
            TiedBy::Paragraph => "provision cited beside it",
            TiedBy::Letter => "the letter's exemption",
            TiedBy::None => "no exemption given",
        }
    }
}

/// What the exemption register and its schedule say of a redaction found in a document, beside
/// the provision it counts under.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScheduledRedaction {
    /// What it looks like.
    pub kind: RedactionKind,
    /// The page, for marks on a page.
    pub page: Option<u32>,
    /// Where on the page.
    pub area: Option<PageArea>,
    /// Where the provision came from.
    pub tied_by: TiedBy,
    /// True when the file still holds the words under it.
    pub text_survives: bool,
    /// The reviewer's decision ("confirmed", "corrected from 40(2)"), when there is one.
    pub decision: Option<String>,
}

/// The provision a redaction tied to none counts under in the register.
pub const NO_PROVISION: &str = "none given";

/// A rectangle on a page, in PDF points from the page's lower left corner, rounded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct PageArea {
    /// Left edge.
    pub x: i32,
    /// Bottom edge.
    pub y: i32,
    /// Width.
    pub width: i32,
    /// Height.
    pub height: i32,
}

/// A mark found on a page by whoever read the file, before it is placed in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageMark {
    /// The page, counted from 1.
    pub page: u32,
    /// A box or an image region.
    pub kind: RedactionKind,
    /// Where on the page.
    pub area: PageArea,
    /// Text the text layer still holds under the mark: the redaction hides nothing.
    pub text_under: Option<String>,
    /// Words written in or just beside the mark ("S40(2)").
    pub label: Option<String>,
    /// The last words shown before the mark on its page, to place it in the text.
    pub text_before: Option<String>,
}

/// One redaction of a letter, placed and tied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Redaction {
    /// What it looks like.
    pub kind: RedactionKind,
    /// The page, for marks on a page.
    pub page: Option<u32>,
    /// Where on the page, for marks on a page.
    pub area: Option<PageArea>,
    /// The provision it was made under, at subsection level ("40(2)"), when one ties it.
    pub provision: Option<String>,
    /// Where the provision came from.
    pub tied_by: TiedBy,
    /// Text still in the file under the mark: the redaction hides nothing.
    pub text_under: Option<String>,
    /// The label written in or beside the mark.
    pub label: Option<String>,
    /// Where it is in the text: the marker, the words left under a box, or the place a box
    /// stands (an empty span after the words before it).
    pub span: Span,
    /// The question whose answer holds it (index into `Disclosure::questions`).
    pub question_idx: Option<usize>,
}

/// A name for each redaction (in the order given) that a new reading of the same document gives
/// again, so the reviewer's decision on it survives re-reading: a page mark by page and area, a
/// marker by its words and how many markers of the same words come before it.
pub fn redaction_keys(redactions: &[Redaction], text: &str) -> Vec<String> {
    let mut order: Vec<usize> = (0..redactions.len()).collect();
    order.sort_by_key(|index| redactions[*index].span.start);
    let mut n_seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    let mut keys = vec![String::new(); redactions.len()];
    for index in order {
        let redaction = &redactions[index];
        keys[index] = match (redaction.page, redaction.area) {
            (Some(page), Some(area)) => {
                format!("{}:{page}:{},{},{},{}", redaction.kind.as_str(), area.x, area.y, area.width, area.height)
            }
            _ => {
                let words = redaction.span.text_in(text);
                let n_before = n_seen.entry(words).or_insert(0);
                let key = format!("marker:{words}#{n_before}");
                *n_before += 1;
                key
            }
        };
    }
    keys
}

/// Bracketed markers: the word that says text was taken out, then anything up to the bracket.
static BRACKETED: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\[\s*(?:redacted|redaction|withheld|removed|exempt|name removed|names removed|personal (?:data|information|details) removed)\b[^\]\n]{0,80}\]",
    )
    .ok()
});

/// Runs of full blocks, and of squares (three or more, as one or two are bullets).
static BLOCKS: LazyLock<Option<Regex>> = LazyLock::new(|| Regex::new(r"█(?:[ \t]?█)+|■(?:[ \t]?■){2,}").ok());

/// Capital X written over words: four or more, whole words, one or several.
static CROSSES: LazyLock<Option<Regex>> = LazyLock::new(|| Regex::new(r"\bX{4,}(?:[ \t]+X{2,})*\b").ok());

/// A provision written in a label: "s40", "S.40(2)", "section 43(2)", "reg 12(5)(b)", "40(2)".
static LABEL_PROVISION: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:\b(?:s|ss|sec|section|reg|regulation)\.?\s*|^\s*|\s)(\d{1,2}[A-Z]?(?:\s?\(\s?[0-9]{1,2}[A-Za-z]?\s?\))?(?:\s?\(\s?[a-z]{1,3}\s?\))?)(?:\b|\)|$)",
    )
    .ok()
});

/// Every redaction of a letter in text order: its text markers, and the page marks found in
/// its file (none for formats without pages), each placed in `text` and tied to a provision.
pub fn find_redactions(text: &str, disclosure: &Disclosure, page_marks: &[PageMark]) -> Vec<Redaction> {
    let mut found = Vec::new();
    let mut placed_until = 0;
    for mark in page_marks {
        let (span, anchored) = place_mark(text, mark, placed_until);
        if anchored {
            placed_until = span.end;
        }
        found.push(Redaction {
            kind: mark.kind,
            page: Some(mark.page),
            area: Some(mark.area),
            provision: None,
            tied_by: TiedBy::None,
            text_under: mark.text_under.clone(),
            label: mark.label.clone(),
            span,
            question_idx: None,
        });
    }
    for span in text_markers(text) {
        // A marker printed inside a box's span is that box's label, not a second redaction.
        if let Some(page_mark) = found.iter_mut().find(|other| other.page.is_some() && overlaps(other.span, span)) {
            page_mark.label.get_or_insert_with(|| span.text_in(text).to_string());
            continue;
        }
        found.push(Redaction {
            kind: RedactionKind::Marker,
            page: None,
            area: None,
            provision: None,
            tied_by: TiedBy::None,
            text_under: None,
            label: Some(span.text_in(text).to_string()),
            span,
            question_idx: None,
        });
    }
    for redaction in &mut found {
        tie(text, disclosure, redaction);
    }
    found.sort_by_key(|redaction| (redaction.span.start, redaction.span.end, redaction.page));
    found
}

/// The spans of every text marker, in text order, overlaps removed.
fn text_markers(text: &str) -> Vec<Span> {
    // Found in the order the patterns are tried, so where two overlap the earlier pattern wins.
    let mut found_spans: Vec<(usize, Span)> = Vec::new();
    for (rank, (pattern, are_crosses)) in
        [(&BRACKETED, false), (&BLOCKS, false), (&CROSSES, true)].into_iter().enumerate()
    {
        let Some(pattern) = pattern.as_ref() else { continue };
        for found in pattern.find_iter(text) {
            let span = Span::new(found.start(), found.end());
            if !are_crosses || crosses_stand_for_words(text, span) {
                found_spans.push((rank, span));
            }
        }
    }
    found_spans.sort_by_key(|(rank, span)| (span.start, *rank));
    let mut spans: Vec<Span> = Vec::with_capacity(found_spans.len());
    for (_, span) in found_spans {
        match spans.last() {
            Some(last) if overlaps(*last, span) => {}
            _ => spans.push(span),
        }
    }
    spans
}

/// Capital X runs are a redaction only where they stand alone as words: not in a masked
/// address ("XXXX@XXXX.XXX"), a template reference ("FOI-XXXX") or a code.
fn crosses_stand_for_words(text: &str, span: Span) -> bool {
    let before = text[..span.start].chars().next_back();
    let after = text[span.end..].chars().next();
    let joins = |character: Option<char>| {
        character.is_some_and(|character| {
            character.is_alphanumeric() || matches!(character, '@' | '.' | '/' | '-' | '_' | '\\' | '=' | '#' | '+')
        })
    };
    !joins(before) && !joins(after)
}

fn overlaps(first: Span, second: Span) -> bool {
    if first.is_empty() || second.is_empty() {
        return first.start >= second.start && first.start <= second.end
            || second.start >= first.start && second.start <= first.end;
    }
    first.start < second.end && second.start < first.end
}

/// Places a page mark in the text: the words under it, else its label, else just after the
/// words before it. Searches from `from` first, as marks come in page order. The flag says
/// whether the place was found rather than guessed.
fn place_mark(text: &str, mark: &PageMark, from: usize) -> (Span, bool) {
    let anchors = [(&mark.text_under, false), (&mark.label, false), (&mark.text_before, true)];
    for (anchor, after) in anchors {
        let Some(anchor) = anchor.as_deref() else { continue };
        let found = find_words(text, anchor, from).or_else(|| find_words(text, anchor, 0));
        if let Some(span) = found {
            return if after { (Span::new(span.end, span.end), true) } else { (span, true) };
        }
    }
    let at = from.min(text.len());
    (Span::new(at, at), false)
}

/// Finds `words` in `text` at or after `from`, whatever the spacing between them.
fn find_words(text: &str, words: &str, from: usize) -> Option<Span> {
    let tokens: Vec<String> = words.split_whitespace().map(regex::escape).collect();
    if tokens.is_empty() || from > text.len() || !text.is_char_boundary(from) {
        return None;
    }
    let pattern = Regex::new(&tokens.join(r"\s+")).ok()?;
    let found = pattern.find_at(text, from)?;
    Some(Span::new(found.start(), found.end()))
}

/// Ties a redaction to its provision: its label, then its paragraph or answer, then the letter.
fn tie(text: &str, disclosure: &Disclosure, redaction: &mut Redaction) {
    redaction.question_idx = disclosure.questions.iter().position(|question| {
        question.answer.as_ref().is_some_and(|answer| contains_place(answer.span, redaction.span))
    });
    let regime = disclosure.exemptions.first().map_or(Regime::Foia, |citation| citation.regime);
    if let Some(provision) = redaction.label.as_deref().and_then(|label| provision_in_label(label, regime, disclosure))
    {
        redaction.provision = Some(provision);
        redaction.tied_by = TiedBy::Label;
        return;
    }
    let paragraph = paragraph_around(text, redaction.span);
    if let Some(provision) = applied_in(paragraph.text_in(text), disclosure) {
        redaction.provision = Some(provision);
        redaction.tied_by = TiedBy::Paragraph;
        return;
    }
    let answer_exemptions = redaction
        .question_idx
        .map(|question_idx| disclosure.questions[question_idx].exemptions.as_slice())
        .unwrap_or_default();
    if let Some(provision) = only_provision(answer_exemptions) {
        redaction.provision = Some(provision);
        redaction.tied_by = TiedBy::Paragraph;
        return;
    }
    if let Some(provision) = only_provision(&disclosure.exemptions) {
        redaction.provision = Some(provision);
        redaction.tied_by = TiedBy::Letter;
    }
}

fn contains_place(outer: Span, inner: Span) -> bool {
    outer.start <= inner.start && inner.end <= outer.end
}

/// The one provision of a list, when it names one only (a cost limit does not redact).
fn only_provision(citations: &[ExemptionCitation]) -> Option<String> {
    let mut provisions: Vec<&str> = citations
        .iter()
        .filter(|citation| !is_cost_limit(citation))
        .map(|citation| citation.provision.as_str())
        .collect();
    provisions.dedup();
    match provisions.as_slice() {
        [only] => Some((*only).to_string()),
        _ => None,
    }
}

fn is_cost_limit(citation: &ExemptionCitation) -> bool {
    citation.regime == Regime::Foia && matches!(citation.section.as_str(), "12" | "14")
        || citation.regime == Regime::Eir && citation.provision == "12(4)(b)"
}

/// How far a paragraph is looked for either side of a redaction: a letter's paragraph is far
/// shorter, and a text of one endless paragraph must not be scanned whole for every mark.
const PARAGRAPH_REACH: usize = 3000;

/// The paragraph holding a span: from the blank line before it to the blank line after it,
/// within [`PARAGRAPH_REACH`] bytes of it.
fn paragraph_around(text: &str, span: Span) -> Span {
    let floor = floor_boundary(text, span.start.saturating_sub(PARAGRAPH_REACH));
    let ceiling = floor_boundary(text, span.end.saturating_add(PARAGRAPH_REACH).min(text.len()));
    let (span_start, span_end) = (floor_boundary(text, span.start), floor_boundary(text, span.end).max(floor));
    let start = text[floor..span_start.max(floor)].rfind("\n\n").map_or(floor, |at| floor + at + 2);
    let end = text[span_end.min(ceiling)..ceiling].find("\n\n").map_or(ceiling, |at| span_end + at);
    Span::new(start, end.max(start))
}

fn floor_boundary(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// The provision a label names, in the letter's own form when the letter applies it
/// ("s40" in a letter applying 40(2) is 40(2)), else in the catalogue's.
fn provision_in_label(label: &str, regime: Regime, disclosure: &Disclosure) -> Option<String> {
    let pattern = LABEL_PROVISION.as_ref()?;
    let inside = label.trim_matches(|character: char| matches!(character, '[' | ']') || character.is_whitespace());
    for captures in pattern.captures_iter(inside) {
        let Some(whole) = captures.get(0) else { continue };
        // A label that is a provision alone ("40(2)") needs no word; a number inside words
        // ("2 names") is not a provision.
        if whole.start() > 0 && !starts_with_word(whole.as_str()) {
            continue;
        }
        let Some(cited) = captures.get(1) else { continue };
        let Some(normal) = normalise_provision(cited.as_str()) else { continue };
        if let Some(applied) = letter_form(&normal, disclosure) {
            return Some(applied);
        }
        if let Some(entry) = lookup(regime, &normal) {
            return Some(entry.provision.to_string());
        }
    }
    None
}

/// A provision the letter applies that a cited provision stands for: the same, a subsection of
/// it, or the one subsection of a bare section.
fn letter_form(normal: &str, disclosure: &Disclosure) -> Option<String> {
    let applied = &disclosure.exemptions;
    if let Some(citation) = applied.iter().find(|citation| normal == citation.provision) {
        return Some(citation.provision.clone());
    }
    if let Some(citation) = applied.iter().find(|citation| normal.starts_with(&format!("{}(", citation.provision))) {
        return Some(citation.provision.clone());
    }
    let section = section_of(normal);
    if section == normal {
        let of_section: Vec<&ExemptionCitation> =
            applied.iter().filter(|citation| citation.section == section).collect();
        if let [only] = of_section.as_slice() {
            return Some(only.provision.clone());
        }
    }
    None
}

fn starts_with_word(cited: &str) -> bool {
    cited.trim_start().chars().next().is_some_and(|character| character.is_ascii_alphabetic())
}

/// The provision the letter applies that a paragraph cites, when it cites exactly one.
fn applied_in(paragraph: &str, disclosure: &Disclosure) -> Option<String> {
    let pattern = LABEL_PROVISION.as_ref()?;
    let mut provisions: Vec<String> = Vec::new();
    for captures in pattern.captures_iter(paragraph) {
        let Some(whole) = captures.get(0) else { continue };
        // Bare numbers in running text are figures, not provisions; a paragraph cites with a word.
        if !starts_with_word(whole.as_str()) {
            continue;
        }
        let Some(cited) = captures.get(1) else { continue };
        let Some(normal) = normalise_provision(cited.as_str()) else { continue };
        if let Some(applied) = letter_form(&normal, disclosure) {
            if !provisions.contains(&applied) {
                provisions.push(applied);
            }
        }
    }
    match provisions.as_slice() {
        [only] => Some(only.clone()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crosses_in_addresses_are_not_words() {
        let text = "Email: XXXX@XXXX.XXX and FOI-XXXX but Name: XXXXXX XXXXX";
        let spans = text_markers(text);
        assert_eq!(spans.len(), 1, "only the crossed-out name stands for words: {spans:?}");
        assert_eq!(spans[0].text_in(text), "XXXXXX XXXXX", "the run covers both crossed-out words");
    }
}
