//! The library database of Disclosure Desk: one SQLite file, opened the same way by the desktop
//! app and by the `disclosure` command-line tool.
//!
//! This crate is the only place that speaks SQL. It knows the schema, its migrations and the
//! queries; it does not read files, parse letters or know how results are shown.
//!
//! ```
//! let store = disclosure_store::Store::open_in_memory().unwrap();
//! assert_eq!(store.count_documents().unwrap(), 0);
//! ```
#![deny(missing_docs)]

mod connection;
mod document;
mod error;
mod location;
mod migrations;

pub use connection::Store;
pub use document::{DocumentFacts, DocumentRecord, DocumentRow, Inserted, NewDocument};
pub use error::{Result, StoreError};
pub use location::{default_database_path, resolve_database_path, APP_IDENTIFIER, DATABASE_ENV};
pub use migrations::SCHEMA_VERSION;
