//! `disclosure parse FILE`: the structure of one letter, read without storing it.

use std::path::Path;

use disclosure_core::parse::{parse, Disclosure};
use disclosure_core::redactions::{find_redactions, Redaction};
use disclosure_ingest::extract::{check_size, extract_text, Format};
use disclosure_ingest::IngestError;

use crate::wire::{letter::Origin, ParsedLetter};

pub fn parse_file(path: &Path, json: bool) -> anyhow::Result<()> {
    let file_name = path.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default();
    let format = Format::from_file_name(&file_name)?;
    let size = std::fs::metadata(path).map_err(IngestError::Read)?.len();
    check_size(format, size)?;
    let bytes = std::fs::read(path).map_err(IngestError::Read)?;
    let extracted = extract_text(&file_name, &bytes)?;
    let mut disclosure = parse(&extracted.text);
    if let Some(created) = extracted.created {
        disclosure.date_from_file(created);
    }
    let redactions = find_redactions(&extracted.text, &disclosure, &extracted.page_marks);
    let path_text = path.to_string_lossy();
    if json {
        let origin = Origin { path: &path_text, format: extracted.format.as_str(), encoding: extracted.encoding };
        let letter = ParsedLetter::new(origin, &disclosure).with_redactions(&redactions).with_pages(&extracted.pages);
        println!("{}", serde_json::to_string_pretty(&letter)?);
    } else {
        print_outline(&disclosure);
        print_pages(&extracted.pages);
        print_redactions(&extracted.text, &redactions);
    }
    Ok(())
}

/// Which pages were read by OCR, so a reviewer knows which figures to check against the scan.
fn print_pages(pages: &[disclosure_ingest::pdf::PageRead]) {
    for page in pages.iter().filter(|page| page.source == disclosure_ingest::pdf::PageSource::Ocr) {
        let confidence = page.confidence.map(|confidence| format!(", confidence {confidence:.0}")).unwrap_or_default();
        println!("page {}: read by OCR{confidence}; check its figures against the scan", page.number);
    }
}

/// A reviewer's first look at a letter on a terminal.
fn print_outline(disclosure: &Disclosure) {
    let value = |located: &Option<disclosure_core::parse::Located>| {
        located.as_ref().map(|located| located.value.clone()).unwrap_or_else(|| "-".to_string())
    };
    println!("reference: {}", value(&disclosure.reference));
    println!("authority: {}", value(&disclosure.authority));
    println!(
        "decision:  {}{}",
        disclosure.decision.as_str(),
        if disclosure.ncnd { " (neither confirm nor deny)" } else { "" }
    );
    for exemption in &disclosure.exemptions {
        println!("exemption: {} {} {}", exemption.regime.as_str(), exemption.provision, exemption.name.unwrap_or(""));
    }
    for question in &disclosure.questions {
        println!();
        println!("[{}] {} ({})", question.label.as_deref().unwrap_or("-"), question.text, question.outcome.as_str());
        if let Some(answer) = &question.answer {
            for line in answer.text.lines() {
                println!("    {line}");
            }
        }
    }
    for issue in &disclosure.issues {
        println!("issue: {}: {}", issue.kind.as_str(), issue.detail);
    }
}

/// Each redaction on a line: where, under what, and a warning when the text survives under it.
/// The surviving words themselves are not printed; `--json` gives them to whoever asks.
pub fn print_redactions(text: &str, redactions: &[Redaction]) {
    for redaction in redactions {
        let place = match redaction.page {
            Some(page) => format!("page {page}"),
            None => format!("\"{}\"", redaction.span.text_in(text)),
        };
        let provision = redaction.provision.as_deref().unwrap_or("no exemption given");
        let warning =
            if redaction.text_under.is_some() { " - the text under this redaction is still in the file" } else { "" };
        println!(
            "redaction: {} {place}: {provision} ({}){warning}",
            redaction.kind.as_str(),
            redaction.tied_by.as_str()
        );
    }
}
