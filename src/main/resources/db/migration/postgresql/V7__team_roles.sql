-- Row-level security for the team store (docs/decisions/0016). A salesperson's login reads and changes only the
-- customers whose salesperson is mapped to it (salesperson_role, edited by the manager), and the lines, follow-up
-- tasks, outcomes and contact edits of those customers; a member of customerlens_manager sees everyone. The owner
-- of the tables (the login that runs the migrations) is not bound by the policies.
CREATE TABLE salesperson_role (
    salesperson VARCHAR(1000) PRIMARY KEY,
    role_name   VARCHAR(200) NOT NULL
);

-- Roles are the server's, not the database's: a second team database on the same server reuses them.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'customerlens_manager') THEN
        CREATE ROLE customerlens_manager NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'customerlens_salesperson') THEN
        CREATE ROLE customerlens_salesperson NOLOGIN;
    END IF;
END
$$;

-- Whether the signed-in role may see the customers of this salesperson.
CREATE FUNCTION customerlens_sees_salesperson(name VARCHAR) RETURNS BOOLEAN
    LANGUAGE sql STABLE AS $$
    SELECT pg_has_role(current_user, 'customerlens_manager', 'MEMBER')
        OR EXISTS (SELECT 1 FROM salesperson_role m WHERE m.salesperson = name AND m.role_name = current_user)
$$;

-- Whether the signed-in role may see this customer (and so its lines, tasks and contact edits).
CREATE FUNCTION customerlens_sees_customer(key VARCHAR) RETURNS BOOLEAN
    LANGUAGE sql STABLE AS $$
    SELECT pg_has_role(current_user, 'customerlens_manager', 'MEMBER')
        OR EXISTS (SELECT 1 FROM customer c JOIN salesperson_role m ON m.salesperson = c.salesperson
                   WHERE c.customer_key = key AND m.role_name = current_user)
$$;

ALTER TABLE customer ENABLE ROW LEVEL SECURITY;
ALTER TABLE sales_line ENABLE ROW LEVEL SECURITY;
ALTER TABLE follow_up_task ENABLE ROW LEVEL SECURITY;
ALTER TABLE follow_up_outcome ENABLE ROW LEVEL SECURITY;
ALTER TABLE customer_contact_edit ENABLE ROW LEVEL SECURITY;

-- Reading, changing and deleting follow the customer's salesperson. Inserting is left open: an import writes its
-- lines before the customers they belong to, and a row a salesperson inserts for another's customer is invisible
-- to them at once (imports of the whole team's export are the manager's).
CREATE POLICY own_customers ON customer FOR SELECT USING (customerlens_sees_salesperson(salesperson));
CREATE POLICY own_customers_update ON customer FOR UPDATE USING (customerlens_sees_salesperson(salesperson));
CREATE POLICY own_customers_delete ON customer FOR DELETE USING (customerlens_sees_salesperson(salesperson));
CREATE POLICY customers_insert ON customer FOR INSERT WITH CHECK (TRUE);

CREATE POLICY own_lines ON sales_line FOR SELECT USING (customerlens_sees_customer(customer_key));
CREATE POLICY own_lines_update ON sales_line FOR UPDATE USING (customerlens_sees_customer(customer_key));
CREATE POLICY own_lines_delete ON sales_line FOR DELETE USING (customerlens_sees_customer(customer_key));
CREATE POLICY lines_insert ON sales_line FOR INSERT WITH CHECK (TRUE);

CREATE POLICY own_tasks ON follow_up_task FOR SELECT USING (customerlens_sees_customer(customer_key));
CREATE POLICY own_tasks_update ON follow_up_task FOR UPDATE USING (customerlens_sees_customer(customer_key));
CREATE POLICY own_tasks_delete ON follow_up_task FOR DELETE USING (customerlens_sees_customer(customer_key));
CREATE POLICY own_tasks_insert ON follow_up_task FOR INSERT WITH CHECK (customerlens_sees_customer(customer_key));

CREATE POLICY own_outcomes ON follow_up_outcome
    USING (EXISTS (SELECT 1 FROM follow_up_task t WHERE t.id = task_id))
    WITH CHECK (EXISTS (SELECT 1 FROM follow_up_task t WHERE t.id = task_id));

CREATE POLICY own_contact_edits ON customer_contact_edit
    USING (customerlens_sees_customer(customer_key)) WITH CHECK (customerlens_sees_customer(customer_key));

GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO customerlens_manager, customerlens_salesperson;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO customerlens_manager, customerlens_salesperson;
-- Tables and sequences later migrations create are granted alike.
ALTER DEFAULT PRIVILEGES IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO customerlens_manager, customerlens_salesperson;
ALTER DEFAULT PRIVILEGES IN SCHEMA public
    GRANT USAGE, SELECT ON SEQUENCES TO customerlens_manager, customerlens_salesperson;
-- Only the manager edits who is whose; opening the store reads the migration history.
REVOKE INSERT, UPDATE, DELETE ON salesperson_role FROM customerlens_salesperson;
REVOKE INSERT, UPDATE, DELETE ON flyway_schema_history FROM customerlens_manager, customerlens_salesperson;
