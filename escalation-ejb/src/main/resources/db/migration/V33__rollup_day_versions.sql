-- The version of each day's rollups: changed (to a new random number) in the transaction that changes
-- the day's rollups, so that each server can keep what it read of recent days and read a day again
-- only once it changed.
CREATE TABLE rollup_day (
    resolved_on DATE   NOT NULL PRIMARY KEY,
    version     BIGINT NOT NULL
);
