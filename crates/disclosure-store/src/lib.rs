//! The library database of Disclosure Desk: one SQLite file, opened the same way by the desktop
//! app and by the `disclosure` command-line tool.
//!
//! This crate is the only place that speaks SQL. It knows the schema, its migrations and the
//! queries; it does not read files or know how results are shown. An import hands it what was
//! read from each letter; only re-indexing a letter stored by older rules reads its questions here.
//!
//! ```
//! let store = disclosure_store::Store::open_in_memory().unwrap();
//! assert_eq!(store.count_documents().unwrap(), 0);
//! ```
#![deny(missing_docs)]

mod annotation;
mod backup;
mod connection;
mod correction;
mod document;
mod document_link;
mod document_page;
mod error;
mod exemption;
mod flag;
mod location;
mod migrations;
mod redaction;
mod review;
mod search;
mod setting;
mod thread;

pub use annotation::{
    Annotation, AnnotationChange, AnnotationPassage, AnnotationVersion, NewAnnotation, DELETED_RETENTION_DAYS,
};
pub use backup::{backup_folder, KEEP_BACKUPS};
pub use connection::Store;
pub use correction::{CorrectedField, Correction, CorrectionChange, CorrectionEvent};
pub use document::{DocumentFacts, DocumentRecord, DocumentRow, Inserted, NewDocument, ReadDocument};
pub use document_page::DocumentPage;
pub use error::{Result, StoreError};
pub use exemption::{CitationFinding, CitationJudgement, DocumentFindings, OutcomeFinding, QuestionOutcomeRow};
pub use flag::{FlagProvision, FlagRow, NewFlag};
pub use location::{default_database_path, resolve_database_path, APP_IDENTIFIER, DATABASE_ENV};
pub use migrations::SCHEMA_VERSION;
pub use redaction::{RedactionFinding, RedactionRow, RedactionVerdict};
pub use review::{ReviewState, ReviewStatus};
pub use search::{
    match_expression, search_passages, SearchFacets, SearchHit, SearchKind, SearchPassage, SearchQuery, SnippetPart,
    RANKED_CANDIDATES,
};
pub use setting::REVIEWER_NAME;
pub use thread::{
    NewThreadMember, SuggestedThread, ThreadDecisions, ThreadMemberRecord, ThreadRecord, ThreadSuggestion,
};
