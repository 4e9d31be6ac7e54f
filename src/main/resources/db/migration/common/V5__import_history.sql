-- Import history and undo (issue 14, docs/decisions/0010).
-- first_date/last_date: the range of sale dates the imported file held, as the import summary shows it.
-- Batches recorded before this migration get the range of their stored lines (their file is not at hand);
-- a batch whose lines were all duplicates then has none.
ALTER TABLE import_batch ADD COLUMN first_date DATE;
ALTER TABLE import_batch ADD COLUMN last_date DATE;
UPDATE import_batch b
SET first_date = (SELECT MIN(line_date) FROM sales_line l WHERE l.batch_id = b.id),
    last_date  = (SELECT MAX(line_date) FROM sales_line l WHERE l.batch_id = b.id)
WHERE complete;

-- The store's revision: a counter raised by every change to the visible sales lines (a complete import, an
-- undone import). The analysis snapshot is read again when it changes. The latest complete batch's id used to
-- serve, but undoing an older import leaves that id as it was. One row; it starts at that id, so a snapshot
-- taken just before the migration would still match and none is read for nothing.
CREATE TABLE store_revision (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    revision BIGINT NOT NULL
);
INSERT INTO store_revision (id, revision)
SELECT 1, COALESCE(MAX(id), 0) FROM import_batch WHERE complete;
