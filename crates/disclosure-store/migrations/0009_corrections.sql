-- The reviewer's corrections of a letter's library facts (authority, response date, reference,
-- decision). The document's own columns hold the value in force, the correction when there is one;
-- the value read from the text is kept here, refreshed by every re-reading, so clearing a
-- correction puts it back. Keyed by document and field, so re-reading never removes a row.
-- Written to apply once whatever its place in the list of migrations.
CREATE TABLE IF NOT EXISTS correction (
    document_id INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    field       TEXT    NOT NULL CHECK (field IN ('authority', 'date', 'reference', 'decision')),
    value       TEXT    NOT NULL,
    parsed      TEXT,
    reviewer    TEXT,
    set_at      TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (document_id, field)
) STRICT;

-- Every value a reviewer set or cleared (value NULL), oldest first, so a change can be undone
-- and the record shows who decided what.
CREATE TABLE IF NOT EXISTS correction_history (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    field       TEXT    NOT NULL CHECK (field IN ('authority', 'date', 'reference', 'decision')),
    value       TEXT,
    reviewer    TEXT,
    set_at      TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;

CREATE INDEX IF NOT EXISTS correction_history_document ON correction_history (document_id, field, id);
