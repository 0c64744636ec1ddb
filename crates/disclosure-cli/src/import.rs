//! `disclosure import` and `disclosure samples`: batches with a progress bar on a terminal.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use disclosure_ingest::{import_paths, import_samples, FileStatus, ImportProgress, ImportReport};
use disclosure_store::Store;
use indicatif::{ProgressBar, ProgressStyle};

use crate::wire::ImportLine;
use crate::EXIT_SOME_FAILED;

pub fn import(store: &mut Store, paths: &[PathBuf], json: bool) -> ExitCode {
    let mut progress = TerminalProgress::new(json);
    let report = import_paths(store, paths, &mut |event| progress.update(event));
    progress.finish();
    print_report(&report, json)
}

pub fn samples(store: &mut Store, json: bool) -> ExitCode {
    let report = import_samples(store, &mut |_| {});
    print_report(&report, json)
}

fn print_report(report: &ImportReport, json: bool) -> ExitCode {
    if json {
        for file in &report.files {
            // One object per line, so a script can stream the output.
            println!("{}", serde_json::to_string(&ImportLine::from(file)).unwrap_or_default());
        }
    } else {
        for file in report.files.iter().filter(|file| file.status == FileStatus::Error) {
            eprintln!("error: {}: {}", file.path, file.error.as_deref().unwrap_or("unknown error"));
        }
        println!(
            "{} imported, {} already imported, {} failed",
            report.count(FileStatus::Imported),
            report.count(FileStatus::Duplicate),
            report.count(FileStatus::Error)
        );
    }
    if report.count(FileStatus::Error) > 0 {
        ExitCode::from(EXIT_SOME_FAILED)
    } else {
        ExitCode::SUCCESS
    }
}

/// A progress bar on stderr, shown only to a person at a terminal and only for long batches.
struct TerminalProgress {
    bar: Option<ProgressBar>,
}

impl TerminalProgress {
    const MIN_FILES_FOR_BAR: usize = 20;

    fn new(json: bool) -> Self {
        let wanted = !json && std::io::stderr().is_terminal();
        TerminalProgress { bar: wanted.then(ProgressBar::hidden) }
    }

    fn update(&mut self, event: &ImportProgress) {
        let Some(bar) = &self.bar else { return };
        if bar.is_hidden() && event.n_total >= Self::MIN_FILES_FOR_BAR {
            bar.set_draw_target(indicatif::ProgressDrawTarget::stderr());
            bar.set_style(
                ProgressStyle::with_template("{bar:30} {pos}/{len} files, {msg}")
                    .unwrap_or_else(|_| ProgressStyle::default_bar()),
            );
        }
        bar.set_length(event.n_total as u64);
        bar.set_position(event.n_done as u64);
        bar.set_message(format!("{} errors", event.n_errors));
    }

    fn finish(&mut self) {
        if let Some(bar) = self.bar.take() {
            bar.finish_and_clear();
        }
    }
}
