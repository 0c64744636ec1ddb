-- The decision read from each letter, for the library view and its filters. Derived, like
-- reference and title: rebuilt whenever the parser's version changes.
ALTER TABLE document ADD COLUMN decision TEXT NOT NULL DEFAULT 'unknown';
CREATE INDEX document_parser_version ON document (parser_version);
