-- The team store's map from salesperson (the customer's salesperson field) to database role (docs/decisions/0016).
-- The embedded store is one person's and has no roles or row-level security: the table is here so that both
-- databases have the same tables at the same version.
CREATE TABLE salesperson_role (
    salesperson VARCHAR(1000) PRIMARY KEY,
    role_name   VARCHAR(200) NOT NULL
);
