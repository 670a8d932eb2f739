-- The ticket finder: each server keeps a full-text index of the tickets and catches up from the
-- time each ticket last changed, which the audit trail stamps on the ticket's fact.
ALTER TABLE ticket_fact ADD COLUMN changed_us BIGINT;
CREATE INDEX ix_ticket_fact_changed ON ticket_fact (changed_us);
-- The database's identity: an index saved by a server on another database (or this one made afresh)
-- is built again from nothing.
CREATE TABLE ticket_index_epoch (
    id         INTEGER   NOT NULL PRIMARY KEY,
    created_at TIMESTAMP NOT NULL
);
INSERT INTO ticket_index_epoch (id, created_at) VALUES (1, CURRENT_TIMESTAMP);
