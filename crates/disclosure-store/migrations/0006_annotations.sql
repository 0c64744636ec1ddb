-- Review work: annotations with their selectors, tags, every version of every annotation, the
-- log that undo and redo walk, review statuses, and the full-text index over all of it.

-- One note on a passage of a document's stored text (W3C text-quote and text-position
-- selectors; offsets are bytes, like the parser's spans). Deleting sets deleted_at; the row is
-- kept 90 days in "recently deleted" before it may be purged.
CREATE TABLE annotation (
    id             INTEGER PRIMARY KEY,
    document_id    INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    quote          TEXT    NOT NULL,
    prefix         TEXT    NOT NULL DEFAULT '',
    suffix         TEXT    NOT NULL DEFAULT '',
    start          INTEGER,
    end            INTEGER,
    question_label TEXT,
    note           TEXT    NOT NULL DEFAULT '',
    colour         TEXT    NOT NULL DEFAULT 'yellow',
    anchor_state   TEXT    NOT NULL DEFAULT 'exact' CHECK (anchor_state IN ('exact', 'fuzzy', 'orphan')),
    created_at     TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at     TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    deleted_at     TEXT
) STRICT;

CREATE INDEX annotation_document ON annotation (document_id, deleted_at);

CREATE TABLE tag (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
) STRICT;

CREATE TABLE annotation_tag (
    annotation_id INTEGER NOT NULL REFERENCES annotation (id) ON DELETE CASCADE,
    tag_id        INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
    PRIMARY KEY (annotation_id, tag_id)
) WITHOUT ROWID, STRICT;

CREATE INDEX annotation_tag_tag ON annotation_tag (tag_id);

-- Every state an annotation has been in, oldest first: what undo restores and what the
-- history shows. `tags` is the tag names joined by a newline.
CREATE TABLE annotation_version (
    id            INTEGER PRIMARY KEY,
    annotation_id INTEGER NOT NULL REFERENCES annotation (id) ON DELETE CASCADE,
    quote         TEXT    NOT NULL,
    prefix        TEXT    NOT NULL,
    suffix        TEXT    NOT NULL,
    start         INTEGER,
    end           INTEGER,
    question_label TEXT,
    note          TEXT    NOT NULL,
    colour        TEXT    NOT NULL,
    anchor_state  TEXT    NOT NULL,
    tags          TEXT    NOT NULL,
    deleted_at    TEXT,
    recorded_at   TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;

CREATE INDEX annotation_version_annotation ON annotation_version (annotation_id, id);

-- The reviewer's actions, in order. Undo applies `before_version` (or removes a created
-- annotation) and marks the action undone; redo applies `after_version`. A new action drops
-- the undone ones, as every editor does.
CREATE TABLE annotation_action (
    id             INTEGER PRIMARY KEY,
    annotation_id  INTEGER NOT NULL REFERENCES annotation (id) ON DELETE CASCADE,
    kind           TEXT    NOT NULL CHECK (kind IN ('create', 'edit', 'delete', 'restore')),
    before_version INTEGER REFERENCES annotation_version (id) ON DELETE CASCADE,
    after_version  INTEGER NOT NULL REFERENCES annotation_version (id) ON DELETE CASCADE,
    undone         INTEGER NOT NULL DEFAULT 0
) STRICT;

-- Review status of a whole document (question_label '') or of one answer (its label).
CREATE TABLE review_status (
    document_id    INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    question_label TEXT    NOT NULL DEFAULT '',
    status         TEXT    NOT NULL CHECK (status IN ('unreviewed', 'in_review', 'reviewed', 'follow_up')),
    reviewer       TEXT,
    updated_at     TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (document_id, question_label)
) WITHOUT ROWID, STRICT;

-- What each full-text row stands for; its id is the rowid of the row in `search_text`.
CREATE TABLE search_source (
    id             INTEGER PRIMARY KEY,
    kind           TEXT    NOT NULL CHECK (kind IN ('document', 'question', 'annotation')),
    document_id    INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    question_label TEXT,
    annotation_id  INTEGER REFERENCES annotation (id) ON DELETE CASCADE
) STRICT;

CREATE INDEX search_source_document ON search_source (document_id, kind);
CREATE INDEX search_source_annotation ON search_source (annotation_id);

CREATE VIRTUAL TABLE search_text USING fts5 (body, tokenize = 'unicode61 remove_diacritics 2');

-- The parser version whose questions are in the index for each document; a document missing
-- here (imported before this migration) is indexed when the library is next opened.
CREATE TABLE search_indexed (
    document_id    INTEGER PRIMARY KEY REFERENCES document (id) ON DELETE CASCADE,
    parser_version INTEGER NOT NULL
) STRICT;
