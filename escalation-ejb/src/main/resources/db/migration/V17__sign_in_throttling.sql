-- Failed sign-ins per login name ("login:<name>") and per client address ("address:<ip>"), so that
-- guessing is slowed down and locked, across every server of the desk.
CREATE TABLE sign_in_failures (
    throttle_key    VARCHAR(300) NOT NULL PRIMARY KEY,
    failures        INTEGER      NOT NULL,
    last_failure_at TIMESTAMP,
    next_try_at     TIMESTAMP,
    locked_until    TIMESTAMP,
    version         BIGINT       NOT NULL DEFAULT 0
);
