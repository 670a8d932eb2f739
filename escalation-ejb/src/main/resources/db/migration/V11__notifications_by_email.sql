-- Notifications by email: each person chooses the events that email them (the muted ones are
-- stored, so a new kind of event reaches everyone until they turn it off) and the hours they work.
-- The outbox holds every email from the transaction that caused it until it is sent; the sender
-- finds what is due through the index on next_attempt_at.
CREATE TABLE agent_email_muted (
    agent_id BIGINT      NOT NULL REFERENCES agent (id),
    kind     VARCHAR(30) NOT NULL,
    PRIMARY KEY (agent_id, kind)
);

ALTER TABLE agent ADD COLUMN working_calendar_id BIGINT REFERENCES business_calendar (id);

CREATE SEQUENCE outbound_mail_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE outbound_mail (
    id              BIGINT        NOT NULL PRIMARY KEY,
    to_address      VARCHAR(254)  NOT NULL,
    subject         VARCHAR(200)  NOT NULL,
    body            VARCHAR(20000) NOT NULL,
    ticket_number   VARCHAR(20),
    created_at      TIMESTAMP     NOT NULL,
    next_attempt_at TIMESTAMP     NOT NULL,
    attempts        INTEGER       NOT NULL DEFAULT 0,
    sent_at         TIMESTAMP,
    gave_up_at      TIMESTAMP,
    last_error      VARCHAR(500),
    version         BIGINT        NOT NULL DEFAULT 0
);

CREATE INDEX ix_outbound_mail_next_attempt ON outbound_mail (next_attempt_at);
CREATE INDEX ix_outbound_mail_to ON outbound_mail (to_address);
