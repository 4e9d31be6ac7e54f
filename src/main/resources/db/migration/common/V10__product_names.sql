-- The names a product code was sold under (issue 16): an ERP renames a medicine or sells one code under several
-- names, and the product table keeps only the latest. Each import records how many of its lines carried each
-- name of each code, so pages show the most frequent name and say when there were several. Kept per import so
-- that undoing one takes its counts with it (the cascade).
CREATE TABLE product_name (
    batch_id    BIGINT NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
    product_key VARCHAR(1000) NOT NULL,
    name        VARCHAR(1000) NOT NULL,
    line_count  BIGINT NOT NULL
);
