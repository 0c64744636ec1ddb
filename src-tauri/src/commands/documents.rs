//! Browsing and reading: the library list and one document's text.

use disclosure_core::marks::marked_runs;
use disclosure_core::parse::parse;
use disclosure_store::{DocumentRecord, DocumentRow};
use serde::Serialize;
use tauri::State;
use ts_rs::TS;

use super::off_main_thread;
use super::structure::LetterStructure;
use crate::error::CommandResult;
use crate::library::Library;

/// Which library is open and how big it is.
#[derive(Debug, Clone, Serialize, TS)]
pub struct LibraryInfo {
    /// The database file, for the user to find their data.
    pub database_path: String,
    /// Documents in the library.
    #[ts(type = "number")]
    pub n_documents: i64,
}

/// One row of the library view.
#[derive(Debug, Clone, Serialize, TS)]
pub struct DocumentSummary {
    /// Library id.
    #[ts(type = "number")]
    pub id: i64,
    /// The request reference as printed.
    pub reference: Option<String>,
    /// A short title.
    pub title: String,
    /// The authority that answered.
    pub authority: Option<String>,
    /// The response date, `YYYY-MM-DD`.
    pub date: Option<String>,
    /// `txt` or `html`.
    pub format: String,
    /// File name as imported.
    pub file_name: String,
    /// Where it was imported from.
    pub source_path: Option<String>,
    /// When it was imported, RFC 3339 UTC.
    pub imported_at: String,
    /// The decision in force: the reviewer's correction when there is one.
    pub decision: super::codes::DecisionCode,
    /// Which of `authority`, `date`, `reference` and `decision` are the reviewer's corrections.
    pub corrected: Vec<String>,
    /// Where `date` came from: `letter`, `email`, `reference` (only the year is known: the date
    /// is 1 January) or `file`; `null` when there is no date.
    pub date_source: Option<String>,
}

impl From<DocumentRow> for DocumentSummary {
    fn from(row: DocumentRow) -> Self {
        DocumentSummary {
            id: row.id,
            reference: row.reference,
            title: row.title,
            authority: row.authority,
            date: row.response_date,
            format: row.format,
            file_name: row.file_name,
            source_path: row.source_path,
            imported_at: row.imported_at,
            decision: super::codes::DecisionCode::named(&row.decision),
            corrected: row.corrected.iter().map(|field| field.as_str().to_string()).collect(),
            date_source: row.date_source,
        }
    }
}

/// A run of the document's text with the role the parser gave it.
#[derive(Debug, Clone, Serialize, TS)]
pub struct TextSegment {
    /// The text, to be shown as text only.
    pub text: String,
    /// True for cookie banners and site chrome, which the reader de-emphasises.
    pub is_furniture: bool,
    /// What the run is: plain text, page furniture, boilerplate, a question, an answer or an exemption.
    pub mark: super::codes::MarkCode,
}

/// The reader's view of one document.
#[derive(Debug, Clone, Serialize, TS)]
pub struct DocumentView {
    /// The library facts.
    pub summary: DocumentSummary,
    /// Encoding of the original bytes.
    pub encoding: String,
    /// Size of the original bytes.
    #[ts(type = "number")]
    pub byte_len: i64,
    /// SHA-256 of the original bytes.
    pub sha256: String,
    /// The whole text, in order, split into runs by role.
    pub segments: Vec<TextSegment>,
    /// The letter read into structure.
    pub structure: LetterStructure,
    /// A PDF's pages and how each was read; empty for other formats.
    pub pages: Vec<PageView>,
    /// True when the file it was imported from is still on disk, so it can be read again.
    pub can_read_again: bool,
    /// For a spreadsheet, the letter it goes with.
    pub goes_with: Option<LinkedDocument>,
    /// For a letter, the spreadsheets that go with it.
    pub sheets: Vec<LinkedDocument>,
}

