-- Crash-safe imports (docs/decisions/0006): an import writes its lines in small committed chunks under a
-- batch that is not complete, and marks the batch complete, with the customers, products and mapping it
-- brings, in one small final transaction. Readers see the lines of complete batches only; the lines of a
-- batch left incomplete by a killed process are removed the next time the store opens. Every batch
-- recorded before this migration was committed whole, so it is complete.
ALTER TABLE import_batch ADD COLUMN complete BOOLEAN DEFAULT TRUE NOT NULL;
