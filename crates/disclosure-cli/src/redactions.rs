//! `disclosure redactions DOCUMENT`: the redactions found in a stored letter, with the
//! reviewer's decisions, and those decisions (confirm, correct the provision, dismiss, undo),
//! stored by the same library call the app makes.

use anyhow::Context;
use clap::Subcommand;
use disclosure_library::redacting::{decide_redaction, RedactionAction, TEXT_SURVIVES};
use disclosure_store::{RedactionRow, Store};

use crate::wire::KeptRedaction;

/// What to do with one redaction, named by its key or its number in the list (from 1).
#[derive(Debug, Subcommand)]
pub enum RedactionCommand {
    /// It is a redaction, under the provision found.
    Confirm {
        /// The redaction's key, or its number in the list.
        redaction: String,
    },
    /// It is a redaction, under another provision.
    Correct {
        /// The redaction's key, or its number in the list.
        redaction: String,
        /// The provision it was made under: 40(2), s43, regulation 12(5)(b).
        provision: String,
    },
    /// It is not a redaction (table shading, a logo, a signature box).
    Dismiss {
        /// The redaction's key, or its number in the list.
        redaction: String,
    },
    /// Take back the decision on it.
    Undo {
        /// The redaction's key, or its number in the list.
        redaction: String,
    },
}

/// How the command was asked.
pub struct RedactionsRequest<'a> {
    pub document: &'a str,
    pub action: Option<RedactionCommand>,
    pub note: Option<String>,
    pub reviewer: Option<String>,
    pub show_text: bool,
    pub json: bool,
}

pub fn redactions(store: &mut Store, request: RedactionsRequest<'_>) -> anyhow::Result<()> {
    let document_id = store.get_document_by_key(request.document)?.row.id;
    let mut rows = store.list_redactions(document_id)?;
    if let Some(command) = request.action {
        let (redaction, action) = match command {
            RedactionCommand::Confirm { redaction } => (redaction, RedactionAction::Confirm),
            RedactionCommand::Correct { redaction, provision } => (redaction, RedactionAction::Correct(provision)),
            RedactionCommand::Dismiss { redaction } => (redaction, RedactionAction::Dismiss),
            RedactionCommand::Undo { redaction } => (redaction, RedactionAction::Undo),
        };
        let key = key_of(&rows, &redaction)
            .with_context(|| format!("document {document_id} has no redaction {redaction:?}"))?;
        let note = request.note.as_deref().unwrap_or("");
        rows = decide_redaction(store, document_id, &key, &action, note, request.reviewer.as_deref())?;
    }
    if request.json {
        let lines: Vec<KeptRedaction<'_>> = rows.iter().map(|row| KeptRedaction::new(row, request.show_text)).collect();
        println!("{}", serde_json::to_string_pretty(&lines)?);
        return Ok(());
    }
    if rows.is_empty() {
        println!("document {document_id}: no redactions found");
    }
    for (number, row) in rows.iter().enumerate() {
        print_row(number + 1, row, request.show_text);
    }
    Ok(())
}

/// A key given as is, or a number counted from 1 in the list.
fn key_of(rows: &[RedactionRow], given: &str) -> Option<String> {
    if let Some(row) = rows.iter().find(|row| row.finding.key == given) {
        return Some(row.finding.key.clone());
    }
    let number: usize = given.trim().parse().ok()?;
    rows.get(number.checked_sub(1)?).map(|row| row.finding.key.clone())
}

fn print_row(number: usize, row: &RedactionRow, show_text: bool) {
    let finding = &row.finding;
    let place = match (finding.page, finding.area) {
        (Some(page), Some((x, y, width, height))) => format!("page {page} at {x},{y} ({width}×{height} pt)"),
        (Some(page), None) => format!("page {page}"),
        _ => format!("bytes {}–{}", finding.start, finding.end),
    };
    let provision = row.provision().unwrap_or("no exemption given");
    let decision = row.verdict.as_ref().map_or("not reviewed", |verdict| verdict.as_str());
    println!(
        "{number}. {} {place}: {provision} (tied by {}; {decision})  key {}",
        finding.kind, finding.tied_by, finding.key
    );
    if let Some(label) = &finding.label {
        println!("   label: {label}");
    }
    if let Some(text_under) = &finding.text_under {
        if show_text {
            println!("   warning: {TEXT_SURVIVES}: {text_under}");
        } else {
            println!("   warning: {TEXT_SURVIVES} (--show-text prints it)");
        }
    }
}
