-- Documents as imported: the original text verbatim, plus what was read from it.
-- Everything in the derived columns can be rebuilt from `text` when the parser improves.
CREATE TABLE document (
    id             INTEGER PRIMARY KEY,
    sha256         TEXT    NOT NULL UNIQUE,
    file_name      TEXT    NOT NULL,
    source_path    TEXT,
    format         TEXT    NOT NULL,
    encoding       TEXT    NOT NULL,
    byte_len       INTEGER NOT NULL,
    imported_at    TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    text           TEXT    NOT NULL,
    reference      TEXT,
    title          TEXT    NOT NULL,
    authority      TEXT,
    response_date  TEXT,
    parser_version INTEGER NOT NULL
) STRICT;

CREATE INDEX document_reference ON document (reference);
