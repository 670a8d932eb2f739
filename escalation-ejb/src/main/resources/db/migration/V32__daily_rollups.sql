-- Daily rollups: the figures of the tickets resolved on a UTC day, by the teams that took them in,
-- resolved them and handled them, the tier that resolved them, category and first escalation reason,
-- so that a dashboard adds up a period's rollups instead of reading every ticket's fact.
CREATE TABLE daily_rollup (
    rollup_key     VARCHAR(1000) NOT NULL PRIMARY KEY,
    resolved_on    DATE          NOT NULL,
    first_team     VARCHAR(100),
    resolved_team  VARCHAR(100),
    teams          VARCHAR(1000) NOT NULL,
    tier           INTEGER,
    category       VARCHAR(40),
    reason         VARCHAR(30),
    resolved       BIGINT NOT NULL,
    escalated      BIGINT NOT NULL,
    functional     BIGINT NOT NULL,
    hierarchical   BIGINT NOT NULL,
    first_contact  BIGINT NOT NULL,
    one_touch      BIGINT NOT NULL,
    calendar_us    BIGINT NOT NULL,
    business_s     BIGINT NOT NULL,
    calendar_hist  VARCHAR(1000000),
    business_hist  VARCHAR(1000000),
    bounces        BIGINT NOT NULL,
    accepted       BIGINT NOT NULL,
    accept_wait_s  BIGINT NOT NULL,
    sat_esc_sum    BIGINT NOT NULL,
    sat_esc_n      BIGINT NOT NULL,
    sat_not_sum    BIGINT NOT NULL,
    sat_not_n      BIGINT NOT NULL,
    eff_esc_sum    BIGINT NOT NULL,
    eff_esc_n      BIGINT NOT NULL,
    eff_not_sum    BIGINT NOT NULL,
    eff_not_n      BIGINT NOT NULL,
    exacerbated    BIGINT NOT NULL,
    linked         BIGINT NOT NULL,
    breached       BIGINT NOT NULL,
    avoided        BIGINT NOT NULL,
    team_time      VARCHAR(100000),
    sla            VARCHAR(1000)
);
CREATE INDEX ix_daily_rollup_day ON daily_rollup (resolved_on);

-- Each fact keeps what it last added to the rollups, and whether it changed since: the durable queue
-- the rollups catch up from, also after a crash. Facts written around the services (the benchmark's
-- generator) and every fact of a desk from before the rollups start pending.
ALTER TABLE ticket_fact ADD COLUMN rolled_up VARCHAR(8000);
ALTER TABLE ticket_fact ADD COLUMN rollup_pending BOOLEAN DEFAULT TRUE NOT NULL;
-- the roller reads the pending facts in the order of their numbers, and finds none quickly when none is
CREATE INDEX ix_ticket_fact_rollup_pending ON ticket_fact (rollup_pending, ticket_number);

-- One row, locked by whoever rolls facts up, so that two servers never roll the same fact twice.
CREATE TABLE rollup_lock (
    id INTEGER NOT NULL PRIMARY KEY
);
INSERT INTO rollup_lock (id) VALUES (1);
