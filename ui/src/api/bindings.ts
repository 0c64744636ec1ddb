// Wire types shared with the Rust commands; provisional until generated from Rust, so keep it types-only.
export type DocumentSummary = { id: number, reference: string | null, title: string, authority: string | null, date: string | null, format: string, file_name: string, source_path: string | null, imported_at: string };
export type TextSegment = { text: string, is_furniture: boolean };
export type DocumentView = { summary: DocumentSummary, encoding: string, byte_len: number, sha256: string, segments: Array<TextSegment> };
export type LibraryInfo = { database_path: string, n_documents: number };
export type ImportProgress = { n_done: number, n_total: number, current: string | null, n_errors: number };
export type ImportStatus = "imported" | "duplicate" | "error";
export type ImportedFile = { path: string, status: ImportStatus, id: number | null, error: string | null };
export type ImportReport = { n_imported: number, n_duplicates: number, n_errors: number, files: Array<ImportedFile> };
export type PickKind = "files" | "folder";
export type CommandError = { kind: string, message: string };
