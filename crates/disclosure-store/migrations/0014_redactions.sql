-- Redactions in the documents themselves. Three sides, kept apart on purpose:
--   redaction_page_mark: the marks drawn on a PDF's pages, read from the file at import; the
--   stored text cannot give them back, so re-reading keeps them and places them again;
--   found_redaction: every redaction placed in the text and tied to a provision, rebuilt on
--   every reading like the citations;
--   redaction_decision: the reviewer's word on a found redaction, keyed by what survives a
--   re-reading (the document and the redaction's key: page and area, or marker words and order).

CREATE TABLE IF NOT EXISTS redaction_page_mark (
    document_id INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    mark_idx    INTEGER NOT NULL,
    page        INTEGER NOT NULL,
    kind        TEXT    NOT NULL CHECK (kind IN ('box', 'image')),
    x           INTEGER NOT NULL,
    y           INTEGER NOT NULL,
    width       INTEGER NOT NULL,
    height      INTEGER NOT NULL,
    text_under  TEXT,
    label       TEXT,
    text_before TEXT,
    PRIMARY KEY (document_id, mark_idx)
) STRICT;

CREATE TABLE IF NOT EXISTS found_redaction (
    document_id   INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    redaction_key TEXT    NOT NULL,
    kind          TEXT    NOT NULL CHECK (kind IN ('box', 'image', 'marker')),
    page          INTEGER,
    x             INTEGER,
    y             INTEGER,
    width         INTEGER,
    height        INTEGER,
    regime        TEXT    NOT NULL,
    provision     TEXT,
    tied_by       TEXT    NOT NULL CHECK (tied_by IN ('label', 'paragraph', 'letter', 'none')),
    text_under    TEXT,
    label         TEXT,
    question_key  TEXT,
    span_start    INTEGER NOT NULL,
    span_end      INTEGER NOT NULL,
    PRIMARY KEY (document_id, redaction_key)
) STRICT;
CREATE INDEX IF NOT EXISTS found_redaction_provision ON found_redaction (regime, provision);

CREATE TABLE IF NOT EXISTS redaction_decision (
    document_id   INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    redaction_key TEXT    NOT NULL,
    decision      TEXT    NOT NULL CHECK (decision IN ('confirmed', 'corrected', 'dismissed')),
    provision     TEXT,
    note          TEXT    NOT NULL DEFAULT '',
    reviewer      TEXT,
    decided_at    TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (document_id, redaction_key),
    CHECK (decision <> 'corrected' OR provision IS NOT NULL)
) STRICT;

-- Letters stored before redactions were read have none found yet: they are read again (their
-- text is kept verbatim, the reviewer's work is untouched). A PDF's page marks come only from
-- its file, so boxes of PDFs imported before this migration are found on no re-reading.
UPDATE document SET parser_version = 0;
