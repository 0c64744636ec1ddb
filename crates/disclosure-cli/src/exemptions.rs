//! `disclosure exemptions` (the register across the library, printed or exported as a schedule)
//! and `disclosure flag` (a redaction flagged by hand, from scripts).

use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;
use disclosure_core::parse::{parse, question_key};
use disclosure_core::register::schedule::{schedule_csv, schedule_html};
use disclosure_library::flagging::{flag_passage, FlagDraft};
use disclosure_library::register::{library_register, LibraryRegister, RegisterScope};
use disclosure_store::{FlagProvision, Store};

use crate::wire::RegisterReport;

/// Exit status for a flag that cannot be made as asked (a provision not in the catalogue, a
/// quote not in the letter).
const EXIT_UNKNOWN_PROVISION: u8 = 1;

/// What `disclosure exemptions` was asked for.
#[derive(Debug)]
pub struct RegisterRequest<'a> {
    pub json: bool,
    pub authority: Option<&'a str>,
    pub since: Option<i32>,
    pub csv: Option<&'a Path>,
    pub html: Option<&'a Path>,
}

pub fn print_register(store: &Store, request: &RegisterRequest<'_>) -> anyhow::Result<()> {
    let scope = RegisterScope {
        authority: request.authority.map(str::to_string),
        since_year: request.since,
        ..RegisterScope::default()
    };
    let LibraryRegister { register, title, .. } = library_register(store, &scope)?;
    if let Some(path) = request.csv {
        std::fs::write(path, schedule_csv(&register)).with_context(|| format!("cannot write {}", path.display()))?;
    }
    if let Some(path) = request.html {
        std::fs::write(path, schedule_html(&register, &title))
            .with_context(|| format!("cannot write {}", path.display()))?;
    }
    if request.json {
        println!(
            "{}",
            serde_json::to_string_pretty(&RegisterReport::new(&register, request.authority, request.since))?
        );
        return Ok(());
    }
    if register.provisions.is_empty() {
        println!("No exemptions applied in the letters selected.");
        return Ok(());
    }
    println!("{} letters applied exemptions.", register.n_documents);
    for (heading, counts) in [
        ("No public interest test (absolute)", register.absolute().collect::<Vec<_>>()),
        ("Subject to the public interest test", register.public_interest_test().collect()),
        (
            "Other (mixed, limits, not catalogued)",
            register
                .provisions
                .iter()
                .filter(|count| {
                    !matches!(
                        count.weighing.map(|weighing| weighing.as_str()),
                        Some("absolute" | "public_interest_test")
                    )
                })
                .collect(),
        ),
    ] {
        if counts.is_empty() {
            continue;
        }
        println!("\n{heading}");
        for count in counts {
            let years: Vec<String> = count
                .by_year
                .iter()
                .map(|(year, n)| format!("{}:{n}", year.map_or_else(|| "undated".to_string(), |year| year.to_string())))
                .collect();
            println!(
                "  {:<6} {:<10} {:<48} {:>3} letters {:>3} entries  {}",
                count.regime.as_str(),
                count.provision,
                count.name,
                count.n_documents,
                count.n_entries,
                years.join(" ")
            );
        }
    }
    Ok(())
}

/// What `disclosure flag` was asked for.
#[derive(Debug)]
pub struct FlagRequest<'a> {
    pub document: &'a str,
    pub question: Option<&'a str>,
    pub provisions: &'a [String],
    pub regime: &'a str,
    pub note: Option<&'a str>,
    pub quote: Option<&'a str>,
}

pub fn add_flag(store: &mut Store, request: &FlagRequest<'_>) -> anyhow::Result<ExitCode> {
    let record = store.get_document_by_key(request.document)?;
    let document_id = record.row.id;
    let question_key = match request.question {
        Some(label) => Some(resolve_question(&record.text, label)),
        None => None,
    };
    let draft = FlagDraft {
        question_key,
        quote: request.quote.map(str::to_string),
        provisions: request
            .provisions
            .iter()
            .map(|cited| FlagProvision { regime: request.regime.to_string(), provision: cited.clone() })
            .collect(),
        note: request.note.unwrap_or_default().to_string(),
        whole_letter_allowed: true,
        ..FlagDraft::default()
    };
    match flag_passage(document_id, &record.text, &draft) {
        Ok(flag) => {
            println!("{}", store.insert_flag(&flag)?);
            Ok(ExitCode::SUCCESS)
        }
        Err(error) => {
            eprintln!("disclosure: {error}");
            Ok(ExitCode::from(EXIT_UNKNOWN_PROVISION))
        }
    }
}

/// The stored key of the question a label names, by the core's one rule ("3", "Q3" and
/// "Question 3" all find the question labelled "Q3"). A label the letter does not have (a
/// missing question) is kept as given.
fn resolve_question(text: &str, label: &str) -> String {
    let disclosure = parse(text);
    disclosure.question(label).map_or_else(
        || label.trim().to_string(),
        |(question_idx, question)| question_key(question.label.as_deref(), question_idx),
    )
}
