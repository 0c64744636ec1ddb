//! The `disclosure` command-line tool: the same library as the desktop app, for batch work and
//! scripts. Each subcommand lives in its own module; `wire` holds the JSON shapes it prints.

mod import;
mod parse;
mod show;
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
    /// Show one document by id or printed reference.
    Show {
        /// The document's id or reference, e.g. 12 or 01.FOI.23.034158.
        document: String,
        /// Print a JSON object.
        #[arg(long)]
        json: bool,
    },
}

/// Exit status for a batch in which some files failed and the rest were imported.
pub const EXIT_SOME_FAILED: u8 = 1;
/// Exit status for usage and database errors.
pub const EXIT_FAILURE: u8 = 2;

fn main() -> ExitCode {
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
    // Facts read by older rules are re-read first, so every command sees the current reading.
    disclosure_ingest::refresh::refresh_stale_documents(&mut store, &mut |_, _| {})?;
    match cli.command {
        Command::Import { paths, json } => Ok(import::import(&mut store, &paths, json)),
        Command::Samples { if_empty, json } => {
            if if_empty && store.count_documents()? > 0 {
                return Ok(ExitCode::SUCCESS);
            }
            Ok(import::samples(&mut store, json))
        }
        Command::List { json } => show::list(&store, json).map(|()| ExitCode::SUCCESS),
        Command::Show { document, json } => show::show(&store, &document, json).map(|()| ExitCode::SUCCESS),
        Command::Parse { .. } => unreachable!("handled before the library is opened"),
    }
}
