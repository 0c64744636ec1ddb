//! The JSON shape of `disclosure parse FILE --json`: a letter's structure, with byte offsets
//! into the extracted text for every piece.

use disclosure_core::parse::{
    Answer, Disclosure, ExemptionCitation, Figure, ParseIssue, Question, Span, Table, PARSER_VERSION,
};
use serde::Serialize;

#[derive(Debug, Serialize)]
pub struct ParsedLetter<'a> {
    pub path: &'a str,
    pub format: &'a str,
    pub encoding: &'a str,
    pub parser_version: i64,
    pub reference: Option<&'a str>,
    pub authority: Option<&'a str>,
    /// Where the authority was read from: "letterhead", "signoff", "phrase", "mention", "email", "catalogue".
    pub authority_source: Option<&'static str>,
    pub response_date: Option<String>,
    /// Where the response date was read from: "letter", "email", "reference", "file".
    pub date_source: Option<&'static str>,
    pub data_dates: Vec<String>,
    pub decision: &'static str,
    pub ncnd: bool,
    pub exemptions: Vec<CitedExemption<'a>>,
    pub questions: Vec<ParsedQuestion<'a>>,
    pub clarifications: Vec<&'a str>,
    pub tables: Vec<ParsedTable<'a>>,
    pub issues: Vec<Issue<'a>>,
    pub redactions: Vec<super::FoundRedaction<'a>>,
    /// A PDF's pages, each read from its text layer or by OCR; empty for other formats.
    pub pages: Vec<ParsedPage>,
}

/// One page of a PDF: how it was read, and where its text lies.
#[derive(Debug, Serialize)]
pub struct ParsedPage {
    pub number: u32,
    /// "text" (the PDF's own text layer) or "ocr" (read from the page's picture: digits and
    /// signs may be misread).
    pub source: &'static str,
    /// For an OCR page, the mean confidence of its words, 0 to 100.
    pub confidence: Option<f32>,
    pub start: usize,
    pub end: usize,
}

impl From<&disclosure_ingest::pdf::PageRead> for ParsedPage {
    fn from(page: &disclosure_ingest::pdf::PageRead) -> Self {
        ParsedPage {
            number: page.number,
            source: page.source.as_str(),
            confidence: page.confidence,
            start: page.start,
            end: page.end,
        }
    }
}

#[derive(Debug, Serialize)]
pub struct CitedExemption<'a> {
    pub provision: &'a str,
    pub section: &'a str,
    pub regime: &'static str,
    pub name: Option<&'static str>,
    pub cited_as: &'a str,
    pub ncnd: bool,
    pub quote: &'a str,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Serialize)]
pub struct ParsedQuestion<'a> {
    pub label: Option<&'a str>,
    pub number: Option<u32>,
    pub text: &'a str,
    pub parts: Vec<QuestionPartLine<'a>>,
    pub answer: Option<&'a str>,
    pub answer_kind: Option<&'static str>,
    pub outcome: &'static str,
    pub exemptions: Vec<CitedExemption<'a>>,
    pub tables: Vec<ParsedTable<'a>>,
    pub figures: Vec<ParsedFigure<'a>>,
    pub start: usize,
    pub end: usize,
    pub answer_start: Option<usize>,
    pub answer_end: Option<usize>,
}

#[derive(Debug, Serialize)]
pub struct QuestionPartLine<'a> {
    pub label: Option<&'a str>,
    pub text: &'a str,
}

#[derive(Debug, Serialize)]
pub struct ParsedTable<'a> {
    pub caption: Option<&'a str>,
    pub header: Option<Vec<&'a str>>,
    pub rows: Vec<Vec<&'a str>>,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Serialize)]
pub struct ParsedFigure<'a> {
    pub value: f64,
    pub unit: &'static str,
    pub label: &'a str,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Serialize)]
pub struct Issue<'a> {
    pub kind: &'static str,
    pub detail: &'a str,
    pub start: Option<usize>,
    pub end: Option<usize>,
}

/// Where the text came from, printed beside its structure.
#[derive(Debug)]
pub struct Origin<'a> {
    pub path: &'a str,
    pub format: &'a str,
    pub encoding: &'a str,
}

