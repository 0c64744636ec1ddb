//! Which letter a spreadsheet goes with, so its figures follow that letter's questions: the
//! e-mail it was attached to (and the letter beside it there), the letter the reviewer chose, or
//! else a letter of the same reference. Checked here for the CLI and the app alike.

use disclosure_store::{DocumentRow, Store, StoreError};

/// The stored formats a spreadsheet is kept under.
const SHEET_FORMATS: [&str; 4] = ["xlsx", "xls", "ods", "csv"];

/// True when a stored document is a spreadsheet.
pub fn is_sheet(row: &DocumentRow) -> bool {
    SHEET_FORMATS.contains(&row.format.as_str())
}

/// How a sheet came to go with its letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SheetLink {
    /// Attached to the letter, or to the e-mail the letter came in.
    Attached,
    /// Chosen by the reviewer.
    ChosenByReviewer,
    /// Imported on its own under the letter's reference.
    SameReference,
}

impl SheetLink {
    /// The name the CLI and the app show: `attached`, `reviewer` or `reference`.
    pub fn as_str(self) -> &'static str {
        match self {
            SheetLink::Attached => "attached",
            SheetLink::ChosenByReviewer => "reviewer",
            SheetLink::SameReference => "reference",
        }
    }
}

/// A sheet that goes with a letter, and how.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkedSheet {
    /// The sheet.
    pub sheet: DocumentRow,
    /// How it goes with the letter.
    pub link: SheetLink,
}

/// Why a sheet could not be linked to a letter.
#[derive(Debug, thiserror::Error)]
pub enum LinkError {
    /// The first document is not a spreadsheet.
    #[error("document {document_id} is not a spreadsheet (xlsx, xls, ods or csv), so it cannot be linked to a letter")]
    NotASheet {
        /// The document.
        document_id: i64,
    },
    /// The letter named is a spreadsheet itself.
    #[error("document {document_id} is a spreadsheet; link a sheet to the letter it came with")]
    LetterIsASheet {
        /// The document.
        document_id: i64,
    },
    /// The sheet came attached to an e-mail, which already says where it belongs.
    #[error("document {document_id} came attached to an e-mail, which already says which letter it goes with")]
    Attached {
        /// The document.
        document_id: i64,
    },
    /// The library could not be read or written.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The reviewer links sheet `sheet_id` to letter `letter_id` (in place of any letter it went with).
pub fn link_sheet(store: &mut Store, sheet_id: i64, letter_id: i64) -> Result<(), LinkError> {
    let sheet = store.get_document(sheet_id)?.row;
    let letter = store.get_document(letter_id)?.row;
    if !is_sheet(&sheet) {
        return Err(LinkError::NotASheet { document_id: sheet_id });
    }
    if is_sheet(&letter) {
        return Err(LinkError::LetterIsASheet { document_id: letter_id });
    }
    if sheet.parent_id.is_some() {
        return Err(LinkError::Attached { document_id: sheet_id });
    }
    store.insert_document_link(sheet_id, letter_id)?;
    Ok(())
}

/// The reviewer undoes a sheet's link; true when it had one. A sheet of the letter's reference
/// still goes with it by that reference.
pub fn unlink_sheet(store: &mut Store, sheet_id: i64) -> Result<bool, LinkError> {
    store.get_document(sheet_id)?;
    Ok(store.delete_document_link(sheet_id)?)
}

/// The sheets that go with a letter: attached first, then the reviewer's, then those of its
/// reference that the reviewer did not link elsewhere.
pub fn sheets_of_letter(store: &Store, letter: &DocumentRow) -> Result<Vec<LinkedSheet>, StoreError> {
    if is_sheet(letter) {
        return Ok(Vec::new());
    }
    let mut attached = store.list_attachments(letter.id)?;
    if let Some(parent_id) = letter.parent_id {
        attached.extend(store.list_attachments(parent_id)?.into_iter().filter(|row| row.id != letter.id));
    }
    let mut sheets: Vec<LinkedSheet> =
        attached.into_iter().filter(is_sheet).map(|sheet| LinkedSheet { sheet, link: SheetLink::Attached }).collect();
    for sheet in store.list_linked_sheets(letter.id)? {
        sheets.push(LinkedSheet { sheet, link: SheetLink::ChosenByReviewer });
    }
    if let Some(reference) = letter.reference.as_deref().filter(|reference| !reference.trim().is_empty()) {
        for sheet in store.list_documents_of_reference(reference)? {
            let linked_elsewhere = store.find_document_link(sheet.id)?.is_some();
            if is_sheet(&sheet) && !linked_elsewhere {
                sheets.push(LinkedSheet { sheet, link: SheetLink::SameReference });
            }
        }
    }
    Ok(sheets)
}

/// The letter a sheet goes with, and how: the e-mail it was attached to, the reviewer's choice,
/// else the first letter imported under its reference.
pub fn letter_of_sheet(store: &Store, sheet: &DocumentRow) -> Result<Option<(DocumentRow, SheetLink)>, StoreError> {
    if !is_sheet(sheet) {
        return Ok(None);
    }
    if let Some(parent_id) = sheet.parent_id {
        return Ok(Some((store.get_document(parent_id)?.row, SheetLink::Attached)));
    }
    if let Some(letter_id) = store.find_document_link(sheet.id)? {
        return Ok(Some((store.get_document(letter_id)?.row, SheetLink::ChosenByReviewer)));
    }
    let Some(reference) = sheet.reference.as_deref().filter(|reference| !reference.trim().is_empty()) else {
        return Ok(None);
    };
    Ok(store
        .list_documents_of_reference(reference)?
        .into_iter()
        .find(|letter| !is_sheet(letter))
        .map(|letter| (letter, SheetLink::SameReference)))
}
