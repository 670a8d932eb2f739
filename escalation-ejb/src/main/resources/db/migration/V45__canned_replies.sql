-- Canned replies: an agent's own (owner_id) or a team's shared ones, kept by its team leads (team_id).
CREATE TABLE canned_reply (
    id         BIGINT        NOT NULL PRIMARY KEY,
    title      VARCHAR(100)  NOT NULL,
    body       VARCHAR(4000) NOT NULL,
    owner_id   BIGINT        REFERENCES agent (id),
    team_id    BIGINT        REFERENCES team (id),
    updated_by VARCHAR(60)   NOT NULL,
    updated_at TIMESTAMP     NOT NULL,
    version    BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT ck_canned_reply_whose CHECK ((owner_id IS NULL) <> (team_id IS NULL))
);

CREATE INDEX ix_canned_reply_owner ON canned_reply (owner_id);
CREATE INDEX ix_canned_reply_team ON canned_reply (team_id);
CREATE SEQUENCE canned_reply_seq START WITH 1 INCREMENT BY 1;
