-- A ticket whose priority or customer segment changes moves to the service-level policy that covers
-- it now: its open clocks end as replaced (kept for the record, neither met nor missed) and clocks
-- under the new policy carry their ledgers on. Customers are kept on an admin screen.
ALTER TABLE sla_clock ADD COLUMN replaced BOOLEAN DEFAULT FALSE NOT NULL;

CREATE INDEX ix_ticket_customer ON ticket (customer_id);
