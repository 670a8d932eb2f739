-- How many calls a minute each API token may make; beyond it the API answers 429 with Retry-After.
ALTER TABLE api_token ADD COLUMN requests_per_minute INTEGER DEFAULT 1200 NOT NULL;
