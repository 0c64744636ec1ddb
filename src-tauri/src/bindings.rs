//! THE list of commands: registers them with Tauri and exports the TypeScript types the UI
//! imports from `ui/src/api/bindings.ts`. Adding a command means adding it here and in
//! `build.rs` (which grants the window permission to call it).

use tauri::{Builder, Runtime};
use ts_rs::{Config, TS};

use crate::commands::{documents, exports, import, structure};

/// Registers every command on a builder (the real app, or a mock in tests).
pub fn with_commands<R: Runtime>(builder: Builder<R>) -> Builder<R> {
    builder.invoke_handler(tauri::generate_handler![
        documents::library_info,
        documents::list_documents,
        documents::get_document,
        import::import_paths,
        import::pick_and_import,
        import::open_sample_library,
        import::take_opened_files,
        // threads, diffs and trends
        // annotations and review status
        // flags, outcome corrections and exemption judgements
        // register
        // search, exports and backups
    ])
}

/// The TypeScript declarations of every wire type, as committed in `ui/src/api/bindings.ts`.
pub fn typescript_bindings() -> String {
    let config = Config::new().with_large_int("number");
    let declarations = [
        crate::error::CommandError::decl(&config),
        documents::LibraryInfo::decl(&config),
        documents::DocumentSummary::decl(&config),
        documents::TextSegment::decl(&config),
        structure::LetterStructure::decl(&config),
        structure::ExemptionBadge::decl(&config),
        structure::QuestionView::decl(&config),
        structure::QuestionPartView::decl(&config),
        structure::TableView::decl(&config),
        structure::FigureView::decl(&config),
        structure::IssueView::decl(&config),
        documents::DocumentView::decl(&config),
        import::ImportProgress::decl(&config),
        import::ImportStatus::decl(&config),
        import::ImportedFile::decl(&config),
        import::ImportReport::decl(&config),
        import::PickKind::decl(&config),
        exports::SavedExport::decl(&config),
        // threads, diffs and trends
        // annotations and review status
        // flags, outcome corrections and exemption judgements
        // register
        // search, exports and backups
    ];
    let mut out = String::from(
        "// Wire types of the Disclosure Desk commands, generated from the Rust definitions in src-tauri.\n\
         // Do not edit: run `cargo test -p disclosure-desk --test integration bindings` with UPDATE_BINDINGS=1.\n\n",
    );
    for declaration in declarations {
        out.push_str("export ");
        out.push_str(&declaration);
        out.push_str("\n\n");
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}
