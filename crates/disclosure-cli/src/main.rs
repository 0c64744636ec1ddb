//! The `disclosure` command-line tool: the same library as the desktop app, for batch work and
//! scripts. Each subcommand lives in its own module; `wire` holds the JSON shapes it prints.

mod annotate;
mod correct;
mod diff;
mod exemptions;
mod export;
mod import;
mod link;
mod parse;
mod redactions;
mod reread;
mod search;
mod show;
mod threads;
mod wire;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use disclosure_store::{resolve_database_path, Store};

/// Read, organise and compare Freedom of Information disclosures.
#[derive(Debug, Parser)]
#[command(name = "disclosure", version, about, long_about = None)]
struct Cli {
    /// The library database (default: DISCLOSURE_DB, then the per-user app-data folder).
    #[arg(long, global = true, value_name = "PATH")]
    db: Option<PathBuf>,

    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Import files and folders (recursively) into the library.
    Import {
        /// Files or folders to import.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Print one JSON object per file instead of a summary.
        #[arg(long)]
        json: bool,
    },
    /// Read stored documents again from the files they were imported from (after installing
    /// Tesseract, say), keeping the review done on them.
    Reread {
        /// Documents by id or reference.
        #[arg(required_unless_present = "all", conflicts_with = "all")]
        documents: Vec<String>,
        /// Every document whose file is still on disk.
        #[arg(long)]
        all: bool,
        /// Print one JSON object per document instead of a line.
        #[arg(long)]
        json: bool,
    },
    /// Say which letter a spreadsheet imported on its own goes with (by id or reference), so its
    /// figures join the trends of that letter's threads.
    Link {
        /// The spreadsheet.
        sheet: String,
        /// The letter.
        letter: String,
    },
    /// Undo `link`: the spreadsheet goes with no letter chosen by the reviewer.
    Unlink {
        /// The spreadsheet.
        sheet: String,
    },
    /// Import the sample library (a fictional authority's yearly letters).
    Samples {
        /// Only when the library is empty (a first run); otherwise do nothing.
        #[arg(long)]
        if_empty: bool,
        /// Print one JSON object per letter instead of a summary.
        #[arg(long)]
        json: bool,
    },
    /// List every document in the library.
    List {
        /// Print a JSON array.
        #[arg(long)]
        json: bool,
    },
    /// Print the structure of one file (questions, answers, decision, exemptions) without storing it.
    Parse {
        /// The file to read.
        file: PathBuf,
        /// Print a JSON object.
        #[arg(long)]
        json: bool,
    },
    /// Print the exemption register: which provisions were applied, how often, by whom, when.
    Exemptions {
        /// Print a JSON object.
        #[arg(long)]
        json: bool,
        /// Only letters from authorities whose name contains this (case-insensitive).
        #[arg(long, value_name = "A")]
        authority: Option<String>,
        /// Only letters dated in this year or later.
        #[arg(long, value_name = "YEAR")]
        since: Option<i32>,
        /// Also write the schedule as CSV (UTF-8 with BOM) to this file.
        #[arg(long, value_name = "PATH")]
        csv: Option<PathBuf>,
        /// Also write the schedule as a printable, self-contained HTML page to this file.
        #[arg(long, value_name = "PATH")]
        html: Option<PathBuf>,
    },
    /// Flag a redaction by hand: a question (or the whole letter) withheld under a provision.
    Flag {
        /// The document's id or reference.
        document: String,
        /// The question's label, e.g. 3 or Q3; without it the flag is on the whole letter.
        #[arg(long, value_name = "LABEL")]
        question: Option<String>,
        /// The provision, e.g. 40(2); repeat for several.
        #[arg(long, value_name = "PROVISION", required = true)]
        provision: Vec<String>,
        /// The law of the provisions: FOIA, EIR, FOISA, EIRS, "NZ OIA", "AU FOI", "US FOIA" or "IE FOI".
        #[arg(long, default_value = "FOIA")]
        regime: String,
        /// The reviewer's note.
        #[arg(long, value_name = "TEXT")]
        note: Option<String>,
        /// The passage redacted, verbatim; it is placed as the app places a selection (within the
        /// question when one is given), and refused when the letter does not hold it once.
        #[arg(long, value_name = "TEXT")]
        quote: Option<String>,
    },
    /// Show one document by id or printed reference.
    Show {
        /// The document's id or reference, e.g. 12 or 01.FOI.23.034158.
        document: String,
        /// Print a JSON object.
        #[arg(long)]
        json: bool,
    },
    /// Search documents, questions with their answers, and notes.
    Search {
        /// The words to find (all of them); punctuation is searched for, never parsed.
        #[arg(allow_hyphen_values = true)]
        query: String,
        /// Print a JSON array.
        #[arg(long)]
        json: bool,
        /// Only this authority, as stored.
        #[arg(long)]
        authority: Option<String>,
        /// Only letters answered in this year.
        #[arg(long)]
        year: Option<i32>,
        /// Only this decision: full, partial, refused, not_held, ncnd, unknown.
        #[arg(long)]
        decision: Option<String>,
        /// Only documents (or notes) with this tag.
        #[arg(long)]
        tag: Option<String>,
        /// Only this review status: unreviewed, in_review, reviewed, follow_up.
        #[arg(long)]
        status: Option<String>,
        /// Only letters applying this provision, e.g. 40(2), or a whole section, e.g. 40.
        #[arg(long)]
        exemption: Option<String>,
        /// Only questions in this thread (see `disclosure threads`).
        #[arg(long)]
        thread: Option<i64>,
        /// At most this many results.
        #[arg(long, default_value_t = 50)]
        limit: usize,
    },
    /// Add a note to a passage of a document; prints the new annotation's id once it is saved.
    Annotate {
        /// The document's id or reference.
        document: String,
        /// The passage, exactly as in the stored text; it must occur exactly once.
        #[arg(long, value_name = "TEXT")]
        quote: String,
        /// The note.
        #[arg(long, value_name = "TEXT")]
        note: Option<String>,
        /// A tag (repeat for several).
        #[arg(long = "tag", value_name = "TAG")]
        tags: Vec<String>,
        /// Highlight colour.
        #[arg(long, default_value = "yellow")]
        colour: String,
        /// The question it is about (default: the question whose answer holds the passage).
        #[arg(long, value_name = "LABEL")]
        question: Option<String>,
    },
    /// Set the review status of a document, or of one of its answers.
    Review {
        /// The document's id or reference.
        document: String,
        /// unreviewed, in_review, reviewed or follow_up.
        #[arg(long)]
        status: String,
        /// The answer's question label, e.g. Q2 (default: the whole document).
        #[arg(long, value_name = "LABEL")]
        question: Option<String>,
        /// Who reviewed it.
        #[arg(long, value_name = "NAME")]
        reviewer: Option<String>,
        /// Print a JSON object.
        #[arg(long)]
        json: bool,
    },
    /// Correct a letter's authority, date, reference or decision; the reviewer's value wins everywhere.
    Correct {
        /// The document's id or reference.
        document: String,
        /// The authority that answered.
        #[arg(long, value_name = "TEXT")]
        authority: Option<String>,
        /// The response date.
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<String>,
        /// The request reference.
        #[arg(long, value_name = "TEXT")]
        reference: Option<String>,
        /// The decision: full, partial, refused, not_held, ncnd or unknown.
        #[arg(long, value_name = "DECISION")]
        decision: Option<String>,
        /// Go back to the value read from the letter for this field (authority, date, reference,
        /// decision); repeat for several.
        #[arg(long, value_name = "FIELD")]
        clear: Vec<String>,
        /// Who corrects (default: the reviewer's name in the library's preferences).
        #[arg(long, value_name = "NAME")]
        reviewer: Option<String>,
        /// Print a JSON object.
        #[arg(long)]
        json: bool,
    },
    /// The redactions found in a stored letter (boxes, markers), and the reviewer's decisions on them.
    Redactions {
        /// The document's id or reference.
        document: String,
        /// Confirm, correct, dismiss or undo one redaction.
        #[command(subcommand)]
        action: Option<redactions::RedactionCommand>,
        /// A note kept with the decision.
        #[arg(long, value_name = "TEXT", global = true)]
        note: Option<String>,
        /// Who decides (default: the reviewer's name in the library's preferences).
        #[arg(long, value_name = "NAME", global = true)]
        reviewer: Option<String>,
        /// Print the words a PDF still holds under its boxes.
        #[arg(long, global = true)]
        show_text: bool,
        /// Print a JSON array.
        #[arg(long, global = true)]
        json: bool,
    },
    /// Write annotations, review statuses and letters as CSV, JSON, Markdown or an HTML report.
    Export {
        /// csv, json, md or html.
        #[arg(long, value_parser = ["csv", "json", "md", "html"])]
        format: String,
        /// One question thread.
        #[arg(long, value_name = "ID", group = "scope")]
        thread: Option<i64>,
        /// One document by id or reference.
        #[arg(long, value_name = "ID", group = "scope")]
        document: Option<String>,
        /// The whole library (the default).
        #[arg(long, group = "scope")]
        all: bool,
        /// The file to write.
        #[arg(long, value_name = "PATH")]
        out: PathBuf,
    },
    /// List question threads: the same question of one authority followed across letters.
    Threads {
        /// Recompute the suggested threads (the reviewer's decisions are kept).
        #[arg(long)]
        rebuild: bool,
        /// Print a JSON array.
        #[arg(long)]
        json: bool,
        /// Settle suggestions: list them, accept or reject one.
        #[command(subcommand)]
        action: Option<threads::SuggestionAction>,
    },
    /// Act on one question thread: show, confirm, rename, split, merge, add or remove a question, export its figures.
    Thread {
        #[command(subcommand)]
        action: threads::ThreadAction,
    },
    /// Word-level differences between two letters, or their answers to one question.
    Diff {
        /// The older document: id or reference.
        a: String,
        /// The newer document: id or reference.
        b: String,
        /// Compare only the answers to this question ("2", "Q2").
        #[arg(long, value_name = "LABEL")]
        question: Option<String>,
        /// Print a JSON object with the ops and the figure changes.
        #[arg(long)]
        json: bool,
    },
    /// Back up the library now (checked, kept in a rotation beside it), list backups, or restore one.
    Backup {
        /// List the backups, newest first.
        #[arg(long)]
        list: bool,
        /// Replace the library with this backup, after checking it (the present is backed up first).
        #[arg(long, value_name = "PATH")]
        restore: Option<PathBuf>,
    },
}

