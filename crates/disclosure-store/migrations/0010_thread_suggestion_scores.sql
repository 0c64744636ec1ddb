-- How alike a suggested thread member is to the thread it was suggested for (0–1), so the
-- reviewer can settle the likeliest first; the member that opens a thread, and the reviewer's
-- own, have none. Accepting or rejecting one suggestion keeps its thread (`reviewed`) without
-- settling the thread's other suggestions.
ALTER TABLE thread_member ADD COLUMN score REAL CHECK (score IS NULL OR (score >= 0.0 AND score <= 1.0));
