-- What a handled ticket costs at each tier, which admins set; the public MetricNet benchmark's figures
-- (about 22, 69 and 104 per ticket at levels 1, 2 and 3) are the defaults, in euros until an admin
-- says otherwise. And the reason of a ticket's first escalation to another team, for the cost by reason.
ALTER TABLE tier ADD COLUMN handling_cost NUMERIC(12, 2);
ALTER TABLE tier ADD COLUMN cost_currency VARCHAR(3);
UPDATE tier SET handling_cost = 22.00, cost_currency = 'EUR' WHERE tier_level = 1;
UPDATE tier SET handling_cost = 69.00, cost_currency = 'EUR' WHERE tier_level = 2;
UPDATE tier SET handling_cost = 104.00, cost_currency = 'EUR' WHERE tier_level = 3;

ALTER TABLE ticket_fact ADD COLUMN escalation_reason VARCHAR(30);