/// Exit status for a batch in which some files failed and the rest were imported.
pub const EXIT_SOME_FAILED: u8 = 1;
/// Exit status for usage and database errors.
pub const EXIT_FAILURE: u8 = 2;

fn main() -> ExitCode {
    // A PDF is never read in this process: importing one starts this same binary as its reader.
    if disclosure_ingest::pdf::is_child_invocation() {
        return disclosure_ingest::pdf::run_child_extractor();
    }
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("disclosure: {error:#}");
            ExitCode::from(EXIT_FAILURE)
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    // Parsing a file needs no library, so it must not create one.
    if let Command::Parse { file, json } = &cli.command {
        return parse::parse_file(file, *json).map(|()| ExitCode::SUCCESS);
    }
    let path = resolve_database_path(cli.db)?;
    let mut store = Store::open(&path)?;
    // A comparison reads only the stored texts, never the facts read from them, so it need not
    // wait for a re-reading of the library.
    if let Command::Diff { a, b, question, json } = &cli.command {
        return diff::diff(&store, a, b, question.as_deref(), *json).map(|()| ExitCode::SUCCESS);
    }
    // Facts read by older rules are re-read first, so every command sees the current reading.
    disclosure_library::refresh::refresh_stale_documents(&mut store, &mut |_, _| {})?;
    match cli.command {
        Command::Import { paths, json } => Ok(import::import(&mut store, &paths, json)),
        Command::Reread { documents, all, json } => reread::reread(&mut store, &documents, all, json),
        Command::Link { sheet, letter } => link::link(&mut store, &sheet, &letter).map(|()| ExitCode::SUCCESS),
        Command::Unlink { sheet } => link::unlink(&mut store, &sheet).map(|()| ExitCode::SUCCESS),
        Command::Samples { if_empty, json } => {
            if if_empty && store.count_documents()? > 0 {
                return Ok(ExitCode::SUCCESS);
            }
            Ok(import::samples(&mut store, json))
        }
        Command::List { json } => show::list(&store, json).map(|()| ExitCode::SUCCESS),
        Command::Show { document, json } => show::show(&store, &document, json).map(|()| ExitCode::SUCCESS),
        Command::Exemptions { json, authority, since, csv, html } => {
            let request = exemptions::RegisterRequest {
                json,
                authority: authority.as_deref(),
                since,
                csv: csv.as_deref(),
                html: html.as_deref(),
            };
            exemptions::print_register(&store, &request).map(|()| ExitCode::SUCCESS)
        }
        Command::Flag { document, question, provision, regime, note, quote } => {
            let request = exemptions::FlagRequest {
                document: &document,
                question: question.as_deref(),
                provisions: &provision,
                regime: &regime,
                note: note.as_deref(),
                quote: quote.as_deref(),
            };
            exemptions::add_flag(&mut store, &request)
        }
        Command::Search { query, json, authority, year, decision, tag, status, exemption, thread, limit } => {
            let facets = disclosure_store::SearchFacets {
                authority,
                year,
                decision,
                tag,
                review_status: status,
                exemption,
                thread_id: thread,
            };
            search::search(&store, &query, facets, limit, json).map(|()| ExitCode::SUCCESS)
        }
        Command::Annotate { document, quote, note, tags, colour, question } => {
            let request = annotate::AnnotateRequest {
                document: &document,
                quote: &quote,
                note: note.as_deref(),
                tags: &tags,
                colour: &colour,
                question: question.as_deref(),
            };
            annotate::annotate(&mut store, &request)
        }
        Command::Review { document, status, question, reviewer, json } => {
            annotate::review(&mut store, &document, &status, question.as_deref(), reviewer.as_deref(), json)
                .map(|()| ExitCode::SUCCESS)
        }
        Command::Redactions { document, action, note, reviewer, show_text, json } => {
            let request =
                redactions::RedactionsRequest { document: &document, action, note, reviewer, show_text, json };
            redactions::redactions(&mut store, request).map(|()| ExitCode::SUCCESS)
        }
        Command::Correct { document, authority, date, reference, decision, clear, reviewer, json } => {
            let request = disclosure_library::correcting::CorrectionRequest {
                authority,
                date,
                reference,
                decision,
                clear,
                reviewer,
            };
            correct::correct(&mut store, &document, &request, json).map(|()| ExitCode::SUCCESS)
        }
        Command::Export { format, thread, document, all: _, out } => {
            let scope = match (thread, document.as_deref()) {
                (Some(thread), _) => export::Scope::Thread(thread),
                (None, Some(document)) => export::Scope::Document(document),
                (None, None) => export::Scope::All,
            };
            export::export(&store, &format, scope, &out).map(|()| ExitCode::SUCCESS)
        }
        Command::Backup { list, restore } => {
            annotate::backup(&mut store, list, restore.as_deref()).map(|()| ExitCode::SUCCESS)
        }
        Command::Threads { rebuild, json, action: None } => {
            threads::threads(&mut store, rebuild, json).map(|()| ExitCode::SUCCESS)
        }
        Command::Threads { rebuild, action: Some(action), .. } => {
            threads::settle(&mut store, rebuild, action).map(|()| ExitCode::SUCCESS)
        }
        Command::Thread { action } => threads::thread(&mut store, action).map(|()| ExitCode::SUCCESS),
        Command::Parse { .. } | Command::Diff { .. } => unreachable!("handled before the library is re-read"),
    }
}
