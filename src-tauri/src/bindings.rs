//! THE list of commands: registers them with Tauri and exports the TypeScript types the UI
//! imports from `ui/src/api/bindings.ts`. `build.rs` reads the `generate_handler!` block below to
//! declare the commands (one path per line); adding a command means adding it here, allowing it
//! in `capabilities/main-window.json` and calling it from `ui/src/api/`, and a test fails until
//! all three agree.

use tauri::{Builder, Runtime};
use ts_rs::{Config, TS};

use crate::commands::{comparison, documents, exports, import, structure, suggestions, thread_moves, threads};

/// Registers every command on a builder (the real app, or a mock in tests).
pub fn with_commands<R: Runtime>(builder: Builder<R>) -> Builder<R> {
    builder.invoke_handler(tauri::generate_handler![
        documents::library_info,
        documents::list_documents,
        documents::get_document,
        crate::commands::reading_again::read_document_again,
        // the reviewer's corrections of a letter's facts
        crate::commands::facts::correct_document_facts,
        crate::commands::facts::list_document_corrections,
        import::import_paths,
        import::pick_and_import,
        import::open_sample_library,
        import::take_opened_files,
        // threads, diffs and trends
        threads::list_threads,
        threads::rebuild_thread_suggestions,
        threads::get_thread,
        comparison::compare_documents,
        thread_moves::confirm_thread,
        thread_moves::rename_thread,
        thread_moves::split_thread,
        thread_moves::merge_threads,
        thread_moves::move_thread_member,
        threads::export_thread_series,
        suggestions::list_thread_suggestions,
        suggestions::accept_thread_suggestion,
        suggestions::reject_thread_suggestion,
        suggestions::thread_continuations,
        // annotations and review status
        crate::commands::annotations::list_annotations,
        crate::commands::annotations::annotate_span,
        crate::commands::annotations::annotate_answer,
        crate::commands::annotations::annotate_document,
        crate::commands::annotations::update_annotation,
        crate::commands::annotations::place_annotation,
        crate::commands::annotations::delete_annotation,
        crate::commands::annotations::undo_annotation,
        crate::commands::annotations::redo_annotation,
        crate::commands::annotations::list_deleted_annotations,
        crate::commands::annotations::restore_annotation,
        crate::commands::annotations::carried_forward_annotations,
        crate::commands::annotations::copy_annotation_forward,
        crate::commands::annotations::set_review_status,
        crate::commands::annotations::get_review_statuses,
        crate::commands::annotations::get_preferences,
        crate::commands::annotations::set_reviewer_name,
        // flags, outcome corrections and exemption judgements
        crate::commands::flags::list_provisions,
        crate::commands::flags::list_flags,
        crate::commands::flags::flag_redaction,
        crate::commands::flags::update_flag,
        crate::commands::flags::delete_flag,
        crate::commands::flags::restore_flag,
        crate::commands::withheld::list_withheld,
        crate::commands::withheld::list_outcomes,
        crate::commands::withheld::correct_outcome,
        crate::commands::withheld::clear_outcome_correction,
        crate::commands::withheld::list_citations,
        crate::commands::withheld::judge_citation,
        crate::commands::withheld::clear_citation_judgement,
        // redactions in the letter itself
        crate::commands::redactions::list_redactions,
        crate::commands::redactions::decide_on_redaction,
        crate::commands::redactions::reveal_redacted_text,
        // register
        crate::commands::register::exemption_register,
        crate::commands::register::export_register_schedule,
        // search, exports and backups
        crate::commands::search::search_library,
        crate::commands::search::search_facet_choices,
        crate::commands::search::list_documents_with_review_status,
        crate::commands::exports::export_table,
        crate::commands::exports::export_report,
        crate::commands::backups::list_backups,
        crate::commands::backups::back_up_now,
        crate::commands::backups::restore_backup,
    ])
}

