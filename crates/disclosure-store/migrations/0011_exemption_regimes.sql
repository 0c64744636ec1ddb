-- Provisions of more laws: the Environmental Information (Scotland) Regulations and the access
-- laws of New Zealand, Australia, the United States and Ireland, each under its own numbering.
-- SQLite cannot change a CHECK in place, so the three tables that name a regime are rebuilt
-- with their rows, indexes and keys as they were.

CREATE TABLE exemption_citation_new (
    id             INTEGER PRIMARY KEY,
    document_id    INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    question_idx   INTEGER,
    question_label TEXT,
    regime         TEXT    NOT NULL CHECK (regime IN ('FOIA', 'EIR', 'FOISA', 'EIRS', 'NZ OIA', 'AU FOI', 'US FOIA', 'IE FOI')),
    provision      TEXT    NOT NULL,
    section        TEXT    NOT NULL,
    cited_as       TEXT    NOT NULL,
    is_ncnd        INTEGER NOT NULL CHECK (is_ncnd IN (0, 1)),
    quote          TEXT    NOT NULL,
    span_start     INTEGER NOT NULL,
    span_end       INTEGER NOT NULL
) STRICT;
INSERT INTO exemption_citation_new SELECT * FROM exemption_citation;
DROP TABLE exemption_citation;
ALTER TABLE exemption_citation_new RENAME TO exemption_citation;
CREATE INDEX exemption_citation_document ON exemption_citation (document_id);
CREATE INDEX exemption_citation_provision ON exemption_citation (regime, provision);

CREATE TABLE redaction_flag_provision_new (
    flag_id   INTEGER NOT NULL REFERENCES redaction_flag (id) ON DELETE CASCADE,
    regime    TEXT    NOT NULL CHECK (regime IN ('FOIA', 'EIR', 'FOISA', 'EIRS', 'NZ OIA', 'AU FOI', 'US FOIA', 'IE FOI')),
    provision TEXT    NOT NULL,
    PRIMARY KEY (flag_id, regime, provision)
) STRICT;
INSERT INTO redaction_flag_provision_new SELECT * FROM redaction_flag_provision;
DROP TABLE redaction_flag_provision;
ALTER TABLE redaction_flag_provision_new RENAME TO redaction_flag_provision;

CREATE TABLE citation_judgement_new (
    document_id          INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    regime               TEXT    NOT NULL CHECK (regime IN ('FOIA', 'EIR', 'FOISA', 'EIRS', 'NZ OIA', 'AU FOI', 'US FOIA', 'IE FOI')),
    provision            TEXT    NOT NULL,
    quote                TEXT    NOT NULL,
    verdict              TEXT    NOT NULL CHECK (verdict IN ('cited_not_applied', 'wrong_subsection')),
    corrected_provision  TEXT,
    note                 TEXT    NOT NULL DEFAULT '',
    created_at           TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at           TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (document_id, regime, provision, quote)
) STRICT;
INSERT INTO citation_judgement_new SELECT * FROM citation_judgement;
DROP TABLE citation_judgement;
ALTER TABLE citation_judgement_new RENAME TO citation_judgement;
