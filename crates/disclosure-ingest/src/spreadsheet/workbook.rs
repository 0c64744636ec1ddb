//! Workbooks (`.xlsx`, `.xls`, `.ods`) read with `calamine` into grids: every sheet's saved
//! values (a formula's cached result, never the formula) and its merged regions.

use std::io::Cursor;

use calamine::{Data, Dimensions, Ods, Range, Reader, Xls, Xlsx};

use super::grid::{Grid, GridCell, Merge};
use super::{render_sheets, WorkbookKind};
use crate::archive::check_unpacked_size;
use crate::error::IngestError;

/// The text of a workbook: every sheet with a filled cell, in the workbook's order.
pub fn workbook_to_text(kind: WorkbookKind, bytes: &[u8]) -> Result<String, IngestError> {
    if matches!(kind, WorkbookKind::Xlsx | WorkbookKind::Ods) {
        // The workbook reader inflates parts without a cap; it only sees an archive that passed ours.
        check_unpacked_size(bytes, "workbook")?;
    }
    // A reading library may panic on a damaged file; that costs this file only.
    let read = std::panic::catch_unwind(|| read_grids(kind, bytes));
    let grids = match read {
        Ok(grids) => grids?,
        Err(_) => return Err(IngestError::Spreadsheet("the workbook reader failed on it".to_string())),
    };
    render_sheets(&grids, true)
}

fn read_grids(kind: WorkbookKind, bytes: &[u8]) -> Result<Vec<Grid>, IngestError> {
    let unreadable = |error: &dyn std::fmt::Display| IngestError::Spreadsheet(error.to_string());
    match kind {
        WorkbookKind::Xlsx => {
            let mut workbook: Xlsx<_> =
                calamine::open_workbook_from_rs(Cursor::new(bytes)).map_err(|error| unreadable(&error))?;
            // Merged cells matter only for headers; a workbook whose merges cannot be read still
            // has its values.
            let merges_loaded = workbook.load_merged_regions().is_ok();
            let mut grids = Vec::new();
            for name in workbook.sheet_names() {
                let range = workbook.worksheet_range(&name).map_err(|error| unreadable(&error))?;
                let merges: Vec<Dimensions> = if merges_loaded {
                    workbook.merged_regions_by_sheet(&name).into_iter().map(|(_, _, region)| *region).collect()
                } else {
                    Vec::new()
                };
                grids.push(grid_of(name, &range, &merges));
            }
            Ok(grids)
        }
        WorkbookKind::Xls => {
            let mut workbook: Xls<_> =
                calamine::open_workbook_from_rs(Cursor::new(bytes)).map_err(|error| unreadable(&error))?;
            let mut grids = Vec::new();
            for name in workbook.sheet_names() {
                let range = workbook.worksheet_range(&name).map_err(|error| unreadable(&error))?;
                let merges = workbook.worksheet_merge_cells(&name).unwrap_or_default();
                grids.push(grid_of(name, &range, &merges));
            }
            Ok(grids)
        }
        WorkbookKind::Ods => {
            let mut workbook: Ods<_> =
                calamine::open_workbook_from_rs(Cursor::new(bytes)).map_err(|error| unreadable(&error))?;
            let mut grids = Vec::new();
            for name in workbook.sheet_names() {
                let range = workbook.worksheet_range(&name).map_err(|error| unreadable(&error))?;
                grids.push(grid_of(name, &range, &[]));
            }
            Ok(grids)
        }
    }
}

/// A sheet's range as a grid whose first row and column are the sheet's first filled ones;
/// merged regions, given in the sheet's own positions, are moved to match.
fn grid_of(name: String, range: &Range<Data>, merges: &[Dimensions]) -> Grid {
    let (first_row, first_column) = range.start().map_or((0, 0), |(row, column)| (row as usize, column as usize));
    let rows: Vec<Vec<GridCell>> = range.rows().map(|row| row.iter().map(cell_of).collect()).collect();
    let merges = merges
        .iter()
        .filter_map(|region| {
            let (start_row, start_column) = (region.start.0 as usize, region.start.1 as usize);
            Some(Merge {
                first_row: start_row.checked_sub(first_row)?,
                first_column: start_column.checked_sub(first_column)?,
                last_row: (region.end.0 as usize).checked_sub(first_row)?,
                last_column: (region.end.1 as usize).checked_sub(first_column)?,
            })
        })
        .filter(|merge| merge.first_row <= merge.last_row && merge.first_column <= merge.last_column)
        .collect();
    Grid { name, rows, merges }
}

/// A cell's saved value as it is shown: whole numbers without a decimal point, dates as
/// `YYYY-MM-DD`, errors as the spreadsheet writes them (`#DIV/0!`).
fn cell_of(data: &Data) -> GridCell {
    match data {
        Data::Empty => GridCell::default(),
        Data::String(text) => GridCell::words(text.clone()),
        Data::Int(value) => GridCell::number(value.to_string()),
        Data::Float(value) => GridCell::number(plain_number(*value)),
        Data::Bool(value) => GridCell::words(if *value { "TRUE" } else { "FALSE" }),
        Data::DateTime(datetime) if datetime.is_datetime() => match datetime.as_datetime() {
            Some(moment) if moment.time() == chrono::NaiveTime::MIN => {
                GridCell::words(moment.date().format("%Y-%m-%d").to_string())
            }
            Some(moment) => GridCell::words(moment.format("%Y-%m-%d %H:%M").to_string()),
            None => GridCell::number(plain_number(datetime.as_f64())),
        },
        Data::DateTime(datetime) => GridCell::words(plain_number(datetime.as_f64())),
        Data::DateTimeIso(text) | Data::DurationIso(text) => GridCell::words(text.clone()),
        Data::Error(error) => GridCell::words(error.to_string()),
    }
}

/// `412000` rather than `412000.0`; other values in the shortest form that reads back the same.
fn plain_number(value: f64) -> String {
    if value.is_finite() && value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        format!("{value}")
    }
}
