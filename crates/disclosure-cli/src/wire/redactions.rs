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
