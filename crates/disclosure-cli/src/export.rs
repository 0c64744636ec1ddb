//! `disclosure export`: annotations, review statuses and the letters they are on, as CSV, JSON,
//! Markdown or a self-contained HTML report, for one document, one thread or the whole library.

use std::path::Path;

use disclosure_core::report::render;
use disclosure_library::export::{build_report, ExportScope};
use disclosure_store::Store;

use crate::wire::ExportedReport;

/// What part of the library to export.
#[derive(Debug, Clone, Copy)]
pub enum Scope<'a> {
    /// One document by id or reference.
    Document(&'a str),
    /// The documents of one question thread.
    Thread(i64),
    /// Everything.
    All,
}

pub fn export(store: &Store, format: &str, scope: Scope<'_>, out: &Path) -> anyhow::Result<()> {
    let scope = match scope {
        Scope::Document(key) => ExportScope::Document(key.to_string()),
        Scope::Thread(thread_id) => ExportScope::Thread(thread_id),
        Scope::All => ExportScope::All,
    };
    let report = build_report(store, &scope)?;
    let bytes = match format {
        "json" => serde_json::to_string_pretty(&ExportedReport::from(&report))?.into_bytes(),
        "csv" => render::annotations_csv(&report).into_bytes(),
        "md" => render::markdown(&report).into_bytes(),
        "html" => render::html(&report).into_bytes(),
        other => anyhow::bail!("unknown export format {other:?}: use csv, json, md or html"),
    };
    // Written beside the target and renamed, so a half-written report never replaces a good one.
    let partial = out.with_extension("partial");
    std::fs::write(&partial, bytes).map_err(|error| anyhow::anyhow!("cannot write {}: {error}", partial.display()))?;
    std::fs::rename(&partial, out).map_err(|error| anyhow::anyhow!("cannot write {}: {error}", out.display()))?;
    println!("{}", out.display());
    Ok(())
}
