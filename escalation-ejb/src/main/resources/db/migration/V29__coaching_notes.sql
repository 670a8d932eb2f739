-- Coaching notes: a team lead asks an agent to read a knowledge article, and the agent marks it read.
CREATE TABLE coaching_note (
    id          BIGINT        NOT NULL PRIMARY KEY,
    agent_id    BIGINT        NOT NULL REFERENCES agent (id),
    article_id  BIGINT        NOT NULL REFERENCES kb_article (id),
    assigned_by BIGINT        NOT NULL REFERENCES agent (id),
    note        VARCHAR(1000) NOT NULL,
    assigned_at TIMESTAMP     NOT NULL,
    read_at     TIMESTAMP,
    version     BIGINT        NOT NULL
);
CREATE SEQUENCE coaching_note_seq START WITH 1 INCREMENT BY 1;
CREATE INDEX coaching_note_agent ON coaching_note (agent_id);
CREATE INDEX coaching_note_assigned_by ON coaching_note (assigned_by);
