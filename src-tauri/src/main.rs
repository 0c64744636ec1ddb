//! The Disclosure Desk desktop app's entry point; everything else is in the library crate.

// No console window behind the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() -> std::process::ExitCode {
    // A PDF is never read in the app's process: importing one starts this same executable as
    // its reader, in a child process with time and memory limits, before any window exists.
    if disclosure_ingest::pdf::is_child_invocation() {
        return disclosure_ingest::pdf::run_child_extractor();
    }
    disclosure_desk::run();
    std::process::ExitCode::SUCCESS
}
