-- Resolution, reopening and closing of tickets.
ALTER TABLE ticket ADD COLUMN resolution_summary VARCHAR(4000);
ALTER TABLE ticket ADD COLUMN resolved_at TIMESTAMP;
ALTER TABLE ticket ADD COLUMN closed_at TIMESTAMP;
ALTER TABLE ticket ADD COLUMN reopen_count INTEGER DEFAULT 0 NOT NULL;
