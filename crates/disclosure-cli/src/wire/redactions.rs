//! The JSON shape of a redaction found in a letter: in `disclosure parse FILE --json` and
//! `disclosure redactions DOCUMENT --json`.

use disclosure_core::redactions::Redaction;
use serde::Serialize;

#[derive(Debug, Serialize)]
pub struct FoundRedaction<'a> {
    /// The page, counted from 1, for marks on a page; `null` for markers in the text.
    pub page: Option<u32>,
    /// "box", "image" or "marker".
    pub kind: &'static str,
    pub provision: Option<&'a str>,
    /// "label", "paragraph", "letter" or "none".
    pub tied_by: &'static str,
    /// Words the file still holds under a box: the redaction hides nothing.
    pub text_under: Option<&'a str>,
    pub label: Option<&'a str>,
    /// Where on the page, in points from its lower left corner: `[x, y, width, height]`.
    pub area: Option<[i32; 4]>,
    pub start: usize,
    pub end: usize,
}

impl<'a> From<&'a Redaction> for FoundRedaction<'a> {
    fn from(redaction: &'a Redaction) -> Self {
        FoundRedaction {
            page: redaction.page,
            kind: redaction.kind.as_str(),
            provision: redaction.provision.as_deref(),
            tied_by: redaction.tied_by.as_str(),
            text_under: redaction.text_under.as_deref(),
            label: redaction.label.as_deref(),
            area: redaction.area.map(|area| [area.x, area.y, area.width, area.height]),
            start: redaction.span.start,
            end: redaction.span.end,
        }
    }
}

/// A redaction kept in the library, with the reviewer's decision: `disclosure redactions DOCUMENT --json`.
#[derive(Debug, Serialize)]
pub struct KeptRedaction<'a> {
    /// Names the redaction in `confirm`, `correct`, `dismiss` and `undo`; survives re-reading.
    pub key: &'a str,
    pub page: Option<i64>,
    pub kind: &'a str,
    /// The provision it counts under: the reviewer's correction, else the one found.
    pub provision: Option<&'a str>,
    /// The provision as found.
    pub found_provision: Option<&'a str>,
    pub tied_by: &'a str,
    /// True when the file still holds the words under it: the redaction hides nothing.
    pub text_survives: bool,
    /// Those words, only with `--show-text`.
    pub text_under: Option<&'a str>,
    pub label: Option<&'a str>,
    pub area: Option<[i64; 4]>,
    pub question: Option<&'a str>,
    /// "authority" for a redaction in the document as received.
    pub redacted_by: &'static str,
    /// "confirmed", "corrected", "dismissed", or null when not reviewed.
    pub decision: Option<&'static str>,
    pub note: &'a str,
    pub reviewer: Option<&'a str>,
    pub start: i64,
    pub end: i64,
}

impl<'a> KeptRedaction<'a> {
    pub fn new(row: &'a disclosure_store::RedactionRow, show_text: bool) -> Self {
        let finding = &row.finding;
        KeptRedaction {
            key: &finding.key,
            page: finding.page,
            kind: &finding.kind,
            provision: row.provision(),
            found_provision: finding.provision.as_deref(),
            tied_by: &finding.tied_by,
            text_survives: finding.text_under.is_some(),
            text_under: finding.text_under.as_deref().filter(|_| show_text),
            label: finding.label.as_deref(),
            area: finding.area.map(|(x, y, width, height)| [x, y, width, height]),
            question: finding.question_key.as_deref(),
            redacted_by: "authority",
            decision: row.verdict.as_ref().map(|verdict| verdict.as_str()),
            note: &row.note,
            reviewer: row.reviewer.as_deref(),
            start: finding.start,
            end: finding.end,
        }
    }
}
