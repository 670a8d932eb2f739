-- Email as a channel: the emails read from the desk's mailboxes (one row each, by a unique key, so
-- that one server only takes each in), the headers that thread the desk's emails, and the identity
-- under which an email from a customer opens or answers a ticket.
CREATE SEQUENCE inbound_message_seq START WITH 20 INCREMENT BY 20;
CREATE TABLE inbound_message (
    id            BIGINT       NOT NULL PRIMARY KEY,
    dedupe_key    VARCHAR(80)  NOT NULL,
    message_id    VARCHAR(500),
    mailbox       VARCHAR(100) NOT NULL,
    from_address  VARCHAR(254),
    subject       VARCHAR(200),
    received_at   TIMESTAMP    NOT NULL,
    outcome       VARCHAR(30)  NOT NULL,
    ticket_number VARCHAR(20),
    detail        VARCHAR(500),
    CONSTRAINT uq_inbound_message_key UNIQUE (dedupe_key)
);
CREATE INDEX ix_inbound_message_id ON inbound_message (message_id);
CREATE INDEX ix_inbound_message_ticket ON inbound_message (ticket_number);
CREATE INDEX ix_inbound_message_from ON inbound_message (from_address, received_at);
CREATE INDEX ix_inbound_message_received ON inbound_message (received_at);

ALTER TABLE outbound_mail ADD COLUMN message_id VARCHAR(300);
ALTER TABLE outbound_mail ADD COLUMN in_reply_to VARCHAR(500);
ALTER TABLE outbound_mail ADD COLUMN thread_refs VARCHAR(2000);
ALTER TABLE outbound_mail ADD COLUMN reply_to VARCHAR(254);
ALTER TABLE outbound_mail ADD COLUMN automatic BOOLEAN DEFAULT TRUE NOT NULL;
CREATE INDEX ix_outbound_mail_message_id ON outbound_mail (message_id);

INSERT INTO agent (id, login_name, display_name, email, password_hash, team_id, active)
VALUES (-2, 'email-channel', 'Customer (email)', 'email-channel@escalation-desk.invalid', '!', NULL, FALSE);
