//! Integration tests of disclosure-store against real files on disk, one module per source
//! module. Per-connection behaviour that the public API cannot observe is left to inline tests.

mod annotation;
mod backup;
mod connection;
mod correction;
mod document;
mod document_link;
mod document_page;
mod location;
mod migrations;
mod redaction;
mod review;
mod search;
mod setting;
mod thread;

use std::path::Path;

use sha2::{Digest, Sha256};

/// SHA-256 of a file's bytes in hex, so a changed file shows up as a readable mismatch.
pub fn file_sha256(path: &Path) -> String {
    let bytes = std::fs::read(path).unwrap_or_else(|error| panic!("cannot read {}: {error}", path.display()));
    Sha256::digest(&bytes).iter().map(|byte| format!("{byte:02x}")).collect()
}

/// A fresh temporary folder and the path of a library file inside it (not yet created).
pub fn temp_library() -> (tempfile::TempDir, std::path::PathBuf) {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let path = folder.path().join("library.sqlite3");
    (folder, path)
}
