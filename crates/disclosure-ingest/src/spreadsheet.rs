//! Spreadsheets (`.xlsx`, `.xls`, `.ods`, `.csv`) to text: each sheet a titled table of
//! `| cell | cell |` rows, its merged header rows folded into one header, so the parser reads
//! it as it reads a table printed in a letter and the reader and search see every cell.
//!
//! Formulas are read as the values the spreadsheet program saved with them, never evaluated.
//! An `.xlsx` or `.ods` is a zip archive: it is inflated whole under a cap
//! ([`crate::archive`]) before the workbook reader sees it. What the sheets render to is
//! capped too, so a sheet of a million rows is read within [`TEXT_LIMIT`] or refused.

use crate::error::IngestError;

mod delimited;
mod grid;
mod workbook;

pub use delimited::csv_to_text;
pub use grid::{Grid, GridCell, Merge};
pub use workbook::workbook_to_text;

const MB: u64 = 1024 * 1024;

/// The most text the sheets of one file may render to; beyond it the file is refused.
pub const TEXT_LIMIT: u64 = 100 * MB;

/// The kind of workbook, from its file name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WorkbookKind {
    /// Office Open XML (`.xlsx`, `.xlsm`): a zip archive.
    Xlsx,
    /// The binary Excel 97–2003 format (`.xls`).
    Xls,
    /// OpenDocument (`.ods`): a zip archive.
    Ods,
}

/// Renders sheets as the text stored for the document, within [`TEXT_LIMIT`].
pub fn render_sheets(grids: &[Grid], titled: bool) -> Result<String, IngestError> {
    let mut text = String::new();
    for grid in grids {
        grid.render_into(&mut text, titled);
        if text.len() as u64 > TEXT_LIMIT {
            return Err(IngestError::SheetsTooLarge { limit_mb: TEXT_LIMIT / MB });
        }
    }
    Ok(text)
}
