-- Teams, agents, customers, tickets with notes, functional escalations and the hash-chained audit
-- trail. Plain SQL that H2 2.x and PostgreSQL both accept.

CREATE SEQUENCE team_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE agent_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE customer_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE ticket_seq START WITH 10001 INCREMENT BY 1;
CREATE SEQUENCE ticket_note_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE escalation_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE audit_entry_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE team (
    id          BIGINT       NOT NULL PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    tier        VARCHAR(20)  NOT NULL,
    description VARCHAR(500),
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_team_name UNIQUE (name)
);

CREATE TABLE agent (
    id            BIGINT       NOT NULL PRIMARY KEY,
    login_name    VARCHAR(60)  NOT NULL,
    display_name  VARCHAR(120) NOT NULL,
    email         VARCHAR(254) NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    team_id       BIGINT REFERENCES team (id),
    active        BOOLEAN      NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_agent_login UNIQUE (login_name)
);

CREATE TABLE agent_role (
    agent_id  BIGINT      NOT NULL REFERENCES agent (id),
    role_name VARCHAR(20) NOT NULL,
    PRIMARY KEY (agent_id, role_name)
);

CREATE TABLE customer (
    id      BIGINT       NOT NULL PRIMARY KEY,
    name    VARCHAR(200) NOT NULL,
    email   VARCHAR(254) NOT NULL,
    segment VARCHAR(20)  NOT NULL,
    version BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE ticket (
    id            BIGINT        NOT NULL PRIMARY KEY,
    ticket_number VARCHAR(20)   NOT NULL,
    customer_id   BIGINT        NOT NULL REFERENCES customer (id),
    subject       VARCHAR(200)  NOT NULL,
    description   VARCHAR(4000) NOT NULL,
    category      VARCHAR(20)   NOT NULL,
    priority      VARCHAR(20)   NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    team_id       BIGINT        NOT NULL REFERENCES team (id),
    assignee_id   BIGINT REFERENCES agent (id),
    created_at    TIMESTAMP     NOT NULL,
    updated_at    TIMESTAMP     NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_ticket_number UNIQUE (ticket_number)
);
CREATE INDEX ix_ticket_team_status ON ticket (team_id, status);
CREATE INDEX ix_ticket_assignee_status ON ticket (assignee_id, status);

CREATE TABLE ticket_note (
    id         BIGINT        NOT NULL PRIMARY KEY,
    ticket_id  BIGINT        NOT NULL REFERENCES ticket (id),
    author_id  BIGINT        NOT NULL REFERENCES agent (id),
    visibility VARCHAR(20)   NOT NULL,
    body       VARCHAR(4000) NOT NULL,
    created_at TIMESTAMP     NOT NULL
);
CREATE INDEX ix_ticket_note_ticket ON ticket_note (ticket_id);

CREATE TABLE escalation (
    id                  BIGINT      NOT NULL PRIMARY KEY,
    ticket_id           BIGINT      NOT NULL REFERENCES ticket (id),
    kind                VARCHAR(20) NOT NULL,
    reason              VARCHAR(20) NOT NULL,
    from_team_id        BIGINT      NOT NULL REFERENCES team (id),
    requested_by_id     BIGINT      NOT NULL REFERENCES agent (id),
    to_team_id          BIGINT      NOT NULL REFERENCES team (id),
    handoff_issue       VARCHAR(2000),
    handoff_steps_taken VARCHAR(2000),
    handoff_needed      VARCHAR(2000),
    state               VARCHAR(20) NOT NULL,
    decided_by_id       BIGINT REFERENCES agent (id),
    decision_note       VARCHAR(2000),
    requested_at        TIMESTAMP   NOT NULL,
    decided_at          TIMESTAMP,
    version             BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX ix_escalation_ticket ON escalation (ticket_id);
CREATE INDEX ix_escalation_to_team_state ON escalation (to_team_id, state);

CREATE TABLE audit_entry (
    id            BIGINT        NOT NULL PRIMARY KEY,
    chain_key     VARCHAR(60)   NOT NULL,
    sequence_no   BIGINT        NOT NULL,
    actor         VARCHAR(60)   NOT NULL,
    action        VARCHAR(40)   NOT NULL,
    summary       VARCHAR(1000) NOT NULL,
    before_state  VARCHAR(4000),
    after_state   VARCHAR(4000),
    occurred_at   TIMESTAMP     NOT NULL,
    previous_hash VARCHAR(64)   NOT NULL,
    entry_hash    VARCHAR(64)   NOT NULL,
    CONSTRAINT uq_audit_chain_seq UNIQUE (chain_key, sequence_no)
);
