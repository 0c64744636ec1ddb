// Wire types of the Disclosure Desk commands, generated from the Rust definitions in src-tauri.
// Do not edit: run `cargo test -p disclosure-desk --test integration bindings` with UPDATE_BINDINGS=1.

export type CommandError = { 
/**
 * A stable, machine-readable category: `not_found`, `library_unavailable`, `database`,
 * `dialog`, `internal`.
 */
kind: string, 
/**
 * A sentence for the user.
 */
message: string, };

export type LibraryInfo = { 
/**
 * The database file, for the user to find their data.
 */
database_path: string, 
/**
 * Documents in the library.
 */
n_documents: number, };

export type DocumentSummary = { 
/**
 * Library id.
 */
id: number, 
/**
 * The request reference as printed.
 */
reference: string | null, 
/**
 * A short title.
 */
title: string, 
/**
 * The authority that answered.
 */
authority: string | null, 
/**
 * The response date, `YYYY-MM-DD`.
 */
date: string | null, 
/**
 * `txt` or `html`.
 */
format: string, 
/**
 * File name as imported.
 */
file_name: string, 
/**
 * Where it was imported from.
 */
source_path: string | null, 
/**
 * When it was imported, RFC 3339 UTC.
 */
imported_at: string, };

export type TextSegment = { 
/**
 * The text, to be shown as text only.
 */
text: string, 
/**
 * True for cookie banners and site chrome, which the reader de-emphasises.
 */
is_furniture: boolean, };

export type DocumentView = { 
/**
 * The library facts.
 */
summary: DocumentSummary, 
/**
 * Encoding of the original bytes.
 */
encoding: string, 
/**
 * Size of the original bytes.
 */
byte_len: number, 
/**
 * SHA-256 of the original bytes.
 */
sha256: string, 
/**
 * The whole text, in order, split into letter and furniture.
 */
segments: Array<TextSegment>, };

export type ImportProgress = { 
/**
 * Files finished.
 */
n_done: number, 
/**
 * Files in the batch.
 */
n_total: number, 
/**
 * The file being read now.
 */
current: string | null, 
/**
 * Files that failed so far.
 */
n_errors: number, };

export type ImportStatus = "imported" | "duplicate" | "error";

export type ImportedFile = { 
/**
 * The file.
 */
path: string, 
/**
 * What happened.
 */
status: ImportStatus, 
/**
 * The document's id when it is in the library.
 */
id: number | null, 
/**
 * Why it failed.
 */
error: string | null, };

export type ImportReport = { 
/**
 * New documents.
 */
n_imported: number, 
/**
 * Files already in the library.
 */
n_duplicates: number, 
/**
 * Files that failed.
 */
n_errors: number, 
/**
 * Every file, in the order read.
 */
files: Array<ImportedFile>, };

export type PickKind = "files" | "folder";
