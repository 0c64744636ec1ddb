//! Where a thread member's figures come from: the answer to its question; the tables of a letter
//! with no question read, such as a spreadsheet imported on its own; and the spreadsheets that go
//! with its letter ([`crate::linking`]: attached, chosen by the reviewer, or of its reference).
//! Each source carries the stretches of its text read by OCR, so its figures can say they may be
//! misread.
//!
//! Nothing here lines figures up: that is the core's [`disclosure_core::threads::trends`].

use disclosure_core::parse::{table_figures, Disclosure, Figure, Question, Span};
use disclosure_store::{DocumentRecord, Result, Store, ThreadMemberRecord};

use crate::linking::{is_sheet, sheets_of_letter};

/// One document's figures as a thread member contributes them.
#[derive(Debug, Clone, PartialEq)]
pub struct FigureSource {
    /// The document the figures are printed in (the member's letter, or a sheet that came with it).
    pub document_id: i64,
    /// That document's reference, else its letter's.
    pub reference: Option<String>,
    /// That document's text, which the figures' spans point into.
    pub text: String,
    /// The words read for the period the figures cover: the question, else the document's title.
    pub period_words: String,
    /// The figures.
    pub figures: Vec<Figure>,
    /// Where its text was read by OCR.
    pub ocr_spans: Vec<Span>,
}

/// The stretches of a stored document's text read by OCR.
pub fn ocr_spans(store: &Store, document_id: i64) -> Result<Vec<Span>> {
    Ok(store
        .list_document_pages(document_id)?
        .into_iter()
        .filter(|page| page.source == "ocr")
        .map(|page| Span::new(page.start, page.end))
        .collect())
}

/// The figures of every table of a letter: what a sheet, or a letter whose questions were not
/// read, has to give.
pub fn figures_of_tables(letter: &Disclosure) -> Vec<Figure> {
    letter.tables.iter().flat_map(table_figures).collect()
}

/// The figure sources of one member: its answer (or, when its letter has no question read, the
/// letter's tables), then each spreadsheet that came with the letter, oldest import first.
pub fn member_sources(
    store: &Store,
    member: &ThreadMemberRecord,
    record: &DocumentRecord,
    letter: &Disclosure,
    question: Option<&Question>,
) -> Result<Vec<FigureSource>> {
    let (period_words, figures) = match question {
        Some(question) => {
            (question.text.clone(), question.answer.as_ref().map(|answer| answer.figures.clone()).unwrap_or_default())
        }
        None if letter.questions.is_empty() => (record.row.title.clone(), figures_of_tables(letter)),
        None => return Ok(Vec::new()),
    };
    let mut sources = vec![FigureSource {
        document_id: member.document_id,
        reference: member.reference.clone(),
        text: record.text.clone(),
        period_words: period_words.clone(),
        figures,
        ocr_spans: ocr_spans(store, member.document_id)?,
    }];
    // A sheet standing for itself has its figures already; only a letter brings sheets with it.
    if is_sheet(&record.row) {
        return Ok(sources);
    }
    for linked in sheets_of_letter(store, &record.row)? {
        let sheet = linked.sheet;
        let sheet_text = store.get_document(sheet.id)?.text;
        let figures = figures_of_tables(&disclosure_core::parse::parse(&sheet_text));
        if figures.is_empty() {
            continue;
        }
        sources.push(FigureSource {
            document_id: sheet.id,
            reference: sheet.reference.clone().or_else(|| member.reference.clone()),
            text: sheet_text,
            // The sheet answers the letter's question, and covers the period it names.
            period_words: period_words.clone(),
            figures,
            ocr_spans: Vec::new(),
        });
    }
    Ok(sources)
}
