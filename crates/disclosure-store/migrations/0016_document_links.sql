-- The letter a spreadsheet imported on its own goes with, as the reviewer chose it: its figures
-- then follow that letter's questions into their threads. One letter per sheet; an attachment
-- of an e-mail needs no row (its e-mail says where it came from), nor does a sheet of the same
-- reference as its letter (the reference says so).
CREATE TABLE IF NOT EXISTS document_link (
    sheet_id  INTEGER NOT NULL PRIMARY KEY REFERENCES document (id) ON DELETE CASCADE,
    letter_id INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    linked_at TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    CHECK (sheet_id <> letter_id)
);
CREATE INDEX IF NOT EXISTS document_link_letter ON document_link (letter_id);
