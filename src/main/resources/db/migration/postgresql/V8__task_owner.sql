-- Follow-up tasks have an owner (issue 17, docs/decisions/0016): the salesperson's login that works the task. A
-- task a salesperson makes is theirs; a task a manager (or the store's owner) makes belongs to the login of the
-- customer's salesperson (salesperson_role), none when that salesperson has no login yet. The manager reassigns
-- by changing the column.
ALTER TABLE follow_up_task ADD COLUMN owner VARCHAR(200);

CREATE FUNCTION customerlens_task_owner() RETURNS TRIGGER
    LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.owner IS NULL THEN
        IF pg_has_role(current_user, 'customerlens_manager', 'MEMBER')
                OR NOT pg_has_role(current_user, 'customerlens_salesperson', 'MEMBER') THEN
            NEW.owner := (SELECT m.role_name FROM customer c JOIN salesperson_role m ON m.salesperson = c.salesperson
                          WHERE c.customer_key = NEW.customer_key);
        ELSE
            NEW.owner := current_user;
        END IF;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER follow_up_task_owner BEFORE INSERT ON follow_up_task
    FOR EACH ROW EXECUTE FUNCTION customerlens_task_owner();

-- A task given to a login is visible to it and changeable by it, whoever's customer it is about.
DROP POLICY own_tasks ON follow_up_task;
DROP POLICY own_tasks_update ON follow_up_task;
CREATE POLICY own_tasks ON follow_up_task FOR SELECT
    USING (customerlens_sees_customer(customer_key) OR owner = current_user);
CREATE POLICY own_tasks_update ON follow_up_task FOR UPDATE
    USING (customerlens_sees_customer(customer_key) OR owner = current_user);
