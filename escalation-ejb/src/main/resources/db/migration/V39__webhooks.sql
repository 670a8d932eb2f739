-- Webhooks: the URLs other systems listen on, and an outbox of the events on their way to them.
CREATE SEQUENCE webhook_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE webhook (
    id          BIGINT        NOT NULL PRIMARY KEY,
    url         VARCHAR(2000) NOT NULL,
    description VARCHAR(200)  NOT NULL,
    events      VARCHAR(500)  NOT NULL,
    secret      VARCHAR(100)  NOT NULL,
    active      BOOLEAN       NOT NULL,
    created_at  TIMESTAMP     NOT NULL,
    created_by  VARCHAR(100)  NOT NULL,
    version     BIGINT        NOT NULL
);

CREATE SEQUENCE webhook_delivery_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE webhook_delivery (
    id              BIGINT          NOT NULL PRIMARY KEY,
    webhook_id      BIGINT          NOT NULL REFERENCES webhook (id),
    event           VARCHAR(40)     NOT NULL,
    message_id      VARCHAR(40)     NOT NULL,
    payload         VARCHAR(200000) NOT NULL,
    ticket_number   VARCHAR(20),
    created_at      TIMESTAMP       NOT NULL,
    next_attempt_at TIMESTAMP       NOT NULL,
    attempts        INTEGER         NOT NULL,
    last_attempt_at TIMESTAMP,
    last_status     INTEGER,
    last_error      VARCHAR(500),
    delivered_at    TIMESTAMP,
    gave_up_at      TIMESTAMP,
    version         BIGINT          NOT NULL,
    CONSTRAINT uq_webhook_delivery_message UNIQUE (message_id)
);
CREATE INDEX ix_webhook_delivery_next_attempt ON webhook_delivery (next_attempt_at);
CREATE INDEX ix_webhook_delivery_webhook ON webhook_delivery (webhook_id, id);

-- The desk's switches an admin sets on a screen.
CREATE TABLE desk_setting (
    name          VARCHAR(100) NOT NULL PRIMARY KEY,
    setting_value VARCHAR(500) NOT NULL,
    changed_at    TIMESTAMP    NOT NULL,
    changed_by    VARCHAR(100) NOT NULL,
    version       BIGINT       NOT NULL
);
