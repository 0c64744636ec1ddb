-- Where a letter's response date came from: the letter itself, its e-mail's headers, the year its
-- reference encodes, or the file's own creation date. A year read from a reference is stored as
-- 1 January of that year, so the library must say so rather than show it as a printed date.
ALTER TABLE document ADD COLUMN date_source TEXT CHECK (date_source IN ('letter', 'email', 'reference', 'file'));
