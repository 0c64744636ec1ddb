//! The review work of a Disclosure Desk library: the one API the CLI and the app both call.
//!
//! Where `disclosure-ingest` brings files in, this crate ties the pure domain of
//! `disclosure-core` to the stored library of `disclosure-store` for the review: placing notes
//! and flags on a letter ([`annotating`]), question threads and their suggestions
//! ([`threading`]), the exemption register ([`register`]), review reports ([`export`]), the
//! reviewer's corrections of a letter's facts ([`correcting`]), the reviewer's decisions on redactions found in a letter ([`redacting`]), re-reading letters when the
//! reading rules change ([`refresh`]) or from its file ([`reading_again`]), the figures a thread member brings to its trends ([`trend_figures`]), which letter a spreadsheet goes with ([`linking`]) and the search facets ([`search`]). SQL stays in the store,
//! reading rules in the core; nothing here knows a front end.
//!
//! ```
//! let mut store = disclosure_store::Store::open_in_memory().unwrap();
//! disclosure_ingest::import_samples(&mut store, &mut |_| {});
//! let register = disclosure_library::register::library_register(&store, &Default::default()).unwrap();
//! assert!(register.register.n_documents >= 1);
//! ```
#![deny(missing_docs)]

pub mod annotating;
pub mod correcting;
pub mod export;
pub mod flagging;
pub mod linking;
pub mod reading_again;
pub mod redacting;
pub mod refresh;
pub mod register;
pub mod search;
pub mod threading;
pub mod trend_figures;
