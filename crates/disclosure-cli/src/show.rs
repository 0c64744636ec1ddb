//! `disclosure list` and `disclosure show`.

use disclosure_core::furniture::segments;
use disclosure_store::{CorrectedField, Store};

use crate::wire::{ListedDocument, ShownDocument};

pub fn list(store: &Store, json: bool) -> anyhow::Result<()> {
    let rows = store.list_documents()?;
    if json {
        let listed: Vec<ListedDocument> = rows.iter().map(ListedDocument::from).collect();
        println!("{}", serde_json::to_string_pretty(&listed)?);
        return Ok(());
    }
    for row in &rows {
        println!(
            "{:>5}  {:<20}  {:<10}  {:<28}  {}",
            row.id,
            row.reference.as_deref().unwrap_or("-"),
            row.response_date.as_deref().unwrap_or("-"),
            row.authority.as_deref().unwrap_or("-"),
            row.title
        );
    }
    Ok(())
}

pub fn show(store: &Store, key: &str, json: bool) -> anyhow::Result<()> {
    let record = store.get_document_by_key(key)?;
    if json {
        println!("{}", serde_json::to_string_pretty(&ShownDocument::from(&record))?);
        return Ok(());
    }
    let row = &record.row;
    // A reader must tell the reviewer's values from the ones read from the letter.
    let mark = |field: CorrectedField| if row.corrected.contains(&field) { " (corrected)" } else { "" };
    println!("{}", row.title);
    println!("reference: {}{}", row.reference.as_deref().unwrap_or("-"), mark(CorrectedField::Reference));
    println!("authority: {}{}", row.authority.as_deref().unwrap_or("-"), mark(CorrectedField::Authority));
    println!("date:      {}{}", row.response_date.as_deref().unwrap_or("-"), mark(CorrectedField::Date));
    println!("decision:  {}{}", row.decision, mark(CorrectedField::Decision));
    println!("file:      {} ({}, {})", row.source_path.as_deref().unwrap_or(&row.file_name), row.format, row.encoding);
    if let Some((letter, link)) = disclosure_library::linking::letter_of_sheet(store, row)? {
        println!(
            "goes with: {} {} ({})",
            letter.id,
            letter.reference.as_deref().unwrap_or(&letter.file_name),
            link.as_str()
        );
    }
    for linked in disclosure_library::linking::sheets_of_letter(store, row)? {
        println!("sheet:     {} {} ({})", linked.sheet.id, linked.sheet.file_name, linked.link.as_str());
    }
    println!();
    // The letter without its page furniture: that is what a reader at a terminal wants.
    for segment in segments(&record.text).iter().filter(|segment| !segment.is_furniture) {
        print!("{}", &record.text[segment.start..segment.end]);
    }
    Ok(())
}
