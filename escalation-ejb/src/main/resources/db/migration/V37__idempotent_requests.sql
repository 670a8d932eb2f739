-- Creates sent with an Idempotency-Key: a retry (also one sent at the same time) finds what the
-- first created instead of creating again.
CREATE SEQUENCE idempotent_request_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE idempotent_request (
    id              BIGINT       NOT NULL PRIMARY KEY,
    caller          VARCHAR(100) NOT NULL,
    idempotency_key VARCHAR(255) NOT NULL,
    request_hash    VARCHAR(64)  NOT NULL,
    created_number  VARCHAR(40),
    created_at      TIMESTAMP    NOT NULL,
    CONSTRAINT uq_idempotent_request UNIQUE (caller, idempotency_key)
);
