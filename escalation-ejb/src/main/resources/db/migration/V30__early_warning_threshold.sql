-- The early-warning threshold, which admins set on the Early warnings screen: the usual range ends
-- this many standard deviations above a team's mean, and at least this many percentage points above it.
CREATE TABLE early_warning_setting (
    id           BIGINT       NOT NULL PRIMARY KEY,
    deviations   NUMERIC(3, 1) NOT NULL,
    minimum_rise INT          NOT NULL,
    version      BIGINT       NOT NULL
);
INSERT INTO early_warning_setting (id, deviations, minimum_rise, version) VALUES (1, 2.0, 5, 0);
