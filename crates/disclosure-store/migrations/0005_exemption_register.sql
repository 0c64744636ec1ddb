-- The exemption register. Two sides, kept apart on purpose:
--   derived rows (exemption_citation, question_outcome) are rebuilt whenever a document is read
--   again and may be thrown away at any time;
--   the reviewer's rows (redaction_flag, outcome_correction, citation_judgement) are never
--   touched by re-reading, so they are keyed by what survives it: the document, the question's
--   label (or "#N", its position, for an unlabelled question), the provision and the quote.

-- Every provision the parser found cited, per question (question_idx NULL: the letter as a whole).
CREATE TABLE exemption_citation (
    id             INTEGER PRIMARY KEY,
    document_id    INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    question_idx   INTEGER,
    question_label TEXT,
    regime         TEXT    NOT NULL CHECK (regime IN ('FOIA', 'EIR', 'FOISA')),
    provision      TEXT    NOT NULL,
    section        TEXT    NOT NULL,
    cited_as       TEXT    NOT NULL,
    is_ncnd        INTEGER NOT NULL CHECK (is_ncnd IN (0, 1)),
    quote          TEXT    NOT NULL,
    span_start     INTEGER NOT NULL,
    span_end       INTEGER NOT NULL
) STRICT;
CREATE INDEX exemption_citation_document ON exemption_citation (document_id);
CREATE INDEX exemption_citation_provision ON exemption_citation (regime, provision);

-- The outcome the parser derived for each question.
CREATE TABLE question_outcome (
    document_id    INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    question_idx   INTEGER NOT NULL,
    question_key   TEXT    NOT NULL,
    question_label TEXT,
    outcome        TEXT    NOT NULL,
    span_start     INTEGER NOT NULL,
    span_end       INTEGER NOT NULL,
    PRIMARY KEY (document_id, question_idx)
) STRICT;

-- A redaction the reviewer flagged by hand: a passage (quote plus its byte position), a table
-- cell, a whole answer (question only) or the whole letter (neither). Deleting sets deleted_at,
-- so an undo is an update.
CREATE TABLE redaction_flag (
    id           INTEGER PRIMARY KEY,
    document_id  INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    question_key TEXT,
    quote        TEXT,
    span_start   INTEGER,
    span_end     INTEGER,
    note         TEXT    NOT NULL DEFAULT '',
    created_at   TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at   TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    deleted_at   TEXT,
    CHECK ((span_start IS NULL) = (span_end IS NULL)),
    CHECK (span_start IS NULL OR span_start <= span_end)
) STRICT;
CREATE INDEX redaction_flag_document ON redaction_flag (document_id);

-- The provisions a flag is made under: one or more.
CREATE TABLE redaction_flag_provision (
    flag_id   INTEGER NOT NULL REFERENCES redaction_flag (id) ON DELETE CASCADE,
    regime    TEXT    NOT NULL CHECK (regime IN ('FOIA', 'EIR', 'FOISA')),
    provision TEXT    NOT NULL,
    PRIMARY KEY (flag_id, regime, provision)
) STRICT;

-- The reviewer's outcome for a question, in place of the derived one.
CREATE TABLE outcome_correction (
    document_id  INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    question_key TEXT    NOT NULL,
    outcome      TEXT    NOT NULL,
    note         TEXT    NOT NULL DEFAULT '',
    created_at   TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at   TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (document_id, question_key)
) STRICT;

-- The reviewer's verdict on a detected citation.
CREATE TABLE citation_judgement (
    document_id          INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    regime               TEXT    NOT NULL CHECK (regime IN ('FOIA', 'EIR', 'FOISA')),
    provision            TEXT    NOT NULL,
    quote                TEXT    NOT NULL,
    verdict              TEXT    NOT NULL CHECK (verdict IN ('cited_not_applied', 'wrong_subsection')),
    corrected_provision  TEXT,
    note                 TEXT    NOT NULL DEFAULT '',
    created_at           TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at           TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (document_id, regime, provision, quote)
) STRICT;

-- Documents stored before this migration have no derived rows yet: mark them for re-reading.
UPDATE document SET parser_version = 0;
