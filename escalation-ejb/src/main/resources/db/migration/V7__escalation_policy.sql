-- The escalation policy: versioned, ordered rules that route at intake, propose escalation targets
-- and require approval levels; escalations and decision requests record the version and rule that
-- applied. Notifications are the in-application messages that rules and decisions send.
CREATE SEQUENCE policy_version_seq START WITH 2 INCREMENT BY 1;
CREATE SEQUENCE policy_rule_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE notification_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE policy_version (
    id                     BIGINT      NOT NULL PRIMARY KEY,
    version_number         INTEGER     NOT NULL,
    state                  VARCHAR(20) NOT NULL,
    note                   VARCHAR(500),
    default_accept_minutes INTEGER     NOT NULL,
    created_by             VARCHAR(60) NOT NULL,
    created_at             TIMESTAMP   NOT NULL,
    published_by           VARCHAR(60),
    published_at           TIMESTAMP,
    version                BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uq_policy_version_number UNIQUE (version_number)
);

CREATE TABLE policy_rule (
    id                    BIGINT       NOT NULL PRIMARY KEY,
    policy_id             BIGINT       NOT NULL REFERENCES policy_version (id),
    rule_position         INTEGER      NOT NULL,
    name                  VARCHAR(100) NOT NULL,
    stage                 VARCHAR(20)  NOT NULL,
    category              VARCHAR(20),
    priority              VARCHAR(20),
    segment               VARCHAR(20),
    tier                  VARCHAR(20),
    keywords              VARCHAR(500),
    decision_kind         VARCHAR(40),
    min_amount            DECIMAL(12, 2),
    currency              VARCHAR(3),
    min_reopen_count      INTEGER,
    min_hours_open        INTEGER,
    route_to_team_id      BIGINT REFERENCES team (id),
    approval_level        VARCHAR(20),
    set_priority          VARCHAR(20),
    notify_agent_id       BIGINT REFERENCES agent (id),
    accept_within_minutes INTEGER
);
CREATE INDEX ix_policy_rule_policy ON policy_rule (policy_id);

-- The first policy has no rules: agents choose every target and the authority limits alone decide.
INSERT INTO policy_version (id, version_number, state, note, default_accept_minutes, created_by, created_at,
                            published_by, published_at)
VALUES (1, 1, 'ACTIVE', 'No rules yet', 240, 'system', CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP);

ALTER TABLE escalation ADD COLUMN policy_version INTEGER;
ALTER TABLE escalation ADD COLUMN policy_rule VARCHAR(100);
ALTER TABLE escalation ADD COLUMN proposed_team_id BIGINT REFERENCES team (id);
ALTER TABLE escalation ADD COLUMN against_policy BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE escalation ADD COLUMN accept_by TIMESTAMP;

ALTER TABLE decision_request ADD COLUMN policy_version INTEGER;
ALTER TABLE decision_request ADD COLUMN policy_rule VARCHAR(100);

CREATE TABLE notification (
    id            BIGINT       NOT NULL PRIMARY KEY,
    recipient_id  BIGINT       NOT NULL REFERENCES agent (id),
    kind          VARCHAR(30)  NOT NULL,
    ticket_number VARCHAR(20),
    message       VARCHAR(500) NOT NULL,
    created_at    TIMESTAMP    NOT NULL,
    read_at       TIMESTAMP
);
CREATE INDEX ix_notification_recipient ON notification (recipient_id, read_at);

-- Related tickets (both directions are stored) and duplicates merged into the ticket that carries on.
CREATE TABLE ticket_relation (
    ticket_id  BIGINT NOT NULL REFERENCES ticket (id),
    related_id BIGINT NOT NULL REFERENCES ticket (id),
    PRIMARY KEY (ticket_id, related_id)
);
ALTER TABLE ticket ADD COLUMN merged_into_id BIGINT REFERENCES ticket (id);
