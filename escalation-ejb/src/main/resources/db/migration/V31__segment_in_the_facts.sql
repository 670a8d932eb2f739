-- The customer's segment as each ticket last recorded it on its audit trail, for the dashboard's cut
-- by segment. Tickets record it from this version on; the facts of tickets with no entry since stay
-- without one (as a rebuild from the trail would leave them), and no segment cut takes them.
ALTER TABLE ticket_fact ADD COLUMN segment VARCHAR(20);
