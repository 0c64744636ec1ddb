-- Question threads: the same question of one authority followed across letters.
--
-- Suggestions are derived and rebuilt at will (origin 'suggested'); the reviewer's decisions are
-- not: a thread the reviewer confirmed, renamed, split, merged or edited is `reviewed`, its
-- members placed by the reviewer have origin 'reviewer', and questions moved out are listed in
-- `thread_exclusion`. A rebuild replaces only the suggestions.
--
-- Questions are named by (document_id, question_key): the printed label ("1", "Q2") or
-- '#' and the position when the question has none, so decisions survive re-parsing.
CREATE TABLE thread (
    id         INTEGER PRIMARY KEY,
    title      TEXT    NOT NULL,
    -- The reviewer's title, when renamed; shown instead of `title`.
    renamed    TEXT,
    authority  TEXT    NOT NULL,
    reviewed   INTEGER NOT NULL DEFAULT 0 CHECK (reviewed IN (0, 1)),
    confirmed  INTEGER NOT NULL DEFAULT 0 CHECK (confirmed IN (0, 1))
) STRICT;

-- A question is in at most one thread.
CREATE TABLE thread_member (
    thread_id      INTEGER NOT NULL REFERENCES thread (id) ON DELETE CASCADE,
    document_id    INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    question_key   TEXT    NOT NULL,
    question_idx   INTEGER NOT NULL,
    question_label TEXT,
    origin         TEXT    NOT NULL CHECK (origin IN ('suggested', 'reviewer')),
    PRIMARY KEY (document_id, question_key)
) STRICT;

CREATE INDEX thread_member_thread ON thread_member (thread_id);

-- "Never put this question in this thread again": a reviewer's move out, or a split.
CREATE TABLE thread_exclusion (
    thread_id    INTEGER NOT NULL REFERENCES thread (id) ON DELETE CASCADE,
    document_id  INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    question_key TEXT    NOT NULL,
    PRIMARY KEY (thread_id, document_id, question_key)
) STRICT;

-- Letters the last build of suggestions has seen; a letter missing here calls for a rebuild.
CREATE TABLE thread_build_document (
    document_id INTEGER PRIMARY KEY REFERENCES document (id) ON DELETE CASCADE
) STRICT;
