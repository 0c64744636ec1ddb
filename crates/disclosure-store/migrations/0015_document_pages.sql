-- How each page of a PDF was read: from its text layer, or by OCR from its picture with the
-- recogniser's mean word confidence, and where the page's text lies in the document's text
-- (byte offsets), so the reader can say which passages came from a scan.
CREATE TABLE IF NOT EXISTS document_page (
    document_id INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    number      INTEGER NOT NULL CHECK (number >= 1),
    source      TEXT    NOT NULL CHECK (source IN ('text', 'ocr')),
    confidence  REAL,
    start_byte  INTEGER NOT NULL,
    end_byte    INTEGER NOT NULL,
    PRIMARY KEY (document_id, number)
) WITHOUT ROWID;
