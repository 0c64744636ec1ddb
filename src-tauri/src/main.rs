//! The Disclosure Desk desktop app's entry point; everything else is in the library crate.

// No console window behind the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    disclosure_desk::run();
}