/// A letter and a spreadsheet that go together, as the reader names the other one.
#[derive(Debug, Clone, Serialize, TS)]
pub struct LinkedDocument {
    /// The other document.
    #[ts(type = "number")]
    pub id: i64,
    /// Its reference, when read.
    pub reference: Option<String>,
    /// Its file name.
    pub file_name: String,
    /// How they go together: `attached`, `reviewer` (chosen by the reviewer) or `reference` (the same reference).
    pub link: String,
}

impl LinkedDocument {
    fn new(row: &DocumentRow, link: disclosure_library::linking::SheetLink) -> Self {
        LinkedDocument {
            id: row.id,
            reference: row.reference.clone(),
            file_name: row.file_name.clone(),
            link: link.as_str().to_string(),
        }
    }
}

/// How one page of a PDF was read, so the reader can say which pages came from a scan.
#[derive(Debug, Clone, Serialize, TS)]
pub struct PageView {
    /// The page number, from 1.
    pub number: u32,
    /// The PDF's text layer, or OCR of the page's picture (digits may be misread).
    pub source: super::codes::PageSourceCode,
    /// For an OCR page, the mean confidence of its words, 0 to 100.
    pub confidence: Option<f64>,
}

impl From<DocumentRecord> for DocumentView {
    fn from(record: DocumentRecord) -> Self {
        // Parsing is pure and fast, so the reader always shows the current rules' reading.
        let disclosure = parse(&record.text);
        let segments = marked_runs(&record.text, &disclosure)
            .into_iter()
            .map(|run| TextSegment {
                text: run.span.text_in(&record.text).to_string(),
                is_furniture: run.mark == disclosure_core::marks::Mark::Furniture,
                mark: super::codes::MarkCode::named(run.mark.as_str()),
            })
            .collect();
        let structure = LetterStructure::new(&record.text, &disclosure);
        let encoding = record.row.encoding.clone();
        let byte_len = record.row.byte_len;
        let sha256 = record.row.sha256.clone();
        DocumentView {
            summary: record.row.into(),
            encoding,
            byte_len,
            sha256,
            segments,
            structure,
            pages: Vec::new(),
            can_read_again: false,
            goes_with: None,
            sheets: Vec::new(),
        }
    }
}

/// Where the library is and how many documents it holds.
#[tauri::command]
pub async fn library_info(library: State<'_, Library>) -> CommandResult<LibraryInfo> {
    let database_path = library.path().display().to_string();
    let n_documents = library.reader()?.count_documents()?;
    Ok(LibraryInfo { database_path, n_documents })
}

/// Every document, for the library view.
#[tauri::command]
pub async fn list_documents(library: State<'_, Library>) -> CommandResult<Vec<DocumentSummary>> {
    let rows = library.reader()?.list_documents()?;
    Ok(rows.into_iter().map(DocumentSummary::from).collect())
}

/// One document, for the reader.
#[tauri::command]
pub async fn get_document(library: State<'_, Library>, id: i64) -> CommandResult<DocumentView> {
    let (record, pages, goes_with, sheets) = {
        let reader = library.reader()?;
        let record = reader.get_document(id)?;
        let goes_with = disclosure_library::linking::letter_of_sheet(&reader, &record.row)?
            .map(|(letter, link)| LinkedDocument::new(&letter, link));
        let sheets: Vec<LinkedDocument> = disclosure_library::linking::sheets_of_letter(&reader, &record.row)?
            .iter()
            .map(|linked| LinkedDocument::new(&linked.sheet, linked.link))
            .collect();
        let pages = reader.list_document_pages(id)?;
        (record, pages, goes_with, sheets)
    };
    let can_read_again = disclosure_library::reading_again::source_file(&record.row).is_some_and(|path| path.is_file());
    let mut view = off_main_thread(move || Ok(DocumentView::from(record))).await?;
    view.pages = pages
        .into_iter()
        .map(|page| PageView {
            number: page.number,
            source: super::codes::PageSourceCode::named(&page.source),
            confidence: page.confidence,
        })
        .collect();
    view.can_read_again = can_read_again;
    view.goes_with = goes_with;
    view.sheets = sheets;
    Ok(view)
}
