-- Hierarchical escalation: decision kinds, authority limits per level, decision requests and their
-- approval steps. Default kinds and limits (EUR) ship with the schema; admins change them later.
ALTER TABLE agent ADD COLUMN approval_level VARCHAR(20);

-- Who worked each ticket: they do not approve decisions on it. Filled from what earlier versions kept.
CREATE TABLE ticket_worker (
    ticket_id BIGINT NOT NULL REFERENCES ticket (id),
    agent_id  BIGINT NOT NULL REFERENCES agent (id),
    PRIMARY KEY (ticket_id, agent_id)
);
INSERT INTO ticket_worker (ticket_id, agent_id)
SELECT DISTINCT ticket_id, agent_id FROM (
    SELECT id AS ticket_id, assignee_id AS agent_id FROM ticket WHERE assignee_id IS NOT NULL
    UNION SELECT ticket_id, author_id FROM ticket_note
    UNION SELECT ticket_id, requested_by_id FROM escalation
    UNION SELECT ticket_id, decided_by_id FROM escalation WHERE decided_by_id IS NOT NULL
) AS worked;

CREATE SEQUENCE decision_kind_seq START WITH 100 INCREMENT BY 1;
CREATE SEQUENCE authority_limit_seq START WITH 100 INCREMENT BY 1;
CREATE SEQUENCE decision_request_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE decision_approval_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE decision_kind (
    id       BIGINT       NOT NULL PRIMARY KEY,
    code     VARCHAR(40)  NOT NULL,
    label    VARCHAR(100) NOT NULL,
    monetary BOOLEAN      NOT NULL,
    active   BOOLEAN      NOT NULL,
    version  BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_decision_kind_code UNIQUE (code)
);

CREATE TABLE authority_limit (
    id              BIGINT        NOT NULL PRIMARY KEY,
    authority_level VARCHAR(20)   NOT NULL,
    kind_id         BIGINT        NOT NULL REFERENCES decision_kind (id),
    max_amount      DECIMAL(12, 2),
    currency        VARCHAR(3),
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_authority_limit UNIQUE (authority_level, kind_id)
);

CREATE TABLE decision_request (
    id              BIGINT        NOT NULL PRIMARY KEY,
    ticket_id       BIGINT        NOT NULL REFERENCES ticket (id),
    kind_id         BIGINT        NOT NULL REFERENCES decision_kind (id),
    amount          DECIMAL(12, 2),
    currency        VARCHAR(3),
    justification   VARCHAR(2000) NOT NULL,
    requested_by_id BIGINT        NOT NULL REFERENCES agent (id),
    approval_chain  VARCHAR(100)  NOT NULL,
    next_step       INTEGER       NOT NULL,
    state           VARCHAR(30)   NOT NULL,
    requested_at    TIMESTAMP     NOT NULL,
    decided_at      TIMESTAMP,
    version         BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX ix_decision_request_state ON decision_request (state);
CREATE INDEX ix_decision_request_ticket ON decision_request (ticket_id);

CREATE TABLE decision_approval (
    id              BIGINT        NOT NULL PRIMARY KEY,
    request_id      BIGINT        NOT NULL REFERENCES decision_request (id),
    authority_level VARCHAR(20)   NOT NULL,
    approver_id     BIGINT        NOT NULL REFERENCES agent (id),
    approved        BOOLEAN       NOT NULL,
    note            VARCHAR(2000),
    decided_at      TIMESTAMP     NOT NULL
);
CREATE INDEX ix_decision_approval_request ON decision_approval (request_id);

INSERT INTO decision_kind (id, code, label, monetary, active) VALUES (1, 'REFUND', 'Refund', TRUE, TRUE);
INSERT INTO decision_kind (id, code, label, monetary, active) VALUES (2, 'GOODWILL_CREDIT', 'Goodwill credit', TRUE, TRUE);
INSERT INTO decision_kind (id, code, label, monetary, active) VALUES (3, 'CONTRACT_EXCEPTION', 'Contract exception', FALSE, TRUE);

INSERT INTO authority_limit (id, authority_level, kind_id, max_amount, currency) VALUES (1, 'TIER_1_AGENT', 1, 50.00, 'EUR');
INSERT INTO authority_limit (id, authority_level, kind_id, max_amount, currency) VALUES (2, 'TIER_2_AGENT', 1, 200.00, 'EUR');
INSERT INTO authority_limit (id, authority_level, kind_id, max_amount, currency) VALUES (3, 'TIER_3_AGENT', 1, 200.00, 'EUR');
INSERT INTO authority_limit (id, authority_level, kind_id, max_amount, currency) VALUES (4, 'TEAM_LEAD', 1, 500.00, 'EUR');
INSERT INTO authority_limit (id, authority_level, kind_id, max_amount, currency) VALUES (5, 'MANAGER', 1, 2000.00, 'EUR');
INSERT INTO authority_limit (id, authority_level, kind_id, max_amount, currency) VALUES (6, 'DIRECTOR', 1, 10000.00, 'EUR');
INSERT INTO authority_limit (id, authority_level, kind_id, max_amount, currency) VALUES (7, 'TIER_1_AGENT', 2, 25.00, 'EUR');
INSERT INTO authority_limit (id, authority_level, kind_id, max_amount, currency) VALUES (8, 'TIER_2_AGENT', 2, 100.00, 'EUR');
INSERT INTO authority_limit (id, authority_level, kind_id, max_amount, currency) VALUES (9, 'TEAM_LEAD', 2, 250.00, 'EUR');
INSERT INTO authority_limit (id, authority_level, kind_id, max_amount, currency) VALUES (10, 'MANAGER', 2, 1000.00, 'EUR');
INSERT INTO authority_limit (id, authority_level, kind_id, max_amount, currency) VALUES (11, 'DIRECTOR', 2, 5000.00, 'EUR');
INSERT INTO authority_limit (id, authority_level, kind_id, max_amount, currency) VALUES (12, 'MANAGER', 3, NULL, NULL);
INSERT INTO authority_limit (id, authority_level, kind_id, max_amount, currency) VALUES (13, 'DIRECTOR', 3, NULL, NULL);
