-- An approver hands their approvals to another for a period; a delegate's decisions name both.
CREATE SEQUENCE delegation_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE delegation (
    id           BIGINT  NOT NULL PRIMARY KEY,
    delegator_id BIGINT  NOT NULL REFERENCES agent (id),
    delegate_id  BIGINT  NOT NULL REFERENCES agent (id),
    first_day    DATE    NOT NULL,
    last_day     DATE    NOT NULL,
    revoked      BOOLEAN NOT NULL
);
CREATE INDEX ix_delegation_delegate ON delegation (delegate_id, last_day);
ALTER TABLE decision_approval ADD COLUMN on_behalf_of_id BIGINT REFERENCES agent (id);
