//! The domain of Disclosure Desk: what a Freedom of Information letter says, read from its text.
//!
//! Everything here is pure: functions take text and return values. There is no file, network
//! or database access, no Tauri and no wire format, so every rule can be tested with a plain
//! string and reused unchanged by the desktop app, the command-line tool and the store.
//!
//! ```
//! let letter = "Freedom of information request reference no: 01.FOI.23.034158\n\
//!               Metropolitan Police Service\nI have today decided to disclose the information.";
//! let summary = disclosure_core::summary::summarise(letter);
//! assert_eq!(summary.reference.as_deref(), Some("01.FOI.23.034158"));
//! ```
#![deny(missing_docs)]

pub mod anchor;
pub mod authorities;
pub mod csv;
pub mod diff;
pub mod exemptions;
pub mod furniture;
pub mod marks;
pub mod parse;
pub mod redactions;
pub mod register;
pub mod report;
pub mod samples;
pub mod summary;
pub mod threads;
pub mod withheld;
