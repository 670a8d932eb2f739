-- Service levels: business calendars, policies with targets and a ladder of steps, and the clocks
-- of each ticket with the ledger of their running and paused stretches (one line per stretch). The sweep finds due
-- clocks through the index on next_step_at; the queues sort by the ticket's soonest due time.
CREATE SEQUENCE business_calendar_seq START WITH 2 INCREMENT BY 1;
CREATE SEQUENCE sla_policy_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE sla_clock_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE business_calendar (
    id              BIGINT       NOT NULL PRIMARY KEY,
    name            VARCHAR(100) NOT NULL,
    zone_id         VARCHAR(60)  NOT NULL,
    round_the_clock BOOLEAN      NOT NULL,
    weekly_hours    VARCHAR(500),
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_business_calendar_name UNIQUE (name)
);

CREATE TABLE business_calendar_holiday (
    calendar_id BIGINT NOT NULL REFERENCES business_calendar (id),
    holiday     DATE   NOT NULL,
    PRIMARY KEY (calendar_id, holiday)
);

-- Every installation has a round-the-clock calendar for the service levels that never sleep.
INSERT INTO business_calendar (id, name, zone_id, round_the_clock, weekly_hours) VALUES (1, '24x7', 'UTC', TRUE, NULL);

CREATE TABLE sla_policy (
    id                     BIGINT       NOT NULL PRIMARY KEY,
    name                   VARCHAR(100) NOT NULL,
    segment                VARCHAR(20),
    priority               VARCHAR(20),
    calendar_id            BIGINT       NOT NULL REFERENCES business_calendar (id),
    first_response_minutes INTEGER,
    next_update_minutes    INTEGER,
    resolution_minutes     INTEGER,
    version                BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_sla_policy_name UNIQUE (name)
);

CREATE TABLE sla_policy_step (
    policy_id    BIGINT      NOT NULL REFERENCES sla_policy (id),
    step_no      INTEGER     NOT NULL,
    applies_to   VARCHAR(20),
    trigger_kind VARCHAR(30) NOT NULL,
    amount       INTEGER     NOT NULL,
    action       VARCHAR(40) NOT NULL,
    PRIMARY KEY (policy_id, step_no)
);

CREATE TABLE sla_clock (
    id             BIGINT      NOT NULL PRIMARY KEY,
    ticket_id      BIGINT      NOT NULL REFERENCES ticket (id),
    kind           VARCHAR(20) NOT NULL,
    policy_id      BIGINT      NOT NULL REFERENCES sla_policy (id),
    target_minutes INTEGER     NOT NULL,
    started_at     TIMESTAMP   NOT NULL,
    stopped_at     TIMESTAMP,
    due_at         TIMESTAMP,
    at_risk_at     TIMESTAMP,
    steps_done     INTEGER     NOT NULL,
    next_step_at   TIMESTAMP,
    ledger         VARCHAR(20000) NOT NULL,
    version        BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX ix_sla_clock_next_step ON sla_clock (next_step_at);
CREATE INDEX ix_sla_clock_ticket ON sla_clock (ticket_id);
CREATE INDEX ix_sla_clock_policy ON sla_clock (policy_id);


ALTER TABLE ticket ADD COLUMN sla_due_at TIMESTAMP;
ALTER TABLE ticket ADD COLUMN sla_at_risk_at TIMESTAMP;
CREATE INDEX ix_ticket_sla_due ON ticket (team_id, sla_due_at);

-- The system acts under its own name when a service level escalates a ticket. It cannot sign in:
-- it is inactive, holds no role and its password hash matches no password.
INSERT INTO agent (id, login_name, display_name, email, password_hash, team_id, active)
VALUES (0, 'sla-monitor', 'SLA monitor', 'sla-monitor@escalation-desk.invalid', '!', NULL, FALSE);
