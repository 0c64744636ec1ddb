//! Build script: reads `tauri.conf.json` (a link to the one at the root, where the bundler also
//! finds it) and declares the app's own commands, read from `src/bindings.rs`, the one list of
//! them, so that the capability file can allow exactly those and nothing else.

#[path = "command_list.rs"]
mod command_list;

fn main() {
    println!("cargo:rerun-if-changed=src/bindings.rs");
    let bindings = match std::fs::read_to_string("src/bindings.rs") {
        Ok(text) => text,
        Err(error) => panic!("src/bindings.rs, the list of commands, cannot be read: {error}"),
    };
    let names = command_list::command_names(&bindings);
    if names.is_empty() {
        panic!("src/bindings.rs registers no command in its generate_handler! block");
    }
    // The manifest wants a 'static list; a build script runs once, so leaking it costs nothing.
    let commands: &'static [&'static str] =
        Vec::leak(names.into_iter().map(|name| &*String::leak(name)).collect::<Vec<&'static str>>());
    let attributes = tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(commands));
    if let Err(error) = tauri_build::try_build(attributes) {
        panic!("tauri build step failed: {error:#}");
    }
}
