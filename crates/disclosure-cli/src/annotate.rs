//! `disclosure annotate`, `disclosure review` and `disclosure backup`: review work from scripts.
//!
//! `annotate` prints the new id only once the store has committed it, so a script (or a test
//! that kills this process) can trust every id it has read.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use disclosure_core::anchor::{find_exact, selector_for};
use disclosure_core::parse::parse_answers;
use disclosure_library::annotating::{highlight_colour, question_around};
use disclosure_store::{NewAnnotation, ReviewState, Store, REVIEWER_NAME};

use crate::wire::ExportedStatus;

/// Exit status when the quote is not in the document or is in it more than once.
const EXIT_QUOTE_UNUSABLE: u8 = 1;

/// What `annotate` was asked to store.
pub struct AnnotateRequest<'a> {
    pub document: &'a str,
    pub quote: &'a str,
    pub note: Option<&'a str>,
    pub tags: &'a [String],
    pub colour: &'a str,
    pub question: Option<&'a str>,
}

pub fn annotate(store: &mut Store, request: &AnnotateRequest<'_>) -> anyhow::Result<ExitCode> {
    let colour = highlight_colour(request.colour)?;
    let record = store.get_document_by_key(request.document)?;
    let spans = find_exact(&record.text, request.quote);
    let span = match spans.as_slice() {
        [] => {
            eprintln!(
                "disclosure: the quote is not in document {} (it must match the stored text exactly)",
                record.row.id
            );
            return Ok(ExitCode::from(EXIT_QUOTE_UNUSABLE));
        }
        [span] => *span,
        many => {
            eprintln!(
                "disclosure: the quote is ambiguous: it occurs {} times in document {}; quote more of the passage to say which",
                many.len(),
                record.row.id
            );
            return Ok(ExitCode::from(EXIT_QUOTE_UNUSABLE));
        }
    };
    let Some(selector) = selector_for(&record.text, span) else {
        anyhow::bail!("the quote does not fall on whole characters of the stored text");
    };
    let question_label =
        request.question.map(str::to_string).or_else(|| question_around(&parse_answers(&record.text), span));
    let id = store.insert_annotation(&NewAnnotation {
        document_id: record.row.id,
        quote: selector.quote.exact,
        prefix: selector.quote.prefix,
        suffix: selector.quote.suffix,
        start: Some(span.start as i64),
        end: Some(span.end as i64),
        question_label,
        note: request.note.unwrap_or_default().to_string(),
        colour: colour.to_string(),
        anchor_state: "exact".to_string(),
        tags: request.tags.to_vec(),
    })?;
    // Committed above; only now may the id be seen.
    let mut stdout = std::io::stdout().lock();
    writeln!(stdout, "{id}")?;
    stdout.flush()?;
    Ok(ExitCode::SUCCESS)
}

pub fn review(
    store: &mut Store,
    document: &str,
    status: &str,
    question: Option<&str>,
    reviewer: Option<&str>,
    json: bool,
) -> anyhow::Result<()> {
    let state: ReviewState = status.parse()?;
    let record = store.get_document_by_key(document)?;
    // Without --reviewer, the name set in the app's preferences (kept in the library) is used.
    let preferred = store.find_setting(REVIEWER_NAME)?;
    let saved = store.update_review_status(record.row.id, question, state, reviewer.or(preferred.as_deref()))?;
    if json {
        println!("{}", serde_json::to_string_pretty(&ExportedStatus::from(&saved))?);
    } else {
        println!(
            "document {}{}: {} ({}, {})",
            saved.document_id,
            saved.question_label.as_deref().map(|label| format!(" {label}")).unwrap_or_default(),
            saved.state,
            saved.reviewer.as_deref().unwrap_or("no reviewer named"),
            saved.updated_at
        );
    }
    Ok(())
}

pub fn backup(store: &mut Store, list: bool, restore: Option<&Path>) -> anyhow::Result<()> {
    if let Some(path) = restore {
        store.restore_backup(path)?;
        println!("restored {}", path.display());
    } else if list {
        for path in store.list_backups()? {
            println!("{}", path.display());
        }
    } else {
        println!("{}", store.backup_now()?.display());
    }
    Ok(())
}