/// The TypeScript declarations of every wire type, as committed in `ui/src/api/bindings.ts`.
pub fn typescript_bindings() -> String {
    let config = Config::new().with_large_int("number");
    let declarations = [
        crate::error::CommandError::decl(&config),
        crate::commands::codes::DecisionCode::decl(&config),
        crate::commands::codes::OutcomeCode::decl(&config),
        crate::commands::codes::ReviewStatusCode::decl(&config),
        crate::commands::codes::MarkCode::decl(&config),
        crate::commands::codes::PageSourceCode::decl(&config),
        crate::commands::codes::FigureUnitCode::decl(&config),
        crate::commands::codes::NatureCode::decl(&config),
        crate::commands::codes::WeighingCode::decl(&config),
        crate::commands::codes::WithheldKindCode::decl(&config),
        crate::commands::codes::JudgementCode::decl(&config),
        crate::commands::codes::EntrySourceCode::decl(&config),
        crate::commands::codes::RedactionKindCode::decl(&config),
        crate::commands::codes::TiedByCode::decl(&config),
        crate::commands::codes::RedactionDecisionCode::decl(&config),
        crate::commands::codes::ThreadStatusCode::decl(&config),
        crate::commands::codes::DiffPieceKind::decl(&config),
        crate::commands::codes::AnchorStateCode::decl(&config),
        crate::commands::codes::CorrectedFieldCode::decl(&config),
        crate::commands::codes::SearchHitKind::decl(&config),
        crate::commands::codes::BackupKindCode::decl(&config),
        crate::commands::codes::HighlightColourCode::decl(&config),
        crate::commands::codes::AnnotationScopeCode::decl(&config),
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
        documents::PageView::decl(&config),
        documents::LinkedDocument::decl(&config),
        crate::commands::reading_again::ReadAgainReport::decl(&config),
        crate::commands::facts::FactsCorrection::decl(&config),
        crate::commands::facts::CorrectedFact::decl(&config),
        import::ImportProgress::decl(&config),
        import::ImportStatus::decl(&config),
        import::ImportedFile::decl(&config),
        import::ImportReport::decl(&config),
        import::PickKind::decl(&config),
        exports::SavedExport::decl(&config),
        // threads, diffs and trends
        threads::ThreadMemberView::decl(&config),
        threads::ThreadSummary::decl(&config),
        comparison::DiffPiece::decl(&config),
        comparison::ComparisonRow::decl(&config),
        comparison::FigureChangeView::decl(&config),
        comparison::CellChangeView::decl(&config),
        comparison::ComparedLetter::decl(&config),
        comparison::AnswerComparison::decl(&config),
        comparison::CompareOptions::decl(&config),
        threads::ThreadYear::decl(&config),
        threads::AnswerVariant::decl(&config),
        threads::TrendPointView::decl(&config),
        threads::TrendSeries::decl(&config),
        threads::ThreadDetail::decl(&config),
        thread_moves::MemberRef::decl(&config),
        suggestions::QueuedQuestionView::decl(&config),
        suggestions::ThreadSuggestionView::decl(&config),
        suggestions::ThreadContinuations::decl(&config),
        // annotations and review status
        crate::commands::annotations::AnnotationView::decl(&config),
        crate::commands::annotations::DeletedAnnotation::decl(&config),
        crate::commands::annotations::CarriedAnnotation::decl(&config),
        crate::commands::annotations::ReviewStatusView::decl(&config),
        crate::commands::annotations::Preferences::decl(&config),
        // flags, outcome corrections and exemption judgements
        crate::commands::flags::ProvisionOption::decl(&config),
        crate::commands::flags::ProvisionChoice::decl(&config),
        crate::commands::flags::FlagDraft::decl(&config),
        crate::commands::flags::FlaggedProvision::decl(&config),
        crate::commands::flags::RedactionFlag::decl(&config),
        crate::commands::withheld::WithheldPartView::decl(&config),
        crate::commands::withheld::QuestionOutcome::decl(&config),
        crate::commands::withheld::DetectedCitation::decl(&config),
        crate::commands::withheld::CitationVerdict::decl(&config),
        // redactions in the letter itself
        crate::commands::redactions::FoundRedactionView::decl(&config),
        crate::commands::redactions::RedactionDecision::decl(&config),
        // register
        crate::commands::register::RegisterQuery::decl(&config),
        crate::commands::register::AuthorityCount::decl(&config),
        crate::commands::register::ProvisionRow::decl(&config),
        crate::commands::register::RegisterEntry::decl(&config),
        crate::commands::register::ThreadChoice::decl(&config),
        crate::commands::register::ExemptionRegister::decl(&config),
        crate::commands::register::ScheduleFormat::decl(&config),
        // search, exports and backups
        crate::commands::search::SearchRequest::decl(&config),
        crate::commands::search::SnippetRun::decl(&config),
        crate::commands::search::SearchResult::decl(&config),
        crate::commands::search::SearchFacetChoices::decl(&config),
        crate::commands::exports::ExportTable::decl(&config),
        crate::commands::exports::TableFormat::decl(&config),
        crate::commands::exports::ReportFormat::decl(&config),
        crate::commands::exports::ExportSelection::decl(&config),
        crate::commands::backups::BackupInfo::decl(&config),
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
