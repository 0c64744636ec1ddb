-- Preferences kept with the library, so the desktop app and the command-line tool agree on them
-- (the reviewer's name stamped on review statuses, for one).
CREATE TABLE setting (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;
