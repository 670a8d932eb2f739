-- Keys other systems call the API with. Only the SHA-256 of a secret is kept, and its first
-- characters for recognising it in the list.
CREATE SEQUENCE api_token_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE api_token (
    id           BIGINT       NOT NULL PRIMARY KEY,
    owner_id     BIGINT       NOT NULL REFERENCES agent (id),
    name         VARCHAR(100) NOT NULL,
    secret_hash  VARCHAR(64)  NOT NULL,
    shown        VARCHAR(20)  NOT NULL,
    created_at   TIMESTAMP    NOT NULL,
    created_by   VARCHAR(100) NOT NULL,
    expires_at   TIMESTAMP    NOT NULL,
    revoked_at   TIMESTAMP,
    revoked_by   VARCHAR(100),
    last_used_at TIMESTAMP,
    version      BIGINT       NOT NULL,
    CONSTRAINT uq_api_token_secret_hash UNIQUE (secret_hash)
);
CREATE INDEX ix_api_token_owner ON api_token (owner_id);
