-- Where a document came from when it was not a file of its own: an attachment of an e-mail
-- points at the e-mail's document (its file name is the attachment's name, its source_path
-- `mail.eml#attachment`). Deleting the e-mail deletes what was attached to it.
ALTER TABLE document ADD COLUMN parent_id INTEGER REFERENCES document (id) ON DELETE CASCADE;
CREATE INDEX document_parent_id ON document (parent_id) WHERE parent_id IS NOT NULL;
