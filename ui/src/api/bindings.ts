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
imported_at: string, 
/**
 * `full`, `partial`, `refused`, `not_held`, `ncnd` or `unknown`.
 */
decision: string, };

export type TextSegment = { 
/**
 * The text, to be shown as text only.
 */
text: string, 
/**
 * True for cookie banners and site chrome, which the reader de-emphasises.
 */
is_furniture: boolean, 
/**
 * `plain`, `furniture`, `boilerplate`, `question`, `answer` or `exemption`.
 */
mark: string, };

export type LetterStructure = { 
/**
 * `full`, `partial`, `refused`, `not_held`, `ncnd` or `unknown`.
 */
decision: string, 
/**
 * The sentence the decision was read from.
 */
decision_quote: string | null, 
/**
 * True when the authority neither confirmed nor denied holding the information.
 */
ncnd: boolean, 
/**
 * Every provision cited as applied, once per citation.
 */
exemptions: Array<ExemptionBadge>, 
/**
 * The questions in the order asked.
 */
questions: Array<QuestionView>, 
/**
 * Clarifications the requester gave.
 */
clarifications: Array<string>, 
/**
 * Tables not inside any answer.
 */
tables: Array<TableView>, 
/**
 * Gaps and oddities a reviewer should see.
 */
issues: Array<IssueView>, 
/**
 * Version of the reading rules that produced this.
 */
parser_version: number, };

export type ExemptionBadge = { 
/**
 * Normalised provision, e.g. `40(2)`.
 */
provision: string, 
/**
 * `FOIA`, `EIR` or `FOISA`.
 */
regime: string, 
/**
 * As printed in the letter, e.g. `40(2)(a)(b)&(3)(a)(i)`.
 */
cited_as: string, 
/**
 * The provision's name from the catalogue.
 */
name: string | null, 
/**
 * `absolute`, `qualified`, `absolute_in_most_cases`, `mixed` or `limit`.
 */
nature: string | null, 
/**
 * True when the public interest test applies.
 */
public_interest_test: boolean, 
/**
 * True when this citation neither confirms nor denies.
 */
ncnd: boolean, 
/**
 * The provision that allows neither confirming nor denying, if any.
 */
ncnd_provision: string | null, 
/**
 * A short explanation of the provision.
 */
note: string | null, 
/**
 * The words in the letter that cite it.
 */
quote: string, };

export type QuestionView = { 
/**
 * As numbered by the requester (`Q1`, `1`, `a`), if numbered.
 */
label: string | null, 
/**
 * The question as asked.
 */
text: string, 
/**
 * Sub-parts (`a)`, `b)` …).
 */
parts: Array<QuestionPartView>, 
/**
 * The answer text, when one was found.
 */
answer: string | null, 
/**
 * `answered`, `partly_withheld`, `withheld`, `not_held`, `ncnd`, `refused_cost` or `unknown`.
 */
outcome: string, 
/**
 * Provisions applied to this question.
 */
exemptions: Array<ExemptionBadge>, 
/**
 * Tables in the answer.
 */
tables: Array<TableView>, 
/**
 * Numbers in the answer with their labels.
 */
figures: Array<FigureView>, };

export type QuestionPartView = { 
/**
 * Its label, e.g. `a`.
 */
label: string | null, 
/**
 * Its text.
 */
text: string, };

export type TableView = { 
/**
 * A caption line above the table.
 */
caption: string | null, 
/**
 * The header row, when the table has one.
 */
header: Array<string> | null, 
/**
 * The body rows.
 */
rows: Array<Array<string>>, };

export type FigureView = { 
/**
 * The value.
 */
value: number, 
/**
 * `count`, `pounds` or `percent`.
 */
unit: string, 
/**
 * What it counts.
 */
label: string, };

export type IssueView = { 
/**
 * E.g. `question_number_gap`, `unanswered_question`, `boilerplate`, `truncated`.
 */
kind: string, 
/**
 * A sentence for the reviewer.
 */
detail: string, };

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
 * The whole text, in order, split into runs by role.
 */
segments: Array<TextSegment>, 
/**
 * The letter read into structure.
 */
structure: LetterStructure, };

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
