-- Contacts (issue 14 item 4): phone, contact person, address and WeChat per customer.
-- The imported values sit with the other customer attributes: the latest line's non-empty value wins
-- (AttributeMerge). Phone numbers are text: leading zeros and +86 stay.
ALTER TABLE customer ADD COLUMN phone VARCHAR(1000);
ALTER TABLE customer ADD COLUMN contact_person VARCHAR(1000);
ALTER TABLE customer ADD COLUMN address VARCHAR(1000);
ALTER TABLE customer ADD COLUMN wechat VARCHAR(1000);

-- What the salesperson typed on the customer card, kept apart from imported values so that no import
-- touches it: an edited value wins over imported ones. NULL = not edited (the imported value shows);
-- '' = deliberately cleared. No foreign key, as for follow-up tasks: an edit outlives its customer's lines.
CREATE TABLE customer_contact_edit (
    customer_key   VARCHAR(1000) PRIMARY KEY,
    phone          VARCHAR(1000),
    contact_person VARCHAR(1000),
    address        VARCHAR(1000),
    wechat         VARCHAR(1000),
    edited_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
