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
        // the reviewer's corrections of a letter's facts
        "correct_document_facts",
        "list_document_corrections",
        // import
        "import_paths",
        "pick_and_import",
        "open_sample_library",
        "take_opened_files",
        // threads, diffs and trends
        "list_threads",
        "rebuild_thread_suggestions",
        "get_thread",
        "compare_documents",
        "confirm_thread",
        "rename_thread",
        "split_thread",
        "merge_threads",
        "move_thread_member",
        "export_thread_series",
        "list_thread_suggestions",
        "accept_thread_suggestion",
        "reject_thread_suggestion",
        "thread_continuations",
        // annotations and review status
        "list_annotations",
        "annotate_span",
        "annotate_answer",
        "annotate_document",
        "update_annotation",
        "place_annotation",
        "delete_annotation",
        "undo_annotation",
        "redo_annotation",
        "list_deleted_annotations",
        "restore_annotation",
        "carried_forward_annotations",
        "copy_annotation_forward",
        "set_review_status",
        "get_review_statuses",
        "get_preferences",
        "set_reviewer_name",
        // flags, outcome corrections and exemption judgements
        "list_provisions",
        "list_flags",
        "flag_redaction",
        "update_flag",
        "delete_flag",
        "restore_flag",
        "list_withheld",
        "list_outcomes",
        "correct_outcome",
        "clear_outcome_correction",
        "list_citations",
        "judge_citation",
        "clear_citation_judgement",
        // redactions in the letter itself
        "list_redactions",
        "decide_on_redaction",
        "reveal_redacted_text",
        // register
        "exemption_register",
        "export_register_schedule",
        // search, exports and backups
        "search_library",
        "search_facet_choices",
        "list_documents_with_review_status",
        "export_table",
        "export_report",
        "list_backups",
        "back_up_now",
        "restore_backup",
    ];
    let attributes = tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(commands));
    if let Err(error) = tauri_build::try_build(attributes) {
        panic!("tauri build step failed: {error:#}");
    }
}
