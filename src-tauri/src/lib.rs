//! The Disclosure Desk desktop shell: the window, its plugins and the commands the UI calls.
//!
//! This crate is the only one that knows Tauri. A command takes the app's state, calls the
//! store, ingest or core crates, converts the result to a wire type and returns it; no domain
//! logic lives here.

mod bindings;
mod commands;
mod error;
mod library;
mod navigation;
mod opened_files;

pub use bindings::{typescript_bindings, with_commands};
pub use error::CommandError;
pub use library::Library;

use tauri::Manager;

/// Re-reads documents parsed by older rules on a worker thread, so the window opens at once.
fn refresh_in_background(library: &Library) {
    let Ok(mut store) = library.separate_connection() else { return };
    std::thread::spawn(move || {
        if let Err(error) = disclosure_library::refresh::refresh_stale_documents(&mut store, &mut |_, _| {}) {
            eprintln!("re-reading stored documents failed: {error}");
        }
    });
}

/// Starts the app on the library named by `DISCLOSURE_DB`, or the per-user default.
pub fn run() {
    let builder = tauri::Builder::default()
        // First, so a second launch hands its files over before anything else starts.
        .plugin(tauri_plugin_single_instance::init(opened_files::on_second_launch))
        .plugin(tauri_plugin_window_state::Builder::default().build())
        .plugin(tauri_plugin_dialog::init())
        .plugin(navigation::only_app_pages())
        .manage(Library::open_default())
        .manage(opened_files::OpenedFiles::from_launch())
        .setup(|app| {
            refresh_in_background(app.state::<Library>().inner());
            commands::backups::start_schedule(app.handle());
            Ok(())
        });
    let result = with_commands(builder).run(tauri::generate_context!());
    if let Err(error) = result {
        eprintln!("Disclosure Desk could not start: {error}");
        std::process::exit(1);
    }
}
