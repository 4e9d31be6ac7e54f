-- Fingerprints are computed on canonical values since version 2 (docs/decisions/0007): the same sale read
-- from .xls, .xlsx or CSV has one fingerprint. A stored line keeps the version it was fingerprinted with:
-- lines stored before are version 1, and an import into such a store computes both versions so that a file
-- imported before is still recognised. The raw cells of old lines were never stored, so they cannot be
-- fingerprinted again; an import that matches them on customer, date and amount but not on fingerprint is
-- warned about instead.
ALTER TABLE sales_line ADD COLUMN fp_version SMALLINT DEFAULT 1 NOT NULL;