impl<'a> ParsedLetter<'a> {
    pub fn new(origin: Origin<'a>, disclosure: &'a Disclosure) -> Self {
        ParsedLetter {
            path: origin.path,
            format: origin.format,
            encoding: origin.encoding,
            parser_version: PARSER_VERSION,
            reference: disclosure.reference.as_ref().map(|located| located.value.as_str()),
            authority: disclosure.authority.as_ref().map(|located| located.value.as_str()),
            authority_source: disclosure.authority_source.map(|source| source.as_str()),
            response_date: disclosure.response_date.map(|mention| mention.date.to_string()),
            date_source: disclosure.date_source.map(|source| source.as_str()),
            data_dates: disclosure.data_dates.iter().map(|mention| mention.date.to_string()).collect(),
            decision: disclosure.decision.as_str(),
            ncnd: disclosure.ncnd,
            exemptions: disclosure.exemptions.iter().map(CitedExemption::from).collect(),
            questions: disclosure.questions.iter().map(ParsedQuestion::from).collect(),
            clarifications: disclosure.clarifications.iter().map(|located| located.value.as_str()).collect(),
            tables: disclosure.tables.iter().map(ParsedTable::from).collect(),
            issues: disclosure.issues.iter().map(Issue::from).collect(),
            redactions: Vec::new(),
            pages: Vec::new(),
        }
    }

    /// The same letter with the redactions found in it.
    pub fn with_redactions(mut self, redactions: &'a [disclosure_core::redactions::Redaction]) -> Self {
        self.redactions = redactions.iter().map(super::FoundRedaction::from).collect();
        self
    }

    /// The same letter with the pages its file was read in.
    pub fn with_pages(mut self, pages: &[disclosure_ingest::pdf::PageRead]) -> Self {
        self.pages = pages.iter().map(ParsedPage::from).collect();
        self
    }
}

impl<'a> From<&'a ExemptionCitation> for CitedExemption<'a> {
    fn from(citation: &'a ExemptionCitation) -> Self {
        CitedExemption {
            provision: &citation.provision,
            section: &citation.section,
            regime: citation.regime.as_str(),
            name: citation.name,
            cited_as: &citation.cited_as,
            ncnd: citation.is_ncnd,
            quote: &citation.quote,
            start: citation.span.start,
            end: citation.span.end,
        }
    }
}

impl<'a> From<&'a Question> for ParsedQuestion<'a> {
    fn from(question: &'a Question) -> Self {
        let answer: Option<&Answer> = question.answer.as_ref();
        ParsedQuestion {
            label: question.label.as_deref(),
            number: question.number,
            text: &question.text,
            parts: question
                .parts
                .iter()
                .map(|part| QuestionPartLine { label: part.label.as_deref(), text: &part.text })
                .collect(),
            answer: answer.map(|answer| answer.text.as_str()),
            answer_kind: answer.map(|answer| answer.kind.as_str()),
            outcome: question.outcome.as_str(),
            exemptions: question.exemptions.iter().map(CitedExemption::from).collect(),
            tables: answer.map(|answer| answer.tables.iter().map(ParsedTable::from).collect()).unwrap_or_default(),
            figures: answer.map(|answer| answer.figures.iter().map(ParsedFigure::from).collect()).unwrap_or_default(),
            start: question.span.start,
            end: question.span.end,
            answer_start: answer.map(|answer| answer.span.start),
            answer_end: answer.map(|answer| answer.span.end),
        }
    }
}

impl<'a> From<&'a Table> for ParsedTable<'a> {
    fn from(table: &'a Table) -> Self {
        ParsedTable {
            caption: table.caption.as_ref().map(|cell| cell.text.as_str()),
            header: table.header.as_ref().map(|header| header.iter().map(|cell| cell.text.as_str()).collect()),
            rows: table.rows.iter().map(|row| row.iter().map(|cell| cell.text.as_str()).collect()).collect(),
            start: table.span.start,
            end: table.span.end,
        }
    }
}

impl<'a> From<&'a Figure> for ParsedFigure<'a> {
    fn from(figure: &'a Figure) -> Self {
        ParsedFigure {
            value: figure.value,
            unit: figure.unit.as_str(),
            label: &figure.label,
            start: figure.span.start,
            end: figure.span.end,
        }
    }
}

impl<'a> From<&'a ParseIssue> for Issue<'a> {
    fn from(issue: &'a ParseIssue) -> Self {
        let span: Option<Span> = issue.span;
        Issue {
            kind: issue.kind.as_str(),
            detail: &issue.detail,
            start: span.map(|span| span.start),
            end: span.map(|span| span.end),
        }
    }
}
