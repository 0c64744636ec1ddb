//! Build script: reads `tauri.conf.json` (a link to the one at the root, where the bundler also
//! finds it) and declares the app's own commands, so that the capability file can allow exactly
//! those and nothing else.

fn main() {
    // One command per line: the commands of each area stay together as areas are added.
    let commands = &[
        // documents
        "library_info",
        "list_documents",
        "get_document",
        // import
        "import_paths",
        "pick_and_import",
        "open_sample_library",
        "take_opened_files",
        // threads, diffs and trends
        // annotations and review status
        // flags, outcome corrections and exemption judgements
        // register
        // search, exports and backups
    ];
    let attributes = tauri_build::Attributes::new()
        .app_manifest(tauri_build::AppManifest::new().commands(commands));
    if let Err(error) = tauri_build::try_build(attributes) {
        panic!("tauri build step failed: {error:#}");
    }
}
