-- Tickets that bounced between teams, for managers to review.
ALTER TABLE ticket ADD COLUMN bounced BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX ix_ticket_bounced ON ticket (bounced, status);
