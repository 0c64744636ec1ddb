//! Build script: reads the root `tauri.conf.json` and declares the app's own commands, so that
//! the capability file can allow exactly those and nothing else.

fn main() {
    let commands = &["library_info", "list_documents", "get_document", "import_paths", "pick_and_import", "open_sample_library"];
    let attributes = tauri_build::Attributes::new()
        .config_path("../tauri.conf.json")
        .app_manifest(tauri_build::AppManifest::new().commands(commands));
    if let Err(error) = tauri_build::try_build(attributes) {
        panic!("tauri build step failed: {error:#}");
    }
}
