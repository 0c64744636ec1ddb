-- The letter-level search facets (authority, year, decision) and the library's date order are
-- answered from indexes, so a narrow facet can drive a search instead of every match of a word.
CREATE INDEX IF NOT EXISTS document_authority ON document (authority);
CREATE INDEX IF NOT EXISTS document_response_date ON document (response_date);
CREATE INDEX IF NOT EXISTS document_decision ON document (decision);
