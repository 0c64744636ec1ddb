//! Integration tests of `disclosure-core`, one module per source module, plus the shared
//! corpus of real letters when it is present.

mod anchor;
mod authorities;
mod citations;
mod corpus;
mod csv;
mod decision;
mod diff;
mod exemptions;
mod outline;
mod parse;
mod properties;
mod redactions;
mod register;
mod report;
mod summary;
mod threads;
mod withheld;
