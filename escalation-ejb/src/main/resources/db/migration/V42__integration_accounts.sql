-- Integration accounts: other systems that work tickets through the API with a token, as an agent of
-- a team, without a password, never emailed and never assigned.
ALTER TABLE agent ADD COLUMN integration BOOLEAN DEFAULT FALSE NOT NULL;
