-- Business time is now counted exactly at 24:00 and at daylight-saving changes. The open clocks'
-- due times, stored from the old arithmetic, are recomputed once at the next start
-- (BusinessTimeCorrection), which deletes this row and says on the configuration audit chain how
-- many clocks moved.
CREATE TABLE pending_correction (
    name VARCHAR(100) NOT NULL PRIMARY KEY
);
INSERT INTO pending_correction (name) VALUES ('business-time-2026-12');
